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
   * `under`, an element holding `el` (the table a cell was found in), lets the attributes of the
   * elements between them be answered by `hiddenUnder(under)` instead of asked one by one.
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
   * element under a table whose cells were judged together (`shown(cell, table)`) counts.
   */
  judged: { has(el: Element): boolean };
  /**
   * Where `el` lies across the page, where the page has layout (null without): a table that renders
   * only the columns in view is checked by it, so no value is paired with the wrong column.
   */
  across(el: Element): { left: number; right: number } | null;
}

type VisibilityCheckable = Element & { checkVisibility?: (options?: { visibilityProperty?: boolean }) => boolean };

const hiddenByAttribute = (el: Element): boolean => el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
/** The same rule as a selector. */
export const HIDDEN_BY_ATTRIBUTE = '[hidden],[aria-hidden="true"]';

/** The elements under `root` that hide themselves by attribute, in one native query. */
export function hiddenByAttributeUnder(root: Element): Set<Element> {
  const list = root.querySelectorAll(HIDDEN_BY_ATTRIBUTE);
  const set = new Set<Element>();
  for (let i = 0; i < list.length; i++) set.add(list[i]!);
  return set;
}

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
  const walk = (
    el: Element,
    memo: Map<Element, boolean>,
    own: (node: Element) => boolean,
    stop: (node: Element) => boolean | undefined,
    under?: { root: Element; hidden: ReadonlySet<Element> },
  ): boolean => {
    const chain: Element[] = [];
    let verdict = true;
    // Chain positions below this one lie under `under.root` (all of them when the walk stops first).
    let rootAt = -1;
    for (let node: Element | null = el; node; node = node.parentElement) {
      const known = memo.get(node) ?? stop(node);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      if (node === under?.root) rootAt = chain.length;
      chain.push(node);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i]!;
      const visible = under && (rootAt < 0 || i < rootAt) ? !under.hidden.has(node) : own(node);
      verdict = verdict && visible;
      memo.set(node, verdict);
    }
    return verdict;
  };

  const hiddenSets = new Map<Element, ReadonlySet<Element>>();
  /**
   * Tables whose cells were judged together (`hiddenUnder`): every element under one counts as judged,
   * since an attribute anywhere in a cell can hide it or make part of it a decoration.
   */
  const tables = new Set<Element>();
  const hiddenUnder = (root: Element): ReadonlySet<Element> => {
    let hidden = hiddenSets.get(root);
    if (!hidden) {
      hiddenSets.set(root, (hidden = hiddenByAttributeUnder(root)));
      tables.add(root);
    }
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

  const visibleByAttribute = (node: Element): boolean => !hiddenByAttribute(node);
  const knownContainer = (node: Element): boolean | undefined => containers.get(node);
  const shown = (el: Element, under?: Element): boolean => {
    if (!under) return el.isConnected && walk(el, within, visibleByAttribute, knownContainer);
    const hidden = hiddenUnder(under);
    // Nothing under the table hides itself: a cell is as visible as the table (the usual case, and a
    // walk per cell saved).
    if (hidden.size === 0 && el !== under) return shown(under);
    return el.isConnected && walk(el, within, visibleByAttribute, knownContainer, { root: under, hidden });
  };

  const across = (el: Element): { left: number; right: number } | null => {
    if (!hasLayout()) return null;
    const box = el.getBoundingClientRect();
    return { left: box.left, right: box.right };
  };

  const inTable = (el: Element): boolean => {
    for (const table of tables) if (table.contains(el)) return true;
    return false;
  };
  const judged = { has: (el: Element) => containers.has(el) || ancestry.has(el) || within.has(el) || inTable(el) };
  return { container, shown, hiddenUnder, judged, across };
}
