/**
 * Round trip: whatever Intl prints for a range (formatRange, as Chrome-rendered pickers do), the parser
 * reads back to the same ISO dates — per locale, per style, and in the locale's own calendar.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayToIso, gregorianToDay } from '../../lib/parse/calendar';
import { parseDashboardDate, parseDateRange } from '../../lib/parse/date-range';

const DAY = 86_400_000;
const TODAY = '2026-11-15';

const LOCALES = [
  'en-US', 'en-IN', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'it-IT', 'nl-NL', 'ru-RU', 'tr-TR', 'fa-IR',
  'ar-EG', 'ar-SA', 'hi-IN', 'ja-JP', 'zh-CN', 'zh-TW', 'ko-KR',
  // Other calendars and digit systems, asked for explicitly (some ICUs default ar-SA to Umm al-Qura).
  'ar-SA-u-ca-islamic-umalqura', 'fa-IR-u-nu-latn', 'ar-SY', 'ar-MA',
];

const STYLES: ReadonlyArray<readonly [string, Intl.DateTimeFormatOptions]> = [
  ['medium', { dateStyle: 'medium' }],
  ['short month', { year: 'numeric', month: 'short', day: 'numeric' }],
  ['long month', { year: 'numeric', month: 'long', day: 'numeric' }],
  ['short', { dateStyle: 'short' }],
];

const FIRST = gregorianToDay(2000, 1, 1);
const LAST = gregorianToDay(2060, 12, 31);

/** Start anywhere in 2000–2060; the length leans to picker-like spans but reaches past a year. */
const rangeArb = fc
  .tuple(
    fc.integer({ min: FIRST, max: LAST }),
    fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 41, max: 800 })),
  )
  .map(([start, length]) => [start, Math.min(start + length, LAST)] as const);

describe('parseDateRange reads back what Intl formats', () => {
  it('ar-SA’s default calendar is one the parser handles', () => {
    const calendar = new Intl.DateTimeFormat('ar-SA').resolvedOptions().calendar;
    expect(['gregory', 'islamic-umalqura']).toContain(calendar);
  });

  for (const locale of LOCALES) {
    for (const [name, options] of STYLES) {
      it(`${locale}, ${name}`, () => {
        const formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
        fc.assert(
          fc.property(rangeArb, ([start, end]) => {
            const text = formatter.formatRange(new Date(start * DAY), new Date(end * DAY));
            const result = parseDateRange(text, { locale, today: TODAY });
            expect({ text, result }).toEqual({ text, result: { ok: true, start: dayToIso(start), end: dayToIso(end) } });
          }),
          { numRuns: 80 },
        );
      });
    }
  }
});

describe('parseDashboardDate reads back single dates', () => {
  for (const locale of LOCALES) {
    it(locale, () => {
      const formatters = STYLES.map(([, options]) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }));
      fc.assert(
        fc.property(fc.integer({ min: FIRST, max: LAST }), fc.nat(formatters.length - 1), (day, which) => {
          const text = formatters[which]!.format(new Date(day * DAY));
          expect({ text, result: parseDashboardDate(text, { locale, today: TODAY }) }).toEqual({
            text,
            result: { ok: true, date: dayToIso(day) },
          });
        }),
        { numRuns: 80 },
      );
    });
  }
});

describe('year-less ranges', () => {
  it('take the year that puts them in the past of today', () => {
    const formatter = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
    const today = gregorianToDay(2026, 11, 15);
    fc.assert(
      fc.property(fc.integer({ min: today - 360, max: today }), fc.integer({ min: 0, max: 60 }), (start, length) => {
        const end = Math.min(start + length, today);
        const text = formatter.formatRange(new Date(start * DAY), new Date(end * DAY));
        expect(parseDateRange(text, { locale: 'en-US', today: TODAY })).toEqual({
          ok: true,
          start: dayToIso(start),
          end: dayToIso(end),
        });
      }),
      { numRuns: 200 },
    );
  });
});
