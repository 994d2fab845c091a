/**
 * Page geometry for the checks on screenshots and badges (test/e2e/badges.e2e.ts, demo.e2e.ts and the
 * demo's own check): the boxes of the text a page draws, the boxes of Goalpost's badges (inside a
 * closed shadow root, so read through the DevTools protocol as only the browser can), and the
 * side-panel layout facts a wrong mirror or an overflowing card shows up in.
 *
 * The browser-side code is kept as plain JavaScript text: functions passed to `page.evaluate` are
 * serialised from their source, and a bundler's helpers (`__name`) would not exist in the page.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TextBox extends Box {
  text: string;
}

export interface BadgeBox {
  /** What the badge shows now ("86% · At risk", or "◆ 86%" when compact). */
  text: string;
  /** Its accessible name: "goal name: 86% · At risk". */
  label: string;
  variant: 'full' | 'compact' | 'dot';
  box: Box;
}

export const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Every box of text the page draws, one per line fragment (Range.getClientRects over each text node):
 * text nodes with something besides white space, in elements the browser shows (checkVisibility with
 * visibility and opacity), outside Goalpost's overlay.
 */
export const PAGE_TEXT_BOXES = `(() => {
  const out = [];
  const range = document.createRange();
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!/\\S/.test(n.data)) continue;
    const el = n.parentElement;
    if (!el || el.closest('goalpost-badges, script, style, template, noscript, head')) continue;
    if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) {
      if (r.width > 0 && r.height > 0) out.push({ x: r.left, y: r.top, w: r.width, h: r.height, text: n.data.trim().slice(0, 40) });
    }
  }
  return out;
})()`;

/**
 * The page's text boxes, measured in an isolated world of the page's main frame (as a content script
 * would be): a page that redefines the DOM's prototypes (test/fixtures/hostile) cannot change the answer.
 */
export async function pageTextBoxes(cdp: CDPSession): Promise<TextBox[]> {
  return evaluateIsolated<TextBox[]>(cdp, PAGE_TEXT_BOXES);
}

async function evaluateIsolated<T>(cdp: CDPSession, expression: string): Promise<T> {
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'goalpost-geometry' })) as { executionContextId: number };
  const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true })) as {
    result: { value?: T };
    exceptionDetails?: { text: string; exception?: { description?: string } };
  };
  if (exceptionDetails) throw new Error(`measuring the page failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as T;
}

/** Where (page y, from the top of the document) the elements printing each of `texts` are. */
export async function textPositions(cdp: CDPSession, texts: readonly string[]): Promise<number[]> {
  return evaluateIsolated<number[]>(
    cdp,
    `((texts) => {
  const norm = (s) => s.replace(/[\\s\\u00a0\\u202f\\u200e\\u200f\\u061c]+/g, '');
  const wanted = new Set(texts.map(norm));
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    const own = norm(el.textContent || '');
    if (!wanted.has(own) || [...el.children].some((c) => norm(c.textContent || '') === own)) continue;
    const box = el.getBoundingClientRect();
    if (box.width && box.height) out.push(box.top + scrollY);
  }
  return out;
})(${JSON.stringify(texts)})`,
  );
}

/**
 * How much of each printed number the page shows (0..1): of the elements whose text is exactly that
 * number, the largest share of a box left inside the window and every box that clips it. A number a
 * table has scrolled half away is not one a person sees.
 */
export async function shownShares(cdp: CDPSession, texts: readonly string[]): Promise<number[]> {
  return evaluateIsolated<number[]>(
    cdp,
    `((texts) => {
  const norm = (s) => s.replace(/[\\s\\u00a0\\u202f\\u200e\\u200f\\u061c]+/g, '');
  const wanted = texts.map(norm);
  const best = texts.map(() => 0);
  const view = { l: 0, t: 0, r: document.documentElement.clientWidth, b: document.documentElement.clientHeight };
  for (const el of document.body.querySelectorAll('*')) {
    const own = norm(el.textContent || '');
    const i = wanted.indexOf(own);
    if (i < 0 || !own || [...el.children].some((c) => norm(c.textContent || '') === own)) continue;
    const box = el.getBoundingClientRect();
    if (!box.width || !box.height) continue;
    let c = { ...view };
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const r = a.getBoundingClientRect();
      c = { l: Math.max(c.l, r.left), t: Math.max(c.t, r.top), r: Math.min(c.r, r.right), b: Math.min(c.b, r.bottom) };
    }
    const w = Math.max(0, Math.min(c.r, box.right) - Math.max(c.l, box.left));
    const h = Math.max(0, Math.min(c.b, box.bottom) - Math.max(c.t, box.top));
    for (let j = 0; j < wanted.length; j++) if (wanted[j] === own) best[j] = Math.max(best[j], (w * h) / (box.width * box.height));
  }
  return best;
})(${JSON.stringify(texts)})`,
  );
}

/** A node of Chromium's DevTools DOM tree, as DOM.getDocument / DOM.describeNode return it. */
export interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

const attr = (n: CdpNode, name: string): string | undefined => {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
};

/**
 * Goalpost's badge host, described in full (only it: the whole page's tree can be 10,000 nodes). A page
 * that re-renders between the two calls (a dashboard refreshing its data, the badge layer moved)
 * invalidates the node id just found: asked again, up to three times.
 */
async function badgeLayerNode(cdp: CDPSession): Promise<CdpNode | null> {
  for (let attempt = 1; ; attempt++) {
    try {
      const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: CdpNode };
      const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'goalpost-badges' })) as { nodeId: number };
      if (!nodeId) return null;
      return ((await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as { node: CdpNode }).node;
    } catch (e) {
      if (attempt >= 3 || !/Could not find node/.test(String(e))) throw e;
    }
  }
}

/**
 * The badges inside Goalpost's closed shadow root that are shown (not `hidden`), with their boxes.
 * A hidden badge has no box model and is left out.
 */
export async function badgeBoxes(cdp: CDPSession): Promise<BadgeBox[]> {
  const node = await badgeLayerNode(cdp);
  if (!node) return [];
  const found: CdpNode[] = [];
  const walk = (n: CdpNode) => {
    const cls = attr(n, 'class') ?? '';
    if (n.nodeName === 'SPAN' && /(^|\s)badge(\s|$)/.test(cls) && attr(n, 'hidden') === undefined) found.push(n);
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
  };
  walk(node);
  const out: BadgeBox[] = [];
  for (const n of found) {
    const model = await cdp.send('DOM.getBoxModel', { backendNodeId: n.backendNodeId }).catch(() => null);
    if (!model) continue;
    const [x1, y1, x2, , , y3] = (model as { model: { border: number[] } }).model.border as [number, number, number, number, number, number];
    const cls = attr(n, 'class') ?? '';
    // As lib/content/badges.ts draws them: class c (compact) shows data-s, d (a dot) data-i, else its text.
    const variant = /(^|\s)c(\s|$)/.test(cls) ? 'compact' : /(^|\s)d(\s|$)/.test(cls) ? 'dot' : 'full';
    const text = variant === 'compact' ? (attr(n, 'data-s') ?? '') : variant === 'dot' ? (attr(n, 'data-i') ?? '') : (n.children ?? []).map((c) => c.nodeValue ?? '').join('');
    out.push({ text, label: attr(n, 'aria-label') ?? '', variant, box: { x: x1, y: y1, w: x2 - x1, h: y3 - y1 } });
  }
  return out;
}

/** Each badge that lies over text the page draws, with that text: empty when none does. */
export function badgesOverText(badges: readonly BadgeBox[], text: readonly TextBox[]): string[] {
  return badges.flatMap((b) => text.filter((t) => overlaps(b.box, t)).map((t) => `badge “${b.label}” (${b.variant}) over “${t.text}”`));
}

/**
 * What the visual check asks of a side panel or popup page: the document's direction, whether its
 * goal cards, their headers and badges run off their box or off the page, and where the inline-start
 * edge of each card's first piece of text is (right in a right-to-left page).
 */
export const PANEL_LAYOUT = `(() => {
  const html = document.documentElement;
  const width = html.clientWidth;
  const problems = [];
  const inlineStart = [];
  for (const card of document.querySelectorAll('article.goal')) {
    const box = card.getBoundingClientRect();
    if (box.left < -0.5 || box.right > width + 0.5) problems.push('card “' + card.getAttribute('aria-label') + '” runs off the page: ' + Math.round(box.left) + '..' + Math.round(box.right) + ' of ' + width);
    if (card.scrollWidth > card.clientWidth + 1) problems.push('card “' + card.getAttribute('aria-label') + '” overflows its box: ' + card.scrollWidth + ' > ' + card.clientWidth);
    for (const el of card.querySelectorAll('*')) {
      const b = el.getBoundingClientRect();
      if (b.width === 0 || b.height === 0) continue;
      if (b.left < box.left - 0.5 || b.right > box.right + 0.5) { problems.push('in “' + card.getAttribute('aria-label') + '”, ' + el.tagName.toLowerCase() + '.' + el.className + ' sticks out of the card (' + Math.round(b.left) + '..' + Math.round(b.right) + ' vs ' + Math.round(box.left) + '..' + Math.round(box.right) + ')'); break; }
    }
    const title = card.querySelector('h3');
    const badge = card.querySelector('.goal-head .badge');
    if (title && badge) {
      const t = title.getBoundingClientRect();
      const b = badge.getBoundingClientRect();
      inlineStart.push({ title: { left: t.left, right: t.right }, badge: { left: b.left, right: b.right }, card: { left: box.left, right: box.right } });
    }
  }
  return { dir: getComputedStyle(html).direction, lang: html.lang, width, problems, cards: inlineStart };
})()`;

export interface PanelLayout {
  dir: 'ltr' | 'rtl';
  lang: string;
  width: number;
  problems: string[];
  cards: Array<{ title: { left: number; right: number }; badge: { left: number; right: number }; card: { left: number; right: number } }>;
}

/** Layout problems of a side panel page, mirrored for its direction: empty when it is laid out right. */
export async function panelProblems(page: Page, expectedDir: 'ltr' | 'rtl'): Promise<string[]> {
  const layout = (await page.evaluate(PANEL_LAYOUT)) as PanelLayout;
  const problems = [...layout.problems];
  if (layout.dir !== expectedDir) problems.push(`the page is ${layout.dir}, not ${expectedDir}`);
  for (const c of layout.cards) {
    // A card's title starts at its inline-start side and its status badge sits at the inline end.
    const titleFirst = expectedDir === 'rtl' ? c.title.right > c.badge.right : c.title.left < c.badge.left;
    if (!titleFirst) problems.push(`a card's title and badge are the wrong way round for ${expectedDir}`);
    const nearStart = expectedDir === 'rtl' ? c.card.right - c.title.right : c.title.left - c.card.left;
    const nearEnd = expectedDir === 'rtl' ? c.title.left - c.card.left : c.card.right - c.title.right;
    if (nearStart > nearEnd + 1 && nearStart > 40) problems.push(`a card's title is not at its ${expectedDir === 'rtl' ? 'right' : 'left'} side`);
  }
  return problems;
}
