/**
 * KPIs no dashboard prints whole (issue #17), in the built extension: a ROAS goal (GA4 revenue ÷ Google
 * Ads cost) and a KPI of the user's own (Google Ads cost ÷ GA4 new users) get their value only once both
 * dashboards have been read, in two tabs at their real URLs; the side panel lists each part.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, tabIdOf, type ExtensionSession } from './harness';
import { closeAfterAll } from './suite';
import { newGoal } from '../../lib/goals/model';
import { derivedFormula } from '../../lib/metrics/derived';
import type { GoalView } from '../../lib/messages';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data: { goals: GoalView[] }; error?: string }> } };

const GA4 = 'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome';
const ADS = 'https://ads.google.com/aw/campaigns?ocid=98765432&euid=1234&__u=5678&uscid=98765432&__c=11223344&authuser=0';
// Both fixtures print 1–31 Oct 2026; the goals run through it.
const period = { start: '2026-10-01', deadline: '2026-12-31' };
const now = new Date().toISOString();
const roas = newGoal(
  {
    ...period,
    id: 'roas',
    name: 'ROAS at least 1',
    metric: 'roas',
    target: { kind: 'stay-above', value: 1 },
    formula: { ...derivedFormula('roas'), numerator: [{ metric: 'revenue', sources: ['ga4'] }], denominator: [{ metric: 'cost', sources: ['google-ads'] }] },
  },
  now,
);
const costPerNewUser = newGoal(
  {
    ...period,
    id: 'cost-per-new-user',
    name: 'Cost per new user under $2',
    metric: 'cpa',
    target: { kind: 'stay-below', value: 2 },
    formula: { id: 'custom', name: 'Cost per new user', numerator: [{ metric: 'cost', sources: ['google-ads'] }], denominator: [{ metric: 'new-users', sources: ['ga4'] }], scale: 1, unit: 'currency', direction: 'lower' },
  },
  now,
);

describe('goals computed from two dashboards, in the built extension', () => {
  let session: ExtensionSession;
  let probe: Page;
  const allGoals = async () => (await probe.evaluate(() => chrome.runtime.sendMessage({ kind: 'page/get-all-goals', payload: {} }))).data.goals;
  const of = (views: GoalView[], id: string) => views.find((v) => v.goal.id === id)!.progress;

  beforeAll(async () => {
    session = await launchWithExtension();
    session.serve([
      { url: GA4, fixture: 'test/fixtures/ga4/home-en.html' },
      { url: ADS, fixture: 'test/fixtures/google-ads/campaigns-en.html' },
    ]);
    probe = await openExtensionPage(session, 'popup.html');
    for (const goal of [roas, costPerNewUser]) {
      const reply = await probe.evaluate((g) => chrome.runtime.sendMessage({ kind: 'page/save-goal', payload: { goal: g } }), goal);
      expect(reply.ok, reply.error).toBe(true);
    }
  });
  closeAfterAll(() => session);

  const waitFor = async (done: (views: GoalView[]) => boolean) => {
    let views: GoalView[] = [];
    for (let waited = 0; waited < 20_000; waited += 250) {
      views = await allGoals();
      if (done(views)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    return views;
  };

  it('with only GA4 read, both goals are incomplete and name Google Ads cost as missing', async () => {
    const ga4 = await session.context.newPage();
    await ga4.goto(GA4);
    const views = await waitFor((v) => of(v, 'roas').derived?.parts.length === 1);
    for (const id of ['roas', 'cost-per-new-user']) {
      const p = of(views, id);
      expect(p.current, id).toBeNull();
      expect(p.status.params.basis, id).toBe('formula-incomplete');
      expect(String(p.status.params.parts), id).toContain('Google Ads cost');
    }
  });

  it('once Google Ads is read in a second tab, each has its value from both parts', async () => {
    const ads = await session.context.newPage();
    await ads.goto(ADS);
    const views = await waitFor((v) => of(v, 'roas').current !== null && of(v, 'cost-per-new-user').current !== null);
    expect(of(views, 'roas').current).toBeCloseTo(4300 / 15639.25, 4);
    expect(of(views, 'roas').status.code).toBe('behind');
    expect(of(views, 'cost-per-new-user').current).toBeCloseTo(15639.25 / 9900, 4);
    const derived = of(views, 'roas').derived!;
    expect(derived.status).toBe('complete');
    expect(derived.parts.map((p) => p.source).sort()).toEqual(['ga4', 'google-ads']);
  });

  it('the side panel lists the parts with their dashboards', async () => {
    const tabId = await tabIdOf(probe, 'https://ads.google.com/');
    const panel = await openExtensionPage(session, `sidepanel.html?tab=${tabId}`);
    await panel.getByRole('tab', { name: 'All goals' }).click();
    const open = panel.locator('.goal[data-goal-id="roas"] .goal-open');
    await open.click();
    const parts = panel.locator('.formula-parts li');
    await parts.first().waitFor({ timeout: 10_000 });
    const texts = await parts.allTextContents();
    expect(texts.some((t) => t.startsWith('GA4 revenue'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Google Ads cost'))).toBe(true);
  });
});
