/**
 * Google Ads: the ess/particle grids (campaigns, ad groups, ads, keywords), overview scorecards and
 * the date range. Class names carry unstable `_ngcontent-…` attributes; only the hooks below are used.
 */
import type { MetricId } from '../metrics/types';
import {
  all,
  cleanText,
  finishRead,
  pickerTexts,
  queryParam,
  readDateRange,
  readGrid,
  readScorecards,
  startRead,
  type GridColumn,
  type GridRow,
  type Scorecard,
} from './common';
import type { Adapter, AdapterContext } from './types';

/** Hooks, each with where it comes from (/work/shared/dashboards.md, "Google Ads"). */
const SELECTORS = {
  // Grid (high).
  grid: '.ess-table-wrapper',
  headerCell: '.particle-table-header .particle-table-header-cell[essfield]',
  row: '.particle-table-row:not(.particle-joined-row)',
  cell: 'ess-cell[essfield]',
  // Totals are rows whose classes contain "summary" (high); the first is the table's own total.
  summaryRow: '[class*="summary"]',
  placeholder: '.particle-table-placeholder',
  // Date range (high).
  dateText: '.dropdown-and-comparison .button-text',
  // Loading (high).
  loader: 'material-progress, [role="progressbar"]',
  // Overview scorecards: no known source (low); built from what the page shows.
  scorecard: '.scorecard',
  scorecardLabel: '.scorecard-label',
  scorecardValue: '.scorecard-value',
  pageTitle: '.page-title, h1',
} as const;

/** `essfield` names the column's API field (high). */
const FIELD_METRICS: Readonly<Record<string, MetricId>> = {
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

/** Fields that name a row; the first present is the row key. */
const NAME_FIELDS = ['campaign_name', 'ad_group_name', 'keyword_text', 'ad_name', 'search_term', 'asset_group_name'];

function matches(url: URL): boolean {
  return url.hostname === 'ads.google.com' && url.pathname.startsWith('/aw/');
}

function readGridAt(session: ReturnType<typeof startRead>, wrapper: Element, name: string): void {
  const headers = all(wrapper, SELECTORS.headerCell);
  const fields = headers.map((h) => h.getAttribute('essfield') ?? '');
  const keyField = NAME_FIELDS.find((f) => fields.includes(f)) ?? fields.find((f) => !f.startsWith('stats.'));
  const columns: GridColumn[] = headers.map((h, i) => {
    const field = fields[i] ?? '';
    const label = h.getAttribute('aria-label')?.trim() || cleanText(h);
    const column: GridColumn = { label, key: field === keyField };
    if (FIELD_METRICS[field]) column.metric = FIELD_METRICS[field];
    return column;
  });
  const rows: GridRow[] = [];
  let totalsSeen = false;
  for (const row of all(wrapper, SELECTORS.row)) {
    const byField = new Map<string, Element>();
    for (const cell of all(row, SELECTORS.cell)) byField.set(cell.getAttribute('essfield') ?? '', cell);
    const cells = fields.map((f) => byField.get(f) ?? null);
    if (row.matches(SELECTORS.summaryRow)) {
      // "Total: Campaigns" comes first; later summary rows ("Total: Account") cover other things.
      if (totalsSeen) continue;
      totalsSeen = true;
      rows.push({ key: null, cells });
      continue;
    }
    const keyCell = keyField ? byField.get(keyField) : undefined;
    const key = cleanText(keyCell);
    if (key) rows.push({ key, cells });
  }
  readGrid(session, { name, columns, rows, root: wrapper });
}

function read(ctx: AdapterContext) {
  const session = startRead(ctx, 'google-ads', queryParam(ctx.url, 'ocid'));
  const doc = ctx.doc;
  session.dateRange = readDateRange(ctx, pickerTexts(doc.querySelector(SELECTORS.dateText)), false);
  const title = cleanText(doc.querySelector(SELECTORS.pageTitle)) || 'Google Ads';

  const grids = all(doc, SELECTORS.grid);
  grids.forEach((g, i) => {
    const label = g.getAttribute('aria-label')?.trim() || title;
    readGridAt(session, g, grids.length > 1 ? `${label} table ${i + 1}` : `${label} table`);
  });

  const cards: Scorecard[] = [];
  for (const card of all(doc, SELECTORS.scorecard)) {
    const value = card.querySelector(SELECTORS.scorecardValue);
    if (value) cards.push({ label: cleanText(card.querySelector(SELECTORS.scorecardLabel)), value });
  }
  readScorecards(session, title, cards);

  return finishRead(session, { loading: SELECTORS.loader, empty: SELECTORS.placeholder });
}

export const googleAds: Adapter = {
  id: 'google-ads',
  name: 'Google Ads',
  matches,
  read,
};
