/**
 * Shared pieces of every adapter: clean text out of dashboard markup, turn it into numbers with the
 * shared parser, map labels to metrics with the catalogue, and collect readings with a locator a
 * person can follow. Adapters stay small objects that only say *where* things are.
 *
 * Reading rules (they keep a full read of a big page within a few milliseconds and side-effect free):
 * - only targeted `querySelectorAll` on the hooks an adapter names, never a walk over the whole page;
 * - no layout reads (getBoundingClientRect, offsetWidth, getComputedStyle);
 * - text comes from `textContent` of text nodes (never markup), so page text cannot become markup;
 * - nothing on the page is modified.
 */
import type { SourceId } from '../dashboards';
import { metricFromLabel } from '../metrics/labels';
import { METRICS } from '../metrics/catalogue';
import type { MetricId } from '../metrics/types';
import { stripBidiControls } from '../parse/digits';
import { parseDashboardNumber } from '../parse/number';
import { dateRangeFromUrl, parseDateRange } from '../parse/date-range';
import type { DateRange, NumberResult, NumberUnit } from '../parse/types';
import type { AdapterContext, AdapterResult, FoundReading, PageState } from './types';

// ---------------------------------------------------------------- text

/**
 * Decorations dashboards put inside value and label cells: icon ligatures ("expand_more",
 * "help_outline"), sparklines, "% of total" notes, hidden helper text. Sources: dashboards.md GA4
 * report tables (high) and Google Ads grid (high); `aria-hidden` because icons are marked so.
 * Checked by tag, class and attribute rather than selector matching: this runs for every element
 * inside every cell read, and must stay cheap on 10k-node pages.
 */
const DECORATION_TAG_NAMES = ['SCRIPT', 'STYLE', 'TEMPLATE', 'SVG', 'CANVAS', 'MAT-ICON', 'GA-SPARKLINE-SVG', 'NOSCRIPT'];
// tagName is upper-case for HTML elements and as written for SVG ones: both spellings are listed.
const DECORATION_TAGS = new Set([...DECORATION_TAG_NAMES, ...DECORATION_TAG_NAMES.map((t) => t.toLowerCase())]);
const DECORATION_CLASS = /(?:^|\s)(?:mat-icon|material-icons|material-icons-extended|percent-of-total)(?:\s|$)|summary-text|material-symbols/;

export const DECORATION_SELECTORS: readonly string[] = [
  ...DECORATION_TAG_NAMES.map((t) => t.toLowerCase()),
  '.mat-icon',
  '.material-icons',
  '.material-icons-extended',
  '.percent-of-total',
  '[class*="summary-text"]',
  '[class*="material-symbols"]',
  '[aria-hidden="true"]',
  '[hidden]',
];

/** Same as `el.matches(DECORATION_SELECTORS.join())`, without selector matching. */
export function isDecoration(el: Element): boolean {
  if (DECORATION_TAGS.has(el.tagName)) return true;
  const cls = el.getAttribute('class');
  if (cls && DECORATION_CLASS.test(cls)) return true;
  return el.getAttribute('aria-hidden') === 'true' || el.getAttribute('hidden') !== null;
}

/** Elements whose boundaries do not separate words; every other element boundary becomes a space. */
const INLINE_TAGS = new Set(['SPAN', 'A', 'B', 'I', 'EM', 'STRONG', 'SMALL', 'SUB', 'SUP', 'BDI', 'BDO', 'ABBR', 'FONT', 'MARK', 'U', 'S']);

/** Zero-width characters that carry nothing for a reader (bidi marks are handled separately). */
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/** What to leave out of a text: the decorations plus an adapter's own selectors. */
export type Strip = (el: Element) => boolean;

export function stripSelector(extra: readonly string[] = []): Strip {
  if (!extra.length) return isDecoration;
  const selector = extra.join(',');
  return (el) => isDecoration(el) || el.matches(selector);
}

const DECORATION_CLASS_NAMES = [
  'mat-icon', 'material-icons', 'material-icons-extended', 'percent-of-total',
  'material-symbols-outlined', 'material-symbols-rounded', 'material-symbols-sharp',
];
// Substring selectors (GA4's `[class*="summary-text"]`) are costly on big tables: adapters that need
// them pass them as extras.
const DECORATION_ATTRIBUTES = '[aria-hidden="true"],[hidden]';

/**
 * The decorations under `root`, found with native lookups, for reading many cells of one table:
 * checking a set is far cheaper than reading attributes of every element of every cell. Tags and
 * classes are looked up one by one because a long selector list falls off the engines' fast paths
 * (measured in Chromium: ~10 ms for the list vs ~1 ms in parts on a 7k-element table).
 * Only valid for elements under `root` while the page has not changed.
 */
export function decorationsIn(root: Element, extra: readonly string[] = []): Strip {
  const found = new Set<Element>();
  const add = (list: ArrayLike<Element>): void => {
    for (let i = 0; i < list.length; i++) found.add(list[i]!);
  };
  for (const tag of DECORATION_TAG_NAMES) add(root.getElementsByTagName(tag.toLowerCase()));
  for (const cls of DECORATION_CLASS_NAMES) add(root.getElementsByClassName(cls));
  add(root.querySelectorAll(DECORATION_ATTRIBUTES));
  if (extra.length) add(root.querySelectorAll(extra.join(',')));
  return (el) => found.has(el);
}

function collectText(node: Node, strip: Strip): string {
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === 3) {
      text += child.nodeValue ?? '';
    } else if (type === 1) {
      const el = child as Element;
      if (strip(el)) continue;
      const inner = collectText(el, strip);
      text += INLINE_TAGS.has(el.tagName) ? inner : ` ${inner} `;
    }
  }
  return text;
}

/**
 * The visible words of an element: text nodes only, minus decorations (and `stripSelectors`), every
 * kind of space folded to one plain space. Bidi marks are kept (the number parser reads them);
 * use `cleanLabel` for labels.
 */
export function cleanText(el: Element | null | undefined, stripSelectors: readonly string[] | Strip = []): string {
  if (!el) return '';
  const strip = typeof stripSelectors === 'function' ? stripSelectors : stripSelector(stripSelectors);
  return collectText(el, strip).replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

const labelMemo = new Map<string, string>();

/** Label text as people read it: no bidi controls, one space between words. */
export function cleanLabel(text: string): string {
  let clean = labelMemo.get(text);
  if (clean === undefined) {
    if (labelMemo.size >= 2000) labelMemo.clear();
    clean = stripBidiControls(text).replace(INVISIBLE, '').replace(SPACES, ' ').trim();
    labelMemo.set(text, clean);
  }
  return clean;
}

/** Text leaves of an element (elements with no element children, decorations skipped), in order. */
export function textLeaves(root: Element, strip: Strip = isDecoration, limit = 16): Array<{ el: Element; text: string }> {
  const leaves: Array<{ el: Element; text: string }> = [];
  const visit = (el: Element): void => {
    if (leaves.length >= limit) return;
    let hasElementChild = false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (strip(child)) continue;
      hasElementChild = true;
      visit(child);
    }
    if (!hasElementChild) {
      const text = cleanText(el, strip);
      if (text) leaves.push({ el, text });
    }
  };
  visit(root);
  return leaves;
}

// ---------------------------------------------------------------- numbers and labels

export interface NumberReading {
  value: number;
  unit: NumberUnit;
  currency?: string;
  precision: number;
  text: string;
  confidence: 'sure' | 'unsure';
}

/**
 * Parsed numbers by locale and text. The content script re-reads a page on every mutation and most
 * cells have not changed, so a read of a large table costs the parser only once per distinct text.
 * Neighbours only matter when the text alone is ambiguous; those parses are not memoised.
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

/** One printed number through the shared parser. No value / not a number → null (no reading). */
export function readNumber(text: string, ctx: AdapterContext, neighbours?: readonly string[]): NumberReading | null {
  if (!text) return null;
  let parsed = parseMemo(text, ctx.locale);
  if (parsed.ok && parsed.ambiguous && neighbours?.length) parsed = parseDashboardNumber(text, { locale: ctx.locale, neighbours });
  if (!parsed.ok) return null;
  const reading: NumberReading = {
    value: parsed.value,
    unit: parsed.unit,
    precision: parsed.precision,
    text,
    confidence: parsed.ambiguous ? 'unsure' : 'sure',
  };
  if (parsed.currency) reading.currency = parsed.currency;
  return reading;
}

export function isNumberText(text: string, ctx: AdapterContext): boolean {
  return parseMemo(text, ctx.locale).ok;
}

const metricMemo = new Map<string, MetricId | null>();

export function metricOf(label: string): MetricId | null {
  if (!label) return null;
  let metric = metricMemo.get(label);
  if (metric === undefined) {
    if (metricMemo.size >= 2000) metricMemo.clear();
    metric = metricFromLabel(label);
    metricMemo.set(label, metric);
  }
  return metric;
}

/**
 * Reconciles what the parser saw with what the metric is. A bare number in a cost column is still a
 * cost (the page left the symbol out), so the metric's unit is taken; a number whose own unit
 * contradicts the metric (a % in a cost column) is kept but marked unsure.
 */
function reconcileUnit(metric: MetricId, n: NumberReading): NumberReading {
  const expected = METRICS[metric].unit;
  if (n.unit === expected) return n;
  if (n.unit === 'count') return { ...n, unit: expected };
  return { ...n, confidence: 'unsure' };
}

// ---------------------------------------------------------------- a read in progress

export interface ReadSession {
  ctx: AdapterContext;
  source: SourceId;
  account?: string;
  dateRange: DateRange | null;
  readings: FoundReading[];
  unrecognised: string[];
  notes: string[];
}

export function startRead(ctx: AdapterContext, source: SourceId, account?: string): ReadSession {
  const session: ReadSession = { ctx, source, dateRange: null, readings: [], unrecognised: [], notes: [] };
  if (account) session.account = account;
  return session;
}

export interface CellReading {
  metric: MetricId;
  label: string;
  /** The element showing the number; its clean text is read unless `text` is given. */
  element: Element;
  text?: string;
  where: string;
  row?: string;
  neighbours?: readonly string[];
  strip?: Strip;
}

/** Parses the cell and records a reading; false when it shows no number. */
export function addReading(session: ReadSession, cell: CellReading): boolean {
  const text = cell.text ?? cleanText(cell.element, cell.strip ?? isDecoration);
  const parsed = readNumber(text, session.ctx, cell.neighbours);
  if (!parsed) return false;
  const n = reconcileUnit(cell.metric, parsed);
  const scope: FoundReading['reading']['scope'] = {};
  if (session.account) scope.account = session.account;
  if (cell.row !== undefined) scope.row = cell.row;
  const reading: FoundReading['reading'] = {
    metric: cell.metric,
    value: n.value,
    unit: n.unit,
    precision: n.precision,
    label: cleanLabel(cell.label),
    text: n.text,
    source: session.source,
    scope,
    dateRange: session.dateRange,
    where: cell.where,
    confidence: n.confidence,
  };
  if (n.currency) reading.currency = n.currency;
  session.readings.push({ reading, element: cell.element });
  return true;
}

export function reportUnrecognised(session: ReadSession, label: string): void {
  const clean = cleanLabel(label);
  if (clean && !session.unrecognised.includes(clean)) session.unrecognised.push(clean);
}

export function addNote(session: ReadSession, note: string): void {
  if (!session.notes.includes(note)) session.notes.push(note);
}

export interface StateHooks {
  /** Selector of the dashboard's loader (spinner, progress bar). */
  loading?: string;
  /** Selector of the "nothing to show" placeholder. */
  empty?: string;
}

/**
 * A loader with nothing read means the numbers are not there yet; a loader next to numbers means a
 * part is still loading, which the user is told. An empty placeholder with nothing read means the
 * dashboard has no rows for this range.
 */
export function finishRead(session: ReadSession, hooks: StateHooks): AdapterResult {
  const doc = session.ctx.doc;
  let state: PageState = 'ready';
  const loading = hooks.loading ? doc.querySelector(hooks.loading) !== null : false;
  if (loading) {
    if (session.readings.length === 0) state = 'loading';
    else addNote(session, 'Part of the page was still loading; read again when it has finished.');
  } else if (session.readings.length === 0 && hooks.empty && doc.querySelector(hooks.empty)) {
    state = 'empty';
  }
  const scope: AdapterResult['scope'] = {};
  if (session.account) scope.account = session.account;
  return {
    source: session.source,
    state,
    dateRange: session.dateRange,
    scope,
    readings: session.readings,
    unrecognised: session.unrecognised,
    notes: session.notes,
  };
}

// ---------------------------------------------------------------- locators

export function whereCell(table: string, row: string | null, column: string): string {
  const rowPart = row === null ? 'totals row' : `“${row}” row`;
  return `${table}, ${rowPart}, ${cleanLabel(column)} column`;
}

export function whereCard(page: string, label: string): string {
  return `${page}, “${cleanLabel(label)}” card`;
}

// ---------------------------------------------------------------- dates

/**
 * The date range a page shows. Explicit dates in the URL win (they are exact); then the picker's text
 * (each candidate, and the part after a "Date:" style label); then a preset named in the URL.
 */
export function readDateRange(ctx: AdapterContext, pickerTexts: readonly string[], useUrl = true): DateRange | null {
  const fromUrl = useUrl ? dateRangeFromUrl(ctx.url.href, ctx.today, ctx.locale) : null;
  if (fromUrl?.ok && !fromUrl.preset) return { start: fromUrl.start, end: fromUrl.end };
  for (const raw of pickerTexts) {
    const text = raw.trim();
    if (!text) continue;
    const candidates = [text];
    const colon = text.search(/[:：]/);
    if (colon > 0) candidates.push(text.slice(colon + 1));
    for (const candidate of candidates) {
      const parsed = parseDateRange(candidate, { locale: ctx.locale, today: ctx.today });
      if (parsed.ok) return { start: parsed.start, end: parsed.end };
    }
  }
  if (fromUrl?.ok) return { start: fromUrl.start, end: fromUrl.end };
  return null;
}

/** Texts a date control shows: each text leaf, then the whole control. */
export function pickerTexts(el: Element | null): string[] {
  if (!el) return [];
  return [...textLeaves(el).map((l) => l.text), cleanText(el)];
}

// ---------------------------------------------------------------- tables

/** Words a totals row starts with, where no class or role marks it (generic tables, Looker Studio). */
const TOTAL_WORDS = [
  'total', 'totals', 'grand total', 'sum', 'overall',
  'الإجمالي', 'الاجمالي', 'المجموع', 'الإجمالي الكلي',
  'جمع کل', 'جمع', 'مجموع', 'کل',
  '总计', '合计', '總計', '合計', '总数',
  'gesamt', 'summe', 'insgesamt', 'gesamtsumme',
  'total général', 'totaux', 'totales', 'total general',
];

export function looksLikeTotal(text: string): boolean {
  const t = cleanLabel(text).toLowerCase().replace(/[:：]+$/, '');
  return TOTAL_WORDS.includes(t) || /^(grand )?totals?\b/.test(t);
}

export interface GridColumn {
  label: string;
  /** The metric, when the adapter knows it from a stable hook (API name); else the label decides. */
  metric?: MetricId | null;
  /** The row-name column (campaign, channel, query…). */
  key?: boolean;
  /** Columns that carry no data (checkboxes, row numbers, comparison labels). */
  skip?: boolean;
}

export interface GridRow {
  /** Row name; null for the totals row. */
  key: string | null;
  /** Cells aligned with the columns (null where the row has no cell for a column). */
  cells: ReadonlyArray<Element | null>;
}

export interface GridInput {
  /** How the user would name the table: "Campaigns table". */
  name: string;
  columns: readonly GridColumn[];
  rows: readonly GridRow[];
  /** Extra decorations to strip from cells. */
  strip?: readonly string[];
  /** The table element: its decorations are found in one query. */
  root?: Element;
}

/**
 * Reads a table whose columns are known: header → metric (hook first, then the catalogue), every
 * data row keyed by its name, the totals row unkeyed. Unknown headers are reported, never guessed.
 */
export function readGrid(session: ReadSession, grid: GridInput): void {
  const strip = grid.root ? decorationsIn(grid.root, grid.strip) : stripSelector(grid.strip);
  const metrics = grid.columns.map((c) => {
    if (c.skip || c.key || !c.label) return null;
    const metric = c.metric ?? metricOf(c.label);
    if (!metric) reportUnrecognised(session, c.label);
    return metric;
  });
  // A sample of the table's numbers settles ambiguous separators ("1,234" next to "12,5 %").
  const neighbours: string[] = [];
  for (const row of grid.rows.slice(0, 3)) {
    for (const cell of row.cells) if (cell && neighbours.length < 24) neighbours.push(cleanText(cell, strip));
  }
  for (const row of grid.rows) {
    grid.columns.forEach((column, i) => {
      const metric = metrics[i];
      const cell = row.cells[i];
      if (!metric || !cell) return;
      const reading: CellReading = {
        metric,
        label: column.label,
        element: cell,
        where: whereCell(grid.name, row.key, column.label),
        neighbours,
        strip,
      };
      if (row.key !== null) reading.row = row.key;
      addReading(session, reading);
    });
  }
}

// ---------------------------------------------------------------- scorecards

export interface Scorecard {
  label: string;
  /** Element showing the number. */
  value: Element;
  /** Metric from a stable hook, if the adapter knows it. */
  metric?: MetricId | null;
  text?: string;
}

/** Reads label + big-number cards; unknown labels are reported. */
export function readScorecards(session: ReadSession, page: string, cards: readonly Scorecard[]): void {
  for (const card of cards) {
    const label = cleanLabel(card.label);
    if (!label) continue;
    const metric = card.metric ?? metricOf(label);
    if (!metric) {
      reportUnrecognised(session, label);
      continue;
    }
    const reading: CellReading = { metric, label, element: card.value, where: whereCard(page, label) };
    if (card.text !== undefined) reading.text = card.text;
    addReading(session, reading);
  }
}

/**
 * A card found by structure alone: the first text leaf that is not a number is its label, the first
 * number after it is its value. Deltas ("↑ 4.2%") come later and are ignored.
 */
export function cardFromLeaves(root: Element, ctx: AdapterContext, strip: Strip = isDecoration): Scorecard | null {
  const leaves = textLeaves(root, strip, 8);
  let label: string | null = null;
  for (const leaf of leaves) {
    if (label === null) {
      if (!isNumberText(leaf.text, ctx)) label = leaf.text;
      continue;
    }
    if (isNumberText(leaf.text, ctx)) return { label, value: leaf.el, text: leaf.text };
  }
  return null;
}

// ---------------------------------------------------------------- URL helpers

export function queryParam(url: URL, name: string): string | undefined {
  const direct = url.searchParams.get(name);
  if (direct) return direct;
  // Single-page dashboards keep their query inside the hash.
  const hashQuery = url.hash.indexOf('?');
  if (hashQuery >= 0) return new URLSearchParams(url.hash.slice(hashQuery + 1)).get(name) ?? undefined;
  return undefined;
}

export function all(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}
