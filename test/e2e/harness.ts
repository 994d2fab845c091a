/**
 * Launches the production build in Debian's Chromium (branded Chrome ignores --load-extension) and
 * serves fixture pages at the dashboards' real URLs, so the manifest's own `matches` inject the
 * content script exactly as they would for a user.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';

/** The slice of the extension API the tests call inside extension pages. */
declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: install Debian’s chromium (apt-get install -y chromium) or set CHROME_PATH.');
  return found;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Every request made by an extension context or leaving the machine, for the no-network check. */
  requests: Request[];
  close(): Promise<void>;
}

export async function launchWithExtension(opts: { headless?: boolean; locale?: string } = {}): Promise<ExtensionSession> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No build at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'goalpost-profile-')), {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    locale: opts.locale ?? 'en-US',
    acceptDownloads: true,
    viewport: { width: 1200, height: 900 },
    args: [
      ...(opts.headless === false ? [] : ['--headless=new']),
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(opts.locale ? [`--lang=${opts.locale}`] : []),
    ],
  });
  const requests: Request[] = [];
  context.on('request', (r) => requests.push(r));
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, requests, close: () => context.close() };
}

/**
 * Serves fixture pages at real dashboard URLs inside this browser context only. Each page is chosen by
 * origin, path and query (the hash never reaches a server); anything else on those origins gets a 404,
 * so a test never depends on the network.
 */
export async function serveFixtures(context: BrowserContext, pages: ReadonlyArray<{ url: string; fixture: string }>): Promise<void> {
  const withoutHash = (u: string) => u.split('#')[0]!;
  const byOrigin = new Map<string, Array<{ url: string; body: Buffer }>>();
  for (const p of pages) {
    const origin = new URL(p.url).origin;
    byOrigin.set(origin, [...(byOrigin.get(origin) ?? []), { url: withoutHash(p.url), body: readFileSync(resolve(ROOT, p.fixture)) }]);
  }
  for (const [origin, entries] of byOrigin) {
    await context.route(`${origin}/**`, (route) => {
      const request = route.request();
      const page = entries.find((e) => e.url === withoutHash(request.url()));
      if (request.resourceType() !== 'document' || !page) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page.body });
    });
  }
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
