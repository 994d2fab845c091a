/**
 * Smoke test of the Firefox build (`.output/firefox-mv2`) in Debian's Firefox ESR, driven by
 * Puppeteer over WebDriver BiDi: the add-on installs (as a temporary add-on, `webExtension.install`)
 * with its dashboard host permissions granted; its content script runs on the GA4 fixture served at
 * the dashboard's real URL; what it read reaches the background, which interprets it and answers with
 * a badge for a goal, drawn on the page. Nothing may leave the machine meanwhile.
 *
 * How requests are seen: the dashboard tab's own requests are intercepted (the fixture is answered
 * from disk, its origin's other requests with 404, anything else recorded and refused), and every
 * other HTTP(S) request Firefox makes, from any part of it (background page, extension pages, the
 * content script's own fetches, Firefox itself), goes to a local proxy that records and refuses it.
 * Firefox's own Remote Settings sync is pointed nowhere (MOZ_DISABLE_NONLOCAL_CONNECTIONS, which
 * Mozilla's own test runs set, lets release builds honour that pref and has Firefox refuse
 * connections to non-local addresses), so the proxy must stay silent. The last test proves the proxy
 * does see the add-on's own requests.
 *
 * Needs /usr/bin/firefox-esr (Debian: `apt-get install -y firefox-esr`); fails without it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inDays, ROOT } from './harness';
import { SUPPORTED_DASHBOARD_MATCHES } from '../../lib/dashboards';
import { newGoal } from '../../lib/goals/model';
import type { TabView } from '../../lib/messages';

/** The slice of Firefox's extension API the test calls inside the add-on's own page. */
declare const browser: {
  runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data?: unknown; error?: string }> };
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  extension: { getBackgroundPage(): (Window & typeof globalThis) | null };
};

const FIREFOX = '/usr/bin/firefox-esr';
const FIREFOX_DIR = join(ROOT, process.env.GOALPOST_OUT_DIR ?? '.output', 'firefox-mv2');
const ADDON_ID = 'goalpost@goalpost.invalid';
/** Fixed through `extensions.webextensions.uuids`, so the test knows the add-on's moz-extension: origin. */
const ADDON_UUID = '0b7a3c9e-6f0d-4f4e-9d7c-2f6c1e0a5b11';
const GA4_HOME = 'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome';
const FIXTURE = 'test/fixtures/ga4/home-en';
const expected = JSON.parse(readFileSync(join(ROOT, `${FIXTURE}.expected.json`), 'utf8')) as { readings: Array<{ metric: string; value: number }> };

const withoutHash = (u: string) => u.split('#')[0]!;

describe('the Firefox build in Firefox ESR', () => {
  let ff: Browser | undefined;
  let proxy: Server | undefined;
  let probe: Page;
  let dashboard: Page;
  /** Requests to anywhere no fixture serves, from any context: what would have left the machine. */
  const unexpected: string[] = [];

  beforeAll(async () => {
    if (!existsSync(FIREFOX)) throw new Error(`Firefox ESR not found at ${FIREFOX}: install Debian’s firefox-esr (apt-get install -y firefox-esr).`);
    const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);

    proxy = createServer((req, res) => {
      unexpected.push(`${req.method} ${req.url} (proxy)`);
      res.writeHead(502).end();
    });
    proxy.on('connect', (req, socket) => {
      unexpected.push(`CONNECT ${req.url} (proxy)`);
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    });
    await new Promise<void>((resolve) => proxy!.listen(0, '127.0.0.1', resolve));
    const port = (proxy.address() as AddressInfo).port;

    ff = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX,
      headless: true,
      // Lets WebDriver BiDi navigate a tab to the add-on's own pages (moz-extension:).
      args: ['--remote-allow-system-access'],
      env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.failover_direct': false,
      },
    });
    expect(await ff.installExtension(FIREFOX_DIR)).toBe(ADDON_ID);
    probe = await openAddonPage(ff, 'popup.html');
  }, 60_000);

  afterAll(async () => {
    await ff?.close();
    await new Promise((resolve) => (proxy ? proxy.close(resolve) : resolve(undefined)));
  });

  it('installs with the dashboards’ host permissions granted', async () => {
    expect(await probe.evaluate((origins) => browser.permissions.contains({ origins }), [...SUPPORTED_DASHBOARD_MATCHES])).toBe(true);
  });

  it('reads the GA4 fixture at its real URL; the background interprets it and a badge is drawn for the goal', async () => {
    const goal = newGoal({ name: 'Active users 20K', metric: 'active-users', target: { kind: 'reach', value: 20000 }, start: '2026-10-01', deadline: inDays(60), scope: { source: 'ga4' } }, new Date().toISOString());
    expect(await probe.evaluate((g) => browser.runtime.sendMessage({ kind: 'page/save-goal', payload: { goal: g } }), goal)).toMatchObject({ ok: true });

    dashboard = await ff!.newPage();
    const body = readFileSync(join(ROOT, `${FIXTURE}.html`));
    await dashboard.setRequestInterception(true);
    dashboard.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== new URL(GA4_HOME).origin) {
        unexpected.push(`${request.method()} ${request.url()} (dashboard tab)`);
        return void request.abort();
      }
      if (request.isNavigationRequest() && withoutHash(request.url()) === withoutHash(GA4_HOME)) {
        return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      }
      return void request.respond({ status: 404, body: '' }); // e.g. Firefox's own favicon request
    });
    await dashboard.goto(GA4_HOME);

    // The background's view of the tab (what the side panel shows): filled only by the content script's reading.
    let view: TabView | undefined;
    await expect
      .poll(
        async () => {
          // As JSON: WebDriver BiDi sends an object met twice in a result (a goal's matched reading is
          // also in page.readings) only once, and Puppeteer gives `undefined` for the second.
          const json = await probe.evaluate(async (prefix) => {
            const tab = (await browser.tabs.query({})).find((t) => t.url?.startsWith(prefix));
            if (!tab?.id) return 'null';
            return JSON.stringify((await browser.runtime.sendMessage({ kind: 'page/get-tab-view', payload: { tabId: tab.id } })).data);
          }, withoutHash(GA4_HOME));
          view = JSON.parse(json) as TabView | undefined;
          return view?.page && view.page.readings.length >= expected.readings.length ? view.page.state : (view?.page?.state ?? 'nothing yet');
        },
        { timeout: 20_000, interval: 250 },
      )
      .toBe('ready');
    expect(view!.page!.source).toBe('ga4');
    expect(view!.page!.readings.map((r) => [r.metric, r.value])).toEqual(expect.arrayContaining(expected.readings.map((r) => [r.metric, r.value])));
    expect(view!.goals.map((g) => [g.goal.id, g.matched?.reading.value])).toEqual([[goal.id, 12000]]);

    // The badge layer attaches its host only once the background answered a reading with a badge.
    await dashboard.waitForFunction(() => document.querySelector('goalpost-badges') !== null, { timeout: 10_000 });
    expect(await dashboard.evaluate(() => document.querySelector('goalpost-badges')!.shadowRoot)).toBeNull(); // closed
  });

  it('sends nothing to any host but the fixture’s', () => {
    expect(unexpected).toEqual([]);
  });

  // The check above is only worth something if it can see a request.
  it('would have seen a request from an add-on page or the background page', async () => {
    await probe.evaluate(async () => {
      await fetch('https://addon-page.invalid/').catch(() => null);
      await browser.extension.getBackgroundPage()!.fetch('https://background-page.invalid/').catch(() => null);
    });
    await expect.poll(() => unexpected.length).toBe(2);
    expect(unexpected).toEqual(['CONNECT addon-page.invalid:443 (proxy)', 'CONNECT background-page.invalid:443 (proxy)']);
  });
});

/**
 * Opens one of the add-on's pages in a new tab. Firefox's WebDriver BiDi completes the navigation but
 * sends no load events for a moz-extension: document, so Puppeteer's `goto` would wait for them
 * until its timeout; the page is waited for here instead.
 */
async function openAddonPage(ff: Browser, path: string): Promise<Page> {
  const page = await ff.newPage();
  const url = `moz-extension://${ADDON_UUID}/${path}`;
  void page.goto(url, { timeout: 15_000 }).catch(() => {});
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ready = await page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false);
    if (ready) return page;
    if (Date.now() > deadline) throw new Error(`the add-on page ${url} did not open`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
