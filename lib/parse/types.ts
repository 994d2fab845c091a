/** What a dashboard number turned out to be. Values are in the scale the page prints:
 *  a percent of 12.5 means 12.5 %, a duration is in seconds, a currency amount in its major unit. */
export type NumberUnit = 'count' | 'percent' | 'currency' | 'duration' | 'ratio';

export interface ParsedNumber {
  ok: true;
  value: number;
  unit: NumberUnit;
  /** ISO 4217 code when the text names or shows a currency (symbol resolved where unambiguous). */
  currency?: string;
  /** Half-width of the interval the printed text stands for: `12.3K` → 50, `1,234` → 0.5, `12.5%` → 0.05. */
  precision: number;
  /** True when the separators could be read two ways and nothing in the context settled it. */
  ambiguous: boolean;
  /** True when the text used a compact form (K, Mio., 万 …): shown as "≈" downstream. */
  compact: boolean;
  raw: string;
}

export interface NotANumber {
  ok: false;
  /** `no-value`: the page says there is no value (—, N/A, (not set)); `not-a-number`: text we cannot read. */
  reason: 'no-value' | 'not-a-number';
  message: string;
  raw: string;
}

export type NumberResult = ParsedNumber | NotANumber;

export interface NumberContext {
  /** BCP 47 tag of the page (from `<html lang>` or the dashboard's own setting). */
  locale?: string;
  /** Other numbers printed near this one; their separators settle ambiguous ones (`1,234` beside `12,5 %`). */
  neighbours?: readonly string[];
}

export interface DateRange {
  /** ISO dates, inclusive. */
  start: string;
  end: string;
}

export type DateRangeResult =
  | ({ ok: true; preset?: string } & DateRange)
  | { ok: false; message: string; raw: string };

export interface DateRangeContext {
  locale?: string;
  /** ISO date of "today" in the user's time zone; presets are resolved against it. */
  today: string;
  timeZone?: string;
}
