/**
 * What a restarted service worker needs to answer the side panel's first screen without reading any
 * goal's history: each goal's view as last computed, kept in `storage.session`.
 *
 * Why this shape (issue #18, the cold side panel): on the first open after the browser stopped the idle
 * worker, reading fifty goals' day records from IndexedDB and computing their progress took most of the
 * time before the panel could draw anything (~0.4–1.2 s on a loaded 2-core machine, against ~0.1 s
 * for the worker's start, the database's opening and the goals and settings together). So the worker
 * keeps, per goal, the progress and trend it computed, with the key they were computed for (the goal,
 * the settings, the day, the active goal count, whether it is missing on the page, what it waits for:
 * the same key as the worker's in-memory cache, lib/background/service.ts) and the pages the goal was
 * read on (for "missing on this page"). A summary is kept only where it is current:
 *  - it is written after the worker computed the goal from its history, and deleted *before* any write
 *    that can change that history (a page read, saving a goal, an import), so a worker stopped between
 *    the write and the next computation leaves no summary rather than a stale one;
 *  - a key that no longer matches (another day, other settings, an edited goal) means the history is
 *    read as before.
 * Only the first screen is answered from here; the side panel's second request, right after, computes
 * the whole view from the histories and writes the summaries again. The pages a goal was read on are
 * also kept on their own (`pages`): which goals belong on the page is decided from those, and only the
 * views the first screen shows are read (fifty goals' progress and year-long trends were most of a
 * cold first screen after a simulated year: npm run bench -- --only=year).
 *
 * `storage.session` rather than IndexedDB: it is held in memory by the browser and read in one call,
 * it needs no database version or migration, and it is cleared when the browser closes (the first open
 * after a browser start computes from history, as every open did before).
 */
import type { GoalView } from '../messages';
import type { GoalProgress } from '../progress/types';

export interface GoalSummary {
  /** The key the view was computed for (lib/background/service.ts, `viewsFor`). */
  key: string;
  progress: GoalProgress;
  trend: GoalView['trend'];
  /** The distinct pages the goal was read on; null when there are too many to keep (then its history is read). */
  readOn: string[] | null;
}

export interface GoalSummaries {
  get(goalIds: readonly string[]): Promise<Map<string, GoalSummary>>;
  /**
   * Only the pages each goal was read on (`GoalSummary.readOn`): which goals belong on a page, decided
   * without reading fifty goals' progress and trend to show the few a first screen has room for.
   */
  pages(goalIds: readonly string[]): Promise<Map<string, string[] | null>>;
  set(summaries: ReadonlyMap<string, GoalSummary>): Promise<void>;
  /** Forgets these goals' summaries, or every goal's. */
  delete(goalIds: Iterable<string> | 'all'): Promise<void>;
}

/** The part of `storage.session` used here. */
export interface SummaryArea {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

const PREFIX = 'goal-view:';
const PAGES_PREFIX = 'goal-pages:';
/** Beyond this many pages the list would cost more to keep than the history costs to read. */
export const MAX_READ_ON = 50;

export function sessionSummaries(area: SummaryArea): GoalSummaries {
  return {
    async get(goalIds) {
      if (!goalIds.length) return new Map();
      const items = await area.get(goalIds.map((id) => PREFIX + id));
      const out = new Map<string, GoalSummary>();
      for (const id of goalIds) {
        const s = items[PREFIX + id] as GoalSummary | undefined;
        if (s && typeof s.key === 'string' && s.progress && Array.isArray(s.trend)) out.set(id, s);
      }
      return out;
    },
    async pages(goalIds) {
      if (!goalIds.length) return new Map();
      const items = await area.get(goalIds.map((id) => PAGES_PREFIX + id));
      const out = new Map<string, string[] | null>();
      for (const id of goalIds) {
        const pages = items[PAGES_PREFIX + id];
        if (pages === null || (Array.isArray(pages) && pages.every((p) => typeof p === 'string'))) out.set(id, pages as string[] | null);
      }
      return out;
    },
    async set(summaries) {
      if (!summaries.size) return;
      await area.set(Object.fromEntries([...summaries].flatMap(([id, s]) => [[PREFIX + id, s], [PAGES_PREFIX + id, s.readOn]])));
    },
    async delete(goalIds) {
      const keys =
        goalIds === 'all'
          ? Object.keys(await area.get(null)).filter((k) => k.startsWith(PREFIX) || k.startsWith(PAGES_PREFIX))
          : [...goalIds].flatMap((id) => [PREFIX + id, PAGES_PREFIX + id]);
      if (keys.length) await area.remove(keys);
    },
  };
}

/** The distinct pages in a history, or null past MAX_READ_ON. */
export function pagesReadOn(history: ReadonlyArray<{ pageUrl: string }>): string[] | null {
  const pages = new Set<string>();
  for (const o of history) {
    pages.add(o.pageUrl);
    if (pages.size > MAX_READ_ON) return null;
  }
  return [...pages];
}
