/**
 * Adds the numbers the user picked on this page to what the reader found, each under the metric the
 * user chose, and lists the picks the page no longer shows so the side panel can say so.
 */
import { cleanText, LIMITS, pageArea, recordingReads, tableArea, whereCard, whereCell } from '../adapters/common';
import type { FindSteps, FoundPage, RawCell } from '../adapters/types';
import { PICKED_KEY_PREFIX, resolvePick, type PickLocator } from './locator';

/** What the content script is told about a pick (the background keeps the rest). */
export interface PagePick {
  id: string;
  metric: string;
  locator: PickLocator;
}

export function withPickedCells(found: FoundPage, doc: Document, picks: readonly PagePick[]): FoundPage {
  if (!picks.length) return found;
  const cells = [...found.raw.cells];
  const elements = [...found.elements];
  // Kept aligned with the cells: a picked cell is re-read by a full find (its place may have moved).
  const rereads = found.rereads ? [...found.rereads] : undefined;
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
      rereads?.splice(already, 1);
    }
    if (cells.length >= LIMITS.cells) break;
    const { label, table } = pick.locator;
    // Said as the page says it: the table's caption if it has one, else "this page".
    const caption = cleanText(el.closest('table')?.querySelector(':scope > caption'));
    const place = table ? whereCell(tableArea(caption, 'Page'), table.totals ? null : table.row, table.column) : whereCard(pageArea('', 'Page'), label);
    const cell: RawCell = { label, key: `${PICKED_KEY_PREFIX}${pick.metric}`, text: cleanText(el).slice(0, LIMITS.text), ...place, group: group++ };
    if (table && !table.totals) cell.row = table.row;
    cells.push(cell);
    elements.push(el);
    rereads?.push(undefined);
  }
  return { ...found, raw: { ...found.raw, cells, ...(missing.length ? { missingPicks: missing } : {}) }, elements, ...(rereads ? { rereads } : {}) };
}

/** The same for a find run in slices: the picks are looked for once the find is done, their reads noted with its. */
export function* withPickedSteps(steps: FindSteps, doc: Document, picks: readonly PagePick[]): FindSteps {
  const found = yield* steps;
  if (!picks.length) return found;
  const reads = found.reads;
  return reads ? recordingReads(reads, () => withPickedCells(found, doc, picks)) : withPickedCells(found, doc, picks);
}
