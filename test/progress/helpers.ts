import type { Goal } from '../../lib/goals/types';
import { computeProgress } from '../../lib/progress/compute';
import { progressSettings } from '../../lib/progress/settings';
import type { GoalProgress, Observation, ProgressInput } from '../../lib/progress/types';

/** computeProgress with the usual settings for `today` and one active goal. */
export function progressOf(goal: Goal, history: readonly Observation[], today: string, extra: Partial<ProgressInput> = {}): GoalProgress {
  return computeProgress({ goal, history, settings: progressSettings(today), activeGoalCount: 1, ...extra });
}

export const warningCodes = (p: GoalProgress) => p.warnings.map((w) => w.code);
