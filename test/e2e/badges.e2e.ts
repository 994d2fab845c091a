/**
 * On the dashboard itself: a badge beside the number that matched a goal, drawn where the page's
 * CSS and scripts cannot reach it (a closed shadow root, read here through the DevTools protocol as
 * only the browser can), beside the number rather than over it, and back after the app re-renders.
 * Also the context-menu path: "Set a goal for this number" on a number prefills the side panel's form.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, tabIdOf, type ExtensionSession, inDays } from './harness';
import { closeAfterAll } from './suite';
import { newGoal } from '../../lib/goals/model';

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> };
  storage: { session: { set(items: object): Promise<void> } };
  tabs: { sendMessage(tabId: number, message: unknown, options: object): Promise<{ cell: number | null } | undefined> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

const GA4_HOME = 'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome';
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
interface CdpNode {
  nodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/** The badges inside Goalpost's closed shadow root, with their text and boxes. */
async function badgesOf(cdp: CDPSession): Promise<Array<{ text: string; box: Box }>> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const out: Array<{ text: string; box: Box }> = [];
  const text = (n: CdpNode): string => (n.nodeValue ?? '') + (n.children ?? []).map(text).join('');
  const walk = async (n: CdpNode, inGoalpost: boolean) => {
    const inside = inGoalpost || n.nodeName === 'GOALPOST-BADGES';
    const cls = n.attributes?.[n.attributes.indexOf('class') + 1];
    if (inside && n.nodeName === 'SPAN' && n.attributes?.includes('class') && cls === 'badge') {
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: n.nodeId })) as { model: { border: number[] } };
      const [x1, y1, x2, , , y3] = model.border as [number, number, number, number, number, number];
      out.push({ text: text(n), box: { x: x1, y: y1, w: x2 - x1, h: y3 - y1 } });
    }
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) await walk(c, inside);
  };
  await walk(root, false);
  return out;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('badges on the dashboard page', () => {
  let session: ExtensionSession;
  let dashboard: Page;
  let cdp: CDPSession;
  let probe: Page;

  beforeAll(async () => {
    session = await launchWithExtension();
    session.serve([{ url: GA4_HOME, fixture: 'test/fixtures/ga4/home-en.html' }]);
    probe = await openExtensionPage(session, 'popup.html');
    const goal = newGoal({ name: 'Active users 20K', metric: 'active-users', target: { kind: 'reach', value: 20000 }, start: '2026-10-01', deadline: inDays(60), scope: { source: 'ga4' } }, new Date().toISOString());
    expect((await probe.evaluate((g) => chrome.runtime.sendMessage({ kind: 'page/save-goal', payload: { goal: g } }), goal)).ok).toBe(true);
    dashboard = await session.context.newPage();
    await dashboard.goto(GA4_HOME);
    cdp = await session.context.newCDPSession(dashboard);
    await cdp.send('DOM.enable');
  });

  closeAfterAll(() => session);

  const activeUsersValue = () => dashboard.locator('[role="tab"][aria-label^="Active users"] div.value');

  // 12K active users read from the card, against 20,000: 60%.
  it('shows "60% · status" beside the Active users number, not over it', async () => {
    await expect.poll(async () => (await badgesOf(cdp)).map((b) => b.text), { timeout: 20_000 }).toEqual([expect.stringMatching(/^≈?60% · \S/)]);
    const [badge] = await badgesOf(cdp);
    const number = (await activeUsersValue().boundingBox())!;
    expect(overlaps(badge!.box, { x: number.x, y: number.y, w: number.width, h: number.height })).toBe(false);
    expect(badge!.box.x).toBeGreaterThanOrEqual(number.x + number.width);
    expect(Math.abs(badge!.box.y + badge!.box.h / 2 - (number.y + number.height / 2))).toBeLessThan(number.height);
  });

  it('shows the count of warnings for this tab on the toolbar icon', async () => {
    const tabId = await tabIdOf(probe, 'https://analytics.google.com/');
    const [count, warnings] = await probe.evaluate(async (id) => {
      const text = await chrome.action.getBadgeText({ tabId: id });
      const view = (await chrome.runtime.sendMessage({ kind: 'page/get-tab-view', payload: { tabId: id } })) as unknown as { data: { goals: Array<{ progress: { warnings: unknown[] } }> } };
      return [text, view.data.goals.reduce((n, g) => n + g.progress.warnings.length, 0)] as const;
    }, tabId);
    expect(count).toBe(warnings > 0 ? String(warnings) : '');
  });

  it('is out of the page’s reach: the host’s shadow root is closed and page CSS does not change it', async () => {
    const seenByPage = await dashboard.evaluate(() => {
      const host = document.querySelector('goalpost-badges');
      const style = document.createElement('style');
      style.textContent = '.badge { display: none !important; } * { visibility: hidden !important; }';
      document.head.append(style);
      return { host: !!host, shadowRoot: host?.shadowRoot ?? null };
    });
    expect(seenByPage).toEqual({ host: true, shadowRoot: null });
    await dashboard.waitForTimeout(200);
    expect((await badgesOf(cdp)).length).toBe(1);
    await dashboard.evaluate(() => document.head.lastElementChild?.remove());
  });

  it('comes back beside the new node after the app re-renders the card', async () => {
    await dashboard.evaluate(() => {
      const tab = document.querySelector('[role="tab"][aria-label^="Active users"]')!;
      tab.replaceWith(tab.cloneNode(true)); // a framework re-render: same content, new nodes
    });
    await expect.poll(async () => (await badgesOf(cdp)).length, { timeout: 10_000 }).toBe(1);
    const [badge] = await badgesOf(cdp);
    const number = (await activeUsersValue().boundingBox())!;
    expect(badge!.box.x).toBeGreaterThanOrEqual(number.x + number.width);
  });

  it('"Set a goal for this number": the right-clicked number becomes the side panel’s draft', async () => {
    // Headless: the page side (right-click) is real and the background's request to the content script
    // is made as the menu handler makes it; context-menu.e2e.ts clicks the real menu on a virtual display.
    await dashboard.locator('[role="tab"][aria-label^="New users"] div.value').click({ button: 'right' });
    const tabId = await tabIdOf(probe, 'https://analytics.google.com/');
    const worker = session.context.serviceWorkers()[0]!;
    const cell = await worker.evaluate(async (id) => {
      const answer = (await chrome.tabs.sendMessage(id, { kind: 'background/context-cell' }, { frameId: 0 })) ?? { cell: null };
      if (answer.cell !== null) await chrome.storage.session.set({ [`draft:${id}`]: answer.cell });
      return answer.cell;
    }, tabId);
    expect(cell).not.toBeNull();
    const panel = await openExtensionPage(session, `sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.locator('select[name="metric"]').inputValue(), { timeout: 10_000 }).toBe('new-users');
  });
});
