/**
 * Google Search Console, Performance report: the four scorecards, the queries/pages table and the
 * date range (URL first, then the date chip). Class names are obfuscated and never used.
 */
import {
  all,
  cardFromLeaves,
  cleanText,
  findGrid,
  findScorecards,
  finishFind,
  pageArea,
  queryParam,
  runSteps,
  startFind,
  tableArea,
  textLeaves,
  type GridColumn,
  type GridRow,
  type Scorecard,
} from './common';
import type { Adapter, AdapterContext, FindSteps } from './types';

/** Hooks, each with where it comes from (/work/shared/dashboards.md, "Search Console"). */
const SELECTORS = {
  // Scorecards are toggles that show or hide a metric in the chart (low: role is our observation;
  // the labels "Total clicks", "Total impressions", "Average CTR", "Average position" are medium).
  scorecard: 'c-wiz [role="checkbox"]',
  // Table (medium): `[jsrenderer] table` with `td[data-string-value]`.
  table: '[jsrenderer] table',
  headerCell: 'thead th',
  row: 'tbody tr',
  cell: 'td',
  // Date chip in the filter bar (low).
  dateChip: '[role="toolbar"] [role="button"]',
  loader: '[role="progressbar"]',
  title: 'h1',
} as const;

function matches(url: URL): boolean {
  return url.hostname === 'search.google.com' && /^\/(u\/\d+\/)?search-console(\/|$)/.test(url.pathname);
}

function* steps(ctx: AdapterContext): FindSteps {
  const session = startFind(ctx, 'search-console', queryParam(ctx.url, 'resource_id'));
  const doc = ctx.doc;
  session.dateTexts = all(doc, SELECTORS.dateChip).flatMap((chip) => textLeaves(chip).map((l) => l.text));
  const title = cleanText(doc.querySelector(SELECTORS.title));

  const cards: Scorecard[] = [];
  for (const el of all(doc, SELECTORS.scorecard)) {
    const card = cardFromLeaves(el);
    if (card) cards.push(card);
  }
  findScorecards(session, pageArea(title, 'Performance'), cards);

  for (const table of all(doc, SELECTORS.table)) {
    const headers = all(table, SELECTORS.headerCell);
    const columns: GridColumn[] = headers.map((th, i) => ({ label: cleanText(th), rowName: i === 0 }));
    const rows: GridRow[] = [];
    for (const tr of all(table, SELECTORS.row)) {
      if (session.full) break;
      yield;
      const cells = all(tr, SELECTORS.cell);
      const first = cells[0];
      // The query or page as Search Console stores it; the visible text may be shortened.
      const key = first?.getAttribute('data-string-value') || cleanText(first);
      if (key) rows.push({ key, cells });
    }
    yield* findGrid(session, { name: tableArea(columns[0]?.label || title, 'Performance'), columns, rows, root: table });
  }
  return finishFind(session, { loading: SELECTORS.loader });
}

export const searchConsole: Adapter = {
  id: 'search-console',
  name: 'Search Console',
  matches,
  find: (ctx) => runSteps(steps(ctx)),
  steps,
};
