/**
 * "Set a goal for this number", chosen in the browser's own context menu: right-click a number on the
 * dashboard, pick Goalpost's item, and the side panel opens on a goal form for that number.
 *
 * Why Xvfb and xdotool: the context menu is browser UI, which headless Chromium never shows. Run headful
 * on a virtual X display (./display), Chromium does show its native menu for a right-click Playwright
 * sends (over DevTools, at the number's exact position: the page sees an ordinary `contextmenu` on it),
 * and the menu then takes keys as X events, typed with xdotool — as a user's keyboard would choose the item.
 */
import { describe, expect, it } from 'vitest';
import type { ServiceWorkerHandle } from './harness';
import { dashboardOnDisplay, focusBrowserWindow, inSidePanel, sidePanels, xdotool } from './display';

declare const chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };

/** The metrics the background has from the dashboard's content script (its tab's report), once it has read the page. */
const readMetrics = (worker: ServiceWorkerHandle) =>
  worker.evaluate(async () =>
    Object.entries(await chrome.storage.session.get(null))
      .filter(([key]) => key.startsWith('tab:'))
      .flatMap(([, report]) => (report as { readings: Array<{ metric: string }> }).readings.map((reading) => reading.metric)),
  );

/** The windows shown on `display` (the native menu is one of its own, popped up over the browser's). */
const shownWindows = (display: string) => xdotool(display, 'search', '--onlyvisible', '--name', '').split('\n').filter(Boolean);

describe('context menu', () => {
  const on = dashboardOnDisplay('https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome', 'test/fixtures/ga4/home-en.html');

  it('"Set a goal for this number" opens the side panel on a goal for the right-clicked number', async () => {
    // The negative control: nothing has opened the panel yet.
    expect(await sidePanels(on.worker)).toEqual([]);
    // The content script is up and has found the numbers (it reports them once found): only then is a
    // right-click noticed and mapped to a reading. Right-clicked before that, the menu item has no number.
    await expect.poll(() => readMetrics(on.worker), { timeout: 15_000 }).toContain('new-users');
    focusBrowserWindow(on.display);
    const before = shownWindows(on.display);

    await on.dashboard.locator('[role="tab"][aria-label^="New users"] div.value').click({ button: 'right' });
    // The native menu is up: a window of its own.
    await expect.poll(() => shownWindows(on.display).length, { timeout: 10_000 }).toBeGreaterThan(before.length);

    // Choose the item with the keyboard. With nothing highlighted, Up wraps to the last item. On a page
    // the menu ends: …, [extension items], separator, "View page source", "Inspect" (Chromium's
    // developer items, always last); Goalpost has one item, so it is shown itself, not in a submenu:
    // Up ×3 highlights it. What was chosen shows in the outcome below: only Goalpost's item opens its
    // side panel.
    for (let i = 0; i < 3; i++) xdotool(on.display, 'key', 'Up');
    xdotool(on.display, 'key', 'Return');

    await expect.poll(() => sidePanels(on.worker), { timeout: 10_000 }).toEqual([
      expect.objectContaining({ documentUrl: `chrome-extension://${on.session.extensionId}/sidepanel.html` }),
    ]);
    // The panel shows the goal form, its metric the right-clicked number's: GA4's "New users" card.
    await expect.poll(() => inSidePanel(on.probe, 'select[name="metric"]', 'value'), { timeout: 15_000 }).toBe('new-users');
  });
});
