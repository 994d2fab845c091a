/**
 * KPIs no dashboard prints whole (issue #17), in the built extension: a ROAS goal (GA4 revenue ÷ Google
 * Ads cost), a CAC goal (Google Ads cost ÷ GA4 first time purchasers) and a KPI of the user's own (Google
 * Ads cost ÷ GA4 new users) get their value only once every dashboard they need has been read, each in
 * its own tab at its real URL; until then they are incomplete and name the part that is missing. The
 * side panel lists each part, and the page that shows a part badges it as a part of its KPI.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { inDays, launchWithExtension, openExtensionPage, tabIdOf, type ExtensionSession } from './harness';
import { closeAfterAll } from './suite';
import { newGoal, type GoalInput } from '../../lib/goals/model';
import { derivedFormula, type FormulaPart } from '../../lib/metrics/derived';
import type { SourceId } from '../../lib/dashboards';
import type { MetricId } from '../../lib/metrics/types';
import type { GoalView } from '../../lib/messages';
import { loadFixture } from '../support/fixtures';
import { badgeBoxes, overlaps } from '../../scripts/demo/geometry';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data: { goals: GoalView[] }; error?: string }> } };

const GA4 = 'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome';
const ADS = 'https://ads.google.com/aw/campaigns?ocid=98765432&euid=1234&__u=5678&uscid=98765432&__c=11223344&authuser=0';
// GA4's User acquisition report with first time purchasers; its URL carries ?authuser=0, so it is served beside Home.
const PURCHASERS = loadFixture('ga4/user-acquisition-purchasers-en');
// As the fixtures print them: Google Ads cost, GA4 Home's total revenue, GA4's first time purchasers.
const ADS_COST = 15_639.25;
const GA4_REVENUE = 4_300;
const FIRST_TIME_PURCHASERS = 287;

// All three pages print 1–31 Oct 2026; the goals run from then to a deadline still ahead on any day the suite runs.
const period = { start: '2026-10-01', deadline: inDays(90) };
const now = new Date().toISOString();
const from = (metric: MetricId, source: SourceId): FormulaPart => ({ metric, sources: [source] });
const goal = (input: Pick<GoalInput, 'id' | 'name' | 'metric' | 'target' | 'formula'>) => newGoal({ ...period, ...input }, now);

const roas = goal({
  id: 'roas',
  name: 'ROAS at least 1',
  metric: 'roas',
  target: { kind: 'stay-above', value: 1 },
  formula: { ...derivedFormula('roas'), numerator: [from('revenue', 'ga4')], denominator: [from('cost', 'google-ads')] },
});
const cac = goal({
  id: 'cac',
  name: 'CAC under $60',
  metric: 'cac',
  target: { kind: 'stay-below', value: 60 },
  formula: { ...derivedFormula('cac'), numerator: [from('cost', 'google-ads')], denominator: [from('new-customers', 'ga4')] },
});
const costPerNewUser = goal({
  id: 'cost-per-new-user',
  name: 'Cost per new user under $2',
  metric: 'cpa',
  target: { kind: 'stay-below', value: 2 },
  formula: { id: 'custom', name: 'Cost per new user', numerator: [from('cost', 'google-ads')], denominator: [from('new-users', 'ga4')], scale: 1, unit: 'currency', direction: 'lower' },
});

describe('goals computed from two dashboards, in the built extension', () => {
  let session: ExtensionSession;
  let probe: Page;
  let purchasersTab: Page;
  const allGoals = async () => (await probe.evaluate(() => chrome.runtime.sendMessage({ kind: 'page/get-all-goals', payload: {} }))).data.goals;
  const of = (views: GoalView[], id: string) => views.find((v) => v.goal.id === id)!.progress;

  beforeAll(async () => {
    session = await launchWithExtension();
    session.serve([
      { url: GA4, fixture: 'test/fixtures/ga4/home-en.html' },
      { url: ADS, fixture: 'test/fixtures/google-ads/campaigns-en.html' },
      { url: PURCHASERS.expected.url, fixture: `test/fixtures/${PURCHASERS.name}.html` },
    ]);
    probe = await openExtensionPage(session, 'popup.html');
    for (const g of [roas, cac, costPerNewUser]) {
      const reply = await probe.evaluate((goal) => chrome.runtime.sendMessage({ kind: 'page/save-goal', payload: { goal } }), g);
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

  /** The parts the side panel lists on a goal's card, opened from "All goals". */
  const partsInPanel = async (goalId: string, tabUrl: string) => {
    const tabId = await tabIdOf(probe, tabUrl);
    const panel = await openExtensionPage(session, `sidepanel.html?tab=${tabId}`);
    await panel.getByRole('tab', { name: 'All goals' }).click();
    await panel.locator(`.goal[data-goal-id="${goalId}"] .goal-open`).click();
    const parts = panel.locator(`[data-goal-id="${goalId}"] .formula-parts li`);
    await parts.first().waitFor({ timeout: 10_000 });
    const texts = await parts.allTextContents();
    await panel.close();
    return texts;
  };

  it('with only GA4 Home read, every goal is incomplete and names Google Ads cost as missing', async () => {
    const ga4 = await session.context.newPage();
    await ga4.goto(GA4);
    const views = await waitFor((v) => of(v, 'roas').derived?.parts.length === 1);
    for (const id of ['roas', 'cac', 'cost-per-new-user']) {
      const p = of(views, id);
      expect(p.current, id).toBeNull();
      expect(p.status.params.basis, id).toBe('formula-incomplete');
      expect(String(p.status.params.parts), id).toContain('Google Ads cost');
    }
    // Home prints new users, not first time purchasers: CAC lacks its denominator too.
    expect(String(of(views, 'cac').status.params.parts)).toContain('GA4 new customers');
  });

  it('once Google Ads is read in a second tab, ROAS and the own KPI have their values; CAC still lacks GA4 new customers', async () => {
    const ads = await session.context.newPage();
    await ads.goto(ADS);
    const views = await waitFor((v) => of(v, 'roas').current !== null && of(v, 'cost-per-new-user').current !== null && of(v, 'cac').derived?.parts.length === 1);
    expect(of(views, 'roas').current).toBeCloseTo(GA4_REVENUE / ADS_COST, 4);
    expect(of(views, 'roas').status.code).toBe('behind');
    expect(of(views, 'cost-per-new-user').current).toBeCloseTo(ADS_COST / 9900, 4);
    const derived = of(views, 'roas').derived!;
    expect(derived.status).toBe('complete');
    expect(derived.parts.map((p) => p.source).sort()).toEqual(['ga4', 'google-ads']);
    // Cost alone is never shown as CAC: the goal waits for its other dashboard and says which part.
    const incomplete = of(views, 'cac');
    expect(incomplete.current).toBeNull();
    expect(incomplete.status.params.basis).toBe('formula-incomplete');
    expect(String(incomplete.status.params.parts)).toContain('GA4 new customers');
    expect(String(incomplete.status.params.parts)).not.toContain('Google Ads cost');
  });

  it('once GA4 first time purchasers are read in a third tab, CAC is cost ÷ first time purchasers, with its progress', async () => {
    purchasersTab = await session.context.newPage();
    await purchasersTab.goto(PURCHASERS.expected.url);
    const views = await waitFor((v) => of(v, 'cac').current !== null);
    const progress = of(views, 'cac');
    // $15,639.25 ÷ 287 = $54.49, under the $60 it must stay below.
    expect(progress.current).toBeCloseTo(ADS_COST / FIRST_TIME_PURCHASERS, 4);
    expect(progress.derived!.status).toBe('complete');
    expect(progress.derived!.parts.map((p) => [p.source, p.metric, p.value])).toEqual(
      expect.arrayContaining([
        ['google-ads', 'cost', ADS_COST],
        ['ga4', 'new-customers', FIRST_TIME_PURCHASERS],
      ]),
    );
    // Both pages print 1–31 Oct: nothing is prorated.
    expect(progress.derived!.status === 'complete' && progress.derived!.prorated).toBeFalsy();
    // Under the $60 line it must stay below: holding it.
    expect(progress.status.code).toBe('on-track');
    expect(progress.status.params.basis).toBe('holding');
  });

  it('the side panel lists the parts with their dashboards', async () => {
    const roasParts = await partsInPanel('roas', 'https://ads.google.com/');
    expect(roasParts.some((t) => t.startsWith('GA4 revenue'))).toBe(true);
    expect(roasParts.some((t) => t.startsWith('Google Ads cost'))).toBe(true);
    const cacParts = await partsInPanel('cac', 'https://analytics.google.com/analytics/web/?authuser=0');
    expect(cacParts.some((t) => t.startsWith('Google Ads cost'))).toBe(true);
    expect(cacParts.some((t) => t.startsWith('GA4 new customers') && t.includes(String(FIRST_TIME_PURCHASERS)))).toBe(true);
  });

  it('the GA4 page badges its first time purchasers as a part of CAC, beside the number', async () => {
    const cdp: CDPSession = await session.context.newCDPSession(purchasersTab);
    await cdp.send('DOM.enable');
    const partBadge = async () => (await badgeBoxes(cdp)).find((b) => b.label.startsWith(`${cac.name}: Part of CAC · `));
    await expect.poll(async () => (await partBadge())?.label ?? '', { timeout: 20_000 }).toMatch(/^CAC under \$60: Part of CAC · ≈?\d+% · \S/);
    const badge = (await partBadge())!;
    const number = await purchasersTab.locator('th.firstTimePurchasers .total-value').evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const r = range.getBoundingClientRect();
      return { x: r.left, y: r.top, w: r.width, h: r.height };
    });
    expect(overlaps(badge.box, number)).toBe(false);
    // Beside its number: within a badge's height of it, in its column.
    expect(Math.abs(badge.box.y + badge.box.h / 2 - (number.y + number.h / 2))).toBeLessThan(number.h + badge.box.h);
    expect(Math.abs(badge.box.x + badge.box.w / 2 - (number.x + number.w / 2))).toBeLessThan(200);
  });
});
