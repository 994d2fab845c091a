/**
 * Keeps a dashboard's readings current while the single-page app re-renders: reads after the DOM
 * has been quiet for a moment, on in-app navigation, and in idle time; sends only when what was read
 * changed, so the page's own constant updates cannot drive a send loop. Everything is passed in
 * (window, reader, sender), so it runs the same under test and in the content script.
 */
import type { AdapterResult } from '../adapters/types';
import type { PageReport } from '../messages';

export interface ReadLoopOptions {
  win: Window & typeof globalThis;
  read(): AdapterResult;
  send(report: PageReport): Promise<void>;
  /** Called with each fresh read (the badges use it). */
  onRead?(result: AdapterResult): void;
  /** Nodes Goalpost itself adds (badges): their mutations never trigger a read. */
  isOwnNode?(node: Node): boolean;
  /** Quiet time after the last mutation before reading. */
  debounceMs?: number;
  /** Longest a read may be postponed by a page that never stops mutating. */
  maxWaitMs?: number;
  now?: () => Date;
}

export interface ReadLoop {
  /** Reads now (still through idle scheduling) — used on start and by tests. */
  readSoon(): void;
  stop(): void;
}

export function startReadLoop(opts: ReadLoopOptions): ReadLoop {
  const { win } = opts;
  const debounceMs = opts.debounceMs ?? 400;
  const maxWaitMs = opts.maxWaitMs ?? 3000;
  const now = opts.now ?? (() => new Date());
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt = 0;
  let idleHandle: number | undefined;
  let lastSignature = '';
  let stopped = false;

  const runRead = () => {
    idleHandle = undefined;
    if (stopped) return;
    const result = opts.read();
    opts.onRead?.(result);
    const readAt = now().toISOString();
    const pageUrl = win.location.href;
    const report: PageReport = {
      pageUrl,
      title: win.document.title.slice(0, 300),
      source: result.source,
      state: result.state,
      dateRange: result.dateRange,
      scope: result.scope,
      readings: result.readings.map(({ reading }) => ({ ...reading, pageUrl, readAt })),
      unrecognised: result.unrecognised,
      notes: result.notes,
      readAt,
    };
    // readAt changes every time; compare the rest so an unchanged page sends nothing.
    const signature = JSON.stringify({ ...report, readAt: '', readings: report.readings.map((r) => ({ ...r, readAt: '' })) });
    if (signature === lastSignature) return;
    lastSignature = signature;
    opts.send(report).catch(() => {
      // The background may be restarting; forget the signature so the next read is sent again.
      lastSignature = '';
    });
  };

  const scheduleIdleRead = () => {
    if (idleHandle !== undefined || stopped) return;
    const ric = (win as Window & { requestIdleCallback?: Window['requestIdleCallback'] }).requestIdleCallback;
    idleHandle = ric ? ric.call(win, runRead, { timeout: 1000 }) : (win.setTimeout(runRead, 0) as unknown as number);
  };

  const readSoon = () => {
    if (stopped) return;
    const t = Date.now();
    if (timer === undefined) firstPendingAt = t;
    else clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - t));
    timer = setTimeout(() => {
      timer = undefined;
      scheduleIdleRead();
    }, wait);
  };

  const observer = new win.MutationObserver((records) => {
    if (opts.isOwnNode && records.every((r) => opts.isOwnNode!(r.target))) return;
    readSoon();
  });
  observer.observe(win.document.documentElement, { childList: true, subtree: true, characterData: true });
  win.addEventListener('hashchange', readSoon);
  win.addEventListener('popstate', readSoon);
  readSoon();

  return {
    readSoon,
    stop() {
      stopped = true;
      observer.disconnect();
      win.removeEventListener('hashchange', readSoon);
      win.removeEventListener('popstate', readSoon);
      if (timer !== undefined) clearTimeout(timer);
      if (idleHandle !== undefined) (win as Window & { cancelIdleCallback?: (h: number) => void }).cancelIdleCallback?.(idleHandle);
    },
  };
}
