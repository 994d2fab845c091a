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
}

export const DEFAULT_SETTINGS: StoredSettings = {
  bands: { ...DEFAULT_PROGRESS_SETTINGS.bands },
  focusLimit: DEFAULT_PROGRESS_SETTINGS.focusLimit,
  defaultCadenceDays: 30,
  uiLanguage: '',
  badgesOffOn: [],
};
