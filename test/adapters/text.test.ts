/**
 * Shortcuts the find side takes for speed give what the plain definitions give: `cleanText` skips
 * its regular expressions for plain text (printable ASCII, single spaces), and `decorationsIn` checks
 * attributes on the elements it is asked about instead of querying the whole table.
 */
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { cleanText, decorationsIn, liveDecorations } from '../../lib/adapters/common';
import { visibilityOf } from '../../lib/adapters/visibility';
import { openFixture, openHtml } from '../support/dom';
import { listFixtures } from '../support/fixtures';

/** The fold as specified: invisible characters out, every run of spaces one plain space, trimmed. */
const fold = (text: string) =>
  text
    .replace(/[\u200b\u2060\ufeff\u00ad]/g, '')
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim();

const doc = new Window().document as unknown as Document;
/** Text dashboards print: digits, separators, every kind of space and invisible mark, other scripts. */
const piece = fc.constantFrom('1', '2,345', '.', '%', '$', 'K', ' ', '  ', '\t', '\n', '\u00a0', '\u202f', '\u2009', '\u3000', '\u200b', '\ufeff', '\u00ad', '\u200f', '٬', '۱۲', '万', 'é', '—', '\u0085', '\u2028');
/** Mostly plain ASCII, where the shortcut applies and runs of spaces are the thing to get right. */
const plain = fc.constantFrom('1', '2,345', '.', '%', '$', 'K', ' ', '  ', '   ');
const text = fc.array(fc.oneof({ arbitrary: plain, weight: 3 }, { arbitrary: piece, weight: 1 }), { maxLength: 12 }).map((p) => p.join(''));

describe('cleanText', () => {
  it('folds any text in a leaf as the full fold does', () => {
    fc.assert(
      fc.property(text, (t) => {
        const span = doc.createElement('span');
        span.textContent = t;
        expect(cleanText(span)).toBe(fold(t));
      }),
    );
  });

  it('folds text across inline and block elements as the full fold does', () => {
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        const cell = doc.createElement('td');
        const block = doc.createElement('div');
        const inline = doc.createElement('span');
        block.textContent = a;
        inline.textContent = b;
        cell.append(block, inline, doc.createTextNode(c));
        expect(cleanText(cell)).toBe(fold(` ${a} ${b}${c}`));
      }),
    );
  });
});

describe('cleanText across links', () => {
  it('joins an HTML link to the words beside it, and separates an SVG one', () => {
    const cell = doc.createElement('td');
    const html = doc.createElement('a');
    html.textContent = '34';
    const svgLink = doc.createElementNS('http://www.w3.org/2000/svg', 'a');
    svgLink.textContent = 'USD';
    const font = doc.createElement('font');
    font.textContent = '5';
    cell.append('12', html, font, svgLink);
    expect(cleanText(cell)).toBe('12345 USD');
  });
});

const DECORATED = `<!doctype html><html lang="en"><body><table><tr>
<td><span>1</span><svg><text>x</text></svg><mat-icon>expand_more</mat-icon><span class="material-icons">help</span></td>
<td><i aria-hidden="true">→</i><i aria-hidden="false">kept</i><b hidden>h</b><span class="a material-symbols-outlined b">star</span><span class="material-symbols">x</span></td>
<td><span class="percent-of-total">(1%)</span><span class="row-index">3</span><span class="ROW-INDEX">4</span><div class="x-summary-text-y">100% of total</div><em data-note="1">n</em></td>
</tr></table></body></html>`;

describe('decorationsIn', () => {
  const extrasList = [[], ['.row-index', '[class*="summary-text"]'], ['[data-note]', '.percent-of-total']];

  it('says of every element what the selectors say', async () => {
    const pages = [await openHtml(DECORATED, 'https://example.com/', '2026-11-24'), ...(await Promise.all(listFixtures().map((n) => openFixture(n))))];
    try {
      let decorations = 0;
      for (const page of pages) {
        for (const root of page.document.querySelectorAll('table, [role="table"], [role="grid"], .ess-table-wrapper, lego-table')) {
          for (const extras of extrasList) {
            const strip = decorationsIn(root, extras, visibilityOf(page.document).hiddenUnder(root));
            const live = liveDecorations(extras);
            for (const el of root.querySelectorAll('*')) {
              expect(strip(el), el.outerHTML.slice(0, 80)).toBe(live(el));
              if (live(el)) decorations++;
            }
          }
        }
      }
      expect(decorations).toBeGreaterThan(20);
    } finally {
      await Promise.all(pages.map((p) => p.close()));
    }
  });
});
