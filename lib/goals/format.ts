import type { NumberUnit } from '../parse/types';

/** English renderings of metric values for names and explanations; the UI localises later. */

// Building a NumberFormat costs far more than using one; the engine formats numbers for every goal.
const formatters = new Map<number, Intl.NumberFormat>();
function grouped(value: number, maxFractionDigits: number): string {
  let f = formatters.get(maxFractionDigits);
  if (!f) formatters.set(maxFractionDigits, (f = new Intl.NumberFormat('en-US', { maximumFractionDigits: maxFractionDigits, minimumFractionDigits: 0 })));
  return f.format(value);
}

/** Enough digits to tell close values apart (1.25% vs 1.2%) without printing float noise. */
function fractionDigitsFor(value: number): number {
  const abs = Math.abs(value);
  if (abs >= 100) return 0;
  if (abs >= 10) return 1;
  return 2;
}

export function formatValue(value: number, unit: NumberUnit, currency?: string): string {
  if (!Number.isFinite(value)) return String(value);
  switch (unit) {
    case 'percent':
      return `${grouped(value, 2)}%`;
    case 'currency':
      return currency ? `${currency} ${grouped(value, 2)}` : grouped(value, 2);
    case 'duration':
      return formatDuration(value);
    case 'ratio':
      return grouped(value, 2);
    case 'count':
      return grouped(value, fractionDigitsFor(value));
  }
}

/** Seconds as "1m 05s" / "45s" / "1h 02m", as analytics tools print engagement time. */
export function formatDuration(seconds: number): string {
  const s = Math.round(Math.abs(seconds));
  const sign = seconds < 0 ? '-' : '';
  if (s < 60) return `${sign}${s}s`;
  if (s < 3600) return `${sign}${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${sign}${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** A change as a signed percentage: 0.153 → "+15.3%". */
export function formatSignedPercent(fraction: number): string {
  const pct = fraction * 100;
  const digits = Math.abs(pct) >= 10 ? 0 : 1;
  const text = grouped(Math.abs(pct), digits);
  return `${pct < 0 ? '−' : '+'}${text}%`;
}

/** Plain number for ratios in texts ("0.92× expected"). */
export function formatRatio(value: number): string {
  return grouped(value, 2);
}
