import { describe, expect, it } from 'vitest';
import type { FoundPage, RawCell, RawPage } from '../../lib/adapters/types';
import { DATE_RULES, KEY_METRICS, metricOfKey } from '../../lib/interpret/keys';
import { interpretDateRange, interpretPage, interpretedResult } from '../../lib/interpret/page';
import { isMetricId } from '../../lib/metrics/catalogue';

const TODAY = '2026-11-24';
const URL_PLAIN = new URL('https://dashboard.example.com/report');

function page(over: Partial<RawPage> & { cells: RawCell[] }): RawPage {
  return { source: 'generic', state: 'ready', scope: {}, locale: 'en', dateTexts: [], notes: [], ...over };
}

const cell = (label: string, text: string, extra: Partial<RawCell> = {}): RawCell => ({
  label,
  text,
  where: `Report table, ${extra.row === undefined ? 'totals row' : `“${extra.row}” row`}, ${label} column`,
  group: 0,
  ...extra,
});

const interpret = (raw: RawPage, url = URL_PLAIN) => interpretPage(raw, { url, today: TODAY });

describe('metric from key, then label', () => {
  it('every key map points at catalogue metrics', () => {
    for (const map of Object.values(KEY_METRICS)) for (const metric of Object.values(map)) expect(isMetricId(metric)).toBe(true);
  });

  it('maps GA4 API names, Google Ads essfields and Meta columns, and only own keys', () => {
    expect(metricOfKey('ga4', 'screenPageViews')).toBe('pageviews');
    expect(metricOfKey('ga4', 'keyEvents')).toBe('conversions');
    // CAC divides by first-time purchasers; GA4's total purchasers include repeat buyers and are no catalogue metric.
    expect(metricOfKey('ga4', 'firstTimePurchasers')).toBe('new-customers');
    expect(metricOfKey('ga4', 'totalPurchasers')).toBeNull();
    expect(metricOfKey('google-ads', 'stats.cost_per_conversion')).toBe('cpa');
    expect(metricOfKey('meta-ads', 'spend')).toBe('cost');
    expect(metricOfKey('meta-ads', 'forAttributionWindow(purchase_roas:omni_purchase,default)')).toBe('roas');
    // Keys are per dashboard, and prototype names are no keys.
    expect(metricOfKey('generic', 'spend')).toBeNull();
    expect(metricOfKey('ga4', 'toString')).toBeNull();
    expect(metricOfKey('ga4', undefined)).toBeNull();
  });

  it('a key wins over the label; an unknown key falls back to the label', () => {
    const raw = page({
      source: 'ga4',
      cells: [
        cell('会话数', '5,432', { key: 'sessions' }),
        cell('Whatever the header says', '1,234', { key: 'totalUsers' }),
        cell('Views', '99', { key: 'someNewApiName' }),
      ],
    });
    const { readings, unrecognised } = interpret(raw);
    expect(readings.map((r) => [r.cell, r.reading.metric, r.reading.value])).toEqual([
      [0, 'sessions', 5432],
      [1, 'users', 1234],
      [2, 'pageviews', 99],
    ]);
    expect(unrecognised).toEqual([]);
  });

  it('fills source, scope, label, text, where and date range on each reading', () => {
    const raw = page({
      source: 'google-ads',
      scope: { account: '98765432' },
      dateTexts: ['Oct 1 – 31, 2026'],
      cells: [cell('Cost', '$1,234.50', { key: 'stats.cost', row: 'Brand' })],
    });
    const { readings, dateRange } = interpret(raw);
    expect(dateRange).toEqual({ start: '2026-10-01', end: '2026-10-31' });
    expect(readings[0]!.reading).toEqual({
      metric: 'cost',
      value: 1234.5,
      unit: 'currency',
      currency: 'USD',
      precision: 0.005,
      label: 'Cost',
      text: '$1,234.50',
      source: 'google-ads',
      scope: { account: '98765432', row: 'Brand' },
      dateRange: { start: '2026-10-01', end: '2026-10-31' },
      where: 'Report table, “Brand” row, Cost column',
      confidence: 'sure',
    });
  });
});

describe('numbers', () => {
  it('settles ambiguous separators with the numbers of the same group, and only that group', () => {
    const raw = page({
      locale: '',
      cells: [
        cell('Clicks', '1,234', { group: 0 }),
        cell('CTR', '12,5 %', { group: 0 }),
        cell('Clicks', '1,234', { group: 1, row: 'B' }),
        cell('Impressions', '1,234,567', { group: 1, row: 'B' }),
        cell('Clicks', '1,234', { group: 2, row: 'C' }),
      ],
    });
    const { readings } = interpret(raw);
    const clicks = readings.filter((r) => r.reading.metric === 'clicks').map((r) => [r.reading.value, r.reading.confidence]);
    // Group 0: "12,5 %" says the comma is decimal. Group 1: "1,234,567" says it groups thousands.
    // Group 2 has no evidence: read, but unsure.
    expect(clicks).toEqual([
      [1.234, 'sure'],
      [1234, 'sure'],
      [1234, 'unsure'],
    ]);
  });

  it('takes the metric’s unit for a bare number and refuses, with the reason, a number whose unit contradicts its column', () => {
    const { readings, refused } = interpret(page({ cells: [cell('Cost', '1,234'), cell('Revenue', '12%'), cell('CTR', '3.4%'), cell('Clicks', '$12.00', { row: 'A' })] }));
    expect(readings.map((r) => [r.reading.metric, r.reading.unit, r.reading.confidence])).toEqual([
      ['cost', 'currency', 'sure'],
      ['ctr', 'percent', 'sure'],
    ]);
    expect(refused).toEqual([
      { metric: 'revenue', label: 'Revenue', text: '12%', unit: 'percent' },
      { metric: 'clicks', label: 'Clicks', text: '$12.00', unit: 'currency' },
    ]);
  });

  it('reads no value marks and non-numbers as nothing, and the locale’s digits and compact forms', () => {
    const raw = page({
      locale: 'fa',
      cells: [cell('جلسه‌ها', '—'), cell('کاربران', 'javascript:alert(1)'), cell('کاربران فعال', '۱۲ هزار'), cell('نرخ پرش', '۴۵٫۲٪')],
    });
    const { readings } = interpret(raw);
    expect(readings.map((r) => [r.cell, r.reading.metric, r.reading.value])).toEqual([
      [2, 'active-users', 12000],
      [3, 'bounce-rate', 45.2],
    ]);
  });
});

describe('what a cell holds beside its number', () => {
  it('reads the number before a share in parentheses, in any script', () => {
    const raw = page({
      source: 'ga4',
      cells: [cell('Sessions', '1,234 (12.5%)', { row: 'Organic Search' }), cell('Users', '987 (١٢٫٥٪)', { row: 'Direct' }), cell('Revenue', '(1,234)')],
    });
    expect(interpret(raw).readings.map((r) => [r.reading.metric, r.reading.value, r.reading.text])).toEqual([
      ['sessions', 1234, '1,234 (12.5%)'],
      ['users', 987, '987 (١٢٫٥٪)'],
      // Accounting parentheses hold the number itself, not a share.
      ['revenue', -1234, '(1,234)'],
    ]);
  });

  it('never reads a rate per period (a budget) as an amount', () => {
    const raw = page({ source: 'google-ads', locale: 'de', cells: [cell('Kosten', '50,00 €/Tag', { key: 'stats.cost', row: 'A' }), cell('Cost', 'US$20.00/day', { row: 'B' })] });
    expect(interpret(raw).readings).toEqual([]);
  });

  it('never reads a Google Ads column its key marks as no metric by its label', () => {
    const raw = page({
      source: 'google-ads',
      cells: [
        cell('Cost', '€70.00', { key: 'campaign_budget.amount', row: 'A' }),
        cell('CTR', '87.3%', { key: 'campaign.optimization_score', row: 'A' }),
        cell('Cost', '€12.00', { key: 'custom_column#123', row: 'A' }),
      ],
    });
    const { readings, unrecognised } = interpret(raw);
    expect(readings.map((r) => [r.reading.metric, r.reading.value])).toEqual([['cost', 12]]);
    expect(unrecognised).toEqual(['Cost', 'CTR']);
  });

  it('reads the exact number behind a shortened one, keeping both texts', () => {
    const raw = page({ source: 'search-console', locale: 'de', cells: [cell('Klicks insgesamt', '2778', { exact: '2.778' }), cell('Klicks insgesamt', '2,79K', { exact: '2.791', row: 'x' })] });
    expect(interpret(raw).readings.map((r) => [r.reading.value, r.reading.precision, r.reading.text, r.reading.exact])).toEqual([
      [2778, 0.5, '2778', '2.778'],
      [2791, 0.5, '2,79K', '2.791'],
    ]);
  });
});

describe('unrecognised labels', () => {
  it('reports each label of a value cell that names no metric once, in page order, and reads nothing for it', () => {
    const raw = page({
      cells: [
        cell('Event count', '1,204'),
        cell('Sessions', '5,432'),
        cell('Event count', '88', { row: 'Direct' }),
        cell('Sessions per user', '1.3'),
        cell('Users (returning)', '—'),
      ],
    });
    const { readings, unrecognised } = interpret(raw);
    expect(readings.map((r) => r.reading.metric)).toEqual(['sessions']);
    expect(unrecognised).toEqual(['Event count', 'Sessions per user', 'Users (returning)']);
  });
});

describe('Meta result types', () => {
  const RESULTS = 'forAttributionWindow(results,default)';
  const COST_PER = 'forAttributionWindow(cost_per_result,default)';
  const row = (name: string, count: string, type: string, cost: string, per: string): RawCell[] => [
    cell('Results', count, { key: RESULTS, qualifier: type, row: name }),
    cell('Amount spent', '$10.00', { key: 'spend', row: name }),
    cell('Cost per result', cost, { key: COST_PER, qualifier: per, row: name }),
  ];

  it('names Results by the type under it, and Cost per result by its row’s type', () => {
    const raw = page({
      source: 'meta-ads',
      cells: [
        ...row('A', '214', 'Purchases', '$11.45', 'Per Purchase'),
        ...row('B', '5,230', 'Link clicks', '$0.25', 'Per Link Click'),
        ...row('C', '900', 'Impressions', '$3.10', 'Per 1,000 impressions'),
        ...row('D', '12', 'Landing page views', '$2.00', 'Per landing page view'),
      ],
    });
    const { readings, unrecognised } = interpret(raw);
    expect(readings.map((r) => [r.reading.scope.row, r.reading.metric, r.reading.label])).toEqual([
      ['A', 'purchases', 'Results (Purchases)'],
      ['A', 'cost', 'Amount spent'],
      ['A', 'cpa', 'Cost per result (Per Purchase)'],
      ['B', 'clicks', 'Results (Link clicks)'],
      ['B', 'cost', 'Amount spent'],
      ['B', 'cpc', 'Cost per result (Per Link Click)'],
      ['C', 'impressions', 'Results (Impressions)'],
      ['C', 'cost', 'Amount spent'],
      ['C', 'cpm', 'Cost per result (Per 1,000 impressions)'],
      ['D', 'cost', 'Amount spent'],
    ]);
    // The unknown result type is reported, not the "Results" header.
    expect(unrecognised).toEqual(['Landing page views']);
  });

  it('a Results value that is no number reports nothing and leaves its row’s cost per result unread', () => {
    const raw = page({ source: 'meta-ads', cells: row('A', '1.2.3.4', 'Mystery', '$1.00', 'Per Mystery') });
    const { readings, unrecognised } = interpret(raw);
    expect(readings.map((r) => r.reading.metric)).toEqual(['cost']);
    expect(unrecognised).toEqual([]);
  });
});

describe('date range priority (per dashboard, as data)', () => {
  const ga4Url = (params: string) => new URL(`https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome?params=${encodeURIComponent(params)}`);
  const range = (raw: Partial<RawPage>, url: URL) => interpretDateRange({ source: 'generic', locale: 'en', dateTexts: [], ...raw }, { url, today: TODAY });

  it('GA4: exact hash dates, then the picker text, then the hash preset', () => {
    const picker = { source: 'ga4' as const, dateTexts: ['Oct 1 – 31, 2026'] };
    expect(range(picker, ga4Url('_u.date00=20260901&_u.date01=20260930'))).toEqual({ start: '2026-09-01', end: '2026-09-30' });
    expect(range(picker, ga4Url('_u.dateOption=last7Days'))).toEqual({ start: '2026-10-01', end: '2026-10-31' });
    expect(range({ source: 'ga4', dateTexts: ['Compare'] }, ga4Url('_u.dateOption=last7Days'))).toEqual({ start: '2026-11-17', end: '2026-11-23' });
  });

  it('Search Console: URL dates first, then the date chip, then num_of_days', () => {
    const base = 'https://search.google.com/search-console/performance/search-analytics?resource_id=sc-domain%3Aexample.com';
    const chip = { source: 'search-console' as const, dateTexts: ['Date: Oct 1 – 31, 2026'] };
    expect(range(chip, new URL(`${base}&start_date=20260901&end_date=20260930`))).toEqual({ start: '2026-09-01', end: '2026-09-30' });
    expect(range(chip, new URL(`${base}&num_of_days=7`))).toEqual({ start: '2026-10-01', end: '2026-10-31' });
    expect(range({ source: 'search-console', dateTexts: [] }, new URL(`${base}&num_of_days=7`))).toEqual({ start: '2026-11-17', end: '2026-11-23' });
  });

  it('Google Ads and Meta: only the date control, never the URL', () => {
    expect(DATE_RULES['google-ads']).toEqual(['texts']);
    expect(DATE_RULES['meta-ads']).toEqual(['texts']);
    const url = new URL('https://ads.google.com/aw/campaigns?ocid=1&start_date=20260901&end_date=20260930');
    expect(range({ source: 'google-ads', dateTexts: [] }, url)).toBeNull();
    expect(range({ source: 'meta-ads', dateTexts: ['Last 30 days: Jul 28, 2025 – Aug 26, 2025'] }, url)).toEqual({ start: '2025-07-28', end: '2025-08-26' });
  });

  it('reads the texts in order, each whole and after a "Date:" label, in the page locale', () => {
    expect(range({ dateTexts: ['Last 28 days', 'Oct 27 – Nov 23, 2026'] }, URL_PLAIN)).toEqual({ start: '2026-10-27', end: '2026-11-23' });
    expect(range({ locale: 'zh-CN', dateTexts: ['过去 30 天：2025年7月28日 – 2025年8月26日'] }, URL_PLAIN)).toEqual({ start: '2025-07-28', end: '2025-08-26' });
    expect(range({ dateTexts: ['Filters', ''] }, URL_PLAIN)).toBeNull();
  });
});

describe('interpretedResult', () => {
  it('pairs each reading with the element of its cell and keeps the page’s state, scope and notes', () => {
    const elements = [{ id: 'a' }, { id: 'b' }, { id: 'c' }] as unknown as Element[];
    const found: FoundPage = {
      raw: page({ scope: { account: 'x' }, notes: [{ code: 'rows-rendered', n: 25, of: 80 }], cells: [cell('Sessions', '12'), cell('Status', '3'), cell('Users', '7')] }),
      elements,
    };
    const result = interpretedResult(found, interpret(found.raw));
    expect(result.readings.map((r) => r.element)).toEqual([elements[0], elements[2]]);
    expect(result).toMatchObject({ source: 'generic', state: 'ready', scope: { account: 'x' }, unrecognised: ['Status'], notes: [{ code: 'rows-rendered', n: 25, of: 80 }] });
  });
});
