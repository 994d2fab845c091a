import { describe, expect, it } from 'vitest';
import { makeGoal, makeObservation, toDateReading } from '../support/goal-fixtures';
import { progressOf, warningCodes } from './helpers';

const SET = '2026-01-01T00:00:00.000Z';
const q1 = makeGoal({ target: { kind: 'reach', value: 9000, setAt: SET } });
const ctrGoal = makeGoal({ metric: 'ctr', scope: { source: 'google-ads' }, baseline: { value: 0.8, obtained: 'typed' }, target: { kind: 'reach', value: 1, setAt: SET } });
const ctr = (value: number, partial = {}) => makeObservation({ metric: 'ctr', value, source: 'google-ads', readAt: '2026-02-15T09:00:00.000Z', dateRange: { start: '2026-02-01', end: '2026-02-14' }, ...partial });

describe('warnings', () => {
  it('a healthy goal read today has no warnings', () => {
    expect(warningCodes(progressOf(q1, [toDateReading('2026-01-20', 1900)], '2026-01-20'))).toEqual([]);
  });

  it('metric-not-found when the page just read did not show the metric', () => {
    const p = progressOf(q1, [toDateReading('2026-01-20', 1900)], '2026-01-20', { missingOnPage: { pageUrl: 'https://analytics.google.com/x' } });
    expect(p.warnings).toContainEqual({
      code: 'metric-not-found',
      params: { metric: 'Sessions', metricId: 'sessions', pageUrl: 'https://analytics.google.com/x' },
      text: 'Sessions was not found on the page just read (https://analytics.google.com/x); the dashboard may have changed or the metric is hidden.',
    });
  });

  it('stale: not read for 35 days > 30-day cadence → status stale and a warning', () => {
    const p = progressOf(q1, [toDateReading('2026-01-20', 1900)], '2026-02-24');
    expect(p.status.code).toBe('stale');
    expect(p.warnings.find((w) => w.code === 'stale')?.text).toBe('Not read since 20 Jan 2026 (35 days; the review cadence is 30 days).');
  });

  it('review-due: no review 30 days after the start; a recent review clears it', () => {
    expect(warningCodes(progressOf(q1, [toDateReading('2026-02-15', 4500)], '2026-02-15'))).toContain('review-due');
    const reviewed = { ...q1, lastReviewedAt: '2026-02-01T10:00:00.000Z' };
    expect(warningCodes(progressOf(reviewed, [toDateReading('2026-02-15', 4500)], '2026-02-15'))).not.toContain('review-due');
  });

  it('deadline-passed only for goals still marked active', () => {
    expect(warningCodes(progressOf(q1, [toDateReading('2026-04-01', 9500)], '2026-04-03'))).toContain('deadline-passed');
    expect(warningCodes(progressOf({ ...q1, status: 'achieved' }, [toDateReading('2026-04-01', 9500)], '2026-04-03'))).not.toContain('deadline-passed');
  });

  it('too-many-active-goals past the focus limit of 5', () => {
    expect(warningCodes(progressOf(q1, [], '2026-01-20', { activeGoalCount: 5 }))).not.toContain('too-many-active-goals');
    const p = progressOf(q1, [], '2026-01-20', { activeGoalCount: 6 });
    expect(p.warnings.find((w) => w.code === 'too-many-active-goals')?.text).toBe("6 active goals; more than 5 scatter the team's focus.");
  });

  it('range-mismatch for a rate measured over a range that began before the goal', () => {
    const p = progressOf(ctrGoal, [ctr(0.9, { dateRange: { start: '2025-12-01', end: '2026-02-14' } })], '2026-02-15');
    expect(warningCodes(p)).toContain('range-mismatch');
  });
});

describe('unsure and mismatched readings are never treated as fact', () => {
  it('an unsure reading newer than the sure one is not current; it is flagged', () => {
    const sure = ctr(0.9, { readAt: '2026-02-14T09:00:00.000Z' });
    const unsure = ctr(9, { readAt: '2026-02-15T09:00:00.000Z', confidence: 'unsure', text: '0,9' });
    const p = progressOf(ctrGoal, [sure, unsure], '2026-02-15');
    expect(p.current).toBe(0.9);
    expect(p.approximate).toBe(false);
    expect(p.warnings.find((w) => w.code === 'ambiguous-reading')?.text).toBe('1 reading(s) could be read two ways (e.g. "0,9"); they are not used as the current value.');
  });

  it('with only unsure readings, the latest is used but marked approximate', () => {
    const p = progressOf(ctrGoal, [ctr(0.9, { confidence: 'unsure', text: '0,9' })], '2026-02-15');
    expect(p.current).toBe(0.9);
    expect(p.approximate).toBe(true);
    expect(p.warnings.find((w) => w.code === 'ambiguous-reading')?.params.usedAsCurrent).toBe(1);
  });

  it('a compact number (12.3K, precision 50) is approximate', () => {
    const p = progressOf(q1, [toDateReading('2026-02-15', 4500, { precision: 50, text: '4.5K' })], '2026-02-15');
    expect(p.approximate).toBe(true);
  });

  it('unit-mismatch: a CTR read as a count (0.009) is left out', () => {
    const p = progressOf(ctrGoal, [ctr(0.9, { readAt: '2026-02-14T09:00:00.000Z' }), ctr(0.009, { unit: 'count' })], '2026-02-15');
    expect(p.current).toBe(0.9);
    expect(p.warnings.find((w) => w.code === 'unit-mismatch')?.text).toBe('1 reading(s) of CTR were in count, not percent; they are left out.');
  });

  it('only mismatched units → no data rather than a wrong number', () => {
    const p = progressOf(ctrGoal, [ctr(0.009, { unit: 'count' })], '2026-02-15');
    expect(p.current).toBeNull();
    expect(p.status.code).toBe('no-data');
    expect(p.status.params.basis).toBe('no-comparable');
  });

  it('currency-mismatch: readings in another currency than when the target was set are left out', () => {
    const goal = makeGoal({ metric: 'cpa', scope: { source: 'google-ads' }, baseline: { value: 50, obtained: 'typed' }, target: { kind: 'decrease-to', value: 40, setAt: '2026-01-10T00:00:00.000Z' } });
    const eur = makeObservation({ metric: 'cpa', value: 45, currency: 'EUR', readAt: '2026-01-05T09:00:00.000Z', dateRange: null });
    const usd = makeObservation({ metric: 'cpa', value: 30, currency: 'USD', readAt: '2026-02-15T09:00:00.000Z', dateRange: null });
    const p = progressOf(goal, [eur, usd], '2026-02-15');
    expect(p.current).toBe(45);
    expect(p.warnings.find((w) => w.code === 'currency-mismatch')?.text).toBe("1 reading(s) were in USD, not EUR as the goal's other readings; they are left out.");
  });
});

describe('status when there is nothing to go on', () => {
  it('no readings → no-data, no forecast, no needed', () => {
    const p = progressOf(q1, [], '2026-02-15');
    expect(p).toMatchObject({ current: null, fraction: null, expectedNow: null, paceRatio: null, forecast: null, needed: null, approximate: false });
    expect(p.status).toEqual({
      code: 'no-data',
      params: expect.objectContaining({ basis: 'none', metric: 'Sessions' }) as unknown as Record<string, string | number>,
      text: 'No reading of Sessions yet; open the dashboard that shows it.',
    });
    expect(p.smart).toHaveLength(6);
  });

  it('readings of other metrics are ignored', () => {
    expect(progressOf(q1, [makeObservation({ metric: 'users', value: 5 })], '2026-02-15').current).toBeNull();
  });

  it('a percent target without a baseline (imported) has no target to judge', () => {
    const { baseline: _b, ...g } = makeGoal({ target: { kind: 'increase-by-percent', value: 10, setAt: SET } });
    const p = progressOf(g, [toDateReading('2026-02-15', 4500)], '2026-02-15');
    expect(p.target).toBeNull();
    expect(p.status.params.basis).toBe('no-target');
  });
});

describe('ratios and levels without a baseline', () => {
  const noBaseline = makeGoal({ metric: 'bounce-rate', baseline: undefined, target: { kind: 'reach', value: 40, setAt: SET }, start: '2026-01-01', deadline: '2026-12-31' });
  const br = (value: number, day: string) => makeObservation({ metric: 'bounce-rate', value, readAt: `${day}T09:00:00.000Z`, dateRange: null });

  it('a single reading is compared as it stands: 40 ÷ 45 = 89% → at risk', () => {
    const p = progressOf(noBaseline, [br(45, '2026-03-01')], '2026-03-01');
    expect(p.paceRatio).toBeNull();
    expect(p.status.code).toBe('at-risk');
    expect(p.status.params.basis).toBe('as-is');
  });

  it('an earlier reading becomes the start: 50% on 1 Jan → 45% read on 1 Jul (day 182), expected 50 − 10 × 182/365 ≈ 45.01 → on track', () => {
    const p = progressOf(noBaseline, [br(50, '2026-01-01'), br(45, '2026-07-01')], '2026-07-01');
    expect(p.expectedNow).toBeCloseTo(50 - (10 * 182) / 365, 6);
    expect(p.status.code).toBe('on-track');
  });
});
