import { browser } from 'wxt/browser';
import { findPageSteps } from '@/lib/adapters/registry';
import { SUPPORTED_DASHBOARD_MATCHES } from '@/lib/dashboards';
import { createBadgeLayer } from '@/lib/content/badges';
import { startReadLoop } from '@/lib/content/read-loop';
import type { ContextCellQuery, Message, Reply } from '@/lib/messages';
import { localIsoDate } from '@/lib/time';

/**
 * Finds the dashboard's numbers and reports them; owns no storage (IndexedDB here would be the
 * dashboard's). `wxt/browser` is the browser's own API here, not the polyfill (see wxt.config.ts).
 */
export default defineContentScript({
  matches: [...SUPPORTED_DASHBOARD_MATCHES],
  // Looker Studio reports are often embedded in other pages through an iframe.
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const dir = getComputedStyle(document.documentElement).direction === 'rtl' ? 'rtl' : 'ltr';
    const badges = createBadgeLayer(document, dir);
    let elements: readonly Element[] = [];
    let rightClicked: EventTarget | null = null;
    ctx.addEventListener(document, 'contextmenu', (e) => (rightClicked = e.target), { capture: true });
    // The background asks which number "Set a goal for this number" was chosen on.
    const answerContextCell = (message: unknown, sender: { id?: string }, respond: (reply: unknown) => void): undefined => {
      if (sender.id !== browser.runtime.id || (message as ContextCellQuery | null)?.kind !== 'background/context-cell') return;
      const target = rightClicked instanceof Node ? rightClicked : null;
      const cell = target ? elements.findIndex((el) => el === target || el.contains(target) || target.contains(el)) : -1;
      respond({ cell: cell >= 0 ? cell : null });
    };
    browser.runtime.onMessage.addListener(answerContextCell);
    const loop = startReadLoop({
      win: window,
      find: () =>
        findPageSteps({ doc: document, url: new URL(location.href), locale: document.documentElement.lang || navigator.language, today: localIsoDate(new Date()) }),
      onFound: (found) => {
        elements = found.elements;
        badges.setElements(found.elements);
      },
      isOwnRecord: (record) => badges.isOwnRecord(record),
      send: async (read) => {
        if (ctx.isInvalid) return;
        const message: Message<'content/page-read'> = { kind: 'content/page-read', payload: read };
        const reply = (await browser.runtime.sendMessage(message)) as Reply<'content/page-read'> | undefined;
        if (!reply?.ok) throw new Error(reply?.error ?? 'No answer to a page read.');
        badges.setBadges(reply.data.badges);
      },
    });
    ctx.onInvalidated(() => {
      loop.stop();
      badges.remove();
      try {
        browser.runtime.onMessage.removeListener(answerContextCell);
      } catch {
        // the runtime is gone with the old extension context
      }
    });
  },
});
