/** Locale-aware formatting for everything Goalpost shows or exports, all through Intl. */
import type { DateRange, NumberUnit } from './parse/types';

/**
 * Building an Intl formatter (or canonicalising a tag) costs far more than using one, and a side panel
 * of 50 goals formats hundreds of values: each distinct locale and option set is built once and reused.
 * Bounded so tags from imported files cannot grow it without limit.
 */
function memo<V>(cache: Map<string, V>, key: string, make: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size >= 200) cache.clear();
    cache.set(key, (v = make()));
  }
  return v;
}
const canonical = new Map<string, string>();
const rtl = new Map<string, boolean>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Locale tags come from settings and from files people send each other; a bad one must not throw. */
export function safeLocale(locale: string | undefined): string {
  if (!locale) return 'en';
  return memo(canonical, locale, () => {
    try {
      return Intl.getCanonicalLocales(locale)[0] ?? 'en';
    } catch {
      return 'en';
    }
  });
}

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'dv', 'yi', 'sd', 'ug']);

export function isRtlLocale(locale: string): boolean {
  return memo(rtl, locale, () => {
    try {
      return RTL_LANGUAGES.has(new Intl.Locale(safeLocale(locale)).language);
    } catch {
      return false;
    }
  });
}

export const textDirection = (locale: string): 'rtl' | 'ltr' => (isRtlLocale(locale) ? 'rtl' : 'ltr');

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * Names and labels come from users and from dashboard pages: control characters would break a line-based
 * layout, and embeddings/overrides (U+202A–U+202E) could make text read differently from what it is.
 * Isolates (U+2066–U+2069) are legitimate in RTL text and are how values are kept whole (see `isolate`),
 * so they are kept but balanced: a stray one cannot reach past the end of the text it came in.
 */
export function cleanText(text: string): string {
  const flat = text
    .replace(/[\u202a-\u202e]/g, '')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  let open = 0;
  let out = '';
  for (const ch of flat) {
    if (ch >= '\u2066' && ch <= '\u2068') open++;
    else if (ch === PDI) {
      if (open === 0) continue;
      open--;
    }
    out += ch;
  }
  return out + PDI.repeat(open);
}

/**
 * In a right-to-left line, a value such as "34.50 US$" or "1/11/2026 – 23/11/2026" is broken up and
 * reordered by its neighbours. A first-strong isolate keeps each value whole, so "A / B (P)" reads
 * naturally right to left. Left-to-right output stays free of invisible characters.
 */
export const isolate = (text: string, locale: string): string => (isRtlLocale(locale) ? FSI + text + PDI : text);

/**
 * Lookup by a code or key that may come from a file someone sent: own properties only, so a code like
 * "constructor" finds nothing instead of Object.prototype's function.
 */
export function own<T>(record: Partial<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = own(params, key);
    return v === undefined ? whole : String(v);
  });
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return memo(numberFormats, `${locale}\u0000${JSON.stringify(options)}`, () => {
    try {
      return new Intl.NumberFormat(safeLocale(locale), options);
    } catch {
      // An unknown currency code throws; print the plain number instead of nothing.
      const { currency: _c, style: _s, ...rest } = options;
      return new Intl.NumberFormat(safeLocale(locale), rest);
    }
  });
}

const numberRaw = (value: number, locale: string, maxFractionDigits: number): string =>
  numberFormat(locale, { maximumFractionDigits: maxFractionDigits }).format(value);

const percentRaw = (value: number, locale: string, maxFractionDigits: number): string =>
  numberFormat(locale, { style: 'percent', maximumFractionDigits: maxFractionDigits }).format(value / 100);

/** `value` in printed scale (74 → "74%"). */
export function formatPercent(value: number, locale: string, maxFractionDigits = 0): string {
  return isolate(percentRaw(value, locale, maxFractionDigits), locale);
}

/** Rounds down below 100 so a goal at 99.6 % never reads "100%" before it is met. */
export function formatPercentOfTarget(value: number, locale: string): string {
  const shown = value > 0 && value < 100 ? Math.floor(value) : Math.round(value);
  return formatPercent(shown, locale);
}

function formatDuration(seconds: number, locale: string): string {
  const sign = seconds < 0 ? '-' : '';
  let rest = Math.round(Math.abs(seconds));
  const h = Math.floor(rest / 3600);
  rest -= h * 3600;
  const m = Math.floor(rest / 60);
  const s = rest - m * 60;
  const unit = (n: number, u: string) => numberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'narrow' }).format(n);
  const parts = [h ? unit(h, 'hour') : '', h || m ? unit(m, 'minute') : '', unit(s, 'second')].filter(Boolean);
  return sign + parts.join(' ');
}

/** A metric value the way a marketer reads it: percents in printed scale, durations in seconds. */
export function formatValue(value: number, unit: NumberUnit, currency: string | null, locale: string): string {
  return isolate(valueRaw(value, unit, currency, locale), locale);
}

function valueRaw(value: number, unit: NumberUnit, currency: string | null, locale: string): string {
  const abs = Math.abs(value);
  switch (unit) {
    case 'percent':
      return percentRaw(value, locale, abs < 10 ? 2 : 1);
    case 'duration':
      return formatDuration(value, locale);
    case 'currency': {
      // Cents matter on a CPA of $34.50, not on $12,345 of revenue.
      const digits = abs >= 1000 ? 0 : 2;
      const base: Intl.NumberFormatOptions = { minimumFractionDigits: digits, maximumFractionDigits: digits };
      return numberFormat(locale, currency ? { ...base, style: 'currency', currency } : base).format(value);
    }
    case 'ratio':
      return numberRaw(value, locale, 2);
    case 'count':
      return numberRaw(value, locale, abs >= 100 ? 0 : 2);
  }
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return memo(dateFormats, `${locale}\u0000${JSON.stringify(options)}`, () => {
    try {
      return new Intl.DateTimeFormat(safeLocale(locale), options);
    } catch {
      // An unknown time zone throws; UTC is always known.
      return new Intl.DateTimeFormat(safeLocale(locale), { ...options, timeZone: 'UTC' });
    }
  });
}

/** ISO dates are calendar days: read and print them in UTC so no time zone shifts them by one. */
function parseDay(iso: string): Date | null {
  const d = new Date(DATE_ONLY.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function formatDate(iso: string, locale: string): string {
  const d = parseDay(iso);
  return isolate(d ? dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(d) : iso, locale);
}

export function formatDateRange(range: DateRange | null, locale: string): string {
  if (!range) return '—';
  const a = parseDay(range.start);
  const b = parseDay(range.end);
  if (!a || !b) return isolate(`${range.start} – ${range.end}`, locale);
  const f = dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return isolate(a <= b ? f.formatRange(a, b) : `${f.format(a)} – ${f.format(b)}`, locale);
}

export function formatDateTime(iso: string, locale: string, timeZone = 'UTC'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return isolate(iso, locale);
  // dateStyle cannot be combined with timeZoneName, and the zone matters to someone reading it elsewhere.
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short',
  };
  return isolate(dateFormat(locale, options).format(d), locale);
}

