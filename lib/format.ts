import type { NumberUnit } from './parse/types';

/** Formats a metric value for the UI locale with Intl (Persian digits in fa, Arabic-Indic in ar-EG…). */
export function formatValue(value: number, unit: NumberUnit, locale: string, currency?: string): string {
  try {
    switch (unit) {
      case 'percent':
        return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
      case 'currency':
        return currency
          ? new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 }).format(value)
          : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
      case 'duration':
        return formatDuration(value, locale);
      case 'ratio':
        return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
      default:
        return new Intl.NumberFormat(locale, { maximumFractionDigits: Math.abs(value) < 100 ? 2 : 0 }).format(value);
    }
  } catch {
    return String(value);
  }
}

export function formatDuration(seconds: number, locale: string): string {
  const nf = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  const s = Math.round(Math.abs(seconds));
  const sign = seconds < 0 ? '-' : '';
  return `${sign}${nf.format(Math.floor(s / 3600))}:${nf.format(Math.floor((s % 3600) / 60))}:${nf.format(s % 60)}`;
}

export function formatPercent(fraction: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** An ISO date (YYYY-MM-DD) in the UI locale's own calendar and digits (Persian calendar in fa). */
export function formatDate(iso: string, locale: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

export function formatDateRange(range: { start: string; end: string } | null, locale: string): string {
  if (!range) return '—';
  const a = new Date(`${range.start}T12:00:00Z`);
  const b = new Date(`${range.end}T12:00:00Z`);
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(a, b);
  } catch {
    return `${range.start} – ${range.end}`;
  }
}
