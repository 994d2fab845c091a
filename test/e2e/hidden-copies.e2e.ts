/**
 * "Only what a person can see is read", in the production build at the real hostnames: a stale copy
 * of the report hidden in a zero-size clipping box (which only a browser's layout can tell) is never
 * read, on every dashboard; and when the app swaps copies — the one read is hidden, the stale one
 * shown — Goalpost reads the one now on screen (the read loop watches the attributes that show and
 * hide copies). The copy is made by the same code as in the unit suite (test/support/stale-copy.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, tabView, type ExtensionSession } from './harness';
import { closeAfterAll, openAtRealUrl } from './suite';
import { compareReadings, loadFixture, type Fixture } from '../support/fixtures';
import { staleCopyKit } from '../support/stale-copy';
import type { TabView } from '../../lib/messages';

/** One fixture per dashboard reader. */
const FIXTURES = ['ga4/traffic-acquisition-zh', 'ga4/home-durations-ja', 'looker-studio/simple-table-es', 'meta-ads/campaigns-current-fa', 'google-ads/campaigns-en', 'meta-ads/campaigns-en', 'search-console/performance-en', 'looker-studio/report-fa'];

const dir = mkdtempSync(join(tmpdir(), 'goalpost-stale-'));
const { shiftDigits } = staleCopyKit();

/** The fixture with `script` run at the end of its body, written where the harness can serve it. */
function pageWith(fixture: Fixture, script: string): string {
  // Bundlers may wrap functions in a `__name` helper when keeping names: a no-op stand-in for the page.
  const kit = `var __name = (f) => f; const kit = (${staleCopyKit.toString()})();`;
  const html = fixture.html.replace('</body>', `<script>${kit}${script}</script></body>`);
  const file = join(dir, `${fixture.name.replace('/', '-')}-${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(file, html);
  return file;
}

describe('hidden copies in Chromium', () => {
  let session: ExtensionSession;
  let probe: Page;

  beforeAll(async () => {
    session = await launchWithExtension();
    probe = await openExtensionPage(session, 'popup.html');
  });
  closeAfterAll(() => session);

  const openAndRead = (fixture: Fixture, file: string, settled: (view: TabView) => boolean) => openAtRealUrl(session, probe, fixture.expected.url, file, settled);

  it.each(FIXTURES)('%s: a copy in a zero-size clipping box is not read', async (name) => {
    const fixture = loadFixture(name);
    const file = pageWith(fixture, `kit.addStaleCopy(document, 'zero-size-clip', 'before');`);
    const { page, view } = await openAndRead(fixture, file, (v) => (v.page?.readings.length ?? 0) >= fixture.expected.readings.length);
    try {
      // The copy is on the page, in the layout, with its own numbers: only it is hidden.
      expect(await page.locator('.stale-c').count()).toBe(1);
      expect(compareReadings(fixture.expected.readings, view.page!.readings).problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('reads the copy the app shows instead of the one it hid', async () => {
    const fixture = loadFixture('search-console/performance-en');
    const swap = `
      const real = document.createElement('div');
      real.append(...document.body.childNodes);
      document.body.append(real);
      const copy = kit.addStaleCopy(document, 'display-class', 'after');
      setTimeout(() => { real.className = 'stale-a'; copy.className = ''; }, 2500);`;
    const cards = fixture.expected.readings.filter((r) => r.row === undefined);
    expect(cards.length).toBe(4);
    const shows = (view: TabView, texts: (t: string) => string) =>
      cards.every((c) => view.page?.readings.some((r) => r.metric === c.metric && r.scope.row === undefined && r.text === texts(c.text!)));
    const { page, tabId, view } = await openAndRead(fixture, pageWith(fixture, swap), (v) => shows(v, (t) => t));
    try {
      expect(view.page!.readings.some((r) => cards.some((c) => r.text === shiftDigits(c.text!)))).toBe(false);
      // After the swap, the numbers on screen are the other copy's: every digit moved on by one.
      await expect.poll(async () => shows(await tabView(probe, tabId), shiftDigits), { timeout: 20_000, interval: 250 }).toBe(true);
      const after = await tabView(probe, tabId);
      expect(after.page!.readings.some((r) => cards.some((c) => r.text === c.text))).toBe(false);
    } finally {
      await page.close();
    }
  });
});
