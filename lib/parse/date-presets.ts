/**
 * Named date ranges ("Last 28 days", "Letzter Monat", "过去 30 天") and what they mean on a given day.
 *
 * Preset ids: `today`, `yesterday`, `this-week`, `last-week`, `this-month`, `last-month`, `this-quarter`,
 * `last-quarter`, `this-year`, `year-to-date`, `last-year`, and `last-{N}-{days|weeks|months|years|hours}`.
 *
 * Meanings (end dates are inclusive):
 * - `last-N-days` ends **yesterday** and spans N days, as GA4, Meta and Google Ads count it
 *   (Meta's "Last 30 days: Jul 28, 2025 – Aug 26, 2025" is 30 days ending the day before). Search
 *   Console ends a day or two earlier still, as its data lags; the URL or picker text settles that.
 * - `last-N-weeks` is the same with 7·N days.
 * - `last-N-months` / `last-N-years` are rolling: from the same day N months (years) ago up to
 *   yesterday, as Search Console's "Last 3 months" shows it. GA4's "Last 12 months" is also rolling.
 * - `last-N-hours` covers yesterday and today (what a day-granular range can say about hours).
 * - `this-*` periods and `year-to-date` run from the period's first day to **today**.
 * - `last-week` / `last-month` / `last-quarter` / `last-year` are the previous full calendar period;
 *   weeks start on the locale's first day of the week (Sunday in the US, Monday in most of Europe).
 */
import { dayToGregorian, dayToIso, gregorianDaysInMonth, gregorianToDay, isoToDay } from './calendar';
import { localeConventions, normalizeDateText } from './date-names';
import type { DateRangeResult } from './types';

/** Languages whose Intl phrases are read, by script; loaded one at a time until a label matches. */
const PRESET_LANGUAGES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/[\u0600-\u06ff]/, ['fa', 'ar']],
  [/[\u0400-\u04ff]/, ['ru', 'uk']],
  [/[\u0900-\u097f]/, ['hi']],
  [/[\u0590-\u05ff]/, ['he']],
  [/[\u0e00-\u0e7f]/, ['th']],
  [/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/, ['zh-Hans', 'zh-Hant', 'ja', 'ko']],
  [/./, ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'tr', 'pl', 'id', 'vi']],
];

type Unit = 'day' | 'week' | 'month' | 'year' | 'hour';
const UNITS: readonly Unit[] = ['day', 'week', 'month', 'year', 'hour'];
/** Longest "last N units" a picker offers, about ten years; larger counts ("2026年") are not presets. */
const MAX_COUNT: Record<Unit, number> = { day: 3660, week: 520, month: 120, year: 10, hour: 720 };

/** Labels pickers use that Intl's relative-time phrases ("letzten Monat") do not spell the same way. */
const HAND_PRESETS: Record<string, readonly string[]> = {
  'year-to-date': [
    'year to date', 'ytd', 'this year to date', 'jahr bis heute', 'seit jahresbeginn', 'bisheriges jahr',
    'depuis le debut de lannee', 'annee en cours', 'ano hasta la fecha', 'en lo que va del ano', 'ano ate a data',
    'ano ate hoje', 'acumulado do ano', 'anno fino ad oggi', 'da inizio anno', 'dallinizio dellanno',
    'jaar tot nu toe', 'с начала года', 'yilbasindan bugune', 'yil basindan bugune', 'از ابتدای سال', 'از ابتدای سال تا امروز',
    'منذ بدایه العام', 'منذ بدایه السنه', 'السنه حتی تاریخه', '年初至今', '今年迄今', '年初来', '年初から今日まで', '연초 대비', '올해 누계',
  ],
  'this-month': ['dieser monat', 'month to date', 'this month to date', 'monat bis heute', 'ce mois', 'mes actual', 'mes atual', 'mese corrente', 'этот месяц', 'текущий месяц', 'ماه جاری', 'الشهر الحالی', '本月至今'],
  'last-month': ['previous month', 'last calendar month', 'letzter monat', 'vormonat', 'mois precedent', 'mes anterior', 'mese precedente', 'прошлый месяц', 'предыдущий месяц', 'ماه قبل', 'ماه پیش', '上月', '前月'],
  yesterday: ['вчора'],
  'this-week': ['эта неделя', 'текущая неделя'],
  'last-week': ['previous week', 'vorwoche', 'прошлая неделя', 'هفته قبل'],
  'this-quarter': ['trimestre actual', 'trimestre atual', 'этот квартал', 'текущий квартал', 'فصل جاری', 'الربع الحالی', '本季'],
  'last-quarter': ['previous quarter', 'vorquartal', 'trimestre precedent', 'trimestre anterior', 'trimestre passado', 'прошлый квартал', 'فصل گذشته', 'الربع الماضی'],
  'this-year': ['этот год', 'текущий год', 'سال جاری', 'العام الحالی', 'هذا العام'],
  'last-year': ['last calendar year', 'previous year', 'vorjahr', 'annee precedente', 'ano anterior', 'прошлый год', 'سال قبل', 'العام الماضی'],
};

/** Words that say "last/past" around a count: stripped before the rest must read as a unit. */
const LAST_WORDS = [
  'the last', 'the past', 'last', 'past', 'previous', 'prior', 'letzten', 'letzte', 'vergangenen', 'vergangene',
  'derniers', 'dernieres', 'ultimos', 'ultimas', 'ultimi', 'ultime', 'ultimo', 'afgelopen', 'laatste', 'vorige',
  'за последние', 'последние', 'последних', 'son', 'gecen', 'گذشته', 'اخیر', 'اخر', 'الماضیه', 'الاخیره',
  '过去', '最近', '過去', '直近', '지난', '최근', 'पिछले', 'पिछला', 'अंतिम', 'ostatnie', 'ostatnich', 'останні',
  'за останні', 'terakhir', 'qua', 'ที่ผ่านมา', 'ล่าสุด', 'האחרונים', 'האחרונות',
];
const LEADING_ARTICLES = ['les', 'los', 'las', 'the', 'gli', 'le', 'i', 'de', 'os', 'as'];

/** Units Intl prints that a picker adds a word to (`日間`, `か月間`). */
const HAND_UNITS: ReadonlyArray<readonly [string, Unit]> = [
  ['#日間', 'day'], ['#か月間', 'month'], ['#ヶ月', 'month'], ['#ヵ月', 'month'], ['#ヶ月間', 'month'],
  ['#週間', 'week'], ['#年間', 'year'], ['#个月', 'month'], ['#個月', 'month'], ['#日', 'day'], ['#天', 'day'],
  ['#days', 'day'], ['#روز', 'day'],
  // Hebrew puts the article on the unit: "28 הימים האחרונים" (the last 28 days).
  ['#הימים', 'day'], ['#השבועות', 'week'], ['#החודשים', 'month'], ['#השנים', 'year'],
];

interface PresetTables {
  fixed: Map<string, string>;
  units: Map<string, Unit>;
  lastWords: string[];
  loaded: Set<string>;
}

let presetTables: PresetTables | undefined;

/** Presets are compared with punctuation and spaces removed, so "Last 28 days" = "last28days". */
function compact(text: string): string {
  return normalizeDateText(text).replace(/[\s.,:;!'’‘"«»\-–—]+/g, '');
}

function baseTables(): PresetTables {
  if (!presetTables) {
    const fixed = new Map<string, string>();
    for (const [id, labels] of Object.entries(HAND_PRESETS)) for (const label of labels) fixed.set(compact(label), id);
    const lastWords = LAST_WORDS.map(compact).sort((a, b) => b.length - a.length);
    presetTables = { fixed, units: new Map(HAND_UNITS), lastWords, loaded: new Set() };
  }
  return presetTables;
}

const RELATIVE: ReadonlyArray<readonly [number, Intl.RelativeTimeFormatUnit, string]> = [
  [0, 'day', 'today'], [-1, 'day', 'yesterday'], [0, 'week', 'this-week'], [-1, 'week', 'last-week'],
  [0, 'month', 'this-month'], [-1, 'month', 'last-month'], [0, 'quarter', 'this-quarter'],
  [-1, 'quarter', 'last-quarter'], [0, 'year', 'this-year'], [-1, 'year', 'last-year'],
];

/** Adds a language's "today", "last month" … (Intl.RelativeTimeFormat) and "28 days" (unit format). */
function loadLanguage(t: PresetTables, language: string): boolean {
  if (t.loaded.has(language)) return false;
  t.loaded.add(language);
  try {
    const rtf = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
    for (const [value, unit, id] of RELATIVE) {
      const key = compact(rtf.format(value, unit));
      if (!t.fixed.has(key)) t.fixed.set(key, id);
      // Labels drop the article or preposition Intl's phrases carry: "le mois dernier", "в прошлом месяце".
      const bare = /^(?:the|le|la|l|el|il|в)(.{4,})$/.exec(key)?.[1];
      if (bare && !t.fixed.has(bare)) t.fixed.set(bare, id);
    }
    for (const unit of UNITS) {
      const nf = new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' });
      for (const count of [1, 2, 3, 5, 7, 11, 12, 14, 21, 24, 28, 30, 90, 101]) {
        t.units.set(compact(nf.format(count)).replace(/\d+/, '#'), unit);
      }
    }
  } catch {
    // Missing locale data: the hand-typed labels still apply.
  }
  return true;
}

function matchLoaded(t: PresetTables, text: string): string | undefined {
  const fixed = t.fixed.get(text);
  if (fixed) return fixed;
  const numbers = text.match(/\d+/g);
  if (!numbers || numbers.length !== 1) return undefined;
  const count = Number(numbers[0]);
  let rest = text.replace(/\d+/, '#');
  for (const word of t.lastWords) {
    const at = rest.indexOf(word);
    if (at >= 0) rest = rest.slice(0, at) + rest.slice(at + word.length);
  }
  for (const article of LEADING_ARTICLES) {
    if (rest.startsWith(article) && !t.units.has(rest) && t.units.has(rest.slice(article.length))) {
      rest = rest.slice(article.length);
    }
  }
  const unit = t.units.get(rest);
  return unit && count >= 1 && count <= MAX_COUNT[unit] ? `last-${count}-${unit}s` : undefined;
}

/**
 * The preset id a picker label names, or undefined. Parenthesised hints ("(Sun – Today)") are ignored.
 * Intl phrases are loaded lazily: the page's language first, then the languages of the label's script.
 */
export function matchPreset(label: string, locale?: string): string | undefined {
  if (typeof label !== 'string' || label.length > 120) return undefined;
  const text = compact(label.replace(/\([^()]*\)/g, ' '));
  if (!text) return undefined;
  const t = baseTables();
  let found = matchLoaded(t, text);
  const languages = [locale?.split('-')[0] ?? '', ...(PRESET_LANGUAGES.find(([script]) => script.test(text))?.[1] ?? [])];
  for (const language of languages) {
    if (found) break;
    if (language && loadLanguage(t, language)) found = matchLoaded(t, text);
  }
  return found;
}

// --- Resolution -----------------------------------------------------------------------------------

function range(start: number, end: number, preset: string): DateRangeResult {
  return { ok: true, start: dayToIso(start), end: dayToIso(end), preset };
}

/** Same day `months` months earlier, clamped to the month's end (31 Mar − 1 month = 28/29 Feb). */
function addMonths(day: number, months: number): number {
  const { year, month, day: dom } = dayToGregorian(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return gregorianToDay(y, m, Math.min(dom, gregorianDaysInMonth(y, m)));
}

/** GA4's hash uses camelCase (`last28Days`, `thisMonth`): accept both spellings. */
function canonicalPresetId(id: string): string {
  return id
    .trim()
    .replace(/([a-z])([A-Z0-9])/g, '$1-$2')
    .replace(/([0-9])([A-Za-z])/g, '$1-$2')
    .toLowerCase()
    .replace(/_/g, '-')
    .replace(/^last-calendar-/, 'last-')
    .replace(/^previous-/, 'last-');
}

/**
 * The dates a preset stands for on `today` (ISO). Unknown ids or an invalid `today` give `ok: false`.
 * `locale` only matters for weeks (their first day).
 */
export function resolvePreset(presetId: string, today: string, locale?: string): DateRangeResult {
  const fail = (message: string): DateRangeResult => ({ ok: false, message, raw: presetId });
  const t = isoToDay(today);
  if (t === undefined) return fail(`today is not an ISO date: ${today}`);
  const id = canonicalPresetId(presetId);
  const { year, month } = dayToGregorian(t);
  switch (id) {
    case 'today':
      return range(t, t, id);
    case 'yesterday':
      return range(t - 1, t - 1, id);
    case 'this-week':
    case 'last-week': {
      // Day numbers: 1970-01-01 was a Thursday (ISO weekday 4).
      const weekday = ((((t + 3) % 7) + 7) % 7) + 1;
      const first = localeConventions(locale).firstDayOfWeek;
      const weekStart = t - ((weekday - first + 7) % 7);
      return id === 'this-week' ? range(weekStart, t, id) : range(weekStart - 7, weekStart - 1, id);
    }
    case 'this-month':
    case 'month-to-date':
      return range(gregorianToDay(year, month, 1), t, id);
    case 'last-month': {
      const start = addMonths(gregorianToDay(year, month, 1), -1);
      return range(start, gregorianToDay(year, month, 1) - 1, id);
    }
    case 'this-quarter':
    case 'last-quarter': {
      const quarterStart = gregorianToDay(year, month - ((month - 1) % 3), 1);
      if (id === 'this-quarter') return range(quarterStart, t, id);
      return range(addMonths(quarterStart, -3), quarterStart - 1, id);
    }
    case 'this-year':
    case 'year-to-date':
      return range(gregorianToDay(year, 1, 1), t, id);
    case 'last-year':
      return range(gregorianToDay(year - 1, 1, 1), gregorianToDay(year - 1, 12, 31), id);
  }
  const match = /^last-(\d{1,4})-(day|week|month|year|hour)s?$/.exec(id);
  if (!match) return fail(`unknown date preset: ${presetId}`);
  const count = Number(match[1]);
  const unit = match[2] as Unit;
  if (count < 1 || count > MAX_COUNT[unit]) return fail(`date preset out of range: ${presetId}`);
  const canonical = `last-${count}-${unit}s`;
  switch (unit) {
    case 'day':
      return range(t - count, t - 1, canonical);
    case 'week':
      return range(t - 7 * count, t - 1, canonical);
    case 'month':
      return range(addMonths(t, -count), t - 1, canonical);
    case 'year':
      return range(addMonths(t, -12 * count), t - 1, canonical);
    case 'hour':
      return range(t - Math.max(1, Math.ceil(count / 24)), t, canonical);
  }
}
