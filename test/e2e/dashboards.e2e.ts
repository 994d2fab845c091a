/**
 * Every fixture dashboard, served at its real URL in the production build: the content script finds
 * the cells, the background interprets them, and what the side panel would show must match the
 * fixture's expected readings exactly — 100% accuracy, no wrong reading presented as sure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, type ExtensionSession } from './harness';
import { closeAfterAll, openAtRealUrl } from './suite';
import { compareReadings, listFixtures, loadFixture, readingAccuracy, type Fixture, type ReadingComparison } from '../support/fixtures';
import type { TabView } from '../../lib/messages';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data: TabView }> }; tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };

const all = listFixtures().map(loadFixture);
/** Supported dashboards are read without asking; any other site only after the user grants it. */
const fixtures = all.filter((f) => f.dashboard !== 'generic');
const ungranted = all.filter((f) => f.dashboard === 'generic');

/**
 * Fixtures were written on `expected.today`; a page that prints only a preset ("Last 28 days") is
 * resolved against the real today, so its range moves with the calendar by the days since. Pages that
 * print their dates keep them.
 */
function rangeAsOfToday(expected: Fixture['expected']) {
  const range = expected.dateRange;
  if (!range || !expected.relativeRange) return range;
  const now = new Date();
  const shift = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - Date.parse(expected.today);
  const move = (iso: string) => new Date(Date.parse(iso) + shift).toISOString().slice(0, 10);
  return { start: move(range.start), end: move(range.end) };
}
const results: ReadingComparison[] = [];

/** Loads a fixture at its real URL and checks what the background made of it against its expected readings. */
async function readFixture(session: ExtensionSession, probe: Page, fixture: Fixture): Promise<ReadingComparison> {
  const expected = fixture.expected;
  const settled = (v: TabView) => v.page?.state === expected.state && v.page.readings.length >= expected.readings.length;
  const { page, view } = await openAtRealUrl(session, probe, expected.url, `test/fixtures/${fixture.name}.html`, settled);
  const comparison = compareReadings(expected.readings, view.page!.readings);
  expect(comparison.problems).toEqual([]);
  expect(view.page!.dateRange).toEqual(rangeAsOfToday(expected));
  expect([...view.page!.unrecognised].sort()).toEqual([...(expected.unrecognised ?? [])].sort());
  await page.close();
  return comparison;
}

describe('dashboard fixtures read by the built extension at their real URLs', () => {
  let session: ExtensionSession;
  let probe: Page;

  beforeAll(async () => {
    session = await launchWithExtension();
    probe = await openExtensionPage(session, 'popup.html');
  });

  closeAfterAll(() => session);

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', async (_name, fixture) => {
    results.push(await readFixture(session, probe, fixture));
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

  describe('other sites, once the user has allowed them', () => {
    let granted: ExtensionSession;
    let grantedProbe: Page;
    beforeAll(async () => {
      granted = await launchWithExtension({ grantedOrigins: [...new Set(ungranted.map((f) => `${new URL(f.expected.url).origin}/*`))] });
      grantedProbe = await openExtensionPage(granted, 'popup.html');
    });
    afterAll(async () => {
      expect(granted?.unexpectedRequests ?? []).toEqual([]);
      await granted?.close();
    });

    it.each(ungranted.map((f) => [f.name, f] as const))('%s', async (_name, fixture) => {
      results.push(await readFixture(granted, grantedProbe, fixture));
    });
  });

  it('reads every fixture with 100% accuracy and no wrong reading presented as sure', () => {
    const accuracy = readingAccuracy(results);
    console.log(`reading accuracy over ${results.length} fixtures in Chromium: ${accuracy.correct}/${accuracy.expected}, wrong-but-sure ${accuracy.wrongButSure}`);
    expect(results).toHaveLength(all.length);
    expect(accuracy.accuracy).toBe(1);
    expect(accuracy.wrongButSure).toBe(0);
    expect(accuracy.extra).toBe(0);
  });
});
