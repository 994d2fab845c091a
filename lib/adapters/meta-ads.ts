/**
 * Meta Ads Manager (adsmanager.facebook.com, business.facebook.com, www.facebook.com/adsmanager):
 * the campaigns / ad sets / ads table and its stats range. Class names are atomic (`x1…`) and never
 * used; columns are named by their cells' `data-surface`.
 */
import {
  allShown,
  shownFirst,
  addCell,
  addNote,
  all,
  cleanText,
  decorationsIn,
  finishFind,
  hasDigit,
  liveDecorations,
  looksLikeValue,
  newGroup,
  pickerTexts,
  queryParam,
  runSteps,
  startFind,
  tableArea,
  textLeaves,
  whereCell,
  type Area,
  type FindSession,
  type Strip,
} from './common';
import type { Adapter, AdapterContext, FindSteps } from './types';

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

/**
 * Columns whose cells show a value and, under it, its type ("214" / "Purchases"): the type is sent as
 * the cell's qualifier. What the columns mean is decided in lib/interpret/keys.ts.
 */
const TYPED_COLUMNS = new Set(['forAttributionWindow(results,default)', 'forAttributionWindow(cost_per_result,default)']);
const NAME = 'name';

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
function valueAndType(cell: Element, strip: Strip): { value: Element; text: string; type: string } | null {
  const leaves = textLeaves(cell, strip);
  const first = leaves[0];
  if (!first || !hasDigit(first.text)) return null;
  return { value: first.el, text: first.text, type: leaves.length > 1 ? leaves[leaves.length - 1]!.text : '' };
}

/** `decorationsIn(table)` decided per element, to re-read one changed cell alone. */
const REREAD = liveDecorations();

function* findTable(session: FindSession, table: Element, name: Area): Generator<void, void, void> {
  const strip = decorationsIn(table);
  const allRows = all(table, SELECTORS.row);
  const headerRow = allRows.find((r) => r.querySelector(SELECTORS.columnHeader));
  const labels = headerRow ? all(headerRow, SELECTORS.columnHeader).map((h) => cleanText(h.querySelector(SELECTORS.heading) ?? h, strip)) : [];
  const group = newGroup(session);
  let rowsWithCells = 0;
  let dataRows = 0;
  for (const row of allRows) {
    // Every row is looked at, even past the cell limit: the note below counts them.
    yield;
    if (row === headerRow) continue;
    // Cells line up with the header cells by their position among the row's children.
    const cells: Array<{ cell: Element; label: string; column: string }> = [];
    let index = 0;
    for (let child = row.firstElementChild; child; child = child.nextElementSibling, index++) {
      const cell = child.matches(SELECTORS.cell) ? child : child.querySelector(SELECTORS.cell);
      if (!cell) continue;
      const column = columnOf(cell);
      cells.push({ cell, column, label: labels[index] || column });
    }
    if (cells.length === 0) continue;
    rowsWithCells++;
    const isData = row.matches(SELECTORS.dataRow);
    if (isData) dataRows++;
    const byColumn = new Map(cells.map((c) => [c.column, c.cell] as const));
    const nameCell = byColumn.get(NAME);
    const key = isData ? cleanText(nameCell?.querySelector(SELECTORS.nameLink) ?? nameCell, strip) : null;
    if (isData && !key) continue;
    for (const { cell, column, label } of cells) {
      if (column === NAME) continue;
      const place = whereCell(name, key, label);
      if (TYPED_COLUMNS.has(column)) {
        const v = valueAndType(cell, strip);
        if (v) addCell(session, { label, key: column, qualifier: v.type, text: v.text, row: key, ...place, group }, v.value);
        continue;
      }
      const text = cleanText(cell, strip);
      if (looksLikeValue(text)) addCell(session, { label, key: column, text, row: key, ...place, group }, cell, REREAD);
    }
  }
  const total = Number(table.getAttribute('aria-rowcount'));
  // Header and summary rows count in aria-rowcount too.
  if (total > rowsWithCells + 1) {
    addNote(session, `Only ${dataRows} rendered rows of this virtualised table were read (it has about ${total - 2}); scroll to read the others.`);
  }
}

function* steps(ctx: AdapterContext): FindSteps {
  const session = startFind(ctx, 'meta-ads', queryParam(ctx.url, 'act'));
  const doc = ctx.doc;
  session.dateTexts = pickerTexts(shownFirst(session, doc, SELECTORS.statsRange));
  const tables = allShown(session, doc, SELECTORS.table);
  for (const [i, t] of tables.entries()) {
    yield* findTable(session, t, tableArea(t.getAttribute('aria-label')?.trim() ?? '', 'Ads Manager', i, tables.length));
  }
  return finishFind(session, { loading: SELECTORS.loader });
}

export const metaAds: Adapter = {
  id: 'meta-ads',
  name: 'Meta Ads Manager',
  matches,
  find: (ctx) => runSteps(steps(ctx)),
  steps,
};
