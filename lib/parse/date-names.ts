/**
 * Month and weekday names. The languages dashboards are used in come from a table generated once from
 * Intl (date-name-table.ts), so reading them does not depend on which locales the browser's ICU ships;
 * a page in any other language has its own names read from Intl on first use. Tables are built lazily
 * and cached.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from './date-name-table';
import { stripBidiControls, toAsciiDigits } from './digits';

/** Calendar families a month *name* can belong to; Islamic variants share their names. */
export type NameCalendar = 'gregory' | 'persian' | 'islamic';

export interface MonthEntry {
  cal: NameCalendar;
  month: number;
}

/**
 * One spelling for everything a picker may vary: case, Latin diacritics (and Turkish dotted/dotless i),
 * Arabic/Persian letter variants and harakat, Devanagari nukta, full-width forms, any script's digits,
 * the dots inside Thai abbreviations (ต.ค. → ตค.). Names and page text go through the same function,
 * so only equality of the results matters.
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
    .replace(/[\u301c\u2053]/g, '~')
    .replace(/([\u0e01-\u0e4e])\.(?=[\u0e01-\u0e4e])/g, '$1');
}

/** Name keys drop abbreviation marks (Latin `.`, Devanagari `॰`, Hebrew geresh `׳`) and collapse inner spaces. */
export function nameKey(name: string): string {
  return normalizeDateText(name)
    .replace(/[.\u0970\u05f3]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
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

interface NameTable {
  months: Map<string, MonthEntry[]>;
  /** Long names, for reading unlisted abbreviations such as `Sept` or `juil` as prefixes. */
  longNames: Array<readonly [string, MonthEntry]>;
  weekdays: Set<string>;
  /** Month names that are two words (`تشرین الاول`, `ربیع الاخر`): their first words. */
  twoWordStarts: Set<string>;
}

function emptyTable(): NameTable {
  return { months: new Map(), longNames: [], weekdays: new Set(), twoWordStarts: new Set() };
}

/** Adds a normalized key. */
function addKey(t: NameTable, key: string, entry: MonthEntry, long: boolean): void {
  // CJK and Vietnamese months print with digits (10月, 10월, thg 10): those are read as numbers with a marker.
  if (!key || /[\d月월]/.test(key)) return;
  const list = t.months.get(key) ?? [];
  if (!list.some((e) => e.cal === entry.cal && e.month === entry.month)) list.push(entry);
  t.months.set(key, list);
  if (long) t.longNames.push([key, entry]);
  const space = key.indexOf(' ');
  if (space > 0) t.twoWordStarts.add(key.slice(0, space));
}

/** Adds one generated row: months 1…12 split by `|`, each `long,long/short,short`. */
function addRow(t: NameTable, cal: NameCalendar, row: string): void {
  row.split('|').forEach((names, index) => {
    const [long = '', short = ''] = names.split('/');
    for (const key of long.split(',')) addKey(t, key, { cal, month: index + 1 }, true);
    for (const key of short.split(',')) addKey(t, key, { cal, month: index + 1 }, false);
  });
}

/** Weekday words; a word that is also a month name stays a month. */
function addWeekdays(t: NameTable, words: Iterable<string>): void {
  for (const word of words) if (word && !t.months.has(word)) t.weekdays.add(word);
}

let globalNames: NameTable | undefined;

/** Every generated language and the hand spellings together (no key names two months: see the tests). */
function globalTable(): NameTable {
  if (!globalNames) {
    const t = emptyTable();
    for (const [key, cal, month] of HAND_NAMES) addKey(t, key, { cal, month }, false);
    for (const [, cal, row] of MONTH_NAMES) addRow(t, cal, row);
    for (const words of Object.values(WEEKDAY_NAMES)) addWeekdays(t, words.split(','));
    globalNames = t;
  }
  return globalNames;
}

// --- The page's own language ----------------------------------------------------------------------

function safeFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat | undefined {
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  } catch {
    return undefined;
  }
}

/** Names of a language the generated table does not hold, from the browser's Intl (Gregorian months). */
function intlTable(locale: string): NameTable {
  const t = emptyTable();
  for (const [width, long] of [['long', true], ['short', false]] as const) {
    // Standalone (`oktober`) and in-date (genitive) forms differ in many languages; take both.
    const standalone = safeFormatter(locale, { month: width });
    const inDate = safeFormatter(locale, { month: width, day: 'numeric' });
    for (let month = 1; month <= 12; month++) {
      const date = new Date(Date.UTC(2026, month - 1, 15));
      if (standalone) addKey(t, nameKey(standalone.format(date)), { cal: 'gregory', month }, long);
      const part = inDate?.formatToParts(date).find((p) => p.type === 'month');
      if (part) addKey(t, nameKey(part.value), { cal: 'gregory', month }, long);
    }
  }
  for (const width of ['long', 'short'] as const) {
    const weekday = safeFormatter(locale, { weekday: width });
    if (!weekday) continue;
    const words: string[] = [];
    for (let day = 0; day < 7; day++) words.push(...nameKey(weekday.format(new Date(Date.UTC(2026, 0, 4 + day)))).split(/[\s-]/));
    addWeekdays(t, words);
  }
  return t;
}

/** A generated language on its own, for reading a word the way the page's language means it. */
function generatedTable(language: string): NameTable {
  const t = emptyTable();
  for (const [lang, cal, row] of MONTH_NAMES) if (lang === language) addRow(t, cal, row);
  addWeekdays(t, (WEEKDAY_NAMES[language] ?? '').split(','));
  return t;
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
  if (canonicalTags.size > 100) canonicalTags.clear();
  canonicalTags.set(locale, tag);
  return tag;
}

const ownTables = new Map<string, NameTable>();

/** The page language's own names: generated when the table has the language, else read from Intl. */
function ownTable(locale: string | undefined): NameTable | undefined {
  const tag = pageLocale(locale);
  if (!tag) return undefined;
  const language = tag.split('-')[0]!.toLowerCase();
  const generated = Object.hasOwn(WEEKDAY_NAMES, language);
  const key = generated ? language : tag;
  let t = ownTables.get(key);
  if (!t) {
    t = generated ? generatedTable(language) : intlTable(tag);
    if (ownTables.size > 50) ownTables.clear();
    ownTables.set(key, t);
  }
  return t;
}

// --- Lookups --------------------------------------------------------------------------------------

const prefixCache = new Map<string, MonthEntry[] | null>();

function prefixMatch(t: NameTable, word: string): MonthEntry[] | undefined {
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

function globalPrefixMatch(word: string): MonthEntry[] | undefined {
  const cached = prefixCache.get(word);
  if (cached !== undefined) return cached ?? undefined;
  const found = prefixMatch(globalTable(), word);
  if (prefixCache.size > 2000) prefixCache.clear();
  prefixCache.set(word, found ?? null);
  return found;
}

/**
 * Month entries for a normalized word (or two words joined by a space); prefixes of long names count.
 * The page's language decides first: a word it knows as a weekday (Turkish `paz`) is not read as
 * another language's month (Polish `paź`).
 */
export function lookupMonth(word: string, locale?: string): MonthEntry[] | undefined {
  const own = ownTable(locale);
  if (own) {
    const mine = own.months.get(word);
    if (mine) return mine;
    if (own.weekdays.has(word)) return undefined;
  }
  return globalTable().months.get(word) ?? globalPrefixMatch(word) ?? (own ? prefixMatch(own, word) : undefined);
}

export function startsTwoWordMonth(word: string, locale?: string): boolean {
  return globalTable().twoWordStarts.has(word) || (ownTable(locale)?.twoWordStarts.has(word) ?? false);
}

export function isWeekday(word: string, locale?: string): boolean {
  return globalTable().weekdays.has(word) || (ownTable(locale)?.weekdays.has(word) ?? false);
}

/** All month-name keys of the generated languages and hand spellings (for tests that look for clashes). */
export function monthNameTable(): ReadonlyMap<string, readonly MonthEntry[]> {
  return globalTable().months;
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
