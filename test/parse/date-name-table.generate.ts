/**
 * Generates lib/parse/date-name-table.ts: month and weekday names as Intl (Node's ICU) prints them,
 * normalized the way the parser compares words. The parser reads the committed table, so it does not
 * depend on the browser's ICU shipping every locale.
 *
 *   npx tsx test/parse/date-name-table.generate.ts        (rewrites the table)
 *
 * test/parse/date-name-table.test.ts checks that the committed table still holds everything this
 * Node's Intl prints.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nameKey, type NameCalendar } from '../../lib/parse/date-names';

interface Language {
  /** Key in the table (the language subtag the parser looks up). */
  lang: string;
  /** Regional variants whose names are merged in (ar-SY's تشرين الأول, de-AT's Jänner …). */
  tags: readonly string[];
  /** Calendars whose month names the language prints; none for languages that print months as numbers. */
  calendars: readonly NameCalendar[];
  /** Literal prefixes the language's date patterns glue to a month name (Hebrew "1–31 באוק׳"). */
  prefixes?: readonly string[];
}

export const LANGUAGES: readonly Language[] = [
  { lang: 'en', tags: ['en', 'en-GB', 'en-IN', 'en-AU', 'en-CA'], calendars: ['gregory'] },
  { lang: 'de', tags: ['de', 'de-AT', 'de-CH'], calendars: ['gregory'] },
  { lang: 'fr', tags: ['fr', 'fr-CA', 'fr-CH'], calendars: ['gregory'] },
  { lang: 'es', tags: ['es', 'es-MX', 'es-419', 'es-US'], calendars: ['gregory'] },
  { lang: 'pt', tags: ['pt', 'pt-PT'], calendars: ['gregory'] },
  { lang: 'it', tags: ['it'], calendars: ['gregory'] },
  { lang: 'nl', tags: ['nl', 'nl-BE'], calendars: ['gregory'] },
  { lang: 'tr', tags: ['tr'], calendars: ['gregory'] },
  { lang: 'id', tags: ['id'], calendars: ['gregory'] },
  { lang: 'pl', tags: ['pl'], calendars: ['gregory'] },
  { lang: 'ru', tags: ['ru'], calendars: ['gregory'] },
  { lang: 'uk', tags: ['uk'], calendars: ['gregory'] },
  { lang: 'he', tags: ['he'], calendars: ['gregory'], prefixes: ['ב'] },
  { lang: 'hi', tags: ['hi'], calendars: ['gregory'] },
  { lang: 'th', tags: ['th'], calendars: ['gregory'] },
  { lang: 'fa', tags: ['fa'], calendars: ['gregory', 'persian', 'islamic'] },
  {
    lang: 'ar',
    tags: ['ar', 'ar-EG', 'ar-SA', 'ar-SY', 'ar-LB', 'ar-IQ', 'ar-MA', 'ar-DZ', 'ar-TN'],
    calendars: ['gregory', 'islamic'],
  },
  // Months print as numbers (10月, 10월, tháng 10): weekday names only.
  { lang: 'ja', tags: ['ja'], calendars: [] },
  { lang: 'ko', tags: ['ko'], calendars: [] },
  { lang: 'zh', tags: ['zh', 'zh-TW', 'zh-HK'], calendars: [] },
  { lang: 'vi', tags: ['vi'], calendars: [] },
];

const MONTH_OPTIONS: ReadonlyArray<readonly [Intl.DateTimeFormatOptions, boolean]> = [
  [{ month: 'long' }, true],
  [{ month: 'long', day: 'numeric' }, true],
  [{ dateStyle: 'long' }, true],
  [{ month: 'short' }, false],
  [{ month: 'short', day: 'numeric' }, false],
  [{ dateStyle: 'medium' }, false],
];

function calendarTag(tag: string, cal: NameCalendar): string {
  return `${tag}-u-ca-${cal === 'islamic' ? 'islamic-umalqura' : cal}`;
}

/** One date inside each month 1…12 of the calendar. */
function monthSamples(cal: NameCalendar): Map<number, Date> {
  const numeric = new Intl.DateTimeFormat(`${calendarTag('en', cal)}-nu-latn`, { month: 'numeric', timeZone: 'UTC' });
  const samples = new Map<number, Date>();
  for (let step = 0; step < 27 && samples.size < 12; step++) {
    const date = new Date(Date.UTC(2026, 0, 10 + step * 15));
    const month = Number(numeric.format(date));
    if (!samples.has(month)) samples.set(month, date);
  }
  return samples;
}

function monthPart(formatter: Intl.DateTimeFormat, date: Date): string | undefined {
  return formatter.formatToParts(date).find((p) => p.type === 'month')?.value;
}

/** Keys of month names: digits mean the month prints as a number (vi "thg 10"), not a name. */
function usable(key: string): boolean {
  return key !== '' && !/[\d月월]/.test(key);
}

/** `long,long2/short,short2` for each month 1…12, joined by `|`; undefined when the language has none. */
export function monthRow(language: Language, cal: NameCalendar): string | undefined {
  const samples = monthSamples(cal);
  const months: string[] = [];
  for (let month = 1; month <= 12; month++) {
    const date = samples.get(month)!;
    const long = new Set<string>();
    const short = new Set<string>();
    for (const tag of language.tags) {
      for (const [options, isLong] of MONTH_OPTIONS) {
        const formatter = new Intl.DateTimeFormat(calendarTag(tag, cal), { ...options, timeZone: 'UTC' });
        const raw = options.dateStyle ? monthPart(formatter, date) : [formatter.format(date), monthPart(formatter, date)];
        for (const name of [raw].flat()) {
          if (!name) continue;
          for (const prefix of ['', ...(language.prefixes ?? [])]) {
            const key = nameKey(prefix + name);
            if (usable(key)) (isLong ? long : short).add(key);
          }
        }
      }
    }
    for (const key of long) short.delete(key);
    if (long.size === 0 && short.size === 0) return undefined;
    months.push([...long].join(',') + (short.size ? `/${[...short].join(',')}` : ''));
  }
  return months.join('|');
}

/** Words of the language's weekday names (`quinta-feira` → quinta, feira), long and short, standalone and in dates. */
export function weekdayRow(language: Language): string {
  const words = new Set<string>();
  for (const tag of language.tags) {
    for (const options of [{ weekday: 'long' }, { weekday: 'short' }, { dateStyle: 'full' }] as Intl.DateTimeFormatOptions[]) {
      const formatter = new Intl.DateTimeFormat(calendarTag(tag, 'gregory'), { ...options, timeZone: 'UTC' });
      for (let day = 0; day < 7; day++) {
        const date = new Date(Date.UTC(2026, 0, 4 + day));
        const name = options.dateStyle ? formatter.formatToParts(date).find((p) => p.type === 'weekday')?.value : formatter.format(date);
        for (const word of nameKey(name ?? '').split(/[\s-]/)) if (word && !/\d/.test(word)) words.add(word);
      }
    }
  }
  return [...words].join(',');
}

export function generateDateNameTable(): string {
  const months: string[] = [];
  const weekdays: string[] = [];
  for (const language of LANGUAGES) {
    for (const cal of language.calendars) {
      const row = monthRow(language, cal);
      if (row) months.push(`  ['${language.lang}', '${cal}', '${row}'],`);
    }
    weekdays.push(`  ${/^[a-z]+$/.test(language.lang) ? language.lang : `'${language.lang}'`}: '${weekdayRow(language)}',`);
  }
  return `/**
 * Month and weekday names as Intl prints them (generated from Node ${process.versions.node}, ICU ${process.versions.icu},
 * CLDR ${process.versions.cldr} by test/parse/date-name-table.generate.ts; do not edit by hand, add hand spellings in
 * date-names.ts). Keys are normalized with \`nameKey\` (lower case, no diacritics or abbreviation dots).
 *
 * MONTH_NAMES rows: language, calendar, then the months 1…12 separated by \`|\`; each month lists its long
 * names (standalone and in-date/genitive), then after \`/\` its short ones, comma-separated.
 * WEEKDAY_NAMES: the words of each language's weekday names, long and short.
 */
import type { NameCalendar } from './date-names';

export const MONTH_NAMES: ReadonlyArray<readonly [language: string, calendar: NameCalendar, months: string]> = [
${months.join('\n')}
];

export const WEEKDAY_NAMES: Readonly<Record<string, string>> = {
${weekdays.join('\n')}
};
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = fileURLToPath(new URL('../../lib/parse/date-name-table.ts', import.meta.url));
  writeFileSync(target, generateDateNameTable());
  console.log(`wrote ${target}`);
}
