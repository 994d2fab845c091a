/**
 * Round-trip cases for the date-range parser: for each locale, date style and kind of range, the text
 * `Intl.DateTimeFormat(locale, { dateStyle }).formatRange(a, b)` prints (Node's ICU, so fa prints the
 * Persian calendar, th the Buddhist one) and the two ISO dates it stands for.
 */
import type { DateRangeResult } from '../../lib/parse/types';

export const ROUNDTRIP_LOCALES = [
  'en', 'en-GB', 'fa', 'ar', 'ar-EG', 'zh-TW', 'zh-CN', 'de', 'fr', 'es', 'it', 'pt-BR', 'pt-PT', 'nl', 'pl', 'ru',
  'uk', 'tr', 'ja', 'ko', 'id', 'vi', 'th', 'he', 'hi',
] as const;

export const ROUNDTRIP_STYLES = ['short', 'medium', 'long'] as const;
export type RoundTripStyle = (typeof ROUNDTRIP_STYLES)[number];

/** Kinds of range, in Gregorian terms: within one month, across months of one year, across years. */
export type RangeKind = 'month' | 'months' | 'years';

/** Fixed date pairs per kind, spread over the year (leap day and month ends included). All before today. */
export const ROUNDTRIP_PAIRS: Readonly<Record<RangeKind, ReadonlyArray<readonly [string, string]>>> = {
  month: [
    ['2026-10-01', '2026-10-31'],
    ['2026-02-03', '2026-02-17'],
    ['2026-06-10', '2026-06-30'],
    ['2026-09-01', '2026-09-30'],
  ],
  months: [
    ['2026-11-03', '2026-12-02'],
    ['2026-03-28', '2026-05-04'],
    ['2026-07-15', '2026-09-09'],
    ['2026-01-31', '2026-02-28'],
  ],
  years: [
    ['2025-12-15', '2026-01-14'],
    ['2024-02-29', '2026-03-01'],
    ['2025-06-20', '2026-06-19'],
    ['2023-08-08', '2026-04-30'],
  ],
};

export const ROUNDTRIP_TODAY = '2026-12-04';

export interface RoundTripCase {
  locale: string;
  style: RoundTripStyle;
  kind: RangeKind;
  start: string;
  end: string;
  text: string;
}

export type RoundTripOutcome = 'right' | 'missed' | 'wrong';

export interface RoundTripResult extends RoundTripCase {
  outcome: RoundTripOutcome;
  result: DateRangeResult;
}

const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** Every locale × style × kind × pair, with the text Intl prints for it. */
export function roundTripCases(): RoundTripCase[] {
  const cases: RoundTripCase[] = [];
  for (const locale of ROUNDTRIP_LOCALES) {
    for (const style of ROUNDTRIP_STYLES) {
      const formatter = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' });
      for (const kind of Object.keys(ROUNDTRIP_PAIRS) as RangeKind[]) {
        for (const [start, end] of ROUNDTRIP_PAIRS[kind]) {
          cases.push({ locale, style, kind, start, end, text: formatter.formatRange(utc(start), utc(end)) });
        }
      }
    }
  }
  return cases;
}

/** Parses each case and sorts it: read right, missed (ok:false), or wrong but sure (ok:true, other dates). */
export function runRoundTrip(
  parse: (text: string, context: { locale: string; today: string }) => DateRangeResult,
  cases: readonly RoundTripCase[] = roundTripCases(),
): RoundTripResult[] {
  return cases.map((c) => {
    const result = parse(c.text, { locale: c.locale, today: ROUNDTRIP_TODAY });
    const outcome: RoundTripOutcome = !result.ok ? 'missed' : result.start === c.start && result.end === c.end ? 'right' : 'wrong';
    return { ...c, outcome, result };
  });
}

export function tally(results: readonly RoundTripResult[]): Record<RoundTripOutcome | 'total', number> {
  const counts = { right: 0, missed: 0, wrong: 0, total: results.length };
  for (const r of results) counts[r.outcome]++;
  return counts;
}

/** `locale/style/kind`, the key known misses are listed by. */
export const groupKey = (c: Pick<RoundTripCase, 'locale' | 'style' | 'kind'>): string => `${c.locale}/${c.style}/${c.kind}`;
