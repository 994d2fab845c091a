/**
 * Calendar arithmetic on ISO dates ("2026-12-31"), in UTC days so that a goal's period means the
 * same thing in every time zone. Pure: nothing here reads a clock.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Date-times as toISOString writes them, plus offsets and missing milliseconds from hand-edited files.
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date in YYYY-MM-DD form (2026-02-30 is not one). */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && isCalendarDate(value);
}

function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** True for an ISO date-time with a zone, or a plain ISO date (which stands for that day's start). */
export function isIsoTimestamp(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (isCalendarDate(value)) return true;
  return ISO_TIMESTAMP.test(value) && isCalendarDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil): no allocation, no Date. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/**
 * Days since 1970-01-01 for an ISO date or the UTC day of an ISO timestamp. On the engine's hot path
 * (every observation, several times), so dates are read digit by digit rather than through Date.
 */
export function dayNumber(isoDateOrTimestamp: string): number {
  const s = isoDateOrTimestamp.length > 10 && !isoDateOrTimestamp.endsWith('Z') ? utcDay(isoDateOrTimestamp) : isoDateOrTimestamp;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const m = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  return daysFromCivil(y, m, d);
}

/**
 * Milliseconds since the epoch of an ISO timestamp. The canonical form toISOString writes
 * ("2026-02-01T09:00:00.000Z", as stored) is read digit by digit — the engine compares the
 * read times of every observation; anything else goes through Date.parse.
 */
export function timestampMs(iso: string): number {
  if (iso.length === 24 && iso.charCodeAt(23) === 90 /* Z */ && iso.charCodeAt(10) === 84 /* T */) {
    const day = dayNumber(iso);
    const h = digit(iso, 11) * 10 + digit(iso, 12);
    const m = digit(iso, 14) * 10 + digit(iso, 15);
    const sec = digit(iso, 17) * 10 + digit(iso, 18);
    const ms = digit(iso, 20) * 100 + digit(iso, 21) * 10 + digit(iso, 22);
    return day * MS_PER_DAY + ((h * 60 + m) * 60 + sec) * 1000 + ms;
  }
  return iso.length === 10 ? dayNumber(iso) * MS_PER_DAY : Date.parse(iso);
}

/** The UTC calendar day of an ISO timestamp ("2026-03-01T23:30:00-02:00" → "2026-03-02"). */
export function utcDay(isoTimestamp: string): string {
  if (isoTimestamp.length <= 10) return isoTimestamp;
  // toISOString output is already UTC: skip Date parsing on the hot path.
  if (isoTimestamp.endsWith('Z')) return isoTimestamp.slice(0, 10);
  return new Date(Date.parse(isoTimestamp)).toISOString().slice(0, 10);
}

export function fromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(dayNumber(isoDate) + days);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** Days in an inclusive range: 2026-01-01..2026-01-31 → 31. */
export function inclusiveDays(start: string, end: string): number {
  return daysBetween(start, end) + 1;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(n: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((n + 4) % 7) + 7) % 7;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "31 Dec 2026": unambiguous in every English locale. */
export function formatDateEn(isoDate: string): string {
  const y = isoDate.slice(0, 4);
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  return `${d} ${MONTHS[m - 1] ?? '?'} ${y}`;
}
