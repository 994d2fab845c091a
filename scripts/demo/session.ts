/**
 * One demo language in a browser: the built extension in a throwaway profile, the demo pages served at
 * their real URLs inside it, the settings and goals (with history) seeded through the extension's own
 * messages, and for each dashboard the page with its badges and the side panel beside it — measured
 * for the visual check and, when asked, photographed and composed into one image.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, tabIdOf, tabView, type ExtensionSession } from '../../test/e2e/harness';
import type { TabView } from '../../lib/messages';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { badgeBoxes, badgesOverText, pageTextBoxes, panelProblems, type BadgeBox } from './geometry';
import { LOCALES, type DemoLanguage } from './locales';
import { DEMO_FOCUS_LIMIT, demoGoals, goalsFile, type DemoData, type DemoGoal } from './model';
import { demoPages, type DashboardId, type DemoPage } from './pages';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string; data?: unknown }> } };

export const DASHBOARD_VIEWPORT = { width: 1280, height: 800 };
export const PANEL_VIEWPORT = { width: 400, height: 800 };

export const DASHBOARD_NAMES: Record<DashboardId, string> = {
  ga4: 'Google Analytics 4',
  'google-ads': 'Google Ads',
  'meta-ads': 'Meta Ads Manager',
  'search-console': 'Search Console',
  'looker-studio': 'Looker Studio',
};

export interface DemoSession {
  language: DemoLanguage;
  session: ExtensionSession;
  probe: Page;
  pages: DemoPage[];
  goals: DemoGoal[];
}

/** Starts a browser for one language with the demo's pages, settings and goals. */
export async function startDemo(opts: { data: DemoData; language: DemoLanguage; now: Date; headless: boolean; pagesDir: string }): Promise<DemoSession> {
  const { data, language, now } = opts;
  const l = LOCALES[language];
  const pages = demoPages(data, [language]);
  mkdirSync(opts.pagesDir, { recursive: true });
  const served = pages.map((p) => {
    const file = join(opts.pagesDir, `${p.dashboard}-${p.language}.html`);
    writeFileSync(file, p.html);
    return { url: p.url, fixture: file };
  });
  const session = await launchWithExtension({ headless: opts.headless, locale: l.browser });
  session.serve(served);
  const probe = await openExtensionPage(session, 'popup.html');
  const goals = demoGoals(data, language, now);
  const send = (m: unknown) => probe.evaluate((msg) => chrome.runtime.sendMessage(msg), m);
  const settings = await send({ kind: 'page/save-settings', payload: { settings: { ...DEFAULT_SETTINGS, uiLanguage: l.ui, focusLimit: DEMO_FOCUS_LIMIT } } });
  if (!settings?.ok) throw new Error(`Could not save the demo's settings: ${settings?.error}`);
  const imported = await send({ kind: 'page/import-goals', payload: { text: goalsFile(goals, now) } });
  if (!imported?.ok) throw new Error(`Could not import the demo's goals: ${imported?.error}`);
  return { language, session, probe, pages, goals };
}

export interface DashboardCapture {
  dashboard: DashboardId;
  page: Page;
  /** The side panel page beside it (absent when not asked for). */
  panel: Page | null;
  tabId: number;
  view: TabView;
  badges: BadgeBox[];
  /** Problems the visual check found: badges over text, missing badges, a panel laid out wrongly. */
  problems: string[];
}

/** Opens a dashboard, waits until it is read and its badges and side panel are drawn, and checks them. */
export async function openDashboard(demo: DemoSession, dashboard: DashboardId, opts: { panel?: boolean } = {}): Promise<DashboardCapture> {
  const { session, probe } = demo;
  const target = demo.pages.find((p) => p.dashboard === dashboard)!;
  const expected = demo.goals.filter((g) => g.spec.source === dashboard);
  const page = await session.context.newPage();
  await page.setViewportSize(DASHBOARD_VIEWPORT);
  await page.goto(target.url);
  const cdp: CDPSession = await session.context.newCDPSession(page);
  await cdp.send('DOM.enable');
  const tabId = await tabIdOf(probe, target.url.split('#')[0]!);
  let view = await tabView(probe, tabId);
  let badges: BadgeBox[] = [];
  // Read, matched and badged: every goal of this dashboard has its badge, and they stay put.
  for (let waited = 0, last = '', same = 0; waited < 25_000 && same < 2; waited += 200) {
    await page.waitForTimeout(200);
    view = await tabView(probe, tabId);
    badges = await badgeBoxes(cdp);
    const matched = view.goals.filter((g) => g.matched).length;
    const now = badges.map((b) => `${b.label}@${Math.round(b.box.x)},${Math.round(b.box.y)}`).join();
    same = view.page?.state === 'ready' && matched >= expected.length && badges.length >= expected.length && now === last ? same + 1 : 0;
    last = now;
  }
  const problems = [
    ...badgesOverText(badges, await pageTextBoxes(cdp)),
    ...expected.filter((g) => !badges.some((b) => b.label.startsWith(`${g.goal.name}: `))).map((g) => `no badge for “${g.goal.name}”`),
  ];
  let panel: Page | null = null;
  if (opts.panel !== false) {
    panel = await openExtensionPage(session, `sidepanel.html?tab=${tabId}`);
    await panel.setViewportSize(PANEL_VIEWPORT);
    await panel
      .waitForFunction((n) => document.querySelectorAll('article.goal').length >= n && document.querySelectorAll('li.reading').length > 0, expected.length, { timeout: 20_000 })
      .catch(() => {});
    await panel.waitForTimeout(300);
    problems.push(...(await panelProblems(panel, LOCALES[demo.language].dir)).map((p) => `side panel: ${p}`));
  }
  return { dashboard, page, panel, tabId, view, badges, problems };
}

/**
 * One image of the dashboard with the side panel beside it (on the left in a right-to-left language,
 * where the browser puts it), composed in a page of its own from the two screenshots.
 */
export async function composeShot(demo: DemoSession, capture: DashboardCapture, file: string): Promise<void> {
  const dashboard = (await capture.page.screenshot()).toString('base64');
  const panel = (await capture.panel!.screenshot()).toString('base64');
  const rtl = LOCALES[demo.language].dir === 'rtl';
  const frame = await demo.session.context.newPage();
  const width = DASHBOARD_VIEWPORT.width + PANEL_VIEWPORT.width + 1;
  await frame.setViewportSize({ width, height: DASHBOARD_VIEWPORT.height + 34 });
  await frame.setContent(`<!doctype html><html><body style="margin:0;background:#dadce0;font:13px system-ui,sans-serif">
<div style="height:34px;display:flex;align-items:center;gap:8px;padding:0 12px;background:#e8eaed;color:#3c4043;border-bottom:1px solid #c4c7c5;box-sizing:border-box">
<span style="display:flex;gap:6px"><i style="width:11px;height:11px;border-radius:50%;background:#ff5f57"></i><i style="width:11px;height:11px;border-radius:50%;background:#febc2e"></i><i style="width:11px;height:11px;border-radius:50%;background:#28c840"></i></span>
<span style="margin-inline-start:8px;padding:3px 12px;background:#fff;border-radius:12px;flex:1;max-width:760px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis">${new URL(capture.page.url()).host}${new URL(capture.page.url()).pathname}</span>
<span style="margin-inline-start:auto;color:#5f6368">Goalpost demo · ${DASHBOARD_NAMES[capture.dashboard]} · ${demo.language}</span></div>
<div style="display:flex;flex-direction:${rtl ? 'row-reverse' : 'row'};gap:1px"><img src="data:image/png;base64,${dashboard}" width="${DASHBOARD_VIEWPORT.width}" height="${DASHBOARD_VIEWPORT.height}"><img src="data:image/png;base64,${panel}" width="${PANEL_VIEWPORT.width}" height="${PANEL_VIEWPORT.height}"></div>
</body></html>`);
  await frame.screenshot({ path: file });
  await frame.close();
}

/** The popup over a dashboard with a goal being entered (prefilled from the page, a target and a name typed). */
export async function popupShot(demo: DemoSession, capture: DashboardCapture, file: string, entry: { target: string; name: string; deadline: string }): Promise<void> {
  const popup = await openExtensionPage(demo.session, `popup.html?tab=${capture.tabId}`);
  await popup.setViewportSize({ width: 380, height: 760 });
  await popup.locator('select[name="reading"]').waitFor({ timeout: 15_000 });
  // The reading a goal is set for: the Conversions total ("Set a goal for this" on that number).
  const options = await popup.locator('select[name="reading"] option').evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
  // The table's total (an option without a row name in brackets), not one campaign's.
  const pick = options.find((o) => /conversions|تبدیل|转化/i.test(o.text) && !/rate|cost|نرخ|هزینه|率|费用/i.test(o.text) && !/[(（]/.test(o.text));
  if (pick) await popup.selectOption('select[name="reading"]', pick.value);
  await popup.fill('input[name="target"]', entry.target);
  await popup.fill('input[name="deadline"]', entry.deadline);
  await popup.fill('input[name="name"]', entry.name);
  await popup.locator('input[name="name"]').blur();
  await popup.waitForTimeout(200);
  await popup.screenshot({ path: file, fullPage: true });
  await popup.close();
}
