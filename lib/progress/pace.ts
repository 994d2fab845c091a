import type { Milestone } from '../goals/types';
import { dayNumber, weekday } from '../goals/dates';

/**
 * The pace line: what the metric should be at the end of each day of the goal period, from the
 * start value to the target. Days are day numbers (see dates.ts); the line starts at the end of the
 * day before `startDay` and ends at the end of `endDay`.
 */
export interface PaceLine {
  shape: 'linear' | 'weekday' | 'phased';
  /** Expected value at the end of `day` (clamped to the period). */
  expectedAt(day: number): number;
  /** Share (0..1) of the period's expected progress that falls on days `fromDay..toDay`. For run rates. */
  shareOf(fromDay: number, toDay: number): number;
}

export interface PaceLineInput {
  startDay: number;
  endDay: number;
  startValue: number;
  target: number;
  milestones?: readonly Milestone[];
  /** Relative weight of Sunday..Saturday (mean 1); only for cumulative metrics with daily history. */
  weekdayWeights?: readonly number[] | null;
}

export function buildPaceLine(input: PaceLineInput): PaceLine {
  const phased = phasePoints(input);
  if (phased) return phasedLine(input, phased);
  if (input.weekdayWeights) return weekdayLine(input, input.weekdayWeights);
  return linearLine(input);
}

function clampDay(day: number, input: PaceLineInput): number {
  return Math.min(Math.max(day, input.startDay - 1), input.endDay);
}

function linearShare(input: PaceLineInput, day: number): number {
  return (clampDay(day, input) - input.startDay + 1) / (input.endDay - input.startDay + 1);
}

function linearLine(input: PaceLineInput): PaceLine {
  const { startValue: s, target: t } = input;
  return {
    shape: 'linear',
    expectedAt: (day) => s + (t - s) * linearShare(input, day),
    shareOf: (from, to) => Math.max(0, linearShare(input, to) - linearShare(input, from - 1)),
  };
}

/** Sum of weekday weights over days startDay..day, in O(7) whatever the length. */
function weightThrough(input: PaceLineInput, weights: readonly number[], day: number): number {
  const last = clampDay(day, input);
  const days = last - input.startDay + 1;
  if (days <= 0) return 0;
  const weekSum = weights.reduce((a, b) => a + b, 0);
  let total = Math.floor(days / 7) * weekSum;
  const firstWeekday = weekday(input.startDay);
  for (let i = 0; i < days % 7; i++) total += weights[(firstWeekday + i) % 7] ?? 1;
  return total;
}

function weekdayLine(input: PaceLineInput, weights: readonly number[]): PaceLine {
  const whole = weightThrough(input, weights, input.endDay);
  if (!(whole > 0)) return linearLine(input);
  const share = (day: number) => weightThrough(input, weights, day) / whole;
  const { startValue: s, target: t } = input;
  return {
    shape: 'weekday',
    expectedAt: (day) => s + (t - s) * share(day),
    shareOf: (from, to) => Math.max(0, share(to) - share(from - 1)),
  };
}

interface Point {
  day: number;
  value: number;
}

/**
 * Milestones bend the line: it passes through each milestone's target on its deadline. A milestone
 * without a number (a "learn" phase) holds the line flat — nothing is expected while learning.
 */
function phasePoints(input: PaceLineInput): Point[] | null {
  const ms = (input.milestones ?? []).filter((m) => {
    const d = dayNumber(m.deadline);
    return d >= input.startDay && d < input.endDay;
  });
  if (ms.length === 0) return null;
  const sorted = [...ms].sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));
  const points: Point[] = [{ day: input.startDay - 1, value: input.startValue }];
  for (const m of sorted) {
    const previous = points[points.length - 1]!;
    points.push({ day: dayNumber(m.deadline), value: m.target ?? previous.value });
  }
  points.push({ day: input.endDay, value: input.target });
  return points;
}

function interpolate(points: readonly Point[], day: number): number {
  const first = points[0]!;
  if (day <= first.day) return first.value;
  for (let i = 1; i < points.length; i++) {
    const b = points[i]!;
    if (day <= b.day) {
      const a = points[i - 1]!;
      return b.day === a.day ? b.value : a.value + ((b.value - a.value) * (day - a.day)) / (b.day - a.day);
    }
  }
  return points[points.length - 1]!.value;
}

function phasedLine(input: PaceLineInput, points: readonly Point[]): PaceLine {
  const span = input.target - input.startValue;
  const at = (day: number) => interpolate(points, clampDay(day, input));
  return {
    shape: 'phased',
    expectedAt: at,
    shareOf: (from, to) => (span === 0 ? linearShare(input, to) - linearShare(input, from - 1) : Math.max(0, (at(to) - at(from - 1)) / span)),
  };
}

/**
 * Weekday weights (Sunday..Saturday, mean 1) from daily values, or null when there are fewer than
 * `minDays` days or a weekday never occurs — a shape from too little data would only add noise.
 */
export function weekdayWeights(daily: ReadonlyMap<number, number>, minDays: number): number[] | null {
  if (daily.size < minDays) return null;
  const sum = [0, 0, 0, 0, 0, 0, 0];
  const count = [0, 0, 0, 0, 0, 0, 0];
  for (const [day, value] of daily) {
    const w = weekday(day);
    sum[w]! += value;
    count[w]! += 1;
  }
  if (count.some((c) => c === 0)) return null;
  const means = sum.map((v, i) => v / count[i]!);
  const overall = means.reduce((a, b) => a + b, 0) / 7;
  if (!(overall > 0) || means.some((m) => m < 0)) return null;
  return means.map((m) => m / overall);
}
