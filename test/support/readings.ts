import type { Reading } from '../../lib/readings';

/** A valid reading as the GA4 home card "Sessions 12,345" would produce it. */
export function makeReading(over: Partial<Reading> = {}): Reading {
  return {
    metric: 'sessions',
    value: 12345,
    unit: 'count',
    precision: 0.5,
    label: 'Sessions',
    text: '12,345',
    source: 'ga4',
    scope: { account: 'p123456' },
    dateRange: { start: '2026-11-01', end: '2026-11-23' },
    where: 'Home, “Sessions” card',
    confidence: 'sure',
    pageUrl: 'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome',
    readAt: '2026-11-24T10:00:00.000Z',
    ...over,
  };
}
