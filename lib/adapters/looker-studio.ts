/**
 * Looker Studio reports (also embedded: /embed/reporting/…, read in the iframe via all_frames):
 * scorecards and tables on the current page, and the date range control.
 */
import {
  addNote,
  all,
  allShown,
  cardFromLeaves,
  cleanText,
  hasDigit,
  shownFirst,
  findGrid,
  findScorecards,
  finishFind,
  looksLikeTotal,
  pageArea,
  pickerTexts,
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

/** Hooks, each with where it comes from (shared/dashboards.md, "Looker Studio"). */
const SELECTORS = {
  // Scorecards: current `ng2-kpimetric` (older `kpimetric`) holding label, value, comparison (high for
  // the element, medium for its parts: `ng2-kpimetric > div > div[2]` is the value); earlier pages'
  // `.scorecard` with `.metric-label` / `.value-label` (low: our reading of the rendered component).
  kpimetric: 'ng2-kpimetric, kpimetric',
  scorecard: 'ng2-canvas-component .scorecard, lego-report .scorecard',
  scorecardLabel: '.metric-label',
  scorecardValue: '.value-label',
  // Tables (high): current `ng2-canvas-component.simple-table` (headers `.headerRow .colName[title]`,
  // rows `.centerColsContainer > .row`, cells `.cell`, a rank cell first); older `lego-table`.
  table: 'lego-table, ng2-canvas-component.simple-table',
  headerCell: '.headerRow > .headerCell, [role="row"] > [role="columnheader"]',
  // The full column name when the visible text is cut short ("Sesiones con interacc…").
  columnName: '.colName[title]',
  row: '.tableBody > .row, .tableBody > [role="row"], .centerColsContainer > .row',
  cell: ':scope > .cell, :scope > [role="gridcell"]',
  totalRow: '[class*="total" i]',
  // The pager's "1 - 10 / 12" (high: `div.pageControl`, `.pageLabel`).
  pageLabel: '.pageControl .pageLabel',
  // Date control: current `button.canvas-date-input` (high), earlier `ng2-date-range-picker button`.
  datePicker: 'button.canvas-date-input, ng2-date-range-picker button',
  loader: '[role="progressbar"]',
  reportName: '.report-name',
} as const;

function matches(url: URL): boolean {
  return (
    (url.hostname === 'lookerstudio.google.com' || url.hostname === 'datastudio.google.com') &&
    /^\/(u\/\d+\/)?(embed\/)?reporting\//.test(url.pathname)
  );
}

function reportId(url: URL): string | undefined {
  return /\/reporting\/([^/]+)/.exec(url.pathname)?.[1];
}

function* steps(ctx: AdapterContext): FindSteps {
  const session = startFind(ctx, 'looker-studio', reportId(ctx.url));
  const doc = ctx.doc;
  session.dateTexts = pickerTexts(shownFirst(session, doc, SELECTORS.datePicker));
  const page = cleanText(shownFirst(session, doc, SELECTORS.reportName));

  findScorecards(session, pageArea(page, 'Report'), scorecards(session));

  const tables = allShown(session, doc, SELECTORS.table);
  for (const [t, table] of tables.entries()) yield* findTable(session, table, tableArea(page, 'Report', t, tables.length));
  return finishFind(session, { loading: SELECTORS.loader });
}

/** A kpimetric's label and value: its first and second parts; the comparison after them is not read. */
function kpimetric(el: Element): Scorecard | null {
  const parts = el.firstElementChild?.children;
  const label = parts?.[0];
  const value = parts?.[1];
  const labelText = cleanText(label);
  const text = cleanText(value);
  if (label && value && labelText && !hasDigit(labelText) && hasDigit(text)) return { label: labelText, value, text };
  return cardFromLeaves(el);
}

function scorecards(session: FindSession): Scorecard[] {
  const doc = session.ctx.doc;
  const cards: Scorecard[] = [];
  for (const el of allShown(session, doc, SELECTORS.kpimetric)) {
    const card = kpimetric(el);
    if (card) cards.push(card);
  }
  for (const el of allShown(session, doc, SELECTORS.scorecard)) {
    const value = el.querySelector(SELECTORS.scorecardValue);
    const label = cleanText(el.querySelector(SELECTORS.scorecardLabel));
    const card = value && label ? { label, value } : cardFromLeaves(el);
    if (card) cards.push(card);
  }
  return cards;
}

function* findTable(session: FindSession, table: Element, name: Area): Generator<void, void, void> {
  const labels = all(table, SELECTORS.headerCell).map((h) => h.querySelector(SELECTORS.columnName)?.getAttribute('title')?.trim() || cleanText(h));
  // Row numbers sit under an empty header; the first labelled column names the row.
  const keyIndex = labels.findIndex((l) => l !== '');
  const columns: GridColumn[] = labels.map((label, i) => ({ label, rowName: i === keyIndex, skip: label === '' }));
  const rows: GridRow[] = [];
  let dataRows = 0;
  for (const row of all(table, SELECTORS.row)) {
    if (session.full) break;
    yield;
    const cells = all(row, SELECTORS.cell);
    const key = cleanText(cells[keyIndex]);
    const total = row.matches(SELECTORS.totalRow) || looksLikeTotal(key);
    if (!total && !key) continue;
    if (!total) dataRows++;
    rows.push({ key: total ? null : key, cells });
  }
  yield* findGrid(session, { name, columns, rows, root: table });
  // "1 - 10 / 12": the table has 12 rows; fewer were rendered (virtualised) or are on this page.
  const pager = /(\d+)\s*-\s*(\d+)\s*\/\s*(\d+)/.exec(cleanText(table.querySelector(SELECTORS.pageLabel)));
  const of = pager ? Number(pager[3]) : 0;
  if (of > dataRows) addNote(session, { code: 'rows-rendered', n: dataRows, of });
}

export const lookerStudio: Adapter = {
  id: 'looker-studio',
  name: 'Looker Studio',
  matches,
  find: (ctx) => runSteps(steps(ctx)),
  steps,
};
