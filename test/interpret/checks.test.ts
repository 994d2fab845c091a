/**
 * Goalpost checks a reading against the page's other numbers (lib/interpret/checks.ts): a ratio that
 * disagrees with its parts beyond the printed rounding, or a total below what its rows add up to, is
 * doubtful — shown with the reason, never used for a goal. Figures that agree within rounding, or that
 * cannot be compared, are left alone.
 */
import { describe, expect, it } from 'vitest';
import type { RawCell, RawPage } from '../../lib/adapters/types';
import { crossCheck } from '../../lib/interpret/checks';
import { interpretPage } from '../../lib/interpret/page';
import { pickBestReading } from '../../lib/goals/match';
import { findPage } from '../../lib/adapters/registry';
import { listFixtures } from '../support/fixtures';
import { openFixture, readWith } from '../support/dom';

const cell = (label: string, text: string, row?: string, group = 0): RawCell => ({ label, text, where: `${label}`, group, ...(row === undefined ? {} : { row }) });

function read(cells: RawCell[], source: RawPage['source'] = 'google-ads') {
  const raw: RawPage = { source, state: 'ready', scope: {}, locale: 'en', dateTexts: [], notes: [], cells };
  return interpretPage(raw, { url: new URL('https://ads.google.com/aw/campaigns'), today: '2026-12-04' }).readings.map((r) => r.reading);
}

const doubts = (readings: ReturnType<typeof read>) => readings.flatMap((r) => (r.doubt ? [[r.metric, r.scope.row ?? 'totals', r.doubt]] : []));

describe('ratios against their parts', () => {
  it('accepts a CTR, CPC, CPM and CPA that agree with their parts within the printed rounding', () => {
    const readings = read([
      cell('Clicks', '1,234', 'A'),
      cell('Impr.', '45,678', 'A'),
      cell('CTR', '2.70%', 'A'), // 2.7015…%
      cell('Cost', '$987.65', 'A'),
      cell('Avg. CPC', '$0.80', 'A'), // 0.8004
      cell('Avg. CPM', '$21.62', 'A'), // 21.6220
      cell('Conversions', '37', 'A'),
      cell('Cost / conv.', '$26.69', 'A'), // 26.693
    ]);
    expect(doubts(readings)).toEqual([]);
    expect(readings.every((r) => r.confidence === 'sure')).toBe(true);
  });

  it('doubts each ratio its parts contradict, and only that reading', () => {
    const readings = read([
      cell('Clicks', '1,234', 'A'),
      cell('Impr.', '45,678', 'A'),
      cell('CTR', '27.0%', 'A'), // a shifted decimal
      cell('Cost', '$987.65', 'A'),
      cell('Avg. CPC', '$8.00', 'A'),
      cell('Avg. CPM', '$2.16', 'A'),
      cell('Conversions', '37', 'A'),
      cell('Cost / conv.', '$2.67', 'A'),
    ]);
    expect(doubts(readings)).toEqual([
      ['ctr', 'A', 'ctr'],
      ['cpc', 'A', 'cpc'],
      ['cpm', 'A', 'cpm'],
      ['cpa', 'A', 'cpa'],
    ]);
    expect(readings.filter((r) => r.doubt).every((r) => r.confidence === 'unsure')).toBe(true);
    expect(readings.filter((r) => !r.doubt).every((r) => r.confidence === 'sure')).toBe(true);
  });

  it('checks GA4’s engagement rate against engaged sessions ÷ sessions', () => {
    const ok = read([cell('Sessions', '1,000', 'Direct'), cell('Engaged sessions', '620', 'Direct'), cell('Engagement rate', '62.00%', 'Direct')], 'ga4');
    expect(doubts(ok)).toEqual([]);
    const off = read([cell('Sessions', '1,000', 'Direct'), cell('Engaged sessions', '620', 'Direct'), cell('Engagement rate', '26.00%', 'Direct')], 'ga4');
    expect(doubts(off)).toEqual([['engagement-rate', 'Direct', 'engagement-rate']]);
  });

  it('gives compact figures the room their rounding leaves (12K clicks may be 11,500–12,500)', () => {
    const readings = read([cell('Clicks', '12K'), cell('Impressions', '1.2M'), cell('CTR', '1.04%')]);
    expect(doubts(readings)).toEqual([]);
  });

  it('compares parts only within one row of one table', () => {
    const readings = read([cell('Clicks', '100', 'A', 0), cell('Impressions', '1,000', 'B', 0), cell('CTR', '50%', 'A', 0), cell('Impressions', '1,000', 'A', 1)]);
    expect(doubts(readings)).toEqual([]);
  });

  it('says nothing where a part is zero or missing', () => {
    expect(doubts(read([cell('Clicks', '0', 'A'), cell('Impressions', '0', 'A'), cell('CTR', '0.00%', 'A')]))).toEqual([]);
    expect(doubts(read([cell('Cost', '$10.00', 'A'), cell('Conversions', '0', 'A'), cell('Cost / conv.', '$0.00', 'A')]))).toEqual([]);
    expect(doubts(read([cell('CTR', '99%', 'A'), cell('Clicks', '1', 'A')]))).toEqual([]);
  });
});

describe('totals against their rows', () => {
  it('doubts a total less than its rows add up to, for metrics counted once per row', () => {
    const readings = read([cell('Clicks', '250'), cell('Clicks', '200', 'A'), cell('Clicks', '100', 'B')]);
    expect(doubts(readings)).toEqual([['clicks', 'totals', 'totals']]);
  });

  it('accepts a total above its rows (rows on other pages, anonymised queries) and never sums deduplicated metrics', () => {
    expect(doubts(read([cell('Clicks', '400'), cell('Clicks', '200', 'A'), cell('Clicks', '100', 'B')]))).toEqual([]);
    // Users and reach are counted once across rows: the rows may add up to more than the total.
    expect(doubts(read([cell('Users', '250'), cell('Users', '200', 'A'), cell('Users', '100', 'B')], 'ga4'))).toEqual([]);
  });

  it('allows the rounding of compact rows', () => {
    // 1.2K + 1.3K may be 1,150 + 1,250 = 2,400.
    expect(doubts(read([cell('Clicks', '2,400'), cell('Clicks', '1.2K', 'A'), cell('Clicks', '1.3K', 'B')]))).toEqual([]);
  });
});

describe('a doubtful reading never stands for a goal', () => {
  it('is passed over for the goal’s number', () => {
    const readings = read([cell('Clicks', '1,234'), cell('Impressions', '45,678'), cell('CTR', '27.0%')]).map((r) => ({ ...r, readAt: '2026-12-04T10:00:00Z' }));
    expect(pickBestReading({ metric: 'ctr', scope: {} }, readings)).toBeNull();
    expect(pickBestReading({ metric: 'clicks', scope: {} }, readings)?.reading.value).toBe(1234);
  });

  it('checks ratios only where their definitions are known: Meta’s CTR (all) counts all clicks, its Results link clicks', () => {
    const parts = [{ metric: 'clicks', value: 100 }, { metric: 'impressions', value: 10_000 }, { metric: 'ctr', value: 5 }] as const;
    const readings = parts.map((p) => ({ ...p, unit: 'count', precision: 0.5, label: p.metric, text: String(p.value), source: 'meta-ads', scope: { row: 'A' }, dateRange: null, where: '', confidence: 'sure' }) as const);
    expect(crossCheck('meta-ads', readings, [0, 0, 0])).toEqual([undefined, undefined, undefined]);
    expect(crossCheck('google-ads', readings, [0, 0, 0])).toEqual([undefined, undefined, 'ctr']);
  });
});

describe('the fixtures, as real dashboards print them, pass every check', () => {
  it.each(listFixtures())('%s', async (name) => {
    const page = await openFixture(name);
    try {
      const { result } = readWith((ctx) => findPage(ctx), page.ctx);
      expect(result.readings.filter((f) => f.reading.doubt).map((f) => `${f.reading.metric} ${f.reading.scope.row ?? ''}: ${f.reading.doubt}`)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
