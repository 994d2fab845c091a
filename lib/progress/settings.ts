import type { ProgressSettings, StatusBands } from './types';

/** Seeds: "keep goals few and focused" — warn past a handful of active goals. */
export const DEFAULT_PROGRESS_SETTINGS: Readonly<Omit<ProgressSettings, 'today'>> = Object.freeze({
  bands: Object.freeze({ onTrack: 1.0, atRisk: 0.85 }),
  focusLimit: 5,
});

export interface ProgressSettingsOverrides {
  bands?: Partial<StatusBands>;
  focusLimit?: number;
}

/** Settings for a day; the engine never reads a clock, so "today" always comes from the caller. */
export function progressSettings(today: string, overrides: ProgressSettingsOverrides = {}): ProgressSettings {
  return {
    today,
    bands: { ...DEFAULT_PROGRESS_SETTINGS.bands, ...overrides.bands },
    focusLimit: overrides.focusLimit ?? DEFAULT_PROGRESS_SETTINGS.focusLimit,
  };
}

/** No pace verdict in the first tenth of the period: a few days say little about a quarter. */
export const EARLY_WINDOW = 0.1;
/** Daily history needed before the pace line takes the metric's weekday shape. */
export const MIN_DAYS_FOR_WEEKDAY_SHAPE = 14;
/** Points needed before a least-squares trend is trusted for a forecast. */
export const MIN_POINTS_FOR_TREND = 5;
