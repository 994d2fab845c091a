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
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { backgroundWorker, launchWithExtension, openExtensionPage, type ExtensionSession, type ServiceWorkerHandle } from './harness';
import { closeAfterAll } from './suite';

declare const chrome: {
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<Array<{ documentUrl?: string }>> };
  extension: { getViews(): Window[] };
};

const GA4_HOME = 'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome';

/** Fails, naming the apt packages to install, when the programs this suite drives are missing: not a skip. */
function requireTools(): void {
  const onPath = (program: string) => (process.env.PATH ?? '').split(':').some((dir) => existsSync(join(dir, program)));
  const missing = [
    { program: 'Xvfb', apt: 'xvfb' },
    { program: 'xdotool', apt: 'xdotool' },
  ].filter((tool) => !onPath(tool.program));
  if (missing.length)
    throw new Error(`${missing.map((t) => t.program).join(' and ')} not found: install with \`apt-get install -y ${missing.map((t) => t.apt).join(' ')}\`.`);
}

/** Starts Xvfb on a display it picks itself (-displayfd: the first free one, written once it accepts clients). */
function startXvfb(): Promise<{ xvfb: ChildProcess; display: string }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let stderr = '';
    xvfb.stderr!.on('data', (chunk) => (stderr += chunk));
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before its display was up: ${stderr}`)));
    let number = '';
    xvfb.stdio[3]!.on('data', (chunk) => {
      number += chunk;
      if (number.includes('\n')) resolve({ xvfb, display: `:${number.trim()}` });
    });
  });
}

/** Runs xdotool on `display`; what it prints, trimmed. */
function xdotool(display: string, ...args: string[]): string {
  return execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: display }, encoding: 'utf8', timeout: 15_000 }).trim();
}

const sidePanels = (worker: ServiceWorkerHandle) => worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }));

describe('keyboard command', () => {
  let xvfb: ChildProcess | undefined;
  let display: string;
  let session: ExtensionSession;
  let dashboard: Page;
  let probe: Page;
  let worker: ServiceWorkerHandle;

  beforeAll(async () => {
    requireTools();
    ({ xvfb, display } = await startXvfb());
    session = await launchWithExtension({ display });
    session.serve([{ url: GA4_HOME, fixture: 'test/fixtures/ga4/home-en.html' }]);
    worker = await backgroundWorker(session);
    // An extension page to look into the side panel from: Playwright does not attach to it (the
    // browser does not auto-attach side panels, only tabs), but extension pages can see each other's
    // windows. Opened first, so the dashboard tab is the active one when the keys are typed.
    probe = await openExtensionPage(session, 'popup.html');
    // The window's first tab (the headful browser opens with one), so all is in the one window xdotool finds.
    dashboard = session.context.pages().find((page) => page !== probe) ?? (await session.context.newPage());
    await dashboard.goto(GA4_HOME);
    await dashboard.bringToFront();
  });

  closeAfterAll(() => session, () => void xvfb?.kill());

  it('has Alt+Shift+G assigned on install, from the manifest’s suggested key', async () => {
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    expect(commands).toContainEqual(expect.objectContaining({ name: 'open-side-panel', shortcut: 'Alt+Shift+G' }));
  });

  it('opens the side panel on Alt+Shift+G, showing the tab’s readings', async () => {
    // The negative control: nothing has opened the panel yet.
    expect(await sidePanels(worker)).toEqual([]);

    // The browser window takes the keyboard (there is no window manager to give it focus), then the keys.
    const browserWindow = xdotool(display, 'search', '--sync', '--onlyvisible', '--class', 'chromium').split('\n')[0]!;
    xdotool(display, 'windowfocus', '--sync', browserWindow);
    expect(xdotool(display, 'getwindowfocus')).toBe(browserWindow);
    xdotool(display, 'key', '--clearmodifiers', 'alt+shift+g');

    await expect.poll(() => sidePanels(worker), { timeout: 10_000 }).toEqual([
      expect.objectContaining({ documentUrl: `chrome-extension://${session.extensionId}/sidepanel.html` }),
    ]);
    // The panel shows the dashboard tab's reading: GA4's "Active users" card, 12K.
    const activeUsers = () =>
      probe.evaluate(() => {
        const panel = chrome.extension.getViews().find((view) => view.location.pathname === '/sidepanel.html');
        return panel?.document.querySelector('li.reading[data-metric="active-users"]')?.textContent ?? null;
      });
    await expect.poll(activeUsers, { timeout: 15_000 }).toMatch(/Active users\s*12K/);
  });
});
