import type { LabelLanguage, MetricDefinition, MetricId } from './types';

/**
 * Every metric Goalpost knows: its unit, kind, direction and parts. The labels dashboards print for
 * it are in metric-labels.ts (all languages, for reading pages and sentences) and its display names in
 * names.ts (what the pages show), kept apart so a page that only shows names does not carry every
 * language's synonyms.
 *
 * The labels are data, one file per language under ./lang (lang/ja.ts …): adding a synonym means adding a
 * string there, nothing else; metric-labels.ts only assembles them per metric.
 * Rules the tests enforce:
 * - a label (after normalisation, see labels.ts) belongs to exactly one metric, so a label that two
 *   dashboards use for different things (e.g. a bare "Click rate" that could be email or ads) must be
 *   qualified or left out — an unknown label is better than a wrong one;
 * - every metric has at least one label in every LabelLanguage; the first label of a language is the
 *   display name in that language (and the first English label is the canonical name);
 * - the lookup is not told the page's language, so "exactly one metric" holds across all languages
 *   together, and also for the label with its spaces removed (labels.ts's compact key).
 *
 * Sources of the strings: GA4, Google Ads, Meta Ads Manager, Search Console and Looker Studio as they
 * print them in each UI language, plus the words the seed articles (fa, ar, zh-Hant) use for these KPIs.
 */

/** Languages the catalogue carries labels for; the order is the order labels are indexed in. */
export const LABEL_LANGUAGES: readonly LabelLanguage[] = Object.freeze([
  'en', 'fa', 'ar', 'zh-Hant', 'zh-Hans', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk',
  'tr', 'ja', 'ko', 'id', 'vi', 'th', 'he', 'hi',
] as const);

const pct = (numerator: MetricId, denominator: MetricId) => ({ numerator, denominator, scale: 100 });
const per = (numerator: MetricId, denominator: MetricId, scale = 1) => ({ numerator, denominator, scale });

/** The catalogue. Parts are given only where both parts are metrics Goalpost can read; bounce rate,
 *  email rates and CSAT are built from counts (bounces, delivered, responses) that dashboards rarely
 *  print, so they are compared as they stand. CAC, cost per lead and AOV are printed whole by few
 *  dashboards: a goal about them usually carries a formula (derived.ts) that builds them from their parts. */
export const METRICS: Readonly<Record<MetricId, MetricDefinition>> = Object.freeze({
  sessions: { id: 'sessions', unit: 'count', kind: 'cumulative', direction: 'higher' },
  users: { id: 'users', unit: 'count', kind: 'cumulative', direction: 'higher' },
  'active-users': { id: 'active-users', unit: 'count', kind: 'cumulative', direction: 'higher' },
  'new-users': { id: 'new-users', unit: 'count', kind: 'cumulative', direction: 'higher' },
  'returning-users': { id: 'returning-users', unit: 'count', kind: 'cumulative', direction: 'higher' },
  pageviews: { id: 'pageviews', unit: 'count', kind: 'cumulative', direction: 'higher' },
  'engaged-sessions': { id: 'engaged-sessions', unit: 'count', kind: 'cumulative', direction: 'higher' },
  impressions: { id: 'impressions', unit: 'count', kind: 'cumulative', direction: 'higher' },
  clicks: { id: 'clicks', unit: 'count', kind: 'cumulative', direction: 'higher' },
  reach: { id: 'reach', unit: 'count', kind: 'cumulative', direction: 'higher' },
  followers: { id: 'followers', unit: 'count', kind: 'level', direction: 'higher' },
  subscribers: { id: 'subscribers', unit: 'count', kind: 'level', direction: 'higher' },
  leads: { id: 'leads', unit: 'count', kind: 'cumulative', direction: 'higher' },
  conversions: { id: 'conversions', unit: 'count', kind: 'cumulative', direction: 'higher' },
  purchases: { id: 'purchases', unit: 'count', kind: 'cumulative', direction: 'higher' },
  // First-time purchasers (GA4 "First time purchasers", a shop's "New customers"): what CAC divides by.
  'new-customers': { id: 'new-customers', unit: 'count', kind: 'cumulative', direction: 'higher' },
  revenue: { id: 'revenue', unit: 'currency', kind: 'cumulative', direction: 'higher' },
  cost: { id: 'cost', unit: 'currency', kind: 'cumulative', direction: 'higher' },
  'conversion-rate': {
    id: 'conversion-rate', unit: 'percent', kind: 'ratio', direction: 'higher',
    parts: pct('conversions', 'sessions'),
  },
  ctr: { id: 'ctr', unit: 'percent', kind: 'ratio', direction: 'higher', parts: pct('clicks', 'impressions') },
  cpc: { id: 'cpc', unit: 'currency', kind: 'ratio', direction: 'lower', parts: per('cost', 'clicks') },
  cpm: { id: 'cpm', unit: 'currency', kind: 'ratio', direction: 'lower', parts: per('cost', 'impressions', 1000) },
  cpa: { id: 'cpa', unit: 'currency', kind: 'ratio', direction: 'lower', parts: per('cost', 'conversions') },
  'cost-per-lead': {
    id: 'cost-per-lead', unit: 'currency', kind: 'ratio', direction: 'lower',
    parts: per('cost', 'leads'),
  },
  roas: { id: 'roas', unit: 'ratio', kind: 'ratio', direction: 'higher', parts: per('revenue', 'cost') },
  cac: { id: 'cac', unit: 'currency', kind: 'ratio', direction: 'lower', parts: per('cost', 'new-customers') },
  cltv: { id: 'cltv', unit: 'currency', kind: 'level', direction: 'higher' },
  // Average order value: revenue per order (GA4 "Average purchase revenue" = purchase revenue ÷ transactions).
  aov: { id: 'aov', unit: 'currency', kind: 'ratio', direction: 'higher', parts: per('revenue', 'purchases') },
  'bounce-rate': { id: 'bounce-rate', unit: 'percent', kind: 'ratio', direction: 'lower' },
  'engagement-rate': {
    id: 'engagement-rate', unit: 'percent', kind: 'ratio', direction: 'higher',
    parts: pct('engaged-sessions', 'sessions'),
  },
  'returning-visitor-share': {
    id: 'returning-visitor-share', unit: 'percent', kind: 'ratio', direction: 'higher',
    parts: pct('returning-users', 'users'),
  },
  'avg-engagement-time': { id: 'avg-engagement-time', unit: 'duration', kind: 'ratio', direction: 'higher' },
  'open-rate': { id: 'open-rate', unit: 'percent', kind: 'ratio', direction: 'higher' },
  'click-rate': { id: 'click-rate', unit: 'percent', kind: 'ratio', direction: 'higher' },
  'unsubscribe-rate': { id: 'unsubscribe-rate', unit: 'percent', kind: 'ratio', direction: 'lower' },
  csat: { id: 'csat', unit: 'percent', kind: 'ratio', direction: 'higher' },
  // A search ranking is read at a point in time (level) and lower is better (1 = top).
  'average-position': { id: 'average-position', unit: 'count', kind: 'level', direction: 'lower' },
});

export const METRIC_IDS: readonly MetricId[] = Object.freeze(Object.keys(METRICS) as MetricId[]);

export function isMetricId(value: unknown): value is MetricId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(METRICS, value);
}

export function metricDefinition(id: MetricId): MetricDefinition {
  return METRICS[id];
}
