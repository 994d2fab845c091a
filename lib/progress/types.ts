import type { Goal } from '../goals/types';
import type { DerivedResult } from '../metrics/derived';
import type { MetricId } from '../metrics/types';
import type { DateRange, NumberUnit } from '../parse/types';
import type { SourceId } from '../dashboards';
import type { ReadingScope } from '../readings';

/** A stored reading (IndexedDB `observations`). */
export interface Observation {
  id?: number;
  metric: MetricId;
  value: number;
  unit: NumberUnit;
  currency?: string;
  precision: number;
  dateRange: DateRange | null;
  source: SourceId;
  scope: ReadingScope;
  label: string;
  text: string;
  where: string;
  confidence: 'sure' | 'unsure';
  pageUrl: string;
  readAt: string;
  /** ISO date of readAt (UTC day); with metric/source/scope/range/value it forms the dedup key. */
  day: string;
  dedupKey: string;
  /** Goals this observation matched when it was stored (multiEntry index). */
  goalIds: string[];
}

export type StatusCode = 'achieved' | 'on-track' | 'at-risk' | 'behind' | 'missed' | 'no-data' | 'stale' | 'too-early';

export type WarningCode =
  | 'behind-pace'
  | 'metric-not-found'
  | 'range-mismatch'
  | 'stale'
  | 'deadline-passed'
  | 'review-due'
  | 'unit-mismatch'
  | 'currency-mismatch'
  | 'ambiguous-reading'
  | 'low-volume'
  | 'too-many-active-goals';

/** A message the UI renders: a stable code and the numbers/words it needs. `text` is an English rendering. */
export interface Explained<C extends string> {
  code: C;
  params: Record<string, string | number>;
  text: string;
}

export interface StatusBands {
  /** Fraction of expected-by-now at or above which a goal is on track (default 1.0). */
  onTrack: number;
  /** Fraction at or above which it is at risk rather than behind (default 0.85). */
  atRisk: number;
}

export interface ProgressSettings {
  bands: StatusBands;
  /** Warn when more active goals than this (default 5). */
  focusLimit: number;
  /** ISO date; the engine never reads a clock. */
  today: string;
}

export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T' | 'E';

export interface SmartCheck {
  letter: SmartLetter;
  pass: boolean;
  /** English rendering of why. */
  reason: string;
  /** Stable code of the reason ('specific.ok', 'achievable.unrealistic'…); the UI renders `smart.<code>` from the catalogue. */
  code?: string;
  /**
   * What the reason's template needs, as status params are (English-formatted values and dates, plain
   * numbers). Extras let a UI redo the English words in its language: `metricId`, the `stage` id,
   * `<name>Iso` for a date and `<name>Value` + `unit` for a value.
   */
  params?: Record<string, string | number>;
}

export interface Forecast {
  /** Value expected at the deadline. */
  value: number;
  low?: number;
  high?: number;
  method: 'run-rate' | 'trend' | 'as-is';
}

export interface GoalProgress {
  goalId: string;
  /** The observation the progress is computed from (latest matching one), if any. */
  current: number | null;
  /** Absolute target value (percent targets resolved against the baseline). */
  target: number | null;
  /** 0..∞ share of the way from start (baseline or 0) to target, direction-aware; 1 = target met. */
  fraction: number | null;
  /** What the metric should be by today on the pace line (absolute). */
  expectedNow: number | null;
  /** current progress ÷ expected progress (1 = exactly on pace). */
  paceRatio: number | null;
  /** Share of the goal period elapsed today, 0..1. */
  elapsed: number;
  /** When the reading's range covers only part of the goal period: the target scaled to that part. */
  prorated?: { share: number; target: number };
  status: Explained<StatusCode>;
  forecast: Forecast | null;
  /** Change needed from now to the deadline to hit the target. */
  needed: { perDay: number; perWeek: number } | null;
  warnings: Explained<WarningCode>[];
  smart: SmartCheck[];
  /** Formula goals: how the value was computed from its parts, or which part is missing. */
  derived?: DerivedResult;
  /** True when the current value was read from a compact or ambiguous number. */
  approximate: boolean;
}

export interface ProgressInput {
  goal: Goal;
  /** Observations linked to this goal, any order. */
  history: readonly Observation[];
  settings: ProgressSettings;
  /** Active goals in total (for the focus check). */
  activeGoalCount: number;
  /** A later phase whose earlier phase (the goal it starts after) is not met yet. */
  waitingFor?: { name: string };
  /** Set when the goal's metric was read on a page before but is not on the page just read. */
  missingOnPage?: { pageUrl: string };
}
