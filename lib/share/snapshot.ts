import type { SourceId } from '../dashboards';
import type { Goal, TargetKind } from '../goals/types';
import { METRICS } from '../metrics/catalogue';
import type { MetricId } from '../metrics/types';
import type { DateRange, NumberUnit } from '../parse/types';
import type { Forecast, GoalProgress, SmartLetter, StatusCode, WarningCode } from '../progress/types';
import type { Reading, ReadingScope } from '../readings';

export const SNAPSHOT_FORMAT = 'goalpost-snapshot';
/** Bumped only for a breaking change; new fields are added without a bump (see docs/snapshot-format.md). */
export const SNAPSHOT_FORMAT_VERSION = 1;
/** Trend points kept per goal: enough for a sparkline, small enough to paste. */
export const MAX_TREND_POINTS = 60;

export type SnapshotScope = { kind: 'tab'; pageUrl: string; title: string | null } | { kind: 'all' };

export interface SnapshotReading {
  metric: MetricId;
  label: string;
  value: number;
  /** The number exactly as the page printed it. */
  text: string;
  unit: NumberUnit;
  currency: string | null;
  dateRange: DateRange | null;
  source: SourceId;
  account: string | null;
  row: string | null;
  where: string;
  readAt: string;
}

export interface SnapshotMessage<C extends string> {
  code: C;
  text: string;
  params: Record<string, string | number>;
}

export interface SnapshotGoal {
  id: string;
  name: string;
  metric: MetricId;
  unit: NumberUnit;
  currency: string | null;
  /** `value` as the goal states it (a percent for the *-by-percent kinds); `absolute` resolved against the baseline. */
  target: { kind: TargetKind; value: number; absolute: number | null };
  baseline: number | null;
  start: string;
  deadline: string;
  current: number | null;
  /** True when `current` was read from a compact or ambiguous number. */
  approximate: boolean;
  /** Share of the way from start to target, in percent (100 = met). */
  percentOfTarget: number | null;
  /** Share of the goal period elapsed, in percent. */
  elapsedPercent: number;
  status: SnapshotMessage<StatusCode>;
  pace: { expectedNow: number | null; paceRatio: number | null };
  /** Target scaled to the part of the period the reading covers. */
  prorated: { sharePercent: number; target: number } | null;
  forecast: { value: number; low: number | null; high: number | null; method: Forecast['method'] } | null;
  needed: { perDay: number; perWeek: number } | null;
  warnings: SnapshotMessage<WarningCode>[];
  smart: { letter: SmartLetter; pass: boolean; reason: string }[];
  explanation: string | null;
  /** Date range of the reading the progress was computed from. */
  dateRange: DateRange | null;
  /** Index into `Snapshot.readings` of that reading. */
  readingIndex: number | null;
  trend: { readAt: string; value: number }[];
}

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  formatVersion: typeof SNAPSHOT_FORMAT_VERSION;
  takenAt: string;
  /** UI locale when the snapshot was taken. */
  locale: string;
  scope: SnapshotScope;
  readings: SnapshotReading[];
  goals: SnapshotGoal[];
}

/** What a Reading and an Observation have in common, so either can go into a snapshot. */
export type ReadingLike = Pick<
  Reading,
  'metric' | 'value' | 'unit' | 'label' | 'text' | 'source' | 'dateRange' | 'where' | 'readAt'
> & { currency?: string; scope?: ReadingScope };

export interface SnapshotGoalInput {
  goal: Goal;
  progress: GoalProgress;
  matchedReading?: ReadingLike;
  explanation?: string;
  /** Values of this goal's metric over time; downsampled to MAX_TREND_POINTS. */
  history?: ReadonlyArray<{ readAt: string; value: number }>;
  /** Unit when no reading matched; the metric catalogue's unit otherwise. */
  unit?: NumberUnit;
  currency?: string;
}

export interface BuildSnapshotInput {
  takenAt: string;
  scope: { kind: 'tab'; pageUrl: string; title?: string } | { kind: 'all' };
  locale: string;
  readings: readonly ReadingLike[];
  goals: readonly SnapshotGoalInput[];
}

/** JSON has no NaN or Infinity; a snapshot carries null instead of a number it cannot print. */
const finite = (n: number | null | undefined): number | null => (typeof n === 'number' && Number.isFinite(n) ? n : null);
const round = (n: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};
const roundOrNull = (n: number | null | undefined, digits: number): number | null => {
  const v = finite(n);
  return v === null ? null : round(v, digits);
};

function toSnapshotReading(r: ReadingLike): SnapshotReading {
  return {
    metric: r.metric,
    label: r.label,
    value: r.value,
    text: r.text,
    unit: r.unit,
    currency: r.currency ?? null,
    dateRange: r.dateRange ? { start: r.dateRange.start, end: r.dateRange.end } : null,
    source: r.source,
    account: r.scope?.account ?? null,
    row: r.scope?.row ?? null,
    where: r.where,
    readAt: r.readAt,
  };
}

const sameReading = (a: SnapshotReading, b: SnapshotReading): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Evenly spaced picks that always keep the first and the last point, so the line spans the whole period. */
export function downsampleTrend<T extends { readAt: string; value: number }>(points: readonly T[], max = MAX_TREND_POINTS): T[] {
  // Each time is parsed once (not twice per comparison); histories usually arrive in order already.
  const timed: Array<{ p: T; t: number }> = [];
  let ordered = true;
  for (const p of points) {
    const t = Date.parse(p.readAt);
    if (!Number.isFinite(p.value) || Number.isNaN(t)) continue;
    if (timed.length && t < timed[timed.length - 1]!.t) ordered = false;
    timed.push({ p, t });
  }
  if (!ordered) timed.sort((a, b) => a.t - b.t);
  const sorted = timed.map((x) => x.p);
  if (sorted.length <= max) return sorted;
  if (max <= 1) return sorted.slice(-1);
  const picked: T[] = [];
  for (let i = 0; i < max; i++) picked.push(sorted[Math.round((i * (sorted.length - 1)) / (max - 1))]!);
  return picked;
}

function message<C extends string>(m: { code: C; text: string; params: Record<string, string | number> }): SnapshotMessage<C> {
  return { code: m.code, text: m.text, params: { ...m.params } };
}

function snapshotGoal(input: SnapshotGoalInput, readings: SnapshotReading[]): SnapshotGoal {
  const { goal, progress: p } = input;
  let readingIndex: number | null = null;
  let dateRange: DateRange | null = null;
  if (input.matchedReading) {
    const r = toSnapshotReading(input.matchedReading);
    readingIndex = readings.findIndex((x) => sameReading(x, r));
    // A goal's reading may come from history rather than the page in view; it still belongs in the file.
    if (readingIndex < 0) readingIndex = readings.push(r) - 1;
    dateRange = r.dateRange;
  }
  return {
    id: goal.id,
    name: goal.name,
    metric: goal.metric,
    unit: input.matchedReading?.unit ?? input.unit ?? METRICS[goal.metric]?.unit ?? 'count',
    currency: input.matchedReading?.currency ?? input.currency ?? null,
    target: { kind: goal.target.kind, value: goal.target.value, absolute: finite(p.target) },
    baseline: finite(goal.baseline?.value),
    start: goal.start,
    deadline: goal.deadline,
    current: finite(p.current),
    approximate: p.approximate,
    percentOfTarget: roundOrNull(p.fraction === null ? null : p.fraction * 100, 2),
    elapsedPercent: roundOrNull(p.elapsed * 100, 2) ?? 0,
    status: message(p.status),
    pace: { expectedNow: finite(p.expectedNow), paceRatio: roundOrNull(p.paceRatio, 4) },
    prorated: p.prorated ? { sharePercent: roundOrNull(p.prorated.share * 100, 2) ?? 0, target: p.prorated.target } : null,
    forecast:
      p.forecast && finite(p.forecast.value) !== null
        ? { value: p.forecast.value, low: finite(p.forecast.low), high: finite(p.forecast.high), method: p.forecast.method }
        : null,
    needed:
      p.needed && finite(p.needed.perDay) !== null && finite(p.needed.perWeek) !== null
        ? { perDay: p.needed.perDay, perWeek: p.needed.perWeek }
        : null,
    warnings: p.warnings.map(message),
    smart: p.smart.map((s) => ({ letter: s.letter, pass: s.pass, reason: s.reason })),
    explanation: input.explanation ?? null,
    dateRange,
    readingIndex,
    trend: downsampleTrend(input.history ?? []).map((h) => ({ readAt: h.readAt, value: h.value })),
  };
}

/** Freezes what the side panel shows into plain data; copies everything so later edits cannot leak in. */
export function buildSnapshot(input: BuildSnapshotInput): Snapshot {
  const readings = input.readings.map(toSnapshotReading);
  const goals = input.goals.map((g) => snapshotGoal(g, readings));
  const scope: SnapshotScope =
    input.scope.kind === 'tab' ? { kind: 'tab', pageUrl: input.scope.pageUrl, title: input.scope.title ?? null } : { kind: 'all' };
  return {
    format: SNAPSHOT_FORMAT,
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    takenAt: input.takenAt,
    locale: input.locale,
    scope,
    readings,
    goals,
  };
}
