/**
 * Reads the date range a dashboard's date picker shows — "Oct 1 – 31, 2026", "01.–31.10.2026",
 * "2026年10月1日～31日", "۱ تا ۳۰ مهر ۱۴۰۵", "1–31/10/69" (Thai, Buddhist Era), "Last 30 days: Jul 28, 2025 –
 * Aug 26, 2025", "Letzte 28 Tage", "Date: Last 3 months", "Personalizado 1–31 oct 2026" — into inclusive ISO
 * (Gregorian) dates. Never throws: anything unreadable, or read with a guessed calendar, is `{ ok: false }`.
 *
 * How: normalize (digits, case, letter variants), cut off a "Preset:" label, tokenize, try the likely
 * range separators (dashes, 至, "bis", "تا" …) until both ends read as dates, then settle the calendar,
 * fill a missing month/year from the other end (or today) and convert to Gregorian. Failing that, drop
 * a label of plain words before or after the dates.
 */
import {
  calendarDateToDay,
  dayToCalendarDate,
  dayToIso,
  daysInMonth,
  isoToDay,
  isSupportedCalendar,
  type CalendarId,
} from './calendar';
import { isWeekday, localeConventions, lookupMonth, normalizeDateText, type LocaleConventions, type NameCalendar } from './date-names';
import { matchPreset, resolvePreset } from './date-presets';
import { readDateParts, separatorRank, tokenize, type DateParts, type Token } from './date-tokens';
import type { DateRangeContext, DateRangeResult } from './types';

export { resolvePreset, matchPreset } from './date-presets';

/** Picker texts are short; anything longer is not one, and the cap bounds the work per string. */
const MAX_LENGTH = 300;
/** Years a dashboard range can plausibly cover; also rejects digit soup that happens to look like a date. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

type Failure = { ok: false; message: string };
/** `single`: read as one date (or one month), not as two ends around a separator. */
type Range = { start: number; end: number; single?: boolean };

interface Setting {
  conventions: LocaleConventions;
  locale?: string;
  today?: number;
  /** Which digits the page used: Persian digits point to the Persian calendar, Arabic-Indic to Hijri. */
  digits: 'persian' | 'arabic' | 'latin';
  /** A Thai page (Buddhist locale calendar or Thai script): four-digit years may count in the Buddhist Era. */
  thai: boolean;
  /** Era of a two-digit year beside Gregorian month names: the locale's (Thai text without a locale: Buddhist). */
  shortYearEra: 'gregory' | 'buddhist';
}

function settingFor(raw: string, context: DateRangeContext | undefined): Setting {
  const locale = typeof context?.locale === 'string' && context.locale ? context.locale : undefined;
  const conventions = localeConventions(locale);
  const thaiScript = /[\u0e00-\u0e7f]/.test(raw);
  const buddhistLocale = conventions.calendar === 'buddhist';
  return {
    conventions,
    locale,
    today: typeof context?.today === 'string' ? isoToDay(context.today) : undefined,
    digits: /[\u06f0-\u06f9]/.test(raw) ? 'persian' : /[\u0660-\u0669]/.test(raw) ? 'arabic' : 'latin',
    thai: buddhistLocale || thaiScript,
    shortYearEra: buddhistLocale || (!locale && thaiScript) ? 'buddhist' : 'gregory',
  };
}

// --- Calendar and missing parts -------------------------------------------------------------------

/** The family of month names a calendar uses (the Buddhist calendar has the Gregorian months). */
function family(calendar: string): NameCalendar | undefined {
  if (calendar === 'gregory' || calendar === 'persian') return calendar;
  if (calendar === 'buddhist') return 'gregory';
  return calendar.startsWith('islamic') ? 'islamic' : undefined;
}

/** A calendar family, with the Gregorian one split by era: Common Era or Thai Buddhist Era. */
type Reading = NameCalendar | 'buddhist';

const namesOf = (reading: Reading): NameCalendar => (reading === 'buddhist' ? 'gregory' : reading);

function calendarId(reading: Reading, setting: Setting): CalendarId {
  const localeCalendar = setting.conventions.calendar;
  if (reading === 'islamic') return localeCalendar.startsWith('islamic') && isSupportedCalendar(localeCalendar) ? localeCalendar : 'islamic-umalqura';
  return reading;
}

/**
 * The calendar both ends are in. Thai pages print Gregorian months with Buddhist years (2569 = 2026):
 * a four-digit year says which era it counts in, as 1900–2199 CE and 2443–2742 BE do not overlap;
 * a two-digit or missing year is read in the locale's calendar.
 */
function chooseCalendar(ends: readonly DateParts[], setting: Setting): Reading | undefined {
  const fam = chooseFamily(ends, setting);
  if (fam !== 'gregory' || !setting.thai) return fam;
  const eras = new Set(
    ends
      .filter((e) => e.year !== undefined && (e.yearDigits ?? 0) >= 3)
      .map((e) => (e.year! > MAX_YEAR ? 'buddhist' : 'gregory')),
  );
  if (eras.size > 1) return undefined;
  return [...eras][0] ?? setting.shortYearEra;
}

/** The family of names both ends are in, from month names, era marks, the year's size, digits and locale. */
function chooseFamily(ends: readonly DateParts[], setting: Setting): NameCalendar | undefined {
  let allowed: Set<NameCalendar> | undefined;
  for (const end of ends) {
    if (!end.monthNames) continue;
    const cals = new Set(end.monthNames.map((e) => e.cal));
    allowed = allowed ? new Set([...allowed].filter((c) => cals.has(c))) : cals;
  }
  if (ends.some((e) => e.hijri)) allowed = new Set([...(allowed ?? ['islamic' as const])].filter((c) => c === 'islamic'));
  if (ends.some((e) => e.gregorian)) allowed = new Set([...(allowed ?? ['gregory' as const])].filter((c) => c === 'gregory'));
  const localeFamily = family(setting.conventions.calendar);
  if (allowed) {
    if (allowed.size <= 1) return [...allowed][0];
    for (const fam of [localeFamily, 'gregory', 'persian', 'islamic'] as const) if (fam && allowed.has(fam)) return fam;
    return undefined;
  }
  // Only numbers: a four-digit year settles it; a small one is Solar or Lunar Hijri.
  const year = ends.find((e) => e.year !== undefined && (e.yearDigits ?? 0) >= 3)?.year;
  if (year === undefined) return localeFamily ?? 'gregory';
  if (year >= 1700) return 'gregory';
  if (localeFamily === 'persian' || localeFamily === 'islamic') return localeFamily;
  if (setting.digits === 'persian' || setting.conventions.language === 'fa') return 'persian';
  if (setting.digits === 'arabic' || setting.conventions.language === 'ar') return 'islamic';
  return undefined;
}

function monthOf(end: DateParts, reading: Reading): number | undefined {
  const names = namesOf(reading);
  if (end.monthNames) return end.monthNames.find((e) => e.cal === names)?.month;
  return end.month;
}

/**
 * Years printed with two digits are read in the calendar of the dates (Thai "31/10/69" is 2569 BE, that
 * is 2026), as the year with those last digits nearest today's. When that calendar is not the Gregorian
 * one of a known locale, it may be a guess: the year must then lie within this many years before today
 * (or in the next year), as a picker's would; Thai "69" read as 2069 is not.
 */
const TWO_DIGIT_YEAR_REACH = 20;

interface Ymd {
  year?: number;
  month?: number;
  day?: number;
}

const order = (a: Ymd, b: Ymd): number => (a.month ?? 0) * 100 + (a.day ?? 0) - ((b.month ?? 0) * 100 + (b.day ?? 0));

/**
 * Turns the two ends (equal for a single date) into day numbers. A missing month comes from the other
 * end; a missing year from the other end (a later month before an earlier one crosses New Year:
 * "Dec 15 – Jan 14, 2026"), or, when neither end has one, from today (a picker shows the past: a range
 * ending after today is moved a year back).
 */
function resolveEnds(first: DateParts, second: DateParts, setting: Setting, single: boolean): Range | Failure {
  const fam = chooseCalendar(single ? [first] : [first, second], setting);
  if (!fam) return { ok: false, message: 'cannot tell which calendar the dates are in' };
  const calendar = calendarId(fam, setting);
  const a: Ymd = { year: first.year, month: monthOf(first, fam), day: first.day };
  const b: Ymd = single ? { ...a } : { year: second.year, month: monthOf(second, fam), day: second.day };
  if ((first.monthNames && a.month === undefined) || (second.monthNames && b.month === undefined)) {
    return { ok: false, message: 'month names from different calendars' };
  }
  a.month ??= b.month;
  b.month ??= a.month;
  if (a.month === undefined || b.month === undefined) return { ok: false, message: 'no month' };
  if ((a.day === undefined) !== (b.day === undefined)) return { ok: false, message: 'only one end has a day' };

  const todayInCalendar = setting.today === undefined ? undefined : dayToCalendarDate(calendar, setting.today);
  for (const [end, parts] of [[a, first], [b, second]] as const) {
    if (end.year !== undefined && (parts.yearDigits ?? 4) <= 2) {
      if (!todayInCalendar) return { ok: false, message: 'a two-digit year needs context.today' };
      const century = Math.floor(todayInCalendar.year / 100) * 100;
      const nearest = [century - 100, century, century + 100]
        .map((c) => c + end.year!)
        .reduce((best, y) => (Math.abs(y - todayInCalendar.year) < Math.abs(best - todayInCalendar.year) ? y : best));
      const settled = calendar === 'gregory' && setting.locale !== undefined;
      if (!settled && (nearest < todayInCalendar.year - TWO_DIGIT_YEAR_REACH || nearest > todayInCalendar.year + 1)) {
        return { ok: false, message: 'a two-digit year too far from today to be sure of its calendar' };
      }
      end.year = nearest;
    }
  }
  const monthRange = a.day === undefined;
  if (a.year === undefined && b.year === undefined) {
    if (!todayInCalendar) return { ok: false, message: 'the dates have no year and context.today is missing' };
    b.year = todayInCalendar.year;
    a.year = a.month > b.month ? b.year - 1 : b.year;
    const endProbe: Ymd = monthRange ? { month: b.month, day: 1 } : b;
    if (order(endProbe, todayInCalendar) > 0) {
      a.year -= 1;
      b.year -= 1;
    }
  } else if (a.year === undefined) {
    a.year = a.month > b.month ? b.year! - 1 : b.year;
  } else if (b.year === undefined) {
    b.year = b.month < a.month ? a.year + 1 : a.year;
  }
  const startYear = a.year!;
  const endYear = b.year!;
  const start = calendarDateToDay(calendar, startYear, a.month, a.day ?? 1);
  const end = calendarDateToDay(calendar, endYear, b.month, b.day ?? daysInMonth(calendar, endYear, b.month));
  if (start === undefined || end === undefined || !Number.isFinite(start) || !Number.isFinite(end)) {
    return { ok: false, message: 'no such date in the calendar' };
  }
  if (start > end) return { ok: false, message: 'the range ends before it starts' };
  const startIso = dayToIso(start);
  const endIso = dayToIso(end);
  if (Number(startIso.slice(0, 4)) < MIN_YEAR || Number(endIso.slice(0, 4)) > MAX_YEAR) {
    return { ok: false, message: 'year out of range' };
  }
  return { start, end };
}

// --- Finding the two ends -------------------------------------------------------------------------

const MAX_SEPARATOR_TRIES = 8;

function readRange(tokens: readonly Token[], setting: Setting): Range | Failure {
  const { order: dateOrder } = setting.conventions;
  const candidates: Array<{ index: number; rank: number }> = [];
  tokens.forEach((token, index) => {
    const rank = separatorRank(token);
    if (rank >= 0) candidates.push({ index, rank });
  });
  candidates.sort((x, y) => x.rank - y.rank || x.index - y.index);
  let failure: Failure = { ok: false, message: 'not a date range' };
  for (const { index } of candidates.slice(0, MAX_SEPARATOR_TRIES)) {
    const first = readDateParts(tokens.slice(0, index), dateOrder, setting.locale);
    if (!first) continue;
    const second = readDateParts(tokens.slice(index + 1), dateOrder, setting.locale);
    if (!second) continue;
    const range = resolveEnds(first, second, setting, false);
    if ('start' in range) return range;
    failure = range;
  }
  const single = readDateParts(tokens, dateOrder, setting.locale);
  if (single) {
    const range = resolveEnds(single, single, setting, true);
    if ('start' in range) return { ...range, single: true };
    failure = range;
  }
  return failure;
}

/** Parenthesised parts are either the dates ("Last 28 days (Aug 4 – 31)") or noise ("1日(木)"): try both. */
function readRangeText(text: string, setting: Setting): Range | Failure {
  const spaced = text.replace(/[()]/g, ' ');
  const first = readRange(tokenize(spaced), setting);
  if ('start' in first || !/[()]/.test(text)) return first;
  const stripped = text.replace(/\([^()]*\)/g, ' ');
  const second = readRange(tokenize(stripped), setting);
  return 'start' in second ? second : first;
}

/** Index of the colon that ends a "Last 30 days:" label (not one inside a time such as 10:30). */
function labelColon(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] !== ':') continue;
    if (/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    return i;
  }
  return -1;
}

/** CJK weekday names hold the characters that mark dates (日, 일): 星期日, 日曜日, 목요일. */
const CJK_WEEKDAY = /(?:星期|週|周|禮拜|礼拜)[一二三四五六日天]|[月火水木金土日]曜日?|[월화수목금토일]요일/g;

function prepare(text: string): string {
  return normalizeDateText(text)
    .replace(/\bt\/m\b/g, ' tot ') // Dutch "t/m" (tot en met)
    .replace(CJK_WEEKDAY, ' ')
    .replace(/([\u0e01-\u0e4e])ที่(?=\s)/g, '$1 ที่') // Thai "วันเสาร์ที่ 25": weekday, then "the"
    .trim();
}

function ok(range: Range, preset?: string): DateRangeResult {
  const dates = { start: dayToIso(range.start), end: dayToIso(range.end) };
  return preset ? { ok: true, preset, ...dates } : { ok: true, ...dates };
}

/** Labels are compared without spaces and punctuation (text already normalized). */
function compactLabel(label: string): string {
  return label.replace(/[\s.,:;!'’‘"«»\-–—|·•/]+/g, '');
}

/**
 * Words a picker prints before (or after) the dates: "Date", "Custom", "Personalizado", "自訂". Any words
 * that are not dates may surround two ends and a separator; a single date ("Since Oct 1, 2026" is not
 * Oct 1 alone) only takes these. Compared compacted (no spaces or punctuation).
 */
const LABEL_WORDS = new Set<string>([
  'Date', 'Dates', 'Date range', 'Custom', 'Custom range', 'Period', 'Range', 'Datum', 'Zeitraum', 'Benutzerdefiniert',
  'Fecha', 'Fechas', 'Período', 'Periodo', 'Personalizado', 'Personalizada', 'Data', 'Personnalisé', 'Personnalisée',
  'Période', 'Personalizzato', 'Aangepast', 'Periode', 'Tarih', 'Tarih aralığı', 'Özel', 'Zakres dat', 'Niestandardowy',
  'Okres', 'Tanggal', 'Kustom', 'Ngày', 'Tùy chỉnh', 'Дата', 'Период', 'Даты', 'Пользовательский', 'Діапазон', 'Період',
  'تاریخ', 'التاريخ', 'سفارشی', 'مخصص', 'بازه زمانی', 'תאריך', 'מותאם אישית', 'तारीख', 'दिनांक', 'कस्टम', 'วันที่',
  'กำหนดเอง', '日付', '期間', 'カスタム', '日期', '期间', '自訂', '自定义', '自定義', '날짜', '기간', '맞춤', '사용자 지정',
].map((word) => compactLabel(normalizeDateText(word))));

/** A label to drop: words only (no number, CJK date marker, month or weekday name) and at most four of them. */
function plainLabel(tokens: readonly Token[], setting: Setting): boolean {
  let words = 0;
  for (const token of tokens) {
    if (token.kind === 'num' || token.kind === 'mark') return false;
    if (token.kind !== 'word') continue;
    if (++words > 4 || lookupMonth(token.text, setting.locale) || isWeekday(token.text, setting.locale)) return false;
  }
  return words > 0;
}

/** Offset just past a token in the text it was read from. */
function tokenEnd(token: Token): number {
  if (token.kind === 'num') return token.at + token.digits;
  if (token.kind === 'word' || token.kind === 'mark' || token.kind === 'punct') return token.at + token.text.length;
  return token.at + 1;
}

const MAX_LABEL_CUTS = 3;

/**
 * Dates with a label before or after them: "Personalizado 1–31 oct 2026", "自訂 2026/10/1至2026/10/31",
 * "Last 28 days Oct 4 – Oct 31, 2026" (label and dates in separate spans, no colon). A label that names
 * a preset is reported as the preset.
 */
function readLabelled(text: string, setting: Setting): { range: Range; preset?: string } | undefined {
  const tokens = tokenize(text);
  const datelike = (token: Token): boolean =>
    token.kind === 'num' || token.kind === 'mark' || (token.kind === 'word' && lookupMonth(token.text, setting.locale) !== undefined);
  const leads: number[] = [0];
  for (const token of tokens) {
    if (leads.length > MAX_LABEL_CUTS) break;
    if (token.at > 0 && datelike(token)) leads.push(token.at);
  }
  let lastDate: Token | undefined;
  for (let i = tokens.length - 1; i >= 0 && !lastDate; i--) if (datelike(tokens[i]!)) lastDate = tokens[i];
  const trails = [text.length];
  if (lastDate && tokenEnd(lastDate) < text.length) trails.push(tokenEnd(lastDate));
  for (const lead of leads) {
    const head = text.slice(0, lead);
    const headTokens = tokens.filter((t) => t.at < lead);
    const preset = lead > 0 ? matchPreset(head, setting.locale) : undefined;
    const headIsLabel = lead === 0 || preset !== undefined || plainLabel(headTokens, setting);
    if (!headIsLabel) continue;
    for (const trail of trails) {
      if (lead === 0 && trail === text.length) continue; // the whole text: already tried
      if (trail <= lead) continue;
      const tailTokens = tokens.filter((t) => t.at >= trail);
      if (trail < text.length && !plainLabel(tailTokens, setting)) continue;
      const range = readRangeText(text.slice(lead, trail), setting);
      if (!('start' in range)) continue;
      if (range.single && !preset) {
        const labels = [head, text.slice(trail)].map(compactLabel).filter(Boolean);
        if (!labels.every((label) => LABEL_WORDS.has(label))) continue;
      }
      return { range, preset };
    }
  }
  return undefined;
}

function parse(raw: string, context: DateRangeContext): DateRangeResult {
  const fail = (message: string): DateRangeResult => ({ ok: false, message, raw });
  if (typeof raw !== 'string') return { ok: false, message: 'not text', raw: String(raw) };
  if (raw.length > MAX_LENGTH) return fail('too long to be a date range');
  const text = prepare(raw);
  if (!text) return fail('empty');
  const setting = settingFor(raw, context);
  const countNumbers = (part: string): number => part.match(/\d+/g)?.length ?? 0;

  // "Last 30 days: Jul 28, 2025 – Aug 26, 2025": the dates win, the label names the preset.
  // "Date: Last 3 months" (Search Console's chip): a label, then a preset.
  const colon = labelColon(text);
  if (colon >= 0) {
    const after = text.slice(colon + 1);
    const range = readRangeText(after, setting);
    if ('start' in range) return ok(range, matchPreset(text.slice(0, colon), setting.locale));
    const preset = countNumbers(after) <= 1 ? matchPreset(after, setting.locale) : undefined;
    if (preset) return resolvePreset(preset, context.today, setting.locale);
  }
  // A preset label has at most one number ("Last 28 days"); trying those first spares loading every
  // language's month names to learn that "Last" is not a month.
  const preset = countNumbers(text) <= 1 ? matchPreset(text, setting.locale) : undefined;
  if (preset) return resolvePreset(preset, context.today, setting.locale);

  const range = readRangeText(text, setting);
  if ('start' in range) return ok(range);

  const labelled = readLabelled(text, setting);
  if (labelled) return ok(labelled.range, labelled.preset);
  return fail(range.message);
}

/**
 * Reads a date picker's range. `context.today` resolves presets and year-less dates;
 * `context.locale` settles numeric day/month order (10/11/2026) and the default calendar.
 */
export function parseDateRange(text: string, context: DateRangeContext): DateRangeResult {
  try {
    return parse(text, context);
  } catch (error) {
    return { ok: false, message: `internal error: ${String(error)}`, raw: String(text) };
  }
}

/** Reads one date ("Oct 1, 2026", "1. Okt. 2026", "2026年10月1日", "۹ مهر ۱۴۰۵"). */
export function parseDashboardDate(
  text: string,
  context: DateRangeContext,
): { ok: true; date: string } | { ok: false; message: string } {
  try {
    if (typeof text !== 'string' || text.length > MAX_LENGTH) return { ok: false, message: 'not a date' };
    const setting = settingFor(text, context);
    const tokens = tokenize(prepare(text).replace(/\([^()]*\)/g, ' '));
    const parts = readDateParts(tokens, setting.conventions.order, setting.locale);
    if (!parts || parts.day === undefined) return { ok: false, message: 'not a date' };
    const range = resolveEnds(parts, parts, setting, true);
    if (!('start' in range)) return range;
    return { ok: true, date: dayToIso(range.start) };
  } catch (error) {
    return { ok: false, message: `internal error: ${String(error)}` };
  }
}

/** `20260830` (GA4's `_u.date00`, Search Console's `start_date`) → `2026-08-30`. */
export function parseCompactDate(text: string): { ok: true; date: string } | { ok: false; message: string } {
  const match = /^\s*(\d{4})(\d{2})(\d{2})\s*$/.exec(typeof text === 'string' ? text : '');
  if (!match) return { ok: false, message: `not a YYYYMMDD date: ${String(text)}` };
  const day = isoToDay(`${match[1]}-${match[2]}-${match[3]}`);
  if (day === undefined) return { ok: false, message: `no such date: ${text}` };
  return { ok: true, date: dayToIso(day) };
}

function decodeRepeatedly(text: string): string {
  let decoded = text;
  for (let i = 0; i < 3; i++) {
    try {
      const next = decodeURIComponent(decoded);
      if (next === decoded) break;
      decoded = next;
    } catch {
      break;
    }
  }
  return decoded;
}

/**
 * Date range carried by a dashboard URL (query and hash, any level of percent-encoding):
 * GA4 `_u.date00=YYYYMMDD&_u.date01=YYYYMMDD` or `_u.dateOption=last28Days`; Search Console
 * `start_date=…&end_date=…` or `num_of_days=28`; Shopify `since=YYYY-MM-DD&until=…`.
 * `ok: false` when the URL names no dates.
 */
export function dateRangeFromUrl(url: string, today: string, locale?: string): DateRangeResult {
  const raw = String(url);
  const text = decodeRepeatedly(raw);
  const find = (pattern: RegExp): string | undefined => pattern.exec(text)?.[1];
  const pair = (from: string | undefined, to: string | undefined): DateRangeResult | undefined => {
    if (!from || !to) return undefined;
    const start = parseCompactDate(from.replace(/-/g, ''));
    const end = parseCompactDate(to.replace(/-/g, ''));
    if (!start.ok || !end.ok || start.date > end.date) return { ok: false, message: 'invalid dates in URL', raw };
    return { ok: true, start: start.date, end: end.date };
  };
  const explicit =
    pair(find(/_u\.+date00=(\d{8})/), find(/_u\.+date01=(\d{8})/)) ??
    pair(find(/[?&#]start_date=(\d{8})/), find(/[?&#]end_date=(\d{8})/)) ??
    pair(find(/[?&#]since=(\d{4}-\d{2}-\d{2})/), find(/[?&#]until=(\d{4}-\d{2}-\d{2})/));
  if (explicit) return explicit;
  const option = find(/_u\.+dateOption=([A-Za-z0-9_-]{1,40})/);
  if (option) return resolvePreset(option, today, locale);
  const days = find(/[?&#]num_of_days=(\d{1,4})(?!\d)/);
  if (days) return resolvePreset(`last-${days}-days`, today, locale);
  return { ok: false, message: 'no date range in URL', raw };
}

/** The name the adapters' brief uses for {@link dateRangeFromUrl}. */
export const dateRangeFromUrlParams = dateRangeFromUrl;
