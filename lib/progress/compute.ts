import { dayNumber, formatDateEn, fromDayNumber } from '../goals/dates';
import { formatValue } from '../goals/format';
import { goalDirection, resolveTargetValue } from '../goals/model';
import { goalPeriod, type Goal } from '../goals/types';
import { computeDerived, formulaTitle, type DerivedResult, type GoalFormula } from '../metrics/derived';
import { METRICS } from '../metrics/catalogue';
import { metricDisplayName } from '../metrics/names';
import type { MetricKind } from '../metrics/types';
import { forecastAtDeadline } from './forecast';
import { chooseCurrent, dailySeries, dailyValues, prepareHistory, rateSeries, type Entry, type SeriesPoint } from './history';
import { buildPaceLine, weekdayWeights, type PaceLine } from './pace';
import { MIN_DAYS_FOR_WEEKDAY_SHAPE } from './settings';
import { reviewDueOn, smartChecks } from './smart';
import { decideStatus } from './status';
import type { GoalProgress, Observation, ProgressInput } from './types';
import { volumeBehind } from './volume';
import { collectWarnings } from './warnings';

/**
 * A goal's progress from its history: current value, pace, status with its reason, forecast,
 * what is needed from now, SMART check and warnings. Pure and clock-free (today comes in the
 * settings); linear in the size of the history.
 */
export function computeProgress(input: ProgressInput): GoalProgress {
  return input.goal.formula ? computeFormulaProgress(input, input.goal.formula) : computePlainProgress(input, null);
}

/**
 * A goal on a formula: the value comes from its parts' readings of the same dates (computeDerived), and
 * is then judged like any reading of the goal's metric. A missing, stale or mismatched part leaves the
 * goal without a value — "incomplete", saying which part — never a partial number.
 */
function computeFormulaProgress(input: ProgressInput, formula: GoalFormula): GoalProgress {
  const { goal, settings } = input;
  const cadenceDays = goal.reviewCadenceDays >= 1 ? goal.reviewCadenceDays : 30;
  const derived = computeDerived(formula, input.history, { period: goalPeriod(goal), now: `${settings.today}T23:59:59.999Z`, staleAfterDays: cadenceDays });
  if (derived.status !== 'complete') return { ...computePlainProgress({ ...input, history: [] }, derived), derived };
  const latest = derived.parts.reduce((a, b) => (a.readAt >= b.readAt ? a : b));
  const value: Observation = {
    metric: goal.metric,
    value: derived.value,
    unit: derived.unit,
    ...(derived.currency ? { currency: derived.currency } : {}),
    precision: 0,
    dateRange: derived.range,
    source: latest.source,
    scope: {},
    label: formulaTitle(formula),
    text: formatValue(derived.value, derived.unit, derived.currency),
    where: derived.text,
    confidence: 'sure',
    pageUrl: latest.pageUrl,
    readAt: latest.readAt,
    day: latest.readAt.slice(0, 10),
    dedupKey: '',
    goalIds: [goal.id],
  };
  return { ...computePlainProgress({ ...input, history: [value] }, null), derived };
}

function computePlainProgress(input: ProgressInput, unfinished: Exclude<DerivedResult, { status: 'complete' }> | null): GoalProgress {
  const { goal, settings } = input;
  const def = METRICS[goal.metric];
  const kind = def.kind;
  const direction = goalDirection(goal);
  const target = resolveTargetValue(goal);
  const todayDay = dayNumber(settings.today);
  const startDay = dayNumber(goal.start);
  const endDay = dayNumber(goal.deadline);
  const totalDays = Math.max(1, endDay - startDay + 1);
  const elapsed = clamp01((todayDay - startDay + 1) / totalDays);
  const cadenceDays = goal.reviewCadenceDays >= 1 ? goal.reviewCadenceDays : 30;
  const metric = metricDisplayName(goal.metric);

  const history = prepareHistory(goal, input.history, todayDay);
  const choice = chooseCurrent(history, kind, goal, todayDay);
  const currentEntry = choice?.entry ?? null;
  const current = currentEntry?.o ?? null;
  const fmt = (v: number) => formatValue(v, def.unit, history.currency);

  const series = kind === 'cumulative' ? rateSeries(history.comparable) : dailySeries(history.comparable);
  const startValue = kind === 'cumulative' ? 0 : (goal.baseline?.value ?? startFromHistory(series, startDay, currentEntry));

  // The calendar shape (weekday-aware for cumulative metrics with daily history) spreads totals over days.
  const weights = kind === 'cumulative' ? weekdayWeights(dailyValues(history.comparable), MIN_DAYS_FOR_WEEKDAY_SHAPE) : null;
  const calendar = buildPaceLine({ startDay, endDay, startValue: 0, target: 1, weekdayWeights: weights });
  // Holding a line is about a rate or level; a cumulative "stay below" is a budget, paced like any total.
  const hold = kind !== 'cumulative' && (goal.target.kind === 'stay-above' || goal.target.kind === 'stay-below');
  const paceLine =
    target !== null && startValue !== null && !hold
      ? buildPaceLine({ startDay, endDay, startValue, target, milestones: goal.milestones, weekdayWeights: weights })
      : null;

  const lastReadDay = history.latestRead?.readDay ?? null;
  const deadlinePassed = todayDay > endDay;
  const dueOn = reviewDueOn(goal);
  const reviewDue = todayDay > dayNumber(dueOn);
  const volume = current && kind === 'ratio' ? volumeBehind(current, input.history) : null;

  const measured = currentEntry && target !== null ? measure({ goal, kind, direction, target, startValue, current: currentEntry, startDay, endDay, paceLine, calendar }) : null;

  const asOf = currentEntry ? currentEntry.asOf : todayDay;
  const params: Record<string, string | number> = {
    metric,
    // Raw companions of the formatted params, so the UI can print them in its own locale.
    metricId: goal.metric,
    deadline: formatDateEn(goal.deadline),
    deadlineIso: goal.deadline,
    asOf: formatDateEn(fromDayNumber(asOf)),
    asOfIso: fromDayNumber(asOf),
    elapsedPercent: Math.round(elapsed * 100),
    cadenceDays,
    unit: def.unit,
    ...(history.currency ? { currency: history.currency } : {}),
    ...(lastReadDay !== null ? { lastRead: formatDateEn(fromDayNumber(lastReadDay)), lastReadIso: fromDayNumber(lastReadDay) } : {}),
    ...(current ? { current: fmt(current.value), currentValue: current.value } : {}),
    ...(target !== null ? { target: fmt(target), targetValue: target } : {}),
    ...(measured?.expectedNow != null ? { expected: fmt(measured.expectedNow), expectedValue: measured.expectedNow } : {}),
    ...(input.waitingFor ? { after: input.waitingFor.name } : {}),
    ...(unfinished ? formulaParams(unfinished) : {}),
  };

  const status = decideStatus({
    waiting: !!input.waitingFor,
    noData: unfinished ? (unfinished.status === 'refused' ? 'formula-refused' : 'formula-incomplete') : current ? (target === null ? 'no-target' : null) : history.ofMetricCount > 0 ? (history.comparable.obs.length > 0 ? 'no-period' : 'no-comparable') : isScoped(goal) ? 'no-scope' : 'none',
    deadlinePassed,
    dataReachesDeadline: measured?.dataReachesDeadline ?? false,
    met: measured?.met ?? false,
    overCap: measured?.overCap ?? false,
    hold,
    volume,
    stale: lastReadDay !== null && todayDay - lastReadDay > cadenceDays,
    elapsed,
    paceRatio: measured?.paceRatio ?? null,
    asIsRatio: measured?.asIsRatio ?? null,
    bands: settings.bands,
    params,
  });

  const needed = measured && current ? neededFromNow(kind, direction, target!, measured, asOf, endDay) : null;
  const forecast = current
    ? forecastAtDeadline({
        kind,
        unit: def.unit,
        startDay,
        endDay,
        todayDay,
        current: current.value,
        series,
        shape: calendar,
        ...(kind === 'cumulative' && measured ? { cumulative: { valueInPeriod: measured.valueInPeriod, fromDay: measured.fromDay, toDay: measured.toDay } } : {}),
      })
    : null;

  const warnings = collectWarnings({
    metric,
    metricId: goal.metric,
    status: status.code,
    pacePercent: measured?.paceRatio != null ? Math.round(measured.paceRatio * 100) : null,
    neededPerWeek: needed && needed.perWeek > 0 ? { text: fmt(needed.perWeek), value: needed.perWeek, unit: def.unit, currency: history.currency ?? null } : null,
    ...(input.missingOnPage ? { missingOnPage: input.missingOnPage } : {}),
    rangeMismatch: measured?.rangeMismatch ?? null,
    lastReadDay,
    todayDay,
    cadenceDays,
    deadlinePassed,
    goalActive: goal.status === 'active',
    deadline: goal.deadline,
    reviewDueOn: reviewDue ? dueOn : null,
    unitName: def.unit,
    history,
    current,
    volume,
    activeGoalCount: input.activeGoalCount,
    focusLimit: settings.focusLimit,
  });

  const progress: GoalProgress = {
    goalId: goal.id,
    current: current?.value ?? null,
    target,
    fraction: measured?.fraction ?? null,
    expectedNow: measured?.expectedNow ?? null,
    paceRatio: measured?.paceRatio ?? null,
    elapsed,
    status,
    forecast,
    needed,
    warnings,
    smart: smartChecks({ goal, target, startValue, series, today: settings.today }),
    approximate: current ? isApproximate(current, choice?.unsureOnly ?? false) : false,
  };
  if (measured?.prorated) progress.prorated = measured.prorated;
  return progress;
}

interface Measured {
  fraction: number | null;
  expectedNow: number | null;
  paceRatio: number | null;
  asIsRatio: number | null;
  met: boolean;
  overCap: boolean;
  dataReachesDeadline: boolean;
  prorated?: { share: number; target: number };
  rangeMismatch: { range: string; period: string; prorated: boolean } | null;
  /** Cumulative: the total that falls inside the goal period (estimated to date when prorated). */
  valueInPeriod: number;
  toDate: number;
  fromDay: number;
  toDay: number;
}

interface MeasureInput {
  goal: Goal;
  kind: MetricKind;
  direction: 'higher' | 'lower';
  target: number;
  startValue: number | null;
  current: Entry;
  startDay: number;
  endDay: number;
  paceLine: PaceLine | null;
  calendar: PaceLine;
}

function measure(m: MeasureInput): Measured {
  return m.kind === 'cumulative' ? measureCumulative(m) : measureAsItStands(m);
}

const period = (g: Goal) => `${formatDateEn(g.start)} – ${formatDateEn(g.deadline)}`;

/**
 * Sums over the period. A reading from the goal's start to a day in the period is progress to date;
 * any other window (last 28 days, a range that began before the goal) is compared with the share of
 * the target that falls in it — the target is prorated, and the result says so.
 */
function measureCumulative(m: MeasureInput): Measured {
  const { target: t, startDay, endDay, goal } = m;
  const o = m.current.o;
  const line = m.paceLine ?? m.calendar;
  const asOf = m.current.asOf;
  const from = m.current.from ?? startDay;
  const to = asOf;
  const toDate = from === startDay && to <= endDay;

  let valueInPeriod = o.value;
  let prorated: Measured['prorated'];
  let expectedNow = m.paceLine ? m.paceLine.expectedAt(to) : null;
  let windowFrom = from;
  let windowTo = to;
  let rangeMismatch: Measured['rangeMismatch'] = o.dateRange ? null : { range: 'unknown', period: period(goal), prorated: false };

  if (!toDate) {
    windowFrom = Math.max(from, startDay);
    windowTo = Math.min(to, endDay);
    const rangeDays = Math.max(1, to - from + 1);
    const overlapDays = Math.max(0, windowTo - windowFrom + 1);
    valueInPeriod = (o.value * overlapDays) / rangeDays;
    const share = line.shareOf(windowFrom, windowTo);
    prorated = { share, target: t * share };
    rangeMismatch = { range: `${formatDateEn(o.dateRange!.start)} – ${formatDateEn(o.dateRange!.end)}`, period: period(goal), prorated: true };
  }

  const higher = m.direction === 'higher';
  let paceRatio: number | null = null;
  let toDateValue = valueInPeriod;
  if (prorated) {
    // How the window did against its share of the target, carried over to the days so far.
    const windowRatio = prorated.target > 0 ? valueInPeriod / prorated.target : null;
    paceRatio = windowRatio === null ? null : higher ? windowRatio : capRatio(windowRatio);
    expectedNow = m.paceLine ? m.paceLine.expectedAt(asOf) : null;
    if (windowRatio !== null && expectedNow !== null) toDateValue = windowRatio * expectedNow;
  } else if (expectedNow !== null && expectedNow > 0) {
    paceRatio = higher ? valueInPeriod / expectedNow : capRatio(valueInPeriod / expectedNow);
  }

  const reachesDeadline = toDate && to >= endDay;
  const met = higher ? valueInPeriod >= t : reachesDeadline && valueInPeriod <= t;
  return {
    // For a cap, "share of the way to the target" would call spending the whole budget success.
    fraction: higher && t > 0 ? Math.max(0, toDateValue / t) : null,
    expectedNow,
    paceRatio,
    asIsRatio: null,
    met,
    overCap: !higher && valueInPeriod > t,
    dataReachesDeadline: reachesDeadline,
    ...(prorated ? { prorated } : {}),
    rangeMismatch,
    valueInPeriod,
    toDate: toDateValue,
    fromDay: windowFrom,
    toDay: windowTo,
  };
}

/** Under a cap, spending less than expected is ahead of pace: invert, bounded so 0 spend is not infinity. */
function capRatio(spentShare: number): number {
  return spentShare <= 0.1 ? 10 : 1 / spentShare;
}

/**
 * Ratios and levels are compared as they stand. With a starting value (baseline, else an earlier
 * reading) they also have a pace line from start to target; without one, only their distance to the target.
 */
function measureAsItStands(m: MeasureInput): Measured {
  const { target: t, startValue: s, goal } = m;
  const o = m.current.o;
  const c = o.value;
  const asOf = m.current.asOf;
  const higher = m.direction === 'higher';
  const met = higher ? c >= t : c <= t;
  const asIs = higher ? (t > 0 ? c / t : null) : c > 0 ? t / c : null;

  let fraction: number | null = null;
  if (s !== null && s !== t) fraction = Math.max(0, (c - s) / (t - s));
  else if (asIs !== null) fraction = Math.max(0, asIs);
  if (met && fraction !== null) fraction = Math.max(1, fraction);

  let expectedNow: number | null = null;
  let paceRatio: number | null = null;
  if (m.paceLine && s !== null) {
    expectedNow = m.paceLine.expectedAt(asOf);
    const expectedMove = expectedNow - s;
    if (Math.abs(expectedMove) > 1e-9 * Math.max(1, Math.abs(s))) paceRatio = (c - s) / expectedMove;
    // A flat stretch of the line (a "learn" phase, the first day): hold the start value.
    else paceRatio = higher ? (s > 0 ? c / s : null) : c > 0 ? s / c : null;
  }

  let rangeMismatch: Measured['rangeMismatch'] = null;
  // A rate over a range that began before the goal mixes in the time before it.
  if (m.kind === 'ratio' && o.dateRange && o.dateRange.start < goal.start) {
    rangeMismatch = { range: `${formatDateEn(o.dateRange.start)} – ${formatDateEn(o.dateRange.end)}`, period: period(goal), prorated: false };
  }
  return {
    fraction,
    expectedNow,
    paceRatio,
    asIsRatio: paceRatio === null ? asIs : null,
    met,
    overCap: false,
    dataReachesDeadline: asOf >= m.endDay,
    rangeMismatch,
    valueInPeriod: c,
    toDate: c,
    fromDay: asOf,
    toDay: asOf,
  };
}

/**
 * Where a ratio or level started when no baseline was typed: the last reading on or before the start,
 * else the first one — but never the current reading itself, which would make any change look like none.
 */
function startFromHistory(series: readonly SeriesPoint[], startDay: number, current: Entry | null): number | null {
  if (series.length === 0 || !current) return null;
  const currentDay = current.asOf;
  let before: SeriesPoint | null = null;
  for (const p of series) if (p.day <= startDay) before = p;
  const first = before ?? series[0]!;
  return first.day < currentDay ? first.value : null;
}

function neededFromNow(kind: MetricKind, direction: 'higher' | 'lower', target: number, m: Measured, asOf: number, endDay: number): { perDay: number; perWeek: number } | null {
  const remaining = endDay - asOf;
  if (remaining <= 0) return null;
  let perDay: number;
  if (kind === 'cumulative') {
    const gap = target - m.toDate;
    // Higher: what must still come in per day. Lower (a cap): what may still be spent per day.
    perDay = direction === 'higher' ? Math.max(0, gap) / remaining : gap / remaining;
  } else {
    perDay = m.met ? 0 : (target - m.valueInPeriod) / remaining;
  }
  return { perDay, perWeek: perDay * 7 };
}

function isApproximate(o: Observation, unsureOnly: boolean): boolean {
  if (unsureOnly || o.confidence !== 'sure') return true;
  // Compact numbers ("12.3K") carry a precision far above half a unit.
  return (o.unit === 'count' || o.unit === 'currency') && o.precision > 0.5;
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** A goal narrowed to a channel or a row: with no reading, say that its scope has not been seen rather than "open the dashboard". */
function isScoped(goal: Goal): boolean {
  return !!goal.scope.filter || (!!goal.channel && goal.channel !== 'all');
}

/** What a formula goal lacks, for the status text: the parts by name, and the engine's own sentence. */
function formulaParams(result: Exclude<DerivedResult, { status: 'complete' }>): Record<string, string> {
  if (result.status === 'refused') return { refusal: result.code, why: result.message };
  const names = [...result.missing, ...result.stale].map((p) => p.name);
  return { parts: [...new Set(names)].join(', '), why: result.message };
}
