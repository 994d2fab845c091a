/**
 * Arbitrary text through both parsers: they must never throw, never report a non-finite value or
 * precision, and stay fast on any single string (no catastrophic backtracking on long input).
 * GOALPOST_FUZZ_RUNS sets the number of strings per arbitrary (default 5000).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDashboardNumber, parseDuration } from '../../lib/parse/number';
import type { NumberContext, NumberResult } from '../../lib/parse/types';

const RUNS = Number(process.env.GOALPOST_FUZZ_RUNS ?? 5000);
const MAX_MS = 50;

const SEPARATORS = ['.', ',', ' ', '\u00a0', '\u202f', "'", '’', '٬', '٫', ':', '%', '٪', '‰', '-', '−', '+', '(', ')'];
const DIGITS = [...'0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩१२३४५६७८९０１２３'];
const WORDS = ['K', 'M', 'Mio.', '万', 'هزار', 'ألف', '$', 'US$', '€', 'ر.س.', 'h', 'm', 's', 'min', '分', '秒', 'و', '\u200f', '\u061c'];

const arbitraries: Record<string, fc.Arbitrary<string>> = {
  'any Unicode': fc.string({ unit: 'binary', maxLength: 40 }),
  'digits and separators': fc.string({ unit: fc.constantFrom(...DIGITS, ...SEPARATORS), maxLength: 60 }),
  'separators only': fc.string({ unit: fc.constantFrom(...SEPARATORS), maxLength: 60 }),
  'numbers with units and symbols': fc.string({ unit: fc.constantFrom(...DIGITS, ...SEPARATORS, ...WORDS), maxLength: 30 }),
  'very long': fc.string({ unit: fc.constantFrom(...DIGITS, ...SEPARATORS, ...WORDS, 'a', 'é'), minLength: 100, maxLength: 10_000 }),
};
const context: fc.Arbitrary<NumberContext> = fc.record(
  {
    locale: fc.constantFrom('en-US', 'de-DE', 'fa-IR', 'ar-EG', 'zh-CN', 'hi-IN', 'xx', '', 'not a locale'),
    neighbours: fc.array(fc.string({ unit: fc.constantFrom(...DIGITS, ...SEPARATORS), maxLength: 12 }), { maxLength: 4 }),
  },
  { requiredKeys: [] },
);

/**
 * Runs `parse` and fails if it is slow. A slow call is retried: a garbage-collection pause hits one call
 * at random, while input that really makes the parser slow is slow every time.
 */
function timed(parse: () => NumberResult): NumberResult {
  let fastest = Infinity;
  let result: NumberResult | undefined;
  for (let attempt = 0; attempt < 3 && fastest > MAX_MS; attempt++) {
    const start = performance.now();
    result = parse();
    fastest = Math.min(fastest, performance.now() - start);
  }
  if (fastest > MAX_MS) throw new Error(`took ${fastest.toFixed(1)} ms`);
  return result!;
}

function expectWellFormed(result: NumberResult, raw: string) {
  expect(result.raw).toBe(raw);
  if (result.ok) {
    expect(Number.isFinite(result.value)).toBe(true);
    expect(Number.isFinite(result.precision) && result.precision >= 0).toBe(true);
  } else {
    expect(['no-value', 'not-a-number']).toContain(result.reason);
    expect(typeof result.message).toBe('string');
  }
}

describe('fuzz', () => {
  beforeAll(() => {
    // First use of a locale loads its Intl data (milliseconds each); that one-off cost is not what is timed here.
    for (const locale of ['en-US', 'de-DE', 'fa-IR', 'ar-EG', 'zh-CN', 'hi-IN', 'xx']) {
      for (const text of ['1 sessions', '1 Xyz', '1 ثثث', '1 ثانیهx', '1 分x', '1 लाखx', 'mille', 'zz']) {
        parseDashboardNumber(text, { locale });
      }
    }
  });

  it.each(Object.keys(arbitraries))('%s', (name) => {
    fc.assert(
      fc.property(arbitraries[name]!, context, (text, ctx) => {
        expectWellFormed(timed(() => parseDashboardNumber(text, ctx)), text);
        expectWellFormed(timed(() => parseDuration(text, ctx)), text);
      }),
      { numRuns: name === 'very long' ? Math.ceil(RUNS / 10) : RUNS },
    );
  });
});
