import type { GoalFormula } from '../metrics/derived';
import type { CellBadge, GoalView } from '../messages';
import type { GoalProgress } from '../progress/types';
import type { Reading } from '../readings';
import { readingsOfGoal } from './link';
import type { GoalLogic } from './service';

/** How a badge is worded, in the UI language the settings choose. */
export interface BadgeWords {
  /** "62% · Behind". */
  text(progress: GoalProgress): string;
  /** "Part of CAC". */
  partOf(formula: GoalFormula): string;
}

/**
 * The badges a page read answers with. A goal of one metric gets one beside the number it matched. A
 * formula goal (CAC = cost ÷ new customers) gets one beside each of its parts this page shows — a page
 * can show two (revenue and purchases for AOV) — labelled as a part: its percent is the KPI's progress,
 * which a reader would otherwise take for that number's own.
 */
export function pageBadges(
  views: readonly GoalView[],
  readings: readonly Reading[],
  cells: readonly number[],
  logic: Pick<GoalLogic, 'bestReading'>,
  words: BadgeWords,
): CellBadge[] {
  return views.flatMap((view) => {
    const { goal, progress } = view;
    const base = { text: words.text(progress), status: progress.status.code, goal: goal.name };
    if (!goal.formula) {
      const cell = view.matched ? cells[view.matched.index] : undefined;
      return cell === undefined ? [] : [{ cell, ...base }];
    }
    const part = words.partOf(goal.formula);
    return readingsOfGoal(goal, readings, logic).flatMap((i) => (cells[i] === undefined ? [] : [{ cell: cells[i]!, ...base, part }]));
  });
}
