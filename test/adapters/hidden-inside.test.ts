/**
 * Inside a table a person can see, a cell or a part of one can still be hidden by its own attributes
 * (a recycled row a virtualised grid keeps `hidden`, an icon's `aria-hidden` glyph). A find asks the
 * table for those elements once (lib/adapters/visibility.ts `hiddenUnder`) instead of asking each
 * element it visits: on every fixture (a table's cells where it has one), a cell hidden so is not read, and hidden text inside a
 * cell is left out of the cell's text, as before.
 */
import { describe, expect, it } from 'vitest';
import { findPage } from '../../lib/adapters/registry';
import { openFixture } from '../support/dom';
import { listFixtures } from '../support/fixtures';

const tables = listFixtures().filter((name) => !name.startsWith('picker/') && !name.startsWith('hostile/'));

describe('what a table hides by attribute is not read', () => {
  it.each(tables)('%s', async (name) => {
    const page = await openFixture(name);
    try {
      const before = findPage(page.ctx);
      // A table's cells when the page has any (scorecards otherwise): the first, and one in another row.
      const cells = before.raw.cells.map((c, i) => ({ c, i }));
      const rowCells = cells.filter(({ c }) => c.row !== undefined);
      const candidates = rowCells.length >= 2 ? rowCells : cells;
      if (candidates.length < 2) {
        expect(before.raw.state).not.toBe('ready');
        return;
      }
      const hiddenCell = candidates[0]!;
      const decorated = candidates.find(({ c }) => c.row !== hiddenCell.c.row) ?? candidates[1]!;
      before.elements[hiddenCell.i]!.setAttribute(hiddenCell.i % 2 ? 'hidden' : 'aria-hidden', hiddenCell.i % 2 ? '' : 'true');
      const glyph = page.document.createElement('span');
      glyph.setAttribute('aria-hidden', 'true');
      glyph.textContent = '9 ';
      before.elements[decorated.i]!.prepend(glyph);

      const after = findPage(page.ctx).raw.cells.map((c) => `${c.where} = ${c.text}`);
      const expected = before.raw.cells.filter((_, i) => i !== hiddenCell.i).map((c) => `${c.where} = ${c.text}`);
      expect(after).toEqual(expected);
    } finally {
      await page.close();
    }
  });
});
