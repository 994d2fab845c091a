import type { SourceId } from './dashboards';
import type { MetricId } from './metrics/types';
import type { DateRange, NumberUnit } from './parse/types';

/** Where a reading sits, in words a person understands ("Campaigns table, totals row, Cost column"). */
export interface ReadingScope {
  /** Property / account the page is showing. */
  account?: string;
  /** Row key when the reading is one row of a table (campaign, channel, country…); absent for totals and scorecards. */
  row?: string;
}

/** One number the content script read from a dashboard. */
export interface Reading {
  metric: MetricId;
  value: number;
  unit: NumberUnit;
  currency?: string;
  /** ± half-width of what the printed text stands for (see ParsedNumber.precision). */
  precision: number;
  /** The label the page printed next to the number. */
  label: string;
  /** The number exactly as the page printed it. */
  text: string;
  source: SourceId;
  scope: ReadingScope;
  dateRange: DateRange | null;
  /** Human-readable locator: "Home, “Sessions” card". */
  where: string;
  /** 'sure' when label and number were read without doubt; 'unsure' e.g. for ambiguous separators. */
  confidence: 'sure' | 'unsure';
  pageUrl: string;
  /** ISO timestamp. */
  readAt: string;
}
