/**
 * What the benchmark injects into a Chromium page: Goalpost's find side (exactly what the content
 * script runs) and a naive reader that scans every text node of the page for known labels and
 * numbers — the obvious way to read a dashboard, and the baseline the targets are stated against.
 */
import { findPage } from '../../lib/adapters/registry';
import { metricFromLabel } from '../../lib/metrics/labels';
import { parseDashboardNumber } from '../../lib/parse/number';

function goalpostFind(): number {
  const found = findPage({ doc: document, url: new URL(location.href), locale: document.documentElement.lang || 'en', today: '2026-11-24' });
  return found.raw.cells.length;
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

Object.assign(globalThis, { __goalpostBench: { goalpostFind, naiveScan } });
