import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describePick, elementPath, resolvePick } from '../../lib/picker/locator';
import { withPickedCells } from '../../lib/picker/picked-cells';
import { findPage } from '../../lib/adapters/registry';
import { openHtml } from '../support/dom';

const FIXTURES = join(import.meta.dirname, '../fixtures/picker');
const URL_ = 'https://stats.example-shop.com/admin/overview';
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
let closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers) await close();
  closers = [];
});

async function page(html: string) {
  const opened = await openHtml(html, URL_, '2026-12-02');
  closers.push(opened.close);
  return opened.document;
}

const byText = (doc: Document, text: string) => [...doc.querySelectorAll('*')].find((el) => el.children.length === 0 && el.textContent?.trim() === text)!;

describe('describePick', () => {
  it('remembers a card number by the label printed beside it, not by where it happens to be', async () => {
    const doc = await page(fixture('shop-stats-en.html'));
    const picked = describePick(byText(doc, '$48,210.55'))!;
    expect(picked.locator).toMatchObject({ label: 'Takings this month', sample: '$48,210.55' });
    expect(picked.locator.table).toBeUndefined();
    expect(picked.locator.path).toMatch(/^#tile-0 > /);
  });

  it('remembers a table number by its column header and row name, and a totals row as totals', async () => {
    const doc = await page(fixture('shop-stats-fa.html'));
    const cell = [...doc.querySelectorAll('tbody tr')][1]!.querySelectorAll('td')[1]!;
    expect(describePick(cell)!.locator).toMatchObject({ label: 'رسیدها', table: { column: 'رسیدها', row: 'تهران', totals: false }, sample: '۹۸۷' });
    const total = doc.querySelector('tfoot td')!;
    expect(describePick(total)!.locator.table).toEqual({ column: 'رفت‌وآمد', row: 'جمع کل', totals: true });
  });

  it('finds the number when the click lands on its wrapper, and refuses text that is not a number', async () => {
    const doc = await page(fixture('shop-stats-zh.html'));
    expect(describePick(doc.querySelector('#tile-1 .tile-figure')!)!.locator.sample).toBe('1,204');
    expect(describePick(byText(doc, '店铺概览'))).toBeNull();
    expect(describePick(doc.querySelector('main')!)).toBeNull();
  });

  it('does not build paths on generated ids', async () => {
    const doc = await page('<div id=":r12:"><div id="ember4821"><p><b>Revenue</b> <span>1,200</span></p></div></div>');
    expect(elementPath(doc.querySelector('span')!)).toBe('body > div:nth-of-type(1) > div:nth-of-type(1) > p:nth-of-type(1) > span:nth-of-type(1)');
  });
});

describe('resolvePick', () => {
  it('finds the picked numbers again after the page rebuilt its elements', async () => {
    const doc = await page(fixture('shop-stats-en.html'));
    const card = describePick(byText(doc, '$48,210.55'))!.locator;
    const cell = describePick([...doc.querySelectorAll('tbody td')][3]!)!.locator; // Tehran, Receipts
    doc.body.innerHTML = doc.body.innerHTML; // every element replaced, same words
    expect(resolvePick(doc, card)?.textContent).toBe('$48,210.55');
    expect(resolvePick(doc, cell)?.textContent).toBe('987');
  });

  it('follows the row when rows are reordered and the label when cards move', async () => {
    const doc = await page(fixture('shop-stats-en.html'));
    const tehranReceipts = describePick([...doc.querySelectorAll('tbody tr')][1]!.querySelectorAll('td')[1]!)!.locator;
    const signups = describePick(byText(doc, '1,204'))!.locator;
    const tbody = doc.querySelector('tbody')!;
    tbody.prepend(tbody.lastElementChild!);
    const tiles = doc.querySelector('#tiles')!;
    tiles.append(tiles.firstElementChild!);
    byText(doc, '1,204').textContent = '1,250';
    expect(resolvePick(doc, tehranReceipts)?.textContent).toBe('987');
    expect(resolvePick(doc, signups)?.textContent).toBe('1,250');
  });

  it('says "not found" rather than reading another number when the row or label is gone', async () => {
    const doc = await page(fixture('shop-stats-en.html'));
    const tehran = describePick([...doc.querySelectorAll('tbody tr')][1]!.querySelectorAll('td')[0]!)!.locator;
    const takings = describePick(byText(doc, '$48,210.55'))!.locator;
    [...doc.querySelectorAll('tbody tr')][1]!.remove();
    byText(doc, 'Takings this month').textContent = 'Revenue (net)';
    expect(resolvePick(doc, tehran)).toBeNull();
    // The old path now leads to the renamed card's number: still not taken, the label decides.
    expect(resolvePick(doc, takings)).toBeNull();
  });

  it('tells apart cards that share a label by their place on the page', async () => {
    const doc = await page('<section id="eu"><h3>Revenue</h3><p>€1,000</p></section><section id="us"><h3>Revenue</h3><p>$2,000</p></section>');
    const us = describePick(byText(doc, '$2,000'))!.locator;
    expect(resolvePick(doc, us)?.textContent).toBe('$2,000');
  });
});

describe('withPickedCells', () => {
  it('adds picked numbers under the chosen metric and lists the ones the page no longer shows', async () => {
    const doc = await page(fixture('shop-stats-en.html'));
    const takings = describePick(byText(doc, '$48,210.55'))!.locator;
    const total = describePick(doc.querySelector('tfoot td')!)!.locator;
    const gone = { ...takings, label: 'Refunds' };
    const found = findPage({ doc, url: new URL(URL_), locale: 'en' });
    const before = found.raw.cells.length;
    const withPicks = withPickedCells(found, doc, [
      { id: 'p1', metric: 'revenue', locator: takings },
      { id: 'p2', metric: 'sessions', locator: total },
      { id: 'p3', metric: 'cost', locator: gone },
    ]);
    const picked = withPicks.raw.cells.slice(-2);
    expect(picked).toMatchObject([
      { label: 'Takings this month', key: 'metric:revenue', text: '$48,210.55' },
      { label: 'Foot traffic', key: 'metric:sessions', text: '22,694' },
    ]);
    expect(picked[1]!.row).toBeUndefined();
    expect(withPicks.raw.missingPicks).toEqual(['p3']);
    // The generic reader's own cell for the totals element is replaced, not doubled.
    expect(withPicks.raw.cells.length).toBe(before - (found.elements.includes(doc.querySelector('tfoot td')!) ? 1 : 0) + 2);
    expect(withPicks.elements).toHaveLength(withPicks.raw.cells.length);
  });
});
