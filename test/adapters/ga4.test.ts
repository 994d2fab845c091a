import { describe, expect, it } from 'vitest';
import { ga4 } from '../../lib/adapters/ga4';
import { describeFixtures } from '../support/adapter-suite';
import { openFixture, readFixture, readWith } from '../support/dom';

const read = (ctx: Parameters<typeof readWith>[1]) => readWith((c) => ga4.find(c), ctx).result;

describeFixtures(ga4, 'ga4');

describe('GA4 specifics', () => {
  it('reads the home KPI tabs with “Home” card locators and no realtime count', async () => {
    const { page, result } = await readFixture('ga4/home-en', ga4);
    try {
      expect(result.readings.map((f) => f.reading.where)).toEqual([
        'Home, “Active users” card',
        'Home, “New users” card',
        'Home, “Average engagement time” card',
        'Home, “Total revenue” card',
      ]);
      // The "Active users in last 30 minutes" card (47) is realtime, not the period: never read.
      expect(result.readings.some((f) => f.reading.value === 47)).toBe(false);
      const revenue = result.readings.find((f) => f.reading.metric === 'revenue')!.reading;
      expect(revenue).toMatchObject({ unit: 'currency', currency: 'USD', value: 4300, text: '$4.3K', confidence: 'sure' });
      expect(result.readings[0]!.element.matches('div.value')).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('reads a total without its “% of total” note when the total has no element of its own', async () => {
    // The note sits beside the total in the same header cell (shared/dashboards.md); the class naming
    // the total is the fixture's. Without it the whole cell is read, and the note must not join the number.
    const page = await openFixture('ga4/traffic-acquisition-zh');
    try {
      for (const total of Array.from(page.document.querySelectorAll('div.total-value'))) total.className = 'value-box';
      const sessions = read(page.ctx).readings.find((f) => f.reading.metric === 'sessions' && f.reading.scope.row === undefined)!.reading;
      expect(sessions).toMatchObject({ text: '12,145', value: 12145, confidence: 'sure' });
    } finally {
      await page.close();
    }
  });

  it('reads table cells without percent-of-total, sparklines or icons, and locates them', async () => {
    const { page, result } = await readFixture('ga4/traffic-acquisition-zh', ga4);
    try {
      const organic = result.readings.find((f) => f.reading.metric === 'sessions' && f.reading.scope.row === 'Organic Search')!.reading;
      expect(organic.text).toBe('5,432');
      expect(organic.where).toBe('流量获取：会话主要渠道组（默认渠道组） table, “Organic Search” row, 会话数 column');
      const total = result.readings.find((f) => f.reading.metric === 'sessions' && f.reading.scope.row === undefined)!.reading;
      expect(total.where).toContain('totals row');
    } finally {
      await page.close();
    }
  });

  it('prefers exact hash dates to the picker text, and the picker to a hash preset', async () => {
    const page = await openFixture('ga4/home-en');
    try {
      const withDates = { ...page.ctx, url: new URL('https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome?params=_u.date00%3D20260901%26_u.date01%3D20260930') };
      expect(read(withDates).dateRange).toEqual({ start: '2026-09-01', end: '2026-09-30' });
      const withPreset = { ...page.ctx, url: new URL('https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome?params=_u.dateOption%3Dlast7Days') };
      expect(read(withPreset).dateRange).toEqual({ start: '2026-10-01', end: '2026-10-31' });
    } finally {
      await page.close();
    }
  });

  it('never takes a column of row numbers for the row names, nor for a metric', async () => {
    const { page, result: before } = await readFixture('ga4/traffic-acquisition-zh', ga4);
    try {
      const doc = page.document;
      const numberHeader = doc.createElement('th');
      numberHeader.className = 'mat-mdc-header-cell cdk-column-__row_index__ mat-column-__row_index__';
      doc.querySelector('thead tr[class*="table-header-row"]')!.prepend(numberHeader);
      doc.querySelector('thead tr[class*="summary-totals"]')?.prepend(doc.createElement('th'));
      doc.querySelectorAll('tbody tr.mat-mdc-row').forEach((tr, i) => {
        const td = doc.createElement('td');
        td.className = 'mat-mdc-cell cdk-column-__row_index__ mat-column-__row_index__';
        td.textContent = String(i + 1);
        tr.prepend(td);
      });
      const after = read(page.ctx);
      const shape = (r: typeof after) => r.readings.map((f) => [f.reading.metric, f.reading.scope.row, f.reading.value]);
      expect(shape(after)).toEqual(shape(before));
      expect(after.unrecognised).toEqual(before.unrecognised);
    } finally {
      await page.close();
    }
  });

  it('takes the property from every hash form', async () => {
    const page = await openFixture('ga4/home-en');
    try {
      for (const hash of ['#/p123456/reports/intelligenthome', '#/a98p123456/reports/explorer?r=x', '#/analysis/p123456/edit/abc']) {
        const url = new URL(`https://analytics.google.com/analytics/web/${hash}`);
        expect(read({ ...page.ctx, url }).scope.account).toBe('p123456');
      }
    } finally {
      await page.close();
    }
  });
});

describe('GA4 find side', () => {
  it('sends the API name of each column as the key, with or without the cdk-column- prefix', async () => {
    const { openHtml } = await import('../support/dom');
    const html = `<!doctype html><html lang="en"><body><h1>Pages</h1><ga-reporting-table><table class="mat-mdc-table">
<thead><tr class="mat-mdc-header-row table-header-row"><th class="mat-mdc-header-cell">Page</th><th class="mat-mdc-header-cell mdc-data-table__header-cell screenPageViews">Page hits</th><th class="mat-mdc-header-cell cdk-column-sessions sessions">Sessions</th></tr></thead>
<tbody><tr class="mat-mdc-row"><td class="mat-mdc-cell">/home</td><td class="mat-mdc-cell">1,234</td><td class="mat-mdc-cell">567</td></tr></tbody></table></ga-reporting-table></body></html>`;
    const page = await openHtml(html, 'https://analytics.google.com/analytics/web/#/p1/reports/explorer', '2026-11-24');
    try {
      const found = ga4.find(page.ctx);
      expect(found.raw.cells.map((c) => [c.key, c.label, c.row, c.text])).toEqual([
        ['screenPageViews', 'Page hits', '/home', '1,234'],
        ['sessions', 'Sessions', '/home', '567'],
      ]);
      // "Page hits" is no catalogue label, but the API name says what it is.
      expect(read(page.ctx).readings.map((f) => [f.reading.metric, f.reading.value])).toEqual([
        ['pageviews', 1234],
        ['sessions', 567],
      ]);
    } finally {
      await page.close();
    }
  });
});
