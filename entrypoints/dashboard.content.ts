import { browser } from 'wxt/browser';
import { readPage } from '@/lib/adapters/registry';
import { SUPPORTED_DASHBOARD_MATCHES } from '@/lib/dashboards';
import { startReadLoop } from '@/lib/content/read-loop';
import type { Message, PageReport } from '@/lib/messages';
import { localIsoDate } from '@/lib/time';

/** Reads the dashboard and reports to the background; owns no storage (IndexedDB here would be the dashboard's). */
export default defineContentScript({
  matches: [...SUPPORTED_DASHBOARD_MATCHES],
  // Looker Studio reports are often embedded in other pages through an iframe.
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const today = () => localIsoDate(new Date());
    const loop = startReadLoop({
      win: window,
      read: () =>
        readPage({ doc: document, url: new URL(location.href), locale: document.documentElement.lang || navigator.language, today: today() }),
      send: async (report: PageReport) => {
        if (ctx.isInvalid) return;
        const message: Message<'content/page-read'> = { kind: 'content/page-read', payload: report };
        await browser.runtime.sendMessage(message);
      },
    });
    ctx.onInvalidated(() => loop.stop());
  },
});

