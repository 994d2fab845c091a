import { describe, expect, it } from 'vitest';
import { SOURCE_IDS, type SourceId } from '../../lib/dashboards';
import { CHANNEL_ROWS, isChannelSource, sourceIsChannel } from '../../lib/goals/channels';
import { CHANNELS } from '../../lib/goals/model';
import { matchGoals, pickBestReading, type ReadingLike } from '../../lib/goals/match';
import type { Channel } from '../../lib/goals/types';
import { isMetricId } from '../../lib/metrics/catalogue';
import { equivalentMetrics, metricFit } from '../../lib/metrics/equivalent';
import { metricFromLabel } from '../../lib/metrics/labels';
import type { MetricId } from '../../lib/metrics/types';
import { listFixtures, loadFixture } from '../support/fixtures';
import { makeGoal } from '../support/goal-fixtures';

const reading = (partial: Partial<ReadingLike>): ReadingLike => ({
  metric: 'conversion-rate',
  source: 'ga4',
  scope: {},
  where: 'Traffic acquisition table',
  confidence: 'sure',
  readAt: '2026-11-20T09:00:00.000Z',
  ...partial,
});

const goalFor = (metric: MetricId, channel: Channel | undefined, scope = {}) =>
  makeGoal({ id: `${metric}-${channel ?? 'none'}`, metric, scope, ...(channel ? { channel } : {}) });

describe('a channel decides what a goal reads', () => {
  it("an organic conversion-rate goal takes GA4's 'Organic Search' row, not the site-wide total nor another channel's row", () => {
    const organic = goalFor('conversion-rate', 'organic', {});
    const total = reading({ scope: { row: 'Total' } });
    const organicRow = reading({ scope: { row: 'Organic Search' } });
    const paidRow = reading({ scope: { row: 'Paid Search' } });
    expect(matchGoals(total, [organic])).toEqual([]);
    expect(matchGoals(paidRow, [organic])).toEqual([]);
    expect(matchGoals(organicRow, [organic]).map((m) => m.goal.id)).toEqual([organic.id]);
    expect(pickBestReading(organic, [total, paidRow, organicRow])?.reading).toBe(organicRow);
  });

  it("a paid-search CTR goal never reads Search Console's (organic) CTR or Meta's, and reads Google Ads' own", () => {
    const paid = goalFor('ctr', 'paid-search', {});
    expect(matchGoals(reading({ metric: 'ctr', source: 'search-console' }), [paid])).toEqual([]);
    expect(matchGoals(reading({ metric: 'ctr', source: 'meta-ads' }), [paid])).toEqual([]);
    expect(matchGoals(reading({ metric: 'ctr', source: 'google-ads' }), [paid])).toHaveLength(1);
    // A campaign named in the goal narrows Google Ads to that campaign's row.
    const brand = goalFor('ctr', 'paid-search', { filter: 'Brand – Search' });
    expect(matchGoals(reading({ metric: 'ctr', source: 'google-ads' }), [brand])).toEqual([]);
    expect(matchGoals(reading({ metric: 'ctr', source: 'google-ads', scope: { row: 'Brand – Search' } }), [brand])).toHaveLength(1);
  });

  it('an SMS goal reads the SMS row and nothing site-wide; with no SMS row on the page it reads nothing', () => {
    const sms = goalFor('conversion-rate', 'sms', {});
    expect(pickBestReading(sms, [reading({}), reading({ scope: { row: 'Email' } })])).toBeNull();
    expect(pickBestReading(sms, [reading({}), reading({ scope: { row: 'SMS' } })])?.reading.scope.row).toBe('SMS');
  });

  it('a goal for all traffic sources never reads a dashboard that shows one channel', () => {
    const all = goalFor('clicks', 'all', {});
    expect(matchGoals(reading({ metric: 'clicks', source: 'search-console' }), [all])).toEqual([]);
    expect(matchGoals(reading({ metric: 'clicks', source: 'ga4' }), [all])).toHaveLength(1);
  });

  it('a goal with a region filter reads that row, not the total', () => {
    const saudi = goalFor('users', undefined, { filter: 'Saudi Arabia' });
    expect(pickBestReading(saudi, [reading({ metric: 'users' }), reading({ metric: 'users', scope: { row: 'Saudi Arabia' } })])?.reading.scope.row).toBe('Saudi Arabia');
    expect(pickBestReading(saudi, [reading({ metric: 'users' })])).toBeNull();
  });
});

/** The source a fixture's readings come from, as the content script names it. */
function fixtureSource(dashboard: string): SourceId {
  return (SOURCE_IDS as readonly string[]).includes(dashboard) ? (dashboard as SourceId) : 'generic';
}

describe('property over every fixture page: a channel goal never matches a total or another channel', () => {
  const channels = CHANNELS.filter((c): c is Exclude<Channel, 'all'> => c !== 'all');
  const fixtures = listFixtures().map(loadFixture);

  it('holds for each reading of each fixture, for each channel', () => {
    let checked = 0;
    let fits = 0;
    for (const fixture of fixtures) {
      const source = fixtureSource(fixture.dashboard);
      for (const expected of fixture.expected.readings) {
        if (!isMetricId(expected.metric)) continue;
        const r = reading({ metric: expected.metric, source, scope: expected.row ? { row: expected.row } : {}, where: fixture.name });
        for (const channel of channels) {
          const matched = matchGoals(r, [goalFor(expected.metric, channel, {})]).length > 0;
          const allowed = isChannelSource(source)
            ? sourceIsChannel(source, channel) && !expected.row
            : !!expected.row && CHANNEL_ROWS[channel].includes(expected.row);
          expect(matched, `${fixture.name}: ${expected.metric} ${expected.row ?? 'total'} for a ${channel} goal`).toBe(allowed);
          checked++;
          if (matched) fits++;
        }
      }
    }
    // The property is about real pages: enough readings, and some that a channel goal does take.
    expect(checked).toBeGreaterThan(5_000);
    expect(fits).toBeGreaterThan(50);
  });
});

describe('metrics that are the same number', () => {
  it("GA4's Users, Active users and Total users all count for a 'website visitors' goal", () => {
    expect(metricFromLabel('Users')).toBe('users');
    expect(metricFromLabel('Total users')).toBe('users');
    expect(metricFromLabel('Active users')).toBe('active-users');
    expect(metricFit('users', 'active-users')).toBe(1);
    expect(metricFit('active-users', 'users')).toBe(1);
    const visitors = goalFor('users', undefined, {});
    expect(pickBestReading(visitors, [reading({ metric: 'active-users' })])?.reading.metric).toBe('active-users');
  });

  it("the goal's own metric wins over an equivalent on the same page", () => {
    const visitors = goalFor('users', undefined, {});
    const active = reading({ metric: 'active-users', readAt: '2026-11-21T00:00:00.000Z' });
    const users = reading({ metric: 'users' });
    expect(pickBestReading(visitors, [active, users])?.reading).toBe(users);
  });

  it('Key events and Conversions, Amount spent and Cost are one metric each', () => {
    expect(metricFromLabel('Key events')).toBe(metricFromLabel('Conversions'));
    expect(metricFromLabel('Amount spent')).toBe(metricFromLabel('Cost'));
  });

  it('the table is symmetric and never pairs different units', () => {
    for (const a of ['users', 'active-users', 'sessions', 'conversions', 'cost'] as MetricId[]) {
      for (const b of equivalentMetrics(a)) expect(equivalentMetrics(b)).toContain(a);
    }
    expect(metricFit('sessions', 'users')).toBe(0);
  });
});
