/**
 * What both content scripts do — the dashboards' and the one for sites the user allowed: read the
 * page in a loop, send what was found, draw the badges the background answers with, tell the
 * background which number was right-clicked, and stop cleanly when the extension goes away. The
 * browser's runtime and the content-script context come in from the entrypoint.
 */
import type { FindSteps } from '../adapters/types';
import type { ContextCellQuery, Message, PageRead, Reply } from '../messages';
import { localIsoDate } from '../time';
import { createBadgeLayer } from './badges';
import { startReadLoop, type ReadLoop } from './read-loop';
import { splitRead } from './split';

export interface ReaderRuntime {
  id: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown, sender: { id?: string }, respond: (reply: unknown) => void) => undefined): void;
    removeListener(listener: (message: unknown, sender: { id?: string }, respond: (reply: unknown) => void) => undefined): void;
  };
}

export interface ReaderContext {
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): void;
  addEventListener(target: EventTarget, type: 'contextmenu', listener: (e: Event) => void, options?: AddEventListenerOptions): void;
}

export interface ReaderOptions {
  runtime: ReaderRuntime;
  ctx: ReaderContext;
  win: Window & typeof globalThis;
  /** Starts a find of the page (the adapter list is the entrypoint's choice). */
  find(page: { doc: Document; url: URL; locale: string; today: string }): FindSteps;
  /** Other messages from the background (e.g. "the picks of this page changed"). */
  onMessage?(message: unknown, loop: ReadLoop): void;
}

export function runReader({ runtime, ctx, win, find, onMessage }: ReaderOptions): ReadLoop {
  const doc = win.document;
  const dir = win.getComputedStyle(doc.documentElement).direction === 'rtl' ? 'rtl' : 'ltr';
  const badges = createBadgeLayer(doc, dir);
  let elements: readonly Element[] = [];
  let rightClicked: EventTarget | null = null;
  ctx.addEventListener(doc, 'contextmenu', (e) => (rightClicked = e.target), { capture: true });
  // The background asks which number "Set a goal for this number" was chosen on.
  const listener = (message: unknown, sender: { id?: string }, respond: (reply: unknown) => void): undefined => {
    if (sender.id !== runtime.id) return;
    if ((message as ContextCellQuery | null)?.kind !== 'background/context-cell') {
      onMessage?.(message, loop);
      return;
    }
    const target = rightClicked && (rightClicked as Node).nodeType ? (rightClicked as Node) : null;
    const cell = target ? elements.findIndex((el) => el === target || el.contains(target) || target.contains(el)) : -1;
    respond({ cell: cell >= 0 ? cell : null });
  };
  runtime.onMessage.addListener(listener);
  let queue: Promise<void> = Promise.resolve();
  const sendRead = async (read: PageRead): Promise<void> => {
    const parts = splitRead(read, Math.random().toString(36).slice(2, 12));
    // Too many changes for one message: the read loop sends the whole read instead, in parts.
    if (parts.length > 1 && read.changes) throw new Error('Too many changes for one message.');
    let reply: Reply<'content/page-read'> | undefined;
    for (const payload of parts) {
      if (ctx.isInvalid) return;
      const message: Message<'content/page-read'> = { kind: 'content/page-read', payload };
      reply = (await runtime.sendMessage(message)) as Reply<'content/page-read'> | undefined;
      if (!reply?.ok) throw new Error(reply?.error ?? 'No answer to a page read.');
    }
    // The last part's answer is the read's: the badges for all of its cells.
    if (reply?.ok) badges.setBadges(reply.data.badges);
  };
  const loop = startReadLoop({
    win,
    find: () => find({ doc, url: new URL(win.location.href), locale: doc.documentElement.lang || win.navigator.language, today: localIsoDate(new Date()) }),
    onFound: (found) => {
      elements = found.elements;
      badges.setElements(found.elements);
    },
    isOwnRecord: (record) => badges.isOwnRecord(record),
    // One read at a time: the parts of a big read (lib/content/split.ts) must not mix with the next read's.
    send: (read) => {
      const sending = queue.then(() => sendRead(read));
      queue = sending.catch(() => {});
      return sending;
    },
  });
  ctx.onInvalidated(() => {
    loop.stop();
    badges.remove();
    try {
      runtime.onMessage.removeListener(listener);
    } catch {
      // the runtime is gone with the old extension context
    }
  });
  return loop;
}
