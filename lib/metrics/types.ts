import type { NumberUnit } from '../parse/types';

/** Stable metric identifiers; stored in goals and observations, so never renamed. */
export type MetricId =
  | 'sessions' | 'users' | 'active-users' | 'new-users' | 'returning-users' | 'pageviews' | 'engaged-sessions'
  | 'impressions' | 'clicks' | 'reach' | 'followers' | 'subscribers' | 'leads' | 'conversions' | 'purchases'
  | 'revenue' | 'cost' | 'conversion-rate' | 'ctr' | 'cpc' | 'cpm' | 'cpa' | 'roas' | 'cac' | 'cltv'
  | 'bounce-rate' | 'engagement-rate' | 'returning-visitor-share' | 'avg-engagement-time' | 'open-rate'
  | 'click-rate' | 'unsubscribe-rate' | 'csat' | 'average-position';

/** cumulative: summed over the period, paced against time; ratio: compared as it stands;
 *  level: read at a point in time against a baseline. */
export type MetricKind = 'cumulative' | 'ratio' | 'level';
export type Direction = 'higher' | 'lower';

/** Languages the catalogue carries label synonyms for (UI languages plus common dashboard languages). */
export type LabelLanguage = 'en' | 'fa' | 'ar' | 'zh-Hant' | 'zh-Hans' | 'de' | 'fr' | 'es';

export interface MetricDefinition {
  id: MetricId;
  unit: NumberUnit;
  kind: MetricKind;
  direction: Direction;
  /** For ratios: the parts it is computed from, numerator then denominator, and a scale
   *  (100 for percentages, 1000 for CPM). `value = numerator / denominator * scale`. */
  parts?: { numerator: MetricId; denominator: MetricId; scale: number };
  /** Label synonyms as dashboards print them, per language. The first English label is the display name. */
  labels: Record<LabelLanguage, readonly string[]>;
}
