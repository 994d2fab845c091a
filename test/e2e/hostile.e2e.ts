/**
 * A dashboard that fights back (test/fixtures/hostile): markup and script-like text in labels and
 * values, redefined DOM prototypes, a mutation flood, messages shaped like Goalpost's, and a hunt for
 * the overlay. Goalpost still reads what is really there, renders page text only as text, keeps the
 * user's goals untouched and never hands the page its overlay.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, tabIdOf, type ExtensionSession, inDays } from './harness';
import { closeAfterAll } from './suite';
import { newGoal } from '../../lib/goals/model';
import type { AllGoalsView, TabView } from '../../lib/messages';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data: unknown }> } };

const URL_ = 'https://analytics.google.com/analytics/web/#/p999/reports/intelligenthome';
describe('a hostile dashboard', () => {
  let session: ExtensionSession;
  let probe: Page;
  let dashboard: Page;
  let tabId: number;
  let view: TabView;
  const goal = newGoal({ name: 'Active users 20K', metric: 'active-users', target: { kind: 'reach', value: 20000 }, start: '2026-10-01', deadline: inDays(60), scope: { source: 'ga4' } }, new Date().toISOString());

  beforeAll(async () => {
    session = await launchWithExtension();
    session.serve([{ url: URL_, fixture: 'test/fixtures/hostile/ga4-home-hostile.html' }]);
    probe = await openExtensionPage(session, 'popup.html');
    await probe.evaluate((g) => chrome.runtime.sendMessage({ kind: 'page/save-goal', payload: { goal: g } }), goal);
    dashboard = await session.context.newPage();
    await dashboard.goto(URL_);
    tabId = await tabIdOf(probe, 'https://analytics.google.com/');
    for (let waited = 0; waited < 20_000; waited += 250) {
      view = (await probe.evaluate((id) => chrome.runtime.sendMessage({ kind: 'page/get-tab-view', payload: { tabId: id } }), tabId)).data as TabView;
      if (view.goals.some((g) => g.matched)) break;
      await dashboard.waitForTimeout(250);
    }
    await dashboard.waitForTimeout(2500); // let the flood and the overlay hunt run their course
  });

  closeAfterAll(() => session);

  it('reads the real number despite redefined DOM prototypes, and no markup as a number', () => {
    const active = view.page!.readings.find((r) => r.metric === 'active-users');
    expect(active?.value).toBe(12345);
    expect(view.page!.readings.some((r) => r.value === 999_999_999)).toBe(false);
    expect(view.page!.readings.filter((r) => /</.test(r.text)).map((r) => r.confidence)).not.toContain('sure');
  });

  it('keeps the user’s goals exactly as they were, whatever messages the page posts', async () => {
    const all = (await probe.evaluate(() => chrome.runtime.sendMessage({ kind: 'page/get-all-goals', payload: {} }))).data as AllGoalsView;
    expect(all.goals.map((g) => g.goal)).toEqual([goal]);
  });

  it('renders page text as text in the side panel: no element from the page’s markup', async () => {
    const panel = await openExtensionPage(session, `sidepanel.html?tab=${tabId}`);
    await panel.locator('li.reading').first().waitFor({ timeout: 15_000 });
    expect(await panel.locator('img[src="x"], script:not([src]), b:has-text("4,321")').count()).toBe(0);
    expect(await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('never lets the page see into the overlay, and the page’s own script state shows nothing ran', async () => {
    const seen = await dashboard.evaluate(() => ({ overlay: (window as unknown as { __overlay: string[] }).__overlay, pwned: (window as unknown as { __pwned: number }).__pwned }));
    expect(seen.pwned).toBe(0);
    expect(seen.overlay.length).toBeGreaterThan(0); // it found the host and removed it…
    expect(new Set(seen.overlay)).toEqual(new Set(['closed'])); // …but never saw inside it
    expect(seen.overlay.length).toBeLessThanOrEqual(6); // Goalpost backs off instead of fighting forever
  });

  it('stays responsive: the page still answers after its mutation flood', async () => {
    // (the page broke its own querySelectorAll; getElementsByClassName still works)
    expect(await dashboard.evaluate(() => document.getElementsByClassName('noise').length)).toBeGreaterThan(1000);
  });
});
