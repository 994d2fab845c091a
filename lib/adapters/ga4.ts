/**
 * Google Analytics 4: home KPI cards, report tables, Explorations (SVG) and the date range.
 * Routing lives in the URL hash, so the content script re-reads on hashchange and on mutation.
 */
import {
  allShown,
  shownFirst,
  addCell,
  addNote,
  all,
  cleanText,
  decorationsIn,
  findGrid,
  findScorecards,
  finishFind,
  looksLikeValue,
  newGroup,
  pageArea,
  pickerTexts,
  runSteps,
  startFind,
  tableArea,
  whereCell,
  type Area,
  type FindSession,
  type GridColumn,
  type GridRow,
  type Scorecard,
} from './common';
import type { Adapter, AdapterContext, FindSteps } from './types';

/** Hooks, each with where it comes from (../shared/dashboards.md, "Google Analytics 4"). */
const SELECTORS = {
  // Home / overview cards (medium): KPI tabs carry "Active users 28, increased by 211.1%".
  kpiTab: 'ga-card-list ga-card [role="tab"]',
  kpiValue: 'div.value',
  // Our guess at the tab's own label element (low); the aria-label is the documented hook.
  kpiLabel: '.label',
  // Report tables (high).
  reportTable: 'ga-reporting-table table.mat-mdc-table',
  headerRow: 'thead tr[class*="table-header-row"]',
  headerCell: 'th.mat-mdc-header-cell',
  totalsRow: 'thead tr[class*="summary-totals"]',
  totalsValue: 'div.ga-value-info-target.total-value',
  row: 'tbody tr.mat-mdc-row',
  cell: 'td.mat-mdc-cell',
  comparisonHeader: 'th.adv-table-comparison-column-header-cell',
  // Explorations (high, one detailed extension).
  exploration: 'div.aplos-chart-container',
  explorationColumnHeader: 'div.column-headers-wrapper g.header-value[column-header-column-index]',
  explorationRowHeader: 'div.row-headers-wrapper g.header-value[row-index]',
  explorationCell: 'div.cells-wrapper g.cell[row-index][column-index]',
  // Date range (medium).
  datePicker: 'ga-date-range-picker-v2 button.trigger-button',
  // Loading (high).
  loader: 'ga-loader',
  // Row numbers GA4 prints beside the dimension value: inside the dimension cell (high: "the
  // dimension cell may start with a row number"; the class is our name), or a column of their own
  // whose cells' API-name class is `__row_index__` (medium: a scraper's `td[class*='__row_index__']`).
  rowIndex: '.row-index',
  rowIndexColumn: '__row_index__',
  // The totals row's "% of total" note (high).
  summaryText: '[class*="summary-text"]',
} as const;

function matches(url: URL): boolean {
  return url.hostname === 'analytics.google.com' && url.pathname.startsWith('/analytics/web');
}

/** `#/p123456/…`, `#/a1p123456/…`, `#/analysis/p123456/edit/…` → "p123456". */
function propertyOf(url: URL): string | undefined {
  const m = /(?:^#|\/)(?:a\d+)?(p\d+)(?=[/?]|$)/.exec(url.hash);
  return m?.[1];
}

/** Angular Material / CDK's own classes: never an API name. */
const FRAMEWORK_CLASS = /^(?:mat|mdc|cdk|ng)-|^_/;

/**
 * The API name a header cell's class list carries (`cdk-column-sessions`, `mat-column-sessions`,
 * else a bare `sessions`): sent as the cell's key; lib/interpret/keys.ts says which metric it names
 * (a class that names none falls back to the label there).
 */
function apiName(el: Element): string | undefined {
  const classes = el.classList;
  let bare: string | undefined;
  for (let i = 0; i < classes.length; i++) {
    const cls = classes[i]!;
    if (cls.startsWith('cdk-column-')) return cls.slice('cdk-column-'.length);
    if (cls.startsWith('mat-column-')) return cls.slice('mat-column-'.length);
    if (bare === undefined && !FRAMEWORK_CLASS.test(cls)) bare = cls;
  }
  return bare;
}

function findHomeCards(session: FindSession, doc: Document): void {
  const cards: Scorecard[] = [];
  for (const tab of allShown(session, doc, SELECTORS.kpiTab)) {
    const value = tab.querySelector(SELECTORS.kpiValue);
    if (!value) continue;
    const text = cleanText(value);
    const aria = tab.getAttribute('aria-label') ?? '';
    const at = text ? aria.indexOf(text) : -1;
    const label = at > 0 ? aria.slice(0, at) : cleanText(tab.querySelector(SELECTORS.kpiLabel));
    cards.push({ label, value, text });
  }
  // GA4's Home page: Goalpost's name for it, not text read from the page.
  findScorecards(session, pageArea('', 'Home'), cards);
}

/** What report table cells carry beside their text: row numbers and the totals' "% of total" note. */
const TABLE_STRIP = [SELECTORS.rowIndex, SELECTORS.summaryText];

function* findReportTable(session: FindSession, table: Element, name: Area): Generator<void, void, void> {
  // The "% of total" note is the totals row's (shared/dashboards.md): looked for there alone, since a
  // class-substring test costs every element of every cell a check.
  const head = table.querySelector('thead');
  const notes = head ? all(head, SELECTORS.summaryText) : [];
  const strip = decorationsIn(table, [SELECTORS.rowIndex], [...session.visibility.hiddenUnder(table), ...notes]);
  // On a big table that was a walk of its own.
  yield;
  const headerRow = table.querySelector(SELECTORS.headerRow);
  if (!headerRow) return;
  const headers = all(headerRow, SELECTORS.headerCell);
  const comparing = headers.some((th) => th.matches(SELECTORS.comparisonHeader));
  const rowNumbers = (th: Element) => th.className.includes(SELECTORS.rowIndexColumn);
  const nameColumn = headers.findIndex((th) => !rowNumbers(th) && !th.matches(SELECTORS.comparisonHeader));
  const columns: GridColumn[] = headers.map((th, i) => {
    if (th.matches(SELECTORS.comparisonHeader) || rowNumbers(th)) return { label: '', skip: true };
    return { label: cleanText(th, strip), key: apiName(th), rowName: i === nameColumn };
  });
  const rows: GridRow[] = [];
  const totals = table.querySelector(SELECTORS.totalsRow);
  if (totals) {
    const cells = all(totals, 'th');
    rows.push({ key: null, cells: cells.map((th) => th.querySelector(SELECTORS.totalsValue) ?? th) });
  }
  for (const tr of all(table, SELECTORS.row)) {
    // Rows past the cell limit would be read for nothing.
    if (session.full) break;
    yield;
    const cells = all(tr, SELECTORS.cell);
    // In comparison mode only a group's first row has every cell (the dimension spans the group):
    // it is the current range; the previous range and "% change" rows are left alone.
    if (cells.length !== columns.length) continue;
    rows.push({ key: cleanText(cells[nameColumn], strip), cells });
  }
  if (comparing) addNote(session, { code: 'comparison-current-only' });
  yield* findGrid(session, { name, columns, rows, strip: TABLE_STRIP, root: table, decorations: strip });
}

function svgText(g: Element): Element | null {
  const texts = all(g, 'text').filter((t) => !t.classList.contains('percent-of-total'));
  return texts[texts.length - 1] ?? null;
}

function* findExploration(session: FindSession, container: Element, name: Area): Generator<void, void, void> {
  const columns = new Map<string, string>();
  for (const g of all(container, SELECTORS.explorationColumnHeader)) {
    const label = cleanText(svgText(g));
    columns.set(g.getAttribute('column-header-column-index') ?? '', label);
  }
  const rowNames = new Map<string, string>();
  for (const g of all(container, SELECTORS.explorationRowHeader)) rowNames.set(g.getAttribute('row-index') ?? '', cleanText(svgText(g)));
  const group = newGroup(session);
  for (const g of all(container, SELECTORS.explorationCell)) {
    if (session.full) break;
    yield;
    const rowIndex = g.getAttribute('row-index') ?? '';
    const colIndex = g.getAttribute('column-index') ?? '';
    const label = columns.get(colIndex);
    const el = svgText(g);
    if (!label || !el) continue;
    // Row 0 is the totals row (high).
    const row = rowIndex === '0' ? null : rowNames.get(rowIndex);
    if (row === undefined || row === '') continue;
    const text = cleanText(el);
    if (!looksLikeValue(text)) continue;
    addCell(session, { label, text, row, ...whereCell(name, row, label), group }, el);
  }
  addNote(session, { code: 'exploration-rows-in-view' });
}

function* steps(ctx: AdapterContext): FindSteps {
  const session = startFind(ctx, 'ga4', propertyOf(ctx.url));
  const doc = ctx.doc;
  session.dateTexts = pickerTexts(shownFirst(session, doc, SELECTORS.datePicker));
  const title = cleanText(shownFirst(session, doc, 'h1'));

  findHomeCards(session, doc);
  // Each query above walked the whole page: the tables start a new step.
  yield;
  const tables = allShown(session, doc, SELECTORS.reportTable);
  for (const [i, table] of tables.entries()) yield* findReportTable(session, table, tableArea(title, 'Report', i, tables.length));
  const explorations = allShown(session, doc, SELECTORS.exploration);
  for (const [i, c] of explorations.entries()) yield* findExploration(session, c, tableArea(title, 'Report', i, explorations.length, 'exploration'));

  return finishFind(session, { loading: SELECTORS.loader });
}

export const ga4: Adapter = {
  id: 'ga4',
  name: 'Google Analytics 4',
  matches,
  find: (ctx) => runSteps(steps(ctx)),
  steps,
};
