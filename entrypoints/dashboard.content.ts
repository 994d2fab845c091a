import { browser } from 'wxt/browser';
import { findPage } from '@/lib/adapters/registry';
import { SUPPORTED_DASHBOARD_MATCHES } from '@/lib/dashboards';
import { createBadgeLayer } from '@/lib/content/badges';
import { startReadLoop } from '@/lib/content/read-loop';
import type { ContextCellQuery, Message, PicksChanged, Reply } from '@/lib/messages';
import { withPickedCells, type PagePick } from '@/lib/picker/picked-cells';
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
    let picks: PagePick[] = [];
    let rightClicked: EventTarget | null = null;
    ctx.addEventListener(document, 'contextmenu', (e) => (rightClicked = e.target), { capture: true });
    // Numbers the user picked on this page ("Track a number on this site") are read with the rest.
    const loadPicks = async () => {
      const message: Message<'content/get-picks'> = { kind: 'content/get-picks', payload: {} };
      const reply = (await browser.runtime.sendMessage(message).catch(() => undefined)) as Reply<'content/get-picks'> | undefined;
      if (!reply?.ok || ctx.isInvalid) return;
      picks = reply.data.picks;
      loop.readSoon();
    };
    // The background asks which number "Set a goal for this number" was chosen on, and says when picks change.
    const answerContextCell = (message: unknown, sender: { id?: string }, respond: (reply: unknown) => void): undefined => {
      if (sender.id !== browser.runtime.id) return;
      if ((message as PicksChanged | null)?.kind === 'background/picks-changed') void loadPicks();
      if ((message as ContextCellQuery | null)?.kind !== 'background/context-cell') return;
      const target = rightClicked instanceof Node ? rightClicked : null;
      const cell = target ? elements.findIndex((el) => el === target || el.contains(target) || target.contains(el)) : -1;
      respond({ cell: cell >= 0 ? cell : null });
    };
    browser.runtime.onMessage.addListener(answerContextCell);
    const loop = startReadLoop({
      win: window,
      find: () =>
        withPickedCells(
          findPage({ doc: document, url: new URL(location.href), locale: document.documentElement.lang || navigator.language, today: localIsoDate(new Date()) }),
          document,
          picks,
        ),
      onFound: (found) => {
        elements = found.elements;
        badges.setElements(found.elements);
      },
      isOwnRecord: (record) => badges.isOwnRecord(record),
      send: async (read) => {
        if (ctx.isInvalid) return;
        const message: Message<'content/page-read'> = { kind: 'content/page-read', payload: read };
        const reply = (await browser.runtime.sendMessage(message)) as Reply<'content/page-read'> | undefined;
        if (reply?.ok) badges.setBadges(reply.data.badges);
      },
    });
    void loadPicks();
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
