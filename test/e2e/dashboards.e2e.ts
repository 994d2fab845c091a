/**
 * Every fixture dashboard, served at its real URL in the production build: the content script finds
 * the cells, the background interprets them, and what the side panel would show must match the
 * fixture's expected readings exactly — 100% accuracy, no wrong reading presented as sure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, type ExtensionSession } from './harness';
import { compareReadings, listFixtures, loadFixture, readingAccuracy, type ReadingComparison } from '../support/fixtures';
import type { TabView } from '../../lib/messages';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data: TabView }> }; tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };

const all = listFixtures().map(loadFixture);
/** Supported dashboards are read without asking; any other site only after the user grants it. */
const fixtures = all.filter((f) => f.dashboard !== 'generic');
const ungranted = all.filter((f) => f.dashboard === 'generic');

/**
 * Fixtures were written on `fixtureToday`; the extension resolves presets ("Last 28 days") against
 * the real today, so a preset range moves with the calendar. A range that ends the day before the
 * fixture's today is a preset range: shift it by the days that have passed since.
 */
function rangeAsOfToday(range: { start: string; end: string } | null, fixtureToday: string) {
  if (!range) return null;
  const day = 86_400_000;
  const fixtureYesterday = new Date(Date.parse(fixtureToday) - day).toISOString().slice(0, 10);
  if (range.end !== fixtureYesterday) return range;
  const now = new Date();
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const shift = today - Date.parse(fixtureToday);
  const move = (iso: string) => new Date(Date.parse(iso) + shift).toISOString().slice(0, 10);
  return { start: move(range.start), end: move(range.end) };
}
const results: ReadingComparison[] = [];

/** The background's view of the tab showing `url` (what the side panel renders). */
async function tabViewOf(probe: Page, url: string): Promise<TabView> {
  return probe.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === u);
    if (!tab?.id) throw new Error(`no tab at ${u}`);
    const reply = await chrome.runtime.sendMessage({ kind: 'page/get-tab-view', payload: { tabId: tab.id } });
    return reply.data;
  }, url);
}

describe('dashboard fixtures read by the built extension at their real URLs', () => {
  let session: ExtensionSession;
  let probe: Page;

  beforeAll(async () => {
    session = await launchWithExtension();
    probe = await openExtensionPage(session, 'popup.html');
  });

  afterAll(() => {
    // No request left the machine from any context — background, extension pages, content script or fixture.
    expect(session?.unexpectedRequests ?? []).toEqual([]);
  });

  afterAll(async () => {
    await session?.close();
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', async (_name, fixture) => {
    // Fixtures in several UI languages share a real URL: serve only this one while it is read.
    session.serve([{ url: fixture.expected.url, fixture: `test/fixtures/${fixture.name}.html` }]);
    const page = await session.context.newPage();
    await page.goto(fixture.expected.url);
    const expected = fixture.expected;
    // Pages render after load and the reader waits for them to settle: poll the background's view.
    let view: TabView | undefined;
    await expect
      .poll(
        async () => {
          view = await tabViewOf(probe, page.url());
          return view.page && view.page.state === expected.state && view.page.readings.length >= expected.readings.length ? 'settled' : view.page?.state ?? 'nothing yet';
        },
        { timeout: 20_000, interval: 250 },
      )
      .toBe('settled');
    const comparison = compareReadings(expected.readings, view!.page!.readings);
    results.push(comparison);
    expect(comparison.problems).toEqual([]);
    expect(view!.page!.dateRange).toEqual(rangeAsOfToday(expected.dateRange, expected.today));
    expect([...view!.page!.unrecognised].sort()).toEqual([...(expected.unrecognised ?? [])].sort());
    await page.close();
  });

  it.each(ungranted.map((f) => [f.name, f] as const))('reads nothing on %s, a site the user has not granted', async (_name, fixture) => {
    session.serve([{ url: fixture.expected.url, fixture: `test/fixtures/${fixture.name}.html` }]);
    const page = await session.context.newPage();
    await page.goto(fixture.expected.url);
    await page.waitForTimeout(1500); // longer than the reader's settle time on a supported dashboard
    // Without the grant Goalpost cannot even see the tab's URL; no tab may have a report from that site.
    const host = new URL(fixture.expected.url).host;
    const reportedUrls = await probe.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      const views = await Promise.all(tabs.map((t) => chrome.runtime.sendMessage({ kind: 'page/get-tab-view', payload: { tabId: t.id } })));
      return views.flatMap((v) => (v.data.page ? [v.data.page.pageUrl] : []));
    });
    expect(reportedUrls.some((u) => new URL(u).host === host)).toBe(false);
    await page.close();
  });

  it('reads every fixture with 100% accuracy and no wrong reading presented as sure', () => {
    const accuracy = readingAccuracy(results);
    console.log(`reading accuracy over ${results.length} fixtures in Chromium: ${accuracy.correct}/${accuracy.expected}, wrong-but-sure ${accuracy.wrongButSure}`);
    expect(results).toHaveLength(fixtures.length);
    expect(accuracy.accuracy).toBe(1);
    expect(accuracy.wrongButSure).toBe(0);
    expect(accuracy.extra).toBe(0);
  });
});
