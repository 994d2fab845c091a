import { METRICS } from '../metrics/catalogue';
import type { MetricId } from '../metrics/types';
import type { Observation } from './types';

/**
 * "Too little volume to judge": a rate over a handful of events says little (3 conversions out of
 * 40 sessions is 7.5%, and one more conversion makes it 10%). Each guarded ratio names the count
 * that carries its precision and the least of it worth judging. Kept as data.
 */
export const VOLUME_GUARDS: Readonly<Partial<Record<MetricId, { metric: MetricId; min: number }>>> = {
  'conversion-rate': { metric: 'conversions', min: 30 },
  ctr: { metric: 'clicks', min: 30 },
  cpc: { metric: 'clicks', min: 30 },
  cpa: { metric: 'conversions', min: 30 },
  cpm: { metric: 'impressions', min: 1000 },
  'engagement-rate': { metric: 'sessions', min: 100 },
  'returning-visitor-share': { metric: 'users', min: 100 },
};

export interface Volume {
  metric: MetricId;
  value: number;
  min: number;
  low: boolean;
}

/** Readings describe the same numbers when they come from the same place and dates. */
function sameContext(a: Observation, b: Observation): boolean {
  return (
    a.source === b.source &&
    (a.scope.account ?? '') === (b.scope.account ?? '') &&
    (a.scope.row ?? '') === (b.scope.row ?? '') &&
    (a.dateRange?.start ?? '') === (b.dateRange?.start ?? '') &&
    (a.dateRange?.end ?? '') === (b.dateRange?.end ?? '')
  );
}

/**
 * The volume behind `current`, from readings of its parts in the same context: the guarded count
 * itself, or recomputed from the other part and the ratio (conversions = cost ÷ CPA). Null when
 * the history does not tell — then there is no guard, rather than a guess.
 */
export function volumeBehind(current: Observation, history: readonly Observation[]): Volume | null {
  const guard = VOLUME_GUARDS[current.metric];
  const parts = METRICS[current.metric].parts;
  if (!guard || !parts) return null;
  const latest = new Map<MetricId, Observation>();
  for (const o of history) {
    if ((o.metric !== parts.numerator && o.metric !== parts.denominator) || o.confidence !== 'sure') continue;
    if (!sameContext(o, current)) continue;
    const prev = latest.get(o.metric);
    if (!prev || o.readAt > prev.readAt) latest.set(o.metric, o);
  }
  let value: number | null = latest.get(guard.metric)?.value ?? null;
  if (value === null && current.value > 0) {
    // value = numerator ÷ denominator × scale, so either part follows from the other.
    const num = latest.get(parts.numerator)?.value;
    const den = latest.get(parts.denominator)?.value;
    if (guard.metric === parts.denominator && num !== undefined) value = (num * parts.scale) / current.value;
    if (guard.metric === parts.numerator && den !== undefined) value = (current.value * den) / parts.scale;
  }
  if (value === null || !Number.isFinite(value)) return null;
  return { metric: guard.metric, value: Math.round(value), min: guard.min, low: value < guard.min };
}
