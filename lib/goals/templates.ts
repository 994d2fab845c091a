import type { SourceId } from '../dashboards';
import type { UiLanguage } from '../i18n';
import type { MetricId } from '../metrics/types';
import { MIN_HORIZON_DAYS } from '../progress/smart';
import { addDays, inclusiveDays } from './dates';
import { deadlineFor, type DeadlinePreset } from './deadline-presets';
import type { Channel, RaceStage, TargetKind } from './types';

/**
 * Goal templates: every concrete example goal the seed articles give (../shared/seeds, described in
 * ../shared/domain.md), each as a goal a person can start from. Where each one comes from — `origin`
 * holds the sentence verbatim, so the source stays checkable without the seeds:
 *
 * 003 (Traditional Chinese, 行銷目標是什麼?):
 *   visitors-30pct-6-months           「在未來六個月內,將網站訪客數提升30%」
 *   google-top-3-6-months             「在六個月內將品牌在Google搜尋結果中排名提升至前三名」
 *   online-sales-20pct-1-year         「在一年內將線上銷售額提升20%」
 *   sms-sales-conversion-rate-10pct   「透過簡訊行銷促成10%的銷售轉換率」
 *   instagram-followers-20pct-3-months「在未來三個月內,將Instagram粉絲數增加20%」
 *   visitor-conversion-rate-5pct      「將網站訪客轉換率提高5%」
 *   email-subscribers-500-1-year      「在未來一年內,透過電子郵件行銷獲得500個新訂閱者」
 * 004 (Arabic, أهداف التسويق الالكتروني):
 *   organic-conversion-rate-25pct-november  “تحسين معدل تحويل الزيارات العضوية بنسبة 25٪ بحلول تشرين الثاني (نوفمبر) 2022”
 *   returning-visitors-15pct-year-end       “15٪ من الزوار يجب أن يكونوا عائدين بحلول نهاية العام”
 *   bounce-rate-below-40pct-december        “تقليل معدل الارتداد إلى أقل من 40٪ لجميع مصادر الزيارات بحلول كانون الأول (ديسمبر) 2022”
 *   saudi-visitors-15pct                    “زيادة عدد زوار موقعك منالسعودية بنسبة 15٪”
 *   asia-visits-5pct-q1                     “زيادة زيارات الويب من آسيا بنسبة 5 بالمائة في الربع الأول”
 *   visitors-5pct-quarter                   (Achievable: grew 2% last quarter, so +5% rather than +15%)
 * 002 (Persian, ۶ گام جهت تدوین استراتژی بازاریابی آنلاین یکپارچه — a new paid-search account, quarter 2):
 *   paid-search-ctr-1pct              رسیدن به استاندارد صنعت ... CTR 1%
 *   paid-search-break-even            اولین هدف نهایی رسیدن به نقطه سر به سر است ...
 *
 * Seeds 000 and 001 (Persian) give no concrete goal: 000 is cut off just before its examples, 001
 * talks about reviewing goals and KPIs without numbers. Deliberately not templates: 004's counter-example
 * "+20% web traffic from Asia by year end" (shown as the less focused goal) and 002's later paid-search
 * phases ("more profitable conversions", "more budget without losing profitability"), which give no number.
 *
 * Deadlines the article does not give (SMS, visitor conversion rate, Saudi Arabia, the paid-search phase)
 * are a quarter — the seeds' preferred horizon ("+5% in Q1" beats "+20% by year end") — except Saudi
 * Arabia's +15%, which 004's own Achievable paragraph calls too much for one quarter, so half a year.
 */

export interface GoalTemplate {
  id: string;
  /** Where it comes from: the seed file name, the sentence exactly as written there, and an English rendering. */
  origin: { seed: string; quote: string; english: string };
  /** Short goal name in each UI language (en, fa, ar, zh-Hant, zh-Hans), the article's own words in its language. */
  names: Record<UiLanguage, string>;
  metric: MetricId;
  /** 'increase-by' = add value to the baseline ("500 new subscribers"). */
  target: { kind: TargetKind; value: number };
  deadline: DeadlinePreset | 'end-of-q1' | 'end-of-november';
  stage: RaceStage;
  channel?: Channel;
  /** What the goal reads: a dashboard that IS the channel (search-console = organic search, google-ads = paid
   *  search, meta-ads = paid social) and/or the row of a channel/segment table as GA4 prints it in English. */
  scope?: { source?: SourceId; filter?: string };
  /** How a percent/amount change gets its baseline: 'same-length-before' = the same number of days just before
   *  the start (cumulative metrics), 'latest' = the latest reading (levels and ratios). */
  baseline?: 'same-length-before' | 'latest';
  /** For ROAS break-even: 'break-even' means 1 ÷ margin (margin setting), value then ignored. */
  special?: 'break-even';
  /** English business objective ("More leads", "Revenue", "Awareness", "Loyalty"). */
  objective?: string;
}

const SEED_PAID_SEARCH = '002_74ab1f177387c93d.txt';
const SEED_ZH = '003_6a2b86de43f4e242.txt';
const SEED_AR = '004_451c4c10d14084dd.txt';

export const GOAL_TEMPLATES: readonly GoalTemplate[] = Object.freeze([
  // ── 003, Traditional Chinese ────────────────────────────────────────────────────────────────
  {
    id: 'visitors-30pct-6-months',
    origin: {
      seed: SEED_ZH,
      quote: '在未來六個月內,將網站訪客數提升30%',
      english: 'Within the next six months, increase the number of website visitors by 30%.',
    },
    names: {
      en: 'Website visitors +30% in six months',
      fa: 'افزایش ۳۰٪ بازدیدکنندگان وب‌سایت در شش ماه',
      ar: 'زيادة زوار الموقع 30٪ خلال ستة أشهر',
      'zh-Hant': '六個月內網站訪客數提升30%',
      'zh-Hans': '六个月内网站访客数提升30%',
    },
    metric: 'users',
    target: { kind: 'increase-by-percent', value: 30 },
    deadline: 'in-6-months',
    stage: 'reach',
    channel: 'all',
    baseline: 'same-length-before',
    objective: 'Awareness',
  },
  {
    id: 'google-top-3-6-months',
    origin: {
      seed: SEED_ZH,
      quote: '在六個月內將品牌在Google搜尋結果中排名提升至前三名',
      english: "Within six months, raise the brand's ranking in Google search results to the top three.",
    },
    names: {
      en: 'Top-three Google ranking in six months',
      fa: 'رسیدن به سه رتبهٔ اول گوگل در شش ماه',
      ar: 'الترتيب ضمن أول 3 نتائج في Google خلال ستة أشهر',
      'zh-Hant': '六個月內Google搜尋排名提升至前三名',
      'zh-Hans': '六个月内Google搜索排名提升至前三名',
    },
    // Search Console's average position; lower is better, so "reach 3" reads as "3 or better".
    metric: 'average-position',
    target: { kind: 'reach', value: 3 },
    deadline: 'in-6-months',
    stage: 'reach',
    channel: 'organic',
    scope: { source: 'search-console' },
    baseline: 'latest',
    objective: 'Awareness',
  },
  {
    id: 'online-sales-20pct-1-year',
    origin: {
      seed: SEED_ZH,
      quote: '在一年內將線上銷售額提升20%',
      english: 'Increase online sales by 20% within one year.',
    },
    names: {
      en: 'Online sales +20% in a year',
      fa: 'افزایش ۲۰٪ فروش آنلاین در یک سال',
      ar: 'زيادة المبيعات عبر الإنترنت 20٪ خلال سنة',
      'zh-Hant': '一年內線上銷售額提升20%',
      'zh-Hans': '一年内线上销售额提升20%',
    },
    // 銷售額 is the sales amount (revenue), not the number of orders.
    metric: 'revenue',
    target: { kind: 'increase-by-percent', value: 20 },
    deadline: 'in-12-months',
    stage: 'convert',
    channel: 'all',
    baseline: 'same-length-before',
    objective: 'Revenue',
  },
  {
    id: 'sms-sales-conversion-rate-10pct',
    origin: {
      seed: SEED_ZH,
      quote: '透過簡訊行銷促成10%的銷售轉換率',
      english: 'Drive a 10% sales conversion rate through SMS marketing.',
    },
    names: {
      en: 'SMS sales conversion rate 10%',
      fa: 'نرخ تبدیل فروش ۱۰٪ از پیامک',
      ar: 'معدل تحويل المبيعات 10٪ من الرسائل النصية',
      'zh-Hant': '簡訊行銷銷售轉換率10%',
      'zh-Hans': '短信营销销售转化率10%',
    },
    metric: 'conversion-rate',
    target: { kind: 'reach', value: 10 },
    // The article gives no deadline.
    deadline: 'in-3-months',
    stage: 'convert',
    channel: 'sms',
    scope: { filter: 'SMS' },
    baseline: 'latest',
    objective: 'Revenue',
  },
  {
    id: 'instagram-followers-20pct-3-months',
    origin: {
      seed: SEED_ZH,
      quote: '在未來三個月內,將Instagram粉絲數增加20%',
      english: 'Within the next three months, increase the number of Instagram followers by 20%.',
    },
    names: {
      en: 'Instagram followers +20% in three months',
      fa: 'افزایش ۲۰٪ دنبال‌کنندگان اینستاگرام در سه ماه',
      ar: 'زيادة متابعي إنستغرام 20٪ خلال ثلاثة أشهر',
      'zh-Hant': '三個月內Instagram粉絲數增加20%',
      'zh-Hans': '三个月内Instagram粉丝数增加20%',
    },
    metric: 'followers',
    target: { kind: 'increase-by-percent', value: 20 },
    deadline: 'in-3-months',
    // The article makes "raise brand awareness" measurable with it.
    stage: 'reach',
    channel: 'social',
    // No dashboard Goalpost reads prints followers: the user points at the number on Instagram's own page.
    scope: { source: 'generic' },
    baseline: 'latest',
    objective: 'Awareness',
  },
  {
    id: 'visitor-conversion-rate-5pct',
    origin: {
      seed: SEED_ZH,
      quote: '將網站訪客轉換率提高5%',
      english: 'Raise the website visitor conversion rate by 5%.',
    },
    names: {
      en: 'Website visitor conversion rate +5%',
      fa: 'افزایش ۵٪ نرخ تبدیل بازدیدکنندگان وب‌سایت',
      ar: 'زيادة معدل تحويل زوار الموقع 5٪',
      'zh-Hant': '網站訪客轉換率提高5%',
      'zh-Hans': '网站访客转化率提高5%',
    },
    // "提高5%" read as a relative 5% (a 2% rate becomes 2.1%), as the seeds' other percent goals are.
    metric: 'conversion-rate',
    target: { kind: 'increase-by-percent', value: 5 },
    // The article gives no deadline.
    deadline: 'in-3-months',
    stage: 'convert',
    channel: 'all',
    baseline: 'latest',
    objective: 'Revenue',
  },
  {
    id: 'email-subscribers-500-1-year',
    origin: {
      seed: SEED_ZH,
      quote: '在未來一年內,透過電子郵件行銷獲得500個新訂閱者',
      english: 'Within the next year, gain 500 new subscribers through email marketing.',
    },
    names: {
      en: '500 new email subscribers in a year',
      fa: '۵۰۰ مشترک ایمیل جدید در یک سال',
      ar: '500 مشترك جديد في البريد الإلكتروني خلال سنة',
      'zh-Hant': '一年內透過電子郵件行銷獲得500個新訂閱者',
      'zh-Hans': '一年内通过电子邮件营销获得500个新订阅者',
    },
    metric: 'subscribers',
    target: { kind: 'increase-by', value: 500 },
    deadline: 'in-12-months',
    // Opt-ins: the Act stage's leads.
    stage: 'act',
    channel: 'email',
    // The list size is on the email tool's page, which the user points at.
    scope: { source: 'generic' },
    baseline: 'latest',
    objective: 'More leads',
  },
  // ── 004, Arabic ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'organic-conversion-rate-25pct-november',
    origin: {
      seed: SEED_AR,
      quote: 'تحسين معدل تحويل الزيارات العضوية بنسبة 25٪ بحلول تشرين الثاني (نوفمبر) 2022',
      english: 'Improve the conversion rate of organic traffic by 25% by November 2022.',
    },
    names: {
      en: 'Organic search conversion rate +25% by November',
      fa: 'افزایش ۲۵٪ نرخ تبدیل ترافیک ارگانیک تا نوامبر',
      ar: 'تحسين معدل تحويل الزيارات العضوية 25٪ بحلول نوفمبر',
      'zh-Hant': '11月前自然搜尋轉換率提升25%',
      'zh-Hans': '11月前自然搜索转化率提升25%',
    },
    metric: 'conversion-rate',
    target: { kind: 'increase-by-percent', value: 25 },
    deadline: 'end-of-november',
    stage: 'convert',
    channel: 'organic',
    scope: { filter: 'Organic Search' },
    baseline: 'latest',
    objective: 'Revenue',
  },
  {
    id: 'returning-visitors-15pct-year-end',
    origin: {
      seed: SEED_AR,
      quote: '15٪ من الزوار يجب أن يكونوا عائدين بحلول نهاية العام',
      english: '15% of visitors should be returning visitors by the end of the year.',
    },
    names: {
      en: '15% returning visitors by year end',
      fa: '۱۵٪ بازدیدکنندگان بازگشتی تا پایان سال',
      ar: '15٪ من الزوار عائدون بحلول نهاية العام',
      'zh-Hant': '年底前回訪訪客比例達15%',
      'zh-Hans': '年底前回访访客比例达15%',
    },
    metric: 'returning-visitor-share',
    target: { kind: 'reach', value: 15 },
    deadline: 'end-of-year',
    stage: 'engage',
    channel: 'all',
    baseline: 'latest',
    objective: 'Loyalty',
  },
  {
    id: 'bounce-rate-below-40pct-december',
    origin: {
      seed: SEED_AR,
      quote: 'تقليل معدل الارتداد إلى أقل من 40٪ لجميع مصادر الزيارات بحلول كانون الأول (ديسمبر) 2022',
      english: 'Reduce the bounce rate to below 40% for all traffic sources by December 2022.',
    },
    names: {
      en: 'Bounce rate below 40% for all traffic by December',
      fa: 'کاهش نرخ پرش به زیر ۴۰٪ برای همهٔ منابع ترافیک تا دسامبر',
      ar: 'تقليل معدل الارتداد إلى أقل من 40٪ لجميع مصادر الزيارات بحلول ديسمبر',
      'zh-Hant': '12月前所有流量來源跳出率降至40%以下',
      'zh-Hans': '12月前所有流量来源跳出率降至40%以下',
    },
    metric: 'bounce-rate',
    target: { kind: 'decrease-to', value: 40 },
    // "By December": the end of December, i.e. of the year.
    deadline: 'end-of-year',
    stage: 'act',
    channel: 'all',
    baseline: 'latest',
    objective: 'More leads',
  },
  {
    id: 'saudi-visitors-15pct',
    origin: {
      seed: SEED_AR,
      // Verbatim, with the article's missing space in "منالسعودية".
      quote: 'زيادة عدد زوار موقعك منالسعودية بنسبة 15٪',
      english: "Increase the number of your site's visitors from Saudi Arabia by 15%.",
    },
    names: {
      en: 'Visitors from Saudi Arabia +15%',
      fa: 'افزایش ۱۵٪ بازدیدکنندگان از عربستان سعودی',
      ar: 'زيادة عدد زوار موقعك من السعودية 15٪',
      'zh-Hant': '來自沙烏地阿拉伯的網站訪客增加15%',
      'zh-Hans': '来自沙特阿拉伯的网站访客增加15%',
    },
    metric: 'users',
    target: { kind: 'increase-by-percent', value: 15 },
    // The article gives no deadline (see the note at the top).
    deadline: 'in-6-months',
    stage: 'reach',
    channel: 'all',
    scope: { filter: 'Saudi Arabia' },
    baseline: 'same-length-before',
    objective: 'Market expansion',
  },
  {
    id: 'asia-visits-5pct-q1',
    origin: {
      seed: SEED_AR,
      quote: 'زيادة زيارات الويب من آسيا بنسبة 5 بالمائة في الربع الأول',
      english: 'Increase web visits from Asia by 5 percent in the first quarter.',
    },
    names: {
      en: 'Web visits from Asia +5% in Q1',
      fa: 'افزایش ۵٪ بازدیدهای وب‌سایت از آسیا در فصل اول',
      ar: 'زيادة زيارات الويب من آسيا 5٪ في الربع الأول',
      'zh-Hant': '第一季來自亞洲的網站造訪增加5%',
      'zh-Hans': '第一季度来自亚洲的网站访问增加5%',
    },
    // Visits are sessions; GA4's Continent column prints "Asia".
    metric: 'sessions',
    target: { kind: 'increase-by-percent', value: 5 },
    deadline: 'end-of-q1',
    stage: 'reach',
    channel: 'all',
    scope: { filter: 'Asia' },
    baseline: 'same-length-before',
    objective: 'Market expansion',
  },
  {
    id: 'visitors-5pct-quarter',
    origin: {
      seed: SEED_AR,
      quote: 'ربما زاد عدد زوار موقعك على الويب بنسبة 2 بالمائة فقط في الربع الأخير. في هذه الحالة ، قد يكون هدف زيادة بنسبة 5 بالمائة أكثر ملاءمة من 15 بالمائة.',
      english: 'Perhaps your website visitors grew by only 2 percent last quarter. In that case, a goal of a 5 percent increase may be more suitable than 15 percent.',
    },
    names: {
      en: 'Website visitors +5% in a quarter',
      fa: 'افزایش ۵٪ بازدیدکنندگان وب‌سایت در یک فصل',
      ar: 'زيادة زوار موقعك على الويب 5٪ خلال ربع سنة',
      'zh-Hant': '一季內網站訪客數提升5%',
      'zh-Hans': '一个季度内网站访客数提升5%',
    },
    metric: 'users',
    target: { kind: 'increase-by-percent', value: 5 },
    deadline: 'in-3-months',
    stage: 'reach',
    channel: 'all',
    baseline: 'same-length-before',
    objective: 'Awareness',
  },
  // ── 002, Persian: a new paid-search account, goals for its second quarter ───────────────────
  {
    id: 'paid-search-ctr-1pct',
    origin: {
      seed: SEED_PAID_SEARCH,
      quote: 'رسیدن به استاندارد صنعت از طریق رسیدن به نرخ کلیک نسبت به رتبه CTR 1%',
      english: 'Reach the industry standard by reaching a click-through rate (CTR) of 1%.',
    },
    names: {
      en: 'Paid search CTR 1% (industry standard)',
      fa: 'رسیدن به استاندارد صنعت: CTR ۱٪ در جست‌وجوی پولی',
      ar: 'نسبة النقر إلى الظهور 1٪ في البحث المدفوع (معيار القطاع)',
      'zh-Hant': '付費搜尋點閱率達1%(業界標準)',
      'zh-Hans': '付费搜索点击率达到1%(行业标准)',
    },
    metric: 'ctr',
    target: { kind: 'reach', value: 1 },
    // The article's phase is a quarter (its second, after a quarter of learning).
    deadline: 'in-3-months',
    stage: 'reach',
    channel: 'paid-search',
    scope: { source: 'google-ads' },
    baseline: 'latest',
    objective: 'More leads',
  },
  {
    id: 'paid-search-break-even',
    origin: {
      seed: SEED_PAID_SEARCH,
      quote: 'اولین هدف نهایی رسیدن به نقطه سر به سر است ( نقطه ای که درآمد ها برابر با هزینه هاست و سود ۰است ).',
      english: 'The first end goal is to reach the break-even point (the point where revenue equals costs and profit is 0).',
    },
    names: {
      en: 'Paid search break-even (ROAS)',
      fa: 'رسیدن به نقطهٔ سر به سر در جست‌وجوی پولی',
      ar: 'بلوغ نقطة التعادل في البحث المدفوع (ROAS)',
      'zh-Hant': '付費搜尋達到損益兩平(ROAS)',
      'zh-Hans': '付费搜索实现盈亏平衡(ROAS)',
    },
    // Revenue = cost is ROAS 1; with a margin setting, break-even is 1 ÷ margin (`special`).
    metric: 'roas',
    target: { kind: 'reach', value: 1 },
    special: 'break-even',
    deadline: 'in-3-months',
    stage: 'convert',
    channel: 'paid-search',
    scope: { source: 'google-ads' },
    baseline: 'latest',
    objective: 'Profitability',
  },
] satisfies GoalTemplate[]);

const iso = (y: number, month: number, d: number) => new Date(Date.UTC(y, month - 1, d)).toISOString().slice(0, 10);

/** True when a period from today to `deadline` is long enough to measure a change (the SMART time-bound floor). */
const longEnough = (today: string, deadline: string) => inclusiveDays(today, deadline) >= MIN_HORIZON_DAYS;

/** A fixed day of the year: this year's if far enough ahead, else next year's ("by November" in late November means next November). */
function nextDayOfYear(today: string, month: number, day: number): string {
  const year = Number(today.slice(0, 4));
  const thisYear = iso(year, month, day);
  return thisYear >= today && longEnough(today, thisYear) ? thisYear : iso(year + 1, month, day);
}

/**
 * The template's deadline for a goal started today (ISO date). "End of month/quarter/year" with less than
 * a week left move to the next month/quarter/year, so the goal is valid and measurable on any day; Q1 and
 * November are the next ones that are still at least a week away.
 */
export function templateDeadline(t: GoalTemplate, today: string): string {
  switch (t.deadline) {
    case 'end-of-q1':
      return nextDayOfYear(today, 3, 31);
    case 'end-of-november':
      return nextDayOfYear(today, 11, 30);
    case 'end-of-month':
    case 'end-of-quarter':
    case 'end-of-year': {
      const deadline = deadlineFor(t.deadline, today);
      return longEnough(today, deadline) ? deadline : deadlineFor(t.deadline, addDays(deadline, 1));
    }
    default:
      return deadlineFor(t.deadline, today);
  }
}

/**
 * The template's start: today, except a Q1 goal set outside the first quarter, which is about the next Q1
 * and starts on its 1 January ("+5% web visits from Asia in Q1").
 */
export function templateStart(t: GoalTemplate, today: string): string {
  if (t.deadline !== 'end-of-q1') return today;
  const deadline = templateDeadline(t, today);
  const q1Start = `${deadline.slice(0, 4)}-01-01`;
  return q1Start > today ? q1Start : today;
}
