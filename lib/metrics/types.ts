import type { NumberUnit } from '../parse/types';

/** Stable metric identifiers; stored in goals and observations, so never renamed. */
export type MetricId =
  | 'sessions' | 'users' | 'active-users' | 'new-users' | 'returning-users' | 'pageviews' | 'engaged-sessions'
  | 'impressions' | 'clicks' | 'reach' | 'followers' | 'subscribers' | 'leads' | 'conversions' | 'purchases'
  | 'revenue' | 'cost' | 'conversion-rate' | 'ctr' | 'cpc' | 'cpm' | 'cpa' | 'roas' | 'cac' | 'cltv'
  | 'bounce-rate' | 'engagement-rate' | 'returning-visitor-share' | 'avg-engagement-time' | 'open-rate'
  | 'click-rate' | 'unsubscribe-rate' | 'csat' | 'average-position'
  // KPIs built from two numbers (lib/metrics/derived.ts) and the count CAC divides by.
  | 'new-customers' | 'cost-per-lead' | 'aov';

/** cumulative: summed over the period, paced against time; ratio: compared as it stands;
 *  level: read at a point in time against a baseline. */
export type MetricKind = 'cumulative' | 'ratio' | 'level';
export type Direction = 'higher' | 'lower';

/** Languages the catalogue carries label synonyms for: the UI languages (en, fa, ar, zh-Hant, zh-Hans)
 *  plus the UI languages the supported dashboards are commonly used in. 'pt' holds both pt-BR and pt-PT words. */
export type LabelLanguage =
  | 'en' | 'fa' | 'ar' | 'zh-Hant' | 'zh-Hans' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'pl' | 'ru' | 'uk'
  | 'tr' | 'ja' | 'ko' | 'id' | 'vi' | 'th' | 'he' | 'hi';

/** One language's labels: every metric's synonyms as dashboards print them, display name first. */
export type MetricLabels = Readonly<Record<MetricId, readonly string[]>>;

export interface MetricDefinition {
  id: MetricId;
  unit: NumberUnit;
  kind: MetricKind;
  direction: Direction;
  /** For ratios: the parts it is computed from, numerator then denominator, and a scale
   *  (100 for percentages, 1000 for CPM). `value = numerator / denominator * scale`. */
  parts?: { numerator: MetricId; denominator: MetricId; scale: number };
}
