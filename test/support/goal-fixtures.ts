import { addDays, dayNumber, fromDayNumber } from '../../lib/goals/dates';
import type { Goal } from '../../lib/goals/types';
import { METRICS } from '../../lib/metrics/catalogue';
import { metricDisplayName } from '../../lib/metrics/names';
import type { MetricId } from '../../lib/metrics/types';
import type { Observation } from '../../lib/progress/types';

/**
 * Builders for goals and observations in tests and the benchmark. Defaults describe a plain,
 * healthy goal — "Sessions ≥ 10,000 in Q1 2026 on GA4" — so each test states only what matters to it.
 */

export function makeGoal(partial: Partial<Goal> = {}): Goal {
  const metric = partial.metric ?? 'sessions';
  return {
    id: 'goal-1',
    name: `${metricDisplayName(metric)} goal`,
    metric,
    scope: { source: 'ga4' },
    target: { kind: 'reach', value: 10_000, setAt: '2026-01-01T00:00:00.000Z' },
    targetHistory: [],
    baseline: { value: 8_000, obtained: 'typed' },
    start: '2026-01-01',
    deadline: '2026-03-31',
    milestones: [],
    stage: 'reach',
    objective: 'More qualified leads',
    reviewCadenceDays: 30,
    status: 'active',
    notes: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...partial,
  };
}

let nextId = 1;

export function makeObservation(partial: Partial<Observation> = {}): Observation {
  const metric: MetricId = partial.metric ?? 'sessions';
  const readAt = partial.readAt ?? '2026-02-01T09:00:00.000Z';
  const day = partial.day ?? readAt.slice(0, 10);
  const value = partial.value ?? 0;
  const base: Observation = {
    id: nextId++,
    metric,
    value,
    unit: METRICS[metric].unit,
    precision: METRICS[metric].unit === 'percent' ? 0.005 : 0.5,
    dateRange: { start: '2026-01-01', end: addDays(day, -1) },
    source: 'ga4',
    scope: {},
    label: metricDisplayName(metric),
    text: String(value),
    where: `Home, “${metricDisplayName(metric)}” card`,
    confidence: 'sure',
    pageUrl: 'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome',
    readAt,
    day,
    dedupKey: '',
    goalIds: ['goal-1'],
  };
  const obs = { ...base, ...partial, day };
  if (!partial.dedupKey) obs.dedupKey = `${metric}|${obs.source}|${obs.dateRange?.start ?? ''}|${obs.dateRange?.end ?? ''}|${day}|${obs.value}`;
  return obs;
}

/** A reading taken at 09:00 UTC on `day` of the total from `start` to the day before. */
export function toDateReading(day: string, value: number, partial: Partial<Observation> = {}): Observation {
  return makeObservation({ value, readAt: `${day}T09:00:00.000Z`, dateRange: { start: partial.dateRange?.start ?? '2026-01-01', end: addDays(day, -1) }, ...partial });
}

/** Deterministic pseudo-random numbers so benchmarks and property tests are repeatable. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const BENCH_METRICS: MetricId[] = ['sessions', 'conversion-rate', 'followers', 'cpa', 'bounce-rate', 'revenue', 'ctr', 'subscribers', 'roas', 'users'];

export interface GoalWithHistory {
  goal: Goal;
  history: Observation[];
}

/**
 * `goals` goals across metric kinds, each with `perGoal` observations spread over the two years up
 * to `today` (several a day, mixed ranges, some unsure) — the benchmark's worst realistic case.
 */
export function manyGoalsWithHistory(goals = 50, perGoal = 10_000, today = '2026-06-30'): { today: string; items: GoalWithHistory[] } {
  const random = seededRandom(42);
  const todayDay = dayNumber(today);
  const items: GoalWithHistory[] = [];
  for (let g = 0; g < goals; g++) {
    const metric = BENCH_METRICS[g % BENCH_METRICS.length]!;
    const def = METRICS[metric];
    const start = fromDayNumber(todayDay - 60 - (g % 30));
    const deadline = fromDayNumber(todayDay + 30 + (g % 60));
    const level = def.unit === 'percent' ? 3 : def.unit === 'currency' ? 40 : def.kind === 'ratio' ? 2 : 1000;
    const goal = makeGoal({
      id: `goal-${g}`,
      metric,
      start,
      deadline,
      baseline: { value: level, obtained: 'history' },
      target: { kind: 'reach', value: def.direction === 'higher' ? level * 1.2 : level * 0.8, setAt: `${start}T00:00:00.000Z` },
    });
    const history: Observation[] = [];
    for (let i = 0; i < perGoal; i++) {
      const day = todayDay - 730 + Math.floor((i / perGoal) * 730);
      const dayIso = fromDayNumber(day);
      const cumulative = def.kind === 'cumulative';
      const rangeStart = cumulative && day > dayNumber(start) ? start : fromDayNumber(day - 28);
      history.push(
        makeObservation({
          id: g * perGoal + i,
          metric,
          value: cumulative ? level * (1 + random()) * Math.max(1, day - dayNumber(rangeStart)) / 30 : level * (0.9 + random() * 0.2),
          // toISOString gives flat strings, as IndexedDB does; template literals would give cons strings
          // that V8 flattens on first comparison — a cost real histories do not have.
          readAt: new Date(day * 86_400_000 + (i % 24) * 3_600_000).toISOString(),
          day: dayIso,
          dateRange: { start: rangeStart, end: fromDayNumber(day - 1) },
          confidence: random() < 0.02 ? 'unsure' : 'sure',
          goalIds: [goal.id],
        }),
      );
    }
    items.push({ goal, history });
  }
  return { today, items };
}
