import { addDays, dayNumber, formatDateEn, inclusiveDays, utcDay } from '../goals/dates';
import { formatSignedPercent, formatValue } from '../goals/format';
import { goalDirection, likeForLikeBaseline } from '../goals/model';
import { CHANNEL_NAMES_EN, CHANNEL_ROWS, isChannelSource, sourceIsChannel } from '../goals/channels';
import { SOURCE_NAMES } from '../goals/match';
import type { Goal } from '../goals/types';
import { SOURCE_IDS } from '../dashboards';
import { isMetricId, METRICS } from '../metrics/catalogue';
import { metricDisplayName } from '../metrics/names';
import type { SeriesPoint } from './history';
import { linearFit } from './stats';
import type { SmartCheck } from './types';

/**
 * SMART(ER), letter by letter, each a pass or a warning with one line of why. Warnings, not errors:
 * a goal that fails a letter is still tracked, the check says how to make it better.
 */

/** Shorter than a week measures noise; longer than two years cannot be steered — break it into phases. */
export const MIN_HORIZON_DAYS = 7;
export const MAX_HORIZON_DAYS = 730;
/** Past about six months a goal gets a suggested first-quarter milestone. */
export const LONG_GOAL_DAYS = 183;
const QUARTER_DAYS = 91;
/** A change this small over the whole period is plausible whatever the history says. */
export const ACHIEVABLE_FLOOR = 0.05;
/** Seeds: grew 2% last quarter → +5% is a good goal (2.5×), +15% is not (7.5×). */
export const ACHIEVABLE_MULTIPLE = 3;
/** History needed to judge achievability: points and the days they span. */
const MIN_HISTORY_POINTS = 3;
const MIN_HISTORY_SPAN_DAYS = 14;

export interface SmartInput {
  goal: Goal;
  target: number | null;
  /** Where progress starts: the baseline, else the first reading. */
  startValue: number | null;
  /** Ratios/levels: daily values; cumulative: daily rates (value ÷ days covered). */
  series: readonly SeriesPoint[];
  today: string;
}

export function smartChecks(input: SmartInput): SmartCheck[] {
  return [specific(input.goal), measurable(input.goal, input.target), achievable(input), relevant(input.goal), timeBound(input.goal), evaluate(input.goal, input.today)];
}

/**
 * Specific: one metric, and exactly which number of which dashboard will be read for it. The params
 * carry ids (metricId, channel, sourceId) so a UI can word them in its language; rows are as printed.
 */
function specific(goal: Goal): SmartCheck {
  const metric = metricDisplayName(goal.metric);
  // `metricId` lets a UI name the metric in its own language; `metric` is the English name the reason uses.
  const named = { metric, metricId: goal.metric };
  const sourceId = goal.scope.source ?? '';
  const source = goal.scope.source ? SOURCE_NAMES[goal.scope.source] : 'any dashboard';
  const channelId = goal.channel && goal.channel !== 'all' ? goal.channel : undefined;
  if (goal.scope.filter) {
    const row = goal.scope.filter;
    return { letter: 'S', pass: true, reason: `Reads ${metric} from the “${row}” row of ${source}.`, code: 'specific.row', params: { ...named, row, source, sourceId } };
  }
  if (goal.scope.source === 'generic') {
    return { letter: 'S', pass: true, reason: `Reads the ${metric} you point at on the site that shows it.`, code: 'specific.picked', params: named };
  }
  if (channelId) {
    const channel = CHANNEL_NAMES_EN[channelId];
    const sources = goal.scope.source ? [goal.scope.source] : SOURCE_IDS.filter((id) => sourceIsChannel(id, channelId));
    const sourceNames = sources.filter((id) => sourceIsChannel(id, channelId)).map((id) => SOURCE_NAMES[id]).join(', ');
    const rows = goal.scope.source && isChannelSource(goal.scope.source) ? [] : CHANNEL_ROWS[channelId];
    // `channel` is the id, which a UI names in its language; `channelName` is the English name the reason uses.
    const params = { ...named, channel: channelId, channelName: channel, sources: sourceNames, rows: rows.join('”, “') };
    if (rows.length === 0 && !sourceNames) {
      // Social on GA4: neither row alone is the channel (see channels.ts), so the goal must name one.
      return { letter: 'S', pass: false, reason: `Name the row ${metric} is read from: no dashboard shows ${channel} as one number.`, code: 'specific.channel-unread', params };
    }
    if (rows.length === 0) return { letter: 'S', pass: true, reason: `Reads ${metric} for ${channel} only, from ${sourceNames}.`, code: 'specific.channel-source', params };
    if (!sourceNames) return { letter: 'S', pass: true, reason: `Reads ${metric} for ${channel} only: the “${params.rows}” row of GA4 or Looker Studio.`, code: 'specific.channel-row', params };
    return { letter: 'S', pass: true, reason: `Reads ${metric} for ${channel} only: ${sourceNames}, or the “${params.rows}” row of GA4 or Looker Studio.`, code: 'specific.channel', params };
  }
  if (goal.scope.account) {
    const scope = goal.scope.account;
    return { letter: 'S', pass: true, reason: `One metric with its scope: ${metric} for ${scope}.`, code: 'specific.ok', params: { ...named, scope } };
  }
  if (goal.channel === 'all') {
    return { letter: 'S', pass: true, reason: `Reads ${metric} for all traffic sources (site-wide totals).`, code: 'specific.all-channels', params: named };
  }
  if (goal.scope.source) {
    return { letter: 'S', pass: true, reason: `Reads the totals of ${metric} on ${source}.`, code: 'specific.whole-account', params: { ...named, source, sourceId } };
  }
  return { letter: 'S', pass: false, reason: `Say where ${metric} is measured: which dashboard, account, channel or segment.`, code: 'specific.missing', params: named };
}

function measurable(goal: Goal, target: number | null): SmartCheck {
  if (!isMetricId(goal.metric)) return { letter: 'M', pass: false, reason: 'The metric is not one the dashboards show.', code: 'measurable.unknown-metric', params: {} };
  if (target === null || !Number.isFinite(target)) {
    return { letter: 'M', pass: false, reason: 'The target has no number to measure against (a percent change needs a baseline).', code: 'measurable.no-target', params: {} };
  }
  if (!goal.baseline) return { letter: 'M', pass: false, reason: 'No baseline: note where the metric stands today so progress has a starting point.', code: 'measurable.no-baseline', params: {} };
  const unit = METRICS[goal.metric].unit;
  // A total over other dates is shown as it stands for the goal's period (see likeForLikeBaseline).
  const fromValue = likeForLikeBaseline(goal)!.value;
  const from = formatValue(fromValue, unit);
  const to = formatValue(target, unit);
  // `<name>Value` + `unit` let a UI format `<name>` in its own locale.
  const params = { from, to, fromValue, toValue: target, unit };
  return { letter: 'M', pass: true, reason: `Measured on the dashboard from ${from} to ${to}.`, code: 'measurable.ok', params };
}

/** Required change over the period vs the change the metric's own history shows over as long. */
function achievable(input: SmartInput): SmartCheck {
  const { goal, target, startValue, series } = input;
  const horizon = inclusiveDays(goal.start, goal.deadline);
  const kind = METRICS[goal.metric].kind;
  // Cumulative targets are totals over the period: compare them as a daily rate with the baseline's
  // (taken as a period as long as the goal's), else with the first observed rate.
  const baseline = likeForLikeBaseline(goal);
  const start = kind === 'cumulative' ? (baseline ? baseline.value / horizon : (series[0]?.value ?? null)) : startValue;
  if (target === null || start === null || start === 0) {
    return { letter: 'A', pass: true, reason: 'Not enough history to judge: no starting value to measure the required change from.', code: 'achievable.no-start', params: {} };
  }
  const goalValue = kind === 'cumulative' ? target / horizon : target;
  const sign = goalDirection(goal) === 'higher' ? 1 : -1;
  const required = (sign * (goalValue - start)) / Math.abs(start);
  const change = formatSignedPercent(sign * required);
  const requiredText = `${change} over ${horizon} days`;
  const needs = { change, days: horizon };
  if (required <= 0) return { letter: 'A', pass: true, reason: `Already there: the target needs no change (${requiredText}).`, code: 'achievable.already-there', params: needs };

  const spanDays = series.length > 0 ? series[series.length - 1]!.day - series[0]!.day : 0;
  const fit = series.length >= MIN_HISTORY_POINTS && spanDays >= MIN_HISTORY_SPAN_DAYS ? linearFit(series) : null;
  if (!fit) {
    return required <= ACHIEVABLE_FLOOR
      ? { letter: 'A', pass: true, reason: `A modest change (${requiredText}); not enough history to compare with.`, code: 'achievable.modest', params: needs }
      : { letter: 'A', pass: true, reason: `Not enough history to judge whether ${requiredText} is realistic.`, code: 'achievable.no-history', params: needs };
  }
  const mean = series.reduce((a, p) => a + p.value, 0) / series.length;
  const observed = mean === 0 ? 0 : (sign * fit.slope * horizon) / Math.abs(mean);
  const trend = formatSignedPercent(sign * observed);
  const observedText = `${trend} per ${horizon} days`;
  if (required <= ACHIEVABLE_FLOOR || (observed > 0 && required <= ACHIEVABLE_MULTIPLE * observed)) {
    return { letter: 'A', pass: true, reason: `Needs ${requiredText}; its own trend gives ${observedText} — within reach.`, code: 'achievable.ok', params: { ...needs, trend } };
  }
  const times = observed > 0 ? (required / observed).toFixed(1) : null;
  const multiple = times !== null ? ` (${times}× its pace)` : '';
  return {
    letter: 'A',
    pass: false,
    reason: `Needs ${requiredText} but its own trend gives ${observedText}${multiple}; a smaller step is more realistic.`,
    ...(times !== null
      ? { code: 'achievable.unrealistic', params: { ...needs, trend, multiple: times } }
      : { code: 'achievable.unrealistic.no-growth', params: { ...needs, trend } }),
  };
}

function relevant(goal: Goal): SmartCheck {
  if (goal.objective || goal.stage) {
    const why = [goal.objective, goal.stage ? `RACE stage ${goal.stage}` : undefined].filter(Boolean).join('; ');
    const reason = `Tied to the business: ${why}.`;
    // `stage` is the stage id (plan, reach…), which a UI can name in its own language.
    if (goal.objective && goal.stage) return { letter: 'R', pass: true, reason, code: 'relevant.objective-and-stage', params: { objective: goal.objective, stage: goal.stage } };
    if (goal.objective) return { letter: 'R', pass: true, reason, code: 'relevant.objective', params: { objective: goal.objective } };
    return { letter: 'R', pass: true, reason, code: 'relevant.stage', params: { stage: goal.stage! } };
  }
  return { letter: 'R', pass: false, reason: 'Tie it to a business objective (leads, revenue, awareness, loyalty) or a RACE stage.', code: 'relevant.missing', params: {} };
}

function timeBound(goal: Goal): SmartCheck {
  const days = inclusiveDays(goal.start, goal.deadline);
  // `<name>Iso` lets a UI format the date `<name>` in its own locale.
  const params = { days, start: formatDateEn(goal.start), deadline: formatDateEn(goal.deadline), startIso: goal.start, deadlineIso: goal.deadline };
  const period = `${params.start} to ${params.deadline}`;
  if (days < MIN_HORIZON_DAYS) return { letter: 'T', pass: false, reason: `${days} days (${period}) is too short to measure a change.`, code: 'time-bound.too-short', params };
  if (days > MAX_HORIZON_DAYS) {
    return { letter: 'T', pass: false, reason: `${days} days (${period}) is too far to steer; break it into phases of a quarter or so.`, code: 'time-bound.too-long', params };
  }
  // Seeds: "+5% in Q1" beats "+20% by year end" — a long goal wants a checkpoint about a quarter in.
  if (days > LONG_GOAL_DAYS && goal.milestones.length === 0) {
    const milestone = addDays(goal.start, QUARTER_DAYS - 1);
    const withMilestone = { ...params, milestone: formatDateEn(milestone), milestoneIso: milestone };
    return { letter: 'T', pass: true, reason: `Runs ${period} (${days} days); add a milestone for the first quarter, by ${withMilestone.milestone}.`, code: 'time-bound.suggest-milestone', params: withMilestone };
  }
  return { letter: 'T', pass: true, reason: `Runs ${period} (${days} days).`, code: 'time-bound.ok', params };
}

/** When the next review falls due: the last review (or the start) plus the cadence. */
export function reviewDueOn(goal: Goal): string {
  // A goal set today is not overdue for review just because its period started weeks ago (a goal
  // often starts on the first of the month its data covers): the clock runs from when it was set.
  const created = utcDay(goal.createdAt);
  const from = goal.lastReviewedAt ? utcDay(goal.lastReviewedAt) : created > goal.start ? created : goal.start;
  return addDays(from, goal.reviewCadenceDays);
}

function evaluate(goal: Goal, today: string): SmartCheck {
  if (!(goal.reviewCadenceDays >= 1)) return { letter: 'E', pass: false, reason: 'Set a review cadence (monthly is a good default).', code: 'evaluated.no-cadence', params: {} };
  const due = reviewDueOn(goal);
  const params = { cadenceDays: goal.reviewCadenceDays, dueOn: formatDateEn(due), dueOnIso: due };
  if (dayNumber(today) > dayNumber(due)) {
    return { letter: 'E', pass: false, reason: `Reviewed every ${params.cadenceDays} days, but a review was due on ${params.dueOn}.`, code: 'evaluated.overdue', params };
  }
  return { letter: 'E', pass: true, reason: `Reviewed every ${params.cadenceDays} days; next review on ${params.dueOn}.`, code: 'evaluated.ok', params };
}
