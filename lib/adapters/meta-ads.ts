/**
 * Meta Ads Manager (adsmanager.facebook.com, business.facebook.com, www.facebook.com/adsmanager):
 * the campaigns / ad sets / ads table and its stats range. Class names are atomic (`x1…`) and never
 * used; columns are named by their cells' `data-surface`.
 */
import type { MetricId } from '../metrics/types';
import {
  addNote,
  addReading,
  all,
  cleanText,
  decorationsIn,
  finishRead,
  isNumberText,
  metricOf,
  pickerTexts,
  queryParam,
  readDateRange,
  reportUnrecognised,
  startRead,
  textLeaves,
  whereCell,
  type ReadSession,
  type Strip,
} from './common';
import type { Adapter, AdapterContext } from './types';

/** Hooks, each with where it comes from (/work/shared/dashboards.md, "Meta Ads Manager"). */
const SELECTORS = {
  // Table, rows and cells (high, one working overlay).
  table: '[role="table"]',
  dataRow: '[role="row"][data-surface^="/am/table/table_row:"]',
  cell: '[data-surface*="/table_cell:"]',
  statsRange: '[data-surface="/am/table/stats_range"]',
  // Header cells with a nested heading (medium-low).
  row: '[role="row"]',
  columnHeader: '[role="columnheader"]',
  heading: '[role="heading"]',
  // Loading (generic ARIA).
  loader: '[role="progressbar"]',
  // The campaign name is the cell's link; hover actions ("Edit", "Duplicate") sit beside it.
  nameLink: 'a, [role="link"]',
} as const;

/** Column names from `…/table_cell:{column}` (high for spend/results/roas; the rest follow the API). */
const COLUMN_METRICS: Readonly<Record<string, MetricId>> = {
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
};
const RESULTS = 'forAttributionWindow(results,default)';
const COST_PER_RESULT = 'forAttributionWindow(cost_per_result,default)';
const NAME = 'name';

/** What "cost per result" is once the result type is known. */
function costPerMetric(result: MetricId): MetricId {
  if (result === 'clicks') return 'cpc';
  if (result === 'impressions' || result === 'reach') return 'cpm';
  return 'cpa';
}

const HOSTS = new Set(['adsmanager.facebook.com', 'business.facebook.com', 'www.facebook.com']);

function matches(url: URL): boolean {
  return HOSTS.has(url.hostname) && url.pathname.startsWith('/adsmanager');
}

function columnOf(cell: Element): string {
  const surface = cell.getAttribute('data-surface') ?? '';
  return surface.slice(surface.lastIndexOf('/table_cell:') + '/table_cell:'.length);
}

/**
 * Results cells show the number and, under it, the result type ("Link clicks", "Purchases"). A "—"
 * (totals over mixed result types) is no number: nothing to read and no type to report.
 */
function valueAndType(cell: Element, ctx: AdapterContext, strip: Strip): { value: Element; text: string; type: string } | null {
  const leaves = textLeaves(cell, strip);
  const first = leaves[0];
  if (!first || !isNumberText(first.text, ctx)) return null;
  return { value: first.el, text: first.text, type: leaves.length > 1 ? leaves[leaves.length - 1]!.text : '' };
}

function readTable(session: ReadSession, table: Element, name: string): void {
  const strip = decorationsIn(table);
  const headerRow = all(table, SELECTORS.row).find((r) => r.querySelector(SELECTORS.columnHeader));
  const labels = headerRow ? all(headerRow, SELECTORS.columnHeader).map((h) => cleanText(h.querySelector(SELECTORS.heading) ?? h, strip)) : [];
  const rows = all(table, SELECTORS.row).filter((r) => r !== headerRow && r.querySelector(SELECTORS.cell));
  const reported = new Set<string>();
  let dataRows = 0;
  for (const row of rows) {
    const isData = row.matches(SELECTORS.dataRow);
    if (isData) dataRows++;
    // Cells line up with the header cells by their position among the row's children.
    const cells: Array<{ cell: Element; label: string; column: string }> = [];
    let index = 0;
    for (let child = row.firstElementChild; child; child = child.nextElementSibling, index++) {
      const cell = child.matches(SELECTORS.cell) ? child : child.querySelector(SELECTORS.cell);
      if (!cell) continue;
      const column = columnOf(cell);
      cells.push({ cell, column, label: labels[index] || column });
    }
    const byColumn = new Map(cells.map((c) => [c.column, c.cell] as const));
    const nameCell = byColumn.get(NAME);
    const key = isData ? cleanText(nameCell?.querySelector(SELECTORS.nameLink) ?? nameCell, strip) : null;
    if (isData && !key) continue;
    const results = byColumn.get(RESULTS);
    const resultType = results ? valueAndType(results, session.ctx, strip) : null;
    const resultMetric = resultType ? metricOf(resultType.type) : null;
    if (resultType?.type && !resultMetric) reportUnrecognised(session, resultType.type);
    for (const { cell, column, label } of cells) {
      if (column === NAME) continue;
      const base = { where: whereCell(name, key, label), ...(key === null ? {} : { row: key }) };
      if (column === RESULTS || column === COST_PER_RESULT) {
        const v = column === RESULTS ? resultType : valueAndType(cell, session.ctx, strip);
        const metric = column === RESULTS ? resultMetric : resultMetric && costPerMetric(resultMetric);
        if (v && metric) addReading(session, { ...base, metric, label: v.type ? `${label} (${v.type})` : label, element: v.value, text: v.text });
        continue;
      }
      const metric = COLUMN_METRICS[column] ?? metricOf(label);
      if (!metric) {
        if (!reported.has(column)) reportUnrecognised(session, label);
        reported.add(column);
        continue;
      }
      addReading(session, { ...base, metric, label, element: cell, strip });
    }
  }
  const total = Number(table.getAttribute('aria-rowcount'));
  // Header and summary rows count in aria-rowcount too.
  if (total > rows.length + 1) {
    addNote(session, `Only ${dataRows} rendered rows of this virtualised table were read (it has about ${total - 2}); scroll to read the others.`);
  }
}

function read(ctx: AdapterContext) {
  const session = startRead(ctx, 'meta-ads', queryParam(ctx.url, 'act'));
  const doc = ctx.doc;
  session.dateRange = readDateRange(ctx, pickerTexts(doc.querySelector(SELECTORS.statsRange)), false);
  const tables = all(doc, SELECTORS.table);
  tables.forEach((t, i) => {
    const label = t.getAttribute('aria-label')?.trim() || 'Ads Manager';
    readTable(session, t, tables.length > 1 ? `${label} table ${i + 1}` : `${label} table`);
  });
  return finishRead(session, { loading: SELECTORS.loader });
}

export const metaAds: Adapter = {
  id: 'meta-ads',
  name: 'Meta Ads Manager',
  matches,
  read,
};
