import { describe, expect, it } from 'vitest';
import { explainMatch, matchGoals, pickBestReading, sameName, type ReadingLike } from '../../lib/goals/match';
import type { Goal, GoalScope } from '../../lib/goals/types';
import type { MetricId } from '../../lib/metrics/types';
import { makeGoal } from '../support/goal-fixtures';

function reading(partial: Partial<ReadingLike> = {}): ReadingLike {
  return { metric: 'ctr', source: 'google-ads', scope: {}, where: 'Campaigns table, CTR column', confidence: 'sure', readAt: '2026-02-01T09:00:00.000Z', ...partial };
}
const goal = (id: string, metric: MetricId, scope: GoalScope): Goal => makeGoal({ id, metric, scope });

describe('matchGoals', () => {
  const goals = [
    goal('all-ctr', 'ctr', {}),
    goal('ads-ctr', 'ctr', { source: 'google-ads' }),
    goal('paid-ctr', 'ctr', { source: 'google-ads', filter: 'Paid search' }),
    goal('meta-ctr', 'ctr', { source: 'meta-ads' }),
    goal('acme-ctr', 'ctr', { account: 'Acme Store (123-456-7890)' }),
    goal('cpa', 'cpa', {}),
  ];

  it('a totals reading matches goals of its metric without a filter, on any or its own source', () => {
    expect(matchGoals(reading(), goals).map((m) => m.goal.id)).toEqual(['all-ctr', 'ads-ctr']);
  });

  it("a row matches only the goal whose filter names it, case- and space-insensitively", () => {
    const m = matchGoals(reading({ scope: { row: '  PAID   search ' } }), goals);
    expect(m.map((x) => x.goal.id)).toEqual(['paid-ctr']);
    expect(m[0]!.explanation).toBe("matched 'PAID   search' row in Google Ads campaigns table, CTR column");
  });

  it('a row never stands in for the whole account (goal without filter)', () => {
    expect(matchGoals(reading({ scope: { row: 'Brand' } }), goals).map((m) => m.goal.id)).toEqual([]);
  });

  it('a "Total" row counts as totals', () => {
    expect(matchGoals(reading({ scope: { row: 'Total: Account' } }), goals).map((m) => m.goal.id)).toEqual(['all-ctr', 'ads-ctr']);
  });

  it('account must match by name or by id; a reading without an account does not match an account goal', () => {
    expect(matchGoals(reading({ scope: { account: 'acme store (123-456-7890)' } }), goals).map((m) => m.goal.id)).toContain('acme-ctr');
    expect(matchGoals(reading({ scope: { account: '1234567890' } }), goals).map((m) => m.goal.id)).toContain('acme-ctr');
    expect(matchGoals(reading({ scope: { account: 'Other (999-999-9999)' } }), goals).map((m) => m.goal.id)).not.toContain('acme-ctr');
    expect(matchGoals(reading(), goals).map((m) => m.goal.id)).not.toContain('acme-ctr');
  });

  it('a totals reading on a page narrowed to the filter matches the filtered goal, weakly', () => {
    const m = matchGoals(reading({ where: 'Campaign “Paid search” overview, CTR card' }), goals);
    expect(m.map((x) => [x.goal.id, x.specificity])).toEqual([['all-ctr', 2], ['ads-ctr', 2], ['paid-ctr', 1]]);
  });
});

describe('pickBestReading', () => {
  const rows = [
    reading({ readAt: '2026-02-01T09:00:00.000Z' }),
    reading({ scope: { row: 'Paid search' }, where: 'Campaigns table', readAt: '2026-02-01T08:00:00.000Z' }),
    reading({ scope: { row: 'Display' }, readAt: '2026-02-01T10:00:00.000Z' }),
  ];

  it('a goal with a filter takes the row with its key over totals', () => {
    const best = pickBestReading(goal('g', 'ctr', { filter: 'paid search' }), rows);
    expect(best?.reading.scope.row).toBe('Paid search');
    expect(best?.explanation).toBe("matched 'Paid search' row in Google Ads campaigns table");
  });

  it('a goal without a filter takes totals/scorecards over rows', () => {
    const best = pickBestReading(goal('g', 'ctr', {}), rows);
    expect(best?.reading.scope.row).toBeUndefined();
    expect(best?.explanation).toBe('matched the totals in Google Ads campaigns table, CTR column');
  });

  it('among equally specific readings: sure beats unsure, then the latest', () => {
    const candidates = [
      reading({ readAt: '2026-02-03T09:00:00.000Z', confidence: 'unsure' }),
      reading({ readAt: '2026-02-02T09:00:00.000Z' }),
      reading({ readAt: '2026-02-01T09:00:00.000Z' }),
    ];
    expect(pickBestReading(goal('g', 'ctr', {}), candidates)?.reading.readAt).toBe('2026-02-02T09:00:00.000Z');
  });

  it('null when nothing fits (other metric, other source)', () => {
    expect(pickBestReading(goal('g', 'cpa', {}), rows)).toBeNull();
    expect(pickBestReading(goal('g', 'ctr', { source: 'meta-ads' }), rows)).toBeNull();
  });
});

describe('names and explanations', () => {
  it('sameName: normalised text or a shared id', () => {
    expect(sameName('Ｐａｉｄ Search', 'paid search')).toBe(true);
    expect(sameName('p123456', 'GA4 property 123456')).toBe(true);
    expect(sameName('Brand', 'Brand 2')).toBe(false);
    expect(sameName('2026', '2026')).toBe(true);
    expect(sameName('Summer 2026', 'Winter 2026')).toBe(false); // years are not ids
  });

  it('explainMatch keeps where as printed when it already names the source', () => {
    expect(explainMatch(reading({ source: 'ga4', where: 'GA4 Home, “Sessions” card' }))).toBe('matched the totals in GA4 Home, “Sessions” card');
    expect(explainMatch(reading({ source: 'generic', where: 'Table 1, row 2' }))).toBe('matched the totals in Table 1, row 2');
  });
});
