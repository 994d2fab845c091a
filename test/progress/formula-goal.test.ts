import { describe, expect, it } from 'vitest';
import { matchGoals } from '../../lib/goals/match';
import { newGoal } from '../../lib/goals/model';
import { derivedFormula } from '../../lib/metrics/derived';
import { makeObservation } from '../support/goal-fixtures';
import { progressOf } from './helpers';

/** CAC = ad spend ÷ new customers, the spend from Google Ads and the customers from GA4 (issue #17). */
const NOW = '2026-11-01T08:00:00.000Z';
const cacGoal = newGoal(
  { id: 'cac', metric: 'cac', target: { kind: 'stay-below', value: 40 }, start: '2026-11-01', deadline: '2026-12-31', stage: 'convert' },
  NOW,
);
const goal = { ...cacGoal, formula: derivedFormula('cac') };
const november = { start: '2026-11-01', end: '2026-11-20' };
const cost = (value: number, extra = {}) =>
  makeObservation({ metric: 'cost', value, currency: 'USD', source: 'google-ads', dateRange: november, readAt: '2026-11-21T09:00:00.000Z', goalIds: ['cac'], ...extra });
const customers = (value: number, extra = {}) =>
  makeObservation({ metric: 'new-customers', value, source: 'ga4', dateRange: november, readAt: '2026-11-21T10:00:00.000Z', goalIds: ['cac'], ...extra });

describe('a goal on a formula (CAC)', () => {
  it('takes readings of its parts, from any dashboard that shows them', () => {
    expect(matchGoals(cost(1000), [goal])).toHaveLength(1);
    expect(matchGoals(customers(30), [goal])).toHaveLength(1);
    expect(matchGoals(makeObservation({ metric: 'sessions' }), [goal])).toHaveLength(0);
  });

  it('computes spend ÷ new customers from two dashboards of the same dates and judges it against the target', () => {
    const p = progressOf(goal, [cost(1000), customers(40)], '2026-11-21');
    expect(p.current).toBe(25);
    expect(p.status.code).toBe('on-track');
    expect(p.derived).toMatchObject({ status: 'complete', value: 25, currency: 'USD' });
    if (p.derived?.status !== 'complete') throw new Error('expected a value');
    expect(p.derived.parts.map((x) => x.source).sort()).toEqual(['ga4', 'google-ads']);
  });

  it('with one part missing it is incomplete, names the part and shows no number', () => {
    const p = progressOf(goal, [cost(1000)], '2026-11-21');
    expect(p.current).toBeNull();
    expect(p.status).toMatchObject({ code: 'no-data', params: { basis: 'formula-incomplete' } });
    expect(p.status.text).toMatch(/missing .*new customers/i);
  });

  it('a part read too long ago is not combined with a fresh one', () => {
    const p = progressOf(goal, [cost(1000, { readAt: '2026-11-21T09:00:00.000Z' }), customers(40)], '2026-12-30');
    expect(p.current).toBeNull();
    expect(p.status.params.basis).toBe('formula-incomplete');
  });

  it('spend in two currencies is refused with a clear message, not added up', () => {
    const roas = { ...newGoal({ id: 'roas', metric: 'roas', target: { kind: 'stay-above', value: 3 }, start: '2026-11-01', deadline: '2026-12-31' }, NOW), formula: { ...derivedFormula('roas'), denominator: [{ metric: 'cost' as const, sources: ['google-ads' as const, 'meta-ads' as const] }] } };
    const p = progressOf(
      roas,
      [makeObservation({ metric: 'revenue', value: 9000, currency: 'USD', dateRange: november, readAt: '2026-11-21T09:00:00.000Z' }), cost(1000), cost(800, { source: 'meta-ads', currency: 'EUR' })],
      '2026-11-21',
    );
    expect(p.current).toBeNull();
    expect(p.status.params).toMatchObject({ basis: 'formula-refused', refusal: 'currency-mismatch' });
    expect(p.status.text).toMatch(/USD.*EUR|EUR.*USD/);
  });
});
