import { METRICS, isMetricId } from '../metrics/catalogue';
import { validateFormula, type GoalFormula } from '../metrics/derived';
import { metricDisplayName } from '../metrics/names';
import type { MetricId } from '../metrics/types';
import { SOURCE_IDS } from '../dashboards';
import { addDays, daysBetween, formatDateEn, inclusiveDays, isIsoDate, isIsoTimestamp, utcDay } from './dates';
import type { DateRange } from '../parse/types';
import { formatValue } from './format';
import type { Baseline, Channel, Goal, GoalPriority, GoalScope, Milestone, RaceStage, Target, TargetKind } from './types';

/** What a person types to create a goal; everything else gets a sensible default. */
export interface GoalInput {
  metric: MetricId;
  target: { kind: TargetKind; value: number };
  /** ISO date, inclusive. */
  deadline: string;
  name?: string;
  /** A number is a typed baseline. */
  baseline?: number | { value: number; obtained?: Baseline['obtained']; asOf?: string; period?: DateRange };
  /** ISO date; defaults to the day of `now`. */
  start?: string;
  scope?: GoalScope;
  channel?: Channel;
  stage?: RaceStage;
  objective?: string;
  priority?: GoalPriority;
  /** A later phase: starts counting when the goal with this id is met. */
  after?: string;
  /** A guard rail for the goal with this id. */
  guardFor?: string;
  /** Compute the metric from its parts' readings (lib/metrics/derived.ts). */
  formula?: GoalFormula;
  /** Days between reviews; the seeds' default is monthly. */
  reviewCadenceDays?: number;
  milestones?: Milestone[];
  notes?: string;
  /** Supplied by storage when it has its own ids; otherwise a random UUID. */
  id?: string;
}

export type GoalInputErrorCode =
  | 'metric-unknown'
  | 'target-kind-unknown'
  | 'target-not-a-number'
  | 'target-negative'
  | 'target-percent-out-of-range'
  | 'target-above-100-percent'
  | 'target-wrong-side-of-baseline'
  | 'baseline-required'
  | 'baseline-not-a-number'
  | 'baseline-zero'
  | 'date-invalid'
  | 'deadline-not-after-start'
  | 'name-too-long'
  | 'text-too-long'
  | 'cadence-invalid'
  | 'channel-unknown'
  | 'stage-unknown'
  | 'priority-unknown'
  | 'formula-invalid'
  | 'source-unknown'
  | 'milestone-invalid'
  | 'milestone-outside-period';

export interface GoalInputError {
  /** Dotted path of the field: "target.value", "milestones[1].deadline". */
  field: string;
  code: GoalInputErrorCode;
  message: string;
}

export const TARGET_KINDS: readonly TargetKind[] = ['reach', 'increase-by-percent', 'increase-by', 'decrease-by-percent', 'decrease-to', 'stay-above', 'stay-below'];
export const CHANNELS: readonly Channel[] = ['all', 'paid-search', 'display', 'social', 'email', 'sms', 'organic', 'direct', 'referral'];
export const RACE_STAGES: readonly RaceStage[] = ['plan', 'reach', 'act', 'convert', 'engage'];
export const GOAL_PRIORITIES: readonly GoalPriority[] = ['high', 'medium', 'low'];

export const MAX_NAME_LENGTH = 200;
export const MAX_TEXT_LENGTH = 10_000;
export const DEFAULT_REVIEW_CADENCE_DAYS = 30;
/** Beyond +1000% a typo is likelier than a plan. */
export const MAX_INCREASE_PERCENT = 1000;

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function baselineValue(b: GoalInput['baseline']): number | undefined {
  if (b === undefined) return undefined;
  return typeof b === 'number' ? b : b.value;
}

/** Every problem with the input, field by field; an empty list means newGoal will accept it. */
export function validateGoalInput(input: GoalInput, now: string): GoalInputError[] {
  const errors: GoalInputError[] = [];
  const add = (field: string, code: GoalInputErrorCode, message: string) => errors.push({ field, code, message });

  const metricKnown = isMetricId(input.metric);
  if (!metricKnown) add('metric', 'metric-unknown', `"${String(input.metric)}" is not a metric Goalpost knows.`);

  const kind = input.target?.kind;
  const value = input.target?.value;
  const kindKnown = TARGET_KINDS.includes(kind);
  if (!kindKnown) add('target.kind', 'target-kind-unknown', `"${String(kind)}" is not a kind of target.`);

  const baseline = baselineValue(input.baseline);
  if (input.baseline !== undefined && !isFiniteNumber(baseline)) {
    add('baseline.value', 'baseline-not-a-number', 'The baseline must be a number.');
  }

  if (!isFiniteNumber(value)) {
    add('target.value', 'target-not-a-number', 'The target must be a number.');
  } else if (kindKnown) {
    const isPercentChange = kind === 'increase-by-percent' || kind === 'decrease-by-percent';
    if (isPercentChange) {
      if (kind === 'increase-by-percent' && (value <= 0 || value > MAX_INCREASE_PERCENT)) {
        add('target.value', 'target-percent-out-of-range', `An increase must be more than 0% and at most ${MAX_INCREASE_PERCENT}%.`);
      }
      if (kind === 'decrease-by-percent' && (value <= 0 || value >= 100)) {
        add('target.value', 'target-percent-out-of-range', 'A decrease must be more than 0% and less than 100%.');
      }
      if (input.baseline === undefined) {
        add('baseline', 'baseline-required', 'A percent change needs a baseline to start from.');
      } else if (baseline === 0) {
        add('baseline.value', 'baseline-zero', 'A percent change of a zero baseline is still zero; set an absolute target instead.');
      }
    } else if (kind === 'increase-by') {
      if (value <= 0) add('target.value', 'target-negative', 'An increase must be more than zero.');
      if (metricKnown && METRICS[input.metric].unit === 'percent') {
        add('target.kind', 'target-kind-unknown', `${metricDisplayName(input.metric)} is a percentage; set the rate to reach, or a percent change.`);
      }
      // "500 new subscribers" only means something on top of where the count stands today.
      if (input.baseline === undefined) add('baseline', 'baseline-required', 'An increase by a number needs the baseline it adds to.');
    } else {
      if (value < 0) add('target.value', 'target-negative', 'The target cannot be negative.');
      if (metricKnown && METRICS[input.metric].unit === 'percent' && value > 100) {
        add('target.value', 'target-above-100-percent', `${metricDisplayName(input.metric)} is a percentage; the target cannot be above 100%.`);
      }
      if (kind === 'decrease-to' && isFiniteNumber(baseline) && value >= baseline) {
        add('target.value', 'target-wrong-side-of-baseline', 'A "decrease to" target must be below the baseline.');
      }
    }
  }

  const period = typeof input.baseline === 'object' ? input.baseline.period : undefined;
  if (period !== undefined && (!isIsoDate(period?.start) || !isIsoDate(period?.end) || period.end < period.start)) {
    add('baseline.period', 'date-invalid', 'The baseline period must be two dates, the first not after the second.');
  }

  const start = input.start ?? (isIsoTimestamp(now) ? utcDay(now) : undefined);
  const startOk = isIsoDate(start);
  if (input.start !== undefined && !isIsoDate(input.start)) add('start', 'date-invalid', 'The start is not a date (YYYY-MM-DD).');
  const deadlineOk = isIsoDate(input.deadline);
  if (!deadlineOk) add('deadline', 'date-invalid', 'The deadline is not a date (YYYY-MM-DD).');
  if (startOk && deadlineOk && daysBetween(start, input.deadline) <= 0) {
    add('deadline', 'deadline-not-after-start', 'The deadline must be after the start.');
  }

  if (input.name !== undefined && input.name.trim().length > MAX_NAME_LENGTH) {
    add('name', 'name-too-long', `The name must be at most ${MAX_NAME_LENGTH} characters.`);
  }
  for (const field of ['objective', 'notes'] as const) {
    const text = input[field];
    if (text !== undefined && text.length > MAX_TEXT_LENGTH) add(field, 'text-too-long', `The ${field} must be at most ${MAX_TEXT_LENGTH} characters.`);
  }
  for (const field of ['account', 'filter'] as const) {
    const text = input.scope?.[field];
    if (text !== undefined && text.length > MAX_NAME_LENGTH) add(`scope.${field}`, 'text-too-long', `The ${field} must be at most ${MAX_NAME_LENGTH} characters.`);
  }
  if (input.scope?.source !== undefined && !SOURCE_IDS.includes(input.scope.source)) {
    add('scope.source', 'source-unknown', `"${String(input.scope.source)}" is not a dashboard Goalpost reads.`);
  }

  const cadence = input.reviewCadenceDays;
  if (cadence !== undefined && (!Number.isInteger(cadence) || cadence < 1 || cadence > 366)) {
    add('reviewCadenceDays', 'cadence-invalid', 'Review every 1 to 366 days.');
  }
  if (input.channel !== undefined && !CHANNELS.includes(input.channel)) add('channel', 'channel-unknown', `"${String(input.channel)}" is not a channel.`);
  if (input.stage !== undefined && !RACE_STAGES.includes(input.stage)) add('stage', 'stage-unknown', `"${String(input.stage)}" is not a RACE stage.`);
  if (input.formula !== undefined) {
    for (const e of validateFormula(input.formula, metricKnown ? input.metric : undefined)) add(`formula.${e.path}`, 'formula-invalid', e.message);
  }
  if (input.priority !== undefined && !GOAL_PRIORITIES.includes(input.priority)) add('priority', 'priority-unknown', `"${String(input.priority)}" is not a priority.`);

  (input.milestones ?? []).forEach((m, i) => {
    const at = `milestones[${i}]`;
    if (!m.name || !m.name.trim()) add(`${at}.name`, 'milestone-invalid', 'A milestone needs a name.');
    else if (m.name.length > MAX_NAME_LENGTH) add(`${at}.name`, 'name-too-long', `A milestone name must be at most ${MAX_NAME_LENGTH} characters.`);
    if (!isIsoDate(m.deadline)) add(`${at}.deadline`, 'date-invalid', 'The milestone deadline is not a date (YYYY-MM-DD).');
    else if (startOk && deadlineOk && (m.deadline < start || m.deadline > input.deadline)) {
      add(`${at}.deadline`, 'milestone-outside-period', 'A milestone must fall between the start and the deadline.');
    }
    if (m.target !== undefined && !isFiniteNumber(m.target)) add(`${at}.target`, 'milestone-invalid', 'A milestone target must be a number.');
  });

  return errors;
}

export class InvalidGoalInputError extends Error {
  constructor(readonly errors: GoalInputError[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join(' '));
    this.name = 'InvalidGoalInputError';
  }
}

function randomId(): string {
  return globalThis.crypto.randomUUID();
}

/** A full Goal from the small input. Throws InvalidGoalInputError — call validateGoalInput first to show errors. */
export function newGoal(input: GoalInput, now: string): Goal {
  const errors = validateGoalInput(input, now);
  if (errors.length > 0) throw new InvalidGoalInputError(errors);

  const b = input.baseline;
  const baseline: Baseline | undefined =
    b === undefined
      ? undefined
      : typeof b === 'number'
        ? { value: b, obtained: 'typed' }
        : { value: b.value, obtained: b.obtained ?? 'typed', ...(b.asOf ? { asOf: b.asOf } : {}), ...(b.period ? { period: { start: b.period.start, end: b.period.end } } : {}) };

  const milestones = [...(input.milestones ?? [])].sort((x, y) => (x.deadline < y.deadline ? -1 : x.deadline > y.deadline ? 1 : 0));
  const scope: GoalScope = {};
  if (input.scope?.source) scope.source = input.scope.source;
  if (input.scope?.account?.trim()) scope.account = input.scope.account.trim();
  if (input.scope?.filter?.trim()) scope.filter = input.scope.filter.trim();

  const goal: Goal = {
    id: input.id ?? randomId(),
    name: '',
    metric: input.metric,
    scope,
    target: { kind: input.target.kind, value: input.target.value, setAt: now },
    targetHistory: [],
    start: input.start ?? utcDay(now),
    deadline: input.deadline,
    milestones,
    reviewCadenceDays: input.reviewCadenceDays ?? DEFAULT_REVIEW_CADENCE_DAYS,
    status: 'active',
    notes: input.notes ?? '',
    createdAt: now,
    updatedAt: now,
  };
  if (baseline) goal.baseline = baseline;
  if (input.channel) goal.channel = input.channel;
  if (input.stage) goal.stage = input.stage;
  if (input.objective?.trim()) goal.objective = input.objective.trim();
  if (input.priority) goal.priority = input.priority;
  if (input.formula) goal.formula = input.formula;
  if (input.after && input.after !== goal.id) goal.after = input.after;
  if (input.guardFor && input.guardFor !== goal.id) goal.guardFor = input.guardFor;
  goal.name = input.name?.trim() || defaultGoalName(goal);
  return goal;
}

/** A new target; the old one moves to targetHistory so reviews can show how the goal was re-set. */
export function changeTarget(goal: Goal, target: { kind: TargetKind; value: number }, now: string): Goal {
  return {
    ...goal,
    target: { kind: target.kind, value: target.value, setAt: now },
    targetHistory: [...goal.targetHistory, goal.target],
    updatedAt: now,
  };
}

/** The absolute value the goal aims at; null when a percent target has no baseline to apply to. */
export function resolveTargetValue(goal: Pick<Goal, 'target' | 'baseline' | 'metric' | 'start' | 'deadline'>): number | null {
  return resolveTarget(goal.target, likeForLikeBaseline(goal));
}

/**
 * The baseline as a period as long as the goal's. A total (cumulative metric) summed over other dates
 * is scaled per day — 10,000 visitors in 28 days is about 65,000 in 182 — so "+30% in six months"
 * compares six months with six months; rates and levels are compared as they stand.
 */
export function likeForLikeBaseline(goal: Pick<Goal, 'baseline' | 'metric' | 'start' | 'deadline'>): Baseline | undefined {
  const b = goal.baseline;
  if (!b?.period || METRICS[goal.metric]?.kind !== 'cumulative') return b;
  const baselineDays = inclusiveDays(b.period.start, b.period.end);
  const goalDays = inclusiveDays(goal.start, goal.deadline);
  if (baselineDays <= 0 || goalDays <= 0 || baselineDays === goalDays) return b;
  return { ...b, value: (b.value * goalDays) / baselineDays };
}

/** The same number of days just before the start: the fair baseline period for a total. */
export function periodBefore(start: string, deadline: string): DateRange {
  const days = inclusiveDays(start, deadline);
  return { start: addDays(start, -days), end: addDays(start, -1) };
}

export function resolveTarget(target: Pick<Target, 'kind' | 'value'>, baseline: Baseline | undefined): number | null {
  switch (target.kind) {
    case 'increase-by-percent':
      return baseline ? baseline.value * (1 + target.value / 100) : null;
    case 'increase-by':
      return baseline ? baseline.value + target.value : null;
    case 'decrease-by-percent':
      return baseline ? baseline.value * (1 - target.value / 100) : null;
    default:
      return target.value;
  }
}

/**
 * Which way the goal wants the metric to move. Usually the metric's own direction, but a target can
 * say otherwise: "decrease cost to 5,000" wants lower cost although spend is not a lower-is-better metric.
 */
export function goalDirection(goal: Pick<Goal, 'metric' | 'target' | 'baseline'>): 'higher' | 'lower' {
  switch (goal.target.kind) {
    case 'increase-by-percent':
    case 'increase-by':
    case 'stay-above':
      return 'higher';
    case 'decrease-by-percent':
    case 'decrease-to':
    case 'stay-below':
      return 'lower';
    case 'reach': {
      if (goal.baseline && goal.baseline.value !== goal.target.value) {
        return goal.target.value > goal.baseline.value ? 'higher' : 'lower';
      }
      return METRICS[goal.metric]?.direction ?? 'higher';
    }
  }
}

/** "Sessions ≥ 10,000 by 31 Dec 2026" — English; the UI localises its own rendering. */
export function defaultGoalName(goal: Pick<Goal, 'metric' | 'target' | 'baseline' | 'deadline' | 'scope'>): string {
  const def = METRICS[goal.metric];
  const metric = metricDisplayName(goal.metric, 'en');
  const subject = goal.scope.filter ? `${metric} (${goal.scope.filter})` : metric;
  const by = `by ${formatDateEn(goal.deadline)}`;
  const v = goal.target.value;
  switch (goal.target.kind) {
    case 'increase-by-percent':
      return `${subject} +${formatValue(v, 'count')}% ${by}`;
    case 'decrease-by-percent':
      return `${subject} −${formatValue(v, 'count')}% ${by}`;
    case 'increase-by':
      return `${subject} +${formatValue(v, def.unit)} ${by}`;
    case 'stay-above':
      return `${subject} stays ≥ ${formatValue(v, def.unit)} until ${formatDateEn(goal.deadline)}`;
    case 'stay-below':
      return `${subject} stays ≤ ${formatValue(v, def.unit)} until ${formatDateEn(goal.deadline)}`;
    case 'decrease-to':
      return `${subject} ≤ ${formatValue(v, def.unit)} ${by}`;
    case 'reach':
      return `${subject} ${goalDirection(goal) === 'higher' ? '≥' : '≤'} ${formatValue(v, def.unit)} ${by}`;
  }
}
