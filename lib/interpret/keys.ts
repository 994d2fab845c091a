/**
 * Per-dashboard rules the background applies to what the content script found: which metric a
 * markup key names, and where a page's date range is read from first. Data only.
 * Sources: ../shared/dashboards.md (the confidence of each hook is noted there).
 */
import type { SourceId } from '../dashboards';
import type { MetricId } from '../metrics/types';
import { METRIC_IDS } from '../metrics/catalogue';
import { PICKED_KEY_PREFIX } from '../picker/locator';

/** GA4 API names in the table cells' classes (high: `td[class*='screenPageViews']`, `sessions` …). */
const GA4_API_NAMES: Readonly<Record<string, MetricId>> = {
  sessions: 'sessions',
  totalUsers: 'users',
  activeUsers: 'active-users',
  newUsers: 'new-users',
  screenPageViews: 'pageviews',
  engagedSessions: 'engaged-sessions',
  engagementRate: 'engagement-rate',
  bounceRate: 'bounce-rate',
  keyEvents: 'conversions',
  conversions: 'conversions',
  ecommercePurchases: 'purchases',
  // First-time purchasers are new customers (CAC's denominator); `totalPurchasers` counts repeat buyers too
  // and is no catalogue metric, so it stays unread.
  firstTimePurchasers: 'new-customers',
  transactions: 'purchases',
  totalRevenue: 'revenue',
  purchaseRevenue: 'revenue',
  userEngagementDuration: 'avg-engagement-time',
  averageSessionDuration: 'avg-engagement-time',
  advertiserAdClicks: 'clicks',
  advertiserAdImpressions: 'impressions',
  advertiserAdCost: 'cost',
  returnOnAdSpend: 'roas',
};

/** Google Ads: `essfield` names the column's API field (high). */
const GOOGLE_ADS_FIELDS: Readonly<Record<string, MetricId>> = {
  'stats.impressions': 'impressions',
  'stats.clicks': 'clicks',
  'stats.click_through_rate': 'ctr',
  'stats.average_cpc': 'cpc',
  'stats.average_cpm': 'cpm',
  'stats.cost': 'cost',
  'stats.conversions': 'conversions',
  'stats.all_conversions': 'conversions',
  'stats.cost_per_conversion': 'cpa',
  'stats.conversion_rate': 'conversion-rate',
  'stats.conversion_value': 'revenue',
  'stats.conversion_value_per_cost': 'roas',
};

/** Meta: column names from `…/table_cell:{column}` (high for spend/results/roas; the rest follow the API). */
const META_COLUMNS: Readonly<Record<string, MetricId>> = {
  spend: 'cost',
  reach: 'reach',
  impressions: 'impressions',
  clicks: 'clicks',
  inline_link_clicks: 'clicks',
  ctr: 'ctr',
  inline_link_click_ctr: 'ctr',
  cpc: 'cpc',
  cost_per_inline_link_click: 'cpc',
  cpm: 'cpm',
  'forAttributionWindow(purchase_roas:omni_purchase,default)': 'roas',
  // The Marketing API's field names, which the URL's `columns=` list and the current layout's header
  // ids carry (high for spend/reach/impressions/cpm/ctr/cpc; the action types follow the API).
  purchase_roas: 'roas',
  website_purchase_roas: 'roas',
  'actions:link_click': 'clicks',
  'actions:omni_purchase': 'purchases',
  'actions:offsite_conversion.fb_pixel_purchase': 'purchases',
  'actions:lead': 'leads',
  'actions:offsite_conversion.fb_pixel_lead': 'leads',
  'cost_per_action_type:link_click': 'cpc',
  'cost_per_action_type:omni_purchase': 'cpa',
  'cost_per_action_type:lead': 'cpa',
};

/**
 * Search Console: each table cell's `data-label` names its column in every UI language (medium-high:
 * scrapers select `td[data-label='QUERIES']`), so a header the catalogue does not know still reads.
 */
const SEARCH_CONSOLE_COLUMNS: Readonly<Record<string, MetricId>> = {
  CLICKS: 'clicks',
  IMPRESSIONS: 'impressions',
  CTR: 'ctr',
  POSITION: 'average-position',
};

/** Markup key → metric, per dashboard. A key not listed falls back to the cell's label. */
export const KEY_METRICS: Readonly<Partial<Record<SourceId, Readonly<Record<string, MetricId>>>>> = {
  ga4: GA4_API_NAMES,
  'google-ads': GOOGLE_ADS_FIELDS,
  'meta-ads': META_COLUMNS,
  'search-console': SEARCH_CONSOLE_COLUMNS,
};

/** The metric a key names on a dashboard, or null (own properties only: "toString" is no key). */
export function metricOfKey(source: SourceId, key: string | undefined): MetricId | null {
  if (!key) return null;
  // A number the user picked carries the metric they said it is, on any site.
  if (key.startsWith(PICKED_KEY_PREFIX)) {
    const id = key.slice(PICKED_KEY_PREFIX.length);
    return (METRIC_IDS as readonly string[]).includes(id) ? (id as MetricId) : null;
  }
  const map = KEY_METRICS[source];
  return map && Object.prototype.hasOwnProperty.call(map, key) ? map[key]! : null;
}

/**
 * Keys that say their column is no metric, so its label must not be read as one (high: Google Ads'
 * own code treats only `stats.` and `custom_column#` fields as metrics; a budget column is
 * `campaign_budget.amount`, an optimisation score `campaign.optimization_score`).
 */
export function keyNamesNoMetric(source: SourceId, key: string | undefined): boolean {
  return source === 'google-ads' && key !== undefined && key !== '' && !key.startsWith('stats.') && !key.startsWith('custom_column#');
}

/**
 * Columns whose metric is named by the result type under the value (Meta, high): "Results" with
 * "Purchases" under it counts purchases; "Cost per result" in the same row costs one of those. Keys
 * as each layout names them: per cell (`…table_cell:forAttributionWindow(results,default)`) and, in
 * the current layout, on the header (`ads_manager_table_results_column_label_id`,
 * `reporting_table_column_cost_per_result`; lib/adapters/meta-ads.ts).
 */
export const RESULT_KEYS: Readonly<Partial<Record<SourceId, { results: readonly string[]; costPerResult: readonly string[] }>>> = {
  'meta-ads': {
    results: ['forAttributionWindow(results,default)', 'results'],
    costPerResult: ['forAttributionWindow(cost_per_result,default)', 'cost_per_result'],
  },
};

/** What "cost per result" is once the result type is known. */
export function costPerMetric(result: MetricId): MetricId {
  if (result === 'clicks') return 'cpc';
  if (result === 'impressions' || result === 'reach') return 'cpm';
  return 'cpa';
}

/**
 * Where a page's date range comes from, in order; the first that gives a range wins.
 * - 'url-exact': explicit dates in the URL (GA4 `_u.date00/_u.date01`, Search Console
 *   `start_date/end_date`, Shopify `since/until`): exact, so they come first;
 * - 'texts': the date control's texts as the content script found them (each, and the part after a
 *   "Date:" style label);
 * - 'url-preset': a preset named in the URL (GA4 `_u.dateOption=last28Days`, `num_of_days=28`).
 * Google Ads and Meta carry no trustworthy dates in their URLs (high): their control's text only.
 */
export type DateSource = 'url-exact' | 'texts' | 'url-preset';

const URL_FIRST: readonly DateSource[] = ['url-exact', 'texts', 'url-preset'];
const TEXTS_ONLY: readonly DateSource[] = ['texts'];

export const DATE_RULES: Readonly<Record<SourceId, readonly DateSource[]>> = {
  ga4: URL_FIRST,
  'google-ads': TEXTS_ONLY,
  'meta-ads': TEXTS_ONLY,
  'search-console': URL_FIRST,
  'looker-studio': URL_FIRST,
  generic: URL_FIRST,
};
