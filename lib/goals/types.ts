import type { SourceId } from '../dashboards';
import type { MetricId } from '../metrics/types';
import type { DateRange } from '../parse/types';
import type { GoalFormula } from '../metrics/derived';

export type RaceStage = 'plan' | 'reach' | 'act' | 'convert' | 'engage';
export type Channel = 'all' | 'paid-search' | 'display' | 'social' | 'email' | 'sms' | 'organic' | 'direct' | 'referral';

/** reach: get to `value`; increase-by-percent / decrease-by-percent: `value` is a percent of the baseline;
 *  increase-by: `value` more than the baseline ("500 new subscribers");
 *  decrease-to: get down to `value`; stay-above / stay-below: hold the metric on the right side of `value`. */
export type TargetKind = 'reach' | 'increase-by-percent' | 'increase-by' | 'decrease-by-percent' | 'decrease-to' | 'stay-above' | 'stay-below';

export interface Target {
  kind: TargetKind;
  value: number;
  /** ISO timestamp the target was set; old targets stay in `Goal.targetHistory`. */
  setAt: string;
}

export interface Baseline {
  value: number;
  obtained: 'typed' | 'history';
  /** ISO date the baseline describes, when known. */
  asOf?: string;
  /**
   * The dates a total (visits, sales, subscribers gained) was summed over. A percent change compares
   * like with like: a 28-day total is scaled per day to the goal's length before it is a six-month
   * baseline. Absent = the baseline already covers a period as long as the goal's.
   */
  period?: DateRange;
}

export interface Milestone {
  name: string;
  /** ISO date by which the milestone's target applies. */
  deadline: string;
  /** Absolute value the metric should reach by then; absent for a "learn" phase with no number. */
  target?: number;
  note?: string;
}

export interface GoalScope {
  /** Which dashboard the number comes from; absent = any. */
  source?: SourceId;
  /** Property / account / ad account as the page names it (or its id). */
  account?: string;
  /** Campaign, segment or channel row the goal is about (matched against a reading's row key). */
  filter?: string;
}

export type GoalPriority = 'high' | 'medium' | 'low';

export type GoalStatus = 'active' | 'achieved' | 'missed' | 'archived';

export interface Goal {
  id: string;
  name: string;
  metric: MetricId;
  scope: GoalScope;
  target: Target;
  targetHistory: Target[];
  baseline?: Baseline;
  /** ISO dates, inclusive. */
  start: string;
  deadline: string;
  milestones: Milestone[];
  channel?: Channel;
  stage?: RaceStage;
  /** The business objective the goal serves; goals with the same objective are listed together. */
  objective?: string;
  priority?: GoalPriority;
  /** Phased plans: the id of the goal that must be met before this one starts counting (a later phase). */
  after?: string;
  /** A KPI no dashboard prints whole (CAC, ROAS across accounts…), computed from readings of its parts. */
  formula?: GoalFormula;
  /** A guard rail: the id of the goal this one protects ("spend up while ROAS stays ≥ 3"); shown with it. */
  guardFor?: string;
  reviewCadenceDays: number;
  lastReviewedAt?: string;
  status: GoalStatus;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

/** A goal's period as a date range. */
export const goalPeriod = (g: Pick<Goal, 'start' | 'deadline'>): DateRange => ({ start: g.start, end: g.deadline });
