/**
 * "Only what a person can see is read": single-page dashboards keep earlier copies of a report in
 * the DOM, hidden (Search Console leaves the previous `c-wiz` page copy behind; shared/dashboards.md),
 * and a hidden copy holds last week's numbers. Every cell and every date control the find reads passes
 * through here, whatever the adapter.
 *
 * Hidden means: not in the document; `display:none` or `visibility:hidden` from any style sheet
 * (`checkVisibility`, native, so the cascade is the browser's); a `hidden` or `aria-hidden="true"`
 * ancestor; or an ancestor of zero width or height that clips what it holds. Inert template content
 * is never reached by a selector. `inert` alone is not hidden: a modal dialog makes the page behind it
 * inert while it stays on screen.
 *
 * Cost: one verdict per element, memoised for the find, so a table's rows and containers are judged
 * once however many cells they hold. Sizes are read only where the page has a layout (in a browser;
 * not in a DOM without one, where every box measures zero), and only for ancestors whose box is empty.
 */

export interface Visibility {
  /** Whether a person can see `el` (and so whether the find may read it). */
  shown(el: Element): boolean;
  /**
   * Every element judged so far: a change of attributes on one of them (a class, a style, `hidden`)
   * can show or hide what the find read or skipped, so the read loop watches them (lib/content/changes.ts).
   */
  judged: { has(el: Element): boolean };
  /** How many candidate elements were skipped as hidden. */
  skipped(): number;
  /**
   * Where `el` lies across the page, where the page has layout (null without): a table that renders
   * only the columns in view is checked by it, so no value is paired with the wrong column.
   */
  across(el: Element): { left: number; right: number } | null;
}

type VisibilityCheckable = Element & { checkVisibility?: (options?: { visibilityProperty?: boolean }) => boolean };

export function visibilityOf(doc: Document): Visibility {
  const memo = new Map<Element, boolean>();
  let hiddenCount = 0;
  let layout: boolean | undefined;
  const hasLayout = (): boolean => (layout ??= doc.documentElement.getBoundingClientRect().width > 0);

  const clipsToNothing = (el: Element): boolean => {
    if (!hasLayout()) return false;
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.height > 0) return false;
    const view = doc.defaultView;
    if (!view) return false;
    const style = view.getComputedStyle(el);
    // An empty box that lets its content overflow (display:contents, a zero-height wrapper) hides nothing.
    return style.display !== 'contents' && (style.overflowX !== 'visible' || style.overflowY !== 'visible');
  };

  const ownVerdict = (el: Element): boolean => {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return false;
    const check = (el as VisibilityCheckable).checkVisibility;
    if (typeof check === 'function' && !check.call(el, { visibilityProperty: true })) return false;
    return !clipsToNothing(el);
  };

  const shown = (el: Element): boolean => {
    const known = memo.get(el);
    if (known !== undefined) return known;
    if (!el.isConnected) return false;
    // Judged from the top down, so each ancestor is judged once for all the cells under it.
    const chain: Element[] = [];
    let verdict = true;
    for (let node: Element | null = el; node; node = node.parentElement) {
      const cached = memo.get(node);
      if (cached !== undefined) {
        verdict = cached;
        break;
      }
      chain.push(node);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i]!;
      verdict = verdict && ownVerdict(node);
      memo.set(node, verdict);
    }
    if (!verdict) hiddenCount++;
    return verdict;
  };

  const across = (el: Element): { left: number; right: number } | null => {
    if (!hasLayout()) return null;
    const box = el.getBoundingClientRect();
    return { left: box.left, right: box.right };
  };

  return { shown, judged: memo, skipped: () => hiddenCount, across };
}
