/**
 * Arbitrary text never makes the date parser throw, hang or answer nonsense. Runs are set by
 * GOALPOST_FUZZ_RUNS (default 5000, split over the generators below).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../lib/parse/calendar';
import { dateRangeFromUrl, parseDashboardDate, parseDateRange } from '../../lib/parse/date-range';
import { matchPreset } from '../../lib/parse/date-presets';
import type { DateRangeResult } from '../../lib/parse/types';

const RUNS = Number(process.env.GOALPOST_FUZZ_RUNS ?? 5000);
const MAX_MS = 50;
const LOCALES = [undefined, 'en-US', 'de-DE', 'fa-IR', 'ar-SA', 'ja-JP', 'ko-KR', 'ru-RU', 'xx-invalid-tag!', ''];

/** Pieces of real picker text, so that random strings often get deep into the parser. */
const SOUP = [
  '0', '1', '2', '9', '12', '31', '2026', '1405', '1448', '20261001', '۱', '۴', '١', '٣', '１', '.', ',', '/', '-', ' – ', '–',
  '—', '~', '～', '〜', ' ', '\u00a0', '\u202f', '\u200f', ':', '：', '(', ')', '年', '月', '日', '년', '월', '일', '至', 'to',
  'bis', 'تا', 'إلى', 'Oct', 'Okt.', 'октября', 'г.', 'مهر', 'اسفند', 'تشرين الأول', 'ربيع الآخر', 'هـ', 'Sept', 'Last',
  '28', 'days', 'Letzte', 'Tage', '过去', '天', 'de', 'al', 'a', 'er', 't/m', '\n', 'Dec', 'Jan', 'Feb 29',
];

const soup = fc.array(fc.constantFrom(...SOUP), { maxLength: 40 }).map((parts) => parts.join(''));
const anyUnicode = fc.string({ unit: 'binary', maxLength: 120 });
const longStrings = fc.oneof(
  fc.string({ unit: 'binary', minLength: 200, maxLength: 10_000 }),
  fc.array(fc.constantFrom(...SOUP), { minLength: 100, maxLength: 2_500 }).map((parts) => parts.join('')),
  fc.nat(10_000).map((n) => `${'1-'.repeat(n)}Oct 2026`),
  fc.nat(5_000).map((n) => `Oct 1 ${'– '.repeat(n)}31, 2026`),
  fc.nat(10_000).map((n) => ' '.repeat(n) + 'Oct 1 – 31, 2026'),
);

/** Fails when a call is slow every time: a single slow run is a GC pause or a busy machine, not backtracking. */
function timed<T>(run: () => T): T {
  let fastest = Infinity;
  let result: T | undefined;
  for (let attempt = 0; attempt < 3 && fastest > MAX_MS; attempt++) {
    const started = performance.now();
    result = run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  if (fastest > MAX_MS) throw new Error(`took ${fastest.toFixed(1)} ms`);
  return result as T;
}

function checkResult(result: DateRangeResult): void {
  if (result.ok) {
    const start = isoToDay(result.start);
    const end = isoToDay(result.end);
    expect(start).toBeTypeOf('number');
    expect(end).toBeTypeOf('number');
    expect(start!).toBeLessThanOrEqual(end!);
    expect(result.start >= '1900-01-01' && result.end <= '2199-12-31').toBe(true);
  } else {
    expect(result.message).not.toMatch(/^internal error/);
    expect(typeof result.raw).toBe('string');
  }
}

function check(text: string, locale: string | undefined): void {
  const context = { locale, today: '2026-11-15' };
  checkResult(timed(() => parseDateRange(text, context)));
  const single = timed(() => parseDashboardDate(text, context));
  if (single.ok) expect(isoToDay(single.date)).toBeTypeOf('number');
  else expect(single.message).not.toMatch(/^internal error/);
  timed(() => matchPreset(text));
  checkResult(timed(() => dateRangeFromUrl(text, '2026-11-15')));
}

describe('date range fuzz', () => {
  // Build the name and preset tables before timing anything.
  parseDateRange('Last 28 days', { today: '2026-11-15' });
  parseDateRange('Oct 1 – 31, 2026', { today: '2026-11-15' });
  const locale = fc.constantFrom(...LOCALES);

  it('survives any Unicode text', () => {
    fc.assert(fc.property(anyUnicode, locale, check), { numRuns: Math.ceil(RUNS * 0.4) });
  });
  it('survives digit and separator soup', () => {
    fc.assert(fc.property(soup, locale, check), { numRuns: Math.ceil(RUNS * 0.5) });
  });
  it('survives very long strings', () => {
    fc.assert(fc.property(longStrings, locale, check), { numRuns: Math.max(10, Math.ceil(RUNS * 0.1)) });
  });
  it('is not fooled by odd inputs', () => {
    for (const text of ['', ' ', '–', '::::', '(((', ')))', '\u0000', '\ud800', '9'.repeat(300), '31/31/31', '0.0.0']) {
      check(text, 'en-US');
    }
    const weird = [null, undefined, 42, {}] as unknown as string[];
    for (const value of weird) checkResult(parseDateRange(value, { today: '2026-11-15' }));
  });
});
