/**
 * The walking skeleton, end to end in the production build: a GA4 home page served at its real URL
 * is read by the content script, a goal is added through the popup, and the side panel page for that
 * tab shows the reading and the goal's progress; its JSON download holds the reading.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, tabIdOf, type ExtensionSession, inDays } from './harness';
import { closeAfterAll } from './suite';

const GA4_HOME = 'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome';

describe('walking skeleton: GA4 home → goal → side panel → JSON', () => {
  let session: ExtensionSession;
  let dashboard: Page;
  let tabId: number;

  beforeAll(async () => {
    session = await launchWithExtension();
    session.serve([{ url: GA4_HOME, fixture: 'test/fixtures/ga4/home-en.html' }]);
    dashboard = await session.context.newPage();
    await dashboard.goto(GA4_HOME);
    const probe = await openExtensionPage(session, 'popup.html');
    tabId = await tabIdOf(probe, 'https://analytics.google.com/');
    await probe.close();
  });

  closeAfterAll(() => session);

  it('adds a goal in the popup, prefilled from the dashboard tab', async () => {
    const popup = await openExtensionPage(session, `popup.html?tab=${tabId}`);
    // The cards render ~300 ms after load and the reader waits for the page to settle: the popup's
    // reading list fills once the background has the page report.
    await expect.poll(async () => {
      await popup.reload();
      return popup.locator('select[name="reading"] option').count();
    }, { timeout: 15_000 }).toBeGreaterThan(1);
    await expect.poll(() => popup.locator('select[name="metric"]').inputValue()).toBe('active-users');
    await popup.fill('input[name="target"]', '20000');
    await popup.fill('input[name="deadline"]', inDays(60));
    await popup.fill('input[name="name"]', 'Active users to 20K');
    await popup.click('button[type="submit"]');
    await expect.poll(() => popup.locator('[role="status"]').textContent()).toContain('Goal saved');
    // The stylesheet travels inside the page's code (components/styles.ts): it is in effect.
    expect(await popup.locator('.popup').evaluate((el) => getComputedStyle(el).inlineSize)).toBe('360px');
    await popup.close();
  });

  it('shows the reading and the goal’s progress in the side panel page for that tab', async () => {
    const panel = await openExtensionPage(session, `sidepanel.html?tab=${tabId}`);
    const goal = panel.locator('article.goal', { hasText: 'Active users to 20K' });
    await goal.waitFor({ timeout: 15_000 });
    // 12K read from the page is 12,000 ± 500: 60% of 20,000, marked approximate.
    await expect.poll(() => goal.locator('.badge').textContent()).toMatch(/≈\s*60%/);
    expect(await goal.locator('[data-testid="goal-values"]').textContent()).toContain('12,000 of 20,000');
    expect(await goal.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('1px');
    const reading = panel.locator('li.reading[data-metric="active-users"]');
    expect(await reading.locator('.reading-value').textContent()).toBe('12K');
    expect(await reading.textContent()).toContain('Oct 1');

    const [download] = await Promise.all([panel.waitForEvent('download'), panel.click('text=Download JSON')]);
    const json = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(json.formatVersion).toBe(1);
    expect(json.readings).toContainEqual(
      expect.objectContaining({ metric: 'active-users', value: 12000, text: '12K', dateRange: { start: '2026-10-01', end: '2026-10-31' } }),
    );
    const saved = json.goals.find((g: { name: string }) => g.name === 'Active users to 20K');
    expect(saved.current).toBe(12000);
    expect(saved.percentOfTarget).toBeCloseTo(60, 0);
    expect(saved.status.code).toEqual(expect.any(String));
  });
});
