import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { findStepsWith, nothingFound } from '@/lib/adapters/find';
import type { Adapter } from '@/lib/adapters/types';
import { runReader } from '@/lib/content/reader';
import { DASHBOARD_MATCHES } from '@/lib/dashboards';

/**
 * One supported dashboard's content script: finds its numbers with its own reader and reports them;
 * owns no storage (IndexedDB here would be the dashboard's). Each dashboard has a script of its own
 * (entrypoints/<id>.content.ts), so a page loads only the reader it runs. `wxt/browser` is the
 * browser's own API here, not the polyfill (see wxt.config.ts). Sites the user allowed get
 * `site.content.ts` instead, registered at run time.
 */
export function dashboardScript(adapter: Adapter) {
  if (adapter.id === 'generic') throw new Error('The generic reader runs only on sites the user allowed (site.content.ts).');
  return defineContentScript({
    matches: [...DASHBOARD_MATCHES[adapter.id]],
    // Looker Studio reports are often embedded in other pages through an iframe.
    allFrames: true,
    runAt: 'document_idle',
    main(ctx) {
      runReader({
        runtime: browser.runtime as never,
        ctx,
        win: window,
        // A page of the dashboard its reader does not claim (a login or settings page) shows nothing.
        find: (page) => (adapter.matches(page.url) ? findStepsWith(page, adapter) : nothingFound(page)),
      });
    },
  });
}
