/**
 * The everyday flow in English and in Persian (right to left), with accessibility checked by axe-core
 * inside the real pages, in English and in Arabic. Screenshots of the side panel and popup are saved
 * to test-output/ on every run so a person can look at them.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, ROOT, tabIdOf, type ExtensionSession, inDays } from './harness';
import { closeAfterAll } from './suite';
import { DEFAULT_SETTINGS } from '../../lib/settings';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } };
declare const axe: { run(context?: unknown, options?: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> };

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const OUT = join(ROOT, 'test-output');
const GA4_HOME = 'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome';
/** axe-core run inside the page (evaluate is not subject to the extension's CSP), WCAG A/AA rules. */
async function axeViolations(page: Page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(['en', 'fa', 'ar'] as const)('UI in %s', (language) => {
  let session: ExtensionSession;
  let tabId: number;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    session = await launchWithExtension();
    session.serve([{ url: GA4_HOME, fixture: 'test/fixtures/ga4/home-en.html' }]);
    const probe = await openExtensionPage(session, 'popup.html');
    const reply = await probe.evaluate((m) => chrome.runtime.sendMessage(m), { kind: 'page/save-settings', payload: { settings: { ...DEFAULT_SETTINGS, uiLanguage: language } } });
    expect(reply.ok).toBe(true);
    const dashboard = await session.context.newPage();
    await dashboard.goto(GA4_HOME);
    tabId = await tabIdOf(probe, 'https://analytics.google.com/');
  });

  closeAfterAll(() => session);

  it('creates a goal in the popup, prefilled from the page, and the side panel shows it', async () => {
    const popup = await openExtensionPage(session, `popup.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 380, height: 760 });
    await expect.poll(async () => {
      await popup.reload();
      // The UI language's catalogue loads before the form renders.
      await popup.locator('select[name="metric"]').waitFor({ timeout: 5000 });
      return popup.locator('select[name="reading"] option').count();
    }, { timeout: 20_000 }).toBeGreaterThan(1);
    expect(await popup.evaluate(() => document.documentElement.dir)).toBe(language === 'en' ? 'ltr' : 'rtl');
    await popup.fill('input[name="target"]', '20000');
    await popup.fill('input[name="deadline"]', inDays(60));
    await popup.fill('input[name="name"]', `Goal ${language}`);
    await popup.screenshot({ path: join(OUT, `popup-${language}.png`), fullPage: true });
    await popup.locator('button[type="submit"]').click();
    await expect.poll(() => popup.locator('[role="status"]').count()).toBeGreaterThan(0);
    await popup.close();

    const panel = await openExtensionPage(session, `sidepanel.html?tab=${tabId}`);
    await panel.setViewportSize({ width: 420, height: 900 });
    const card = panel.locator('article.goal', { hasText: `Goal ${language}` });
    await card.waitFor({ timeout: 15_000 });
    expect(await panel.evaluate(() => document.documentElement.dir)).toBe(language === 'en' ? 'ltr' : 'rtl');
    const badge = (await card.locator('.badge').textContent()) ?? '';
    // Numbers in the UI language: Persian digits in fa (۶۰٪), Latin or Arabic-Indic in ar per Intl.
    if (language === 'fa') expect(badge).toMatch(/[۰-۹]/);
    if (language !== 'en') expect(await panel.locator('body').textContent()).toMatch(/[\u0600-\u06ff]/);
    // Where each number was read and why it is the goal's number, in the UI language: in Persian and
    // Arabic no English word of a locator or explanation is left (the page's own names may be English).
    await card.locator('.goal-match').waitFor();
    await panel.locator('.reading-where').first().waitFor();
    if (language === 'en') {
      expect(await card.locator('.goal-match').textContent()).toMatch(/matched the totals in GA4 home, “.+” card/);
      expect(await panel.locator('.reading-where').first().textContent()).toMatch(/^Home, “.+” card$/);
    } else {
      const shown = (await panel.locator('body').innerText()).replace(/\s+/g, ' ');
      expect(shown).not.toMatch(/\b(row|column|table|card|matched|totals|exploration)\b/i);
      expect(await card.locator('.goal-match bdi').count()).toBeGreaterThan(0);
    }
    await panel.screenshot({ path: join(OUT, `sidepanel-${language}.png`), fullPage: true });
  });

  it('popup, side panel and options have no accessibility violations', async () => {
    for (const path of [`popup.html?tab=${tabId}`, `sidepanel.html?tab=${tabId}`, 'options.html']) {
      const page = await openExtensionPage(session, path);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
      await page.close();
    }
  });
});
