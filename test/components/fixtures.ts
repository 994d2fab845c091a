/** Canned readings, goals and views for the component tests. */
import type { Goal } from '../../lib/goals/types';
import type { GoalView, PageReport, TabView } from '../../lib/messages';
import type { MetricId } from '../../lib/metrics/types';
import type { GoalProgress, StatusCode, WarningCode } from '../../lib/progress/types';
import type { Reading } from '../../lib/readings';
import { DEFAULT_SETTINGS, type StoredSettings } from '../../lib/settings';
import { makeGoal } from '../support/goal-fixtures';

export const PAGE_URL = 'https://ads.google.com/aw/campaigns?ocid=1';
export const OCT = { start: '2026-10-01', end: '2026-10-31' };

export function reading(metric: MetricId, value: number, text: string, where: string, extra: Partial<Reading> = {}): Reading {
  return {
    metric,
    value,
    unit: metric === 'ctr' || metric === 'conversion-rate' || metric === 'bounce-rate' ? 'percent' : metric === 'cost' || metric === 'cpa' ? 'currency' : 'count',
    precision: 0.5,
    label: metric,
    text,
    source: 'google-ads',
    scope: {},
    dateRange: OCT,
    where,
    confidence: 'sure',
    pageUrl: PAGE_URL,
    readAt: '2026-11-24T09:00:00.000Z',
    ...extra,
  };
}

/** A Google Ads page: two scorecards, a campaigns table with totals and 20 campaign rows. */
export function adsReadings(rows = 20): Reading[] {
  const out: Reading[] = [
    reading('clicks', 5400, '5.4K', 'Overview, “Clicks” card'),
    reading('impressions', 120000, '120K', 'Overview, “Impressions” card'),
    reading('cost', 3210, '$3,210.00', 'Campaigns table, totals row, Cost column', { currency: 'USD' }),
    reading('conversions', 88, '88', 'Campaigns table, totals row, Conversions column'),
  ];
  for (let i = 1; i <= rows; i++) {
    out.push(reading('cost', 100 + i, `$${100 + i}.00`, `Campaigns table, row “Campaign ${i}”, Cost column`, { scope: { row: `Campaign ${i}` }, currency: 'USD' }));
  }
  return out;
}

export function page(readings: Reading[], extra: Partial<PageReport> = {}): PageReport {
  return {
    pageUrl: PAGE_URL,
    title: 'Campaigns – Google Ads',
    source: 'google-ads',
    state: 'ready',
    dateRange: OCT,
    scope: {},
    readings,
    cells: readings.map((_, i) => i),
    unrecognised: [],
    notes: [],
    readAt: '2026-11-24T09:00:00.000Z',
    ...extra,
  };
}

const STATUS_TEXT: Record<StatusCode, string> = {
  achieved: 'Target met: 10,500 against a target of 10,000.',
  'on-track': 'On track: 6,200 against 6,000 expected by 24 Nov 2026 (103% of pace).',
  'at-risk': 'At risk: 5,500 against 6,000 expected by 24 Nov 2026 (92% of pace).',
  behind: 'Behind: 6,200 against 8,000 expected by 24 Nov 2026 (78% of pace).',
  missed: 'The deadline (30 Sep 2026) passed at 7,000 against a target of 10,000.',
  'no-data': 'No reading of Sessions yet; open the dashboard that shows it.',
  stale: 'Last read on 1 Oct 2026, more than 30 days ago; open the dashboard to refresh.',
  'too-early': 'Too early to judge: 5% of the period has passed.',
};

export function progress(goalId: string, code: StatusCode, partial: Partial<GoalProgress> = {}, warnings: Array<[WarningCode, Record<string, string | number>, string]> = []): GoalProgress {
  return {
    goalId,
    current: 6200,
    target: 10000,
    fraction: 0.62,
    expectedNow: 8000,
    paceRatio: 0.78,
    elapsed: 0.8,
    status: { code, params: { basis: 'pace', current: '6,200', expected: '8,000', asOf: '24 Nov 2026', pacePercent: 78 }, text: STATUS_TEXT[code] },
    forecast: { value: 8400, method: 'run-rate' },
    needed: { perDay: 100, perWeek: 700 },
    warnings: warnings.map(([c, params, text]) => ({ code: c, params, text })),
    smart: [
      { letter: 'S', pass: true, reason: 'One metric with its scope: Clicks for paid-search.' },
      { letter: 'M', pass: true, reason: 'Measured on the dashboard from 4,000 to 10,000.' },
      { letter: 'A', pass: false, reason: 'Needs +150% over 92 days but its own trend gives +20% per 92 days.' },
      { letter: 'R', pass: true, reason: 'Tied to the business: RACE stage reach.' },
      { letter: 'T', pass: true, reason: 'Runs 1 Oct 2026 to 31 Dec 2026 (92 days).' },
      { letter: 'E', pass: true, reason: 'Reviewed every 30 days; next review on 1 Dec 2026.' },
    ],
    approximate: false,
    ...partial,
  };
}

export function goalView(goal: Partial<Goal>, code: StatusCode = 'behind', extra: Partial<GoalView> = {}, p: Partial<GoalProgress> = {}): GoalView {
  const g = makeGoal({ start: '2026-10-01', deadline: '2026-12-31', metric: 'clicks', ...goal });
  return {
    goal: g,
    progress: progress(g.id, code, p),
    trend: [
      { readAt: '2026-10-05T09:00:00.000Z', value: 1000 },
      { readAt: '2026-10-20T09:00:00.000Z', value: 3000 },
      { readAt: '2026-11-10T09:00:00.000Z', value: 5000 },
      { readAt: '2026-11-24T09:00:00.000Z', value: 6200 },
    ],
    ...extra,
  };
}

export function tabView(readings: Reading[], goals: GoalView[], unmatched?: number[], pageExtra: Partial<PageReport> = {}): TabView {
  return {
    tabId: 7,
    page: page(readings, pageExtra),
    goals,
    unmatched: unmatched ?? readings.map((_, i) => i).filter((i) => !goals.some((g) => g.matched?.index === i)),
    draft: null,
  };
}

export const settings = (partial: Partial<StoredSettings> = {}): StoredSettings => ({ ...DEFAULT_SETTINGS, ...partial });

/** The view of a tab with no supported dashboard. */
export const noPage = (): TabView => ({ tabId: 7, page: null, goals: [], unmatched: [], draft: null });
