/**
 * A big page's first read in parts: 5,000 cells are ~775 kB as one message, which the page's thread
 * serialises in one long task and the browser copies whole. Each part carries a slice of the cells in
 * order (`PageRead.part`); the background puts them back together and interprets the read once
 * (lib/background/page-parts.ts). A read that fits in one part goes as it is.
 *
 * Sizes are estimated from the cells' string lengths, not measured with JSON.stringify: that would
 * serialise every cell once more on the page's thread. Each string is counted with a margin for its
 * quotes and field name, and parts are kept to PART_CHARS estimated characters: even were every one
 * 3 bytes in UTF-8 a part would stay under 256 kB. Measured: ~45–50 kB a part for a GA4 table in
 * English, ~75 kB with Chinese row names (test/content/split.test.ts, scripts/bench/messages.ts).
 */
import type { RawCell } from '../adapters/types';
import type { PageRead } from '../messages';

export const PART_CHARS = 64_000;

/** A cell's length as JSON, a little over: each field's value plus ~16 characters for its name and quotes. */
export function cellChars(cell: RawCell): number {
  let n = 16;
  for (const v of Object.values(cell)) n += 16 + (typeof v === 'string' ? v.length : typeof v === 'object' && v ? cellChars(v as unknown as RawCell) : 8);
  return n;
}

/**
 * `read` as one message when it fits in PART_CHARS, else as parts in order: each the same read with
 * a run of its cells and `part` saying where they go. `id` names this read (the background keeps
 * parts of one read together and drops those of a read it has given up on).
 */
export function splitRead(read: PageRead, id: string, max = PART_CHARS): PageRead[] {
  const cells = read.raw.cells;
  const parts: PageRead[] = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < cells.length; i++) {
    const n = cellChars(cells[i]!);
    if (size + n > max && i > start) {
      parts.push({ ...read, raw: { ...read.raw, cells: cells.slice(start, i) }, part: { read: id, start, total: cells.length } });
      start = i;
      size = 0;
    }
    size += n;
  }
  if (!parts.length) return [read];
  parts.push({ ...read, raw: { ...read.raw, cells: cells.slice(start) }, part: { read: id, start, total: cells.length } });
  return parts;
}
