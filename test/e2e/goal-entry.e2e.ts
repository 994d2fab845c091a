/**
 * Entering goals in the popup of the built extension, on a Google Ads fixture at its real URL: a goal
 * typed as a Persian sentence (issue #16) and a seed template (issue #22) are saved and each follows
 * the page's paid-search CTR — Google Ads' own number, which is the paid-search channel.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, tabIdOf, tabView, type ExtensionSession } from './harness';
import { closeAfterAll } from './suite';

const ADS = 'https://ads.google.com/aw/campaigns?ocid=98765432&euid=1234&__u=5678&uscid=98765432&__c=11223344&authuser=0';

describe('entering a goal in the popup', () => {
  let session: ExtensionSession;
  let probe: Page;
  let tabId: number;

  beforeAll(async () => {
    session = await launchWithExtension();
    session.serve([{ url: ADS, fixture: 'test/fixtures/google-ads/campaigns-en.html' }]);
    const dashboard = await session.context.newPage();
    await dashboard.goto(ADS);
    probe = await openExtensionPage(session, 'popup.html');
    tabId = await tabIdOf(probe, 'https://ads.google.com/');
    for (let waited = 0; waited < 20_000 && !(await tabView(probe, tabId)).page; waited += 250) await new Promise((r) => setTimeout(r, 250));
  });
  closeAfterAll(() => session);

  const matchedGoal = async (name: string) => {
    for (let waited = 0; waited < 10_000; waited += 250) {
      const view = (await tabView(probe, tabId)).goals.find((g) => g.goal.name === name);
      if (view?.matched) return view;
      await new Promise((r) => setTimeout(r, 250));
    }
    return null;
  };

  it('a Persian sentence fills the form; Enter saves it; it follows Google Ads’ CTR', async () => {
    const popup = await openExtensionPage(session, `popup.html?tab=${tabId}`);
    const sentence = 'نرخ کلیک جستجوی پولی حداقل ۱٪ تا سه ماه آینده';
    const started = Date.now();
    const field = popup.getByLabel('Describe your goal');
    await field.fill(sentence);
    await expect.poll(() => popup.locator('select[name="metric"]').inputValue()).toBe('ctr');
    expect(await popup.locator('select[name="channel"]').inputValue()).toBe('paid-search');
    expect(await popup.locator('select[name="kind"]').inputValue()).toBe('stay-above');
    await field.press('Enter');
    await popup.getByRole('status').filter({ hasText: 'Goal saved.' }).waitFor({ timeout: 10_000 });
    console.log(`typed and saved a goal sentence in ${Date.now() - started} ms`);
    const view = await matchedGoal(sentence);
    expect(view?.matched?.reading.metric).toBe('ctr');
    expect(view?.matched?.reading.value).toBeCloseTo(0.86);
    expect(view?.goal.scope.source).toBe('google-ads');
    await popup.close();
  });

  it('the paid-search CTR template (seed 002) reads the same number', async () => {
    const popup = await openExtensionPage(session, `popup.html?tab=${tabId}`);
    await popup.getByLabel('Start from an example').selectOption('paid-search-ctr-1pct');
    await expect.poll(() => popup.locator('input[name="name"]').inputValue()).toBe('Paid search CTR 1% (industry standard)');
    await popup.locator('button[type="submit"]').click();
    await popup.getByRole('status').filter({ hasText: 'Goal saved.' }).waitFor({ timeout: 10_000 });
    const view = await matchedGoal('Paid search CTR 1% (industry standard)');
    expect(view?.matched?.reading.value).toBeCloseTo(0.86);
    expect(view?.goal).toMatchObject({ channel: 'paid-search', scope: { source: 'google-ads' } });
    await popup.close();
  });
});
