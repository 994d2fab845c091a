/**
 * Month and weekday names, read from Intl rather than typed in: it keeps the content script small and
 * follows whatever CLDR the browser ships. Tables are built on first use and cached.
 */
import { stripBidiControls, toAsciiDigits } from './digits';

/** Calendar families a month *name* can belong to; Islamic variants share their names. */
export type NameCalendar = 'gregory' | 'persian' | 'islamic';

export interface MonthEntry {
  cal: NameCalendar;
  month: number;
}

/**
 * One spelling for everything a picker may vary: case, Latin diacritics (and Turkish dotted/dotless i),
 * Arabic/Persian letter variants and harakat, Devanagari nukta, full-width forms, any script's digits.
 * Names and page text go through the same function, so only equality of the results matters.
 */
export function normalizeDateText(text: string): string {
  return toAsciiDigits(stripBidiControls(text).normalize('NFKC'))
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u093c\u0640\u200c\u200d]/g, '')
    .normalize('NFC')
    .replace(/ı/g, 'i')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[ةە]/g, 'ه')
    .replace(/[\u301c\u2053]/g, '~');
}

/** Name keys drop abbreviation dots (Latin `.`, Devanagari `॰`) and collapse inner spaces. */
function nameKey(name: string): string {
  return normalizeDateText(name)
    .replace(/[.\u0970]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

type Script = 'latin' | 'cyrillic' | 'arabic' | 'devanagari' | 'cjk';

/**
 * Languages whose names are read, by script. Creating an Intl formatter costs about a millisecond, so
 * a word only loads the page's own language and then, if that does not know it, its script's group.
 */
const SCRIPT_LOCALES: Record<Script, readonly string[]> = {
  latin: ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'tr'],
  cyrillic: ['ru'],
  arabic: ['fa', 'ar', 'ar-SY', 'ar-MA', 'ar-DZ'],
  devanagari: ['hi'],
  cjk: ['ja', 'ko', 'zh'], // weekday names only: their months print as numbers (10月)
};
const EXTRA_CALENDARS: Record<string, readonly NameCalendar[]> = {
  fa: ['persian', 'islamic'],
  ar: ['islamic'],
};

function scriptOf(word: string): Script {
  if (/[\u0600-\u06ff]/.test(word)) return 'arabic';
  if (/[\u0400-\u04ff]/.test(word)) return 'cyrillic';
  if (/[\u0900-\u097f]/.test(word)) return 'devanagari';
  if (/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(word)) return 'cjk';
  return 'latin';
}

/**
 * Spellings Intl does not print but people and some dashboards do. Keys are already normalized
 * (so `sept` also covers `Sept.`); month numbers are in the named calendar.
 */
const HAND_NAMES: ReadonlyArray<readonly [string, NameCalendar, number]> = [
  ['sept', 'gregory', 9],
  ['mrz', 'gregory', 3],
  ['janner', 'gregory', 1],
  ['feber', 'gregory', 2],
  // Persian spellings of Gregorian months besides CLDR's (ژانویه, مه, ژوئیه, اوت).
  ['ژانوبه', 'gregory', 1],
  ['فبریه', 'gregory', 2],
  ['اپریل', 'gregory', 4],
  ['می', 'gregory', 5],
  ['جون', 'gregory', 6],
  ['ژوین', 'gregory', 6],
  ['جولای', 'gregory', 7],
  ['ژوییه', 'gregory', 7],
  ['اگوست', 'gregory', 8],
  ['اگست', 'gregory', 8],
  ['سپتمبر', 'gregory', 9],
  // Egyptian and older CLDR Arabic spellings.
  ['یولیه', 'gregory', 7],
  ['یونیه', 'gregory', 6],
  // Persian spelling variants of Persian months.
  ['امرداد', 'persian', 5],
  ['اردی بهشت', 'persian', 2],
];

interface NameTables {
  months: Map<string, MonthEntry[]>;
  /** Long names, for reading unlisted abbreviations such as `Sept` or `juil` as prefixes. */
  longNames: Array<readonly [string, MonthEntry]>;
  weekdays: Set<string>;
  /** Month names that are two words (`تشرين الأول`, `ربيع الآخر`): their first words. */
  twoWordStarts: Set<string>;
  loaded: Set<string>;
}

let tables: NameTables | undefined;

function addMonth(t: NameTables, rawName: string, entry: MonthEntry, long: boolean): void {
  const key = nameKey(rawName);
  // CJK months print with digits (10月, 10월): those are read as numbers with a marker instead.
  if (!key || /[\d月월]/.test(key)) return;
  const list = t.months.get(key) ?? [];
  if (!list.some((e) => e.cal === entry.cal && e.month === entry.month)) list.push(entry);
  t.months.set(key, list);
  if (long) t.longNames.push([key, entry]);
  const space = key.indexOf(' ');
  if (space > 0) t.twoWordStarts.add(key.slice(0, space));
}

function safeFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat | undefined {
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  } catch {
    return undefined;
  }
}

const sampleCache = new Map<NameCalendar, Map<number, Date>>();

/** One date inside each month 1…12 of the calendar, found by stepping through a year. */
function monthSamples(cal: NameCalendar): Map<number, Date> {
  const cached = sampleCache.get(cal);
  if (cached) return cached;
  const samples = new Map<number, Date>();
  const numeric = cal === 'gregory' ? undefined : safeFormatter(`en-u-ca-${cal === 'islamic' ? 'islamic-umalqura' : cal}-nu-latn`, { month: 'numeric' });
  for (let step = 0; step < 27 && samples.size < 12; step++) {
    const date = new Date(Date.UTC(2026, 0, 10 + step * 15));
    const month = numeric ? Number(numeric.format(date)) : date.getUTCMonth() + 1;
    if (!samples.has(month)) samples.set(month, date);
  }
  sampleCache.set(cal, samples);
  return samples;
}

/** Adds a locale's month and weekday names; false when it was already there. */
function loadLocale(t: NameTables, locale: string): boolean {
  if (t.loaded.has(locale)) return false;
  t.loaded.add(locale);
  const language = locale.split('-')[0] ?? locale;
  const cjk = SCRIPT_LOCALES.cjk.includes(language);
  for (const cal of cjk ? [] : (['gregory', ...(EXTRA_CALENDARS[language] ?? [])] as NameCalendar[])) {
    const tag = `${locale}-u-ca-${cal === 'islamic' ? 'islamic-umalqura' : cal}`;
    const samples = monthSamples(cal);
    for (const [width, long] of [['long', true], ['short', false]] as const) {
      // Standalone (`октябрь`) and in-date (`октября`) forms differ in many languages; take both.
      const standalone = safeFormatter(tag, { month: width });
      const inDate = safeFormatter(tag, { month: width, day: 'numeric' });
      for (const [month, date] of samples) {
        if (standalone) addMonth(t, standalone.format(date), { cal, month }, long);
        const part = inDate?.formatToParts(date).find((p) => p.type === 'month');
        if (part) addMonth(t, part.value, { cal, month }, long);
      }
    }
  }
  for (const width of ['long', 'short'] as const) {
    const weekday = safeFormatter(locale, { weekday: width });
    if (!weekday) continue;
    for (let day = 0; day < 7; day++) {
      const key = nameKey(weekday.format(new Date(Date.UTC(2026, 0, 4 + day))));
      if (key && !t.months.has(key)) t.weekdays.add(key);
    }
  }
  return true;
}

function baseTables(): NameTables {
  if (!tables) {
    tables = { months: new Map(), longNames: [], weekdays: new Set(), twoWordStarts: new Set(), loaded: new Set() };
    for (const [key, cal, month] of HAND_NAMES) addMonth(tables, key, { cal, month }, false);
  }
  return tables;
}

const canonicalTags = new Map<string, string | undefined>();

function pageLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  if (canonicalTags.has(locale)) return canonicalTags.get(locale);
  let tag: string | undefined;
  try {
    tag = Intl.getCanonicalLocales(locale)[0];
  } catch {
    tag = undefined; // An invalid tag just means no page-specific names.
  }
  canonicalTags.set(locale, tag);
  return tag;
}

/**
 * Looks `word` up with as little loading as possible: the page's locale first, then each language
 * of the word's script until `found` says yes.
 */
function search<T>(word: string, locale: string | undefined, find: (t: NameTables) => T | undefined): T | undefined {
  const t = baseTables();
  const own = pageLocale(locale);
  if (own) loadLocale(t, own);
  let found = find(t);
  for (const candidate of SCRIPT_LOCALES[scriptOf(word)]) {
    if (found !== undefined) break;
    if (loadLocale(t, candidate)) found = find(t);
  }
  return found;
}

function prefixMatch(t: NameTables, word: string): MonthEntry[] | undefined {
  // Unlisted abbreviations (`Sept`, `Dezemb`) are prefixes of one month's long names; three letters
  // at least, so that a stray syllable is not taken for a month.
  if (word.length < 3 || word.length > 12) return undefined;
  let found: MonthEntry[] | undefined;
  for (const [name, entry] of t.longNames) {
    if (name.length <= word.length || !name.startsWith(word)) continue;
    found ??= [];
    if (!found.some((e) => e.cal === entry.cal && e.month === entry.month)) found.push(entry);
  }
  if (found && new Set(found.map((e) => e.cal)).size !== found.length) return undefined;
  return found;
}

/** Month entries for a normalized word (or two words joined by a space); prefixes of long names count. */
export function lookupMonth(word: string, locale?: string): MonthEntry[] | undefined {
  return search(word, locale, (t) => t.months.get(word)) ?? prefixMatch(baseTables(), word);
}

export function startsTwoWordMonth(word: string, locale?: string): boolean {
  if (scriptOf(word) !== 'arabic') return false;
  return search(word, locale, (t) => (t.twoWordStarts.has(word) ? true : undefined)) ?? false;
}

export function isWeekday(word: string, locale?: string): boolean {
  return search(word, locale, (t) => (t.weekdays.has(word) ? true : undefined)) ?? false;
}

/** All month-name keys, every language loaded (for tests that look for clashes between languages). */
export function monthNameTable(): ReadonlyMap<string, readonly MonthEntry[]> {
  const t = baseTables();
  for (const group of Object.values(SCRIPT_LOCALES)) for (const locale of group) loadLocale(t, locale);
  return t.months;
}

// --- Locale conventions ---------------------------------------------------------------------------

export type DateOrder = 'dmy' | 'mdy' | 'ymd';

export interface LocaleConventions {
  order: DateOrder;
  calendar: string;
  /** 1 = Monday … 7 = Sunday. */
  firstDayOfWeek: number;
  language: string;
}

const conventions = new Map<string, LocaleConventions>();

interface WeekInfoLocale {
  weekInfo?: { firstDay?: number };
  getWeekInfo?: () => { firstDay?: number };
}

function readFirstDay(locale: string): number {
  try {
    const loc = new Intl.Locale(locale) as Intl.Locale & WeekInfoLocale;
    const info = typeof loc.getWeekInfo === 'function' ? loc.getWeekInfo() : loc.weekInfo;
    const day = info?.firstDay;
    if (typeof day === 'number' && day >= 1 && day <= 7) return day;
  } catch {
    // Fall through to the ISO convention.
  }
  return 1;
}

/** Order of numeric dates, default calendar and week start, as Intl formats them for `locale`. */
export function localeConventions(locale?: string): LocaleConventions {
  const key = locale ?? '';
  const cached = conventions.get(key);
  if (cached) return cached;
  let result: LocaleConventions = { order: 'mdy', calendar: 'gregory', firstDayOfWeek: 1, language: 'en' };
  try {
    const formatter = new Intl.DateTimeFormat(locale || undefined, { dateStyle: 'short', timeZone: 'UTC' });
    const resolved = formatter.resolvedOptions();
    const types = formatter
      .formatToParts(new Date(Date.UTC(2026, 10, 23)))
      .map((p) => p.type)
      .filter((type) => type === 'day' || type === 'month' || type === 'year');
    const order: DateOrder = types[0] === 'year' ? 'ymd' : types[0] === 'month' ? 'mdy' : 'dmy';
    result = {
      order,
      calendar: resolved.calendar,
      firstDayOfWeek: readFirstDay(resolved.locale),
      language: resolved.locale.split('-')[0] ?? 'en',
    };
  } catch {
    // Unknown or malformed tag: keep the defaults.
  }
  conventions.set(key, result);
  return result;
}
