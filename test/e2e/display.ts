/**
 * A virtual X display for suites that need the window system: what only real input reaches (a
 * command's keyboard shortcut, the browser's native context menu) cannot be driven headless or over
 * DevTools. Chromium runs headful on Xvfb and xdotool types and clicks as X events, the way a real
 * keyboard and mouse do. Both come from apt: xvfb, xdotool.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll } from 'vitest';
import { backgroundWorker, launchWithExtension, openExtensionPage, type ExtensionSession, type ServiceWorkerHandle } from './harness';
import { closeAfterAll } from './suite';

declare const chrome: {
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<Array<{ documentUrl?: string }>> };
  extension: { getViews(): Window[] };
};

/** Fails, naming the apt packages to install, when the programs these suites drive are missing: not a skip. */
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
export function xdotool(display: string, ...args: string[]): string {
  return execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: display }, encoding: 'utf8', timeout: 15_000 }).trim();
}

/** The browser's window on `display` (the first visible Chromium one), focused: there is no window manager to give it focus. */
export function focusBrowserWindow(display: string): string {
  const browserWindow = xdotool(display, 'search', '--sync', '--onlyvisible', '--class', 'chromium').split('\n')[0]!;
  xdotool(display, 'windowfocus', '--sync', browserWindow);
  return browserWindow;
}

export interface DashboardOnDisplay {
  display: string;
  session: ExtensionSession;
  worker: ServiceWorkerHandle;
  /** The dashboard, in the active tab of the browser's one window. */
  dashboard: Page;
  /** An extension page to look into the side panel from (see `inSidePanel`). */
  probe: Page;
}

/**
 * For a suite: Xvfb, headful Chromium with the built extension on it, `url` answered with `fixture` and
 * open in the window's active tab; the teardown (no request left the machine, close, stop Xvfb) registered.
 * Call inside `describe`; the value is filled in by its beforeAll.
 */
export function dashboardOnDisplay(url: string, fixture: string): DashboardOnDisplay {
  const it = {} as DashboardOnDisplay;
  let xvfb: ChildProcess | undefined;
  beforeAll(async () => {
    requireTools();
    let display: string;
    ({ xvfb, display } = await startXvfb());
    const session = await launchWithExtension({ display });
    session.serve([{ url, fixture }]);
    // Opened first, so the dashboard is the active tab when keys or clicks reach the window.
    const probe = await openExtensionPage(session, 'popup.html');
    // The window's first tab (the headful browser opens with one), so all is in the one window xdotool finds.
    const dashboard = session.context.pages().find((page) => page !== probe) ?? (await session.context.newPage());
    await dashboard.goto(url);
    await dashboard.bringToFront();
    Object.assign(it, { display, session, worker: await backgroundWorker(session), dashboard, probe });
  });
  closeAfterAll(() => it.session, () => void xvfb?.kill());
  return it;
}

/** The side panels the browser has open (their documents' URLs). */
export const sidePanels = (worker: ServiceWorkerHandle) => worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }));

/**
 * The text (or a form field's value) of the first element matching `selector` in the open side panel;
 * null when no panel or no such element. Playwright does not attach to side panels (the browser
 * auto-attaches tabs only), but an extension page sees the windows of the extension's other pages.
 */
export function inSidePanel(probe: Page, selector: string, what: 'text' | 'value' = 'text'): Promise<string | null> {
  return probe.evaluate(
    ({ selector, what }) => {
      const panel = chrome.extension.getViews().find((view) => view.location.pathname === '/sidepanel.html');
      const element = panel?.document.querySelector<HTMLElement & { value?: string }>(selector);
      if (!element) return null;
      return what === 'value' ? (element.value ?? null) : element.textContent;
    },
    { selector, what },
  );
}
