/**
 * The background's side of reading a dashboard: what the content script found (cells and cards as
 * text, lib/adapters/) becomes readings. Pure: no DOM, no clock (today comes in), no storage.
 *
 * - metric: the page's own markup key first (GA4 API name, Google Ads essfield, Meta data-surface
 *   column; lib/interpret/keys.ts), then the printed label through the catalogue. A label that names
 *   no metric is reported as unrecognised, never guessed.
 * - number: the shared parser with the page's locale; when its separators are ambiguous ("1,234"),
 *   the numbers of the same table or card set settle them, else the reading is 'unsure'.
 * - date range: per dashboard, from the URL and the date control's texts (DATE_RULES).
 */
import type { PageNote } from '../adapters/notes';
import type { AdapterResult, FoundPage, FoundReading, RawCell, RawPage, ReadingDraft } from '../adapters/types';
import { METRICS } from '../metrics/catalogue';
import { metricFromLabel } from '../metrics/labels';
import type { MetricId } from '../metrics/types';
import { dateRangeFromUrl, parseDateRange } from '../parse/date-range';
import { parseDashboardNumber } from '../parse/number';
import type { DateRange, DateRangeResult, NumberResult, NumberUnit } from '../parse/types';
import type { ReadingScope } from '../readings';
import { crossCheck } from './checks';
import { DATE_RULES, RESULT_KEYS, costPerMetric, keyNamesNoMetric, metricOfKey, type DateSource } from './keys';

export interface InterpretContext {
  /** The page's URL as the browser reports it (date parameters are read from it). */
  url: URL;
  /** ISO date of today in the user's time zone: relative ranges ("Last 28 days") end here. */
  today: string;
}

export interface Interpretation {
  dateRange: DateRange | null;
  /** One per cell read as a number of a known metric; `cell` indexes `raw.cells`. */
  readings: Array<{ cell: number; reading: ReadingDraft }>;
  /** Labels of value cells that name no catalogue metric (each once, in page order). */
  unrecognised: string[];
  /** What interpreting added to the page's own notes (the page's notes are not repeated). */
  notes: PageNote[];
  /** Numbers whose own unit contradicts their column's metric (a currency under "Clicks"): not read. */
  refused: Refusal[];
}

// ---------------------------------------------------------------- numbers

/** How many numbers of a table or card set are shown to the parser to settle ambiguous separators. */
const NEIGHBOURS = 24;

interface NumberReading {
  value: number;
  unit: NumberUnit;
  currency?: string;
  precision: number;
  confidence: 'sure' | 'unsure';
}

/**
 * Parsed numbers by locale and text. A page is re-read on every change and most cells have not
 * changed, so a large table costs the parser once per distinct text. Parses with neighbours (only
 * for ambiguous texts) are not memoised.
 */
const MEMO_LIMIT = 5000;
const memo = new Map<string, NumberResult>();

function parseMemo(text: string, locale: string): NumberResult {
  const key = `${locale}\u0000${text}`;
  let parsed = memo.get(key);
  if (!parsed) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    parsed = parseDashboardNumber(text, { locale });
    memo.set(key, parsed);
  }
  return parsed;
}

/** One printed number through the shared parser; no value / not a number → null. */
export function readNumber(text: string, locale: string, neighbours?: readonly string[]): NumberReading | null {
  if (!text) return null;
  let parsed = parseMemo(text, locale);
  if (parsed.ok && parsed.ambiguous && neighbours?.length) parsed = parseDashboardNumber(text, { locale, neighbours });
  if (!parsed.ok) return null;
  const n: NumberReading = {
    value: parsed.value,
    unit: parsed.unit,
    precision: parsed.precision,
    confidence: parsed.ambiguous ? 'unsure' : 'sure',
  };
  if (parsed.currency) n.currency = parsed.currency;
  return n;
}

/** A number not read because its own unit contradicts its column's metric, said so to the user. */
export interface Refusal {
  metric: MetricId;
  label: string;
  text: string;
  /** What the number itself is. */
  unit: NumberUnit;
}

/**
 * Reconciles what the parser saw with what the metric is. A bare number in a cost column is still a
 * cost (the page left the symbol out), so the metric's unit is taken; a number whose own unit
 * contradicts the metric (a currency under "Clicks", a % under "Cost") is no reading of that metric
 * — a column shifted, or the label means something else — and is refused (null).
 */
export function reconcileUnit(metric: MetricId, n: NumberReading): NumberReading | null {
  const expected = METRICS[metric].unit;
  if (n.unit === expected) return n;
  if (n.unit === 'count') return { ...n, unit: expected };
  return null;
}

/**
 * The part of a cell that is its number: the exact number where the page holds one, without a share
 * in parentheses after it (GA4's "1,234 (12.5%)": the cell's part of the total, high). Null for a
 * rate per period ("50,00 €/Tag", "US$20.00/day": a budget, never an amount spent).
 */
const SHARE_AFTER = /^(.*\p{Nd}.*?)\s*[(（]\s*[^()（）]*[%٪％][^()（）]*[)）]$/u;
const PER_PERIOD = /\/\s*\p{L}[\p{L}.]*$/u;

function valueText(text: string): string | null {
  if (PER_PERIOD.test(text)) return null;
  return SHARE_AFTER.exec(text)?.[1] ?? text;
}

/** The first numbers of each group (row by row, as found), for separator evidence. */
function groupSamples(cells: readonly RawCell[], values: ReadonlyArray<string | null>): Map<number, string[]> {
  const samples = new Map<number, string[]>();
  cells.forEach((cell, i) => {
    let list = samples.get(cell.group);
    if (!list) samples.set(cell.group, (list = []));
    const text = values[i];
    if (text != null && list.length < NEIGHBOURS) list.push(text);
  });
  return samples;
}

// ---------------------------------------------------------------- labels

const metricMemo = new Map<string, MetricId | null>();

export function metricOfLabel(label: string): MetricId | null {
  if (!label) return null;
  let metric = metricMemo.get(label);
  if (metric === undefined) {
    if (metricMemo.size >= 2000) metricMemo.clear();
    metric = metricFromLabel(label);
    metricMemo.set(label, metric);
  }
  return metric;
}

// ---------------------------------------------------------------- dates

/** The page's date range by its dashboard's rule (lib/interpret/keys.ts DATE_RULES). */
export function interpretDateRange(raw: Pick<RawPage, 'source' | 'locale' | 'dateTexts'>, ctx: InterpretContext): DateRange | null {
  const rules: readonly DateSource[] = DATE_RULES[raw.source] ?? DATE_RULES.generic;
  let fromUrl: DateRangeResult | undefined;
  const urlRange = (): DateRangeResult => (fromUrl ??= dateRangeFromUrl(ctx.url.href, ctx.today, raw.locale));
  for (const rule of rules) {
    if (rule === 'texts') {
      const range = rangeFromTexts(raw.dateTexts, raw.locale, ctx.today);
      if (range) return range;
      continue;
    }
    const r = urlRange();
    if (r.ok && (rule === 'url-preset' || !r.preset)) return { start: r.start, end: r.end };
  }
  return null;
}

/** Each text, and the part after a "Date:" style label; the first that reads as a range wins. */
function rangeFromTexts(texts: readonly string[], locale: string, today: string): DateRange | null {
  for (const raw of texts) {
    const text = raw.trim();
    if (!text) continue;
    const candidates = [text];
    const colon = text.search(/[:：]/);
    if (colon > 0) candidates.push(text.slice(colon + 1));
    for (const candidate of candidates) {
      const parsed = parseDateRange(candidate, { locale, today });
      if (parsed.ok) return { start: parsed.start, end: parsed.end };
    }
  }
  return null;
}

// ---------------------------------------------------------------- the page

/**
 * The metric of the typed "Results" cell that shares `index`'s row (the cells of one row are found
 * next to each other), or null.
 */
function rowResultMetric(cells: readonly RawCell[], index: number, resultMetrics: ReadonlyMap<number, MetricId | null>): MetricId | null {
  const { group, row } = cells[index]!;
  const sameRow = (j: number) => cells[j]!.group === group && cells[j]!.row === row;
  for (let j = index - 1; j >= 0 && sameRow(j); j--) if (resultMetrics.has(j)) return resultMetrics.get(j)!;
  for (let j = index + 1; j < cells.length && sameRow(j); j++) if (resultMetrics.has(j)) return resultMetrics.get(j)!;
  return null;
}

/** Turns a found page into readings. Pure and total: odd input yields fewer readings, never a throw. */
export function interpretPage(raw: RawPage, ctx: InterpretContext): Interpretation {
  const dateRange = interpretDateRange(raw, ctx);
  const cells = raw.cells;
  const locale = raw.locale;
  // Each cell's number part, worked out once for the separator evidence, the result types and the reading.
  const values = cells.map((cell) => valueText(cell.exact ?? cell.text));
  const samples = groupSamples(cells, values);
  const typed = RESULT_KEYS[raw.source];
  const readings: Interpretation['readings'] = [];
  const unrecognised: string[] = [];
  const refused: Refusal[] = [];
  const report = (label: string): void => {
    if (label && !unrecognised.includes(label)) unrecognised.push(label);
  };

  // Typed result cells first: "Cost per result" needs its row's result type.
  const resultMetrics = new Map<number, MetricId | null>();
  if (typed) {
    cells.forEach((cell, i) => {
      const text = values[i];
      if (!cell.key || !typed.results.includes(cell.key) || text == null || !readNumber(text, locale)) return;
      const metric = cell.qualifier ? metricOfLabel(cell.qualifier) : null;
      if (cell.qualifier && !metric) report(cell.qualifier);
      resultMetrics.set(i, metric);
    });
  }

  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    let metric: MetricId | null;
    let label = cell.label;
    const isResults = typed !== undefined && cell.key !== undefined && typed.results.includes(cell.key);
    if (typed && cell.key !== undefined && (isResults || typed.costPerResult.includes(cell.key))) {
      const result = isResults ? (resultMetrics.get(i) ?? null) : rowResultMetric(cells, i, resultMetrics);
      metric = result && (isResults ? result : costPerMetric(result));
      if (cell.qualifier) label = `${label} (${cell.qualifier})`;
    } else {
      // A key the dashboard marks as no metric (a Google Ads budget or optimisation score) is never
      // read by its label, whatever the label says.
      metric = metricOfKey(raw.source, cell.key) ?? (keyNamesNoMetric(raw.source, cell.key) ? null : metricOfLabel(cell.label));
      if (!metric) report(cell.label);
    }
    if (!metric) continue;
    const text = values[i];
    const parsed = text == null ? null : readNumber(text, locale, samples.get(cell.group));
    if (!parsed) continue;
    const n = reconcileUnit(metric, parsed);
    if (!n) {
      refused.push({ metric, label, text: cell.text, unit: parsed.unit });
      continue;
    }
    const scope: ReadingScope = {};
    if (raw.scope.account) scope.account = raw.scope.account;
    if (cell.row !== undefined) scope.row = cell.row;
    const reading: ReadingDraft = {
      metric,
      value: n.value,
      unit: n.unit,
      precision: n.precision,
      label,
      text: cell.text,
      source: raw.source,
      scope,
      dateRange,
      where: cell.where,
      confidence: n.confidence,
    };
    if (cell.at) reading.at = cell.at;
    if (cell.exact) reading.exact = cell.exact;
    if (cell.qualifier) reading.qualifier = cell.qualifier;
    if (n.currency) reading.currency = n.currency;
    readings.push({ cell: i, reading });
  }
  const doubts = crossCheck(
    raw.source,
    readings.map((r) => r.reading),
    readings.map((r) => cells[r.cell]!.group),
  );
  doubts.forEach((doubt, i) => {
    if (!doubt) return;
    const reading = readings[i]!.reading;
    reading.doubt = doubt;
    reading.confidence = 'unsure';
  });
  return { dateRange, readings, unrecognised, notes: [], refused };
}

/**
 * A found page and its interpretation in the single-step shape (readings with their elements):
 * for tests and in-page tools that have both sides at hand.
 */
export function interpretedResult(found: FoundPage, interpretation: Interpretation): AdapterResult {
  const { raw, elements } = found;
  const readings: FoundReading[] = [];
  for (const { cell, reading } of interpretation.readings) {
    const element = elements[cell];
    if (element) readings.push({ reading, element });
  }
  return {
    source: raw.source,
    state: raw.state,
    dateRange: interpretation.dateRange,
    scope: raw.scope,
    readings,
    unrecognised: interpretation.unrecognised,
    notes: [...raw.notes, ...interpretation.notes],
  };
}
