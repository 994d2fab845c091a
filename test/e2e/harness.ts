/**
 * Launches the production build in Debian's Chromium (branded Chrome ignores --load-extension) and
 * serves fixture pages at the dashboards' real URLs, so the manifest's own `matches` inject the
 * content script exactly as they would for a user.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { TabView } from '../../lib/messages';

/** The slice of the extension API the tests call inside extension pages. */
declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  runtime: { sendMessage(m: unknown): Promise<{ data: unknown }> };
};

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, process.env.GOALPOST_OUT_DIR ?? '.output', 'chrome-mv3');

export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: install Debian’s chromium (apt-get install -y chromium) or set CHROME_PATH.');
  return found;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /**
   * Requests to anywhere no fixture serves, from any context: what would have left the machine.
   * They are aborted, and every suite checks this list stays empty.
   */
  unexpectedRequests: string[];
  /** Serves these fixture pages at their real URLs, replacing what was served before. */
  serve(pages: ReadonlyArray<{ url: string; fixture: string }>): void;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /**
   * An X display (":99", e.g. a virtual one from Xvfb) to run the browser on, headful: for what only
   * the window system can do, such as typing a command's keyboard shortcut. Implies `headless: false`.
   */
  display?: string;
  locale?: string;
  /**
   * Sites the user allowed earlier ("https://shop.example.com/*"), as the browser remembers them in
   * the profile. The permission prompt cannot be answered headless (Playwright treats extension
   * prompts as out of scope, microsoft/playwright#32755), so a profile with the grant already made is
   * the closest honest stand-in: the extension then sees the grant through its own permissions API.
   */
  grantedOrigins?: string[];
  /**
   * Origins reached for real ("http://127.0.0.1:5984": a test server this run started on this
   * machine), neither refused nor counted in `unexpectedRequests`. Every other origin still is.
   */
  reachableOrigins?: string[];
}

export async function launchWithExtension(opts: LaunchOptions = {}): Promise<ExtensionSession> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No build at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  // Playwright reports service-worker requests only with this set; without it the background's would go unseen.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const profile = mkdtempSync(join(tmpdir(), 'goalpost-profile-'));
  if (opts.grantedOrigins?.length) await grantInProfile(profile, opts.grantedOrigins, opts);
  const context = await chromium.launchPersistentContext(profile, {
    ...browserOptions(opts),
    locale: opts.locale ?? 'en-US',
    acceptDownloads: true,
    viewport: { width: 1200, height: 900 },
  });
  const unexpectedRequests: string[] = [];
  const reachable = new Set(opts.reachableOrigins ?? []);
  let served = new Map<string, Array<{ url: string; body: Buffer }>>();
  // One route for everything: fixture pages are answered from disk, all else is recorded and refused.
  await context.route('**/*', (route) => {
    const request = route.request();
    const url = new URL(request.url());
    // The extension's own files and local files (downloads under test) are not the network.
    if (LOCAL_PROTOCOLS.includes(url.protocol) || reachable.has(url.origin)) return route.continue();
    const pages = served.get(url.origin);
    if (!pages) return route.abort('blockedbyclient');
    const page = pages.find((p) => p.url === withoutHash(request.url()));
    if (request.resourceType() !== 'document' || !page) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page.body });
  });
  // Every request from any context — service worker, extension pages, content scripts, pages — is
  // seen here; one to an origin no fixture serves would have left the machine.
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (LOCAL_PROTOCOLS.includes(url.protocol) || served.has(url.origin) || reachable.has(url.origin)) return;
    const from = request.serviceWorker() ? 'service worker' : (request.frame().url() || 'page');
    unexpectedRequests.push(`${request.method()} ${request.url()} (from ${from})`);
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    unexpectedRequests,
    serve(pages) {
      served = fixtureMap(pages);
    },
    close: () => context.close(),
  };
}

const isHeadless = (opts: LaunchOptions) => !opts.display && opts.headless !== false;

function browserOptions(opts: LaunchOptions) {
  return {
    executablePath: chromiumPath(),
    headless: isHeadless(opts),
    // Playwright hands the browser this environment instead of process.env when it is given.
    env: opts.display ? { ...process.env, DISPLAY: opts.display } : undefined,
    args: chromiumArgs(opts),
  };
}

function chromiumArgs(opts: LaunchOptions): string[] {
  return [
    ...(isHeadless(opts) ? ['--headless=new'] : []),
    // On the X display given, even where WAYLAND_DISPLAY would make Chromium pick Wayland.
    ...(opts.display ? ['--ozone-platform=x11'] : []),
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    ...(opts.locale ? [`--lang=${opts.locale}`] : []),
  ];
}

/** Starts the profile once (so the browser records the extension), then adds the grants to what it recorded. */
async function grantInProfile(profile: string, origins: readonly string[], opts: LaunchOptions): Promise<void> {
  const first = await chromium.launchPersistentContext(profile, browserOptions(opts));
  let [worker] = first.serviceWorkers();
  worker ??= await first.waitForEvent('serviceworker', { timeout: 30_000 });
  const id = new URL(worker.url()).host;
  await first.close();
  const file = join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const settings = prefs.extensions?.settings?.[id];
  if (!settings?.granted_permissions) throw new Error('The profile holds no permissions for Goalpost: Chromium changed how it records them.');
  for (const key of ['granted_permissions', 'active_permissions']) {
    for (const list of ['explicit_host', 'scriptable_host']) settings[key][list] = [...new Set([...(settings[key][list] ?? []), ...origins])];
  }
  writeFileSync(file, JSON.stringify(prefs));
}

const withoutHash = (u: string) => u.split('#')[0]!;
const LOCAL_PROTOCOLS = ['chrome-extension:', 'data:', 'blob:', 'file:'];

function fixtureMap(pages: ReadonlyArray<{ url: string; fixture: string }>) {
  const byOrigin = new Map<string, Array<{ url: string; body: Buffer }>>();
  for (const p of pages) {
    const origin = new URL(p.url).origin;
    byOrigin.set(origin, [...(byOrigin.get(origin) ?? []), { url: withoutHash(p.url), body: readFileSync(resolve(ROOT, p.fixture)) }]);
  }
  return byOrigin;
}

export async function openExtensionPage(session: ExtensionSession, path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

/** The tab id Chromium gave the tab showing `url`, asked from inside an extension page. */
export async function tabIdOf(extensionPage: Page, urlPrefix: string): Promise<number> {
  return extensionPage.evaluate(async (prefix) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t: { id?: number; url?: string }) => t.url?.startsWith(prefix));
    if (!tab?.id) throw new Error(`no tab at ${prefix}`);
    return tab.id;
  }, urlPrefix);
}

/** The background's view of a tab (what the side panel renders), asked from inside an extension page. */
export async function tabView(extensionPage: Page, tabId: number): Promise<TabView> {
  return extensionPage.evaluate(async (id) => (await chrome.runtime.sendMessage({ kind: 'page/get-tab-view', payload: { tabId: id } })).data, tabId) as Promise<TabView>;
}

/** An ISO date `n` days from today, so a test means the same whenever it runs. */
export const inDays = (n: number): string => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** A service worker as Playwright hands it out (`BrowserContext.serviceWorkers()`). */
export type ServiceWorkerHandle = ReturnType<BrowserContext['serviceWorkers']>[number];

/** The extension's live background service worker; after an extension reload, the new one. */
export async function backgroundWorker(session: ExtensionSession): Promise<ServiceWorkerHandle> {
  const ours = (w: ServiceWorkerHandle) => w.url().startsWith(`chrome-extension://${session.extensionId}/`);
  return session.context.serviceWorkers().filter(ours).at(-1) ?? session.context.waitForEvent('serviceworker', { predicate: ours, timeout: 30_000 });
}

/**
 * What Chromium reports of the extension's service worker ("running", "stopped", "starting"…),
 * through the DevTools ServiceWorker domain on a page already open (opening or closing a tab could
 * itself wake the worker: the background listens to `tabs.onRemoved`). `act` runs with the domain
 * enabled and may wait for a state with `until`.
 */
async function withWorkerVersions<T>(
  session: ExtensionSession,
  act: (tools: {
    cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>>;
    versions: () => Array<{ versionId: string; runningStatus: string }>;
    until: (done: () => boolean, what: string) => Promise<void>;
  }) => Promise<T>,
): Promise<T> {
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  const cdp = await session.context.newCDPSession(page);
  type Version = { versionId: string; scriptURL: string; runningStatus: string };
  const latest = new Map<string, Version>();
  let check = () => {};
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: Version[] }) => {
    for (const v of versions) if (v.scriptURL.startsWith(`chrome-extension://${session.extensionId}/`)) latest.set(v.versionId, v);
    check();
  });
  const until = (done: () => boolean, what: string) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`service worker: timed out waiting until ${what}`)), 30_000);
      check = () => {
        if (!done()) return;
        clearTimeout(timer);
        resolve();
      };
      check();
    });
  try {
    await cdp.send('ServiceWorker.enable');
    await until(() => latest.size > 0, 'its version is reported');
    return await act({ cdp, versions: () => [...latest.values()], until });
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Stops the extension's service worker as Chromium does when it has been idle, and returns once
 * Chromium reports it stopped: the next event starts it again from a fresh global scope. Anything
 * the background listens to is such an event: a message, but also closing a tab. `stopWorker` works
 * headless (unlike chrome://serviceworker-internals). Playwright keeps the same Worker handle across
 * the restart; an `evaluate` made while the worker is stopped waits for its next start.
 */
export async function stopServiceWorker(session: ExtensionSession): Promise<void> {
  await withWorkerVersions(session, async ({ cdp, versions, until }) => {
    for (const v of versions().filter((x) => x.runningStatus !== 'stopped')) await cdp.send('ServiceWorker.stopWorker', { versionId: v.versionId });
    await until(() => versions().every((v) => v.runningStatus === 'stopped'), 'it is stopped');
  });
}

/** Whether the extension's service worker is running now, as Chromium reports it (asking does not wake it). */
export async function serviceWorkerRunning(session: ExtensionSession): Promise<boolean> {
  return withWorkerVersions(session, async ({ versions }) => versions().some((v) => v.runningStatus !== 'stopped'));
}

/**
 * Reloads the extension as an update would (`chrome.runtime.reload()` in its service worker) and
 * returns the new worker. The extension id stays the same; its open pages close. Chromium re-enables
 * a reloaded unpacked extension only in developer mode (otherwise it stays disabled as an
 * "unsupported developer extension"), so developer mode is switched on first, as chrome://extensions does.
 */
export async function reloadExtension(session: ExtensionSession): Promise<ServiceWorkerHandle> {
  type DeveloperPrivate = { updateProfileConfiguration(update: { inDeveloperMode: boolean }, done: () => void): void };
  type Runtime = { lastError?: { message?: string }; reload(): void };
  const settings = await session.context.newPage();
  try {
    await settings.goto('chrome://extensions');
    await settings.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const { chrome } = globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate; runtime: Runtime } };
          chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, () =>
            chrome.runtime.lastError ? reject(new Error(chrome.runtime.lastError.message)) : resolve(),
          );
        }),
    );
  } finally {
    await settings.close();
  }
  const old = await backgroundWorker(session);
  const next = session.context.waitForEvent('serviceworker', {
    predicate: (w) => w !== old && w.url().startsWith(`chrome-extension://${session.extensionId}/`),
    timeout: 30_000,
  });
  // Reloading from a timer lets this evaluation answer before the worker goes away.
  await old.evaluate(() => void setTimeout(() => (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime.reload(), 0));
  return next;
}
