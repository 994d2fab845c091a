import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarDateToDay,
  dayToCalendarDate,
  dayToIso,
  daysInMonth,
  gregorianToDay,
  isoToDay,
  isPersianLeapYear,
} from '../../lib/parse/calendar';

const DAY = 86_400_000;

/** What Intl itself says a day is in `calendar`: the reference the conversions must match. */
function intlParts(calendar: string): (day: number) => { year: number; month: number; day: number } {
  const formatter = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  return (day) => {
    const parts = Object.fromEntries(formatter.formatToParts(new Date(day * DAY)).map((p) => [p.type, p.value]));
    return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
  };
}

describe('Gregorian day numbers', () => {
  it('round-trips ISO dates', () => {
    expect(isoToDay('1970-01-01')).toBe(0);
    expect(dayToIso(gregorianToDay(2026, 10, 31))).toBe('2026-10-31');
    expect(isoToDay('2026-02-29')).toBeUndefined();
    expect(isoToDay('2028-02-29')).toBe(gregorianToDay(2028, 2, 29));
    expect(isoToDay('2026-1-1')).toBeUndefined();
  });
  it('handles years below 100 without Date.UTC’s 1900 shift', () => {
    expect(dayToIso(gregorianToDay(622, 3, 19))).toBe('0622-03-19');
  });
});

describe('Persian calendar against Intl', () => {
  const reference = intlParts('persian');
  it('matches Intl on every day from 1990 to 2060 (both directions)', () => {
    for (let day = gregorianToDay(1990, 1, 1); day < gregorianToDay(2060, 1, 1); day++) {
      const expected = reference(day);
      const got = dayToCalendarDate('persian', day);
      if (got.year !== expected.year || got.month !== expected.month || got.day !== expected.day) {
        expect({ iso: dayToIso(day), got }).toEqual({ iso: dayToIso(day), got: expected });
      }
      if (calendarDateToDay('persian', expected.year, expected.month, expected.day) !== day) {
        expect(calendarDateToDay('persian', expected.year, expected.month, expected.day)).toBe(day);
      }
    }
  });
  it('matches Intl on random days from 1000 to 2600 CE (including ICU’s post-1502 AP rule)', () => {
    fc.assert(
      fc.property(fc.integer({ min: gregorianToDay(1000, 1, 1), max: gregorianToDay(2600, 1, 1) }), (day) => {
        const expected = reference(day);
        expect(dayToCalendarDate('persian', day)).toEqual(expected);
        expect(calendarDateToDay('persian', expected.year, expected.month, expected.day)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });
  it('knows Nowruz and leap years', () => {
    expect(dayToIso(calendarDateToDay('persian', 1405, 1, 1)!)).toBe('2026-03-21');
    expect(isPersianLeapYear(1403)).toBe(true);
    expect(daysInMonth('persian', 1403, 12)).toBe(30);
    expect(daysInMonth('persian', 1404, 12)).toBe(29);
    expect(calendarDateToDay('persian', 1404, 12, 30)).toBeUndefined();
    expect(calendarDateToDay('persian', 1405, 13, 1)).toBeUndefined();
  });
});

describe('Islamic (Umm al-Qura) calendar through Intl', () => {
  const reference = intlParts('islamic-umalqura');
  it('converts random days from 1990 to 2060 both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: gregorianToDay(1990, 1, 1), max: gregorianToDay(2060, 1, 1) }), (day) => {
        const expected = reference(day);
        expect(dayToCalendarDate('islamic-umalqura', day)).toEqual(expected);
        expect(calendarDateToDay('islamic-umalqura', expected.year, expected.month, expected.day)).toBe(day);
      }),
      { numRuns: 1500 },
    );
  });
  it('converts the first and last day of every month 1440–1480 AH', () => {
    for (let year = 1440; year <= 1480; year++) {
      for (let month = 1; month <= 12; month++) {
        const length = daysInMonth('islamic-umalqura', year, month);
        expect([29, 30]).toContain(length);
        const first = calendarDateToDay('islamic-umalqura', year, month, 1)!;
        const last = calendarDateToDay('islamic-umalqura', year, month, length)!;
        expect(reference(first)).toEqual({ year, month, day: 1 });
        expect(reference(last)).toEqual({ year, month, day: length });
        if (length === 29) expect(calendarDateToDay('islamic-umalqura', year, month, 30)).toBeUndefined();
      }
    }
  });
  it('also works for the tabular islamic-civil variant', () => {
    const civil = intlParts('islamic-civil');
    const day = gregorianToDay(2026, 10, 1);
    const expected = civil(day);
    expect(calendarDateToDay('islamic-civil', expected.year, expected.month, expected.day)).toBe(day);
  });
});
