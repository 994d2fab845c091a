import type { Goal } from '../goals/types';
import type { Reading } from '../readings';
import type { GoalLogic } from './service';

/**
 * The page's readings a goal stands on (by reading index): for a goal of one metric, its best reading
 * (lib/goals/match.ts); for a formula goal, the best reading of each part — one page can show two parts
 * (revenue and purchases for AOV), and the goal's best reading overall would be only one of them.
 */
export function readingsOfGoal(goal: Goal, readings: readonly Reading[], logic: Pick<GoalLogic, 'bestReading'>): number[] {
  const formula = goal.formula;
  if (!formula) {
    const best = logic.bestReading(goal, readings);
    return best ? [best.index] : [];
  }
  const indexes = new Set<number>();
  for (const p of [...formula.numerator, ...formula.denominator]) {
    const best = logic.bestReading({ ...goal, formula: { ...formula, numerator: [p], denominator: [] } }, readings);
    if (best) indexes.add(best.index);
  }
  return [...indexes];
}

/** Which active goals each reading of a page stands for (by reading index): what a page read stores as each goal's history. */
export function linkReadings(goals: readonly Goal[], readings: readonly Reading[], logic: Pick<GoalLogic, 'bestReading'>): Map<number, string[]> {
  const linked = new Map<number, string[]>();
  for (const goal of goals) {
    if (goal.status !== 'active') continue;
    for (const index of readingsOfGoal(goal, readings, logic)) linked.set(index, [...(linked.get(index) ?? []), goal.id]);
  }
  return linked;
}
