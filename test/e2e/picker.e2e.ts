/**
 * "Track a number on this site" in the built extension, on a site Goalpost has no reader for (an
 * in-house shop admin at a real-looking https address), in English, Persian and Chinese UIs:
 * the side panel starts the picker, a click on the page chooses the number (the page never sees the
 * click), the user says which metric it is, and from then on the number is read on every visit —
 * until the page stops showing it, which the side panel then says.
 *
 * The site is allowed in the browser profile before the run: Chromium's permission prompt cannot be
 * answered headless (see LaunchOptions.grantedOrigins). Everything after the grant is the real path.
 */
import type { CdpNode } from '../../scripts/demo/geometry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { inDays, launchWithExtension, openExtensionPage, tabIdOf, type ExtensionSession } from './harness';
import { closeAfterAll } from './suite';
import { newGoal } from '../../lib/goals/model';

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string; data?: unknown }> };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> };
};

const SHOP = 'https://stats.example-shop.com/admin/overview';
const ORIGIN = 'https://stats.example-shop.com/*';


/** Inside the picker's closed shadow root, as only the browser (DevTools protocol) can see it. */
class PickerView {
  constructor(
    private readonly cdp: CDPSession,
    private readonly page: Page,
  ) {}

  private async nodes(): Promise<CdpNode[]> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const out: CdpNode[] = [];
    const walk = (n: CdpNode, inside: boolean) => {
      const within = inside || n.nodeName === 'GOALPOST-PICKER';
      if (within) out.push(n);
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c, within);
    };
    walk(root, false);
    return out;
  }

  async text(): Promise<string> {
    const nodes = await this.nodes();
    return nodes
      .filter((n) => n.nodeName === '#text' && !nodes.some((p) => p.nodeName === 'STYLE' && (p.children ?? []).includes(n)))
      .map((n) => n.nodeValue ?? '')
      .join(' ');
  }

  async dir(): Promise<string | undefined> {
    const panel = (await this.nodes()).find((n) => n.attributes?.includes('panel'));
    return panel?.attributes?.[panel.attributes.indexOf('dir') + 1];
  }

  async present(): Promise<boolean> {
    return (await this.nodes()).length > 0;
  }

  /** Chooses a metric in the picker's select as a user would (value set, change fired). */
  async chooseMetric(id: string): Promise<void> {
    const select = (await this.nodes()).find((n) => n.nodeName === 'SELECT')!;
    const { object } = (await this.cdp.send('DOM.resolveNode', { backendNodeId: select.backendNodeId })) as { object: { objectId: string } };
    await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (v) { this.value = v; this.dispatchEvent(new Event('change')); }`,
      arguments: [{ value: id }],
    });
  }

  /** Clicks the picker's button with this text, with the mouse, where it is drawn. */
  async clickButton(label: string): Promise<void> {
    const nodes = await this.nodes();
    const button = nodes.find((n) => n.nodeName === 'BUTTON' && (n.children ?? []).some((c) => c.nodeValue === label));
    if (!button) throw new Error(`no "${label}" button in the picker`);
    const { model } = (await this.cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as { model: { border: number[] } };
    const [x1, y1, x2, , , y3] = model.border as [number, number, number, number, number, number];
    await this.page.mouse.click((x1 + x2) / 2, (y1 + y3) / 2);
  }
}

const RUNS = [
  {
    ui: 'en-US',
    fixture: 'test/fixtures/picker/shop-stats-en.html',
    banner: 'Click the number Goalpost should track',
    track: 'Track this number',
    saved: 'Goalpost will read this number on every visit',
    label: 'Takings this month',
    value: '$48,210.55',
    trackButton: 'Track a number on this site',
    missing: 'can no longer find the number you picked',
    dir: 'ltr',
  },
  {
    ui: 'fa',
    fixture: 'test/fixtures/picker/shop-stats-fa.html',
    banner: 'روی عددی که Goalpost باید دنبال کند کلیک کنید',
    track: 'دنبال‌کردن این عدد',
    saved: 'Goalpost این عدد را در هر بازدید می‌خواند',
    label: 'دریافتی این ماه',
    value: '\u200e$۴۸٬۲۱۰٫۵۵',
    trackButton: 'دنبال‌کردن یک عدد در این سایت',
    missing: 'دیگر عددی را که انتخاب کرده بودید پیدا نمی‌کند',
    dir: 'rtl',
  },
  {
    ui: 'zh-CN',
    fixture: 'test/fixtures/picker/shop-stats-zh.html',
    banner: '点击 Goalpost 要跟踪的数字',
    track: '跟踪这个数字',
    saved: 'Goalpost 会在每次访问时读取这个数字',
    label: '本月进账',
    value: '¥48,210.55',
    trackButton: '跟踪此网站上的数字',
    missing: '再也找不到您选取的数字',
    dir: 'ltr',
  },
] as const;

/**
 * The shop (allowed in the profile) open in a tab once its content script is registered, the picker's
 * shadow root visible through DevTools, and the side panel page for that tab. Page errors go to `errors`.
 */
async function openShopBesidePanel(run: (typeof RUNS)[number], errors: string[]) {
  const session = await launchWithExtension({ locale: run.ui, grantedOrigins: [ORIGIN] });
  session.serve([{ url: SHOP, fixture: run.fixture }]);
  // The background registers the content script for allowed sites when the browser starts.
  const worker = session.context.serviceWorkers()[0]!;
  for (let i = 0; ; i++) {
    const matches = await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []));
    if (matches.includes(ORIGIN)) break;
    if (i > 60) throw new Error(`the content script was not registered for ${ORIGIN}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const shop = await session.context.newPage();
  shop.on('pageerror', (e) => errors.push(String(e)));
  await shop.goto(SHOP);
  const cdp = await session.context.newCDPSession(shop);
  await cdp.send('DOM.enable');
  const probe = await openExtensionPage(session, 'options.html');
  const tabId = await tabIdOf(probe, SHOP);
  await probe.close();
  const panel = await openExtensionPage(session, `sidepanel.html?tab=${tabId}`);
  return { session, shop, panel, picker: new PickerView(cdp, shop) };
}

describe.each(RUNS)('picking a number on another site, UI $ui', (run) => {
  let session: ExtensionSession;
  let shop: Page;
  let panel: Page;
  let picker: PickerView;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ({ session, shop, panel, picker } = await openShopBesidePanel(run, pageErrors));
  });

  afterAll(() => {
    expect(pageErrors).toEqual([]);
  });
  closeAfterAll(() => session);

  it('starts from the side panel and puts the picker on the page, in the UI language', async () => {
    await panel.getByRole('button', { name: run.trackButton }).click();
    await expect.poll(() => picker.present(), { timeout: 10_000 }).toBe(true);
    expect(await picker.text()).toContain(run.banner);
    expect(await picker.dir()).toBe(run.dir);
  });

  it('chooses the clicked number without the page seeing the click, and keeps it as the chosen metric', async () => {
    await shop.locator('#tile-0 .amount').click();
    await expect.poll(() => picker.text()).toContain(`${run.label}: ${run.value}`);
    expect(await shop.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks)).toBe(0);
    await picker.chooseMetric('revenue');
    await picker.clickButton(run.track);
    await expect.poll(() => picker.text()).toContain(run.saved);
  });

  it('reads the picked number from then on: the side panel shows it as revenue, with where it came from', async () => {
    const reading = panel.locator('li.reading[data-metric="revenue"]');
    await expect.poll(() => reading.count(), { timeout: 15_000 }).toBe(1);
    expect(await reading.locator('.reading-value').textContent()).toBe(run.value);
    expect(await reading.textContent()).toContain(run.label);
  });

  it('matches a goal on a later visit and shows its progress', async () => {
    const probe = await openExtensionPage(session, 'options.html');
    const goal = newGoal({ name: 'Takings 60K', metric: 'revenue', target: { kind: 'reach', value: 60000 }, start: inDays(-20), deadline: inDays(40) }, new Date().toISOString());
    expect((await probe.evaluate((g) => chrome.runtime.sendMessage({ kind: 'page/save-goal', payload: { goal: g } }), goal)).ok).toBe(true);
    await probe.close();
    await shop.reload();
    const card = panel.locator('article.goal', { hasText: 'Takings 60K' });
    await card.waitFor({ timeout: 15_000 });
    // 48,210.55 of 60,000.
    await expect.poll(() => card.locator('.badge').textContent(), { timeout: 15_000 }).toMatch(/80|۸۰/);
  });

  it('says so when the page no longer shows the picked number, instead of reading another one', async () => {
    // A redesign renames the tile: the old path now leads to a number with another label.
    await shop.evaluate(() => {
      document.querySelector('#tile-0 .tile-title')!.textContent = 'Gross sales';
    });
    const note = panel.locator('[data-testid="pick-missing"]');
    await expect.poll(() => note.count(), { timeout: 15_000 }).toBe(1);
    expect(await note.textContent()).toContain(run.missing);
    expect(await note.textContent()).toContain(run.label);
    await expect.poll(() => panel.locator('li.reading[data-metric="revenue"]').count()).toBe(0);
  });

  it('lists the pick in the options, where it can be forgotten', async () => {
    const options = await openExtensionPage(session, 'options.html');
    const item = options.locator('li[data-pick]');
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    expect(await item.textContent()).toContain(run.label);
    await item.getByRole('button').click();
    await expect.poll(() => item.count()).toBe(0);
    await options.close();
  });
});

describe('picking a number by keyboard alone', () => {
  let session: ExtensionSession;
  let shop: Page;
  let panel: Page;
  let picker: PickerView;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ({ session, shop, panel, picker } = await openShopBesidePanel(RUNS[0], pageErrors));
  });

  afterAll(() => {
    expect(pageErrors).toEqual([]);
  });
  closeAfterAll(() => session);

  it('moves between the numbers with the arrow keys, chooses with Enter and saves with Tab and Enter; the page sees no key', async () => {
    const start = panel.getByRole('button', { name: RUNS[0].trackButton });
    await start.focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => picker.present(), { timeout: 10_000 }).toBe(true);
    await shop.bringToFront();
    await shop.evaluate(() => {
      const w = window as unknown as { pageKeys: number };
      w.pageKeys = 0;
      document.addEventListener('keydown', () => w.pageKeys++);
    });
    expect(await picker.text()).toContain('arrow keys');
    // The tiles come first in reading order: "Takings last month" is the third number.
    for (let i = 0; i < 3; i++) await shop.keyboard.press('ArrowDown');
    await expect.poll(() => picker.text()).toContain('$41,877.10');
    await shop.keyboard.press('Enter');
    await expect.poll(() => picker.text()).toContain('Takings last month: $41,877.10');
    expect(await shop.evaluate(() => (window as unknown as { pageKeys: number }).pageKeys)).toBe(0);
    // The metric list has the focus: choose, then Tab to "Track this number" and press it.
    await picker.chooseMetric('revenue');
    await shop.keyboard.press('Tab');
    await shop.keyboard.press('Enter');
    await expect.poll(() => picker.text()).toContain(RUNS[0].saved);
  });
});
