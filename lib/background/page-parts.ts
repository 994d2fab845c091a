/**
 * Puts a page read sent in parts (lib/content/split.ts) back together, per frame. Each part was
 * checked against the message schema on its own; here they must also agree with each other:
 *  - a part of another read than the one being assembled starts over with the new read (a frame
 *    sends its reads one after another, so the older one was given up);
 *  - a part sent again (the same cells at the same place) changes nothing;
 *  - a part that overlaps cells already in, or disagrees on the number of cells, is refused and the
 *    read dropped: the content script then sends the whole read again;
 *  - the last part (the one ending at `total`) with cells still missing — the worker restarted
 *    between parts — is refused the same way.
 * What is held is bounded: MAX_FRAMES frames' reads at most, none older than MAX_AGE_MS.
 */
import type { RawCell } from '../adapters/types';
import type { PageRead } from '../messages';

const MAX_FRAMES = 8;
const MAX_AGE_MS = 60_000;

interface Pending {
  id: string;
  first: PageRead;
  cells: Array<RawCell | undefined>;
  have: number;
  since: number;
}

export interface PageParts {
  /**
   * Takes one part of `frame`'s read: the whole read once every cell is in, else null (more parts to
   * come). Throws when the parts cannot make a whole read.
   */
  add(frame: string, part: PageRead): PageRead | null;
  /** Frames with a read still being assembled (for the bounds, and tests). */
  readonly size: number;
}

export function pageParts(now: () => number = Date.now): PageParts {
  const pending = new Map<string, Pending>();
  return {
    get size() {
      return pending.size;
    },
    add(frame, read) {
      const part = read.part;
      if (!part) return read;
      if (read.changes) throw new Error('A page read in parts cannot also be a read of changes.');
      const t = now();
      for (const [key, p] of pending) if (t - p.since > MAX_AGE_MS) pending.delete(key);
      let p = pending.get(frame);
      if (!p || p.id !== part.read) {
        p = { id: part.read, first: read, cells: new Array<RawCell | undefined>(part.total), have: 0, since: t };
        pending.delete(frame);
        pending.set(frame, p);
        if (pending.size > MAX_FRAMES) pending.delete(pending.keys().next().value!);
      }
      const cells = read.raw.cells;
      const end = part.start + cells.length;
      try {
        if (part.total !== p.cells.length || end > part.total) throw new Error('The parts of this page read do not agree on its cells.');
        let already = 0;
        for (let i = 0; i < cells.length; i++) {
          const held = p.cells[part.start + i];
          if (held === undefined) continue;
          if (JSON.stringify(held) !== JSON.stringify(cells[i])) throw new Error('The parts of this page read do not agree on its cells.');
          already++;
        }
        // The same part twice: nothing new.
        if (already === cells.length && cells.length) return null;
        if (already) throw new Error('The parts of this page read overlap.');
        for (let i = 0; i < cells.length; i++) p.cells[part.start + i] = cells[i];
        p.have += cells.length;
      } catch (e) {
        pending.delete(frame);
        throw e;
      }
      if (p.have < part.total) {
        if (end === part.total) {
          pending.delete(frame);
          throw new Error('Parts of this page read are missing; the whole read is needed.');
        }
        return null;
      }
      pending.delete(frame);
      const { part: _part, ...whole } = p.first;
      return { ...whole, raw: { ...p.first.raw, cells: p.cells as RawCell[] } };
    },
  };
}
