/**
 * A report of 5,000 cells, the most a read may carry (issue #18): its first read is sent in parts,
 * each a message of its own (lib/content/split.ts), and put back together in the background
 * (lib/background/page-parts.ts). Every cell must arrive once, in its place, and be stored as history.
 *
 * The page is generated (scripts/bench/synthetic.ts): a GA4 report table shaped like the fixtures in
 * test/fixtures/ga4 (ga-reporting-table > table.mat-mdc-table, the totals row in the header, metric API
 * names in the cells' classes), with more rows than a read may carry, so the reader stops at 5,000.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, tabIdOf, tabView, type ExtensionSession } from './harness';
import { closeAfterAll } from './suite';
import { syntheticGa4Report } from '../../scripts/bench/synthetic';
import type { TabView } from '../../lib/messages';

const URL_ = 'https://analytics.google.com/analytics/web/#/p123456/reports/explorer';
const COLUMNS = ['sessions', 'active-users', 'engaged-sessions', 'engagement-rate', 'conversions', 'revenue'];

describe('a 5,000-cell report read in parts', () => {
  let session: ExtensionSession;
  let probe: Page;
  let view: TabView;
  let file: string;

  beforeAll(async () => {
    file = join(mkdtempSync(join(tmpdir(), 'goalpost-large-')), 'ga4-report-5000.html');
    writeFileSync(file, syntheticGa4Report(100_000));
    session = await launchWithExtension();
    probe = await openExtensionPage(session, 'popup.html');
  });

  closeAfterAll(() => session);

  it('interprets every cell once, in the order of the page', { timeout: 180_000 }, async () => {
    session.serve([{ url: URL_, fixture: file }]);
    const page = await session.context.newPage();
    await page.goto(URL_);
    const tabId = await tabIdOf(probe, page.url());
    // A read of 5,000 cells takes a while on a busy machine: wait for it, not for a time.
    await expect
      .poll(async () => (view = await tabView(probe, tabId)).page?.readings.length ?? 0, { timeout: 120_000, interval: 500 })
      .toBe(5000);
    const readings = view.page!.readings;
    expect(readings).toHaveLength(5000);
    expect(view.page!.cells).toEqual(Array.from({ length: 5000 }, (_, i) => i));
    // The totals row first, then each channel's row, each with every column in order.
    const places = readings.map((r) => `${r.scope.row ?? 'totals'}|${r.metric}`);
    expect(new Set(places).size).toBe(5000);
    const rowOf = (i: number) => (i < 6 ? 'totals' : `Channel ${Math.floor((i - 6) / 6)}`);
    expect(readings.map((r) => r.scope.row ?? 'totals')).toEqual(readings.map((_, i) => rowOf(i)));
    expect(readings.slice(0, 6).map((r) => r.metric)).toEqual(COLUMNS);
    // The last cell the read could carry, with the page's own value: the tail arrived whole.
    const last = readings[4999]!;
    // (cell 4,999 is row 832's second column: 832 × 31 + 1 in the generator)
    expect([last.scope.row, last.metric, last.text]).toEqual(['Channel 832', 'active-users', (832 * 31 + 1).toLocaleString('en-US')]);
    expect(view.page!.notes.map((n) => n.code)).toContain('cells-capped');
  });

  it('stores every reading as history, except those the page’s own numbers contradict', async () => {
    const stored = await probe.evaluate(async (pageUrl) => {
      const open = indexedDB.open('goalpost');
      const db: IDBDatabase = await new Promise((res, rej) => {
        open.onsuccess = () => res(open.result);
        open.onerror = () => rej(open.error);
      });
      const all: Array<{ pageUrl: string; where: string }> = await new Promise((res, rej) => {
        const req = db.transaction('observations').objectStore('observations').getAll();
        req.onsuccess = () => res(req.result);
        req.onerror = () => rej(req.error);
      });
      db.close();
      const here = all.filter((o) => o.pageUrl === pageUrl);
      return here.map((o) => o.where).sort();
    }, view.page!.pageUrl);
    // (The generator's rows do not keep GA4's own arithmetic, e.g. more engaged sessions than sessions: those
    // readings carry a doubt and are shown, never stored: lib/interpret/checks.ts.)
    const kept = view.page!.readings.filter((r) => !r.doubt);
    expect(kept.length).toBeGreaterThan(4000);
    expect(stored).toEqual(kept.map((r) => r.where).sort());
  });
});
