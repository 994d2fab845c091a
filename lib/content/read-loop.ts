/**
 * Keeps a dashboard's readings current while the single-page app re-renders: reads after the DOM
 * has been quiet for a moment, on in-app navigation, and in idle time; sends only when what was read
 * changed, so the page's own constant updates cannot drive a send loop. Everything is passed in
 * (window, reader, sender), so it runs the same under test and in the content script.
 *
 * The page's thread is the dashboard's: a find runs in slices of idle time (`sliceMs` at most, less
 * when the browser's idle deadline says so); a change of text no find read is ignored; a change inside
 * found cells re-reads only those cells (lib/content/changes.ts); and when only cells changed, only
 * they are sent (`PageRead.changes`).
 */
import { rereadCells } from '../adapters/common';
import type { FindSteps, FoundPage, RawPage } from '../adapters/types';
import type { PageRead } from '../messages';
import { ALL, changedCells } from './changes';

/** Attributes by which dashboards show and hide a copy of a report (lib/adapters/visibility.ts). */
const VISIBILITY_ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden'];

export interface ReadLoopOptions {
  win: Window & typeof globalThis;
  /**
   * Starts a find of the dashboard's cells (DOM → text), run in slices; it must not throw
   * (`findPageSteps` never does). Interpretation happens in the background.
   */
  find(): FindSteps;
  /**
   * Sends what was found; resolves with the background's answer for the found elements, rejects when
   * the background did not take it (then the next read is sent whole).
   */
  send(read: PageRead, found: FoundPage): Promise<void>;
  /** Called after every find, sent or not: re-rendered elements need their badges again. */
  onFound?(found: FoundPage): void;
  /** Mutations Goalpost itself causes (badges) never trigger a read. */
  isOwnRecord?(record: MutationRecord): boolean;
  /** Quiet time after the last mutation before reading. */
  debounceMs?: number;
  /** Longest a read may be postponed by a page that never stops mutating. */
  maxWaitMs?: number;
  /** Longest slice of a find run in one go; the rest waits for the next idle time. */
  sliceMs?: number;
  now?: () => Date;
}

export interface ReadLoop {
  /** Reads everything again once the page is quiet (in idle time) — used on start, navigation, by tests. */
  readSoon(): void;
  stop(): void;
}

type IdleWindow = Window & {
  requestIdleCallback?: (cb: (deadline: IdleDeadline) => void, opts?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

export function startReadLoop(opts: ReadLoopOptions): ReadLoop {
  const win = opts.win as typeof opts.win & IdleWindow;
  const debounceMs = opts.debounceMs ?? 400;
  const maxWaitMs = opts.maxWaitMs ?? 3000;
  const sliceMs = opts.sliceMs ?? 8;
  const now = opts.now ?? (() => new Date());
  const clock = () => win.performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt = 0;
  let idleHandle: number | undefined;
  let sendHandle: number | undefined;
  let stopped = false;
  /** The last find (or re-read cells) and the last read sent. */
  let last: FoundPage | null = null;
  let sent: PageRead | null = null;
  /** What changed since `last`: cells to re-read alone, or everything. */
  let dirty: Set<number> | typeof ALL = ALL;
  /** A find in progress, and the mutations seen meanwhile (judged against its result). */
  let running: FindSteps | null = null;
  let during: MutationRecord[] = [];

  const finish = (found: FoundPage) => {
    last = found;
    opts.onFound?.(found);
    // Sending thousands of cells is a task of its own: the find's last slice may have used its time.
    sendHandle ??= idle(() => {
      sendHandle = undefined;
      if (!stopped && last) sendRead(last);
    });
  };

  const sendRead = (found: FoundPage) => {
    const url = win.location.href;
    const base = sent?.pageUrl === url ? sent : null;
    const changed = base ? changedCellIndexes(base.raw, found.raw) : null;
    // The page's own constant re-renders usually change nothing Goalpost reads: send only on change.
    if (changed && !changed.length) return;
    const read: PageRead = { pageUrl: url, title: win.document.title.slice(0, 300), readAt: now().toISOString(), raw: found.raw };
    sent = read;
    const cells = found.raw.cells;
    // A few changed cells travel alone: serialising thousands of cells is the costliest part of a read.
    const message: PageRead =
      base && changed && changed.length * 2 < cells.length
        ? { ...read, raw: { ...found.raw, cells: changed.map((i) => cells[i]!) }, changes: { since: base.readAt, at: changed } }
        : read;
    opts.send(message, found).catch(() => {
      // The background may be restarting or no longer have the read the changes were to: forget what
      // was sent, and send the whole read again at once if it was only changes.
      if (sent !== read) return;
      sent = null;
      if (message.changes) sendRead(found);
    });
  };

  /** One idle slice: starts a find or re-reads changed cells, and runs the find until the slice ends. */
  const slice = (deadline?: IdleDeadline) => {
    idleHandle = undefined;
    if (stopped) return;
    const end = clock() + (deadline && !deadline.didTimeout ? Math.min(sliceMs, deadline.timeRemaining()) : sliceMs);
    if (!running) {
      const cells = dirty;
      dirty = new Set();
      if (cells !== ALL && last) {
        if (!cells.size) return;
        const reread = rereadCells(last, cells);
        if (reread) return finish(reread);
      }
      running = opts.find();
    }
    // At least one step per slice, so a find always ends, even when idle time never comes.
    let step = running.next();
    while (!step.done && clock() < end) step = running.next();
    if (!step.done) return scheduleSlice();
    running = null;
    finish(step.value);
    // Changes made while the find ran may have come before or after it read that part: judged now.
    if (during.length) note(during);
    during = [];
    if (dirty === ALL || dirty.size) schedule();
  };

  const idle = (run: (deadline?: IdleDeadline) => void): number =>
    win.requestIdleCallback ? win.requestIdleCallback(run, { timeout: 1000 }) : (win.setTimeout(run, 0) as unknown as number);
  const cancelIdle = (handle: number | undefined) => {
    if (handle === undefined) return;
    if (win.cancelIdleCallback) win.cancelIdleCallback(handle);
    else win.clearTimeout(handle);
  };

  const scheduleSlice = () => {
    if (idleHandle !== undefined || stopped) return;
    idleHandle = idle(slice);
  };

  const schedule = () => {
    if (stopped) return;
    const t = Date.now();
    if (timer === undefined) firstPendingAt = t;
    else clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - t));
    timer = setTimeout(() => {
      timer = undefined;
      // A find in progress carries on; what changed meanwhile is read when it ends.
      if (!running) scheduleSlice();
    }, wait);
  };

  const readSoon = () => {
    // A find in progress is of the page before the navigation: it starts over once the app settles.
    running = null;
    during = [];
    cancelIdle(idleHandle);
    idleHandle = undefined;
    dirty = ALL;
    schedule();
  };

  /** Adds what `records` changed to `dirty`; whether anything read may have changed. */
  const note = (records: MutationRecord[]): boolean => {
    if (dirty === ALL) return true;
    const cells = changedCells(records, last, win.document);
    if (cells === ALL) dirty = ALL;
    else cells.forEach((c) => (dirty as Set<number>).add(c));
    return cells === ALL || cells.size > 0;
  };

  const observer = new win.MutationObserver((records) => {
    const theirs = opts.isOwnRecord ? records.filter((r) => !opts.isOwnRecord!(r)) : records;
    if (!theirs.length) return;
    if (!running) {
      if (note(theirs)) schedule();
    } else if (during.length + theirs.length > 500) {
      // Judged when the find ends; past a few hundred records a full find is cheaper than looking.
      dirty = ALL;
    } else {
      during.push(...theirs);
    }
  });
  // Attributes that can show or hide a copy of a report; judged against what the last find looked at.
  observer.observe(win.document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: VISIBILITY_ATTRIBUTES });
  win.addEventListener('hashchange', readSoon);
  win.addEventListener('popstate', readSoon);
  readSoon();

  return {
    readSoon,
    stop() {
      stopped = true;
      running = null;
      observer.disconnect();
      win.removeEventListener('hashchange', readSoon);
      win.removeEventListener('popstate', readSoon);
      if (timer !== undefined) clearTimeout(timer);
      cancelIdle(idleHandle);
      cancelIdle(sendHandle);
    },
  };
}

/**
 * Which cells of `b` differ from `a`'s, or null when more than cells differ (a cell added or gone,
 * the state, the dates, the notes). Cells are compared field by field, so a new cell field needs no
 * change here; comparing beats serialising thousands of cells to compare the texts.
 */
function changedCellIndexes(a: RawPage, b: RawPage): number[] | null {
  if (a.cells.length !== b.cells.length || JSON.stringify({ ...a, cells: 0 }) !== JSON.stringify({ ...b, cells: 0 })) return null;
  const changed: number[] = [];
  for (let i = 0; i < a.cells.length; i++) {
    const x = a.cells[i] as unknown as Record<string, unknown>;
    const y = b.cells[i] as unknown as Record<string, unknown>;
    // Cells re-read alone keep the other cells' objects.
    if (x === y) continue;
    const keys = Object.keys(y);
    // `at` (the cell's place) is an object: equal when its fields are.
    const same = (k: string) => x[k] === y[k] || (typeof y[k] === 'object' && JSON.stringify(x[k]) === JSON.stringify(y[k]));
    if (keys.length !== Object.keys(x).length || !keys.every(same)) changed.push(i);
  }
  return changed;
}
