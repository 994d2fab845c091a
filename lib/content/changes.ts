/**
 * What a batch of page mutations means for the last find, so the read loop re-reads only what can
 * have changed: dashboards re-render constantly (clocks, tooltips, one ticking cell) and a full find
 * of a big table for each would cost the page's own thread for nothing.
 *
 * Selectors never look at text, so a change of text (characterData, or text nodes added or removed)
 * can only change what a find returns inside an element whose text the find read (`FoundPage.reads`).
 * Anything else that could matter (elements added, removed or moved; text outside <body>, such as
 * the title a generic page falls back to) means a full find. A change of attributes matters only on
 * an element whose visibility the find judged (a cell, an ancestor of one, a control): it may have
 * shown a hidden copy or hidden the one that was read (lib/adapters/visibility.ts).
 */
import type { FoundPage } from '../adapters/types';

/** A full find is needed. */
export const ALL = 'all';

/** Beyond this many records a full find is cheaper than looking at each. */
const MAX_RECORDS = 500;

/**
 * The cells of `found` whose text may have changed: an empty set when nothing the find read
 * changed, `ALL` when a full find is needed (a change elsewhere, or in text that is not a cell that
 * can be re-read alone: a header, a row name, a card holding several texts).
 */
export function changedCells(records: readonly MutationRecord[], found: FoundPage | null, doc: Document): Set<number> | typeof ALL {
  const reads = found?.reads;
  if (!found || !reads || records.length > MAX_RECORDS) return ALL;
  const cells = new Set<number>();
  for (const record of records) {
    let node: Node | null;
    if (record.type === 'attributes') {
      if (found.judged?.has(record.target as Element) ?? true) return ALL;
      continue;
    }
    if (record.type === 'characterData') node = record.target.parentNode;
    else if (record.type === 'childList' && !hasElement(record.addedNodes) && !hasElement(record.removedNodes)) node = record.target;
    else return ALL;
    let read: Element | null = null;
    let inBody = false;
    for (; node; node = node.parentNode) {
      if (node === doc.body) inBody = true;
      if (!reads.has(node as Element)) continue;
      // Text read twice over (a cell inside a card read as a whole) changes more than one thing.
      if (read) return ALL;
      read = node as Element;
    }
    if (!inBody) return ALL;
    if (!read) continue;
    // A scan, not a map of every cell: a few changed cells are the case worth being quick for.
    const cell = found.elements.indexOf(read);
    if (cell < 0 || !found.rereads?.[cell] || reads.get(read) !== 1) return ALL;
    cells.add(cell);
  }
  return cells;
}

function hasElement(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) if (nodes[i]!.nodeType === 1) return true;
  return false;
}
