/**
 * Reads a goal typed as one sentence — "Increase organic conversion rate by 25% by November",
 * "کاهش نرخ پرش به زیر ۴۰ درصد تا پایان دی ماه", "زيادة زيارات الويب من آسيا بنسبة 5 بالمائة في الربع الأول",
 * "在未來三個月內,將Instagram粉絲數增加20%" — into a draft goal, with the span of the text each field came
 * from and what it could not find, worded as the SMART check words it. Pure and synchronous: the same
 * text, locale and day always give the same draft, and nothing here reads a clock or the network.
 *
 * The rule is the catalogue's: never guess. A metric is read only from a catalogue label or a sentence
 * word listed in sentence-words.ts; words that name no metric are kept as the goal's name and reported
 * as not measurable yet. Numbers go through the dashboard number parser, dates through the calendars
 * of lib/parse; the parser only decides which number is the target and what kind of target it is.
 *
 * Languages: English, Persian, Arabic, Chinese (Traditional and Simplified), in any mix and whatever the
 * locale; the locale settles number separators, numeric date order, the default period calendar and
 * currency symbols that differ by country (元, ¥, ریال).
 */
import type { SourceId } from '../dashboards';
import { METRICS } from '../metrics/catalogue';
import type { MetricId } from '../metrics/types';
import { parseDashboardNumber } from '../parse/number';
import { MAX_NAME_LENGTH, type GoalInput } from './model';
import { findDeadline, type PeriodCalendar } from './sentence-dates';
import { countValue, fold, foldWord, inputSpan, NUMBER_WORD_SOURCE, type Folded, type PhraseMatch, wordsSource } from './sentence-text';
import { channelPhrases, metricPhrases, placePhrases, sourcePhrases, type MetricPhrase } from './sentence-words';
import type { Channel, RaceStage, TargetKind } from './types';

/** UTF-16 offsets into the text as given: `text.slice(start, end)` is what the field was read from. */
export interface SentenceSpan {
  start: number;
  end: number;
}

export type SentenceField = 'metric' | 'target' | 'currency' | 'baseline' | 'deadline' | 'channel' | 'filter' | 'source';
export type MissingField = 'metric' | 'target' | 'deadline' | 'scope' | 'baseline';

export interface MissingPart {
  field: MissingField;
  /**
   * The SMART check's code for what is missing, so the UI words it with its `smart.*` messages:
   * `measurable.unknown-metric`, `measurable.no-target`, `measurable.no-baseline`, `specific.missing`, and
   * `time-bound.missing` (a deadline, which the SMART check never sees missing since a goal always has one).
   */
  code: 'measurable.unknown-metric' | 'measurable.no-target' | 'measurable.no-baseline' | 'specific.missing' | 'time-bound.missing';
  /** English, for logs and tests. */
  message: string;
}

export interface GoalDraft {
  metric?: MetricId;
  target?: { kind: TargetKind; value: number };
  /** ISO 4217 code of the currency the target is written in; IRT for toman (not ISO, but what Iranian services use). */
  currency?: string;
  baseline?: number;
  /** ISO dates. `start` only when the sentence names a period that begins later ("next quarter", "in Q1"). */
  start?: string;
  deadline?: string;
  channel?: Channel;
  scope?: { source?: SourceId; filter?: string };
  stage?: RaceStage;
  /** The sentence as typed (trimmed); when no metric was recognised, the words that named it instead. */
  name: string;
  spans: Partial<Record<SentenceField, SentenceSpan>>;
  missing: MissingPart[];
}

export interface SentenceOptions {
  /** BCP 47 tag of the UI (en, fa, ar, zh-Hant, zh-Hans, or a regional tag). */
  locale: string;
  /** ISO date of today in the user's time zone; relative deadlines are counted from it. */
  today: string;
  /**
   * The calendar "the end of the year", "this quarter", "next month", "Q1" and their Persian, Arabic and
   * Chinese forms are counted in. 'persian' is the Solar Hijri year (1 Farvardin to 29/30 Esfand, about
   * 21 March to 20 March), whose quarters are the seasons (فصل); 'gregorian' the January–December year.
   * Default: 'persian' for a Persian locale (fa, fa-IR …), 'gregorian' otherwise. Month names carry their
   * own calendar (آبان is always Solar Hijri, نوفمبر always Gregorian), and spans ("within six months")
   * are always counted in Gregorian months.
   */
  yearCalendar?: PeriodCalendar;
}

/** Sentences are one goal; anything longer is read only this far (it also bounds the work). */
export const MAX_SENTENCE_LENGTH = 500;

// --- Stages ------------------------------------------------------------------------------------------

/** RACE stage by metric, as the seeds place them (domain.md); a metric not listed gets none. */
const STAGE: Readonly<Record<string, RaceStage>> = {
  sessions: 'reach', users: 'reach', 'active-users': 'reach', 'new-users': 'reach', pageviews: 'reach', impressions: 'reach',
  clicks: 'reach', reach: 'reach', ctr: 'reach', cpc: 'reach', cpm: 'reach', 'average-position': 'reach',
  'bounce-rate': 'act', 'engagement-rate': 'act', 'engaged-sessions': 'act', leads: 'act', 'avg-engagement-time': 'act',
  conversions: 'convert', 'conversion-rate': 'convert', revenue: 'convert', cpa: 'convert', roas: 'convert', purchases: 'convert',
  cost: 'convert', cac: 'convert',
  'returning-users': 'engage', 'returning-visitor-share': 'engage', followers: 'engage', subscribers: 'engage', csat: 'engage',
  cltv: 'engage', 'open-rate': 'engage', 'click-rate': 'engage', 'unsubscribe-rate': 'engage',
  'new-customers': 'convert', 'cost-per-lead': 'act', aov: 'convert',
};

// --- Cue words -----------------------------------------------------------------------------------------

const W = wordsSource;
const before = (words: readonly string[]) => new RegExp(`${W(words)}\\s*$`, 'u');
const after = (words: readonly string[]) => new RegExp(`^\\s*${W(words)}`, 'u');

const ABOVE_BEFORE = before([
  'at least', 'no less than', 'not less than', 'a minimum of', 'minimum of', 'minimum', 'min', 'above', 'over', 'more than', 'greater than',
  'higher than', '>=', '≥', '>', 'at or above',
  'حداقل', 'دست کم', 'دستکم', 'بیش از', 'بیشتر از', 'بالای', 'بالاتر از', 'نه کمتر از', 'کمینه', 'بالای',
  'لا يقل عن', 'ما لا يقل عن', 'على الأقل', 'أكثر من', 'فوق', 'أعلى من', 'لا تقل عن', 'ما لا تقل عن',
  '不低於', '不低于', '至少', '不少於', '不少于', '高於', '高于', '超過', '超过', '大於', '大于', '維持在', '维持在',
]);
const BELOW_BEFORE = before([
  'at most', 'no more than', 'not more than', 'a maximum of', 'maximum of', 'maximum', 'max', 'below', 'under', 'less than', 'lower than',
  'fewer than', '<=', '≤', '<', 'at or below', 'beneath',
  'زیر', 'کمتر از', 'پایین تر از', 'پایینتر از', 'حداکثر', 'نه بیشتر از', 'بیشینه', 'پایین',
  'أقل من', 'لا يزيد عن', 'لا يتجاوز', 'لا تزيد عن', 'لا تتجاوز', 'تحت', 'بحد أقصى', 'أدنى من', 'دون', 'ما دون',
  '低於', '低于', '不超過', '不超过', '少於', '少于', '不高於', '不高于', '最多', '小於', '小于',
]);
const TO_BEFORE = before([
  'to', 'up to', 'down to', 'reach', 'reaching', 'reaches', 'hit', 'hitting', 'get to', 'at', 'of', 'a', 'an', '=', ':', 'is', 'be', 'equal to',
  'به', 'تا', 'رسیدن به', 'رساندن به', 'برابر', 'برابر با', 'معادل',
  'إلى', 'حتى', 'الوصول إلى', 'لتصل إلى', 'ليصل إلى', 'يصل إلى', 'تصل إلى', 'عند', 'ل', 'ليبلغ', 'بلوغ',
  '至', '到', '達到', '达到', '為', '为', '達', '达', '促成', '是',
]);
const BY_BEFORE = before(['by', 'by a', 'by an extra', 'by another', 'به میزان', 'به اندازه', 'بنسبة', 'بمقدار', 'بما يعادل', 'بواقع']);
const FROM_BEFORE = before(['from', 'up from', 'down from', 'از', 'من', '從', '从', '由']);
const CURRENT_BEFORE = before([
  'currently', 'currently at', 'now', 'now at', 'today', 'baseline', 'baseline of', 'from a baseline of', 'vs', 'versus', 'compared to',
  'در حال حاضر', 'اکنون', 'الان', 'فعلا', 'فعلاً', 'فعلی', 'در حال حاضر حدود',
  'حاليا', 'حاليًا', 'الآن', 'حالياً', 'مقارنة بـ', 'مقارنة ب',
  '目前', '現在', '现在', '目前為', '目前为', '現為', '现为',
]);
const ABOVE_AFTER = after(['or more', 'or higher', 'or above', 'at least', 'minimum', 'plus', 'یا بیشتر', 'و بیشتر', 'و بالاتر', 'به بالا', 'أو أكثر', 'فما فوق', 'أو أعلى', 'على الأقل', 'كحد أدنى', '以上', '或以上', '或更高', '及以上', '或更多']);
const BELOW_AFTER = after(['or less', 'or lower', 'or fewer', 'or below', 'at most', 'maximum', 'یا کمتر', 'و کمتر', 'و پایین تر', 'أو أقل', 'فما دون', 'أو أدنى', 'على الأكثر', 'كحد أقصى', '以下', '或以下', '以內', '以内', '或更低', '或更少']);
const MORE_AFTER = after(['more', 'higher', 'increase', 'growth', 'up', 'بیشتر', 'افزایش', 'رشد', 'زيادة', 'نموا', 'نمو', '更多', '增長', '增长', '成長', '成长']);
const LESS_AFTER = after(['less', 'lower', 'fewer', 'down', 'decrease', 'reduction', 'کمتر', 'کاهش', 'أقل', 'انخفاض', '更少', '減少', '减少', '下降']);
const THAN_AFTER = after(['than', 'از', 'من']);
const NEW_WORDS = ['new', 'more', 'additional', 'extra', 'جدید', 'تازه', 'جديد', 'جدد', 'جديدة', 'جديدا', 'إضافي', 'إضافية'];
const NEW_AFTER = after(NEW_WORDS);
const ZH_NEW_AFTER = /^\s*(?:個|个|名|位|次|筆|笔)?\s*(?:新|新的|新增)/u;
const UNIT_AFTER = after([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
  'روز', 'هفته', 'ماه', 'سال', 'بار', 'يوم', 'أيام', 'أسبوع', 'شهر', 'أشهر', 'سنة', 'سنوات', 'عام', 'مرات',
  '天', '週', '周', '個月', '个月', '年',
]);
/** "2x", "۲ برابر", "3倍", "ثلاثة أضعاف": a multiple of the baseline. */
const TIMES_AFTER = /^\s?(?:(?:x|times|fold|برابر|أضعاف|ضعف)(?![\p{L}])|倍)/u;

const verbs = (words: readonly string[]) => new RegExp(W(words), 'gu');
const INCREASE = verbs([
  'increase', 'increased', 'increases', 'increasing', 'raise', 'raising', 'grow', 'grows', 'growing', 'growth', 'boost', 'boosting', 'lift',
  'drive up', 'push up', 'expand', 'climb', 'rise', 'up', 'gain', 'gains', 'add', 'adding', 'attract', 'acquire', 'win',
  'افزایش', 'رشد', 'بالا بردن', 'بالا ببریم', 'زیاد کردن', 'زیاد کنیم', 'بیشتر کردن', 'بیشتر کنیم', 'ارتقا', 'ارتقای', 'جذب', 'کسب',
  'زيادة', 'رفع', 'نمو', 'تنمية', 'ارتفاع', 'زاد', 'يزيد', 'نزيد', 'ترتفع', 'يرتفع', 'اكتساب', 'كسب', 'جذب', 'مضاعفة',
  '增加', '提高', '提升', '增長', '增长', '成長', '成长', '擴大', '扩大', '拉高', '新增', '獲得', '获得', '吸引',
]);
const DECREASE = verbs([
  'reduce', 'reduced', 'reduces', 'reducing', 'reduction', 'cut', 'cutting', 'decrease', 'decreased', 'decreasing', 'drop', 'bring down',
  'shrink', 'minimise', 'minimize', 'halve', 'down', 'lower', 'lowering', 'less', 'fewer',
  'کاهش', 'کم کردن', 'کم کنیم', 'پایین آوردن', 'پایین بیاوریم', 'کمتر کردن', 'کمتر کنیم', 'تقلیل', 'نصف',
  'تقليل', 'خفض', 'تخفيض', 'تقليص', 'الحد من', 'انخفاض', 'يقل', 'تقل',
  '降低', '減少', '减少', '下降', '降至', '削減', '削减', '減半', '减半', '壓低', '压低', '降到',
]);
const IMPROVE = verbs(['improve', 'improved', 'improves', 'improving', 'optimise', 'optimize', 'better', 'بهبود', 'بهتر کردن', 'بهتر کنیم', 'بهینه سازی', 'تحسين', 'تحسن', 'تعزيز', '改善', '優化', '优化', '改進', '改进']);
const KEEP = verbs(['控制在', '控制', '保持在', 'keep', 'maintain', 'stay', 'stays', 'hold', 'remain', 'remains', 'sustain', 'حفظ', 'نگه داشتن', 'نگه داریم', 'نگهداری', 'ثابت', 'حافظ', 'الحفاظ', 'الحفاظ على', 'البقاء', 'إبقاء', 'يبقى', 'تبقى', '保持', '維持', '维持']);
/** Gaining a count ("gain 500 followers", "جذب ۵۰۰ مشترک", "新增500"): an amount added, not a level to reach. */
const GAIN = verbs(['gain', 'gains', 'add', 'adding', 'attract', 'acquire', 'win', 'جذب', 'کسب', 'اكتساب', 'كسب', 'جذب', 'إضافة', 'اضافه', '新增', '吸引']);
const MULTIPLY: ReadonlyArray<readonly [RegExp, TargetKind, number]> = [
  [verbs(['double', 'doubling', 'دو برابر', 'دوبرابر', 'مضاعفة', 'ضعف', '翻倍', '翻一番', '增加一倍', '加倍', '提升一倍', '提高一倍']), 'increase-by-percent', 100],
  [verbs(['triple', 'tripling', 'سه برابر', 'ثلاثة أضعاف', '翻兩番', '增加兩倍', '增加两倍']), 'increase-by-percent', 200],
  [verbs(['halve', 'halving', 'cut in half', 'نصف کردن', 'به نصف', 'إلى النصف', 'للنصف', '減半', '减半', '降低一半', '減少一半', '减少一半']), 'decrease-by-percent', 50],
];
/** "15% of visitors are returning": a share of returning visitors, not a change of them. */
const RETURNING = verbs(['returning', 'return', 'repeat', 'come back', 'بازگشتی', 'بازگشت کننده', 'برگشتی', 'عائدين', 'العائدين', 'عائدون', 'العائدون', 'المتكررين', 'مكرري الزيارة', '回訪', '回访', '回頭', '回头']);
const RANK = new RegExp(
  `(?:${W(['top', 'the top', 'top-', 'رتبه های اول', 'أفضل', 'أول', 'ضمن أفضل', 'المراكز', 'جایگاه', 'رتبه', 'المركز', 'المرتبة', 'position', 'rank', 'ranking', 'number'])}\\s*-?\\s*(?<n>\\d{1,2}|${NUMBER_WORD_SOURCE})(?![\\d%])|(?<n2>\\d{1,2}|${NUMBER_WORD_SOURCE})\\s*${W(['رتبه اول', 'نتیجه اول', 'جایگاه اول', 'نتائج الأولى'])}|前\\s*(?<n3>\\d{1,2}|[一二兩两三四五六七八九十]{1,2})\\s*(?:名|位)|第\\s*(?<n4>\\d{1,2}|[一二兩两三四五六七八九十]{1,2})\\s*(?:名|位))`,
  'gu',
);

// --- Numbers and currencies ------------------------------------------------------------------------------

type CurrencyRule = string | ((locale: string) => string);
const byLocale = (rules: Record<string, string>, otherwise: string) => (locale: string) =>
  Object.entries(rules).find(([prefix]) => locale.startsWith(prefix))?.[1] ?? otherwise;
/** Symbols and words of the seeds' currencies, folded; a symbol that differs by country is settled by the locale. */
const CURRENCY_WORDS: ReadonlyArray<readonly [string, CurrencyRule]> = [
  ['us$', 'USD'], ['usd', 'USD'], ['$', 'USD'], ['dollars', 'USD'], ['dollar', 'USD'], ['دلار', 'USD'], ['دولار', 'USD'], ['美元', 'USD'],
  ['nt$', 'TWD'], ['twd', 'TWD'], ['新台幣', 'TWD'], ['新臺幣', 'TWD'], ['台幣', 'TWD'], ['臺幣', 'TWD'],
  ['元', byLocale({ 'zh-Hant': 'TWD', 'zh-TW': 'TWD', 'zh-HK': 'HKD' }, 'CNY')], ['人民幣', 'CNY'], ['人民币', 'CNY'], ['rmb', 'CNY'], ['cny', 'CNY'],
  ['¥', byLocale({ zh: 'CNY' }, 'JPY')], ['jpy', 'JPY'], ['日圓', 'JPY'], ['日元', 'JPY'], ['円', 'JPY'],
  ['€', 'EUR'], ['eur', 'EUR'], ['euros', 'EUR'], ['euro', 'EUR'], ['یورو', 'EUR'], ['يورو', 'EUR'], ['歐元', 'EUR'], ['欧元', 'EUR'],
  ['£', 'GBP'], ['gbp', 'GBP'],
  ['تومان', 'IRT'], ['تومن', 'IRT'], ['toman', 'IRT'], ['irt', 'IRT'],
  ['ريال سعودي', 'SAR'], ['ر.س.', 'SAR'], ['ر.س', 'SAR'], ['sar', 'SAR'],
  ['ریال', byLocale({ ar: 'SAR' }, 'IRR')], ['irr', 'IRR'],
  ['د.إ.', 'AED'], ['د.إ', 'AED'], ['درهم', 'AED'], ['aed', 'AED'],
];
const currencyOf = new Map(CURRENCY_WORDS.map(([w, rule]) => [foldWord(w), rule]));
const currencyAlternation = [...currencyOf.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const CURRENCY_BEFORE = new RegExp(`(?:${currencyAlternation.join('|')})\\s?$`, 'u');
// Chinese currency words touch the next word ("1.5元以下"); others end at a word boundary.
const CURRENCY_AFTER = new RegExp(
  `^\\s?(?:${currencyAlternation.filter((w) => /[\u3400-\u9fff]/u.test(w)).join('|')}|(?:${currencyAlternation.filter((w) => !/[\u3400-\u9fff]/u.test(w)).join('|')})(?![\\p{L}]))`,
  'u',
);
/** Thousands words; the number parser reads them (its compact suffixes), this only finds where they end. */
const COMPACT_AFTER = new RegExp(
  `^\\s?(?:${W(['thousand', 'million', 'billion', 'mn', 'bn', 'هزار', 'میلیون', 'میلیارد', 'ألف', 'آلاف', 'مليون', 'ملايين', 'مليار'])}|[kmb](?![\\p{L}])|百萬|百万|萬|万|千|億|亿)`,
  'u',
);
const PERCENT_AFTER = new RegExp(`^\\s?(?:%|${W(['percent', 'per cent', 'pct', 'درصد', 'درصدی', 'بالمائة', 'بالمئة', 'في المائة', 'في المئة', 'بالمية', '個百分點', '个百分点'])})`, 'u');
const PERCENT_BEFORE = /(?:%|百分之)\s?$/u;
const DIGITS = /(?<![a-z\d.,٫٬])\d+(?:[.,٫٬']\d+)*(?!\d)/gu;

interface NumberToken {
  /** Folded offsets of the digits and their affixes. */
  start: number;
  end: number;
  value: number;
  percent: boolean;
  currency?: string;
  currencyFrom?: number;
  currencyTo?: number;
  sign?: '+' | '-';
  /** Inside parentheses: an aside ("(profit is 0)"), not the goal's number. */
  aside: boolean;
  /** Written as a multiple ("2x", "۲ برابر", "3倍"). */
  times?: boolean;
}

function readNumbers(f: Folded, text: string, used: Uint8Array, locale: string): NumberToken[] {
  const s = f.s;
  const out: NumberToken[] = [];
  for (const m of s.matchAll(DIGITS)) {
    let start = m.index;
    let end = start + m[0].length;
    if (isUsed(used, start, end)) continue;
    const tail = s.slice(end, end + 24);
    const compact = COMPACT_AFTER.exec(tail);
    let core = end + (compact ? compact[0].length : 0);
    const percentAfter = PERCENT_AFTER.exec(s.slice(core, core + 24));
    const head = s.slice(Math.max(0, start - 8), start);
    const percentBefore = PERCENT_BEFORE.exec(head);
    const percent = percentAfter !== null || percentBefore !== null;
    // The digits and thousands word as typed go to the number parser ("۵۰۰ هزار", "1,5K", "3萬").
    const inputFrom = f.at[start]!;
    const inputTo = core < f.at.length ? f.at[core]! : f.length;
    let typed = text.slice(inputFrom, inputTo).trim();
    // "10k", "1.5m": lower-case suffixes are read as thousands and millions (the parser would read "m" as minutes).
    typed = typed.replace(/([\d\s])([kmb])$/u, (_, d: string, k: string) => d + k.toUpperCase());
    const parsed = parseDashboardNumber(typed, { locale });
    if (!parsed.ok || parsed.unit === 'duration') continue;
    const value = parsed.value;
    let currency: string | undefined;
    let currencyFrom: number | undefined;
    let currencyTo: number | undefined;
    if (percentAfter) core += percentAfter[0].length;
    const times = percent ? null : TIMES_AFTER.exec(s.slice(core, core + 8));
    if (times) core += times[0].length;
    if (percentBefore) start -= percentBefore[0].length;
    if (!percent) {
      const cb = CURRENCY_BEFORE.exec(s.slice(Math.max(0, start - 14), start));
      const ca = cb ? null : CURRENCY_AFTER.exec(s.slice(core, core + 16));
      const word = (cb?.[0] ?? ca?.[0])?.trim();
      const rule = word ? currencyOf.get(word) : undefined;
      if (rule) {
        currency = typeof rule === 'string' ? rule : rule(locale);
        if (cb) {
          currencyFrom = start - cb[0].length;
          currencyTo = start - (cb[0].length - cb[0].trimEnd().length);
          start = currencyFrom;
        } else if (ca) {
          currencyFrom = core + (ca[0].length - ca[0].trimStart().length);
          currencyTo = core + ca[0].length;
          core = currencyTo;
        }
      }
    }
    end = core;
    let sign: '+' | '-' | undefined;
    const signMatch = /(^|[^\d\p{L}])\s?([+\-])\s?$/u.exec(s.slice(Math.max(0, start - 3), start));
    if (signMatch) {
      sign = signMatch[2] as '+' | '-';
      start -= signMatch[0].length - signMatch[1]!.length;
    }
    const token: NumberToken = { start, end, value: Math.abs(value), percent, aside: insideParentheses(s, start), ...(sign ? { sign } : {}), ...(times ? { times: true } : {}) };
    if (currency) Object.assign(token, { currency, currencyFrom, currencyTo });
    out.push(token);
  }
  return out;
}

function insideParentheses(s: string, at: number): boolean {
  const open = s.lastIndexOf('(', at);
  return open >= 0 && s.lastIndexOf(')', at) < open && s.indexOf(')', at) > at;
}

// --- Helpers ---------------------------------------------------------------------------------------------

function isUsed(used: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (used[i]) return true;
  return false;
}
function use(used: Uint8Array, start: number, end: number): void {
  used.fill(1, Math.max(0, start), Math.max(start, end));
}

interface Hit {
  start: number;
  end: number;
}

function hitsOf(re: RegExp, s: string, used: Uint8Array): Hit[] {
  const hits: Hit[] = [];
  for (const m of s.matchAll(re)) if (!isUsed(used, m.index, m.index + m[0].length)) hits.push({ start: m.index, end: m.index + m[0].length });
  return hits;
}

const nearest = (hits: readonly Hit[], at: number): Hit | undefined =>
  hits.reduce<Hit | undefined>((best, h) => {
    const d = Math.min(Math.abs(h.end - at), Math.abs(h.start - at));
    return best === undefined || d < Math.min(Math.abs(best.end - at), Math.abs(best.start - at)) ? h : best;
  }, undefined);

/**
 * The metric among the phrases found. Two metric phrases side by side are one noun phrase whose head
 * decides: the last in English and Chinese ("sales conversion rate"), the first in Persian and Arabic
 * ("نرخ تبدیل کاربران"). Otherwise the longest phrase wins, then the first; weak phrases ("reach",
 * "نتایج") only when nothing else names a metric.
 */
function chooseMetric(s: string, found: Array<PhraseMatch<MetricPhrase>>): PhraseMatch<MetricPhrase> | undefined {
  const strong = found.filter((p) => !p.value.weak || !/^\s*[\d$€£¥+\-]/u.test(s.slice(p.end, p.end + 3)));
  const pool = strong.some((p) => !p.value.weak) ? strong.filter((p) => !p.value.weak) : strong;
  if (pool.length === 0) return undefined;
  const heads: Array<PhraseMatch<MetricPhrase>> = [];
  let group: Array<PhraseMatch<MetricPhrase>> = [];
  const flush = () => {
    if (group.length === 0) return;
    const rtl = /[\u0600-\u06ff]/.test(s.slice(group[0]!.start, group[0]!.end));
    const head = rtl ? group[0]! : group[group.length - 1]!;
    heads.push({ ...head, start: group[0]!.start, end: group[group.length - 1]!.end });
    group = [];
  };
  for (const p of pool) {
    const last = group[group.length - 1];
    if (last && /^\s*$/.test(s.slice(last.end, p.start))) group.push(p);
    else {
      flush();
      group.push(p);
    }
  }
  flush();
  return heads.reduce((best, p) => (p.end - p.start > best.end - best.start ? p : best));
}

/** Words that are not what a goal is about, for naming a goal whose metric is unknown. */
const FILLER_WORDS = W([
  'the', 'a', 'an', 'our', 'my', 'your', 'its', 'of', 'for', 'to', 'in', 'on', 'at', 'from', 'with', 'and', 'then', 'total', 'number of',
  'get', 'have', 'make', 'achieve', 'we', 'will', 'want', 'should', 'must', 'be', 'is', 'are', 'goal', 'target', 'by', 'than', 'it', 'this',
  'را', 'به', 'از', 'در', 'و', 'تا', 'با', 'برای', 'تعداد', 'میزان', 'خود', 'ما', 'هدف', 'دهیم', 'دهید', 'کنیم', 'کنید', 'بدهیم',
  'برسانیم', 'برسد', 'شود', 'یابد', 'است', 'باید', 'می', 'خواهیم', 'کردن', 'دادن', 'ی', 'های', 'باشد', 'باشند',
  'من', 'في', 'إلى', 'على', 'عدد', 'أن', 'يجب', 'هدف', 'تحقيق', 'نريد', 'و', 'هو', 'هي', 'مع',
  '將', '将', '在', '的', '把', '讓', '让', '個', '个', '達成', '目標', '目标', '我們', '我们', '透過', '通过', '和',
]);
const FILLER = new RegExp(`^(?:${FILLER_WORDS}|[\\s\\p{P}\\p{S}\\d])+|(?:${FILLER_WORDS}|[\\s\\p{P}\\p{S}\\d])+$`, 'gu');

/** The longest stretch of words nothing was read from, as typed, without the words around every goal. */
function leftoverWords(f: Folded, text: string, used: Uint8Array): SentenceSpan | undefined {
  let best: SentenceSpan | undefined;
  let i = 0;
  while (i < f.s.length) {
    if (used[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < f.s.length && !used[j] && f.s[j] !== ',' && f.s[j] !== '،' && f.s[j] !== '.' && f.s[j] !== '(' && f.s[j] !== ')') j++;
    const run = f.s.slice(i, j);
    const trimmed = run.replace(FILLER, (m) => ' '.repeat(m.length));
    const from = trimmed.search(/\S/u);
    if (from >= 0) {
      const to = trimmed.trimEnd().length;
      const span = inputSpan(f, i + from, i + to);
      if (/[\p{L}]/u.test(text.slice(span.start, span.end)) && (!best || span.end - span.start > best.end - best.start)) best = span;
    }
    i = j + 1;
  }
  return best;
}

const clip = (text: string) => (text.length > MAX_NAME_LENGTH ? `${text.slice(0, MAX_NAME_LENGTH - 1).trimEnd()}…` : text);

// --- Target ----------------------------------------------------------------------------------------------

interface TargetRead {
  kind: TargetKind;
  value: number;
  from: number;
  to: number;
  token?: NumberToken;
  baseline?: NumberToken;
  baselineFrom?: number;
}

interface Verbs {
  increase: Hit[];
  decrease: Hit[];
  improve: Hit[];
  keep: Hit[];
  gain: Hit[];
}

function readTarget(s: string, numbers: NumberToken[], metric: MetricId | undefined, metricSpan: Hit | undefined, v: Verbs): TargetRead | undefined {
  const candidates = numbers.filter((n) => !n.aside && !UNIT_AFTER.test(s.slice(n.end, n.end + 12)));
  // A "from A to B" pair, or a stated "currently A": A is the baseline.
  let baseline: NumberToken | undefined;
  let baselineFrom: number | undefined;
  for (const n of candidates) {
    const head = s.slice(Math.max(0, n.start - 40), n.start);
    const from = FROM_BEFORE.exec(head) ?? CURRENT_BEFORE.exec(head);
    const others = candidates.filter((o) => o !== n);
    // "from" is a baseline only when another number remains to be the target.
    if (from && others.length > 0 && !ABOVE_BEFORE.test(head) && !BELOW_BEFORE.test(head)) {
      baseline = n;
      baselineFrom = n.start - from[0].length;
      break;
    }
  }
  const pool = candidates.filter((n) => n !== baseline);

  const cueOf = (n: NumberToken) => {
    const head = s.slice(Math.max(0, n.start - 40), n.start);
    const tail = s.slice(n.end, n.end + 24);
    // Both can end here ("不低於" ends in "低於", "不超過" in "超過"): the longer cue is the one written.
    let above = ABOVE_BEFORE.exec(head);
    let below = BELOW_BEFORE.exec(head);
    if (above && below) {
      if (above[0].length >= below[0].length) below = null;
      else above = null;
    }
    const to = above || below ? null : TO_BEFORE.exec(head);
    const by = BY_BEFORE.exec(head);
    const aboveAfter = ABOVE_AFTER.exec(tail);
    const belowAfter = BELOW_AFTER.exec(tail);
    const more = !THAN_AFTER.test(tail.replace(MORE_AFTER, '')) ? MORE_AFTER.exec(tail) : null;
    const less = LESS_AFTER.exec(tail) && !THAN_AFTER.test(tail.replace(LESS_AFTER, '')) ? LESS_AFTER.exec(tail) : null;
    return { above, below, to, by, aboveAfter, belowAfter, more, less };
  };
  const score = (n: NumberToken) => {
    const c = cueOf(n);
    return (c.above || c.below || c.to || c.by || c.aboveAfter || c.belowAfter ? 4 : 0) + (n.percent || n.currency ? 2 : 0) + (n.sign ? 2 : 0);
  };

  const token = pool.reduce<NumberToken | undefined>((best, n) => (best === undefined || score(n) > score(best) ? n : best), undefined);
  if (!token) {
    // "double the followers", "نصف کردن هزینه": the verb is the target.
    for (const [re, kind, value] of MULTIPLY) {
      re.lastIndex = 0;
      const m = re.exec(s);
      if (m) return { kind, value, from: m.index, to: m.index + m[0].length };
    }
    return undefined;
  }

  const c = cueOf(token);
  const at = token.start;
  if (token.times) {
    // "2x revenue", "۲ برابر": a percent increase of (n − 1) × 100; a multiple below 2 is not read.
    if (!(token.value >= 2 && token.value <= 11)) return undefined;
    return { kind: 'increase-by-percent', value: (token.value - 1) * 100, from: at, to: token.end, token: { ...token, percent: true } };
  }
  const near = (hits: Hit[]) => nearest(hits, at);
  const increase = near(v.increase);
  const decrease = near(v.decrease);
  const improve = near(v.improve);
  const keep = near(v.keep);
  const gain = near(v.gain);
  const higherBetter = metric ? METRICS[metric].direction === 'higher' : true;
  const distance = (h: Hit | undefined) => (h ? Math.min(Math.abs(h.start - at), Math.abs(h.end - at)) : Number.POSITIVE_INFINITY);
  // The verb nearest the number says which way: "increase sessions and reduce CPA to $30" reduces CPA.
  const up = Math.min(distance(increase), improve && higherBetter ? distance(improve) : Number.POSITIVE_INFINITY);
  const down = Math.min(distance(decrease), improve && !higherBetter ? distance(improve) : Number.POSITIVE_INFINITY);
  const direction: 'up' | 'down' | undefined = up === down ? undefined : up < down ? 'up' : 'down';

  let from = at;
  let to = token.end;
  const cueStart = (m: RegExpExecArray | null) => (m ? at - m[0].length : at);
  let kind: TargetKind;
  if (c.above || c.aboveAfter) {
    kind = direction === 'up' && !keep ? 'reach' : 'stay-above';
    from = cueStart(c.above);
    if (c.aboveAfter) to += c.aboveAfter[0].length;
  } else if (c.below || c.belowAfter) {
    kind = direction === 'down' && !keep ? 'decrease-to' : 'stay-below';
    from = cueStart(c.below);
    if (c.belowAfter) to += c.belowAfter[0].length;
  } else if (
    c.to && (!c.by || c.to[0].length >= c.by[0].length) && !/^\s*(?:a|an|of|is|be|:)\s*$/u.test(c.to[0]) && !(token.sign && !baseline) &&
    // "افزایش فروش تا ۲۰ درصد" (sales up by as much as 20%): a percent of a count or amount is a change, not a level.
    !(token.percent && direction && metric && METRICS[metric].unit !== 'percent' && !baseline)
  ) {
    kind = keep ? (higherBetter ? 'stay-above' : 'stay-below') : direction === 'down' ? 'decrease-to' : 'reach';
    from = cueStart(c.to);
  } else if (token.sign === '+' || c.more) {
    kind = token.percent ? 'increase-by-percent' : 'increase-by';
    if (c.more) to += c.more[0].length;
  } else if (token.sign === '-' || c.less) {
    kind = token.percent ? 'decrease-by-percent' : 'decrease-to';
    if (c.less) to += c.less[0].length;
    // "−500 cost" is a change by an amount, which no target kind holds: not read.
    if (!token.percent) return undefined;
  } else if (keep) {
    kind = higherBetter ? 'stay-above' : 'stay-below';
  } else if (direction && token.percent) {
    kind = direction === 'up' ? 'increase-by-percent' : 'decrease-by-percent';
    from = cueStart(c.by ?? c.to);
  } else if (direction === 'up' && !token.percent) {
    // "increase followers by 500", "gain 500 subscribers": added to the count. A cumulative metric counts
    // only the goal's period, so "500 new leads" is simply the period's total to reach.
    kind = metric && METRICS[metric].kind === 'cumulative' && !c.by ? 'reach' : 'increase-by';
    from = cueStart(c.by);
  } else if (direction === 'down' && !token.percent) {
    // "reduce CPA by $5" is a change by an amount: no target kind holds it; "reduce CPA $30" is the level.
    if (c.by) return undefined;
    kind = 'decrease-to';
  } else {
    kind = 'reach';
    const isNew = NEW_AFTER.test(s.slice(token.end, token.end + 16)) || ZH_NEW_AFTER.test(s.slice(token.end, token.end + 6)) || newAfterMetric(s, token, metricSpan) || gain !== undefined;
    if (isNew && metric && METRICS[metric].kind === 'level') kind = 'increase-by';
    from = cueStart(c.to && !/^\s*(?:a|an|is|be|:)\s*$/u.test(c.to[0]) ? c.to : null);
  }
  // "500 new subscribers" on a level metric even with "increase": an amount added.
  if (kind === 'reach' && !token.percent && metric && METRICS[metric].kind === 'level' && (NEW_AFTER.test(s.slice(token.end, token.end + 16)) || ZH_NEW_AFTER.test(s.slice(token.end, token.end + 6)) || newAfterMetric(s, token, metricSpan))) {
    kind = 'increase-by';
  }
  return { kind, value: token.value, from, to, token, ...(baseline ? { baseline, baselineFrom } : {}) };
}

/** "۵۰۰ مشترک جدید", "500 مشترك جديد": the new-word follows the metric that follows the number. */
function newAfterMetric(s: string, token: NumberToken, metricSpan: Hit | undefined): boolean {
  if (!metricSpan || metricSpan.start < token.end || !/^[\s個个名位]*$/u.test(s.slice(token.end, metricSpan.start))) return false;
  return NEW_AFTER.test(s.slice(metricSpan.end, metricSpan.end + 16));
}

// --- The parser --------------------------------------------------------------------------------------------

const MISSING_MESSAGES: Readonly<Record<Exclude<MissingField, 'metric'>, string>> = {
  target: 'The target has no number to measure against: say the value to reach, or the change (+20%, under $40).',
  deadline: 'No deadline: say by when (by 30 Nov, within six months, by the end of the quarter).',
  scope: 'Say where the metric is measured: which dashboard, channel or segment (organic, paid search, from Saudi Arabia).',
  baseline: 'A change needs the baseline it starts from; the goal form can take it from the metric’s history.',
};

/** Reads one goal sentence. Never throws; what it cannot read is in `missing`. */
export function parseGoalSentence(text: string, opts: SentenceOptions): GoalDraft {
  // One goal per sentence: "+15% from Saudi Arabia; +5% from Asia in Q1" is read up to its first semicolon.
  const whole = typeof text === 'string' ? text.slice(0, MAX_SENTENCE_LENGTH) : '';
  const clause = /[;؛；]/u.exec(whole);
  const input = clause && whole.slice(0, clause.index).trim() ? whole.slice(0, clause.index) : whole;
  const locale = typeof opts?.locale === 'string' ? opts.locale : 'en';
  const cal: PeriodCalendar = opts?.yearCalendar ?? (/^fa(\b|-|_|$)/i.test(locale) ? 'persian' : 'gregorian');
  const f = fold(input);
  const s = f.s;
  const used = new Uint8Array(s.length);
  const spans: GoalDraft['spans'] = {};
  const span = (start: number, end: number) => inputSpan(f, start, end);
  const draft: GoalDraft = { name: clip(input.trim().replace(/\s+/g, ' ')), spans, missing: [] };

  const deadline = findDeadline(s, { today: opts?.today ?? '', locale, cal });
  if (deadline) {
    draft.deadline = deadline.deadline;
    if (deadline.start) draft.start = deadline.start;
    spans.deadline = span(deadline.from, deadline.to);
    use(used, deadline.from, deadline.to);
  }

  const sources = sourcePhrases().findAll(s, used);
  const source = sources[0];
  if (source) {
    draft.scope = { source: source.value };
    spans.source = span(source.start, source.end);
    use(used, source.start, source.end);
  }

  const channels = channelPhrases().findAll(s, used);
  // "direct traffic", "الزيارات المباشرة" name a channel; the metric word inside them is not the goal's metric.
  const inChannel = (p: Hit) => channels.some((c) => c.start <= p.start && c.end >= p.end && c.end - c.start > p.end - p.start);
  const phrases = metricPhrases().findAll(s, used).filter((p) => !inChannel(p));
  // Words in parentheses are an aside ("( … revenue equals cost …)"), not what the goal measures.
  const metricFound = chooseMetric(s, phrases.filter((p) => !insideParentheses(s, p.start)));
  let metric = metricFound?.value.metric;
  if (metricFound) spans.metric = span(metricFound.start, metricFound.end);

  const channel = channels[0];
  if (channel) {
    draft.channel = channel.value;
    spans.channel = span(channel.start, channel.end);
  }
  if (metricFound) use(used, metricFound.start, metricFound.end);
  for (const c of channels) use(used, c.start, c.end);

  const place = placePhrases().findAll(s, used)[0];
  if (place) {
    draft.scope = { ...draft.scope, filter: place.value };
    spans.filter = span(place.start, place.end);
    use(used, place.start, place.end);
  }

  // A rank ("top 3", "前三名", "۳ رتبه اول") is the target of a search-ranking goal.
  let rank: { value: number; start: number; end: number } | undefined;
  for (const m of s.matchAll(RANK)) {
    if (isUsed(used, m.index, m.index + m[0].length)) continue;
    const g = m.groups!;
    const raw = (g.n ?? g.n2 ?? g.n3 ?? g.n4)!;
    const value = countValue(raw);
    if (!(value >= 1 && value <= 100)) continue;
    const ranking = metric === 'average-position' || (metric === undefined && /top|前|第|رتبه|المرتبة|المركز|أفضل|جایگاه/u.test(m[0]));
    if (!ranking) continue;
    rank = { value, start: m.index, end: m.index + m[0].length };
    break;
  }

  const verbHits: Verbs = {
    increase: hitsOf(INCREASE, s, used),
    decrease: hitsOf(DECREASE, s, used).filter((h) => !/^\s*(than|از|من)/u.test(s.slice(h.end, h.end + 6))),
    improve: hitsOf(IMPROVE, s, used),
    keep: hitsOf(KEEP, s, used),
    gain: hitsOf(GAIN, s, used),
  };
  const numbers = readNumbers(f, input, used, locale);
  let target: TargetRead | undefined;
  if (rank && (!numbers.some((n) => n.percent || n.currency) || metric === 'average-position')) {
    metric ??= 'average-position';
    if (!spans.metric) spans.metric = span(rank.start, rank.end);
    target = { kind: 'reach', value: rank.value, from: rank.start, to: rank.end };
    // Search Console is where a position in Google is read.
    if (!draft.scope?.source && /google|گوگل|جوجل|谷歌/u.test(s)) draft.scope = { ...draft.scope, source: 'search-console' };
  } else {
    target = readTarget(s, numbers, metric, metricFound, verbHits);
  }

  // "15% of visitors are returning visitors": the share of returning visitors.
  if (target?.token?.percent && target.kind === 'reach' && (metric === 'users' || metric === 'returning-users' || metric === 'sessions')) {
    if (hitsOf(RETURNING, s, new Uint8Array(s.length)).length > 0) metric = 'returning-visitor-share';
  }

  if (target) {
    draft.target = { kind: target.kind, value: target.value };
    spans.target = span(target.from, target.to);
    use(used, target.from, target.to);
    const t = target.token;
    if (t?.currency) {
      draft.currency = t.currency;
      spans.currency = span(t.currencyFrom!, t.currencyTo!);
    }
    if (target.baseline) {
      draft.baseline = target.baseline.value;
      spans.baseline = span(target.baselineFrom!, target.baseline.end);
      use(used, target.baselineFrom!, target.baseline.end);
    }
  }
  for (const group of Object.values(verbHits) as Hit[][]) for (const h of group) use(used, h.start, h.end);
  for (const [re] of MULTIPLY) for (const h of hitsOf(re, s, new Uint8Array(s.length))) use(used, h.start, h.end);

  if (metric) {
    draft.metric = metric;
    const stage = STAGE[metric];
    if (stage) draft.stage = stage;
  } else {
    const words = leftoverWords(f, input, used);
    if (words) {
      draft.name = clip(input.slice(words.start, words.end));
      spans.metric = words;
    }
    const named = words ? `“${draft.name}” is not measurable yet: no dashboard shows a number by that name.` : 'No metric: say which number the goal is about.';
    draft.missing.push({ field: 'metric', code: 'measurable.unknown-metric', message: `${named} Pick the metric that measures it.` });
  }
  if (!draft.target) draft.missing.push({ field: 'target', code: 'measurable.no-target', message: MISSING_MESSAGES.target });
  if (!draft.deadline) draft.missing.push({ field: 'deadline', code: 'time-bound.missing', message: MISSING_MESSAGES.deadline });
  if (!draft.channel && !draft.scope?.filter && !draft.scope?.source) draft.missing.push({ field: 'scope', code: 'specific.missing', message: MISSING_MESSAGES.scope });
  const needsBaseline = draft.target && (draft.target.kind === 'increase-by-percent' || draft.target.kind === 'decrease-by-percent' || draft.target.kind === 'increase-by');
  if (needsBaseline && draft.baseline === undefined) draft.missing.push({ field: 'baseline', code: 'measurable.no-baseline', message: MISSING_MESSAGES.baseline });
  return draft;
}

/**
 * The goal input a complete draft stands for, or null while the metric, target or deadline is missing.
 * The baseline stays absent when the sentence gave none (the form fills it from history); validate the
 * result with validateGoalInput before creating the goal.
 */
export function draftToGoalInput(draft: GoalDraft): GoalInput | null {
  if (!draft.metric || !draft.target || !draft.deadline) return null;
  const input: GoalInput = { metric: draft.metric, target: { ...draft.target }, deadline: draft.deadline };
  if (draft.name) input.name = clip(draft.name);
  if (draft.baseline !== undefined) input.baseline = draft.baseline;
  if (draft.start) input.start = draft.start;
  if (draft.scope && (draft.scope.source || draft.scope.filter)) input.scope = { ...draft.scope };
  if (draft.channel) input.channel = draft.channel;
  if (draft.stage) input.stage = draft.stage;
  return input;
}
