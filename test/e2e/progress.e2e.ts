/**
 * One goal of each metric kind — cumulative (clicks), ratio (CTR), level (average position, lower is
 * better) — against a Search Console page in the built extension: the side panel and the snapshot
 * JSON show progress, pace, status with its reason, forecast, SMART letters and warnings, all from
 * the progress engine.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, tabIdOf, type ExtensionSession, inDays } from './harness';
import { closeAfterAll } from './suite';
import { newGoal, type GoalInput } from '../../lib/goals/model';
import type { TabView } from '../../lib/messages';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data: TabView; error?: string }> } };

const URL_ = 'https://search.google.com/search-console/performance/search-analytics?resource_id=sc-domain%3Aexample.com&num_of_days=28&metrics=CLICKS%2CIMPRESSIONS%2CCTR%2CPOSITION&breakdown=query';
const base = { start: inDays(-20), deadline: inDays(40), scope: { source: 'search-console' as const }, stage: 'reach' as const, objective: 'Organic visibility' };
const GOALS: GoalInput[] = [
  { ...base, name: 'Organic clicks 3,000', metric: 'clicks', target: { kind: 'reach', value: 3000 } },
  { ...base, name: 'Search CTR at least 1.5%', metric: 'ctr', target: { kind: 'stay-above', value: 1.5 } },
  { ...base, name: 'Average position 10 or better', metric: 'average-position', target: { kind: 'decrease-to', value: 10 }, baseline: { value: 25, obtained: 'typed' } },
];

describe('progress for each metric kind, in the built extension', () => {
  let session: ExtensionSession;
  let probe: Page;
  let tabId: number;
  let view: TabView;

  beforeAll(async () => {
    session = await launchWithExtension();
    session.serve([{ url: URL_, fixture: 'test/fixtures/search-console/performance-en.html' }]);
    probe = await openExtensionPage(session, 'popup.html');
    for (const input of GOALS) {
      const goal = newGoal(input, new Date().toISOString());
      const reply = await probe.evaluate((g) => chrome.runtime.sendMessage({ kind: 'page/save-goal', payload: { goal: g } }), goal);
      expect(reply.ok).toBe(true);
    }
    const dashboard = await session.context.newPage();
    await dashboard.goto(URL_);
    tabId = await tabIdOf(probe, 'https://search.google.com/');
    // The page renders, settles and is read; wait until all three goals have matched.
    for (let waited = 0; waited < 20_000; waited += 250) {
      view = (await probe.evaluate((id) => chrome.runtime.sendMessage({ kind: 'page/get-tab-view', payload: { tabId: id } }), tabId)).data;
      if (view.goals.filter((g) => g.matched).length === 3) break;
      await new Promise((r) => setTimeout(r, 250));
    }
  });

  it('matches all three goals to the page’s scorecards', () => {
    expect(view.goals.filter((g) => g.matched).map((g) => g.goal.name).sort()).toEqual(GOALS.map((g) => g.name).sort());
  });

  closeAfterAll(() => session);

  const goal = (name: string) => view.goals.find((g) => g.goal.name === name)!;

  it('cumulative: clicks so far against the target, with pace, forecast and the rate still needed', () => {
    const { progress, matched } = goal('Organic clicks 3,000');
    expect(matched?.reading.value).toBe(1230);
    expect(progress.current).toBe(1230);
    expect(progress.target).toBe(3000);
    expect(progress.forecast).not.toBeNull();
    expect(progress.needed?.perDay).toBeGreaterThan(0);
    expect(progress.status.text.length).toBeGreaterThan(10);
  });

  it('ratio: CTR 1.7% holds the 1.5% floor', () => {
    const { progress } = goal('Search CTR at least 1.5%');
    expect(progress.current).toBeCloseTo(1.7);
    expect(['achieved', 'on-track']).toContain(progress.status.code);
  });

  it('level, lower is better: position 18.3 is 45% of the way from 25 to 10', () => {
    const { progress } = goal('Average position 10 or better');
    expect(progress.current).toBeCloseTo(18.3);
    // (25 − 18.3) ÷ (25 − 10) = 0.4467
    expect(progress.fraction).toBeCloseTo(0.4467, 3);
  });

  it('every goal gets a SMART check letter by letter and stable warning codes', () => {
    for (const g of view.goals) {
      expect(g.progress.smart.map((s) => s.letter)).toEqual(['S', 'M', 'A', 'R', 'T', 'E']);
      for (const w of g.progress.warnings) expect(w.code).toMatch(/^[a-z-]+$/);
    }
    // The page shows the last 28 days; the goals run from 20 days ago: the ranges differ, and Goalpost says so.
    expect(goal('Organic clicks 3,000').progress.warnings.map((w) => w.code)).toContain('range-mismatch');
  });

  it('the side panel shows each goal with its status reason and SMART letters, and the JSON snapshot carries them', async () => {
    const panel = await openExtensionPage(session, `sidepanel.html?tab=${tabId}`);
    for (const input of GOALS) {
      const card = panel.locator('article.goal', { hasText: input.name! });
      await card.waitFor({ timeout: 15_000 });
      expect(await card.textContent()).toContain(goal(input.name!).progress.status.text.slice(0, 20));
      expect(await card.locator('.smart li').count()).toBe(6);
    }
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.click('text=Download JSON')]);
    const json = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    for (const input of GOALS) {
      const g = json.goals.find((x: { name: string }) => x.name === input.name);
      expect(g).toMatchObject({ status: { code: expect.any(String), text: expect.any(String) }, pace: expect.any(Object), smart: expect.any(Array), warnings: expect.any(Array) });
      expect(g.smart).toHaveLength(6);
    }
    expect(json.goals.find((x: { name: string }) => x.name === 'Organic clicks 3,000').forecast).not.toBeNull();
  });
});
