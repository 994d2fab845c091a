/**
 * Looker Studio reports (also embedded: /embed/reporting/…, read in the iframe via all_frames):
 * scorecards and tables on the current page, and the date range control.
 */
import {
  allShown,
  shownFirst,
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
  type GridColumn,
  type GridRow,
  type Scorecard,
} from './common';
import type { Adapter, AdapterContext, FindSteps } from './types';

/** Hooks, each with where it comes from (/work/shared/dashboards.md, "Looker Studio", low-medium). */
const SELECTORS = {
  // Report shells: newer ng2-report, older lego-report.
  report: 'ng2-report, lego-report',
  // Scorecard parts (low: our reading of the rendered component).
  scorecard: 'ng2-canvas-component .scorecard, lego-report .scorecard',
  scorecardLabel: '.metric-label',
  scorecardValue: '.value-label',
  // Tables: lego-table with div.word-wrap cells (low-medium); rows/cells by ARIA role or class.
  table: 'lego-table',
  headerCell: '.headerRow > .headerCell, [role="row"] > [role="columnheader"]',
  row: '.tableBody > .row, .tableBody > [role="row"]',
  cell: ':scope > .cell, :scope > [role="gridcell"]',
  totalRow: '[class*="total" i]',
  datePicker: 'ng2-date-range-picker button',
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

  const cards: Scorecard[] = [];
  for (const el of all(doc, SELECTORS.scorecard)) {
    const value = el.querySelector(SELECTORS.scorecardValue);
    const label = cleanText(el.querySelector(SELECTORS.scorecardLabel));
    if (value && label) cards.push({ label, value });
    else {
      const card = cardFromLeaves(el);
      if (card) cards.push(card);
    }
  }
  findScorecards(session, pageArea(page, 'Report'), cards);

  const tables = allShown(session, doc, SELECTORS.table);
  for (const [t, table] of tables.entries()) {
    const labels = all(table, SELECTORS.headerCell).map((h) => cleanText(h));
    // Row numbers sit under an empty header; the first labelled column names the row.
    const keyIndex = labels.findIndex((l) => l !== '');
    const columns: GridColumn[] = labels.map((label, i) => ({ label, rowName: i === keyIndex, skip: label === '' }));
    const rows: GridRow[] = [];
    for (const row of all(table, SELECTORS.row)) {
      if (session.full) break;
      yield;
      const cells = all(row, SELECTORS.cell);
      const key = cleanText(cells[keyIndex]);
      const total = row.matches(SELECTORS.totalRow) || looksLikeTotal(key);
      if (!total && !key) continue;
      rows.push({ key: total ? null : key, cells });
    }
    yield* findGrid(session, { name: tableArea(page, 'Report', t, tables.length), columns, rows, root: table });
  }
  return finishFind(session, { loading: SELECTORS.loader });
}

export const lookerStudio: Adapter = {
  id: 'looker-studio',
  name: 'Looker Studio',
  matches,
  find: (ctx) => runSteps(steps(ctx)),
  steps,
};
