/**
 * A find run in slices (`findPageSteps`, one step at a time, other finds and text reads running in
 * between, as other tasks do between idle callbacks) finds exactly what the one-go find does, notes
 * the same read elements, and always ends.
 */
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../lib/adapters/common';
import { findPage, findPageSteps } from '../../lib/adapters/registry';
import type { FoundPage } from '../../lib/adapters/types';
import { openFixture, openHtml } from '../support/dom';
import { listFixtures } from '../support/fixtures';

/** A bound no finite page reaches: a sliced find that passes it never ends. */
const MAX_STEPS = 100_000;

function runSliced(steps: Generator<void, FoundPage, void>, between: () => void): { found: FoundPage; steps: number } {
  for (let n = 1; n <= MAX_STEPS; n++) {
    const step = steps.next();
    if (step.done) return { found: step.value, steps: n };
    between();
  }
  throw new Error(`the sliced find did not end within ${MAX_STEPS} steps`);
}

const SLICED_TABLE = `<!doctype html><html lang="en"><head><title>Big</title></head><body><h1>Orders</h1>
<table><thead><tr><th>Region</th><th>Orders</th><th>Revenue</th></tr></thead><tbody>
${Array.from({ length: 300 }, (_, i) => `<tr><td>Region ${i}</td><td><span>${i * 3}</span><i aria-hidden="true">arrow</i></td><td>$${i}.50</td></tr>`).join('')}
</tbody></table></body></html>`;

describe('a find in slices', () => {
  it.each(listFixtures())('%s: finds the same cells, elements and read elements as the one-go find', async (name) => {
    const page = await openFixture(name);
    const other = await openFixture(name.startsWith('ga4/') ? 'google-ads/campaigns-en' : 'ga4/traffic-acquisition-zh');
    try {
      const once = findPage(page.ctx);
      // Between steps: another page's whole find and stray text reads, sharing the module's state.
      const otherCells = findPage(other.ctx).raw.cells.length;
      let between = 0;
      const { found, steps } = runSliced(findPageSteps(page.ctx), () => {
        if (between++ % 10 === 0) expect(findPage(other.ctx).raw.cells).toHaveLength(otherCells);
        cleanText(other.document.body);
      });
      expect(found.raw).toStrictEqual(once.raw);
      expect(found.elements).toEqual(once.elements);
      expect(found.elements.every((el, i) => el === once.elements[i])).toBe(true);
      expect([...found.reads!.entries()]).toEqual([...once.reads!.entries()]);
      expect(found.rereads?.map((r) => r !== undefined)).toEqual(once.rereads?.map((r) => r !== undefined));
      // A pause every 4 rows: a table of a dozen rows is read in several steps.
      if (new Set(once.raw.cells.map((c) => c.row)).size > 12) expect(steps).toBeGreaterThan(2);
    } finally {
      await Promise.all([page.close(), other.close()]);
    }
  });

  it('pauses every few rows of a big table and still ends, with every row read', async () => {
    const page = await openHtml(SLICED_TABLE, 'https://shop.example.com/report', '2026-11-24');
    try {
      const once = findPage(page.ctx);
      const { found, steps } = runSliced(findPageSteps(page.ctx), () => {});
      expect(once.raw.cells).toHaveLength(600);
      expect(found.raw).toStrictEqual(once.raw);
      // 300 rows, gone through twice (rows collected, then cells read), a pause every 4.
      expect(steps).toBeGreaterThanOrEqual(150);
      expect(found.raw.cells.find((c) => c.row === 'Region 1' && c.label === 'Orders')).toMatchObject({ text: '3' });
    } finally {
      await page.close();
    }
  });

  it('an adapter failing halfway through its steps gives an empty page with a note, never a throw', async () => {
    const page = await openHtml(SLICED_TABLE, 'https://shop.example.com/report', '2026-11-24');
    try {
      const failing = {
        id: 'generic' as const,
        name: 'Halfway reader',
        matches: () => true,
        find: () => {
          throw new Error('unused');
        },
        *steps() {
          yield;
          yield;
          throw new Error('the table went away');
        },
      };
      const { found } = runSliced(findPageSteps(page.ctx, [failing]), () => {});
      expect(found.raw.cells).toEqual([]);
      expect(found.raw.notes.map((n) => `${n.code} ${n.detail}`).join(' ')).toMatch(/^reader-failed .*the table went away/);
    } finally {
      await page.close();
    }
  });
});
