import type { MetricKind } from '../metrics/types';
import type { NumberUnit } from '../parse/types';
import type { SeriesPoint } from './history';
import type { PaceLine } from './pace';
import { MIN_POINTS_FOR_TREND } from './settings';
import { linearFit, predictionHalfWidth } from './stats';
import type { Forecast } from './types';

export interface ForecastInput {
  kind: MetricKind;
  unit: NumberUnit;
  startDay: number;
  endDay: number;
  todayDay: number;
  /** Cumulative: the in-period total so far and the days it covers. */
  cumulative?: { valueInPeriod: number; fromDay: number; toDay: number };
  /** Ratios and levels: the current value and the daily series. */
  current: number;
  series: readonly SeriesPoint[];
  /** Shape of the period (linear or weekday); for cumulative run rates. */
  shape: PaceLine;
}

/**
 * Where the metric will be at the deadline if things go on as they are.
 * Cumulative: the run rate so far, spread over the period's shape (weekday-aware when known).
 * Ratios and levels: a least-squares trend with a 95% band once there are enough points; otherwise as is.
 */
export function forecastAtDeadline(input: ForecastInput): Forecast | null {
  if (input.todayDay > input.endDay) return null;
  if (input.kind === 'cumulative' && input.cumulative) {
    const { valueInPeriod, fromDay, toDay } = input.cumulative;
    const share = input.shape.shareOf(fromDay, toDay);
    if (!(share > 0)) return { value: valueInPeriod, method: 'as-is' };
    // The covered window stands for `share` of the period's expected total; the whole period at that rate:
    return { value: clamp(valueInPeriod / share, input.unit), method: 'run-rate' };
  }
  if (input.kind !== 'cumulative' && input.series.length >= MIN_POINTS_FOR_TREND) {
    const fit = linearFit(input.series);
    if (fit) {
      const value = fit.intercept + fit.slope * input.endDay;
      const half = predictionHalfWidth(fit, input.endDay);
      return { value: clamp(value, input.unit), low: clamp(value - half, input.unit), high: clamp(value + half, input.unit), method: 'trend' };
    }
  }
  return { value: input.current, method: 'as-is' };
}

/** Percentages live in 0..100 and counts, money and durations are never negative. */
function clamp(value: number, unit: NumberUnit): number {
  const lower = Math.max(0, value);
  return unit === 'percent' ? Math.min(100, lower) : lower;
}
