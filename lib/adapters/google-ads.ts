/**
 * Google Ads: the ess/particle grids (campaigns, ad groups, ads, keywords), overview scorecards and
 * the date range. Class names carry unstable `_ngcontent-…` attributes; only the hooks below are used.
 */
import {
  allShown,
  shownFirst,
  all,
  cleanText,
  findGrid,
  findScorecards,
  finishFind,
  pageArea,
  pickerTexts,
  queryParam,
  runSteps,
  startFind,
  tableArea,
  type Area,
  type FindSession,
  type GridColumn,
  type GridRow,
  type Scorecard,
} from './common';
import type { Adapter, AdapterContext, FindSteps } from './types';

/** Hooks, each with where it comes from (../shared/dashboards.md, "Google Ads"). */
const SELECTORS = {
  // Grid (high).
  grid: '.ess-table-wrapper',
  headerCell: '.particle-table-header .particle-table-header-cell[essfield]',
  row: '.particle-table-row:not(.particle-joined-row)',
  cell: 'ess-cell[essfield]',
  // Totals are rows of the `particle-table-summary-row` class family (high), whatever their label
  // says; its `-table` scope is the table's own total (Google's SummaryRowRenderer, high). Other rows
  // whose classes contain "summary" are totals too (high, older scripts).
  summaryRow: '[class*="summary"]',
  tableSummaryRow: '.particle-table-summary-row-table',
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

/** Fields that name a row; the first present is the row key (both spellings are seen, high). */
const NAME_FIELDS = [
  'campaign.name', 'campaign_name', 'ad_group.name', 'ad_group_name', 'keyword_text', 'ad_group_criterion.keyword.text',
  'ad_name', 'search_term', 'asset_group.name', 'asset_group_name', 'entity_owner_info.descriptive_name',
];

/** Keys of metric columns (high: Google's own bundle treats these prefixes as metrics). */
const isMetricField = (field: string) => field.startsWith('stats.') || field.startsWith('custom_column#');

function matches(url: URL): boolean {
  return url.hostname === 'ads.google.com' && url.pathname.startsWith('/aw/');
}

function* findGridAt(session: FindSession, wrapper: Element, name: Area): Generator<void, void, void> {
  const headers = all(wrapper, SELECTORS.headerCell);
  const fields = headers.map((h) => h.getAttribute('essfield') ?? '');
  const keyField = NAME_FIELDS.find((f) => fields.includes(f)) ?? fields.find((f) => f !== '' && !isMetricField(f));
  const columns: GridColumn[] = headers.map((h, i) => {
    const field = fields[i] ?? '';
    const label = h.getAttribute('aria-label')?.trim() || cleanText(h);
    // `essfield` names the column's API field (high): sent as the key, mapped in lib/interpret/keys.ts.
    return { label, key: field || undefined, rowName: field === keyField };
  });
  const rows: GridRow[] = [];
  // The table's own total: the summary row of the table's scope, else the first one. Other summary
  // rows ("Total: Account") cover other things and are not read.
  const summaries = all(wrapper, SELECTORS.row).filter((r) => r.matches(SELECTORS.summaryRow));
  const total = summaries.find((r) => r.matches(SELECTORS.tableSummaryRow)) ?? summaries[0];
  for (const row of all(wrapper, SELECTORS.row)) {
    if (session.full) break;
    yield;
    // Cells are found by their field wherever they sit: the frozen part or the scroll container.
    const byField = new Map<string, Element>();
    for (const cell of all(row, SELECTORS.cell)) byField.set(cell.getAttribute('essfield') ?? '', cell);
    const cells = fields.map((f) => byField.get(f) ?? null);
    if (row.matches(SELECTORS.summaryRow)) {
      if (row === total) rows.push({ key: null, cells });
      continue;
    }
    const keyCell = keyField ? byField.get(keyField) : undefined;
    const key = cleanText(keyCell);
    if (key) rows.push({ key, cells });
  }
  yield* findGrid(session, { name, columns, rows, root: wrapper });
}

function* steps(ctx: AdapterContext): FindSteps {
  const session = startFind(ctx, 'google-ads', queryParam(ctx.url, 'ocid'));
  const doc = ctx.doc;
  session.dateTexts = pickerTexts(shownFirst(session, doc, SELECTORS.dateText));
  const title = cleanText(shownFirst(session, doc, SELECTORS.pageTitle));

  const grids = allShown(session, doc, SELECTORS.grid);
  for (const [i, g] of grids.entries()) {
    const label = g.getAttribute('aria-label')?.trim() || title;
    yield* findGridAt(session, g, tableArea(label, 'Google Ads', i, grids.length));
  }

  const cards: Scorecard[] = [];
  for (const card of allShown(session, doc, SELECTORS.scorecard)) {
    const value = card.querySelector(SELECTORS.scorecardValue);
    if (value) cards.push({ label: cleanText(card.querySelector(SELECTORS.scorecardLabel)), value });
  }
  findScorecards(session, pageArea(title, 'Google Ads'), cards);

  return finishFind(session, { loading: SELECTORS.loader, empty: SELECTORS.placeholder });
}

export const googleAds: Adapter = {
  id: 'google-ads',
  name: 'Google Ads',
  matches,
  find: (ctx) => runSteps(steps(ctx)),
  steps,
};
