/**
 * Adds the numbers the user picked on this page to what the reader found, each under the metric the
 * user chose, and lists the picks the page no longer shows so the side panel can say so.
 */
import { cleanText, pageArea, tableArea, whereCard, whereCell } from '../adapters/common';
import type { FoundPage, RawCell } from '../adapters/types';
import { PICKED_KEY_PREFIX, resolvePick, type PickLocator } from './locator';

/** What the content script is told about a pick (the background keeps the rest). */
export interface PagePick {
  id: string;
  metric: string;
  locator: PickLocator;
}

const MAX_CELLS = 5000;

export function withPickedCells(found: FoundPage, doc: Document, picks: readonly PagePick[]): FoundPage {
  if (!picks.length) return found;
  const cells = [...found.raw.cells];
  const elements = [...found.elements];
  const missing: string[] = [];
  let group = cells.reduce((max, c) => Math.max(max, c.group), -1) + 1;
  for (const pick of picks) {
    const el = resolvePick(doc, pick.locator);
    if (!el) {
      missing.push(pick.id);
      continue;
    }
    // The reader may have read the same element under its own guess: the user's choice wins.
    const already = elements.indexOf(el);
    if (already >= 0) {
      cells.splice(already, 1);
      elements.splice(already, 1);
    }
    if (cells.length >= MAX_CELLS) break;
    const { label, table } = pick.locator;
    // Said as the page says it: the table's caption if it has one, else "this page".
    const caption = cleanText(el.closest('table')?.querySelector(':scope > caption'));
    const place = table ? whereCell(tableArea(caption, 'Page'), table.totals ? null : table.row, table.column) : whereCard(pageArea('', 'Page'), label);
    const cell: RawCell = { label, key: `${PICKED_KEY_PREFIX}${pick.metric}`, text: cleanText(el).slice(0, 200), ...place, group: group++ };
    if (table && !table.totals) cell.row = table.row;
    cells.push(cell);
    elements.push(el);
  }
  return { raw: { ...found.raw, cells, ...(missing.length ? { missingPicks: missing } : {}) }, elements };
}
