import { describe, expect, it } from 'vitest';
import { pageBadges, type BadgeWords } from '../../lib/background/badges';
import { goalLogic } from '../../lib/background/goal-logic';
import { derivedFormula, formulaTitle } from '../../lib/metrics/derived';
import type { GoalView } from '../../lib/messages';
import type { GoalProgress } from '../../lib/progress/types';
import type { Goal } from '../../lib/goals/types';
import { makeGoal, makeObservation } from '../support/goal-fixtures';

const behind = { fraction: 0.27, status: { code: 'behind' } } as unknown as GoalProgress;
const words: BadgeWords = { text: (p) => `${Math.round(p.fraction! * 100)}% · ${p.status.code}`, partOf: (f) => `Part of ${formulaTitle(f)}` };
const view = (goal: Goal, matched?: number): GoalView => ({ goal, progress: behind, trend: [], ...(matched === undefined ? {} : { matched: { reading: readings[matched]!, index: matched, explanation: '' } }) });

// A GA4 report with first-time purchasers, purchases and revenue; its cells are elements 10, 11, 12.
const readings = [
  makeObservation({ metric: 'new-customers', value: 287 }),
  makeObservation({ metric: 'purchases', value: 499 }),
  makeObservation({ metric: 'revenue', value: 24_405 }),
];
const cells = [10, 11, 12];

describe('the badges a page read answers with', () => {
  it('a goal of one metric: one badge beside its number, not called a part', () => {
    const goal = makeGoal({ id: 'p', name: 'Purchases 600', metric: 'purchases' });
    expect(pageBadges([view(goal, 1)], readings, cells, goalLogic, words)).toEqual([{ cell: 11, text: '27% · behind', status: 'behind', goal: 'Purchases 600' }]);
  });

  it('a CAC goal on the page that shows its new customers: a badge there, labelled as a part of CAC', () => {
    const cac = makeGoal({ id: 'cac', name: 'CAC under $60', metric: 'cac', scope: {}, formula: { ...derivedFormula('cac'), numerator: [{ metric: 'cost', sources: ['google-ads'] }], denominator: [{ metric: 'new-customers', sources: ['ga4'] }] } });
    expect(pageBadges([view(cac, 0)], readings, cells, goalLogic, words)).toEqual([{ cell: 10, text: '27% · behind', status: 'behind', goal: 'CAC under $60', part: 'Part of CAC' }]);
  });

  it('a formula whose two parts are both on the page (AOV = revenue ÷ purchases): a part badge beside each', () => {
    const aov = makeGoal({ id: 'aov', name: 'AOV $50', metric: 'aov', scope: {}, formula: derivedFormula('aov') });
    const badges = pageBadges([view(aov, 2)], readings, cells, goalLogic, words);
    const part = `Part of ${formulaTitle(derivedFormula('aov'))}`;
    expect(badges.map((b) => [b.cell, b.part, b.text])).toEqual([[12, part, '27% · behind'], [11, part, '27% · behind']]);
  });

  it('a part from another dashboard is not badged here', () => {
    const roas = makeGoal({ id: 'roas', name: 'ROAS 4', metric: 'roas', scope: {}, formula: { ...derivedFormula('roas'), numerator: [{ metric: 'revenue', sources: ['google-ads'] }], denominator: [{ metric: 'cost', sources: ['google-ads'] }] } });
    expect(pageBadges([view(roas)], readings, cells, goalLogic, words)).toEqual([]);
  });
});
