import type { SourceId } from './dashboards';
import type { MetricId } from './metrics/types';
import type { DateRange, NumberUnit } from './parse/types';

/** The checks of a reading against the page's other numbers (lib/interpret/checks.ts). Stored ids: never renamed. */
export const DOUBT_CHECKS = ['ctr', 'cpc', 'cpm', 'cpa', 'engagement-rate', 'totals'] as const;
export type DoubtCheck = (typeof DOUBT_CHECKS)[number];

/** Where a reading sits, in words a person understands ("Campaigns table, totals row, Cost column"). */
export interface ReadingScope {
  /** Property / account the page is showing. */
  account?: string;
  /** Row key when the reading is one row of a table (campaign, channel, country…); absent for totals and scorecards. */
  row?: string;
}

/**
 * Where a number was read, as structure, so the UI can word it in its own language (the English
 * `where` text is kept beside it). Names are as the page printed them and are shown as printed.
 */
export interface ReadingPlace {
  /** The table's name, or the name of the page a card is on, as the page printed it; '' when it printed none. */
  area: string;
  /** What the area is: a report table, a GA4 exploration, or a page of cards. */
  kind: 'table' | 'exploration' | 'page';
  /** Which of several tables (or explorations) on the page, from 1; absent when there is one. */
  n?: number;
  /** Table cells: the row's key as printed; absent for the totals row (as in `ReadingScope`). */
  row?: string;
  /** Table cells: the column header as printed. */
  column?: string;
  /** Cards: the card's label as printed. */
  card?: string;
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
  /** The exact number the page holds behind a shortened `text` (Search Console's title), read as the value. */
  exact?: string;
  /** What the page printed with the number to say what it is ("Total spent", "Per purchase", a result type). */
  qualifier?: string;
  source: SourceId;
  scope: ReadingScope;
  dateRange: DateRange | null;
  /** Human-readable locator in English: "Home, “Sessions” card" (shown when `at` is absent). */
  where: string;
  /** The same locator as structure, worded by the UI in its language (absent in readings stored before it existed). */
  at?: ReadingPlace;
  /** 'sure' when label and number were read without doubt; 'unsure' e.g. for ambiguous separators. */
  confidence: 'sure' | 'unsure';
  /**
   * The page's own numbers disagree with this one (lib/interpret/checks.ts): which check failed. A
   * doubtful reading is shown with the reason and never used for a goal's progress.
   */
  doubt?: DoubtCheck;
  pageUrl: string;
  /** ISO timestamp. */
  readAt: string;
}
