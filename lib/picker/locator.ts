/**
 * "Track a number on this site": what Goalpost remembers about a number the user clicked, and how it
 * finds that number again on a later visit. Sites re-render and re-style freely, so the locator is
 * what a person would use to find the number — the table's column header and the row's name, or the
 * label printed beside it — with the element path only as the last resort, and a number is accepted
 * only where the page still shows one.
 */
import { all, cardFromLeaves, cleanLabel, cleanText, hasDigit, looksLikeTotal } from '../adapters/common';

export interface PickLocator {
  /** What the number is called on the page: its column header, or the label printed beside it. */
  label: string;
  /** In a table or grid: its column header and row name (`totals` for a totals row). */
  table?: { column: string; row: string; totals: boolean };
  /** Element path from the nearest stable id (or body): used only when the words no longer lead anywhere. */
  path: string;
  /** The number as printed when it was picked (shown when it can no longer be found). */
  sample: string;
}

export const PICK_LIMITS = { label: 300, path: 1000, sample: 200 } as const;

/** The cell key a picked number is sent with: it names the metric the user chose, on any site. */
export const PICKED_KEY_PREFIX = 'metric:';

const CELL = 'td, th, [role="gridcell"], [role="cell"], [role="rowheader"], [role="columnheader"]';
const TABLE = 'table, [role="grid"], [role="treegrid"], [role="table"]';
const ROW = 'tr, [role="row"]';
/** Longest text still taken for one number (a whole paragraph is not a number). */
const MAX_NUMBER_TEXT = 60;
const CARD_LEVELS = 4;
/** NodeFilter.SHOW_TEXT, without the global (this module runs wherever a Document is given). */
const SHOW_TEXT = 4;

const norm = (text: string) => cleanLabel(text).toLowerCase();

/** The element that shows the clicked number: the click target or the digit-bearing leaf inside it. */
export function numberElementAt(target: Element): Element | null {
  let el: Element | null = target;
  for (let up = 0; el && up < 3; up++, el = el.parentElement) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML') return null;
    const text = cleanText(el);
    if (!hasDigit(text)) continue;
    if (text.length <= MAX_NUMBER_TEXT) return el;
    return null;
  }
  return null;
}

function rowCells(row: Element): Element[] {
  return all(row, CELL).filter((c) => c.closest(ROW) === row);
}

function headerRowOf(table: Element): Element | null {
  const rows = all(table, ROW).filter((r) => r.closest(TABLE) === table);
  return (
    table.querySelector(':scope > thead > tr') ??
    rows.find((r) => r.querySelector('th, [role="columnheader"]') && !r.closest('tbody')) ??
    null
  );
}

function isTotalsRow(row: Element, key: string): boolean {
  return row.parentElement?.tagName === 'TFOOT' || looksLikeTotal(key) || /\btotal/i.test(row.getAttribute('class') ?? '');
}

function tablePlace(el: Element): PickLocator['table'] & { header: string } | null {
  const cell = el.closest(CELL);
  const table = cell?.closest(TABLE);
  const row = cell?.closest(ROW);
  if (!cell || !table || !row) return null;
  const header = headerRowOf(table);
  if (!header || header === row) return null;
  const index = rowCells(row).indexOf(cell);
  const headerCell = rowCells(header)[index];
  const column = cleanLabel(cleanText(headerCell));
  if (!column || index <= 0) return null;
  const key = cleanLabel(cleanText(rowCells(row)[0]));
  return { column, row: key, totals: isTotalsRow(row, key), header: column };
}

function cardLabel(el: Element): string | null {
  let root: Element | null = el.parentElement;
  for (let up = 0; root && up < CARD_LEVELS; up++, root = root.parentElement) {
    const card = cardFromLeaves(root);
    if (card && (card.value === el || card.value.contains(el) || el.contains(card.value))) return cleanLabel(card.label);
  }
  return cleanLabel(el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '') || null;
}

const STABLE_ID = /^[A-Za-z][\w-]{0,40}$/;

function isStableId(id: string): boolean {
  // Generated ids (":r1:", "ember123", "a1b2c3d4") change between visits.
  return STABLE_ID.test(id) && !/\d{3,}/.test(id) && !/^[a-f0-9]{6,}$/i.test(id);
}

/** `#revenue-card > div:nth-of-type(2) > span:nth-of-type(1)`, or from `body`. */
export function elementPath(el: Element): string {
  const steps: string[] = [];
  let node: Element | null = el;
  while (node && node.tagName !== 'BODY' && node.tagName !== 'HTML') {
    if (node.id && isStableId(node.id)) {
      steps.unshift(`#${node.id}`);
      return steps.join(' > ');
    }
    const tag = node.tagName.toLowerCase();
    let nth = 1;
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) if (sib.tagName === node.tagName) nth++;
    steps.unshift(`${tag}:nth-of-type(${nth})`);
    node = node.parentElement;
  }
  steps.unshift('body');
  return steps.join(' > ');
}

/** The locator for a clicked element, or null when no number is there. */
export function describePick(target: Element): { element: Element; locator: PickLocator } | null {
  const element = numberElementAt(target);
  if (!element) return null;
  const sample = cleanText(element).slice(0, PICK_LIMITS.sample);
  const path = elementPath(element).slice(0, PICK_LIMITS.path);
  const place = tablePlace(element);
  if (place) {
    const { header, ...table } = place;
    return { element, locator: { label: header.slice(0, PICK_LIMITS.label), table, path, sample } };
  }
  const label = cardLabel(element);
  if (!label) return null;
  return { element, locator: { label: label.slice(0, PICK_LIMITS.label), path, sample } };
}

function inTable(doc: Document, table: NonNullable<PickLocator['table']>): Element | null {
  const column = norm(table.column);
  const rowKey = norm(table.row);
  for (const grid of all(doc, TABLE)) {
    const header = headerRowOf(grid);
    if (!header) continue;
    const index = rowCells(header).findIndex((c) => norm(cleanText(c)) === column);
    if (index <= 0) continue;
    for (const row of all(grid, ROW)) {
      if (row === header || row.closest(TABLE) !== grid) continue;
      const cells = rowCells(row);
      const key = cleanLabel(cleanText(cells[0]));
      const same = table.totals ? isTotalsRow(row, key) : norm(key) === rowKey;
      if (same && cells[index] && hasDigit(cleanText(cells[index]))) return cells[index]!;
    }
  }
  return null;
}

function byLabel(doc: Document, label: string, path: string): Element | null {
  const wanted = norm(label);
  const found: Element[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (text.length < wanted.length || text.length > wanted.length + 40 || norm(text) !== wanted) continue;
    let root = node.parentElement;
    for (let up = 0; root && up < CARD_LEVELS; up++, root = root.parentElement) {
      const card = cardFromLeaves(root);
      if (card && norm(card.label) === wanted) {
        if (!found.includes(card.value)) found.push(card.value);
        break;
      }
    }
  }
  // Several cards with one label ("Revenue" per store): the structure tells them apart.
  return found.find((el) => elementPath(el) === path) ?? found[0] ?? null;
}

/**
 * Finds the picked number again: by table column and row, or by the label printed beside it (the
 * element path only tells apart cards that share a label). A path alone is never trusted: after a
 * redesign it points at some other number, and a wrong number is worse than "can no longer find it".
 */
export function resolvePick(doc: Document, locator: PickLocator): Element | null {
  if (locator.table) return inTable(doc, locator.table);
  return byLabel(doc, locator.label, locator.path);
}
