/**
 * Goal sentences and what parseGoalSentence must read from them, on TODAY (a Tuesday; 3 Azar 1405 in
 * the Solar Hijri calendar). Shared by test/goals/sentence.test.ts and scripts/bench/sentence.ts.
 *
 * Sentences marked with `seed` are copied as written from the article in ../shared/seeds/ named there.
 * A field left out of `expect` must be absent from the draft; `missing` follows from the fields (see
 * expectedMissing), so every case also states what the draft reports as missing.
 */
import type { SourceId } from '../../lib/dashboards';
import type { MissingField } from '../../lib/goals/sentence';
import type { Channel, TargetKind } from '../../lib/goals/types';
import type { MetricId } from '../../lib/metrics/types';

export const TODAY = '2026-11-24';

export type CaseLanguage = 'en' | 'fa' | 'ar' | 'zh-Hant' | 'zh-Hans';

export interface Expect {
  m?: MetricId;
  k?: TargetKind;
  v?: number;
  cur?: string;
  b?: number;
  s?: string;
  d?: string;
  ch?: Channel;
  f?: string;
  src?: SourceId;
}

export interface SentenceCase {
  lang: CaseLanguage;
  text: string;
  expect: Expect;
  /** Seed article the sentence is copied from. */
  seed?: string;
}

const LOCALE: Record<CaseLanguage, string> = { en: 'en', fa: 'fa', ar: 'ar', 'zh-Hant': 'zh-Hant', 'zh-Hans': 'zh-Hans' };
export const localeOf = (c: SentenceCase) => LOCALE[c.lang];

/** What the draft must list as missing, in the parser's order, given the fields it must find. */
export function expectedMissing(e: Expect): MissingField[] {
  const out: MissingField[] = [];
  if (!e.m) out.push('metric');
  if (!e.k) out.push('target');
  if (!e.d) out.push('deadline');
  if (!e.ch && !e.f && !e.src) out.push('scope');
  if ((e.k === 'increase-by-percent' || e.k === 'decrease-by-percent' || e.k === 'increase-by') && e.b === undefined) out.push('baseline');
  return out;
}

const SEED_FA_PLAN = '002_74ab1f177387c93d.txt';
const SEED_ZH = '003_6a2b86de43f4e242.txt';
const SEED_AR = '004_451c4c10d14084dd.txt';

const en = (text: string, expect: Expect): SentenceCase => ({ lang: 'en', text, expect });
const fa = (text: string, expect: Expect, seed?: string): SentenceCase => ({ lang: 'fa', text, expect, ...(seed ? { seed } : {}) });
const ar = (text: string, expect: Expect, seed?: string): SentenceCase => ({ lang: 'ar', text, expect, ...(seed ? { seed } : {}) });
const zht = (text: string, expect: Expect, seed?: string): SentenceCase => ({ lang: 'zh-Hant', text, expect, ...(seed ? { seed } : {}) });
const zhs = (text: string, expect: Expect): SentenceCase => ({ lang: 'zh-Hans', text, expect });

// Dates from TODAY used below.
const END_NOV = '2026-11-30';
const END_DEC = '2026-12-31';
const IN_2M = '2027-01-24';
const IN_3M = '2027-02-24';
const IN_6M = '2027-05-24';
const IN_12M = '2027-11-24';
const IN_90D = '2027-02-22';
const Q1_START = '2027-01-01';
const Q1_END = '2027-03-31';
// Solar Hijri periods (the default for fa): Azar 1405 ends 2026-12-21, and with it the season (autumn);
// the year 1405 ends 29 Esfand = 2027-03-20; Dey 1405 runs 2026-12-22 to 2027-01-20.
const FA_MONTH_END = '2026-12-21';
const FA_QUARTER_END = '2026-12-21';
const FA_YEAR_END = '2027-03-20';

export const ENGLISH: SentenceCase[] = [
  // The example goals of ../shared/domain.md (drawn from the seeds, in English).
  en('Increase organic-traffic conversion rate by 25% by November.', { m: 'conversion-rate', k: 'increase-by-percent', v: 25, d: END_NOV, ch: 'organic' }),
  en('Bounce rate below 40% for all traffic sources by December.', { m: 'bounce-rate', k: 'stay-below', v: 40, d: END_DEC, ch: 'all' }),
  en('15% of visitors are returning visitors by the end of the year.', { m: 'returning-visitor-share', k: 'reach', v: 15, d: END_DEC }),
  en('Increase website visitors by 30% within six months.', { m: 'users', k: 'increase-by-percent', v: 30, d: IN_6M }),
  en('Instagram followers +20% in three months.', { m: 'followers', k: 'increase-by-percent', v: 20, d: IN_3M, ch: 'social' }),
  en('500 new email subscribers within a year.', { m: 'subscribers', k: 'increase-by', v: 500, d: IN_12M, ch: 'email' }),
  en('SMS campaigns drive a 10% sales conversion rate.', { m: 'conversion-rate', k: 'reach', v: 10, ch: 'sms' }),
  en('Paid search: CTR ≥ 1%, then break-even, then profitable CPA.', { m: 'ctr', k: 'stay-above', v: 1, ch: 'paid-search' }),
  en('Visitors from Saudi Arabia +15%; web visits from Asia +5% in Q1.', { m: 'users', k: 'increase-by-percent', v: 15, f: 'Saudi Arabia' }),
  en('Web visits from Asia +5% in Q1.', { m: 'sessions', k: 'increase-by-percent', v: 5, s: Q1_START, d: Q1_END, f: 'Asia' }),
  en('Rank in the top 3 of Google results within six months.', { m: 'average-position', k: 'reach', v: 3, d: IN_6M, src: 'search-console' }),
  // The README's examples.
  en('raise organic conversion rate 25% by 30 Nov', { m: 'conversion-rate', k: 'increase-by-percent', v: 25, d: END_NOV, ch: 'organic' }),
  en('CPA under $40 this quarter', { m: 'cpa', k: 'stay-below', v: 40, cur: 'USD', d: END_DEC }),
  // Each target kind, deadline form and cue.
  en('Reach 10,000 sessions by the end of next quarter', { m: 'sessions', k: 'reach', v: 10000, d: Q1_END }),
  en('Increase revenue from $50k to $80k by Q2 2027', { m: 'revenue', k: 'reach', v: 80000, b: 50000, cur: 'USD', d: '2027-06-30' }),
  en('Cut CPA from US$60 to US$45 in paid search by March 31, 2027', { m: 'cpa', k: 'decrease-to', v: 45, b: 60, cur: 'USD', d: '2027-03-31', ch: 'paid-search' }),
  en('Keep bounce rate under 45% on organic traffic this month', { m: 'bounce-rate', k: 'stay-below', v: 45, d: END_NOV, ch: 'organic' }),
  en('Grow newsletter subscribers to 12K by year-end', { m: 'subscribers', k: 'reach', v: 12000, d: END_DEC, ch: 'email' }),
  en('ROAS of at least 4 in Google Ads next quarter', { m: 'roas', k: 'stay-above', v: 4, s: Q1_START, d: Q1_END, src: 'google-ads' }),
  en('Double Instagram followers by the end of 2027', { m: 'followers', k: 'increase-by-percent', v: 100, d: '2027-12-31', ch: 'social' }),
  en('Halve the unsubscribe rate by June', { m: 'unsubscribe-rate', k: 'decrease-by-percent', v: 50, d: '2027-06-30' }),
  en('Get 1,000 new leads from LinkedIn within 90 days', { m: 'leads', k: 'reach', v: 1000, d: IN_90D, ch: 'social' }),
  en('Lower cost per click to $1.20 in paid search by 2027-01-31', { m: 'cpc', k: 'decrease-to', v: 1.2, cur: 'USD', d: '2027-01-31', ch: 'paid-search' }),
  en('Email open rate at least 25% until March 2027', { m: 'open-rate', k: 'stay-above', v: 25, d: '2027-03-31', ch: 'email' }),
  en('Conversions +10% from direct traffic in December', { m: 'conversions', k: 'increase-by-percent', v: 10, s: '2026-12-01', d: END_DEC, ch: 'direct' }),
  en('Sessions from the United States up 12% by end of Q1', { m: 'sessions', k: 'increase-by-percent', v: 12, d: Q1_END, f: 'United States' }),
  en('Increase click-through rate from 0.8% to 1.5% within 2 months', { m: 'ctr', k: 'reach', v: 1.5, b: 0.8, d: IN_2M }),
  en('Reduce CPA by 15% on Meta Ads by the end of the month', { m: 'cpa', k: 'decrease-by-percent', v: 15, d: END_NOV, src: 'meta-ads' }),
  en('Hit €25,000 in revenue from email by Dec 31', { m: 'revenue', k: 'reach', v: 25000, cur: 'EUR', d: END_DEC, ch: 'email' }),
  en('Keep CAC below $120 during Q1 2027', { m: 'cac', k: 'stay-below', v: 120, cur: 'USD', s: Q1_START, d: Q1_END }),
  en('Engagement rate above 60% by the end of the year', { m: 'engagement-rate', k: 'stay-above', v: 60, d: END_DEC }),
  en('Increase sales by 2000 by March', { m: 'revenue', k: 'increase-by', v: 2000, d: '2027-03-31' }),
  en('Grow sessions 20% in the next 3 months in GA4', { m: 'sessions', k: 'increase-by-percent', v: 20, d: IN_3M, src: 'ga4' }),
  en('Hit 50K impressions on display ads this month', { m: 'impressions', k: 'reach', v: 50000, d: END_NOV, ch: 'display' }),
  en('Referral sessions at least 2,000 by April', { m: 'sessions', k: 'stay-above', v: 2000, d: '2027-04-30', ch: 'referral' }),
  en('CSAT of 90% or more by June 30, 2027', { m: 'csat', k: 'stay-above', v: 90, d: '2027-06-30' }),
  en('Gain 800 followers on TikTok by 15/01/2027', { m: 'followers', k: 'increase-by', v: 800, d: '2027-01-15', ch: 'social' }),
  en('Bring the bounce rate down to 35% by the end of Q1', { m: 'bounce-rate', k: 'decrease-to', v: 35, d: Q1_END }),
  // Refused or partial: a draft that says what is missing.
  en('More traffic', { m: 'sessions' }),
  en('Improve our brand awareness', {}),
  en('Increase sessions', { m: 'sessions' }),
  en('by December', { d: END_DEC }),
  en('', {}),
  en('Hello there', {}),
];

export const PERSIAN: SentenceCase[] = [
  // Seed 002's paid-search goals, as written.
  fa('رسیدن به استاندارد صنعت از طریق رسیدن به نرخ کلیک نسبت به رتبه CTR 1%', { m: 'ctr', k: 'reach', v: 1 }, SEED_FA_PLAN),
  fa('اولین هدف نهایی رسیدن به نقطه سر به سر است ( نقطه ای که درآمد ها برابر با هزینه هاست و سود ۰است ).', {}, SEED_FA_PLAN),
  fa('افزایش تعداد مشتریان بالقوه ای است که شرکت می خواهد جذب کند.', { m: 'leads' }, SEED_FA_PLAN),
  // The domain's examples in Persian, and each kind and deadline form.
  fa('افزایش نرخ تبدیل ترافیک ارگانیک به میزان ۲۵ درصد تا پایان بهمن', { m: 'conversion-rate', k: 'increase-by-percent', v: 25, d: '2027-02-19', ch: 'organic' }),
  fa('نرخ پرش کمتر از ۴۰٪ برای همه منابع ترافیک تا پایان آذر', { m: 'bounce-rate', k: 'stay-below', v: 40, d: FA_MONTH_END, ch: 'all' }),
  fa('۱۵ درصد بازدیدکنندگان تا پایان سال بازگشتی باشند', { m: 'returning-visitor-share', k: 'reach', v: 15, d: FA_YEAR_END }),
  fa('افزایش ۳۰ درصدی بازدیدکنندگان سایت ظرف شش ماه', { m: 'users', k: 'increase-by-percent', v: 30, d: IN_6M }),
  fa('افزایش ۲۰ درصدی فالوورهای اینستاگرام در سه ماه آینده', { m: 'followers', k: 'increase-by-percent', v: 20, d: IN_3M, ch: 'social' }),
  fa('جذب ۵۰۰ مشترک جدید خبرنامه ظرف یک سال', { m: 'subscribers', k: 'increase-by', v: 500, d: IN_12M, ch: 'email' }),
  fa('۵۰۰ مشترک جدید ایمیل تا سه ماه آینده', { m: 'subscribers', k: 'increase-by', v: 500, d: IN_3M, ch: 'email' }),
  fa('رسیدن نرخ تبدیل فروش پیامکی به ۱۰ درصد', { m: 'conversion-rate', k: 'reach', v: 10, ch: 'sms' }),
  fa('کاهش هزینه هر جذب در جستجوی پولی به ۲۰۰ هزار تومان تا پایان فصل', { m: 'cpa', k: 'decrease-to', v: 200000, cur: 'IRT', d: FA_QUARTER_END, ch: 'paid-search' }),
  fa('هزینه هر جذب در جستجوی پولی حداکثر ۵۰۰ هزار تومان تا آبان', { m: 'cpa', k: 'stay-below', v: 500000, cur: 'IRT', d: '2027-11-21', ch: 'paid-search' }),
  fa('بازدید سایت از عربستان ۱۵ درصد افزایش یابد', { m: 'sessions', k: 'increase-by-percent', v: 15, f: 'Saudi Arabia' }),
  fa('بازدید سایت از عربستان را ۱۵ درصد افزایش دهیم ظرف ۶ ماه', { m: 'sessions', k: 'increase-by-percent', v: 15, d: IN_6M, f: 'Saudi Arabia' }),
  fa('رتبه سایت در نتایج گوگل تا شش ماه آینده به ۳ رتبه اول برسد', { m: 'average-position', k: 'reach', v: 3, d: IN_6M, src: 'search-console' }),
  fa('فروش حداقل ۲ میلیارد ریال تا پایان امسال', { m: 'revenue', k: 'stay-above', v: 2e9, cur: 'IRR', d: FA_YEAR_END }),
  fa('نرخ کلیک تبلیغات جستجو حداقل ۱٪ در فصل آینده', { m: 'ctr', k: 'stay-above', v: 1, s: '2026-12-22', d: FA_YEAR_END, ch: 'paid-search' }),
  fa('کاهش نرخ لغو اشتراک ایمیل به زیر ۰٫۵ درصد تا ۱۴۰۵/۱۲/۲۹', { m: 'unsubscribe-rate', k: 'decrease-to', v: 0.5, d: '2027-03-20', ch: 'email' }),
  fa('دو برابر کردن دنبال‌کنندگان اینستاگرام تا پایان سال ۱۴۰۶', { m: 'followers', k: 'increase-by-percent', v: 100, d: '2028-03-19', ch: 'social' }),
  fa('حفظ نرخ تعامل بالای ۶۰ درصد در این ماه', { m: 'engagement-rate', k: 'stay-above', v: 60, d: FA_MONTH_END }),
  fa('افزایش درآمد از ۵۰۰ میلیون تومان به ۸۰۰ میلیون تومان تا پایان سال', { m: 'revenue', k: 'reach', v: 8e8, b: 5e8, cur: 'IRT', d: FA_YEAR_END }),
  fa('هزینه هر کلیک زیر ۵ هزار تومان', { m: 'cpc', k: 'stay-below', v: 5000, cur: 'IRT' }),
  fa('۱۰۰۰ لید جدید از لینکدین در ۹۰ روز آینده', { m: 'leads', k: 'reach', v: 1000, d: IN_90D, ch: 'social' }),
  fa('ROAS حداقل ۴ در گوگل ادز تا پایان فصل', { m: 'roas', k: 'stay-above', v: 4, d: FA_QUARTER_END, src: 'google-ads' }),
  fa('کاهش ۱۵ درصدی هزینه جذب مشتری تا اسفند', { m: 'cac', k: 'decrease-by-percent', v: 15, d: FA_YEAR_END }),
  fa('تعداد جلسات از ایران ۲۰٪ بیشتر تا ۳۰ دی ۱۴۰۵', { m: 'sessions', k: 'increase-by-percent', v: 20, d: '2027-01-20', f: 'Iran' }),
  fa('کاهش نرخ پرش به زیر ۴۰ درصد تا پایان دی ماه', { m: 'bounce-rate', k: 'decrease-to', v: 40, d: '2027-01-20' }),
  fa('افزایش ۲۰ درصدی فروش ارگانیک تا پایان سال', { m: 'revenue', k: 'increase-by-percent', v: 20, d: FA_YEAR_END, ch: 'organic' }),
  // Latin and Arabic-Indic digits in Persian text.
  fa('افزایش 25 درصدی نرخ تبدیل از طریق ایمیل تا پایان سال', { m: 'conversion-rate', k: 'increase-by-percent', v: 25, d: FA_YEAR_END, ch: 'email' }),
  fa('نرخ کلیک ایمیل حداقل ٣ درصد تا ماه آینده', { m: 'click-rate', k: 'stay-above', v: 3, s: '2026-12-22', d: '2027-01-20', ch: 'email' }),
  fa('رسیدن به ۱۰ هزار بازدید سایت تا پایان بهار ۱۴۰۶', { m: 'sessions', k: 'reach', v: 10000, d: '2027-06-21' }),
  fa('کاهش هزینه به ازای هر کلیک به ۳ هزار تومان در ماه آینده', { m: 'cpc', k: 'decrease-to', v: 3000, cur: 'IRT', s: '2026-12-22', d: '2027-01-20' }),
  fa('افزایش ۱۰ درصدی کاربران جدید از آمریکا تا ۱۵ بهمن ۱۴۰۵', { m: 'new-users', k: 'increase-by-percent', v: 10, d: '2027-02-04', f: 'United States' }),
  // Refused or partial.
  fa('افزایش آگاهی از برند', {}),
  fa('بهبود نرخ پرش', { m: 'bounce-rate' }),
  fa('تا پایان سال', { d: FA_YEAR_END }),
  fa('سلام', {}),
];

export const ARABIC: SentenceCase[] = [
  // Seed 004's example goals, as written (its dates of 2022 are kept as stated).
  ar('تحسين معدل تحويل الزيارات العضوية بنسبة 25٪ بحلول تشرين الثاني (نوفمبر) 2022', { m: 'conversion-rate', k: 'increase-by-percent', v: 25, d: '2022-11-30', ch: 'organic' }, SEED_AR),
  ar('15٪ من الزوار يجب أن يكونوا عائدين بحلول نهاية العام', { m: 'returning-visitor-share', k: 'reach', v: 15, d: END_DEC }, SEED_AR),
  ar('تقليل معدل الارتداد إلى أقل من 40٪ لجميع مصادر الزيارات بحلول كانون الأول (ديسمبر) 2022', { m: 'bounce-rate', k: 'decrease-to', v: 40, d: '2022-12-31', ch: 'all' }, SEED_AR),
  ar('زيادة عدد زوار موقعك منالسعودية بنسبة 15٪', { m: 'users', k: 'increase-by-percent', v: 15, f: 'Saudi Arabia' }, SEED_AR),
  ar('زيادة زيارات الويب من آسيا بنسبة 5 بالمائة في الربع الأول', { m: 'sessions', k: 'increase-by-percent', v: 5, s: Q1_START, d: Q1_END, f: 'Asia' }, SEED_AR),
  ar('زيادة حركة مرور الويب من آسيا بنسبة 20 بالمائة بحلول نهاية العام', { m: 'sessions', k: 'increase-by-percent', v: 20, d: END_DEC, f: 'Asia' }, SEED_AR),
  ar('هدف زيادة بنسبة 5 بالمائة', { k: 'increase-by-percent', v: 5 }, SEED_AR),
  ar('زيادة المبيعات', { m: 'revenue' }, SEED_AR),
  ar('تحسين معدل التحويل', { m: 'conversion-rate' }, SEED_AR),
  ar('تقليل معدل الارتداد', { m: 'bounce-rate' }, SEED_AR),
  ar('تقليل تكلفة اكتساب المستهلك الجديد', { m: 'cac' }, SEED_AR),
  ar('زيادة حعددالزوار من السعودية', { f: 'Saudi Arabia' }, SEED_AR),
  // Each kind and deadline form.
  ar('خفض تكلفة النقرة إلى 2 دولار في البحث المدفوع بحلول مارس 2027', { m: 'cpc', k: 'decrease-to', v: 2, cur: 'USD', d: '2027-03-31', ch: 'paid-search' }),
  ar('الحفاظ على معدل الارتداد أقل من 45٪ هذا الشهر', { m: 'bounce-rate', k: 'stay-below', v: 45, d: END_NOV }),
  ar('زيادة المتابعين على إنستغرام بنسبة 20٪ خلال ثلاثة أشهر', { m: 'followers', k: 'increase-by-percent', v: 20, d: IN_3M, ch: 'social' }),
  ar('الحصول على 500 مشترك جديد في النشرة البريدية خلال عام', { m: 'subscribers', k: 'increase-by', v: 500, d: IN_12M, ch: 'email' }),
  ar('رفع نسبة النقر إلى الظهور من 1٪ إلى 2٪ خلال شهرين', { m: 'ctr', k: 'reach', v: 2, b: 1, d: IN_2M }),
  ar('الوصول إلى 10 آلاف جلسة بحلول نهاية الربع القادم', { m: 'sessions', k: 'reach', v: 10000, d: Q1_END }),
  ar('تحقيق إيرادات 50 ألف ريال سعودي من البريد الإلكتروني بحلول ديسمبر', { m: 'revenue', k: 'reach', v: 50000, cur: 'SAR', d: END_DEC, ch: 'email' }),
  ar('تكلفة الاكتساب لا تزيد عن 40 ر.س في الربع الأول من عام 2027', { m: 'cpa', k: 'stay-below', v: 40, cur: 'SAR', s: Q1_START, d: Q1_END }),
  ar('زيادة الزيارات من مصر بنسبة ١٠٪ بحلول ٣١ مارس ٢٠٢٧', { m: 'sessions', k: 'increase-by-percent', v: 10, d: '2027-03-31', f: 'Egypt' }),
  ar('معدل التفاعل لا يقل عن 60٪ حتى نهاية السنة', { m: 'engagement-rate', k: 'stay-above', v: 60, d: END_DEC }),
  ar('مضاعفة عدد العملاء المحتملين من لينكد إن خلال ستة أشهر', { m: 'leads', k: 'increase-by-percent', v: 100, d: IN_6M, ch: 'social' }),
  ar('خفض معدل إلغاء الاشتراك بنسبة 30٪ في الربع القادم', { m: 'unsubscribe-rate', k: 'decrease-by-percent', v: 30, s: Q1_START, d: Q1_END }),
  ar('زيادة الإيرادات من الإمارات بنسبة 25٪ بحلول نهاية 2027', { m: 'revenue', k: 'increase-by-percent', v: 25, d: '2027-12-31', f: 'United Arab Emirates' }),
  ar('عائد الإنفاق على الإعلانات 4 على الأقل في إعلانات جوجل', { m: 'roas', k: 'stay-above', v: 4, src: 'google-ads' }),
  ar('زيادة التحويلات من الزيارات المباشرة بنسبة 10٪ في ديسمبر', { m: 'conversions', k: 'increase-by-percent', v: 10, s: '2026-12-01', d: END_DEC, ch: 'direct' }),
  ar('نسبة الفتح 25٪ على الأقل للبريد الإلكتروني حتى مارس', { m: 'open-rate', k: 'stay-above', v: 25, d: '2027-03-31', ch: 'email' }),
  ar('خلال 90 يوما نريد 1000 عميل محتمل جديد', { m: 'leads', k: 'reach', v: 1000, d: IN_90D }),
  ar('زيادة المبيعات بنسبة ٢٠٪', { m: 'revenue', k: 'increase-by-percent', v: 20 }),
  ar('خفض تكلفة الاكتساب إلى ٣٥ دولار بحلول ٢٠٢٧/٠٢/١٥', { m: 'cpa', k: 'decrease-to', v: 35, cur: 'USD', d: '2027-02-15' }),
  ar('زيادة الجلسات من قطر بنسبة ۱۲٪ خلال ۶ أشهر', { m: 'sessions', k: 'increase-by-percent', v: 12, d: IN_6M, f: 'Qatar' }),
  ar('زيادة المتابعين بمقدار 2000 متابع بحلول نهاية الشهر', { m: 'followers', k: 'increase-by', v: 2000, d: END_NOV }),
  // Refused or partial.
  ar('زيادة الوعي بالعلامة التجارية', {}),
  ar('بحلول نهاية الشهر', { d: END_NOV }),
  ar('مرحبا', {}),
];

export const CHINESE_TRADITIONAL: SentenceCase[] = [
  // Seed 003's example goals, as written.
  zht('在未來六個月內,將網站訪客數提升30%', { m: 'users', k: 'increase-by-percent', v: 30, d: IN_6M }, SEED_ZH),
  zht('在未來六個月內提升網站訪客數30%', { m: 'users', k: 'increase-by-percent', v: 30, d: IN_6M }, SEED_ZH),
  zht('在六個月內將品牌在Google搜尋結果中排名提升至前三名', { m: 'average-position', k: 'reach', v: 3, d: IN_6M, src: 'search-console' }, SEED_ZH),
  zht('在一年內將線上銷售額提升20%', { m: 'revenue', k: 'increase-by-percent', v: 20, d: IN_12M }, SEED_ZH),
  zht('將線上銷售額提升20%', { m: 'revenue', k: 'increase-by-percent', v: 20 }, SEED_ZH),
  zht('透過簡訊行銷促成10%的銷售轉換率', { m: 'conversion-rate', k: 'reach', v: 10, ch: 'sms' }, SEED_ZH),
  zht('在未來三個月內,將Instagram粉絲數增加20%', { m: 'followers', k: 'increase-by-percent', v: 20, d: IN_3M, ch: 'social' }, SEED_ZH),
  zht('將網站訪客轉換率提高5%', { m: 'conversion-rate', k: 'increase-by-percent', v: 5 }, SEED_ZH),
  zht('在未來一年內,透過電子郵件行銷獲得500個新訂閱者', { m: 'subscribers', k: 'increase-by', v: 500, d: IN_12M, ch: 'email' }, SEED_ZH),
  zht('增加品牌知名度', {}, SEED_ZH),
  zht('提升品牌知名度', {}, SEED_ZH),
  zht('增加銷售額', { m: 'revenue' }, SEED_ZH),
  zht('提升銷售額', { m: 'revenue' }, SEED_ZH),
  // Each kind and deadline form.
  zht('本季將跳出率降低至40%以下', { m: 'bounce-rate', k: 'decrease-to', v: 40, d: END_DEC }),
  zht('每次轉換成本不超過NT$300,直到年底', { m: 'cpa', k: 'stay-below', v: 300, cur: 'TWD', d: END_DEC }),
  zht('下一季點閱率維持在2%以上', { m: 'ctr', k: 'stay-above', v: 2, s: Q1_START, d: Q1_END }),
  zht('2027年3月31日前將營收提高到500萬元', { m: 'revenue', k: 'reach', v: 5e6, cur: 'TWD', d: '2027-03-31' }),
  zht('明年第一季自然搜尋工作階段成長15%', { m: 'sessions', k: 'increase-by-percent', v: 15, s: Q1_START, d: Q1_END, ch: 'organic' }),
  zht('三個月內把電子報開信率提升到25%', { m: 'open-rate', k: 'reach', v: 25, d: IN_3M, ch: 'email' }),
  zht('在2026年12月底前將社群粉絲增加5000人', { m: 'followers', k: 'increase-by', v: 5000, d: END_DEC, ch: 'social' }),
  zht('將來自台灣的工作階段提升10%', { m: 'sessions', k: 'increase-by-percent', v: 10, f: 'Taiwan' }),
  zht('來自亞洲的網站流量在第一季增加5%', { m: 'sessions', k: 'increase-by-percent', v: 5, s: Q1_START, d: Q1_END, f: 'Asia' }),
  zht('年底前將退訂率降低到0.5%以下', { m: 'unsubscribe-rate', k: 'decrease-to', v: 0.5, d: END_DEC }),
  zht('本月廣告投資報酬率不低於4', { m: 'roas', k: 'stay-above', v: 4, d: END_NOV }),
  zht('半年內潛在客戶增加一倍', { m: 'leads', k: 'increase-by-percent', v: 100, d: IN_6M }),
  zht('付費搜尋的單次點擊費用降低15%,期限是下個月底', { m: 'cpc', k: 'decrease-by-percent', v: 15, d: END_DEC, ch: 'paid-search' }),
  zht('2027年第二季前達到10萬次曝光', { m: 'impressions', k: 'reach', v: 100000, d: '2027-06-30' }),
  zht('將跳出率降低１０％', { m: 'bounce-rate', k: 'decrease-by-percent', v: 10 }),
  zht('轉換率達到3%,在Google Analytics中追蹤', { m: 'conversion-rate', k: 'reach', v: 3, src: 'ga4' }),
  zht('90天內新增1000個潛在客戶', { m: 'leads', k: 'reach', v: 1000, d: IN_90D }),
  // Refused or partial.
  zht('在年底前', { d: END_DEC }),
  zht('增加流量', { m: 'sessions' }),
  zht('你好', {}),
];

export const CHINESE_SIMPLIFIED: SentenceCase[] = [
  zhs('在未来六个月内将网站访客数提升30%', { m: 'users', k: 'increase-by-percent', v: 30, d: IN_6M }),
  zhs('3个月内将短信点击率提高到5%', { m: 'click-rate', k: 'reach', v: 5, d: IN_3M, ch: 'sms' }),
  zhs('本季度将跳出率降低到40%以下', { m: 'bounce-rate', k: 'decrease-to', v: 40, d: END_DEC }),
  zhs('年底前把每次转化费用控制在¥200以内', { m: 'cpa', k: 'stay-below', v: 200, cur: 'CNY', d: END_DEC }),
  zhs('下个季度自然搜索会话数增长15%', { m: 'sessions', k: 'increase-by-percent', v: 15, s: Q1_START, d: Q1_END, ch: 'organic' }),
  zhs('一年内通过电子邮件获得500个新订阅者', { m: 'subscribers', k: 'increase-by', v: 500, d: IN_12M, ch: 'email' }),
  zhs('在未来三个月内将Instagram粉丝数增加20%', { m: 'followers', k: 'increase-by-percent', v: 20, d: IN_3M, ch: 'social' }),
  zhs('将收入从50万元提高到80万元,截至2027年6月30日', { m: 'revenue', k: 'reach', v: 800000, b: 500000, cur: 'CNY', d: '2027-06-30' }),
  zhs('来自沙特阿拉伯的访客增加15%', { m: 'users', k: 'increase-by-percent', v: 15, f: 'Saudi Arabia' }),
  zhs('第一季度来自亚洲的网站流量增加5%', { m: 'sessions', k: 'increase-by-percent', v: 5, s: Q1_START, d: Q1_END, f: 'Asia' }),
  zhs('广告支出回报率不低于4,直到2027年3月底', { m: 'roas', k: 'stay-above', v: 4, d: '2027-03-31' }),
  zhs('付费搜索的点击率至少2%,本月', { m: 'ctr', k: 'stay-above', v: 2, d: END_NOV, ch: 'paid-search' }),
  zhs('每次点击费用降低到1.5元以下,期限下个月底', { m: 'cpc', k: 'decrease-to', v: 1.5, cur: 'CNY', d: END_DEC }),
  zhs('新增1000个潜在客户,90天内', { m: 'leads', k: 'reach', v: 1000, d: IN_90D }),
  zhs('跳出率保持在45%以下', { m: 'bounce-rate', k: 'stay-below', v: 45 }),
  zhs('把退订率降低一半,今年年底前', { m: 'unsubscribe-rate', k: 'decrease-by-percent', v: 50, d: END_DEC }),
  zhs('在2027年第一季度前把转化率提升到3%', { m: 'conversion-rate', k: 'reach', v: 3, d: Q1_END }),
  zhs('展示次数达到10万,下个月', { m: 'impressions', k: 'reach', v: 100000, s: '2026-12-01', d: END_DEC }),
  zhs('2026年12月31日前将销售额提高20%', { m: 'revenue', k: 'increase-by-percent', v: 20, d: END_DEC }),
  zhs('半年内将粉丝数翻倍', { m: 'followers', k: 'increase-by-percent', v: 100, d: IN_6M }),
  zhs('本季度邮件打开率达到25%以上', { m: 'open-rate', k: 'stay-above', v: 25, d: END_DEC, ch: 'email' }),
  zhs('来自美国的用户在一年内增长10%', { m: 'users', k: 'increase-by-percent', v: 10, d: IN_12M, f: 'United States' }),
  zhs('点击率提高到２％', { m: 'ctr', k: 'reach', v: 2 }),
  zhs('社交媒体的互动率不低于5%,截至年底', { m: 'engagement-rate', k: 'stay-above', v: 5, d: END_DEC, ch: 'social' }),
  zhs('每次转化成本降低10%,在谷歌广告中,下个季度', { m: 'cpa', k: 'decrease-by-percent', v: 10, s: Q1_START, d: Q1_END, src: 'google-ads' }),
  zhs('3个月内新增5000名粉丝', { m: 'followers', k: 'increase-by', v: 5000, d: IN_3M }),
  zhs('两周内转化次数达到200', { m: 'conversions', k: 'reach', v: 200, d: '2026-12-08' }),
  zhs('客户满意度达到90%以上,截至2027年6月底', { m: 'csat', k: 'stay-above', v: 90, d: '2027-06-30' }),
  zhs('在下半年把跳出率降到35%', { m: 'bounce-rate', k: 'decrease-to', v: 35, d: END_DEC }),
  zhs('来自香港的收入增长8%,12月底前', { m: 'revenue', k: 'increase-by-percent', v: 8, d: END_DEC, f: 'Hong Kong' }),
  // Refused or partial.
  zhs('提高品牌知名度', {}),
  zhs('增加会话数', { m: 'sessions' }),
  zhs('你好', {}),
];

export const SENTENCE_CASES: readonly SentenceCase[] = [...ENGLISH, ...PERSIAN, ...ARABIC, ...CHINESE_TRADITIONAL, ...CHINESE_SIMPLIFIED];
