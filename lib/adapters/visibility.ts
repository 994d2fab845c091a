/**
 * "Only what a person can see is read": single-page dashboards keep earlier copies of a report in
 * the DOM, hidden (Search Console leaves the previous `c-wiz` page copy behind; shared/dashboards.md),
 * and a hidden copy holds last week's numbers. Every container a find reads (a table, a card, a date
 * control) and every cell in it passes through here, whatever the adapter.
 *
 * Hidden means: not in the document; `display:none` or `visibility:hidden` from any style sheet
 * (`checkVisibility`, native, so the cascade is the browser's); a `hidden` or `aria-hidden="true"`
 * ancestor; or an ancestor of zero width or height that clips what it holds. Inert template content
 * is never reached by a selector. `inert` alone is not hidden: a modal dialog makes the page behind it
 * inert while it stays on screen.
 *
 * Cost, which the page's own thread pays: style and layout are asked of containers only (a handful
 * per page), and at most one layout is forced per find; a cell is judged by its attributes up to its
 * container, each element once. Sizes are read only where the page has a layout (in a browser; in a
 * DOM without one every box measures zero).
 */

export interface Visibility {
  /**
   * Whether a person can see a container: a table, a card, a date control. Style and layout are
   * checked here; adapters find their containers through `allShown` / `shownFirst` (common.ts).
   */
  container(el: Element): boolean;
  /**
   * Whether a person can see `el` inside the container(s) judged so far (attributes up to there).
   * `under`, an element holding `el` (the table a cell was found in): when `hiddenUnder(under)` is
   * empty, `el` is as visible as `under`.
   */
  shown(el: Element, under?: Element): boolean;
  /**
   * The elements under `root` that hide themselves by attribute (`hidden`, `aria-hidden="true"`),
   * found once per find in one native query: for a table's many cells, cheaper than asking two
   * attributes of every element they hold (measured in Chromium: 0.1 ms for a 10k-node page's table
   * against ~0.2 ms asked per element, the cells' decorations included). Only valid while the page
   * has not changed, as the find is.
   */
  hiddenUnder(root: Element): ReadonlySet<Element>;
  /**
   * Every element judged so far: a change of its attributes (a class, a style, `hidden`) can show or
   * hide what the find read or skipped, so the read loop watches them (lib/content/changes.ts). Every
   * element under a table whose hidden elements were looked up (`hiddenUnder`) counts.
   */
  judged: { has(el: Element): boolean };
  /**
   * Where `el` lies across the page, where the page has layout (null without): a table that renders
   * only the columns in view is checked by it, so no value is paired with the wrong column.
   */
  across(el: Element): { left: number; right: number } | null;
}

type VisibilityCheckable = Element & { checkVisibility?: (options?: { visibilityProperty?: boolean }) => boolean };

export const hiddenByAttribute = (el: Element): boolean => el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
/** The same rule as a selector. */
export const HIDDEN_BY_ATTRIBUTE = '[hidden],[aria-hidden="true"]';

export function visibilityOf(doc: Document): Visibility {
  /** Containers, judged in full. */
  const containers = new Map<Element, boolean>();
  /** Containers' ancestors, judged by attributes and size. */
  const ancestry = new Map<Element, boolean>();
  /** Elements inside containers, judged by attributes. */
  const within = new Map<Element, boolean>();
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

  /**
   * `memo`'s verdict for `el`: judged from the top down (`stop` gives a verdict that ends the walk
   * early), so each ancestor is judged once for everything under it.
   */
  const walk = (el: Element, memo: Map<Element, boolean>, own: (node: Element) => boolean, stop: (node: Element) => boolean | undefined): boolean => {
    const chain: Element[] = [];
    let verdict = true;
    for (let node: Element | null = el; node; node = node.parentElement) {
      const known = memo.get(node) ?? stop(node);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      chain.push(node);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i]!;
      verdict = verdict && own(node);
      memo.set(node, verdict);
    }
    return verdict;
  };

  /**
   * By table whose cells were judged together: every element under one counts as judged, since an
   * attribute anywhere in a cell can hide it or make part of it a decoration.
   */
  const hiddenSets = new Map<Element, ReadonlySet<Element>>();
  const hiddenUnder = (root: Element): ReadonlySet<Element> => {
    let hidden = hiddenSets.get(root);
    if (!hidden) hiddenSets.set(root, (hidden = new Set(root.querySelectorAll(HIDDEN_BY_ATTRIBUTE))));
    return hidden;
  };

  const container = (el: Element): boolean => {
    const known = containers.get(el);
    if (known !== undefined) return known;
    let verdict = el.isConnected && walk(el, ancestry, (node) => !hiddenByAttribute(node) && !clipsToNothing(node), () => undefined);
    // One native check covers display and visibility from every style sheet, the ancestors' included.
    const check = (el as VisibilityCheckable).checkVisibility;
    if (verdict && typeof check === 'function') verdict = check.call(el, { visibilityProperty: true });
    containers.set(el, verdict);
    return verdict;
  };

  const shown = (el: Element, under?: Element): boolean => {
    // Nothing under the table hides itself (the usual case): a cell is as visible as the table, and
    // the walk up from each cell is saved.
    if (under && el !== under && hiddenUnder(under).size === 0) return shown(under);
    return el.isConnected && walk(el, within, (node) => !hiddenByAttribute(node), (node) => containers.get(node));
  };

  const across = (el: Element): { left: number; right: number } | null => {
    if (!hasLayout()) return null;
    const box = el.getBoundingClientRect();
    return { left: box.left, right: box.right };
  };

  const inTable = (el: Element): boolean => {
    for (const table of hiddenSets.keys()) if (table.contains(el)) return true;
    return false;
  };
  const judged = { has: (el: Element) => containers.has(el) || ancestry.has(el) || within.has(el) || inTable(el) };
  return { container, shown, hiddenUnder, judged, across };
}
