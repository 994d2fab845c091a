import { searchConsole } from '../../lib/adapters/search-console';
import { describe, expect, it } from 'vitest';
import { describeFixtures } from '../support/adapter-suite';
import { openFixture, readFixture, readWith } from '../support/dom';

describeFixtures(searchConsole, 'search-console');

describe('Search Console specifics', () => {
  it('reads the exact number from the card title, keeping the compact text shown', async () => {
    const { page, result } = await readFixture('search-console/performance-stale-en', searchConsole);
    try {
      const clicks = result.readings.find((f) => f.reading.metric === 'clicks' && f.reading.scope.row === undefined)!.reading;
      expect(clicks.text).toBe('2.79K');
      expect(clicks.exact).toBe('2,791');
      expect(clicks).toMatchObject({ value: 2791, precision: 0.5 });
    } finally {
      await page.close();
    }
  });

  it('leaves a compare-mode table unread rather than pair a previous-period value with a header, and still reads the cards', async () => {
    const page = await openFixture('search-console/performance-en');
    try {
      // Compare mode: each metric prints current, previous and difference under one header.
      for (const tr of Array.from(page.document.querySelectorAll('tbody tr'))) {
        for (const td of Array.from(tr.querySelectorAll('td')).slice(1)) td.after(td.cloneNode(true), td.cloneNode(true));
      }
      const { result } = readWith((c) => searchConsole.find(c), page.ctx);
      expect(result.readings.filter((f) => f.reading.scope.row !== undefined)).toEqual([]);
      expect(result.readings.map((f) => f.reading.metric).sort()).toEqual(['average-position', 'clicks', 'ctr', 'impressions']);
      expect(result.notes).toEqual([{ code: 'compare-mode-table' }]);
    } finally {
      await page.close();
    }
  });
});
