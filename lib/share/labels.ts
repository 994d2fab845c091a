import type { MetricId } from '../metrics/types';
import type { StatusCode, WarningCode } from '../progress/types';

/** Column headings of the CSV export (also reused as field names in the text formats). */
export interface ShareColumnLabels {
  name: string;
  metric: string;
  unit: string;
  currency: string;
  current: string;
  target: string;
  percent: string;
  status: string;
  pace: string;
  expectedNow: string;
  forecast: string;
  neededPerWeek: string;
  start: string;
  deadline: string;
  rangeStart: string;
  rangeEnd: string;
  warnings: string;
  takenAt: string;
}

/** Words for goals computed from a formula (ROAS = revenue ÷ cost); templates use `{name}` placeholders. */
export interface ShareFormulaLabels {
  /** Field name: "Formula". */
  formula: string;
  /** After the formula: says the number is computed, not read. */
  computed: string;
  /** Field name (CSV column): "Formula parts". */
  parts: string;
  /** `{parts}` = the names of the parts not read (or read too long ago). */
  incomplete: string;
  /** `{why}` = Goalpost's English reason (different currencies, dates that do not meet …). */
  refused: string;
  /** `{time}` = when the part was read. */
  readAt: string;
  /** `{range}` = the days all parts share, `{percent}` = the share of the reading's own days. */
  prorated: string;
  notRead: string;
  tooOld: string;
}

/**
 * Every word a shared snapshot prints. The UI passes its localised strings; nothing here is looked up
 * at render time, so a snapshot renders the same in a test as in the extension.
 * Templates use `{name}` placeholders.
 */
export interface ShareLabels {
  /** BCP 47 tag used for Intl number/date formatting and for `lang`/`dir`. */
  locale: string;
  /** IANA zone the taken-at time is shown in; UTC when absent so output never depends on the machine. */
  timeZone?: string;
  title: string;
  allGoals: string;
  takenAt: string;
  dataRange: string;
  progress: string;
  pace: string;
  /** `{percent}` = current progress as a share of the progress expected by now. */
  paceValue: string;
  forecast: string;
  deadline: string;
  needed: string;
  /** `{value}` = change needed per week. */
  perWeek: string;
  warnings: string;
  readings: string;
  noGoals: string;
  /** `{count}` goals not drawn on the image card. */
  moreGoals: string;
  /** Shown where a value is missing. */
  none: string;
  /** Prefix for values read from compact or ambiguous numbers. */
  approximate: string;
  status: Record<StatusCode, string>;
  /** Localised warning templates (`{param}` from the warning's params); the English `text` is used when absent. */
  warning?: Partial<Record<WarningCode, string>>;
  /** Display names of metrics; the metric id is shown when absent. */
  metricNames?: Partial<Record<MetricId, string>>;
  columns: ShareColumnLabels;
  /** English when absent. */
  formula?: ShareFormulaLabels;
  readingColumns: { metric: string; value: string; dateRange: string; source: string; where: string; readAt: string };
}

export const ENGLISH_FORMULA_LABELS: ShareFormulaLabels = {
  formula: 'Formula',
  computed: 'computed from its parts',
  parts: 'Formula parts',
  incomplete: 'Incomplete — missing {parts}; no value until every part is read',
  refused: 'Not computed: {why}',
  readAt: 'read {time}',
  prorated: 'prorated to {range} ({percent} of its days)',
  notRead: 'not read yet',
  tooOld: 'read too long ago',
};

export const ENGLISH_SHARE_LABELS: ShareLabels = {
  locale: 'en',
  title: 'Goalpost snapshot',
  allGoals: 'All goals',
  takenAt: 'Taken',
  dataRange: 'Data',
  progress: 'Progress',
  pace: 'Pace',
  paceValue: '{percent} of plan',
  forecast: 'Forecast',
  deadline: 'Deadline',
  needed: 'Needs',
  perWeek: '{value}/week',
  warnings: 'Warnings',
  readings: 'Readings',
  noGoals: 'No goals in this snapshot.',
  moreGoals: '+{count} more',
  none: '—',
  approximate: '≈',
  status: {
    achieved: 'Achieved',
    'on-track': 'On track',
    'at-risk': 'At risk',
    behind: 'Behind',
    missed: 'Missed',
    'no-data': 'No data',
    stale: 'Stale',
    'too-early': 'Too early',
  },
  columns: {
    name: 'Goal',
    metric: 'Metric',
    unit: 'Unit',
    currency: 'Currency',
    current: 'Current',
    target: 'Target',
    percent: 'Percent of target',
    status: 'Status',
    pace: 'Pace (% of plan)',
    expectedNow: 'Expected now',
    forecast: 'Forecast',
    neededPerWeek: 'Needed per week',
    start: 'Start',
    deadline: 'Deadline',
    rangeStart: 'Data from',
    rangeEnd: 'Data to',
    warnings: 'Warnings',
    takenAt: 'Taken at',
  },
  formula: ENGLISH_FORMULA_LABELS,
  readingColumns: { metric: 'Metric', value: 'Value', dateRange: 'Date range', source: 'Source', where: 'Where', readAt: 'Read at' },
};
