/**
 * Re-reading only what a page change can have touched gives exactly what a full find would: a
 * changed cell re-read alone equals the full find after the change; changes outside everything the
 * find read are ignored (and indeed change nothing); anything else asks for a full find.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { rereadCells } from '../../lib/adapters/common';
import { findPage } from '../../lib/adapters/registry';
import type { FoundPage } from '../../lib/adapters/types';
import { ALL, changedCells } from '../../lib/content/changes';
import { openFixture, type FixturePage } from '../support/dom';
import { listFixtures } from '../support/fixtures';

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

/** Opens a fixture and watches it as the read loop does; `changes()` gives the records since. */
async function watched(name: string) {
  page = await openFixture(name);
  const observer = new page.window.MutationObserver(() => {});
  // As the read loop watches (lib/content/read-loop.ts).
  observer.observe(page.document.documentElement as never, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'aria-hidden'] });
  const doc = page.document;
  return { page, doc, changes: () => observer.takeRecords() as unknown as MutationRecord[] };
}

/** The first text node under `el` whose text has a digit. */
function digitText(el: Node): Text | null {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && /\d/.test(n.nodeValue ?? '')) return n as Text;
    const inner = digitText(n);
    if (inner) return inner;
  }
  return null;
}

/** The same number with its first digit changed ("12,345" → "22,345"): still a number. */
const bump = (text: string) => text.replace(/\d/, (d) => String((Number(d) + 1) % 10));

/** Up to `n` cells, spread over the page, that can be re-read alone. */
function sampleCells(found: FoundPage, n: number): number[] {
  const cells = found.elements.flatMap((_, i) => (found.rereads?.[i] ? [i] : []));
  const step = Math.max(1, Math.floor(cells.length / n));
  return cells.filter((_, k) => k % step === 0).slice(0, n);
}

describe('changed cells', () => {
  it.each(listFixtures())('%s: a cell whose number changed, re-read alone, equals the full find after the change', async (name) => {
    const { doc, changes } = await watched(name);
    const before = findPage(page!.ctx);
    for (const i of sampleCells(before, 12)) {
      const text = digitText(before.elements[i]!);
      if (!text) continue;
      const old = text.data;
      text.data = bump(old);
      const cells = changedCells(changes(), before, doc);
      expect(cells, `cell ${i}`).toEqual(new Set([i]));
      const reread = rereadCells(before, cells as Set<number>);
      expect(reread?.raw, `cell ${i}`).toStrictEqual(findPage(page!.ctx).raw);
      text.data = old;
      changes();
    }
  });

  it('ignores text changes outside everything the find read, which indeed change nothing found', async () => {
    const { doc, changes } = await watched('ga4/traffic-acquisition-zh');
    const found = findPage(page!.ctx);
    const outside = [...doc.body.querySelectorAll('*')].find((el) => {
      if (!el.firstChild || el.firstChild.nodeType !== 3 || el.closest('script, style')) return false;
      for (let n: Element | null = el; n; n = n.parentElement) if (found.reads!.has(n)) return false;
      return true;
    });
    expect(outside).toBeDefined();
    (outside!.firstChild as Text).data += ' 42';
    expect(changedCells(changes(), found, doc)).toEqual(new Set());
    expect(findPage(page!.ctx).raw).toStrictEqual(found.raw);
  });

  it('asks for a full find when a row name, the title or the structure changes, or nothing was read', async () => {
    const { doc, changes } = await watched('google-ads/campaigns-en');
    const found = findPage(page!.ctx);
    // A row name is read, but is no cell: every cell of its row names it.
    const rowName = [...found.reads!.keys()].find((el) => !found.elements.includes(el) && el.closest('.particle-table-row') && digitText(el) === null && el.textContent);
    expect(rowName).toBeDefined();
    rowName!.firstChild!.textContent += ' (old)';
    expect(changedCells(changes(), found, doc)).toBe(ALL);
    doc.title += ' – updated';
    expect(changedCells(changes(), found, doc)).toBe(ALL);
    found.elements[0]!.append(doc.createElement('span'));
    expect(changedCells(changes(), found, doc)).toBe(ALL);
    digitText(found.elements[0]!)!.data += '1';
    expect(changedCells(changes(), null, doc)).toBe(ALL);
    expect(changedCells(changes(), { ...found, reads: undefined }, doc)).toBe(ALL);
  });

  it('leaves a cell that no longer reads as the same kind of text to a full find', async () => {
    const { doc, changes } = await watched('google-ads/campaigns-en');
    const found = findPage(page!.ctx);
    const [i] = sampleCells(found, 1);
    const text = digitText(found.elements[i!]!)!;
    text.data = '—';
    const cells = changedCells(changes(), found, doc);
    expect(cells).toEqual(new Set([i]));
    expect(rereadCells(found, cells as Set<number>)).toBeNull();
  });

  it('asks for a full find when a cell of the table read, or a part of one, is hidden by an attribute', async () => {
    const { doc, changes } = await watched('ga4/traffic-acquisition-zh');
    const found = findPage(page!.ctx);
    const [i, j] = sampleCells(found, 2);
    found.elements[i!]!.setAttribute('hidden', '');
    expect(changedCells(changes(), found, doc)).toBe(ALL);
    // A part of a cell turned into a decoration (an icon's glyph) changes the cell's text.
    const part = found.elements[j!]!.querySelector('*') ?? found.elements[j!]!;
    part.setAttribute('aria-hidden', 'true');
    expect(changedCells(changes(), found, doc)).toBe(ALL);
  });

  it('asks for a full find when a hidden copy is shown, or the copy that was read is hidden; ignores other attribute changes', async () => {
    const { doc, changes } = await watched('ga4/traffic-acquisition-zh');
    const table = doc.querySelector('ga-reporting-table')!;
    const copy = table.cloneNode(true) as Element;
    copy.setAttribute('hidden', '');
    table.after(copy);
    changes();
    const found = findPage(page!.ctx);
    expect(found.elements.some((el) => copy.contains(el))).toBe(false);

    // A class on something the find never looked at (outside every table) changes nothing.
    const banner = doc.querySelector('.goalpost-sample-banner')!;
    banner.classList.add('highlighted');
    expect(changedCells(changes(), found, doc)).toEqual(new Set());

    // The stale copy is shown: its cells were judged hidden, so this is a change worth a full find …
    copy.removeAttribute('hidden');
    expect(changedCells(changes(), found, doc)).toBe(ALL);
    const after = findPage(page!.ctx);
    expect(after.elements.some((el) => copy.contains(el))).toBe(true);

    // … and so is hiding the copy that was read, by a class as an app would.
    const style = doc.createElement('style');
    style.textContent = '.gone{display:none}';
    doc.head.append(style);
    changes();
    table.classList.add('gone');
    expect(changedCells(changes(), after, doc)).toBe(ALL);
    expect(findPage(page!.ctx).elements.some((el) => table.contains(el))).toBe(false);
  });
});
