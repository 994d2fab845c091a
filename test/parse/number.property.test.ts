/**
 * Round trip: whatever Intl prints for these locales, the parser reads back. Non-compact text must give
 * exactly the value Intl rounded to; compact text must land within the precision it reports.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDashboardNumber } from '../../lib/parse/number';

const LOCALES = [
  'en-US', 'en-IN', 'de-DE', 'de-CH', 'fr-FR', 'es-ES', 'pt-BR', 'it-IT', 'ru-RU', 'tr-TR', 'fa-IR',
  'ar-EG', 'ar-SA', 'hi-IN', 'ja-JP', 'zh-CN', 'zh-TW', 'ko-KR', 'id-ID',
];
const CURRENCIES = ['USD', 'EUR', 'JPY', 'IRR', 'SAR', 'TWD', 'INR'];
const RUNS = { numRuns: 200 };

/** Values a dashboard shows: decimals of every length, large counts, negatives, zero. */
const value = fc.oneof(
  fc.tuple(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), fc.integer({ min: 0, max: 6 })).map(([n, k]) => n / 10 ** k),
  fc.double({ min: -1e14, max: 1e14, noNaN: true }),
  fc.integer({ min: -99_999, max: 99_999 }),
);

/** The value Intl rounded to, read from an unambiguous en-US rendering with the same digits settings. */
const plainTwins = new WeakMap<Intl.NumberFormat, Intl.NumberFormat>();
function roundedAsIntl(format: Intl.NumberFormat, v: number): number {
  let plain = plainTwins.get(format);
  if (!plain) {
    const { minimumFractionDigits, maximumFractionDigits, style } = format.resolvedOptions();
    plain = new Intl.NumberFormat('en-US', {
      style: style === 'percent' ? 'percent' : 'decimal',
      minimumFractionDigits,
      maximumFractionDigits,
      useGrouping: false,
    });
    plainTwins.set(format, plain);
  }
  return Number(plain.format(v).replace('%', '')) + 0;
}

/** Checks a non-compact reading; plain comparisons first, `expect` only to report a mismatch (it is slow per call). */
function expectExact(format: Intl.NumberFormat, locale: string, v: number) {
  const printed = format.format(v);
  const result = parseDashboardNumber(printed, { locale });
  if (!result.ok) throw new Error(`${locale} ${JSON.stringify(printed)}: ${result.message}`);
  const expected = roundedAsIntl(format, v);
  const fine = result.value === expected && !result.ambiguous && !result.compact && result.precision > 0 && result.precision <= 0.5;
  if (!fine) {
    expect({ printed, value: result.value, ambiguous: result.ambiguous, compact: result.compact }).toEqual({
      printed, value: expected, ambiguous: false, compact: false,
    });
    expect(result.precision).toBeGreaterThan(0);
    expect(result.precision).toBeLessThanOrEqual(0.5);
  }
  return result;
}

describe.each(LOCALES)('%s round trip', (locale) => {
  it('decimal', () => {
    const format = new Intl.NumberFormat(locale);
    fc.assert(fc.property(value, (v) => void expectExact(format, locale, v)), RUNS);
  });

  it('percent', () => {
    const formats = [0, 1, 2, 3].map((digits) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }));
    fc.assert(
      fc.property(value, fc.constantFrom(...formats), (v, format) => {
        const { unit } = expectExact(format, locale, v / 100);
        if (unit !== 'percent') expect(unit).toBe('percent');
      }),
      RUNS,
    );
  });

  it.each(CURRENCIES)('currency %s', (currency) => {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    fc.assert(
      fc.property(value, (v) => {
        const result = expectExact(format, locale, v);
        if (result.unit !== 'currency' || result.currency !== currency) {
          expect({ printed: format.format(v), unit: result.unit, currency: result.currency }).toEqual({
            printed: format.format(v), unit: 'currency', currency,
          });
        }
      }),
      RUNS,
    );
  });

  it.each(['short', 'long'] as const)('compact %s', (compactDisplay) => {
    const format = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay });
    // Compact keeps two significant digits even of 5e-324 (a 300-digit "0.000…5") — no dashboard prints that.
    const shown = value.filter((v) => v === 0 || Math.abs(v) >= 1e-3);
    fc.assert(
      fc.property(shown, (v) => {
        const printed = format.format(v);
        const result = parseDashboardNumber(printed, { locale });
        if (!result.ok) throw new Error(`${locale} ${JSON.stringify(printed)}: ${result.message}`);
        const error = Math.abs(result.value - v);
        if (error > result.precision * (1 + 1e-9) || result.unit !== 'count') {
          expect({ printed, error, unit: result.unit }).toEqual({ printed, error: `≤ ${result.precision}`, unit: 'count' });
        }
      }),
      RUNS,
    );
  });
});
