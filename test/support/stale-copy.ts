/**
 * A stale copy of a report, as single-page dashboards leave one behind: the page's whole content
 * again, every digit changed (so every number, date and digit-bearing label differs from the real
 * one), hidden one of the ways a person cannot see it. Used by the unit suite in happy-dom and, as
 * source injected into the page, by the end-to-end suite in Chromium: `staleCopyKit` is therefore
 * self-contained (it refers to nothing outside itself).
 */

export type HideHow = 'display-class' | 'visibility-class' | 'hidden-attribute' | 'aria-hidden' | 'zero-size-clip';

export interface StaleCopyKit {
  /** Each digit moved on by one in its own script (9 → 0). */
  shiftDigits(text: string): string;
  /** Adds the copy before or after the page's content; returns it. */
  addStaleCopy(doc: Document, how: HideHow, where: 'before' | 'after'): HTMLElement;
}

export function staleCopyKit(): StaleCopyKit {
  // Zeros of the digit scripts dashboards print: Latin, Arabic-Indic, Persian, Devanagari, full-width.
  const zeros = [0x30, 0x660, 0x6f0, 0x966, 0xff10];
  const shiftDigits = (text: string): string =>
    text.replace(/\p{Nd}/gu, (d) => {
      const code = d.codePointAt(0)!;
      const zero = zeros.find((z) => code >= z && code < z + 10);
      if (zero === undefined) throw new Error(`a digit of a script the stale copy does not know: U+${code.toString(16)}`);
      return String.fromCodePoint(zero + ((code - zero + 1) % 10));
    });

  const addStaleCopy = (doc: Document, how: HideHow, where: 'before' | 'after'): HTMLElement => {
    const copy = doc.createElement('div');
    for (const child of Array.from(doc.body.childNodes)) copy.append(child.cloneNode(true));
    for (const script of Array.from(copy.querySelectorAll('script'))) script.remove();
    const walker = doc.createTreeWalker(copy, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) node.nodeValue = shiftDigits(node.nodeValue ?? '');
    for (const el of Array.from(copy.querySelectorAll('[title]'))) el.setAttribute('title', shiftDigits(el.getAttribute('title') ?? ''));
    const style = doc.createElement('style');
    style.textContent = '.stale-a{display:none}.stale-b{visibility:hidden;position:absolute}.stale-c{height:0;overflow:hidden}';
    doc.head.append(style);
    if (how === 'display-class') copy.className = 'stale-a';
    else if (how === 'visibility-class') copy.className = 'stale-b';
    else if (how === 'hidden-attribute') copy.setAttribute('hidden', '');
    else if (how === 'aria-hidden') copy.setAttribute('aria-hidden', 'true');
    else copy.className = 'stale-c';
    if (where === 'before') doc.body.prepend(copy);
    else doc.body.append(copy);
    return copy;
  };

  return { shiftDigits, addStaleCopy };
}

/** Hiding that a DOM without layout can tell (zero-size clipping needs a browser). */
export const HIDES_WITHOUT_LAYOUT: readonly HideHow[] = ['display-class', 'visibility-class', 'hidden-attribute', 'aria-hidden'];
