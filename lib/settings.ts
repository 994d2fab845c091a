import { DEFAULT_PROGRESS_SETTINGS } from './progress/settings';
import type { StatusBands } from './progress/types';

/** What the user can change in Options; stored as one record. */
export interface StoredSettings {
  bands: StatusBands;
  focusLimit: number;
  defaultCadenceDays: number;
  /** UI language override ('' = the browser's). */
  uiLanguage: string;
  /** Hostnames where the on-page badges are turned off. */
  badgesOffOn: string[];
  /**
   * Gross margin as a fraction (0.3 = 30%). Break-even ROAS is 1 ÷ margin: with a 30% margin, each
   * unit of ad spend must bring 3.33 in revenue before the ads pay for themselves. 1 = the seeds'
   * plain break-even, revenue equal to ad cost.
   */
  margin: number;
}

export const DEFAULT_SETTINGS: StoredSettings = {
  bands: { ...DEFAULT_PROGRESS_SETTINGS.bands },
  focusLimit: DEFAULT_PROGRESS_SETTINGS.focusLimit,
  defaultCadenceDays: 30,
  uiLanguage: '',
  badgesOffOn: [],
  margin: 1,
};
