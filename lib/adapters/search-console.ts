/**
 * Google Search Console, Performance report: the four scorecards, the queries/pages table and the
 * date range (URL first, then the date chip). Class names are obfuscated and used only where several
 * working scrapers agree on them.
 *
 * Search Console keeps each earlier page copy (`c-wiz`) in the DOM, hidden; only the copy on screen is
 * read (the shared visibility rule, lib/adapters/visibility.ts).
 */
import {
  addNote,
  all,
  allShown,
  cardFromLeaves,
  cleanString,
  cleanText,
  findGrid,
  finishFind,
  hasDigit,
  newGroup,
  addCell,
  pageArea,
  queryParam,
  runSteps,
  startFind,
  tableArea,
  textLeaves,
  whereCard,
  shownFirst,
  type Area,
  type FindSession,
  type GridColumn,
  type GridRow,
} from './common';
import type { Adapter, AdapterContext, FindSteps } from './types';

/** Hooks, each with where it comes from (shared/dashboards.md, "Search Console"). */
const SELECTORS = {
  // Cards (medium-high, several scrapers): `div[data-guidedhelpid="scorecard_0"]` … `scorecard_3`
  // (clicks, impressions, CTR, position), the label in a span before the value.
  scorecard: '[data-guidedhelpid^="scorecard_"]',
  // Cards as toggles, where the help ids are missing (low: role is our observation).
  scorecardToggle: 'c-wiz [role="checkbox"]',
  // Table (medium-high): a real <table>; cells carry `data-label` (QUERIES, CLICKS …) naming the column.
  table: '[jsrenderer] table',
  labelledCell: 'td[data-label]',
  headerCell: 'thead th',
  row: 'tbody tr',
  cell: 'td',
  // Date chips (medium): `div.OTrxGf` holding "Date: Last 3 months"; older pages: toolbar buttons (low).
  dateChip: '.OTrxGf, [role="toolbar"] [role="button"]',
  loader: '[role="progressbar"]',
  title: 'h1',
} as const;

function matches(url: URL): boolean {
  return url.hostname === 'search.google.com' && /^\/(u\/\d+\/)?search-console(\/|$)/.test(url.pathname);
}

/**
 * The cards' value is compact on screen ("2.79K") while its `title` holds the exact number ("2,778";
 * "2.778" with hl=de): the exact number is read, the shown text kept beside it.
 */
function exactOf(value: Element, card: Element): string | undefined {
  for (let el: Element | null = value; el && card.contains(el); el = el.parentElement) {
    const title = el.getAttribute('title');
    if (title && hasDigit(title)) return cleanString(title);
  }
  return undefined;
}

function findCards(session: FindSession, page: Area): void {
  const doc = session.ctx.doc;
  let cards = allShown(session, doc, SELECTORS.scorecard);
  if (!cards.length) cards = allShown(session, doc, SELECTORS.scorecardToggle);
  const group = newGroup(session);
  for (const el of cards) {
    const card = cardFromLeaves(el);
    if (!card) continue;
    const exact = exactOf(card.value, el);
    const text = card.text ?? cleanText(card.value);
    addCell(session, { label: card.label, text, exact: exact !== text ? exact : undefined, ...whereCard(page, card.label), group }, card.value);
  }
}

/** The report's tables: the renderer's own, and any whose cells name their column (`data-label`). */
function reportTables(session: FindSession): Element[] {
  const doc = session.ctx.doc;
  const tables = new Set(allShown(session, doc, SELECTORS.table));
  for (const cell of all(doc, SELECTORS.labelledCell)) {
    const table = cell.closest('table');
    if (table && !tables.has(table) && session.visibility.container(table)) tables.add(table);
  }
  return [...tables];
}

function* findTable(session: FindSession, table: Element, title: string): Generator<void, void, void> {
  const headers = all(table, SELECTORS.headerCell);
  const firstRow = table.querySelector(SELECTORS.row);
  // `data-label` on the first row's cells names each column (the header's text is the fallback).
  const keys = firstRow ? all(firstRow, SELECTORS.cell).map((td) => td.getAttribute('data-label') ?? undefined) : [];
  const columns: GridColumn[] = headers.map((th, i) => ({ label: cleanText(th), key: keys[i], rowName: i === 0 }));
  const rows: GridRow[] = [];
  for (const tr of all(table, SELECTORS.row)) {
    if (session.full) break;
    yield;
    const cells = all(tr, SELECTORS.cell);
    // Compare mode prints current, previous and difference under one header: which is which is not
    // known, so the table is not read rather than read into the wrong column (medium: a scraper).
    if (cells.length > headers.length) {
      addNote(session, { code: 'compare-mode-table' });
      return;
    }
    const first = cells[0];
    // The query or page as Search Console stores it; the visible text may be shortened.
    const key = first?.getAttribute('data-string-value') || cleanText(first);
    if (key) rows.push({ key, cells });
  }
  yield* findGrid(session, { name: tableArea(columns[0]?.label || title, 'Performance'), columns, rows, root: table });
}

function* steps(ctx: AdapterContext): FindSteps {
  const session = startFind(ctx, 'search-console', queryParam(ctx.url, 'resource_id'));
  const doc = ctx.doc;
  session.dateTexts = allShown(session, doc, SELECTORS.dateChip).flatMap((chip) => [...textLeaves(chip).map((l) => l.text), cleanText(chip)]);
  const title = cleanText(shownFirst(session, doc, SELECTORS.title));
  findCards(session, pageArea(title, 'Performance'));
  for (const table of reportTables(session)) yield* findTable(session, table, title);
  return finishFind(session, { loading: SELECTORS.loader });
}

export const searchConsole: Adapter = {
  id: 'search-console',
  name: 'Search Console',
  matches,
  find: (ctx) => runSteps(steps(ctx)),
  steps,
};
