/**
 * The checks every adapter's fixtures go through (one vitest `it` per fixture): every expected
 * reading read with the right value, unit, row and label; nothing else read; date range, state,
 * account and unrecognised labels as the expected file says; each reading anchored to an element of
 * the page with a locator. Pages that render after load must not be read as ready before they have.
 */
import { describe, expect, it } from 'vitest';
import type { Adapter } from '../../lib/adapters/types';
import { listFixtures, loadFixture } from './fixtures';
import { readFixture } from './dom';

export function describeFixtures(adapter: Adapter, dashboard: string): void {
  describe(`${adapter.name} fixtures`, () => {
    const names = listFixtures(dashboard);
    it('has fixtures', () => expect(names.length).toBeGreaterThanOrEqual(3));

    it.each(names)('%s', async (name) => {
      const { page, result, comparison } = await readFixture(name, adapter);
      try {
        const expected = page.fixture.expected;
        expect(adapter.matches(page.ctx.url)).toBe(true);
        expect(page.ctx.locale).toBe(expected.locale);
        expect(comparison.problems).toEqual([]);
        expect(comparison.correct).toBe(expected.readings.length);
        expect(result.state).toBe(expected.state);
        expect(result.dateRange).toEqual(expected.dateRange);
        expect(result.source).toBe(adapter.id);
        if (expected.account) expect(result.scope.account).toBe(expected.account);
        expect([...result.unrecognised].sort()).toEqual([...(expected.unrecognised ?? [])].sort());

        // Labels as printed, per metric and row.
        for (const e of expected.readings) {
          const found = result.readings.find((f) => f.reading.metric === e.metric && f.reading.scope.row === e.row);
          expect(found?.reading.label, `${e.metric} ${e.row ?? '(totals)'}`).toBe(e.label);
        }
        for (const { reading, element } of result.readings) {
          expect(element.ownerDocument).toBe(page.document);
          expect(reading.where.length).toBeGreaterThan(0);
          expect(reading.dateRange).toEqual(expected.dateRange);
          expect(reading.source).toBe(adapter.id);
          if (expected.account) expect(reading.scope.account).toBe(expected.account);
        }
        if (expected.virtualised) expect(result.notes.map((n) => n.code)).toEqual(expect.arrayContaining([expect.stringMatching(/^(rows-rendered|exploration-rows-in-view|columns-in-view)$/)]));
      } finally {
        await page.close();
      }
    });

    const late = names.filter((n) => loadFixture(n).expected.renderedAfterLoad === true);
    if (late.length) {
      it.each(late)('%s is not read as ready before its data has rendered', async (name) => {
        const { page, result } = await readFixture(name, adapter, false);
        try {
          expect(result.readings).toEqual([]);
          expect(result.state).toBe('loading');
        } finally {
          await page.close();
        }
      });
    }
  });
}
