/**
 * Shared pieces of every adapter's *find* side (the content script): clean text out of dashboard
 * markup, collect number-bearing cells and cards with a locator a person can follow, and say whether
 * the page is loading or empty. Adapters stay small objects that only say *where* things are.
 *
 * Nothing here parses numbers or dates or knows the metric catalogue: that is the background's job
 * (lib/interpret/). Whether a cell "holds a number" is decided by a cheap check (a digit of any
 * script, or a no-value mark), never by the parser, so the content script stays small.
 *
 * Finding rules (they keep a full find on a big page within a few milliseconds and side-effect free):
 * - only targeted `querySelectorAll` on the hooks an adapter names, never a walk over the whole page;
 * - no layout reads, except the visibility rule's (lib/adapters/visibility.ts: style and size asked of
 *   containers only, at most one layout forced per find): a hidden copy of a report must never be read;
 * - text comes from `textContent` of text nodes (never markup), so page text cannot become markup;
 * - nothing on the page is modified;
 * - a find pauses (`yield`) between rows, so a big page can be read over several idle periods
 *   (`FindSteps`; `runSteps` runs one to the end at once).
 */
import type { SourceId } from '../dashboards';
import { stripBidiControls } from '../parse/digits';
import type { ReadingPlace, ReadingScope } from '../readings';
import type { AdapterContext, FindSteps, FoundPage, PageState, RawCell } from './types';
import type { PageNote } from './notes';
import { HIDDEN_BY_ATTRIBUTE, hiddenByAttribute, visibilityOf, type Visibility } from './visibility';

// ---------------------------------------------------------------- text

/**
 * Decorations dashboards put inside value and label cells: icon ligatures ("expand_more",
 * "help_outline"), sparklines, "% of total" notes, hidden helper text. Sources: dashboards.md GA4
 * report tables (high) and Google Ads grid (high); `aria-hidden` because icons are marked so.
 * Checked by tag, class and attribute rather than selector matching: this runs for every element
 * inside every cell read, and must stay cheap on 10k-node pages.
 */
const DECORATION_TAG_NAMES = ['script', 'style', 'template', 'svg', 'canvas', 'mat-icon', 'ga-sparkline-svg', 'noscript'];
// By `localName`: lower-case for HTML elements, as written for SVG ones (all lower-case here).
const DECORATION_TAGS = new Set(DECORATION_TAG_NAMES);
const DECORATION_CLASS = /(?:^|\s)(?:mat-icon|material-icons|material-icons-extended|percent-of-total)(?:\s|$)|summary-text|material-symbols/;

/**
 * Whether an element is a decoration: one of the tags above, an icon / "% of total" class,
 * `[class*="summary-text"]`, `[class*="material-symbols"]`, `[aria-hidden="true"]` or `[hidden]` —
 * checked without selector matching.
 */
export function isDecoration(el: Element): boolean {
  if (DECORATION_TAGS.has(el.localName)) return true;
  const cls = el.getAttribute('class');
  return (cls !== null && DECORATION_CLASS.test(cls)) || hiddenByAttribute(el);
}

/**
 * HTML elements whose boundaries do not separate words; every other element boundary becomes a space.
 * Checked by `localName` (a stored name, where `tagName` builds an upper-case one per call: measured as
 * a tenth of a big table's find in Chromium), and the namespace, since an SVG `<a>` separates words.
 */
const INLINE_TAGS = new Set(['span', 'a', 'b', 'i', 'em', 'strong', 'small', 'sub', 'sup', 'bdi', 'bdo', 'abbr', 'font', 'mark', 'u', 's']);
const XHTML = 'http://www.w3.org/1999/xhtml';

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

/**
 * The decorations under `root`, for reading many cells of one table. Tags and classes (also extras
 * of the form `.name`) are found with native lookups, one by one (a long selector list falls off the
 * engines' fast paths: measured in Chromium, ~10 ms for the list vs ~1 ms in parts on a 7k-element
 * table), and checked as a set, as are the elements hidden by attribute (`hidden`: one query for the
 * table, which a find shares with its visibility check, `FindSession.visibility.hiddenUnder`).
 * Substring selectors have no fast path: `[class*="…"]` is checked on the class text of the elements
 * a cell read visits rather than through a query or `matches`. Only valid for elements under `root`
 * while the page has not changed.
 */
export function decorationsIn(root: Element, extra: readonly string[], hidden: Iterable<Element>): Strip {
  const found = new Set<Element>(hidden);
  const add = (list: ArrayLike<Element>): void => {
    for (let i = 0; i < list.length; i++) found.add(list[i]!);
  };
  const parts: string[] = [];
  const others: string[] = [];
  for (const tag of DECORATION_TAG_NAMES) add(root.getElementsByTagName(tag));
  for (const cls of DECORATION_CLASS_NAMES) add(root.getElementsByClassName(cls));
  for (const selector of extra) {
    const cls = /^\.([\w-]+)$/.exec(selector)?.[1];
    const part = /^\[class\*="([^"\\]+)"\]$/.exec(selector)?.[1];
    if (cls) add(root.getElementsByClassName(cls));
    else if (part) parts.push(part);
    else others.push(selector);
  }
  const other = others.join(',');
  return (el) => {
    if (found.has(el)) return true;
    if (parts.length) {
      const cls = el.getAttribute('class');
      if (cls !== null) for (let i = 0; i < parts.length; i++) if (cls.includes(parts[i]!)) return true;
    }
    return other !== '' && el.matches(other);
  };
}

/** `decorationsIn` for a table a find reads: its query for hidden elements serves the find's visibility check too. */
export function tableDecorations(session: FindSession, root: Element, extra: readonly string[] = []): Strip {
  return decorationsIn(root, extra, session.visibility.hiddenUnder(root));
}

/**
 * The same decorations as `decorationsIn`, decided from the element itself rather than a snapshot of
 * the table: for re-reading one changed cell later, when the snapshot may be stale. A selector list
 * matches exactly what the lookups above collect; on one element it costs nothing worth measuring.
 */
export function liveDecorations(extra: readonly string[] = []): Strip {
  const selector = [...DECORATION_TAG_NAMES, ...DECORATION_CLASS_NAMES.map((c) => `.${c}`), HIDDEN_BY_ATTRIBUTE, ...extra].join(',');
  return (el) => el.matches(selector);
}

/** Elements whose text the running find read, with how often (see `recordingReads`). */
let reads: Map<Element, number> | null = null;

function noteRead(el: Element): void {
  if (reads) reads.set(el, (reads.get(el) ?? 0) + 1);
}

/**
 * Runs `step` noting in `into` every element whose text it reads (`cleanText`, `textLeaves`). Text
 * anywhere else cannot change what a find returns (selectors never look at text), so the read loop
 * can ignore changes outside these elements (lib/content/changes.ts).
 */
export function recordingReads<T>(into: Map<Element, number>, step: () => T): T {
  const outer = reads;
  reads = into;
  try {
    return step();
  } finally {
    reads = outer;
  }
}

function collectText(node: Element, strip: Strip): string {
  // A leaf: its text nodes are all its text, in one DOM call instead of a walk.
  // (textContent would also count CDATA sections, which HTML documents cannot contain.) Asking for the
  // single text node's own string instead costs three calls more per element, leaf or not: measured
  // as a sixth of a big table's find in Chromium's profile.
  if (node.firstElementChild === null) return node.textContent ?? '';
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === 3) {
      text += child.nodeValue ?? '';
    } else if (type === 1) {
      const el = child as Element;
      if (strip(el)) continue;
      const inner = collectText(el, strip);
      const name = el.localName;
      // Of these names only SVG's <a> (and SVG 1.1's <font>) is not HTML's, so only they need the namespace asked.
      text += INLINE_TAGS.has(name) && ((name !== 'a' && name !== 'font') || el.namespaceURI === XHTML) ? inner : ` ${inner} `;
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
  noteRead(el);
  const strip = typeof stripSelectors === 'function' ? stripSelectors : stripSelector(stripSelectors);
  return foldSpaces(collectText(el, strip).trim());
}

/** A text that is no element's (an attribute's value) as `cleanText` gives an element's. */
export function cleanString(text: string): string {
  return foldSpaces(text.trim());
}

/**
 * `text` without invisible characters, with every run of spaces as one plain space, for a trimmed
 * text. Most value texts are printable ASCII with single spaces and need nothing more than the trim:
 * checked first, without building new strings.
 */
function foldSpaces(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || (c === 0x20 && text.charCodeAt(i + 1) === 0x20)) return text.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
  }
  return text;
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
  noteRead(root);
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

// ---------------------------------------------------------------- "is this a number?" (cheap)

/** A decimal digit of any script (Latin, Persian, Arabic-Indic, Devanagari, full-width …). */
const DIGIT = /\p{Nd}/u;

/** What dashboards print for "no value" (lower-cased): sent, so the column's label is still reported. */
const NO_VALUE = new Set(['-', '--', '---', '—', '——', '–', '―', '−', '…', 'n/a', 'n.a.', 'na', '∅']);

/** The text shows a number of some kind (the background's parser decides which, or that it is none). */
export function hasDigit(text: string): boolean {
  // Most values carry an ASCII digit, found in a few characters without the Unicode property lookup;
  // a text with no ASCII digit and nothing but ASCII has no digit of any script either.
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
    if (c > 0x7f) ascii = false;
  }
  return !ascii && DIGIT.test(text);
}

/** A value cell: a number of some kind, or a dashboard's no-value mark. */
export function looksLikeValue(text: string): boolean {
  return hasDigit(text) || NO_VALUE.has(stripBidiControls(text).toLowerCase());
}

// ---------------------------------------------------------------- a find in progress

export interface FindSession {
  ctx: AdapterContext;
  source: SourceId;
  account?: string;
  dateTexts: string[];
  cells: RawCell[];
  elements: Element[];
  /** See `FoundPage.rereads`. */
  rereads: Array<Strip | undefined>;
  notes: PageNote[];
  /** Cells whose text has a digit: a loader next to none of them means the numbers are not there yet. */
  values: number;
  nextGroup: number;
  /** The cell limit is reached and said: no later cell can be added, so loops over cells may stop. */
  full: boolean;
  /** What a person can see: hidden cells and controls are never read (lib/adapters/visibility.ts). */
  visibility: Visibility;
}

export function startFind(ctx: AdapterContext, source: SourceId, account?: string): FindSession {
  const session: FindSession = {
    ctx, source, dateTexts: [], cells: [], elements: [], rereads: [], notes: [], values: 0, nextGroup: 0, full: false, visibility: visibilityOf(ctx.doc),
  };
  if (account) session.account = account;
  return session;
}

/** A new group id: cells of one table or card set share number-format evidence. */
export function newGroup(session: FindSession): number {
  return session.nextGroup++;
}

export interface CellInput {
  label: string;
  key?: string | undefined;
  qualifier?: string | undefined;
  text: string;
  exact?: string | undefined;
  row?: string | null | undefined;
  where: string;
  at?: ReadingPlace | undefined;
  group: number;
}

/**
 * Bounds of what one page read sends (the background's message schema, lib/messages.ts, rejects a
 * read beyond them). A value is short: a longer text is no number and is not sent.
 */
export const LIMITS = { cells: 5000, text: 200, label: 300, key: 200, row: 300, where: 500, dateTexts: 10, dateText: 300 } as const;

/**
 * Records one cell (only fields that have a value, so the cell survives JSON unchanged). `reread` is
 * given when `input.text` is exactly `cleanText(element, reread)` (see `FoundPage.rereads`); `under`,
 * an element holding the cell (its table), when the cells of a table are added.
 */
export function addCell(session: FindSession, input: CellInput, element: Element, reread?: Strip, under?: Element): void {
  if (input.text.length > LIMITS.text || !session.visibility.shown(element, under)) return;
  if (session.cells.length >= LIMITS.cells) {
    addNote(session, { code: 'cells-capped', n: LIMITS.cells });
    session.full = true;
    return;
  }
  const cell: RawCell = { label: cleanLabel(input.label).slice(0, LIMITS.label), text: input.text, where: input.where.slice(0, LIMITS.where), group: input.group };
  if (input.key) cell.key = input.key.slice(0, LIMITS.key);
  if (input.qualifier) cell.qualifier = cleanLabel(input.qualifier).slice(0, LIMITS.key);
  if (input.exact && input.exact.length <= LIMITS.text) cell.exact = input.exact;
  if (input.row !== undefined && input.row !== null) cell.row = input.row.slice(0, LIMITS.row);
  if (input.at) cell.at = input.at;
  session.cells.push(cell);
  session.elements.push(element);
  session.rereads.push(reread);
  if (hasDigit(input.text)) session.values++;
}

/**
 * The found page after only the text of `cells` changed (nothing added, removed or moved, no other
 * text the find read changed: lib/content/changes.ts decides that): each cell is read again alone, and
 * the result is what a full find would give. Null when a cell cannot be re-read alone or now reads as
 * a different kind of text (no longer a value, too long, digits appearing or gone): a full find then.
 */
export function rereadCells(found: FoundPage, cells: Iterable<number>): FoundPage | null {
  const next = found.raw.cells.slice();
  for (const i of cells) {
    const strip = found.rereads?.[i];
    const before = next[i];
    if (!strip || !before) return null;
    const text = cleanText(found.elements[i], strip);
    if (text.length > LIMITS.text || !looksLikeValue(text) || hasDigit(text) !== hasDigit(before.text)) return null;
    next[i] = { ...before, text };
  }
  return { ...found, raw: { ...found.raw, cells: next } };
}

/** Runs a find to the end at once. */
export function runSteps(steps: FindSteps): FoundPage {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export function addNote(session: FindSession, note: PageNote): void {
  if (!session.notes.some((n) => n.code === note.code && n.n === note.n && n.of === note.of)) session.notes.push(note);
}

export interface StateHooks {
  /** Selector of the dashboard's loader (spinner, progress bar). */
  loading?: string;
  /** Selector of the "nothing to show" placeholder. */
  empty?: string;
}

/**
 * A loader with no number found means the numbers are not there yet; a loader next to numbers means
 * a part is still loading, which the user is told. An empty placeholder with no number found means
 * the dashboard has no rows for this range.
 */
export function finishFind(session: FindSession, hooks: StateHooks): FoundPage {
  const doc = session.ctx.doc;
  let state: PageState = 'ready';
  // A loader or placeholder counts only where a person can see it: a stale copy keeps its own.
  const loading = hooks.loading ? shownFirst(session, doc, hooks.loading) !== null : false;
  if (loading) {
    if (session.values === 0) state = 'loading';
    else addNote(session, { code: 'still-loading' });
  } else if (session.values === 0 && hooks.empty && shownFirst(session, doc, hooks.empty)) {
    state = 'empty';
  }
  const scope: ReadingScope = {};
  if (session.account) scope.account = session.account;
  return {
    raw: {
      source: session.source,
      state,
      scope,
      locale: session.ctx.locale,
      dateTexts: [...new Set(session.dateTexts.map((t) => t.trim()).filter(Boolean))].slice(0, LIMITS.dateTexts).map((t) => t.slice(0, LIMITS.dateText)),
      cells: session.cells,
      notes: session.notes,
    },
    elements: session.elements,
    rereads: session.rereads,
    judged: session.visibility.judged,
  };
}

/** The first container under `root` matching `selector` that a person can see (a date control, a title). */
export function shownFirst(session: FindSession, root: ParentNode, selector: string): Element | null {
  // Usually the first match is the one shown: looking for it alone stops there instead of walking the page.
  const first = root.querySelector(selector);
  if (!first || session.visibility.container(first)) return first;
  const list = root.querySelectorAll(selector);
  for (let i = 1; i < list.length; i++) if (session.visibility.container(list[i]!)) return list[i]!;
  return null;
}

/** The containers under `root` matching `selector` that a person can see (tables, cards): cells are read only inside these. */
export function allShown(session: FindSession, root: ParentNode, selector: string): Element[] {
  return all(root, selector).filter((el) => session.visibility.container(el));
}

// ---------------------------------------------------------------- locators

/**
 * A table, GA4 exploration or page of cards as locators name it. `name` is what the page printed or,
 * when it printed none (`printed` false), Goalpost's English stand-in ("Report"): the English `where`
 * keeps it, the structured locator says '' and the UI words "this page" in its own language.
 */
export interface Area {
  name: string;
  kind: ReadingPlace['kind'];
  /** Which of several tables on the page, from 1; absent when there is one. */
  n?: number;
  printed: boolean;
}

/** The `i`-th (from 0) of `count` tables or explorations, named `printed` by the page, else `fallback`. */
export function tableArea(printed: string, fallback: string, i = 0, count = 1, kind: 'table' | 'exploration' = 'table'): Area {
  const area: Area = { name: printed || fallback, kind, printed: printed !== '' };
  if (count > 1) area.n = i + 1;
  return area;
}

/** The page a set of cards is on, named `printed` by the page, else `fallback`. */
export function pageArea(printed: string, fallback: string): Area {
  return { name: printed || fallback, kind: 'page', printed: printed !== '' };
}

/** An area in English words: "Campaigns table 2", "Home". */
export function areaName(area: Area): string {
  return area.kind === 'page' ? area.name : `${area.name} ${area.kind}${area.n ? ` ${area.n}` : ''}`;
}

/**
 * A cell's or card's locator, twice: in English words for `where` ("Campaigns table, totals row,
 * Cost column") and as structure for `at`, which the UI words in its language (no i18n here).
 */
export interface Locator {
  where: string;
  at: ReadingPlace;
}

function placeOf(area: Area): ReadingPlace {
  const at: ReadingPlace = { area: area.printed ? area.name.slice(0, LIMITS.label) : '', kind: area.kind };
  if (area.n) at.n = area.n;
  return at;
}

export function whereCell(table: Area, row: string | null, column: string): Locator {
  const label = cleanLabel(column);
  const at = placeOf(table);
  if (row !== null) at.row = row.slice(0, LIMITS.row);
  at.column = label.slice(0, LIMITS.label);
  return { where: `${areaName(table)}, ${row === null ? 'totals row' : `“${row}” row`}, ${label} column`, at };
}

export function whereCard(page: Area, label: string): Locator {
  const clean = cleanLabel(label);
  const at = placeOf(page);
  at.card = clean.slice(0, LIMITS.label);
  return { where: `${areaName(page)}, “${clean}” card`, at };
}

// ---------------------------------------------------------------- dates

/** Texts a date control shows: each text leaf, then the whole control (parsed in the background). */
export function pickerTexts(el: Element | null): string[] {
  if (!el) return [];
  return [...textLeaves(el).map((l) => l.text), cleanText(el)];
}

// ---------------------------------------------------------------- tables

/**
 * What a totals row says, where no class or role marks it (generic tables, Looker Studio's "Grand
 * total" in each language it ships).
 */
const TOTAL_WORDS = [
  'total', 'totals', 'grand total', 'sum', 'overall',
  'الإجمالي', 'الاجمالي', 'المجموع', 'الإجمالي الكلي',
  'جمع کل', 'جمع', 'مجموع', 'کل',
  '总计', '合计', '總計', '合計', '总数', '総計',
  'gesamt', 'summe', 'insgesamt', 'gesamtsumme',
  'total général', 'totaux', 'totales', 'total general', 'total geral',
  'totale', 'totale complessivo', 'totaal', 'eindtotaal', 'suma', 'suma końcowa', 'razem',
  'итого', 'всего', 'общий итог', 'усього', 'разом', 'загальний підсумок',
  'toplam', 'genel toplam', '총계', '합계', 'total keseluruhan', 'tổng', 'tổng cộng',
  'รวม', 'ผลรวมทั้งหมด', 'סה"כ', 'סך הכול', 'סכום כולל', 'कुल', 'कुल योग',
];

export function looksLikeTotal(text: string): boolean {
  const t = cleanLabel(text).toLowerCase().replace(/[:：]+$/, '');
  return TOTAL_WORDS.includes(t) || /^(grand )?totals?\b/.test(t);
}

export interface GridColumn {
  label: string;
  /** The metric's name in the page's markup (GA4 API name, Google Ads essfield), if any. */
  key?: string | undefined;
  /** The row-name column (campaign, channel, query…). */
  rowName?: boolean;
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
  /** The table as the page names it ("Campaigns table" in English words; see `tableArea`). */
  name: Area;
  columns: readonly GridColumn[];
  rows: readonly GridRow[];
  /** Extra decorations to strip from cells. */
  strip?: readonly string[];
  /** The table element, holding every cell: its decorations and hidden elements are looked up once for all its cells. */
  root?: Element;
  /** `tableDecorations(session, root, strip)` when the adapter has already built it for this table. */
  decorations?: Strip;
}

/**
 * Finds a table's value cells: every labelled data column, every data row keyed by its name, the
 * totals row unkeyed. Cells whose text shows no number (names, statuses) are left out; which labels
 * name a metric is decided in the background. Pauses after each row.
 */
export function* findGrid(session: FindSession, grid: GridInput): Generator<void, void, void> {
  const strip = grid.root ? (grid.decorations ?? tableDecorations(session, grid.root, grid.strip)) : stripSelector(grid.strip);
  const reread = grid.root ? liveDecorations(grid.strip) : strip;
  const group = newGroup(session);
  const columns = grid.columns.map((c) => (c.skip || c.rowName || !c.label ? null : c));
  // Each cell's locator is `whereCell(grid.name, row.key, column.label)`, built here from parts worked
  // out once per table, column and row: built afresh for every cell and spread into the cell's literal,
  // it was ~12% of a big table's find in Chromium's profile.
  const place = placeOf(grid.name);
  const area = areaName(grid.name);
  const labels = columns.map((c) => (c ? cleanLabel(c.label) : ''));
  for (const row of grid.rows) {
    if (session.full) return;
    yield;
    const rowWhere = `${area}, ${row.key === null ? 'totals row' : `“${row.key}” row`}, `;
    const rowAt = row.key === null ? undefined : row.key.slice(0, LIMITS.row);
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i];
      const cell = row.cells[i];
      if (!column || !cell) continue;
      const text = cleanText(cell, strip);
      if (!looksLikeValue(text)) continue;
      const at: ReadingPlace = { ...place };
      if (rowAt !== undefined) at.row = rowAt;
      at.column = labels[i]!.slice(0, LIMITS.label);
      addCell(session, { label: column.label, key: column.key, text, row: row.key, where: `${rowWhere}${labels[i]} column`, at, group }, cell, reread, grid.root);
    }
  }
}

// ---------------------------------------------------------------- scorecards

export interface Scorecard {
  label: string;
  /** Element showing the number. */
  value: Element;
  text?: string;
}

/** Finds label + big-number cards; one group per card set. */
export function findScorecards(session: FindSession, page: Area, cards: readonly Scorecard[]): void {
  const group = newGroup(session);
  for (const card of cards) {
    const label = cleanLabel(card.label);
    if (!label) continue;
    const text = card.text ?? cleanText(card.value);
    if (!looksLikeValue(text)) continue;
    addCell(session, { label, text, ...whereCard(page, label), group }, card.value, card.text === undefined ? isDecoration : undefined);
  }
}

/**
 * A card found by structure alone: the first text leaf with no digit is its label, the first leaf
 * with a digit after it is its value. Deltas ("↑ 4.2%") come later and are ignored.
 */
export function cardFromLeaves(root: Element, strip: Strip = isDecoration): Scorecard | null {
  const leaves = textLeaves(root, strip, 8);
  let label: string | null = null;
  for (const leaf of leaves) {
    if (label === null) {
      if (!hasDigit(leaf.text)) label = leaf.text;
      continue;
    }
    if (hasDigit(leaf.text)) return { label, value: leaf.el, text: leaf.text };
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
  // A plain loop: Array.from walks a NodeList through the iterator protocol, measurably slower per row.
  const list = root.querySelectorAll(selector);
  const out = new Array<Element>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list[i]!;
  return out;
}
