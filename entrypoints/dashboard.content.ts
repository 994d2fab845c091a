import { browser } from 'wxt/browser';
import { DASHBOARD_ADAPTERS } from '@/lib/adapters/dashboard-adapters';
import { findStepsWith, matchingAdapter, nothingFound } from '@/lib/adapters/find';
import { SUPPORTED_DASHBOARD_MATCHES } from '@/lib/dashboards';
import { runReader } from '@/lib/content/reader';

/**
 * Finds the supported dashboards' numbers and reports them; owns no storage (IndexedDB here would be
 * the dashboard's). `wxt/browser` is the browser's own API here, not the polyfill (see wxt.config.ts).
 * Sites the user allowed get `site.content.ts` instead, registered at run time.
 */
export default defineContentScript({
  matches: [...SUPPORTED_DASHBOARD_MATCHES],
  // Looker Studio reports are often embedded in other pages through an iframe.
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    runReader({
      runtime: browser.runtime as never,
      ctx,
      win: window,
      // A dashboard page no reader claims (a login or settings page) is read as showing nothing.
      find: (page) => {
        const adapter = matchingAdapter(page.url, DASHBOARD_ADAPTERS);
        return adapter ? findStepsWith(page, adapter) : nothingFound(page);
      },
    });
  },
});
