/**
 * The keyboard command: Alt+Shift+G (manifest `commands['open-side-panel']`) opens the side panel,
 * showing what Goalpost read on the current tab.
 *
 * Why Xvfb and xdotool: a command's shortcut is a browser accelerator, caught by Chromium's browser
 * process before any page sees the key. Headless Chromium has no window system to take keys from,
 * and Playwright's `keyboard.press` sends them straight to the page's renderer over DevTools
 * (Input.dispatchKeyEvent), past the accelerators — tried headful too: the panel stays shut. So this
 * suite runs Chromium headful on a virtual X display (Xvfb) and types the keys as X events
 * (xdotool), which reach the browser the way a real keyboard's do. Both come from apt: xvfb, xdotool.
 */
import { describe, expect, it } from 'vitest';
import { dashboardOnDisplay, focusBrowserWindow, inSidePanel, sidePanels, xdotool } from './display';

declare const chrome: { commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> } };

describe('keyboard command', () => {
  const on = dashboardOnDisplay('https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome', 'test/fixtures/ga4/home-en.html');

  it('has Alt+Shift+G assigned on install, from the manifest’s suggested key', async () => {
    const commands = await on.worker.evaluate(() => chrome.commands.getAll());
    expect(commands).toContainEqual(expect.objectContaining({ name: 'open-side-panel', shortcut: 'Alt+Shift+G' }));
  });

  it('opens the side panel on Alt+Shift+G, showing the tab’s readings', async () => {
    // The negative control: nothing has opened the panel yet.
    expect(await sidePanels(on.worker)).toEqual([]);

    // The browser window takes the keyboard (there is no window manager to give it focus), then the keys.
    const browserWindow = focusBrowserWindow(on.display);
    expect(xdotool(on.display, 'getwindowfocus')).toBe(browserWindow);
    xdotool(on.display, 'key', '--clearmodifiers', 'alt+shift+g');

    await expect.poll(() => sidePanels(on.worker), { timeout: 10_000 }).toEqual([
      expect.objectContaining({ documentUrl: `chrome-extension://${on.session.extensionId}/sidepanel.html` }),
    ]);
    // The panel shows the dashboard tab's reading: GA4's "Active users" card, 12K.
    await expect.poll(() => inSidePanel(on.probe, 'li.reading[data-metric="active-users"]'), { timeout: 15_000 }).toMatch(/Active users\s*12K/);
  });
});
