/**
 * Meta Ads Manager (adsmanager.facebook.com, business.facebook.com, www.facebook.com/adsmanager):
 * the campaigns / ad sets / ads table and its stats range. Class names are atomic (`x1…`) and never
 * used. Two layouts (shared/dashboards.md, "Meta Ads Manager"):
 * - current: the column key is on the header (`id="reporting_table_column_<key>"`, Results by its
 *   label id); each body row is a `[role=presentation]` split into a fixed part (the name) and a
 *   scrolling part (the metrics) in separate subtrees, and only the columns in view may be rendered;
 * - earlier: every cell names its column in `data-surface` (`…/table_cell:spend`).
 */
import {
  allShown,
  shownFirst,
  addCell,
  addNote,
  all,
  cleanText,
  finishFind,
  hasDigit,
  liveDecorations,
  looksLikeValue,
  newGroup,
  pickerTexts,
  queryParam,
  runSteps,
  startFind,
  tableDecorations,
  tableArea,
  textLeaves,
  whereCell,
  type Area,
  type FindSession,
  type Strip,
} from './common';
import type { Adapter, AdapterContext, FindSteps } from './types';

/** Hooks, each with where it comes from (../shared/dashboards.md, "Meta Ads Manager"). */
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

/** The current layout's hooks (medium-high: one overlay checked on the live site in 2026, one extension). */
const CURRENT = {
  headerKey: '[id^="reporting_table_column_"], [id="ads_manager_table_results_column_label_id"]',
  keyPrefix: 'reporting_table_column_',
  resultsLabelId: 'ads_manager_table_results_column_label_id',
  bodyRow: '[role="presentation"]',
  // Values sit in leaf `div[geotextcolor=value]`; a caption ("Total Spent", "Purchases") beside it.
  value: '[geotextcolor="value"]',
} as const;

/** Result-typed columns in the current layout (keys as the header names them). */
const TYPED_KEYS = new Set(['results', 'cost_per_result']);

const HOSTS = new Set(['adsmanager.facebook.com', 'business.facebook.com', 'www.facebook.com']);

function matches(url: URL): boolean {
  return HOSTS.has(url.hostname) && url.pathname.startsWith('/adsmanager');
}

function columnOf(cell: Element): string {
  const surface = cell.getAttribute('data-surface') ?? '';
  return surface.slice(surface.lastIndexOf('/table_cell:') + '/table_cell:'.length);
}

/** `tableDecorations(session, table)` decided per element, to re-read one changed cell alone. */
const REREAD = liveDecorations();

function* findTable(session: FindSession, table: Element, name: Area): Generator<void, void, void> {
  const strip = tableDecorations(session, table);
  const allRows = all(table, SELECTORS.row);
  const headerRow = allRows.find((r) => r.querySelector(SELECTORS.columnHeader));
  if (headerRow?.querySelector(CURRENT.headerKey)) return yield* findCurrentTable(session, table, headerRow, name);
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
        // The number and, under it, the result type; a "—" (totals over mixed types) is no number.
        const v = valueAndCaption(cell, strip);
        if (v && hasDigit(v.text)) addCell(session, { label, key: column, qualifier: v.caption, text: v.text, row: key, ...place, group }, v.value, undefined, table);
        continue;
      }
      const text = cleanText(cell, strip);
      if (looksLikeValue(text)) addCell(session, { label, key: column, text, row: key, ...place, group }, cell, REREAD, table);
    }
  }
  const total = Number(table.getAttribute('aria-rowcount'));
  // Header and summary rows count in aria-rowcount too.
  if (total > rowsWithCells + 1) {
    addNote(session, { code: 'rows-rendered', n: dataRows, of: total - 2 });
  }
}

// ---------------------------------------------------------------- current layout

/** A header cell's column key: the id of the element inside it ("spend", "results"), or null. */
function headerKey(header: Element): string | null {
  const el = header.querySelector(CURRENT.headerKey);
  if (!el) return null;
  return el.id === CURRENT.resultsLabelId ? 'results' : el.id.slice(CURRENT.keyPrefix.length);
}

/** Elements exactly `depth` levels below `root`, in document order. */
function atDepth(root: Element, depth: number): Element[] {
  let level: Element[] = [root];
  for (let d = 0; d < depth; d++) level = level.flatMap((el) => Array.from(el.children));
  return level;
}

function depthBelow(el: Element, root: Element): number {
  let depth = 0;
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) depth++;
  return depth;
}

interface Part {
  /** Index of the part among the header row's children (fixed part, scrolling part). */
  index: number;
  /** How deep its column headers (and so a body row's cells) lie below it. */
  depth: number;
  headers: Element[];
  keys: Array<string | null>;
  labels: string[];
  /** Where each header lies across the page, read once and only when some columns are not rendered. */
  spans?: Array<{ left: number; right: number } | null>;
}

/** The header row's parts: its children holding column headers, each with its headers' depth. */
function headerParts(headerRow: Element, strip: Strip): Part[] {
  const parts: Part[] = [];
  Array.from(headerRow.children).forEach((child, index) => {
    const headers = all(child, SELECTORS.columnHeader);
    if (!headers.length) return;
    parts.push({
      index,
      depth: depthBelow(headers[0]!, child),
      headers,
      keys: headers.map(headerKey),
      labels: headers.map((h) => cleanText(h.querySelector(SELECTORS.heading) ?? h, strip)),
    });
  });
  return parts;
}

/** The number in a cell and the caption printed with it ("Total Spent", a result type). */
function valueAndCaption(cell: Element, strip: Strip): { value: Element; text: string; caption: string } | null {
  const valueEl = cell.querySelector(CURRENT.value);
  const leaves = textLeaves(cell, strip);
  const value = valueEl ? { el: valueEl, text: cleanText(valueEl, strip) } : leaves[0];
  if (!value || !looksLikeValue(value.text)) return null;
  const caption = leaves.filter((l) => l.el !== value.el && !value.el.contains(l.el)).map((l) => l.text).join(' ');
  return { value: value.el, text: value.text, caption };
}

/**
 * Which header a rendered cell belongs to. By position within its part, and where the page has layout
 * also by where it lies across the page: a part that renders only the columns in view must never
 * shift a value into another column. Null when no header is under the cell.
 */
function headerIndexOf(session: FindSession, part: Part, cell: Element, position: number, rendered: number): number | null {
  // Every column rendered: the position says it, and no layout need be read.
  if (rendered === part.headers.length) return position;
  const box = session.visibility.across(cell);
  if (!box) return position < part.headers.length ? position : null;
  const middle = (box.left + box.right) / 2;
  part.spans ??= part.headers.map((h) => session.visibility.across(h));
  const under = (i: number) => {
    const h = part.spans![i];
    return h != null && middle >= h.left && middle <= h.right;
  };
  if (position < part.headers.length && under(position)) return position;
  for (let i = 0; i < part.headers.length; i++) if (under(i)) return i;
  return null;
}

function* findCurrentTable(session: FindSession, table: Element, headerRow: Element, name: Area): Generator<void, void, void> {
  const strip = tableDecorations(session, table);
  const parts = headerParts(headerRow, strip);
  const namePart = parts.find((p) => p.keys.includes(NAME));
  const group = newGroup(session);
  let summarySeen = false;
  let columnsMissing = false;
  for (const row of all(table, CURRENT.bodyRow)) {
    yield;
    if (session.full) return;
    if (row.parentElement?.closest(CURRENT.bodyRow)) continue;
    const inner = row.firstElementChild;
    if (!inner) continue;
    const rowParts = Array.from(inner.children);
    const cellsOf = (part: Part) => {
      const holder = rowParts[part.index];
      return holder ? atDepth(holder, part.depth) : [];
    };
    const nameCell = namePart ? cellsOf(namePart)[namePart.keys.indexOf(NAME)] : undefined;
    const link = nameCell?.querySelector(SELECTORS.nameLink);
    // A row without the name's link is the summary row ("Results from 4 campaigns"), wherever it stands.
    const key = link ? cleanText(link, strip) : null;
    if (link && !key) continue;
    if (!link) {
      if (summarySeen) continue;
      summarySeen = true;
    }
    for (const part of parts) {
      const cells = cellsOf(part);
      if (cells.length < part.headers.length) columnsMissing = true;
      cells.forEach((cell, position) => {
        const h = headerIndexOf(session, part, cell, position, cells.length);
        if (h === null) return;
        const column = part.keys[h];
        if (!column || column === NAME) return;
        const label = part.labels[h] || column;
        const found = valueAndCaption(cell, strip);
        if (!found) return;
        // A typed column's caption is its result type; the interpreter needs a number to type.
        if (TYPED_KEYS.has(column) && !hasDigit(found.text)) return;
        addCell(session, { label, key: column, qualifier: found.caption, text: found.text, row: key, ...whereCell(name, key, label), group }, found.value, undefined, table);
      });
    }
  }
  if (columnsMissing) addNote(session, { code: 'columns-in-view' });
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
