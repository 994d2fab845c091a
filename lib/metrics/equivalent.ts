import type { MetricId } from './types';

/**
 * Metrics that dashboards print under different names but that are the same number for a goal.
 *
 * Most such pairs are one metric already, because the catalogue gives both labels to one id: "Key
 * events" and "Conversions" (GA4 renamed conversions to key events in 2024) are `conversions`;
 * "Amount spent" (Meta) and "Cost" (Google Ads) are `cost`. What is left are ids kept apart because a
 * page can print both at once, yet a goal about "visitors" means either: GA4's reports print "Users"
 * or "Active users" for the same number (GA4's users metric *is* active users), and "Total users" where
 * an exploration asks for it. A goal takes its own metric first and an equivalent only when its own is
 * not on the page (see match.ts).
 */
const SAME_NUMBER: ReadonlyArray<readonly MetricId[]> = [['users', 'active-users']];

const EQUIVALENTS: ReadonlyMap<MetricId, readonly MetricId[]> = new Map(
  SAME_NUMBER.flatMap((group) => group.map((id) => [id, group.filter((other) => other !== id)] as const)),
);

/** The other ids that are the same number as `id` (empty for most metrics). */
export function equivalentMetrics(id: MetricId): readonly MetricId[] {
  return EQUIVALENTS.get(id) ?? [];
}

/** 2 = the goal's own metric, 1 = an equivalent, 0 = another number. */
export function metricFit(goalMetric: MetricId, readingMetric: MetricId): 0 | 1 | 2 {
  if (goalMetric === readingMetric) return 2;
  return equivalentMetrics(goalMetric).includes(readingMetric) ? 1 : 0;
}
