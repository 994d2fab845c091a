/**
 * The side panel's first answer after Chromium stopped the idle service worker (issue #18): the
 * restarted worker answers the first screen from the goals' views it kept in storage.session
 * (lib/background/goal-summaries.ts) instead of reading every goal's history first. What it answers
 * must be what a running worker says: the same goals, in the same order, with the same progress and
 * trend. Correctness only: how fast it answers is the bench's business (scripts/bench.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { backgroundWorker, inDays, launchWithExtension, openExtensionPage, stopServiceWorker, tabIdOf, tabView, type ExtensionSession } from './harness';
import { closeAfterAll } from './suite';
import { newGoal } from '../../lib/goals/model';
import type { TabView } from '../../lib/messages';

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string; data?: unknown }> };
  storage: { session: { get(k: null): Promise<Record<string, unknown>> } };
};

const GA4_HOME = 'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome';

const goals = [
  newGoal({ name: 'Active users 20K', metric: 'active-users', target: { kind: 'reach', value: 20000 }, start: '2026-10-01', deadline: inDays(60), scope: { source: 'ga4' } }, '2026-10-01T00:00:01.000Z'),
  newGoal({ name: 'New users 15K', metric: 'new-users', target: { kind: 'reach', value: 15000 }, start: '2026-10-01', deadline: inDays(60), scope: { source: 'ga4' } }, '2026-10-01T00:00:02.000Z'),
  newGoal({ name: 'Revenue 10K', metric: 'revenue', target: { kind: 'reach', value: 10000 }, start: '2026-10-01', deadline: inDays(60), scope: { source: 'ga4' } }, '2026-10-01T00:00:03.000Z'),
  // Not on this page: never shown on This page, but in All goals.
  newGoal({ name: 'CPA under 40', metric: 'cpa', target: { kind: 'stay-below', value: 40 }, start: '2026-10-01', deadline: inDays(60), scope: { source: 'google-ads' } }, '2026-10-01T00:00:04.000Z'),
];

async function ask<T>(page: Page, kind: string, payload: object): Promise<T> {
  const reply = await page.evaluate(([k, p]) => chrome.runtime.sendMessage({ kind: k, payload: p }), [kind, payload] as const);
  if (!reply.ok) throw new Error(`${kind}: ${reply.error}`);
  return reply.data as T;
}

/** What the panel shows of each goal on This page. */
const seen = (view: TabView) => view.goals.map((g) => ({ name: g.goal.name, progress: g.progress, trend: g.trend, matched: g.matched?.reading.text }));

describe('the side panel opened after the service worker was stopped', () => {
  let session: ExtensionSession;
  let probe: Page;
  let tabId: number;
  let warm: TabView;

  beforeAll(async () => {
    session = await launchWithExtension();
    session.serve([{ url: GA4_HOME, fixture: 'test/fixtures/ga4/home-en.html' }]);
    probe = await openExtensionPage(session, 'popup.html');
    for (const goal of goals) await ask(probe, 'page/save-goal', { goal });
    const dashboard = await session.context.newPage();
    await dashboard.goto(GA4_HOME);
    tabId = await tabIdOf(probe, 'https://analytics.google.com/');
    // The dashboard is read once it settles: wait for its three goals.
    for (let waited = 0; waited < 30_000; waited += 250) {
      warm = await tabView(probe, tabId);
      if (warm.goals.length === 3) break;
      await dashboard.waitForTimeout(250);
    }
  });

  closeAfterAll(() => session);

  it('answers the first screen with the same goals and progress as the running worker did', async () => {
    expect(warm.goals.map((g) => g.goal.name)).toEqual(['Active users 20K', 'New users 15K', 'Revenue 10K']);
    // The running worker kept each goal's view where a restarted one finds it.
    const kept = await probe.evaluate(async () => Object.keys(await chrome.storage.session.get(null)).filter((k) => k.startsWith('goal-view:')));
    expect(kept.sort()).toEqual(goals.map((g) => `goal-view:${g.id}`).sort());

    const worker = await backgroundWorker(session);
    await worker.evaluate(() => void ((globalThis as Record<string, unknown>).__goalpostColdMarker = true));
    await stopServiceWorker(session);
    const first = await ask<TabView>(probe, 'page/get-tab-view', { tabId, firstScreen: 2 });
    // A fresh worker answered (its global scope is new).
    expect(await (await backgroundWorker(session)).evaluate(() => (globalThis as Record<string, unknown>).__goalpostColdMarker ?? null)).toBeNull();
    expect(seen(first)).toEqual(seen(warm).slice(0, 2));
    expect(first.moreGoals).toBe(1);
    expect(first.page).toEqual(warm.page);

    // The whole view that follows (read from the histories) agrees, every goal included.
    const whole = await tabView(probe, tabId);
    expect(seen(whole)).toEqual(seen(warm));
    expect(whole.allGoals).toEqual(warm.allGoals);
  });

  it('shows the panel with those goals on screen after a stop', async () => {
    await stopServiceWorker(session);
    const panel = await openExtensionPage(session, `sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.locator('.this-page article.goal').count(), { timeout: 20_000 }).toBe(3);
    for (const name of ['Active users 20K', 'New users 15K', 'Revenue 10K']) await expect.poll(() => panel.locator('article.goal', { hasText: name }).count()).toBe(1);
    await panel.close();
  });
});
