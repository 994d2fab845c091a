/**
 * Timing the side panel's first render against an empty extension page, for every bench section that
 * opens the panel (scripts/bench.ts, scripts/bench/year.ts). The panel sets the mark
 * goalpost:first-render once the frame showing the tab's view has been painted; the empty page's
 * one-line script marks its first painted frame the same way, so the ratio of the two is what
 * Goalpost adds to what Chromium itself takes to open any extension page on this machine.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, type ExtensionSession } from '../../test/e2e/harness';

export const EMPTY_PAGE = 'bench-empty-page.html';

/** Puts the empty page beside the built extension for this run (removed when the process exits). */
export function installEmptyPage(): void {
  writeFileSync(join(EXTENSION_DIR, EMPTY_PAGE), '<!doctype html><meta charset="utf-8"><title>Goalpost</title><script src="/bench-empty-page.js"></script><p>Goalpost</p>');
  writeFileSync(join(EXTENSION_DIR, 'bench-empty-page.js'), "requestAnimationFrame(() => setTimeout(() => performance.mark('goalpost:first-render')));");
  process.on('exit', () => ['html', 'js'].forEach((ext) => rmSync(join(EXTENSION_DIR, `bench-empty-page.${ext}`), { force: true })));
}

export interface PanelOpen {
  /** ms from navigation start to the first-render mark */
  first: number;
  /** goal cards in the page, and whether they fill the window (or are all there), at the mark */
  cards: number;
  screenFull: boolean;
  /** ms from navigation start until every goal card is in the page */
  all: number;
  /** the UI language the panel showed */
  language: string;
}

const FIRST_RENDER = 'goalpost:first-render';

/**
 * Navigates `page` to `url` and returns the time of its first-render mark. The mark is reported by a
 * console message from a script run before the page's own, not by waiting in the page: Playwright's
 * waitForFunction first compiles its ~330 kB injected script in the page, on the main thread being
 * timed, and Chromium's traces showed that landing inside the panel's wait for its first answer
 * (3–6 ms, 8–15 ms in a freshly started extension process). The same script records what was on screen
 * at that moment (read synchronously inside performance.mark). Both pages are timed the same way.
 */
async function firstRenderOf(page: Page, url: string, timeout: number): Promise<number> {
  await page.addInitScript((name) => {
    const mark = performance.mark.bind(performance);
    performance.mark = ((markName: string, options?: PerformanceMarkOptions) => {
      const entry = mark(markName, options);
      if (markName === name) {
        const cards = [...document.querySelectorAll('.this-page article.goal')];
        const last = cards.at(-1)?.getBoundingClientRect();
        (globalThis as { __firstRender?: unknown }).__firstRender = { cards: cards.length, bottom: last ? last.bottom : 0, height: innerHeight };
        console.debug(`${name} ${entry.startTime}`);
      }
      return entry;
    }) as typeof performance.mark;
  }, FIRST_RENDER);
  const marked = page.waitForEvent('console', { predicate: (m) => m.text().startsWith(`${FIRST_RENDER} `), timeout });
  marked.catch(() => {}); // a failed navigation is reported by goto
  await page.goto(url);
  return Number((await marked).text().slice(FIRST_RENDER.length + 1));
}

/** Opens the side panel for `tabId`, whose This page should list `goals` cards; null when it never marked its first render. */
export async function openPanel(session: ExtensionSession, tabId: number, goals: number): Promise<PanelOpen | null> {
  const panel = await session.context.newPage();
  try {
    const first = await firstRenderOf(panel, `chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`, 60_000);
    const all = await panel
      .waitForFunction((n) => (document.querySelectorAll('.this-page article.goal').length >= n ? performance.now() : null), goals, { timeout: 60_000, polling: 'raf' })
      .then((h) => h.jsonValue() as Promise<number>);
    const at = await panel.evaluate(() => (globalThis as { __firstRender?: { cards: number; bottom: number; height: number } }).__firstRender!);
    // Extension pages share one renderer process: let this panel's idle work finish before the next opens.
    await panel.waitForTimeout(500);
    const language = await panel.evaluate(() => document.documentElement.lang);
    return { first, all, cards: at.cards, screenFull: at.cards >= goals || at.bottom >= at.height, language };
  } catch {
    return null;
  } finally {
    await panel.close();
  }
}

/** Opens the empty page (installEmptyPage) and returns its first-render time, or null. */
export async function openEmptyPage(session: ExtensionSession): Promise<number | null> {
  const page = await session.context.newPage();
  try {
    const first = await firstRenderOf(page, `chrome-extension://${session.extensionId}/${EMPTY_PAGE}`, 30_000);
    await page.waitForTimeout(200);
    return first;
  } catch {
    return null;
  } finally {
    await page.close();
  }
}

/**
 * Opens the empty page (installEmptyPage) and the panel in turn, `turns` times, so both see the machine
 * in the same state. `prepare` runs before each of the two opens, so that the empty page, too, is opened
 * in the state being measured: for a cold open (the service worker stopped and no Goalpost page open),
 * Chromium must start the extension's renderer process for either page, which an empty page opened
 * beside a running worker would not show (~100 ms against ~55 ms here on 2026-12-06).
 */
export async function panelOpensInTurn(
  session: ExtensionSession,
  tabId: number,
  goals: number,
  turns: number,
  prepare?: () => Promise<void>,
): Promise<{ panel: PanelOpen[]; emptyPage: number[] }> {
  const panel: PanelOpen[] = [];
  const emptyPage: number[] = [];
  for (let i = 0; i < turns; i++) {
    await prepare?.();
    const e = await openEmptyPage(session);
    if (e !== null) emptyPage.push(e);
    await prepare?.();
    const o = await openPanel(session, tabId, goals);
    if (o) panel.push(o);
  }
  return { panel, emptyPage };
}

export const median = (xs: readonly number[]): number | undefined => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : undefined);
