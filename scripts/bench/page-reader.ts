/**
 * What the benchmark injects into a Chromium page: Goalpost's find side (exactly what the content
 * script runs) and a naive reader that scans every text node of the page for known labels and
 * numbers — the obvious way to read a dashboard, and the baseline the targets are stated against.
 */
import { rereadCells } from '../../lib/adapters/common';
import { findPage, findPageSteps } from '../../lib/adapters/registry';
import type { FoundPage } from '../../lib/adapters/types';
import { ALL, changedCells } from '../../lib/content/changes';
import { metricFromLabel } from '../../lib/metrics/labels';
import { parseDashboardNumber } from '../../lib/parse/number';

const context = () => ({ doc: document, url: new URL(location.href), locale: document.documentElement.lang || 'en', today: '2026-11-24' });

function goalpostFind(): number {
  return findPage(context()).raw.cells.length;
}

function naiveScan(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let label: string | null = null;
  let found = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue?.trim();
    if (!text) continue;
    if (metricFromLabel(text)) label = text;
    else if (label && parseDashboardNumber(text, { locale: 'en' }).ok) found++;
  }
  return found;
}

/** The find as the read loop runs it: the longest single step (nothing can cut one short), in ms. */
function longestStep(): number {
  const steps = findPageSteps(context());
  let longest = 0;
  for (;;) {
    const t = performance.now();
    const step = steps.next();
    longest = Math.max(longest, performance.now() - t);
    if (step.done) return longest;
  }
}

let last: FoundPage | null = null;
let observer: MutationObserver | null = null;

/**
 * What the read loop does when the page changes one cell's text: look at the mutation records and
 * re-read that cell alone. Returns the ms it took (the page's own change is not counted).
 */
function rereadOneCell(value: string): number {
  if (!last || !observer) {
    last = findPage(context());
    observer = new MutationObserver(() => {});
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }
  const cell = document.querySelector('tbody td.sessions .cell-value');
  if (cell) cell.textContent = value;
  const records = observer.takeRecords();
  const t = performance.now();
  const cells = changedCells(records, last, document);
  const next = cells === ALL ? null : rereadCells(last, cells);
  if (!next) throw new Error('a one-cell change needed a full find');
  last = next;
  return performance.now() - t;
}

Object.assign(globalThis, { __goalpostBench: { goalpostFind, naiveScan, longestStep, rereadOneCell } });
