/**
 * Keeps a dashboard's readings current while the single-page app re-renders: reads after the DOM
 * has been quiet for a moment, on in-app navigation, and in idle time; sends only when what was read
 * changed, so the page's own constant updates cannot drive a send loop. Everything is passed in
 * (window, reader, sender), so it runs the same under test and in the content script.
 */
import type { FoundPage } from '../adapters/types';
import type { PageRead } from '../messages';

export interface ReadLoopOptions {
  win: Window & typeof globalThis;
  /** Finds the dashboard's cells (DOM → text); interpretation happens in the background. */
  find(): FoundPage;
  /** Sends what was found; resolves with the background's answer for the found elements. */
  send(read: PageRead, found: FoundPage): Promise<void>;
  /** Called after every find, sent or not: re-rendered elements need their badges again. */
  onFound?(found: FoundPage): void;
  /** Mutations Goalpost itself causes (badges) never trigger a read. */
  isOwnRecord?(record: MutationRecord): boolean;
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
    const found = opts.find();
    opts.onFound?.(found);
    const raw = JSON.stringify(found.raw);
    // The page's own constant re-renders usually change nothing Goalpost reads: send only on change.
    const signature = `${win.location.href}\n${raw}`;
    if (signature === lastSignature) return;
    lastSignature = signature;
    const read: PageRead = { pageUrl: win.location.href, title: win.document.title.slice(0, 300), readAt: now().toISOString(), raw: found.raw };
    opts.send(read, found).catch(() => {
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
    if (opts.isOwnRecord && records.every((r) => opts.isOwnRecord!(r))) return;
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
