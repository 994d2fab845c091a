/**
 * "Only what a person can see is read", on every adapter: each fixture page gets a stale copy of its
 * whole report beside the real one, every digit changed, hidden the ways dashboards hide an old copy
 * (test/support/stale-copy.ts). What the extension reads must be exactly the fixture's expected page.
 * A zero-size clipping box needs a real browser's layout: test/e2e/hidden-copies.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import { findPage } from '../../lib/adapters/registry';
import { openFixture, readWith } from '../support/dom';
import { compareReadings, listFixtures } from '../support/fixtures';
import { HIDES_WITHOUT_LAYOUT, staleCopyKit } from '../support/stale-copy';

const { shiftDigits, addStaleCopy } = staleCopyKit();
const names = listFixtures();

describe('a hidden stale copy of the report is never read', () => {
  for (const how of HIDES_WITHOUT_LAYOUT) {
    for (const where of ['before', 'after'] as const) {
      it.each(names)(`%s, copy ${where} the page, hidden by ${how}`, async (name) => {
        const page = await openFixture(name);
        try {
          const copy = addStaleCopy(page.document, how, where);
          const { result } = readWith((ctx) => findPage(ctx), page.ctx);
          const expected = page.fixture.expected;
          const comparison = compareReadings(expected.readings, result.readings.map((f) => f.reading));
          expect(comparison.problems).toEqual([]);
          expect(result.dateRange).toEqual(expected.dateRange);
          expect([...result.unrecognised].sort()).toEqual([...(expected.unrecognised ?? [])].sort());
          for (const { element } of result.readings) expect(copy.contains(element)).toBe(false);
        } finally {
          await page.close();
        }
      });
    }
  }

  it('a loader left in a hidden copy does not hold the visible page as loading', async () => {
    const page = await openFixture('ga4/home-en');
    try {
      const stale = page.document.createElement('div');
      stale.setAttribute('hidden', '');
      stale.append(page.document.createElement('ga-loader'));
      page.document.body.append(stale);
      const read = () => readWith((ctx) => findPage(ctx), page.ctx).result;
      expect(read().state).toBe('ready');
      expect(read().notes).toEqual([]);
      // Shown, the same loader means part of the page is still loading.
      stale.removeAttribute('hidden');
      expect(read().notes).toEqual([{ code: 'still-loading' }]);
    } finally {
      await page.close();
    }
  });

  it('the copy differs in every digit, in every script', () => {
    expect(shiftDigits('1,239 ۱۲۹ ١٢٩ ９ १')).toBe('2,340 ۲۳۰ ٢٣٠ ０ २');
  });
});
