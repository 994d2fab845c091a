import { LABELS_BY_LANGUAGE } from './lang';
import type { LabelLanguage, MetricDefinition, MetricId } from './types';

/**
 * Every metric Goalpost knows, with the labels dashboards print for it.
 *
 * The labels are data, one file per language under ./lang (lang/ja.ts …): adding a synonym means adding a
 * string there, nothing else; this file only assembles them per metric.
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

type Labels = Record<LabelLanguage, readonly string[]>;

/** One metric's labels in every language, gathered from the per-language files. */
function labels(id: MetricId): Labels {
  return Object.freeze(
    Object.fromEntries(LABEL_LANGUAGES.map((lang) => [lang, LABELS_BY_LANGUAGE[lang][id]])),
  ) as Labels;
}

const pct = (numerator: MetricId, denominator: MetricId) => ({ numerator, denominator, scale: 100 });
const per = (numerator: MetricId, denominator: MetricId, scale = 1) => ({ numerator, denominator, scale });

/** The catalogue. Parts are given only where both parts are metrics Goalpost can read; bounce rate,
 *  email rates and CSAT are built from counts (bounces, delivered, responses) that dashboards rarely
 *  print, so they are compared as they stand. CAC, cost per lead and AOV are printed whole by few
 *  dashboards: a goal about them usually carries a formula (derived.ts) that builds them from their parts. */
export const METRICS: Readonly<Record<MetricId, MetricDefinition>> = Object.freeze({
  sessions: { id: 'sessions', unit: 'count', kind: 'cumulative', direction: 'higher', labels: labels('sessions') },
  users: { id: 'users', unit: 'count', kind: 'cumulative', direction: 'higher', labels: labels('users') },
  'active-users': { id: 'active-users', unit: 'count', kind: 'cumulative', direction: 'higher', labels: labels('active-users') },
  'new-users': { id: 'new-users', unit: 'count', kind: 'cumulative', direction: 'higher', labels: labels('new-users') },
  'returning-users': { id: 'returning-users', unit: 'count', kind: 'cumulative', direction: 'higher', labels: labels('returning-users') },
  pageviews: { id: 'pageviews', unit: 'count', kind: 'cumulative', direction: 'higher', labels: labels('pageviews') },
  'engaged-sessions': { id: 'engaged-sessions', unit: 'count', kind: 'cumulative', direction: 'higher', labels: labels('engaged-sessions') },
  impressions: { id: 'impressions', unit: 'count', kind: 'cumulative', direction: 'higher', labels: labels('impressions') },
  clicks: { id: 'clicks', unit: 'count', kind: 'cumulative', direction: 'higher', labels: labels('clicks') },
  reach: { id: 'reach', unit: 'count', kind: 'cumulative', direction: 'higher', labels: labels('reach') },
  followers: { id: 'followers', unit: 'count', kind: 'level', direction: 'higher', labels: labels('followers') },
  subscribers: { id: 'subscribers', unit: 'count', kind: 'level', direction: 'higher', labels: labels('subscribers') },
  leads: { id: 'leads', unit: 'count', kind: 'cumulative', direction: 'higher', labels: labels('leads') },
  conversions: { id: 'conversions', unit: 'count', kind: 'cumulative', direction: 'higher', labels: labels('conversions') },
  purchases: { id: 'purchases', unit: 'count', kind: 'cumulative', direction: 'higher', labels: labels('purchases') },
  // First-time purchasers (GA4 "First time purchasers", a shop's "New customers"): what CAC divides by.
  'new-customers': { id: 'new-customers', unit: 'count', kind: 'cumulative', direction: 'higher', labels: labels('new-customers') },
  revenue: { id: 'revenue', unit: 'currency', kind: 'cumulative', direction: 'higher', labels: labels('revenue') },
  cost: { id: 'cost', unit: 'currency', kind: 'cumulative', direction: 'higher', labels: labels('cost') },
  'conversion-rate': {
    id: 'conversion-rate', unit: 'percent', kind: 'ratio', direction: 'higher',
    parts: pct('conversions', 'sessions'), labels: labels('conversion-rate'),
  },
  ctr: { id: 'ctr', unit: 'percent', kind: 'ratio', direction: 'higher', parts: pct('clicks', 'impressions'), labels: labels('ctr') },
  cpc: { id: 'cpc', unit: 'currency', kind: 'ratio', direction: 'lower', parts: per('cost', 'clicks'), labels: labels('cpc') },
  cpm: { id: 'cpm', unit: 'currency', kind: 'ratio', direction: 'lower', parts: per('cost', 'impressions', 1000), labels: labels('cpm') },
  cpa: { id: 'cpa', unit: 'currency', kind: 'ratio', direction: 'lower', parts: per('cost', 'conversions'), labels: labels('cpa') },
  'cost-per-lead': {
    id: 'cost-per-lead', unit: 'currency', kind: 'ratio', direction: 'lower',
    parts: per('cost', 'leads'), labels: labels('cost-per-lead'),
  },
  roas: { id: 'roas', unit: 'ratio', kind: 'ratio', direction: 'higher', parts: per('revenue', 'cost'), labels: labels('roas') },
  cac: { id: 'cac', unit: 'currency', kind: 'ratio', direction: 'lower', parts: per('cost', 'new-customers'), labels: labels('cac') },
  cltv: { id: 'cltv', unit: 'currency', kind: 'level', direction: 'higher', labels: labels('cltv') },
  // Average order value: revenue per order (GA4 "Average purchase revenue" = purchase revenue ÷ transactions).
  aov: { id: 'aov', unit: 'currency', kind: 'ratio', direction: 'higher', parts: per('revenue', 'purchases'), labels: labels('aov') },
  'bounce-rate': { id: 'bounce-rate', unit: 'percent', kind: 'ratio', direction: 'lower', labels: labels('bounce-rate') },
  'engagement-rate': {
    id: 'engagement-rate', unit: 'percent', kind: 'ratio', direction: 'higher',
    parts: pct('engaged-sessions', 'sessions'), labels: labels('engagement-rate'),
  },
  'returning-visitor-share': {
    id: 'returning-visitor-share', unit: 'percent', kind: 'ratio', direction: 'higher',
    parts: pct('returning-users', 'users'), labels: labels('returning-visitor-share'),
  },
  'avg-engagement-time': { id: 'avg-engagement-time', unit: 'duration', kind: 'ratio', direction: 'higher', labels: labels('avg-engagement-time') },
  'open-rate': { id: 'open-rate', unit: 'percent', kind: 'ratio', direction: 'higher', labels: labels('open-rate') },
  'click-rate': { id: 'click-rate', unit: 'percent', kind: 'ratio', direction: 'higher', labels: labels('click-rate') },
  'unsubscribe-rate': { id: 'unsubscribe-rate', unit: 'percent', kind: 'ratio', direction: 'lower', labels: labels('unsubscribe-rate') },
  csat: { id: 'csat', unit: 'percent', kind: 'ratio', direction: 'higher', labels: labels('csat') },
  // A search ranking is read at a point in time (level) and lower is better (1 = top).
  'average-position': { id: 'average-position', unit: 'count', kind: 'level', direction: 'lower', labels: labels('average-position') },
});

export const METRIC_IDS: readonly MetricId[] = Object.freeze(Object.keys(METRICS) as MetricId[]);

export function isMetricId(value: unknown): value is MetricId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(METRICS, value);
}

export function metricDefinition(id: MetricId): MetricDefinition {
  return METRICS[id];
}
