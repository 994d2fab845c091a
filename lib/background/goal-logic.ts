import { matchGoals, pickBestReading } from '../goals/match';
import { computeProgress } from '../progress';
import type { GoalLogic } from './service';

/** The goal matching and progress engine the background uses, behind the service's interface. */
export const goalLogic: GoalLogic = {
  bestReading(goal, readings) {
    const best = pickBestReading(goal, readings);
    return best ? { index: readings.indexOf(best.reading), explanation: best.explanation } : null;
  },
  fitsGoal: (goal, observation) => matchGoals(observation, [goal]).length > 0,
  computeProgress,
};
