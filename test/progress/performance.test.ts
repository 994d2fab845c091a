import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../lib/progress/compute';
import { progressSettings } from '../../lib/progress/settings';
import { manyGoalsWithHistory } from '../support/goal-fixtures';

/** The benchmark's workload (50 goals × 10,000 observations) computes fully; its timing is `npm run bench`'s job. */
describe('benchmark workload', () => {
  const { today, items } = manyGoalsWithHistory(50, 10_000);
  const settings = progressSettings(today);

  it('produces a full result for every benchmark goal', () => {
    for (const { goal, history } of items.slice(0, 10)) {
      const p = computeProgress({ goal, history, settings, activeGoalCount: 3 });
      expect(p.current).not.toBeNull();
      expect(p.smart).toHaveLength(6);
      expect(p.status.text.length).toBeGreaterThan(0);
    }
  });
});
