/**
 * The deadline of a goal sentence: absolute dates (Gregorian and Solar Hijri month names, numeric and
 * Chinese dates), relative spans ("within six months", "تا سه ماه آینده", "خلال ستة أشهر", "三個月內"),
 * period ends ("by the end of the quarter", "پایان سال", "نهاية العام", "年底"), named periods ("this
 * month", "next quarter", "Q1", "الربع الأول", "第一季") and month names alone ("by November", "تا آبان").
 *
 * Calendars: month *names* carry their own calendar (آبان is Solar Hijri, نوفمبر Gregorian). Periods
 * named without a month ("end of the year", "this quarter", "فصل اول") are counted in `periodCalendar`:
 * the Solar Hijri year starts on 1 Farvardin (about 21 March) and its quarters are the seasons. Spans
 * ("in six months") are always counted in Gregorian months, the way the goal form's presets are.
 */
import { calendarDateToDay, dayToGregorian, dayToIso, dayToPersian, gregorianDaysInMonth, isoToDay, persianDaysInMonth } from '../parse/calendar';
import { lookupMonth, nameKey, startsTwoWordMonth, type MonthEntry } from '../parse/date-names';
import { parseDashboardDate } from '../parse/date-range';
import { countValue, LETTER, NUMBER_WORD_SOURCE, table, wordsSource, foldWord } from './sentence-text';

export type PeriodCalendar = 'gregorian' | 'persian';

export interface DeadlineFound {
  deadline: string;
  /** Set when the sentence names a period that starts later than today ("next quarter", "in Q1"). */
  start?: string;
  /** Folded-text offsets. */
  from: number;
  to: number;
}

interface Ctx {
  s: string;
  today: number;
  todayIso: string;
  cal: PeriodCalendar;
  locale: string;
  cjk?: boolean;
}

// --- Calendar helpers -------------------------------------------------------------------------------

type Ymd = { year: number; month: number; day: number };
const calId = (cal: PeriodCalendar) => (cal === 'persian' ? 'persian' : 'gregory');
const ymdOf = (cal: PeriodCalendar, day: number): Ymd => (cal === 'persian' ? dayToPersian(day) : dayToGregorian(day));
const monthDays = (cal: PeriodCalendar, y: number, m: number) => (cal === 'persian' ? persianDaysInMonth(y, m) : gregorianDaysInMonth(y, m));
const dayOf = (cal: PeriodCalendar, y: number, m: number, d: number): number | undefined => calendarDateToDay(calId(cal), y, m, d);

/** Month `m` of year `y`, with months past 12 or below 1 rolling into the next or previous year. */
function norm(y: number, m: number): [number, number] {
  const zero = y * 12 + (m - 1);
  return [Math.floor(zero / 12), (zero % 12 + 12) % 12 + 1];
}
function monthStart(cal: PeriodCalendar, y: number, m: number): number {
  const [yy, mm] = norm(y, m);
  return dayOf(cal, yy, mm, 1)!;
}
function monthEnd(cal: PeriodCalendar, y: number, m: number): number {
  const [yy, mm] = norm(y, m);
  return dayOf(cal, yy, mm, monthDays(cal, yy, mm))!;
}

/** Today plus `n` Gregorian months, clamped to the month's last day (as deadline-presets.ts counts). */
export function addMonthsIso(todayIso: string, n: number): string {
  const [y, m, d] = todayIso.split('-').map(Number) as [number, number, number];
  const [yy, mm] = norm(y, m + n);
  return dayToIso(calendarDateToDay('gregory', yy, mm, Math.min(d, gregorianDaysInMonth(yy, mm)))!);
}

type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year';

function afterSpan(ctx: Ctx, n: number, unit: Unit): string {
  if (unit === 'day') return dayToIso(ctx.today + n);
  if (unit === 'week') return dayToIso(ctx.today + 7 * n);
  return addMonthsIso(ctx.todayIso, unit === 'month' ? n : unit === 'quarter' ? 3 * n : 12 * n);
}

type Period = 'month' | 'quarter' | 'year';

/** First and last day of the period `offset` periods from the one today is in. */
function periodBounds(ctx: Ctx, period: Period, offset: number): [number, number] {
  const now = ymdOf(ctx.cal, ctx.today);
  if (period === 'month') return [monthStart(ctx.cal, now.year, now.month + offset), monthEnd(ctx.cal, now.year, now.month + offset)];
  if (period === 'quarter') {
    const first = Math.floor((now.month - 1) / 3) * 3 + 1 + 3 * offset;
    return [monthStart(ctx.cal, now.year, first), monthEnd(ctx.cal, now.year, first + 2)];
  }
  return [monthStart(ctx.cal, now.year + offset, 1), monthEnd(ctx.cal, now.year + offset, 12)];
}

/** Quarter `q` (1–4) of `year`, or of the first year in which it has not ended yet. */
function quarterBounds(ctx: Ctx, q: number, year: number | undefined): [number, number] {
  const now = ymdOf(ctx.cal, ctx.today);
  let y = year ?? now.year;
  if (year === undefined && monthEnd(ctx.cal, y, q * 3) < ctx.today) y++;
  return [monthStart(ctx.cal, y, q * 3 - 2), monthEnd(ctx.cal, y, q * 3)];
}

function yearBounds(ctx: Ctx, year: number): [number, number] | undefined {
  const cal: PeriodCalendar = year >= 1300 && year < 1600 ? 'persian' : year >= 1900 && year < 2200 ? 'gregorian' : ctx.cal;
  if (!(year >= 1300 && year < 2200)) return undefined;
  return [monthStart(cal, year, 1), monthEnd(cal, year, 12)];
}

// --- Words ------------------------------------------------------------------------------------------

const UNIT_WORDS = table<Unit>(`
  day=day days=day week=week weeks=week month=month months=month quarter=quarter quarters=quarter year=year years=year
  روز=day هفته=week ماه=month فصل=quarter سال=year
  یوم=day یوما=day ایام=day شهرا=month أسبوع=week أسابيع=week شهر=month أشهر=month شهور=month ربع=quarter سنة=year سنوات=year سنين=year عام=year أعوام=year
  天=day 日=day 週=week 周=week 星期=week 個月=month 个月=month 月=month 季=quarter 季度=quarter 個季度=quarter 个季度=quarter 年=year
`);
const unitOf = new Map(UNIT_WORDS.map(([w, u]) => [foldWord(w), u]));
/** Arabic duals carry their count: شهرين = two months. */
const DUALS = table<Unit>('شهرين=month شهران=month سنتين=year سنتان=year عامين=year عامان=year أسبوعين=week أسبوعان=week يومين=day ربعين=quarter');
const dualOf = new Map(DUALS.map(([w, u]) => [foldWord(w), u]));

const W = wordsSource;
const G = (name: string, source: string) => `(?<${name}>${source})`;
const UNIT = W(UNIT_WORDS.map(([w]) => w).filter((w) => !/[\u3400-\u9fff]/.test(w)));
const NUM = `(?:\\d{1,3}|${NUMBER_WORD_SOURCE})`;
const REL_BEFORE = W([
  'within', 'in', 'over', 'during', 'inside', 'inside of', 'in the next', 'in the coming', 'over the next', 'over the coming', 'within the next',
  'during the next', 'for the next', 'in the following', 'by',
  'تا', 'ظرف', 'ظرف مدت', 'طی', 'طی مدت', 'در', 'در طول', 'در عرض', 'در مدت', 'در طی', 'برای',
  'خلال', 'في غضون', 'في', 'على مدى', 'خلال مدة', 'في خلال', 'في مدة', 'بعد',
]);
const REL_AFTER = W(['from now', "'s time", 'time', 'آینده', 'بعد', 'دیگر', 'القادمة', 'المقبلة', 'القادم', 'المقبل', 'من الآن', 'القادمين', 'المقبلين']);
/** "in 6 months", "ظرف ۶ ماه", "خلال ستة أشهر", "تا سه ماه آینده", "in the next 3 months". */
const RELATIVE = new RegExp(
  `(?:${G('pre', REL_BEFORE)}\\s*)?(?:the\\s+)?(?:${G('next', 'next|coming|following')}\\s+)?${G('n', NUM)}\\s*${G('unit', UNIT)}(?:\\s*${G('after', REL_AFTER)})?`,
  'gu',
);
/** Arabic: "خلال عام", "خلال شهرين", "في الأشهر الثلاثة القادمة". */
const AR_UNIT_FIRST = new RegExp(
  `${W(['خلال', 'في غضون', 'في', 'على مدى', 'خلال مدة'])}\\s*${G('al', 'ال')}?${G('unit', W([...UNIT_WORDS.map(([w]) => w), ...DUALS.map(([w]) => w)].filter((w) => /[\u0600-\u06ff]/.test(w))))}(?:\\s+(?:ال)?${G('n', NUM)})?(?:\\s*${REL_AFTER})?`,
  'gu',
);
/** "三個月內", "3个月内", "在未來六個月內", "一年之內", "半年內", "未來90天". */
const ZH_RELATIVE = new RegExp(
  `(?:在\\s*)?(?:${G('future', '未來|未来|接下來|接下来|今後|今后')}(?:的)?\\s*)?${G('n', '\\d{1,3}|[一二兩两三四五六七八九十]{1,3}|半')}\\s*${G('unit', '個月|个月|個季度|个季度|季度|季|年|週|周|星期|天|日|月')}\\s*${G('within', '之內|之内|以內|以内|內|内')}?`,
  'gu',
);

const END_OF = W(['by the end of', 'by end of', 'the end of', 'end of', 'until the end of', 'till the end of', 'before the end of', 'at the end of', 'by the close of']);
const END_WORDS = W([
  'تا پایان', 'تا آخر', 'تا انتهای', 'تا اواخر', 'پایان', 'آخر', 'انتهای', 'اواخر', 'تا قبل از پایان',
  'بحلول نهاية', 'بنهاية', 'مع نهاية', 'حتى نهاية', 'قبل نهاية', 'في نهاية', 'نهاية', 'بحلول آخر', 'أواخر',
]);
const DATE_BEFORE = W([
  'by', 'until', 'till', 'before', 'on', 'in', 'during', 'through', 'for', 'no later than',
  'تا', 'تا قبل از', 'قبل از', 'در', 'در ماه', 'طی', 'برای',
  'بحلول', 'حتى', 'قبل', 'في', 'خلال', 'في شهر', 'بحلول شهر', 'مع',
]);
const PERIOD_WORDS = table<Period>(`
  month=month quarter=quarter year=year eom=month eoq=quarter eoy=year
  ماه=month فصل=quarter سال=year امسال=year سه|ماهه=quarter
  الشهر=month شهر=month الربع=quarter ربع=quarter العام=year عام=year السنة=year سنة=year
`);
const spaceless = (w: string) => foldWord(w).replace(/ /g, '');
const periodOf = new Map(PERIOD_WORDS.map(([w, p]) => [spaceless(w), p]));
const PERIOD = W(PERIOD_WORDS.map(([w]) => w));
const THIS = W(['this', 'the current', 'current', 'the', 'این', 'همین', 'هذا', 'هذه']);
const PERIOD_AFTER_THIS = W(['جاری', 'کنونی', 'فعلی', 'الحالي', 'الجاري', 'الحالية', 'الجارية']);
const PERIOD_AFTER_NEXT = W(['آینده', 'بعد', 'بعدی', 'القادم', 'المقبل', 'القادمة', 'المقبلة', 'التالي', 'التالية']);

/** "by the end of the quarter", "end of next year", "تا پایان سال", "پایان امسال", "بحلول نهاية العام". */
const PERIOD_END = new RegExp(
  `(?:${END_OF}|${END_WORDS})\\s*(?:(?:${G('thisword', THIS)}|${G('next', 'next|the next')})\\s+)?${G('period', PERIOD)}(?:\\s*(?:${G('thisafter', PERIOD_AFTER_THIS)}|${G('nextafter', PERIOD_AFTER_NEXT)}))?(?:\\s*${G('year', '\\d{4}')}(?!\\d))?`,
  'gu',
);
/** "by year end", "by year-end", "by quarter's end", "month end". */
const PERIOD_END_EN = /(?:(?:by|until|before|at)\s+)?(?:(?<next>this|next)\s+)?(?<period>month|quarter|year)(?:'s)?[- ]?end(?![\p{L}])/gu;
/** "this quarter", "next month", "این فصل", "ماه آینده", "الربع القادم", "هذا الشهر". */
const NAMED_PERIOD = new RegExp(
  `(?:(?:in|during|for|over|within|by|در|طی|برای|تا|خلال|في|حتى)\\s+)?(?:(?:${G('thisword', THIS)}|${G('next', 'next|the next|the coming|coming')})\\s+${G('period', PERIOD)}|${G('period2', PERIOD)}\\s*(?:${G('thisafter', PERIOD_AFTER_THIS)}|${G('nextafter', PERIOD_AFTER_NEXT)}))(?![\\p{L}])`,
  'gu',
);
const THIS_YEAR = new RegExp(`(?:(?:تا|در|طی|برای)\\s*)?${W(['امسال', 'this year'])}`, 'gu');
const ZH_PERIOD_END = /(?:到|在|於|于)?\s*(?<word>今年|本年|明年|年|本季度|本季|這季|这季|這個季度|这个季度|下季度|下一季|下季|下個季度|下个季度|季|本月|這個月|这个月|下個月|下个月|月)\s*(?:底|末|終|终)\s*(?:前|之前|以前)?/gu;
const ZH_NAMED = /(?:在|於|于)?\s*(?<word>本月|這個月|这个月|本季度|本季|這一季|这一季|這季|这季|這個季度|这个季度|今年|本年度|本年|下個月|下个月|下一季|下季度|下季|下個季度|下个季度|明年)(?:內|内|之內|之内)?/gu;

const ORDINALS = table<string>(`
  first=1 1st=1 second=2 2nd=2 third=3 3rd=3 fourth=4 4th=4
  اول=1 نخست=1 دوم=2 سوم=3 چهارم=4
  الأول=1 الاول=1 الثاني=2 الثالث=3 الرابع=4
`);
const ordinalOf = new Map(ORDINALS.map(([w, v]) => [foldWord(w), Number(v)]));
const ORD = W(ORDINALS.map(([w]) => w));
const Q_BEFORE = `(?:${G('endof', `${END_OF}|${END_WORDS}|${W(['by', 'until', 'before', 'تا', 'بحلول', 'حتى', 'قبل'])}`)}|${G('prep', W(['in', 'during', 'for', 'در', 'طی', 'برای', 'خلال', 'في']))})?`;
/** "Q1", "Q1 2027", "the first quarter", "فصل اول", "سه ماهه دوم", "الربع الأول", "بهار", "H1". */
const QUARTER = new RegExp(
  `${Q_BEFORE}\\s*(?:the\\s+)?(?<![\\p{L}\\p{N}])(?:q${G('q', '[1-4]')}|h${G('h', '[12]')}|${G('ord', ORD)}\\s+${G('what', 'quarter|half')}|(?:فصل|سه ?ماهه|الربع|ربع)\\s*${G('ordq', ORD)}|${G('season', W(['بهار', 'تابستان', 'پاییز', 'پائیز', 'زمستان']))}|(?:النصف|نیمه|نیم ?سال)\\s*${G('ordh', ORD)})(?![\\p{L}\\d])(?:\\s*(?:of\\s+|سال\\s*|من\\s+عام\\s+|من\\s+|عام\\s+)?${G('year', '\\d{4}')}(?!\\d))?`,
  'gu',
);
const ZH_QUARTER = /(?:在|於|于|到)?\s*(?:(?<year>\d{4})\s*年\s*)?(?:第\s*(?<q>[一二三四1-4])\s*(?:季度|季)|q(?<qq>[1-4])|(?<half>[上下])半年)\s*(?<end>底|末|前|之前)?\s*(?:前|之前|內|内)?/gu;

const SEASONS = new Map([['بهار', 1], ['تابستان', 2], ['پاییز', 3], ['پائیز', 3], ['زمستان', 4]].map(([w, q]) => [foldWord(w as string), q as number]));

/** "in 2027", "by the end of 2027", "تا پایان سال ۱۴۰۵", "بحلول عام 2027", "2027年底". */
const YEAR = new RegExp(
  `(?:${G('endof', `${END_OF}|${END_WORDS}|${W(['by', 'until', 'before'])}`)}|${G('prep', W(['in', 'during', 'for', 'در', 'طی', 'في', 'خلال', 'بحلول']))})\\s*(?:(?:the\\s+)?year\\s+|سال\\s*|عام\\s+|العام\\s+)?${G('year', '\\d{4}')}(?![\\d%])`,
  'gu',
);
const ZH_YEAR = /(?:在|於|于|到)?\s*(?<year>\d{4})\s*年\s*(?<when>底|末|前|之前|內|内)(?!\d)/gu;
const ISO_DATE = /(?:(?:by|until|before|on|تا|بحلول|حتى|到|在)\s*)?(?<![\d.,])(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})(?![\d.,])/gu;
const NUMERIC_DATE = /(?:(?:by|until|before|on|تا|بحلول|حتى|到|在)\s*)?(?<![\d.,])(?<a>\d{1,2})[/.-](?<b>\d{1,2})[/.-](?<y>\d{4})(?![\d.,])/gu;
const ZH_DATE = /(?<pre>到|在|於|于)?\s*(?:(?<year>\d{4})\s*年\s*)?(?<![\d.])(?<month>\d{1,2})\s*月\s*(?:(?<day>\d{1,2})\s*[日號号]\s*)?(?<end>底|末|份)?\s*(?<before>前|之前|以前)?/gu;

// --- Reading -------------------------------------------------------------------------------------------

type Candidate = DeadlineFound & { rank: number };

function add(out: Candidate[], from: number, to: number, deadline: number, start: number | undefined, ctx: Ctx, rank = 1): void {
  const found: Candidate = { deadline: dayToIso(deadline), from, to, rank };
  if (start !== undefined && start > ctx.today) found.start = dayToIso(start);
  out.push(found);
}

function relative(ctx: Ctx, out: Candidate[]): void {
  for (const m of ctx.s.matchAll(RELATIVE)) {
    const g = m.groups!;
    const n = countValue(g.n!);
    const unit = unitOf.get(g.unit!.replace(/ /g, ''));
    // "in 2 months" needs its preposition or a "next/آینده" word: a bare "3 months" may be history.
    if (!unit || !(n > 0 && n <= 120) || !(g.pre || g.next || g.after)) continue;
    out.push({ deadline: afterSpan(ctx, n, unit), from: m.index, to: m.index + m[0].length, rank: 2 });
  }
  for (const m of ctx.s.matchAll(AR_UNIT_FIRST)) {
    const g = m.groups!;
    const word = g.unit!;
    const dual = dualOf.get(word);
    const unit = dual ?? unitOf.get(word);
    if (!unit) continue;
    // "خلال الشهر" (during the month) names a period, not a span: left to the period readers.
    if (g.al && g.n === undefined) continue;
    const n = g.n !== undefined ? countValue(g.n) : dual ? 2 : 1;
    if (!(n > 0 && n <= 120)) continue;
    out.push({ deadline: afterSpan(ctx, n, unit), from: m.index, to: m.index + m[0].length, rank: 2 });
  }
  if (ctx.cjk) for (const m of ctx.s.matchAll(ZH_RELATIVE)) {
    const g = m.groups!;
    if (!g.future && !g.within) continue;
    const raw = g.n!;
    const unitWord = g.unit!;
    let unit: Unit = /季/.test(unitWord) ? 'quarter' : /年/.test(unitWord) ? 'year' : /[週周星]/.test(unitWord) ? 'week' : /[天日]/.test(unitWord) ? 'day' : 'month';
    let n = countValue(raw);
    if (raw === '半') {
      if (unit !== 'year') continue;
      unit = 'month';
      n = 6;
    }
    // "2027年" is a year, not a span: only counts up to 120 with a span marker are read.
    if (!(n > 0 && n <= 120)) continue;
    out.push({ deadline: afterSpan(ctx, n, unit), from: m.index, to: m.index + m[0].length, rank: 2 });
  }
}

function periodEnds(ctx: Ctx, out: Candidate[]): void {
  for (const m of ctx.s.matchAll(PERIOD_END)) {
    const g = m.groups!;
    const period = periodOf.get(g.period!.replace(/ /g, ''));
    if (!period) continue;
    const year = g.year ? Number(g.year) : undefined;
    if (year !== undefined && period === 'year') {
      const bounds = yearBounds(ctx, year);
      if (bounds) add(out, m.index, m.index + m[0].length, bounds[1], undefined, ctx, 3);
      continue;
    }
    const next = g.next !== undefined || g.nextafter !== undefined ? 1 : 0;
    add(out, m.index, m.index + m[0].length, periodBounds(ctx, period, next)[1], undefined, ctx, 3);
  }
  for (const m of ctx.s.matchAll(PERIOD_END_EN)) {
    const g = m.groups!;
    add(out, m.index, m.index + m[0].length, periodBounds(ctx, g.period as Period, g.next === 'next' ? 1 : 0)[1], undefined, ctx, 3);
  }
  if (ctx.cjk) for (const m of ctx.s.matchAll(ZH_PERIOD_END)) {
    const word = m.groups!.word!;
    const period: Period = /年/.test(word) ? 'year' : /季/.test(word) ? 'quarter' : 'month';
    add(out, m.index, m.index + m[0].length, periodBounds(ctx, period, /明年|下/.test(word) ? 1 : 0)[1], undefined, ctx, 3);
  }
}

function namedPeriods(ctx: Ctx, out: Candidate[]): void {
  for (const m of ctx.s.matchAll(NAMED_PERIOD)) {
    const g = m.groups!;
    const period = periodOf.get((g.period ?? g.period2 ?? '').replace(/ /g, ''));
    if (!period) continue;
    // "the month" alone names no particular month.
    if (g.thisword !== undefined && g.thisword.trim() === 'the') continue;
    const isNext = g.next !== undefined || g.nextafter !== undefined;
    if (!isNext && g.thisword === undefined && g.thisafter === undefined) continue;
    const [start, end] = periodBounds(ctx, period, isNext ? 1 : 0);
    add(out, m.index, m.index + m[0].length, end, isNext ? start : undefined, ctx, 1);
  }
  for (const m of ctx.s.matchAll(THIS_YEAR)) add(out, m.index, m.index + m[0].length, periodBounds(ctx, 'year', 0)[1], undefined, ctx, 1);
  if (ctx.cjk) for (const m of ctx.s.matchAll(ZH_NAMED)) {
    const word = m.groups!.word!;
    const period: Period = /年/.test(word) ? 'year' : /季/.test(word) ? 'quarter' : 'month';
    const next = /明年|下/.test(word);
    const [start, end] = periodBounds(ctx, period, next ? 1 : 0);
    add(out, m.index, m.index + m[0].length, end, next ? start : undefined, ctx, 1);
  }
}

/** Quarters, or halves (`half` 1–2), of `year` or of the first year in which they have not ended. */
function halfBounds(ctx: Ctx, half: number, year: number | undefined): [number, number] {
  const last = quarterBounds(ctx, half * 2, year);
  const first = quarterBounds(ctx, half * 2 - 1, ymdOf(ctx.cal, last[1]).year);
  return [first[0], last[1]];
}

function quarters(ctx: Ctx, out: Candidate[]): void {
  for (const m of ctx.s.matchAll(QUARTER)) {
    const g = m.groups!;
    const year = g.year ? Number(g.year) : undefined;
    const endOf = g.endof !== undefined;
    let q: number | undefined;
    let half: number | undefined;
    let useCal = ctx;
    if (g.q) q = Number(g.q);
    else if (g.h) half = Number(g.h);
    else if (g.ord) (g.what === 'half' ? (half = ordinalOf.get(g.ord)) : (q = ordinalOf.get(g.ord)));
    else if (g.ordq) q = ordinalOf.get(g.ordq);
    else if (g.ordh) half = ordinalOf.get(g.ordh);
    else if (g.season) {
      // Seasons are Solar Hijri quarters whatever the period calendar: بهار is Farvardin to Khordad.
      q = SEASONS.get(g.season);
      useCal = { ...ctx, cal: 'persian' };
    }
    let bounds: [number, number] | undefined;
    if (q !== undefined && q >= 1 && q <= 4) bounds = quarterBounds(useCal, q, year);
    else if (half === 1 || half === 2) bounds = halfBounds(useCal, half, year);
    // A season word alone is the weather, not a deadline: it needs "by/in/end of".
    if (!bounds || (g.season && !endOf && !g.prep)) continue;
    add(out, m.index, m.index + m[0].length, bounds[1], endOf ? undefined : bounds[0], ctx, 2);
  }
  if (ctx.cjk) for (const m of ctx.s.matchAll(ZH_QUARTER)) {
    const g = m.groups!;
    const year = g.year ? Number(g.year) : undefined;
    const q = g.q ? countValue(g.q) : g.qq ? Number(g.qq) : undefined;
    let bounds: [number, number] | undefined;
    if (q) bounds = quarterBounds(ctx, q, year);
    else if (g.half) bounds = halfBounds(ctx, g.half === '上' ? 1 : 2, year);
    if (!bounds) continue;
    add(out, m.index, m.index + m[0].length, bounds[1], g.end ? undefined : bounds[0], ctx, 2);
  }
}

function years(ctx: Ctx, out: Candidate[]): void {
  const nowYear = dayToGregorian(ctx.today).year;
  const plausible = (y: number) => (y >= nowYear - 10 && y <= nowYear + 20) || (y >= 1390 && y <= 1450);
  for (const m of ctx.s.matchAll(YEAR)) {
    const g = m.groups!;
    const year = Number(g.year);
    if (!plausible(year)) continue;
    // "increase sessions by 2000 by March" is a number, not a year: a bare "by 2027" counts only at a clause end.
    const rest = ctx.s.slice(m.index + m[0].length);
    if (g.endof && /^(by|until|before)$/.test(g.endof.trim()) && !/^\s*([.,;:!?)]|$)/.test(rest)) continue;
    const bounds = yearBounds(ctx, year);
    if (!bounds) continue;
    add(out, m.index, m.index + m[0].length, bounds[1], g.prep ? bounds[0] : undefined, ctx, 1);
  }
  if (ctx.cjk) for (const m of ctx.s.matchAll(ZH_YEAR)) {
    const g = m.groups!;
    const year = Number(g.year);
    const bounds = plausible(year) ? yearBounds(ctx, year) : undefined;
    if (!bounds) continue;
    add(out, m.index, m.index + m[0].length, bounds[1], /[內内]/.test(g.when!) ? bounds[0] : undefined, ctx, 1);
  }
}

function numericDates(ctx: Ctx, out: Candidate[]): void {
  for (const m of ctx.s.matchAll(ISO_DATE)) {
    const g = m.groups!;
    const y = Number(g.y);
    const cal = y >= 1300 && y < 1600 ? 'persian' : 'gregory';
    const day = calendarDateToDay(cal, y, Number(g.m), Number(g.d));
    if (day !== undefined) add(out, m.index, m.index + m[0].length, day, undefined, ctx, 4);
  }
  for (const m of ctx.s.matchAll(NUMERIC_DATE)) {
    const g = m.groups!;
    // The locale's order settles 10/11/2026, as the dashboards' own date reader does.
    const read = parseDashboardDate(`${g.a}/${g.b}/${g.y}`, { locale: ctx.locale, today: ctx.todayIso });
    const day = read.ok ? isoToDay(read.date) : undefined;
    if (day !== undefined) add(out, m.index, m.index + m[0].length, day, undefined, ctx, 4);
  }
  if (ctx.cjk) for (const m of ctx.s.matchAll(ZH_DATE)) {
    const g = m.groups!;
    // "6月" alone may be "in June" or a stray number: a year, day, 底 or 到/前 around it makes it a date.
    if (!g.pre && !g.year && !g.day && !g.end && !g.before) continue;
    const month = Number(g.month);
    if (month < 1 || month > 12) continue;
    const found = monthDate(ctx, 'gregorian', month, g.day ? Number(g.day) : undefined, g.year ? Number(g.year) : undefined);
    const isIn = g.pre !== undefined && g.pre !== '到' && !g.day && !g.end && !g.before;
    if (found) add(out, m.index, m.index + m[0].length, found[1], isIn ? found[0] : undefined, ctx, 3);
  }
}

/**
 * A month (with a day and year when given) in `cal`: the day itself, else the month's last day; without
 * a year, the next time that date (or that month's end) comes round, today included.
 * Returns [month start, deadline].
 */
function monthDate(ctx: Ctx, cal: PeriodCalendar, month: number, day: number | undefined, year: number | undefined): [number, number] | undefined {
  const now = ymdOf(cal, ctx.today);
  const at = (y: number) => (day !== undefined ? dayOf(cal, y, month, day) : monthEnd(cal, y, month));
  let y = year ?? now.year;
  let end = at(y);
  if (end === undefined) return undefined;
  if (year === undefined && end < ctx.today) {
    y++;
    end = at(y);
    if (end === undefined) return undefined;
  }
  return [monthStart(cal, y, month), end];
}

const MONTH_BEFORE = new RegExp(
  `(?:${G('endof', `${END_OF}|${END_WORDS}|${W(['late', 'the end of'])}`)}|${G('inword', W(['in', 'during', 'در', 'در ماه', 'طی', 'في', 'خلال', 'في شهر', 'خلال شهر']))}|${DATE_BEFORE})\\s*(?:the\\s+)?(?:${G('day', '\\d{1,2}')}(?:st|nd|rd|th)?\\s*(?:of\\s+)?)?$`,
  'u',
);
const DAY_BEFORE = /(?<![\d.,])(\d{1,2})(?:st|nd|rd|th)?\s*(?:of\s+)?$/u;
const MONTH_AFTER = new RegExp(
  `^(?<month>\\s*(?:ماه|الشهر)(?![\\p{L}]))?(?:\\s*\\(\\s*${LETTER}+(?:\\s+${LETTER}+)?\\s*\\))?(?:\\s*(?<day>\\d{1,2})(?:st|nd|rd|th)?(?![\\d%]|[.,]\\d))?(?:\\s*,?\\s*(?:(?:سال|عام|of)\\s*)?(?<year>\\d{4})(?![\\d%]))?`,
  'u',
);
const WORD = new RegExp(`${LETTER}+`, 'gu');
/** Month names that are everyday Persian words too (می is a verb prefix, مه is fog): read only beside a day or year. */
const WEAK_MONTHS = new Set(['می', 'مه']);

/** The folded text is already lower case with one spelling of Arabic letters: only other scripts need the date key. */
const monthKey = (word: string) => (/^(?:[a-z]+|[\u0600-\u06ff]+)$/.test(word) ? word : nameKey(word));

const monthCache = new Map<string, MonthEntry | null>();
/** A Solar Hijri or Gregorian month a word names (Hijri lunar months are not deadlines people set), cached per locale. */
function monthOf(key: string, locale: string): MonthEntry | undefined {
  const cacheKey = `${locale}\u0000${key}`;
  let entry = monthCache.get(cacheKey);
  if (entry === undefined) {
    const entries = lookupMonth(key, locale);
    entry = entries?.find((e) => e.cal === 'persian') ?? entries?.find((e) => e.cal === 'gregory') ?? null;
    // People retype the same sentence as they edit it; a bounded cache keeps that cheap.
    if (monthCache.size > 2000) monthCache.clear();
    monthCache.set(cacheKey, entry);
  }
  return entry ?? undefined;
}

function monthNames(ctx: Ctx, out: Candidate[]): void {
  const words = [...ctx.s.matchAll(WORD)];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const text = w[0];
    const arabicScript = /[\u0600-\u06ff]/.test(text);
    if (text.length < 2 || (text.length < 3 && !arabicScript) || /[\u3400-\u9fff]/.test(text)) continue;
    const key = monthKey(text);
    let end = w.index + text.length;
    let entry: MonthEntry | undefined;
    const next = words[i + 1];
    if (next && startsTwoWordMonth(key, ctx.locale) && /^\s+$/.test(ctx.s.slice(end, next.index))) {
      entry = monthOf(`${key} ${monthKey(next[0])}`, ctx.locale);
      if (entry) {
        end = next.index + next[0].length;
        i++;
      }
    }
    entry ??= monthOf(key, ctx.locale);
    if (!entry) continue;
    const before = ctx.s.slice(Math.max(0, w.index - 40), w.index);
    const b = MONTH_BEFORE.exec(before);
    const dayLeft = b ? undefined : DAY_BEFORE.exec(before);
    const a = MONTH_AFTER.exec(ctx.s.slice(end))!;
    const dayText = b?.groups!.day ?? dayLeft?.[1] ?? a.groups!.day;
    const yearText = a.groups!.year;
    // Month names are also words ("may", تیر, مهر): only one that stands in a date is read.
    if (!b && !dayText && !yearText && !(arabicScript && a.groups!.month)) continue;
    if (WEAK_MONTHS.has(key) && !dayText && !yearText) continue;
    const cal: PeriodCalendar = entry.cal === 'persian' ? 'persian' : 'gregorian';
    const year = yearText ? Number(yearText) : undefined;
    const day = dayText ? Number(dayText) : undefined;
    if (day !== undefined && (day < 1 || day > 31)) continue;
    const found = monthDate(ctx, cal, entry.month, day, year);
    if (!found) continue;
    const from = b ? w.index - b[0].length : dayLeft ? w.index - dayLeft[0].length : w.index;
    const isIn = b?.groups!.inword !== undefined && day === undefined;
    add(out, from, end + a[0].length, found[1], isIn ? found[0] : undefined, ctx, 4);
  }
}

/**
 * The deadline the sentence states, if any: the most specific reading (an absolute date beats a
 * period, a period beats a named "this/next"), ties to the one written first.
 */
export function findDeadline(s: string, opts: { today: string; locale: string; cal: PeriodCalendar }): DeadlineFound | undefined {
  const today = isoToDay(opts.today);
  if (today === undefined) return undefined;
  const ctx: Ctx = { s, today, todayIso: opts.today, cal: opts.cal, locale: opts.locale };
  const out: Candidate[] = [];
  // Most sentences are in one script: the Chinese-only readers need not scan a sentence without Chinese.
  ctx.cjk = /[\u3400-\u9fff]/.test(s);
  relative(ctx, out);
  periodEnds(ctx, out);
  namedPeriods(ctx, out);
  quarters(ctx, out);
  years(ctx, out);
  numericDates(ctx, out);
  monthNames(ctx, out);
  if (out.length === 0) return undefined;
  // A longer reading of the same words wins ("by the end of next quarter" over "next quarter").
  const kept = out.filter((c) => !out.some((o) => o !== c && o.from <= c.from && o.to >= c.to && o.to - o.from > c.to - c.from));
  kept.sort((x, y) => y.rank - x.rank || x.from - y.from);
  const best = kept[0]!;
  return best.start ? { deadline: best.deadline, start: best.start, from: best.from, to: best.to } : { deadline: best.deadline, from: best.from, to: best.to };
}
