import { matchGoals } from '../goals/match';
import type { DateRange } from '../parse/types';
import { computeDerived, type DerivedResult, type FormulaPart, type GoalFormula } from '../metrics/derived';
import type { Observation } from './types';

/**
 * A formula goal's value day by day, rebuilt from its parts' readings: what its trend line and its
 * snapshot's trend show. A formula goal's history holds the parts (revenue, cost …), not the KPI, so
 * drawing that history as it is would plot dollars of spend next to a ratio.
 *
 * Per day a part was read, each part's latest reading of that day is taken, and the day's value is
 * `computeDerived` of those readings: the same alignment, proration, currency and zero rules as the
 * goal's current value. A day on which a part was not read, or whose readings refuse to combine
 * (different dates, different currencies, a zero denominator), is skipped rather than guessed.
 * Pure: no clock, no browser globals; linear in the size of the history.
 */

export interface FormulaDay {
  /** UTC day the parts were read (as `Observation.day`). */
  day: string;
  /** The latest reading time among the parts used: where the point sits on a time axis. */
  readAt: string;
  value: number;
  currency?: string;
  /** The days the value describes. */
  range: DateRange;
  /** True when a part was prorated to the common days. */
  prorated: boolean;
}

export interface SkippedDay {
  day: string;
  /** Why the day has no value: a part not read that day, or the engine's refusal. */
  reason: 'incomplete' | Extract<DerivedResult, { status: 'refused' }>['code'];
  message: string;
}

export interface FormulaHistory {
  days: FormulaDay[];
  skipped: SkippedDay[];
}

const isDoubtful = (o: Observation) => Boolean((o as Observation & { doubt?: unknown }).doubt);

/** The reading `computeDerived` would take for a part (and a named source) among one day's readings. */
function latestFor(p: FormulaPart, source: Observation['source'] | undefined, day: readonly Observation[]): Observation | null {
  const scope = { ...(p.account ? { account: p.account } : {}), ...(p.filter ? { filter: p.filter } : {}) };
  let best: { o: Observation; specificity: number } | null = null;
  for (const o of day) {
    if (o.metric !== p.metric || (source && o.source !== source) || o.confidence !== 'sure' || isDoubtful(o) || !o.dateRange) continue;
    const specificity = matchGoals(o, [{ id: '', metric: o.metric, scope }])[0]?.specificity ?? 0;
    if (specificity === 0) continue;
    if (!best || specificity > best.specificity || (specificity === best.specificity && o.readAt > best.o.readAt)) best = { o, specificity };
  }
  return best?.o ?? null;
}

/**
 * The formula's value for every day its parts were all read and agree, oldest first. `period` is the
 * goal's: readings that do not overlap it give no value, as for the current value.
 */
export function formulaHistory(formula: GoalFormula, observations: readonly Observation[], period: DateRange): FormulaHistory {
  const byDay = new Map<string, Observation[]>();
  for (const o of observations) {
    const day = o.day || o.readAt.slice(0, 10);
    let list = byDay.get(day);
    if (!list) byDay.set(day, (list = []));
    list.push(o);
  }
  const days: FormulaDay[] = [];
  const skipped: SkippedDay[] = [];
  for (const day of [...byDay.keys()].sort()) {
    const readings = byDay.get(day)!;
    const picked = new Set<Observation>();
    for (const p of [...formula.numerator, ...formula.denominator]) {
      for (const source of p.sources?.length ? p.sources : [undefined]) {
        const o = latestFor(p, source, readings);
        if (o) picked.add(o);
      }
    }
    // Every reading of the day is at most a day old at its end: none is stale.
    const result = computeDerived(formula, [...picked], { period, now: `${day}T23:59:59.999Z`, staleAfterDays: 1 });
    if (result.status === 'complete') {
      days.push({
        day,
        readAt: result.parts.reduce((latest, p) => (p.readAt > latest ? p.readAt : latest), result.parts[0]!.readAt),
        value: result.value,
        ...(result.currency ? { currency: result.currency } : {}),
        range: result.range,
        prorated: !!result.prorated?.length,
      });
    } else {
      skipped.push({ day, reason: result.status === 'refused' ? result.code : 'incomplete', message: result.message });
    }
  }
  return { days, skipped };
}

/**
 * The points a trend line draws for a formula goal: one per day with a value, ending at the goal's
 * current value (`latest`, from `computeDerived` over all its readings) when that is newer than the
 * last whole day — its parts may have been read on different days.
 */
export function formulaTrend(
  formula: GoalFormula,
  observations: readonly Observation[],
  period: DateRange,
  latest?: DerivedResult,
): Array<{ readAt: string; value: number }> {
  const points = formulaHistory(formula, observations, period).days.map((d) => ({ readAt: d.readAt, value: d.value }));
  if (latest?.status === 'complete' && latest.parts.length) {
    const readAt = latest.parts.reduce((a, p) => (p.readAt > a ? p.readAt : a), latest.parts[0]!.readAt);
    if (!points.length || points[points.length - 1]!.readAt < readAt) points.push({ readAt, value: latest.value });
  }
  return points;
}
