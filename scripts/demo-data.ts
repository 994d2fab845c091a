/**
 * The demo: which bundled dashboards are served at which real URLs, and the example goals (from the
 * seeds' list in shared/domain.md) that are seeded so the side panel has something to show.
 */
import { newGoal, type GoalInput } from '../lib/goals/model';
import type { Goal } from '../lib/goals/types';
import { deadlineFor } from '../lib/goals/deadline-presets';
import { localIsoDate } from '../lib/time';

export interface DemoDashboard {
  name: string;
  url: string;
  fixture: string;
}

export const DEMO_DASHBOARDS: readonly DemoDashboard[] = [
  { name: 'ga4-home', url: 'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome', fixture: 'test/fixtures/ga4/home-en.html' },
  { name: 'google-ads-campaigns', url: 'https://ads.google.com/aw/campaigns?ocid=98765432&authuser=0', fixture: 'test/fixtures/google-ads/campaigns-en.html' },
  { name: 'meta-ads-campaigns', url: 'https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=1234567890123456', fixture: 'test/fixtures/meta-ads/campaigns-en.html' },
  { name: 'search-console', url: 'https://search.google.com/search-console/performance/search-analytics?resource_id=sc-domain%3Aexample.com&num_of_days=28', fixture: 'test/fixtures/search-console/performance-en.html' },
  { name: 'looker-studio', url: 'https://lookerstudio.google.com/u/0/reporting/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/page/p_k2m9x8a1bd', fixture: 'test/fixtures/looker-studio/report-en.html' },
];

/** Goals in the spirit of the seeds' examples, dated relative to today so the demo never goes stale. */
export function demoGoals(now: Date): Goal[] {
  const today = localIsoDate(now);
  const monthStart = `${today.slice(0, 8)}01`;
  const inputs: GoalInput[] = [
    {
      name: 'Website visitors +30% within six months',
      metric: 'active-users',
      target: { kind: 'increase-by-percent', value: 30 },
      baseline: { value: 10_000, obtained: 'typed' },
      start: monthStart,
      deadline: deadlineFor('in-6-months', monthStart),
      scope: { source: 'ga4' },
      stage: 'reach',
      objective: 'More qualified traffic',
    },
    {
      name: 'Paid search CTR at least 1%',
      metric: 'ctr',
      target: { kind: 'stay-above', value: 1 },
      start: monthStart,
      deadline: deadlineFor('end-of-quarter', today),
      scope: { source: 'google-ads' },
      channel: 'paid-search',
      stage: 'reach',
    },
    {
      name: 'Paid search CPA under $25',
      metric: 'cpa',
      target: { kind: 'stay-below', value: 25 },
      start: monthStart,
      deadline: deadlineFor('end-of-quarter', today),
      scope: { source: 'google-ads' },
      channel: 'paid-search',
      stage: 'convert',
      objective: 'Profitable paid search',
    },
    {
      name: 'Bounce rate below 40% for all traffic',
      metric: 'bounce-rate',
      target: { kind: 'decrease-to', value: 40 },
      baseline: { value: 45, obtained: 'typed' },
      start: monthStart,
      deadline: deadlineFor('end-of-year', today),
      stage: 'act',
    },
    {
      name: 'Organic clicks 1,500 in 28 days',
      metric: 'clicks',
      target: { kind: 'reach', value: 1500 },
      start: monthStart,
      deadline: deadlineFor('end-of-month', today),
      scope: { source: 'search-console' },
      channel: 'organic',
      stage: 'reach',
    },
  ];
  return inputs.map((input) => newGoal(input, now.toISOString()));
}
