import type { SourceId } from '../dashboards';
import type { Goal, TargetKind } from '../goals/types';
import { METRICS } from '../metrics/catalogue';
import { formulaText, formulaTitle, partName, type DerivedResult, type GoalFormula, type MissingReason, type Side } from '../metrics/derived';
import { labelLanguage } from './format';
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

/** One part of a formula goal: the reading it used, or why it has none. */
export interface SnapshotFormulaPart {
  side: Side;
  metric: MetricId;
  /** In the snapshot's language: "Google Ads cost", "Cost" (any dashboard). */
  name: string;
  /** 'read': used; 'stale': read, but too long ago to use; 'missing': no usable reading. */
  state: 'read' | 'stale' | 'missing';
  /** The dashboard it was read from; for a missing part, the one the formula names (null: any). */
  source: SourceId | null;
  /** As read; null when missing. */
  value: number | null;
  /** The number as the page printed it. */
  text: string | null;
  /** What the formula used: `value` prorated to the common days (= value when not prorated). */
  used: number | null;
  unit: NumberUnit;
  currency: string | null;
  dateRange: DateRange | null;
  readAt: string | null;
  where: string | null;
  /** The days the reading covers and the common days it was scaled to. */
  prorated: { from: DateRange; to: DateRange; sharePercent: number } | null;
  /** Why a missing or stale part cannot be used. */
  reason: MissingReason | null;
}

/** How a formula goal's value was computed (docs/snapshot-format.md). */
export interface SnapshotFormula {
  /** 'roas', 'cac', … or 'custom'. */
  id: string;
  /** The KPI's name: "ROAS", or the user's own. */
  title: string;
  /** The formula in words, in the snapshot's language: "GA4 revenue ÷ Google Ads cost". */
  text: string;
  /** 'complete': `current` is computed from `parts`; otherwise the goal has no value (never a partial one). */
  status: DerivedResult['status'];
  /** The days the value describes (complete only). */
  range: DateRange | null;
  /** True when a part's reading was scaled per day to the days all parts share. */
  prorated: boolean;
  /** Names of the parts that are missing or too old (incomplete only). */
  missing: string[];
  /** Why the parts cannot be combined (refused only): 'currency-mismatch', 'range-mismatch', … */
  refusal: string | null;
  /** Goalpost's English sentence: the computation, what is missing, or why it was refused. */
  message: string;
  parts: SnapshotFormulaPart[];
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
  /** Goals computed from a formula (ROAS, CAC …): the formula and each part. Absent or null for the rest. */
  formula?: SnapshotFormula | null;
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

const rangeCopy = (r: DateRange | null | undefined): DateRange | null => (r ? { start: r.start, end: r.end } : null);

/** A formula goal's formula and parts, worded in the snapshot's language; the parts are those the progress used. */
function snapshotFormula(formula: GoalFormula, derived: DerivedResult | undefined, locale: string): SnapshotFormula {
  const lang = labelLanguage(locale);
  const name = (side: Side, part: number, metric: MetricId, source?: SourceId) => partName(formula[side][part] ?? { metric }, source, lang);
  // A goal whose progress carries no computation yet has every part still to read.
  const result: DerivedResult = derived ?? {
    status: 'incomplete',
    missing: (['numerator', 'denominator'] as const).flatMap((side) =>
      formula[side].flatMap((p, part) =>
        (p.sources?.length ? p.sources : [undefined]).map((source) => ({ side, part, metric: p.metric, ...(source ? { source } : {}), name: '', reason: 'no-reading' as const })),
      ),
    ),
    stale: [],
    parts: [],
    message: `${formulaTitle(formula)} is incomplete: no part has been read yet.`,
  };
  const parts: SnapshotFormulaPart[] = result.parts.map((p) => ({
    side: p.side,
    metric: p.metric,
    name: name(p.side, p.part, p.metric, p.source),
    state: p.stale ? 'stale' : 'read',
    source: p.source,
    value: finite(p.value),
    text: p.text ?? null,
    used: finite(p.used),
    unit: p.unit,
    currency: p.currency ?? null,
    dateRange: rangeCopy(p.dateRange),
    readAt: p.readAt,
    where: p.where,
    prorated: p.prorated ? { from: rangeCopy(p.prorated.from)!, to: rangeCopy(p.prorated.to)!, sharePercent: roundOrNull(p.prorated.share * 100, 2) ?? 0 } : null,
    reason: p.stale ? 'stale' : null,
  }));
  const lacking = result.status === 'incomplete' ? [...result.missing, ...result.stale] : [];
  if (result.status === 'incomplete') {
    for (const r of result.missing) {
      parts.push({
        side: r.side,
        metric: r.metric,
        name: name(r.side, r.part, r.metric, r.source),
        state: 'missing',
        source: r.source ?? null,
        value: null,
        text: null,
        used: null,
        unit: METRICS[r.metric]?.unit ?? 'count',
        currency: null,
        dateRange: null,
        readAt: r.lastReadAt ?? null,
        where: null,
        prorated: null,
        reason: r.reason,
      });
    }
  }
  return {
    id: formula.id,
    title: formulaTitle(formula, lang),
    text: formulaText(formula, lang),
    status: result.status,
    range: result.status === 'complete' ? rangeCopy(result.range) : null,
    prorated: result.status === 'complete' && !!result.prorated?.length,
    missing: [...new Set(lacking.map((r) => name(r.side, r.part, r.metric, r.source)))],
    refusal: result.status === 'refused' ? result.code : null,
    message: result.status === 'complete' ? result.text : result.message,
    parts,
  };
}

function snapshotGoal(input: SnapshotGoalInput, readings: SnapshotReading[], locale: string): SnapshotGoal {
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
  // A formula goal's reading on the page is one of its parts (a cost): the goal's own number is the formula's.
  const formula = goal.formula ? snapshotFormula(goal.formula, p.derived, locale) : null;
  const derivedCurrency = p.derived?.status === 'complete' ? (p.derived.currency ?? null) : null;
  if (formula) dateRange = formula.range;
  return {
    id: goal.id,
    name: goal.name,
    metric: goal.metric,
    unit: goal.formula ? goal.formula.unit : (input.matchedReading?.unit ?? input.unit ?? METRICS[goal.metric]?.unit ?? 'count'),
    currency: goal.formula ? derivedCurrency : (input.matchedReading?.currency ?? input.currency ?? null),
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
    ...(formula ? { formula } : {}),
  };
}

/** Freezes what the side panel shows into plain data; copies everything so later edits cannot leak in. */
export function buildSnapshot(input: BuildSnapshotInput): Snapshot {
  const readings = input.readings.map(toSnapshotReading);
  const goals = input.goals.map((g) => snapshotGoal(g, readings, input.locale));
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
