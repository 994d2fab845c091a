/** The progress engine: pure functions from a goal and its observations to honest progress. */
export { computeProgress } from './compute';
export { DEFAULT_PROGRESS_SETTINGS, progressSettings, type ProgressSettingsOverrides } from './settings';
export { smartChecks, reviewDueOn } from './smart';
export { VOLUME_GUARDS, volumeBehind } from './volume';
export { buildPaceLine, weekdayWeights, type PaceLine } from './pace';
export { forecastAtDeadline } from './forecast';
export { explainStatus, explainWarning } from './describe';
export type * from './types';
