import type { Explained, StatusCode, WarningCode } from './types';

/**
 * English texts for every verdict and warning. The UI renders its own language from `code` and
 * `params`; `params.basis` says which variant of a status applies (on pace, holding, as it stands…).
 */

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

const s = (p: Params, key: string): string => String(p[key] ?? '');

const STATUS_TEXTS: Record<string, Template> = {
  'no-data/none': (p) => `No reading of ${s(p, 'metric')} yet; open the dashboard that shows it.`,
  'no-data/no-scope': (p) => `No page has shown ${s(p, 'metric')} for this goal's channel or row yet; Goalpost takes no other number in its place.`,
  'no-data/formula-incomplete': (p) => `Incomplete: no value until every part is read — missing ${s(p, 'parts')}. ${s(p, 'why')}`,
  'no-data/formula-refused': (p) => `Not computed: ${s(p, 'why')}`,
  'no-data/no-comparable': (p) => `No reading of ${s(p, 'metric')} in ${s(p, 'unit')}${p.currency ? ` (${s(p, 'currency')})` : ''} yet; the readings so far cannot be compared with the target.`,
  'no-data/no-period': (p) => `No reading of ${s(p, 'metric')} covers the goal period yet.`,
  'no-data/no-target': () => 'The target is a percent change but the goal has no baseline to apply it to; add a baseline.',
  'achieved/met': (p) => `Target met: ${s(p, 'current')} against a target of ${s(p, 'target')}.`,
  'achieved/met-at-deadline': (p) => `Target met by the deadline: ${s(p, 'current')} against ${s(p, 'target')}.`,
  'missed/deadline': (p) => `The deadline (${s(p, 'deadline')}) passed at ${s(p, 'current')} against a target of ${s(p, 'target')}.`,
  'missed/over-cap': (p) => `Already over the limit: ${s(p, 'current')} against a cap of ${s(p, 'target')}.`,
  'stale/deadline-no-reading': (p) => `The deadline (${s(p, 'deadline')}) passed and the last reading covers only up to ${s(p, 'asOf')}; read the dashboard for the full period to close the goal.`,
  'stale/not-read': (p) => `Last read on ${s(p, 'lastRead')}, more than ${s(p, 'cadenceDays')} days ago; open the dashboard to refresh.`,
  'too-early/waiting': (p) => `Waits for the earlier phase: starts counting when “${s(p, 'after')}” is met.`,
  'too-early/early-window': (p) => `Too early to judge: ${s(p, 'elapsedPercent')}% of the period has passed.`,
  'too-early/low-volume': (p) => `Too little volume to judge: ${s(p, 'volume')} ${s(p, 'volumeMetric')} behind this ${s(p, 'metric')} (at least ${s(p, 'minVolume')} needed).`,
  'on-track/pace': (p) => `On track: ${s(p, 'current')} against ${s(p, 'expected')} expected by ${s(p, 'asOf')} (${s(p, 'pacePercent')}% of pace).`,
  'on-track/holding': (p) => `Holding: ${s(p, 'current')} is on the right side of ${s(p, 'target')}.`,
  'at-risk/pace': (p) => `At risk: ${s(p, 'current')} against ${s(p, 'expected')} expected by ${s(p, 'asOf')} (${s(p, 'pacePercent')}% of pace).`,
  'at-risk/as-is': (p) => `At risk: ${s(p, 'current')} is close to, but not yet at, the target of ${s(p, 'target')}.`,
  'behind/pace': (p) => `Behind: ${s(p, 'current')} against ${s(p, 'expected')} expected by ${s(p, 'asOf')} (${s(p, 'pacePercent')}% of pace).`,
  'behind/as-is': (p) => `Behind: ${s(p, 'current')} against a target of ${s(p, 'target')}.`,
};

const WARNING_TEXTS: Record<WarningCode, Template> = {
  'behind-pace': (p) => `${s(p, 'metric')} is at ${s(p, 'pacePercent')}% of the pace needed; ${p.neededPerWeek !== undefined ? `about ${s(p, 'neededPerWeek')} per week is needed from now.` : 'look at what is holding it back.'}`,
  'metric-not-found': (p) => `${s(p, 'metric')} was not found on the page just read (${s(p, 'pageUrl')}); the dashboard may have changed or the metric is hidden.`,
  'range-mismatch': (p) =>
    p.range === 'unknown'
      ? `The reading does not say which dates it covers; the goal period is ${s(p, 'period')}.`
      : `The reading covers ${s(p, 'range')}, not the goal period ${s(p, 'period')}; ${p.prorated ? 'the target is prorated to match.' : 'set the dashboard to the goal period for an exact comparison.'}`,
  stale: (p) => `Not read since ${s(p, 'lastRead')} (${s(p, 'daysSince')} days; the review cadence is ${s(p, 'cadenceDays')} days).`,
  'deadline-passed': (p) => `The deadline (${s(p, 'deadline')}) has passed; review the goal: set a new target if it was met, or look at what is needed if it was missed.`,
  'review-due': (p) => `A review was due on ${s(p, 'dueOn')}.`,
  'unit-mismatch': (p) => `${s(p, 'count')} reading(s) of ${s(p, 'metric')} were in ${s(p, 'otherUnit')}, not ${s(p, 'unit')}; they are left out.`,
  'currency-mismatch': (p) => `${s(p, 'count')} reading(s) were in ${s(p, 'otherCurrency')}, not ${s(p, 'currency')} as the goal's other readings; they are left out.`,
  'ambiguous-reading': (p) => `${s(p, 'count')} reading(s) could be read two ways (e.g. "${s(p, 'text')}"); ${p.usedAsCurrent ? 'the current value is one of them, so treat it as approximate.' : 'they are not used as the current value.'}`,
  'low-volume': (p) => `Only ${s(p, 'volume')} ${s(p, 'volumeMetric')} behind this ${s(p, 'metric')}; at least ${s(p, 'minVolume')} are needed before the rate means much.`,
  'too-many-active-goals': (p) => `${s(p, 'count')} active goals; more than ${s(p, 'limit')} scatter the team's focus.`,
};

export function explainStatus(code: StatusCode, basis: string, params: Params): Explained<StatusCode> {
  const template = STATUS_TEXTS[`${code}/${basis}`];
  const all = { ...params, basis };
  return { code, params: all, text: template ? template(all) : code };
}

export function explainWarning(code: WarningCode, params: Params): Explained<WarningCode> {
  return { code, params, text: WARNING_TEXTS[code](params) };
}
