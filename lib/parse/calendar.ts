/**
 * Calendar arithmetic for date pickers. Dates travel as "day numbers" (days since 1970-01-01, UTC)
 * because that makes ranges, presets and conversions plain integer arithmetic.
 *
 * Supported calendars: `gregory`, `buddhist` (Thai solar: Gregorian months, year + 543, as ICU has it),
 * `persian` (arithmetic, matching ICU) and any Islamic variant
 * ICU knows (`islamic-umalqura`, `islamic-civil`, …), converted by asking Intl itself, which is
 * exact by construction: Umm al-Qura is a published table, not a formula.
 */

export type CalendarId = string;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

/** Day number of a proleptic Gregorian date; `Date.UTC` maps years 0–99 to 1900+, so set the year explicitly. */
export function gregorianToDay(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

export function dayToGregorian(dayNumber: number): CalendarDate {
  const date = new Date(dayNumber * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function dayToIso(dayNumber: number): string {
  const { year, month, day } = dayToGregorian(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a valid ISO `YYYY-MM-DD`, or undefined. */
export function isoToDay(iso: string): number | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  return gregorianDateToDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function gregorianDaysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function gregorianDateToDay(year: number, month: number, day: number): number | undefined {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return undefined;
  if (day > gregorianDaysInMonth(year, month)) return undefined;
  return gregorianToDay(year, month, day);
}

// --- Persian (Solar Hijri) ------------------------------------------------------------------------
// ICU (hence Intl, hence Chrome-rendered dashboards) uses the arithmetic 33-year cycle up to 1502 AP
// (2124 CE): a year is leap when (25·y + 11) mod 33 < 8. Matching what the page was formatted with is
// what matters, so past that year (where ICU 78 departs from the cycle) we ask Intl instead.
const PERSIAN_MONTH_START = [0, 31, 62, 93, 124, 155, 186, 216, 246, 276, 306, 336];
/** Day number of 1 Farvardin 1 AP minus one, calibrated so that 1 Farvardin 1405 = 2026-03-21. */
const PERSIAN_EPOCH = -492_269;

function persianYearStart(year: number): number {
  return PERSIAN_EPOCH + 365 * (year - 1) + Math.floor((8 * year + 21) / 33);
}

export function isPersianLeapYear(year: number): boolean {
  return (((25 * year + 11) % 33) + 33) % 33 < 8;
}

export function persianDaysInMonth(year: number, month: number): number {
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return isPersianLeapYear(year) ? 30 : 29;
}

/** 1 Farvardin 1503: the first day where the 33-year cycle and ICU disagree. */
const PERSIAN_ARITHMETIC_END = 56_326; // 2124-03-20

export function dayToPersian(dayNumber: number): CalendarDate {
  if (dayNumber >= PERSIAN_ARITHMETIC_END) return intlDayToDate('persian', dayNumber);
  const sinceEpoch = dayNumber - PERSIAN_EPOCH - 1;
  let year = 1 + Math.floor((33 * sinceEpoch + 3) / 12053);
  // The closed-form year estimate can be off by one at a year boundary; settle it against the exact start.
  while (dayNumber < persianYearStart(year) + 1) year--;
  while (dayNumber >= persianYearStart(year + 1) + 1) year++;
  const dayOfYear = dayNumber - persianYearStart(year) - 1;
  const month = dayOfYear < 186 ? Math.floor(dayOfYear / 31) + 1 : Math.floor((dayOfYear - 6) / 30) + 1;
  return { year, month, day: dayOfYear - PERSIAN_MONTH_START[month - 1]! + 1 };
}

function persianDateToDay(year: number, month: number, day: number): number | undefined {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return undefined;
  if (year > 1502) return intlDateToDay('persian', year, month, day);
  if (day > persianDaysInMonth(year, month)) return undefined;
  return persianYearStart(year) + PERSIAN_MONTH_START[month - 1]! + day;
}

// --- Thai Buddhist ---------------------------------------------------------------------------------
/** ICU's `buddhist` calendar is the proleptic Gregorian one with the Buddhist Era: 2569 BE = 2026 CE. */
export const BUDDHIST_ERA_OFFSET = 543;

// --- Other calendars through Intl -----------------------------------------------------------------
const formatters = new Map<string, Intl.DateTimeFormat>();

function numericFormatter(calendar: CalendarId): Intl.DateTimeFormat {
  let formatter = formatters.get(calendar);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    formatters.set(calendar, formatter);
  }
  return formatter;
}

function intlDayToDate(calendar: CalendarId, dayNumber: number): CalendarDate {
  const date: CalendarDate = { year: NaN, month: NaN, day: NaN };
  for (const part of numericFormatter(calendar).formatToParts(new Date(dayNumber * MS_PER_DAY))) {
    if (part.type === 'year' || part.type === 'month' || part.type === 'day') date[part.type] = Number(part.value);
  }
  return date;
}

/** Epoch and mean year/month lengths, for a first guess that the search then corrects. */
const LUNAR = { epoch: -492_148, year: 354.367, month: 29.5306 }; // 1 Muharram 1 AH = 16 July 622 (Julian)
const SOLAR = { epoch: PERSIAN_EPOCH + 1, year: 365.2422, month: 30.44 };

function intlDateToDay(calendar: CalendarId, year: number, month: number, day: number): number | undefined {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const mean = calendar === 'persian' ? SOLAR : LUNAR;
  const ordinal = (d: CalendarDate): number => (d.year - 1) * mean.year + (d.month - 1) * mean.month + d.day;
  const target = ordinal({ year, month, day });
  let guess = mean.epoch + Math.round(target) - 1;
  for (let step = 0; step < 6; step++) {
    const found = intlDayToDate(calendar, guess);
    if (found.year === year && found.month === month && found.day === day) return guess;
    const delta = Math.round(target - ordinal(found));
    if (delta === 0) break;
    guess += delta;
  }
  // Near month ends the mean-length estimate can oscillate; the answer is then within a few days.
  for (let offset = -3; offset <= 3; offset++) {
    const found = intlDayToDate(calendar, guess + offset);
    if (found.year === year && found.month === month && found.day === day) return guess + offset;
  }
  return undefined;
}

/** Day number of a date in `calendar`, or undefined when that date does not exist (31 Esfand, month 13 …). */
export function calendarDateToDay(calendar: CalendarId, year: number, month: number, day: number): number | undefined {
  if (!(year >= 1 && year <= 9999)) return undefined;
  if (calendar === 'gregory') return gregorianDateToDay(year, month, day);
  if (calendar === 'buddhist') return gregorianDateToDay(year - BUDDHIST_ERA_OFFSET, month, day);
  if (calendar === 'persian') return persianDateToDay(year, month, day);
  if (calendar.startsWith('islamic')) return intlDateToDay(calendar, year, month, day);
  return undefined;
}

export function dayToCalendarDate(calendar: CalendarId, dayNumber: number): CalendarDate {
  if (calendar === 'gregory') return dayToGregorian(dayNumber);
  if (calendar === 'buddhist') {
    const date = dayToGregorian(dayNumber);
    return { ...date, year: date.year + BUDDHIST_ERA_OFFSET };
  }
  if (calendar === 'persian') return dayToPersian(dayNumber);
  return intlDayToDate(calendar, dayNumber);
}

/** Number of days in a month of `calendar` (0 when the month does not exist). */
export function daysInMonth(calendar: CalendarId, year: number, month: number): number {
  if (month < 1 || month > 12) return 0;
  if (calendar === 'gregory') return gregorianDaysInMonth(year, month);
  if (calendar === 'buddhist') return gregorianDaysInMonth(year - BUDDHIST_ERA_OFFSET, month);
  if (calendar === 'persian') return persianDaysInMonth(year, month);
  const first = calendarDateToDay(calendar, year, month, 1);
  if (first === undefined) return 0;
  return intlDayToDate(calendar, first + 29).day === 30 ? 30 : 29;
}

export function isSupportedCalendar(calendar: string): boolean {
  return calendar === 'gregory' || calendar === 'buddhist' || calendar === 'persian' || calendar.startsWith('islamic');
}
