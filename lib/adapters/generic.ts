/**
 * Any other page (TikTok Ads, Microsoft Advertising, Shopify, in-house dashboards): HTML tables and
 * ARIA grids with a header row, and label + big-number cards. It only reads what is plainly labelled
 * with a catalogue metric (decided in the background); everything else is reported as unrecognised.
 */
import {
  allShown,
  shownFirst,
  addNote,
  all,
  cardFromLeaves,
  cleanText,
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
import { isSupportedDashboardUrl } from '../dashboards';

/** Hooks: web standards (HTML tables, WAI-ARIA grid roles) and common naming in dashboard kits. */
const SELECTORS = {
  table: 'table',
  ariaGrid: '[role="grid"], [role="treegrid"], [role="table"]',
  ariaRow: '[role="row"]',
  ariaHeader: '[role="columnheader"]',
  ariaCell: '[role="gridcell"], [role="rowheader"], [role="cell"], [role="columnheader"]',
  // Card-like containers that usually hold one label and one number (class names in common UI kits).
  card: 'dl > div, [class*="kpi"], [class*="Kpi"], [class*="KPI"], [class*="scorecard"], [class*="Scorecard"], [class*="metric-card"], [class*="MetricCard"], [class*="stat-card"], [class*="StatCard"], [class*="summary-card"], [role="figure"]',
  // A date control, by name.
  dateControl: '[class*="date-range"], [class*="daterange"], [class*="DateRange"], [class*="dateRange"], [aria-label*="date range"], [aria-label*="Date range"]',
  loader: '[role="progressbar"], [aria-busy="true"]',
  title: 'h1',
} as const;

function matches(url: URL): boolean {
  // The dashboards have readers of their own (lib/adapters/dashboard-adapters.ts).
  return (url.protocol === 'https:' || url.protocol === 'http:') && !isSupportedDashboardUrl(url.href);
}

function* findHtmlTable(session: FindSession, table: Element, name: Area): Generator<void, void, void> {
  const headerRow = table.querySelector('thead tr') ?? table.querySelector('tr');
  if (!headerRow || !headerRow.querySelector('th')) return;
  const columns: GridColumn[] = all(headerRow, 'th, td').map((th, i) => ({ label: cleanText(th), rowName: i === 0 }));
  const rows: GridRow[] = [];
  for (const tr of all(table, 'tr')) {
    if (session.full) break;
    yield;
    if (tr === headerRow || tr.closest('table') !== table) continue;
    const cells = all(tr, 'th, td').filter((c) => c.parentElement === tr);
    const key = cleanText(cells[0]);
    const total = tr.parentElement?.tagName.toUpperCase() === 'TFOOT' || looksLikeTotal(key);
    if (!total && !key) continue;
    rows.push({ key: total ? null : key, cells });
  }
  yield* findGrid(session, { name, columns, rows, root: table });
}

function* findAriaGrid(session: FindSession, grid: Element, name: Area): Generator<void, void, void> {
  const rowsEls = all(grid, SELECTORS.ariaRow).filter((r) => r.closest(SELECTORS.ariaGrid) === grid);
  const headerRow = rowsEls.find((r) => r.querySelector(SELECTORS.ariaHeader));
  if (!headerRow) return;
  const columns: GridColumn[] = all(headerRow, SELECTORS.ariaHeader).map((h, i) => ({ label: cleanText(h), rowName: i === 0 }));
  const rows: GridRow[] = [];
  for (const row of rowsEls) {
    if (session.full) break;
    yield;
    if (row === headerRow) continue;
    const cells = all(row, SELECTORS.ariaCell).filter((c) => c.closest(SELECTORS.ariaRow) === row);
    const key = cleanText(cells[0]);
    const total = looksLikeTotal(key) || /\btotal/i.test(row.className);
    if (!total && !key) continue;
    rows.push({ key: total ? null : key, cells });
  }
  yield* findGrid(session, { name, columns, rows, root: grid });
  const count = Number(grid.getAttribute('aria-rowcount'));
  if (count > rowsEls.length) addNote(session, { code: 'rows-rendered', n: rowsEls.length, of: count });
}

/** Innermost card-like containers holding a label and a number, outside tables and grids. */
function* findCards(session: FindSession, page: Area): Generator<void, void, void> {
  const { doc } = session.ctx;
  const candidates = allShown(session, doc, SELECTORS.card).filter((el) => !el.closest(`table, ${SELECTORS.ariaGrid}`));
  const accepted: Element[] = [];
  const cards: Scorecard[] = [];
  // Deepest first, so a grid of cards is not read as one card.
  for (const el of candidates.reverse()) {
    yield;
    if (accepted.some((a) => el.contains(a))) continue;
    const card = cardFromLeaves(el);
    if (!card) continue;
    accepted.push(el);
    cards.push(card);
  }
  findScorecards(session, page, cards.reverse());
}

/** A table's name: its label or caption, else the page's title (`title`, '' when the page printed none). */
function tableName(el: Element, title: string): Area {
  const caption = el.querySelector('caption');
  const label = el.getAttribute('aria-label') ?? cleanText(caption);
  return tableArea(label || title, 'Page');
}

function* steps(ctx: AdapterContext): FindSteps {
  const session = startFind(ctx, 'generic');
  const doc = ctx.doc;
  session.dateTexts = pickerTexts(shownFirst(session, doc, SELECTORS.dateControl));
  const title = cleanText(shownFirst(session, doc, SELECTORS.title)) || doc.title;
  yield* findCards(session, pageArea(title, 'Page'));
  for (const table of allShown(session, doc, SELECTORS.table)) yield* findHtmlTable(session, table, tableName(table, title));
  for (const grid of allShown(session, doc, SELECTORS.ariaGrid)) {
    if (grid.tagName.toUpperCase() === 'TABLE' || grid.closest('table')) continue;
    yield* findAriaGrid(session, grid, tableName(grid, title));
  }
  return finishFind(session, { loading: SELECTORS.loader });
}

export const generic: Adapter = {
  id: 'generic',
  name: 'Any dashboard',
  matches,
  find: (ctx) => runSteps(steps(ctx)),
  steps,
};
