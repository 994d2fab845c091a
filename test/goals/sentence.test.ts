import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceId } from '../../lib/dashboards';
import { deadlineFor } from '../../lib/goals/deadline-presets';
import { validateGoalInput } from '../../lib/goals/model';
import { draftToGoalInput, parseGoalSentence, type GoalDraft } from '../../lib/goals/sentence';
import type { Channel, TargetKind } from '../../lib/goals/types';
import type { MetricId } from '../../lib/metrics/types';
import {
  ARABIC, CHINESE_SIMPLIFIED, CHINESE_TRADITIONAL, ENGLISH, PERSIAN, SENTENCE_CASES, TODAY, expectedMissing, localeOf, type CaseLanguage, type Expect,
} from './sentence-cases';

/** The draft's fields in the cases' short form, absent fields left out. */
function summary(d: GoalDraft): Expect {
  const out: Expect = {};
  if (d.metric) out.m = d.metric;
  if (d.target) {
    out.k = d.target.kind;
    out.v = d.target.value;
  }
  if (d.currency) out.cur = d.currency;
  if (d.baseline !== undefined) out.b = d.baseline;
  if (d.start) out.s = d.start;
  if (d.deadline) out.d = d.deadline;
  if (d.channel) out.ch = d.channel;
  if (d.scope?.filter) out.f = d.scope.filter;
  if (d.scope?.source) out.src = d.scope.source;
  return out;
}

describe('parseGoalSentence: the table', () => {
  it('has at least 150 sentences and 25 per language', () => {
    expect(SENTENCE_CASES.length).toBeGreaterThanOrEqual(150);
    for (const list of [ENGLISH, PERSIAN, ARABIC, CHINESE_TRADITIONAL, CHINESE_SIMPLIFIED]) expect(list.length).toBeGreaterThanOrEqual(25);
  });

  it.each(SENTENCE_CASES.map((c) => [c.lang, c.text, c] as const))('%s: %s', (_lang, text, c) => {
    const draft = parseGoalSentence(text, { locale: localeOf(c), today: TODAY });
    expect(summary(draft)).toEqual(c.expect);
    expect(draft.missing.map((m) => m.field)).toEqual(expectedMissing(c.expect));
    for (const m of draft.missing) {
      expect(m.message.length).toBeGreaterThan(10);
      expect(m.code).toMatch(/^(measurable|specific|time-bound)\./);
    }
    // Every span points at text of the sentence, and the target's span holds its number when typed with digits.
    for (const [field, span] of Object.entries(draft.spans)) {
      expect(span.start, field).toBeGreaterThanOrEqual(0);
      expect(span.end, field).toBeGreaterThan(span.start);
      expect(span.end, field).toBeLessThanOrEqual(text.length);
      expect(text.slice(span.start, span.end).trim().length, field).toBeGreaterThan(0);
    }
    if (c.expect.k) expect(draft.spans.target).toBeDefined();
    if (c.expect.d) expect(draft.spans.deadline).toBeDefined();
    if (c.expect.m) expect(draft.spans.metric).toBeDefined();
    if (c.expect.ch) expect(draft.spans.channel).toBeDefined();
    if (c.expect.f) expect(draft.spans.filter).toBeDefined();
    if (c.expect.cur) expect(draft.spans.currency).toBeDefined();
    if (c.expect.b !== undefined) expect(draft.spans.baseline).toBeDefined();
  });

  it('includes the seeds’ own example goals', () => {
    const seeds = new Set(SENTENCE_CASES.filter((c) => c.seed).map((c) => c.seed));
    expect([...seeds].sort()).toEqual(['002_74ab1f177387c93d.txt', '003_6a2b86de43f4e242.txt', '004_451c4c10d14084dd.txt']);
    expect(SENTENCE_CASES.filter((c) => c.seed).length).toBeGreaterThanOrEqual(25);
  });

  it('covers every target kind in every language', () => {
    const kinds: TargetKind[] = ['reach', 'increase-by-percent', 'increase-by', 'decrease-by-percent', 'decrease-to', 'stay-above', 'stay-below'];
    for (const list of [ENGLISH, PERSIAN, ARABIC, CHINESE_TRADITIONAL, CHINESE_SIMPLIFIED]) {
      const seen = new Set(list.map((c) => c.expect.k));
      for (const kind of kinds) expect(seen.has(kind), `${list[0]!.lang} ${kind}`).toBe(true);
    }
  });

  it('reads digits in Latin, Persian and Arabic-Indic script', () => {
    const scripts = (re: RegExp) => SENTENCE_CASES.filter((c) => re.test(c.text) && c.expect.k).length;
    expect(scripts(/[0-9]/)).toBeGreaterThan(20);
    expect(scripts(/[۰-۹]/)).toBeGreaterThan(10);
    expect(scripts(/[٠-٩]/)).toBeGreaterThan(2);
  });
});

describe('parseGoalSentence: spans and names', () => {
  it('spans point at the words typed, in the input’s own offsets', () => {
    const text = 'Reduce   CPA from US$60 to US$45 in paid search by March 31, 2027';
    const d = parseGoalSentence(text, { locale: 'en', today: TODAY });
    const at = (f: keyof GoalDraft['spans']) => text.slice(d.spans[f]!.start, d.spans[f]!.end);
    expect(at('metric')).toBe('CPA');
    expect(at('target')).toBe('to US$45');
    expect(at('baseline')).toBe('from US$60');
    expect(at('currency')).toBe('US$');
    expect(at('channel')).toBe('paid search');
    expect(at('deadline')).toBe('by March 31, 2027');
  });

  it('keeps offsets through bidi marks, ZWNJ and Persian digits', () => {
    const text = '\u200fکاهش نرخ\u200cپرش به زیر ۴۰ درصد تا پایان دی ماه';
    const d = parseGoalSentence(text, { locale: 'fa', today: TODAY });
    expect(text.slice(d.spans.metric!.start, d.spans.metric!.end)).toBe('نرخ\u200cپرش');
    expect(text.slice(d.spans.target!.start, d.spans.target!.end)).toBe('زیر ۴۰ درصد');
    expect(text.slice(d.spans.deadline!.start, d.spans.deadline!.end)).toBe('تا پایان دی ماه');
  });

  it('keeps unknown metric words as the name and reports them as not measurable yet', () => {
    const d = parseGoalSentence('Increase brand awareness by 20% by December', { locale: 'en', today: TODAY });
    expect(d.metric).toBeUndefined();
    expect(d.name).toBe('brand awareness');
    expect(d.target).toEqual({ kind: 'increase-by-percent', value: 20 });
    expect(d.missing[0]).toMatchObject({ field: 'metric', code: 'measurable.unknown-metric' });
    expect(d.missing[0]!.message).toContain('brand awareness');
    expect(parseGoalSentence('增加品牌知名度', { locale: 'zh-Hant', today: TODAY }).name).toBe('品牌知名度');
    expect(parseGoalSentence('زيادة الوعي بالعلامة التجارية', { locale: 'ar', today: TODAY }).name).toBe('الوعي بالعلامة التجارية');
  });

  it('names a recognised goal by the sentence as typed', () => {
    expect(parseGoalSentence('  CPA under $40   this quarter ', { locale: 'en', today: TODAY }).name).toBe('CPA under $40 this quarter');
  });
});

describe('parseGoalSentence: calendars and options', () => {
  it('reads "the end of the year" in the Solar Hijri year for Persian, unless told otherwise', () => {
    const text = 'افزایش ۲۰ درصدی فروش تا پایان سال';
    expect(parseGoalSentence(text, { locale: 'fa', today: TODAY }).deadline).toBe('2027-03-20');
    expect(parseGoalSentence(text, { locale: 'fa-IR', today: TODAY }).deadline).toBe('2027-03-20');
    expect(parseGoalSentence(text, { locale: 'fa', today: TODAY, yearCalendar: 'gregorian' }).deadline).toBe('2026-12-31');
    expect(parseGoalSentence('Sales +20% by the end of the year', { locale: 'en', today: TODAY, yearCalendar: 'persian' }).deadline).toBe('2027-03-20');
    expect(parseGoalSentence('Sales +20% by the end of the year', { locale: 'en', today: TODAY }).deadline).toBe('2026-12-31');
  });

  it('takes the next time a month comes round', () => {
    const at = (text: string, today: string, locale = 'en') => parseGoalSentence(text, { locale, today }).deadline;
    expect(at('Sessions +5% by November', '2026-11-24')).toBe('2026-11-30');
    expect(at('Sessions +5% by November', '2026-12-01')).toBe('2027-11-30');
    expect(at('بازدید سایت ۵ درصد بیشتر تا آبان', '2026-10-01', 'fa')).toBe('2026-11-21');
    expect(at('بازدید سایت ۵ درصد بیشتر تا پایان دی ماه', TODAY, 'fa')).toBe('2027-01-20');
    expect(at('زيادة الجلسات بنسبة 5٪ بحلول نوفمبر', '2027-01-10', 'ar')).toBe('2027-11-30');
    expect(at('11月底前將工作階段提升5%', '2027-01-10', 'zh-Hant')).toBe('2027-11-30');
  });

  it('counts spans as the goal form’s presets do', () => {
    for (const today of ['2026-08-31', '2026-01-31', '2028-02-29', TODAY]) {
      const at = (text: string, locale: string) => parseGoalSentence(text, { locale, today }).deadline;
      expect(at('Sessions +5% within six months', 'en')).toBe(deadlineFor('in-6-months', today));
      expect(at('افزایش ۵ درصدی جلسات تا سه ماه آینده', 'fa')).toBe(deadlineFor('in-3-months', today));
      expect(at('زيادة الجلسات بنسبة 5٪ خلال ستة أشهر', 'ar')).toBe(deadlineFor('in-6-months', today));
      expect(at('三個月內將工作階段提升5%', 'zh-Hant')).toBe(deadlineFor('in-3-months', today));
      expect(at('3个月内将会话数提升5%', 'zh-Hans')).toBe(deadlineFor('in-3-months', today));
      expect(at('Sessions +5% within a year', 'en')).toBe(deadlineFor('in-12-months', today));
      expect(at('Sessions +5% by the end of the quarter', 'en')).toBe(deadlineFor('end-of-quarter', today));
      expect(at('Sessions +5% this month', 'en')).toBe(deadlineFor('end-of-month', today));
    }
  });

  it('reads a Solar Hijri numeric date and Persian month names with a day', () => {
    expect(parseGoalSentence('جلسات ۱۰٪ بیشتر تا ۱۴۰۶/۰۱/۱۵', { locale: 'fa', today: TODAY }).deadline).toBe('2027-04-04');
    expect(parseGoalSentence('جلسات ۱۰٪ بیشتر تا ۱۵ فروردین ۱۴۰۶', { locale: 'fa', today: TODAY }).deadline).toBe('2027-04-04');
  });

  it('does not take "may" the verb, or a bare month word, for a deadline', () => {
    expect(parseGoalSentence('Sales may grow 10%', { locale: 'en', today: TODAY }).deadline).toBeUndefined();
    expect(parseGoalSentence('فروش را ۱۰ درصد افزایش می دهیم', { locale: 'fa', today: TODAY }).deadline).toBeUndefined();
  });
});

describe('parseGoalSentence: robustness', () => {
  it('never throws on odd input', () => {
    for (const text of [undefined, null, 42, '%%%', '$', '(((', '1e999', '9'.repeat(400), 'by by by', '٪٪', '前前前名']) {
      expect(() => parseGoalSentence(text as unknown as string, { locale: 'en', today: TODAY })).not.toThrow();
    }
    expect(() => parseGoalSentence('Sessions +5% by December', { locale: 'xx-!!', today: 'not a date' })).not.toThrow();
  });

  it('never throws, and keeps spans inside the text, on random text', () => {
    const alphabet = fc.constantFrom(...'abc ۱۲۳٤٥ 12%$€¥,.()-+ byin 年月前內 تا پایان ماه بحلول نهاية ی ك ة\u200c\u200fCTR CPA'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), fc.constantFrom('en', 'fa', 'ar', 'zh-Hant', 'zh-Hans'), (text, locale) => {
        const d = parseGoalSentence(text, { locale, today: TODAY });
        for (const span of Object.values(d.spans)) {
          if (span.start < 0 || span.end > text.length || span.end < span.start) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('reads only the first clause and only the first 500 characters', () => {
    const long = `CTR at least 2% this month ${'and more '.repeat(100)}`;
    expect(parseGoalSentence(long, { locale: 'en', today: TODAY }).target).toEqual({ kind: 'stay-above', value: 2 });
  });
});

describe('draftToGoalInput', () => {
  it('is null until metric, target and deadline are there', () => {
    expect(draftToGoalInput(parseGoalSentence('Increase sessions', { locale: 'en', today: TODAY }))).toBeNull();
    expect(draftToGoalInput(parseGoalSentence('Sessions +10%', { locale: 'en', today: TODAY }))).toBeNull();
    expect(draftToGoalInput(parseGoalSentence('Increase brand awareness by 20% by December', { locale: 'en', today: TODAY }))).toBeNull();
  });

  it('turns a complete draft into a goal input that validates once a baseline is given', () => {
    const draft = parseGoalSentence('Increase organic conversion rate by 25% by December', { locale: 'en', today: TODAY });
    const input = draftToGoalInput(draft)!;
    expect(input).toMatchObject({ metric: 'conversion-rate', target: { kind: 'increase-by-percent', value: 25 }, deadline: '2026-12-31', channel: 'organic', stage: 'convert' });
    expect(validateGoalInput(input, `${TODAY}T09:00:00.000Z`).map((e) => e.code)).toEqual(['baseline-required']);
    expect(validateGoalInput({ ...input, baseline: 2.4 }, `${TODAY}T09:00:00.000Z`)).toEqual([]);
  });

  it('carries scope, start and baseline', () => {
    const input = draftToGoalInput(parseGoalSentence('Increase revenue from $50k to $80k in Q1 from Saudi Arabia', { locale: 'en', today: TODAY }))!;
    expect(input).toMatchObject({ metric: 'revenue', baseline: 50000, target: { kind: 'reach', value: 80000 }, start: '2027-01-01', deadline: '2027-03-31', scope: { filter: 'Saudi Arabia' } });
    expect(validateGoalInput(input, `${TODAY}T09:00:00.000Z`)).toEqual([]);
  });

  it('every complete draft of the table validates, given a baseline where one is needed', () => {
    let complete = 0;
    for (const c of SENTENCE_CASES) {
      const input = draftToGoalInput(parseGoalSentence(c.text, { locale: localeOf(c), today: TODAY }));
      if (!input || input.deadline <= TODAY) continue;
      complete++;
      const baseline = input.baseline ?? (input.target.kind === 'decrease-to' ? input.target.value * 2 : 100);
      expect(validateGoalInput({ ...input, baseline }, `${TODAY}T09:00:00.000Z`), c.text).toEqual([]);
    }
    expect(complete).toBeGreaterThan(80);
  });
});

// --- Property: sentences written from random goals read back as those goals -----------------------------

type Script = 'latin' | 'persian' | 'arabic';
const toScript = (text: string, script: Script) =>
  script === 'latin' ? text : text.replace(/\d/g, (d) => String.fromCharCode((script === 'persian' ? 0x06f0 : 0x0660) + Number(d)));

interface MetricWords {
  id: MetricId;
  percent: boolean;
  level: boolean;
  words: Record<CaseLanguage, string>;
}
const METRIC_WORDS: MetricWords[] = [
  { id: 'sessions', percent: false, level: false, words: { en: 'sessions', fa: 'جلسات', ar: 'الجلسات', 'zh-Hant': '工作階段', 'zh-Hans': '会话数' } },
  { id: 'conversion-rate', percent: true, level: false, words: { en: 'conversion rate', fa: 'نرخ تبدیل', ar: 'معدل التحويل', 'zh-Hant': '轉換率', 'zh-Hans': '转化率' } },
  { id: 'bounce-rate', percent: true, level: false, words: { en: 'bounce rate', fa: 'نرخ پرش', ar: 'معدل الارتداد', 'zh-Hant': '跳出率', 'zh-Hans': '跳出率' } },
  { id: 'ctr', percent: true, level: false, words: { en: 'CTR', fa: 'نرخ کلیک', ar: 'نسبة النقر', 'zh-Hant': '點擊率', 'zh-Hans': '点击率' } },
  { id: 'followers', percent: false, level: true, words: { en: 'followers', fa: 'دنبال‌کنندگان', ar: 'المتابعين', 'zh-Hant': '粉絲', 'zh-Hans': '粉丝' } },
  { id: 'subscribers', percent: false, level: true, words: { en: 'subscribers', fa: 'مشترکان', ar: 'المشتركين', 'zh-Hant': '訂閱者', 'zh-Hans': '订阅者' } },
  { id: 'revenue', percent: false, level: false, words: { en: 'revenue', fa: 'درآمد', ar: 'الإيرادات', 'zh-Hant': '營收', 'zh-Hans': '收入' } },
];

const CHANNEL_WORDS: Array<[Channel, Record<CaseLanguage, string>]> = [
  ['organic', { en: 'from organic search', fa: 'ارگانیک', ar: 'من البحث العضوي', 'zh-Hant': '自然搜尋', 'zh-Hans': '自然搜索' }],
  ['paid-search', { en: 'in paid search', fa: 'در جستجوی پولی', ar: 'في البحث المدفوع', 'zh-Hant': '付費搜尋', 'zh-Hans': '付费搜索' }],
  ['email', { en: 'from email', fa: 'از ایمیل', ar: 'من البريد الإلكتروني', 'zh-Hant': '電子郵件', 'zh-Hans': '电子邮件' }],
  ['sms', { en: 'from SMS', fa: 'از پیامک', ar: 'من الرسائل القصيرة', 'zh-Hant': '簡訊', 'zh-Hans': '短信' }],
];
const PLACE_WORDS: Array<[string, Record<CaseLanguage, string>]> = [
  ['Saudi Arabia', { en: 'from Saudi Arabia', fa: 'از عربستان', ar: 'من السعودية', 'zh-Hant': '來自沙烏地阿拉伯的', 'zh-Hans': '来自沙特阿拉伯的' }],
  ['Asia', { en: 'from Asia', fa: 'از آسیا', ar: 'من آسيا', 'zh-Hant': '來自亞洲的', 'zh-Hans': '来自亚洲的' }],
  ['Iran', { en: 'from Iran', fa: 'از ایران', ar: 'من إيران', 'zh-Hant': '來自伊朗的', 'zh-Hans': '来自伊朗的' }],
];

type DeadlineForm = 'in-3-months' | 'in-6-months' | 'in-12-months' | 'end-of-year' | 'end-of-quarter' | 'end-of-month';
const NUMBER_WORD: Record<CaseLanguage, Record<number, string>> = {
  en: { 3: 'three', 6: 'six', 12: 'twelve' },
  fa: { 3: 'سه', 6: 'شش', 12: 'دوازده' },
  ar: { 3: 'ثلاثة', 6: 'ستة', 12: 'اثني عشر' },
  'zh-Hant': { 3: '三', 6: '六', 12: '十二' },
  'zh-Hans': { 3: '三', 6: '六', 12: '十二' },
};
function deadlineWords(lang: CaseLanguage, form: DeadlineForm, words: boolean, script: Script): string {
  const n = form === 'in-3-months' ? 3 : form === 'in-6-months' ? 6 : 12;
  const count = words ? NUMBER_WORD[lang][n]! : toScript(String(n), script);
  const table: Record<CaseLanguage, Record<DeadlineForm, string>> = {
    en: { 'in-3-months': `within ${count} months`, 'in-6-months': `within ${count} months`, 'in-12-months': `within ${count} months`, 'end-of-year': 'by the end of the year', 'end-of-quarter': 'by the end of the quarter', 'end-of-month': 'by the end of the month' },
    fa: { 'in-3-months': `ظرف ${count} ماه`, 'in-6-months': `تا ${count} ماه آینده`, 'in-12-months': `ظرف ${count} ماه`, 'end-of-year': 'تا پایان سال', 'end-of-quarter': 'تا پایان فصل', 'end-of-month': 'تا پایان ماه' },
    ar: { 'in-3-months': `خلال ${count} أشهر`, 'in-6-months': `خلال ${count} أشهر`, 'in-12-months': `خلال ${count} شهرا`, 'end-of-year': 'بحلول نهاية العام', 'end-of-quarter': 'بحلول نهاية الربع', 'end-of-month': 'بحلول نهاية الشهر' },
    'zh-Hant': { 'in-3-months': `${count}個月內`, 'in-6-months': `在未來${count}個月內`, 'in-12-months': `${count}個月內`, 'end-of-year': '年底前', 'end-of-quarter': '本季末前', 'end-of-month': '本月底前' },
    'zh-Hans': { 'in-3-months': `${count}个月内`, 'in-6-months': `在未来${count}个月内`, 'in-12-months': `${count}个月内`, 'end-of-year': '年底前', 'end-of-quarter': '本季度末前', 'end-of-month': '本月底前' },
  };
  return table[lang][form];
}

interface Goal {
  lang: CaseLanguage;
  metric: MetricWords;
  kind: TargetKind;
  value: number;
  deadline: DeadlineForm;
  words: boolean;
  script: Script;
  channel?: [Channel, Record<CaseLanguage, string>];
  place?: [string, Record<CaseLanguage, string>];
}

/** One sentence for a goal, by a template of its language and kind. */
function render(g: Goal): string {
  const m = g.metric.words[g.lang];
  const pct = g.metric.percent;
  const v = toScript(String(g.value), g.script);
  const when = deadlineWords(g.lang, g.deadline, g.words, g.script);
  const where = [g.channel?.[1][g.lang], g.place?.[1][g.lang]].filter(Boolean).join(' ');
  const sp = (s: string) => (s ? ` ${s}` : '');
  const num = (withPercent: boolean) => `${v}${withPercent ? '%' : ''}`;
  switch (g.lang) {
    case 'en': {
      const subject = `${m}${sp(where)}`;
      const templates: Record<TargetKind, string> = {
        'increase-by-percent': `Increase ${subject} by ${v}% ${when}`,
        'decrease-by-percent': `Reduce ${subject} by ${v}% ${when}`,
        reach: `Get ${subject} to ${num(pct)} ${when}`,
        'stay-above': `Keep ${subject} at least ${num(pct)} ${when}`,
        'stay-below': `Keep ${subject} below ${num(pct)} ${when}`,
        'decrease-to': `Cut ${subject} to ${num(pct)} ${when}`,
        'increase-by': `Gain ${v} new ${subject} ${when}`,
      };
      return templates[g.kind];
    }
    case 'fa': {
      const subject = `${m}${sp(where)}`;
      const p = (withPercent: boolean) => `${v}${withPercent ? ' درصد' : ''}`;
      const templates: Record<TargetKind, string> = {
        'increase-by-percent': `افزایش ${v} درصدی ${subject} ${when}`,
        'decrease-by-percent': `کاهش ${v} درصدی ${subject} ${when}`,
        reach: `رساندن ${subject} به ${p(pct)} ${when}`,
        'stay-above': `${subject} حداقل ${p(pct)} ${when}`,
        'stay-below': `${subject} حداکثر ${p(pct)} ${when}`,
        'decrease-to': `کاهش ${subject} به ${p(pct)} ${when}`,
        'increase-by': `جذب ${v} ${subject} جدید ${when}`,
      };
      return templates[g.kind];
    }
    case 'ar': {
      const subject = `${m}${sp(where)}`;
      const p = (withPercent: boolean) => `${v}${withPercent ? '٪' : ''}`;
      const templates: Record<TargetKind, string> = {
        'increase-by-percent': `زيادة ${subject} بنسبة ${v}٪ ${when}`,
        'decrease-by-percent': `خفض ${subject} بنسبة ${v}٪ ${when}`,
        reach: `الوصول ب${subject} إلى ${p(pct)} ${when}`,
        'stay-above': `${subject} لا يقل عن ${p(pct)} ${when}`,
        'stay-below': `${subject} لا يزيد عن ${p(pct)} ${when}`,
        'decrease-to': `خفض ${subject} إلى ${p(pct)} ${when}`,
        'increase-by': `زيادة ${subject} بمقدار ${v} ${when}`,
      };
      return templates[g.kind];
    }
    default: {
      const trad = g.lang === 'zh-Hant';
      const subject = `${g.place?.[1][g.lang] ?? ''}${g.channel?.[1][g.lang] ?? ''}${m}`;
      const templates: Record<TargetKind, string> = {
        'increase-by-percent': `${when}將${subject}提升${v}%`,
        'decrease-by-percent': `${when}將${subject}降低${v}%`,
        reach: `${when}將${subject}提升到${num(pct)}`,
        'stay-above': `${when}${subject}不低於${num(pct)}`,
        'stay-below': `${when}${subject}不超過${num(pct)}`,
        'decrease-to': `${when}將${subject}降至${num(pct)}`,
        'increase-by': `${when}${subject}新增${v}${trad ? '個' : '个'}`,
      };
      const text = templates[g.kind];
      return trad ? text : text.replace(/將/g, '将').replace(/於/g, '于').replace(/超過/g, '超过');
    }
  }
}

const goalArb: fc.Arbitrary<Goal> = fc
  .record({
    lang: fc.constantFrom<CaseLanguage>('en', 'fa', 'ar', 'zh-Hant', 'zh-Hans'),
    metric: fc.constantFrom(...METRIC_WORDS),
    kind: fc.constantFrom<TargetKind>('reach', 'increase-by-percent', 'increase-by', 'decrease-by-percent', 'decrease-to', 'stay-above', 'stay-below'),
    percentValue: fc.integer({ min: 1, max: 95 }),
    countValue: fc.integer({ min: 1, max: 99_999 }),
    deadline: fc.constantFrom<DeadlineForm>('in-3-months', 'in-6-months', 'in-12-months', 'end-of-year', 'end-of-quarter', 'end-of-month'),
    words: fc.boolean(),
    script: fc.constantFrom<Script>('latin', 'persian', 'arabic'),
    channel: fc.option(fc.constantFrom(...CHANNEL_WORDS), { nil: undefined }),
    place: fc.option(fc.constantFrom(...PLACE_WORDS), { nil: undefined }),
  })
  .filter((g) => (g.kind === 'increase-by' ? g.metric.level : true))
  // An email or SMS "click rate" is the catalogue's click-rate, not the ads CTR.
  .filter((g) => !(g.metric.id === 'ctr' && (g.channel?.[0] === 'email' || g.channel?.[0] === 'sms')))
  .map((g) => {
    const percentTarget = g.kind === 'increase-by-percent' || g.kind === 'decrease-by-percent' || g.metric.percent;
    const script: Script = g.lang === 'en' || g.lang.startsWith('zh') ? 'latin' : g.script;
    const goal: Goal = { lang: g.lang, metric: g.metric, kind: g.kind, value: percentTarget ? g.percentValue : g.countValue, deadline: g.deadline, words: g.words, script };
    if (g.channel) goal.channel = g.channel;
    if (g.place) goal.place = g.place;
    return goal;
  });

describe('parseGoalSentence: property', () => {
  it('sentences written from random goals in each language read back as the same goal', () => {
    const today = TODAY;
    fc.assert(
      fc.property(goalArb, (g) => {
        const text = render(g);
        const d = parseGoalSentence(text, { locale: g.lang, today, yearCalendar: 'gregorian' });
        const expected: Partial<GoalDraft> = {
          metric: g.metric.id,
          target: { kind: g.kind, value: g.value },
          deadline: deadlineFor(g.deadline, today),
          ...(g.channel ? { channel: g.channel[0] } : {}),
        };
        const got: Partial<GoalDraft> = { metric: d.metric, target: d.target, deadline: d.deadline, ...(d.channel ? { channel: d.channel } : {}) };
        expect(got, text).toEqual(expected);
        expect(d.scope?.filter, text).toBe(g.place?.[0]);
        expect(d.scope?.source as SourceId | undefined, text).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
