/** Schemas of Goalpost's stored and exchanged records, shared by the message router and import. */
import { goalFormulaSchema, validateFormula } from './metrics/derived';
import { ValidationError, array, boolean, isoDate, isoDateTime, nullable, number, object, oneOf, optional, string, type Check } from './validate';
import type { Goal } from './goals/types';
import { DOUBT_CHECKS } from './readings';
import { DEFAULT_SETTINGS, type StoredSettings } from './settings';
import type { Reading, ReadingPlace } from './readings';
import { METRIC_IDS } from './metrics/catalogue';
import { SOURCE_IDS } from './dashboards';

export const UNITS = ['count', 'percent', 'currency', 'duration', 'ratio'] as const;

const text = (max = 500) => string({ max });

export const dateRangeSchema = object({ start: isoDate(), end: isoDate() });

export const readingScopeSchema = object({ account: optional(text(300)), row: optional(text(300)) });

/**
 * A structured locator (content/page-read cells, readings): names as the page printed them, within the
 * limits the content script cuts them to (lib/adapters/common.ts LIMITS).
 */
export const readingPlaceSchema: Check<ReadingPlace> = object({
  area: text(300),
  kind: oneOf(['table', 'exploration', 'page'] as const),
  n: optional(number({ min: 1, max: 5000, integer: true })),
  row: optional(text(300)),
  column: optional(text(300)),
  card: optional(text(300)),
});

export const readingSchema: Check<Reading> = object({
  metric: oneOf(METRIC_IDS),
  value: number(),
  unit: oneOf(UNITS),
  currency: optional(string({ max: 3, pattern: /^[A-Z]{3}$/ })),
  precision: number({ min: 0 }),
  label: text(300),
  text: text(200),
  exact: optional(text(200)),
  qualifier: optional(text(200)),
  source: oneOf(SOURCE_IDS),
  scope: readingScopeSchema,
  dateRange: nullable(dateRangeSchema),
  where: text(500),
  at: optional(readingPlaceSchema),
  confidence: oneOf(['sure', 'unsure'] as const),
  doubt: optional(oneOf(DOUBT_CHECKS)),
  pageUrl: string({ max: 4000, pattern: /^https:\/\// }),
  readAt: isoDateTime(),
});

const targetSchema = object({
  kind: oneOf(['reach', 'increase-by-percent', 'increase-by', 'decrease-by-percent', 'decrease-to', 'stay-above', 'stay-below'] as const),
  value: number(),
  setAt: isoDateTime(),
});

export const goalSchema: Check<Goal> = (v, path) => {
  const goal = object({
    id: string({ min: 1, max: 100, pattern: /^[\w-]+$/ }),
    name: text(200),
    metric: oneOf(METRIC_IDS),
    scope: object({ source: optional(oneOf(SOURCE_IDS)), account: optional(text(300)), filter: optional(text(300)) }),
    target: targetSchema,
    targetHistory: array(targetSchema, { max: 1000 }),
    baseline: optional(object({ value: number(), obtained: oneOf(['typed', 'history'] as const), asOf: optional(isoDate()), period: optional(dateRangeSchema) })),
    start: isoDate(),
    deadline: isoDate(),
    milestones: array(object({ name: text(200), deadline: isoDate(), target: optional(number()), note: optional(text(2000)) }), { max: 50 }),
    channel: optional(oneOf(['all', 'paid-search', 'display', 'social', 'email', 'sms', 'organic', 'direct', 'referral'] as const)),
    stage: optional(oneOf(['plan', 'reach', 'act', 'convert', 'engage'] as const)),
    objective: optional(text(500)),
    priority: optional(oneOf(['high', 'medium', 'low'] as const)),
    after: optional(string({ min: 1, max: 100, pattern: /^[\w-]+$/ })),
    guardFor: optional(string({ min: 1, max: 100, pattern: /^[\w-]+$/ })),
    formula: optional(goalFormulaSchema),
    reviewCadenceDays: number({ min: 1, max: 366, integer: true }),
    lastReviewedAt: optional(isoDateTime()),
    status: oneOf(['active', 'achieved', 'missed', 'archived'] as const),
    notes: text(10_000),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
  })(v, path);
  if (goal.deadline < goal.start) throw new ValidationError(path ? `${path}.deadline` : 'deadline', 'is before the start');
  const formulaError = goal.formula ? validateFormula(goal.formula, goal.metric)[0] : undefined;
  if (formulaError) throw new ValidationError(path ? `${path}.formula.${formulaError.path}` : `formula.${formulaError.path}`, formulaError.message);
  return goal;
};

export const settingsSchema: Check<StoredSettings> = (v, path) => {
  const s = object({
    bands: object({ onTrack: number({ min: 0, max: 2 }), atRisk: number({ min: 0, max: 2 }) }),
    focusLimit: number({ min: 1, max: 100, integer: true }),
    defaultCadenceDays: number({ min: 1, max: 366, integer: true }),
    uiLanguage: oneOf(['', 'en', 'fa', 'ar', 'zh-Hant', 'zh-Hans'] as const),
    badgesOffOn: array(string({ max: 253, pattern: /^[a-z0-9.-]+$/ }), { max: 500 }),
    // Settings saved before the margin existed have none; reading fills in the default.
    margin: optional(number({ min: 0.01, max: 1 })),
  })(v, path);
  if (s.bands.atRisk > s.bands.onTrack) throw new ValidationError(path ? `${path}.bands.atRisk` : 'bands.atRisk', 'is above the on-track band');
  return { ...s, margin: s.margin ?? DEFAULT_SETTINGS.margin };
};
