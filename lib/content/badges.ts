/**
 * Progress badges beside the numbers that match goals ("62% · Behind"), drawn in an overlay the
 * page cannot style or reach: one host element on <html> (outside the app's framework-owned nodes)
 * with a closed shadow root and fixed-position badges, so they never shift the page's layout.
 *
 * A badge never covers text the page draws. Its spot is searched, nearest first: beside, below or above
 * the number inside the number's cell (the largest box around it, short of its row, that holds no other
 * number Goalpost read) as the whole badge, a compact marker ("◆ 86%") or a dot (both show the whole
 * text on hover or keyboard focus); then the nearest free spot outside the cell, sliding along the line.
 * Every candidate is checked against the boxes of the page's text near the number
 * (Range.getClientRects), the badges already placed and the boxes that clip the number (a scrolled
 * table); where nothing is free there is no badge rather than one over the page's text. The search runs
 * when the found elements or the badges change, on resize and once scrolling stops; while scrolling,
 * each badge keeps its offset from its number. If the page removes the host it is put back, unless the
 * page keeps doing it (then Goalpost gives up rather than fight).
 */
import type { CellBadge } from '../messages';

/** Each status's colour and its side-panel icon, so a compact marker never relies on colour alone. */
const STATUS: Record<string, string> = {
  achieved: '#1a7f37✔',
  'on-track': '#1a7f37▲',
  'at-risk': '#9a6700◆',
  behind: '#cf222e▼',
  missed: '#6e7781✖',
  'no-data': '#6e7781?',
  stale: '#9a6700⏱',
  'too-early': '#0969da…',
};

const H = 16; // a badge's height, whole or compact
const DOT = 12; // a dot's width and height: it fits between tight lines
const GAP = 3; // between a number and its badge
const STEP = 4;
const SLIDE_MAX = 640; // how far along a line a badge may slide to find a free spot

// A .badge holds its whole text; compact (.c) it shows the status icon and the percent (data-s), a dot (.d)
// the icon (data-i), and either shows the whole text again on hover and focus. .m: being measured.
const STYLE = `:host{all:initial}
.layer{position:fixed;inset:0;pointer-events:none;z-index:2147483646;overflow:hidden}
.badge{position:fixed;box-sizing:border-box;height:${H}px;white-space:nowrap;overflow:hidden;font:600 11px/14px system-ui,sans-serif;padding:0 5px;border-radius:8px;background:#fff;border:1px solid;unicode-bidi:isolate;pointer-events:auto}
.c,.d{font-size:0}.c::before{content:attr(data-s);font-size:11px}.d::before{content:attr(data-i);font-size:7px}
.d{inline-size:${DOT}px;height:${DOT}px;padding:0;text-align:center;line-height:10px;border-radius:50%}
:is(.c,.d):is(:hover,:focus){inline-size:auto;height:${H}px;line-height:14px;border-radius:8px;padding:0 5px;font-size:11px;z-index:1;box-shadow:0 1px 4px #0004}
:is(.c,.d):is(:hover,:focus)::before{content:none}
.m{visibility:hidden;left:0;top:0}`;

const MAX_RESTORES_PER_MINUTE = 5;
/** A number's cell never reaches past its row: rows and tables hold other numbers. */
const ROW_LIKE = /^(tr|tbody|thead|tfoot|table|body|html)$/;
const ROW_ROLE = /^(row|rowgroup|grid|table|treegrid|tablist)$/;
const SKIP = /^(script|style|template|noscript|head|title|goalpost-badges)$/;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Placed {
  el: HTMLElement;
  target: Element;
  /** Offset of the badge's anchor from its number's box, kept while the page scrolls; null: not shown. */
  at: { dx: number; dy: number; right: boolean } | null;
  /** The elements whose boxes clip the number (scroll containers). */
  clips: Element[];
}

export interface BadgeLayer {
  /** New badge data from the background (cell index → badge). */
  setBadges(badges: readonly CellBadge[]): void;
  /** The elements showing each cell, after a find: badges follow re-rendered nodes. */
  setElements(elements: readonly Element[]): void;
  /** Whether a mutation record is only Goalpost's own doing (the read loop ignores those). */
  isOwnRecord(record: MutationRecord): boolean;
  remove(): void;
}

const boxOf = (r: DOMRect): Box => ({ x: r.left, y: r.top, w: r.width, h: r.height });
/** Whether two boxes overlap; `m` keeps that much space between them side by side (lines may touch). */
const hits = (a: Box, b: Box, m = 0) => a.x - m < b.x + b.w && b.x < a.x + a.w + m && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (a: Box, b: Box) => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.w <= b.x + b.w + 0.5 && a.y + a.h <= b.y + b.h + 0.5;
const area = (b: Box) => b.w * b.h;
/** Whether enough of number box `n` is inside `clip` to count as shown (a third, as a column half scrolled away). */
const shownIn = (n: Box, clip: Box) => Math.max(0, Math.min(n.x + n.w, clip.x + clip.w) - Math.max(n.x, clip.x)) * Math.max(0, Math.min(n.y + n.h, clip.y + clip.h) - Math.max(n.y, clip.y)) >= area(n) / 3;

/** The short form of a badge's text: "62%" from "62% · Behind" (the whole text when it has no percent). */
export function shortBadgeText(text: string): string {
  const i = text.indexOf(' · ');
  return i > 0 ? text.slice(0, i) : text;
}

export function createBadgeLayer(doc: Document, dir: 'ltr' | 'rtl' = 'ltr'): BadgeLayer {
  const win = doc.defaultView!;
  const rtl = dir === 'rtl';
  const host = doc.createElement('goalpost-badges');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  shadow.append(style, layer);

  let badges: readonly CellBadge[] = [];
  let elements: readonly Element[] = [];
  let placed: Placed[] = [];
  let frame = 0;
  let settle = 0;
  let full = false;
  let removed = false;
  const restores: number[] = [];

  /**
   * The boxes of the text under `root` (one per line of each text node), keeping those `keep` accepts;
   * an element whose box is elsewhere (and holds nothing that overflows it) is skipped whole, so a big
   * table costs a box per row, not one per cell.
   */
  const textBoxes = (root: Node, keep: (b: Box) => boolean): Box[] => {
    const out: Box[] = [];
    const range = doc.createRange();
    const visit = (parent: Node) => {
      for (let c = parent.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) {
          if (!/\S/.test((c as Text).data)) continue;
          range.selectNodeContents(c);
          for (const r of Array.from(range.getClientRects())) {
            const b = boxOf(r);
            if (area(b) > 0 && keep(b)) out.push(b);
          }
        } else if (c.nodeType === 1) {
          const el = c as Element;
          if (SKIP.test(el.localName)) continue;
          const b = boxOf(el.getBoundingClientRect());
          if (area(b) > 0 && !keep(b) && el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1) continue;
          visit(el);
          if (el.shadowRoot) visit(el.shadowRoot);
        }
      }
    };
    visit(root);
    return out;
  };

  /** The number's own box: its text's boxes together (a cell or a block is often much wider than its text). */
  const numberBox = (target: Element): Box | null => {
    const parts = textBoxes(target, () => true);
    if (!parts.length) {
      const b = boxOf(target.getBoundingClientRect());
      return area(b) > 0 ? b : null;
    }
    const x = Math.min(...parts.map((p) => p.x));
    const y = Math.min(...parts.map((p) => p.y));
    return { x, y, w: Math.max(...parts.map((p) => p.x + p.w)) - x, h: Math.max(...parts.map((p) => p.y + p.h)) - y };
  };

  /** The viewport, narrowed by the boxes of `clips`. */
  const clipBox = (clips: readonly Element[]): Box => {
    let c: Box = { x: 0, y: 0, w: doc.documentElement.clientWidth || win.innerWidth, h: doc.documentElement.clientHeight || win.innerHeight };
    for (const el of clips) {
      const b = boxOf(el.getBoundingClientRect());
      const x = Math.max(c.x, b.x);
      const y = Math.max(c.y, b.y);
      c = { x, y, w: Math.max(0, Math.min(c.x + c.w, b.x + b.w) - x), h: Math.max(0, Math.min(c.y + c.h, b.y + b.h) - y) };
    }
    return c;
  };

  /** Full placement: measure the badges, look at the text around every number, choose each badge's spot. */
  const place = () => {
    full = false;
    if (removed) return;
    const live = badges.flatMap((badge) => {
      const target = elements[badge.cell];
      const n = target?.isConnected ? numberBox(target) : null;
      return n ? [{ badge, target: target!, n }] : [];
    });
    if (live.length && !host.isConnected) attach();

    // Each badge's element, its whole and compact forms measured in one layout.
    const els = live.map(({ badge }) => {
      const el = doc.createElement('span');
      el.className = 'badge m';
      const status = STATUS[badge.status] ?? '#6e7781?';
      // Text and attributes only: nothing from any page becomes markup here.
      // A formula goal's part says so first: the percent is the KPI's progress, not this number's.
      el.textContent = badge.part ? `${badge.part} · ${badge.text}` : badge.text;
      el.dataset.i = status.slice(7);
      el.dataset.s = `${status.slice(7)}\u00a0${shortBadgeText(badge.text)}`;
      el.title = `${badge.goal}: ${el.textContent}`;
      el.setAttribute('role', 'status');
      el.setAttribute('aria-label', el.title);
      el.dir = 'auto'; // the UI language's direction, whatever the page's
      el.style.color = status.slice(0, 7);
      return el;
    });
    const compacts = els.map((el) => {
      const c = el.cloneNode(true) as HTMLElement;
      c.classList.add('c');
      return c;
    });
    layer.replaceChildren(...els, ...compacts);
    const widths = els.map((el, i) => [el, compacts[i]!].map((e) => Math.ceil(e.getBoundingClientRect().width)));
    for (const c of compacts) c.remove();

    // Ancestors (a few levels up) of more than one found element: they hold other numbers too.
    const owner = new Map<Element, Element>();
    const shared = new Set<Element>();
    for (const el of elements) {
      let a: Element | null = el;
      for (let i = 0; a && i < 8; i++, a = a.parentElement) {
        const first = owner.get(a);
        if (!first) owner.set(a, el);
        else if (first !== el) shared.add(a);
      }
    }
    const reach = Math.max(0, ...widths.map((w) => w[0]!)) + GAP + SLIDE_MAX;
    const regions = live.map(({ n }) => ({ x: n.x - reach, y: n.y - H - 4, w: n.w + 2 * reach, h: n.h + 2 * H + 8 }));
    const text = doc.body ? textBoxes(doc.body, (b) => regions.some((r) => hits(b, r))) : [];
    const taken: Box[] = [];

    // Whether an element clips what it holds (a scroll box), asked once per element: rows share ancestors.
    const clipping = new Map<Element, boolean>();
    const clips$ = (a: Element) => {
      let c = clipping.get(a);
      if (c === undefined) {
        const s = win.getComputedStyle(a);
        clipping.set(a, (c = s.overflowX !== 'visible' || s.overflowY !== 'visible'));
      }
      return c;
    };
    placed = live.map(({ target, n }, i): Placed => {
      const el = els[i]!;
      el.classList.remove('m');
      const clips: Element[] = [];
      let cell: Element = target;
      let stop = false;
      for (let a = target.parentElement; a && a !== doc.body; a = a.parentElement) {
        if (clips$(a)) clips.push(a);
        stop ||= ROW_LIKE.test(a.localName) || ROW_ROLE.test(a.getAttribute('role') ?? '') || shared.has(a);
        if (!stop) cell = a;
      }
      const clip = clipBox(clips);
      const spot = shownIn(n, clip) ? findSpot(n, boxOf(cell.getBoundingClientRect()), clip, widths[i]!, [...text.filter((t) => hits(t, regions[i]!)), ...taken]) : null;
      // A number scrolled out of its table (or the window) has its badge back when it is in view again.
      if (!spot) return { el, target, at: null, clips };
      taken.push(spot.box);
      if (spot.form) {
        el.classList.add(spot.form);
        el.tabIndex = 0; // the whole text on focus, as on hover
      }
      // Anchored on the side away from which an expanded marker grows.
      const right = spot.box.x + spot.box.w / 2 < n.x + n.w / 2;
      return { el, target, at: { dx: spot.box.x + (right ? spot.box.w : 0) - n.x, dy: spot.box.y - n.y, right }, clips };
    });
    position();
  };

  /** Where a badge fits beside number box `n` inside `clip`, nearest first; null when nowhere near is free. */
  const findSpot = (n: Box, cell: Box, clip: Box, [whole, short]: number[], obstacles: Box[]): { box: Box; form: '' | 'c' | 'd' } | null => {
    // Candidates lie on a few lines (beside, below, above the number): each line's obstacles are listed once.
    const lines = new Map<string, Box[]>();
    const free = (b: Box) => {
      const key = `${b.y} ${b.h}`;
      let line = lines.get(key);
      if (!line) lines.set(key, (line = obstacles.filter((o) => o.y < b.y + b.h && b.y < o.y + o.h)));
      return inside(b, clip) && !line.some((o) => hits(b, o, 1));
    };
    // Below and above, lined up with the number's edge nearer its cell's edge.
    const alignEnd = cell.x + cell.w - (n.x + n.w) <= n.x - cell.x;
    // Positions are kept to the fraction of a pixel: a 16-pixel badge fits a 16.3-pixel line.
    const spots = (w: number, h: number, slide: number): Box[] => {
      const aligned = alignEnd ? n.x + n.w - w : n.x;
      const out: Box[] = [];
      for (const d of slide ? [slide, -slide] : [0]) {
        const x = aligned + (alignEnd ? -d : d);
        out.push({ x, y: n.y + n.h + 1, w, h }, { x, y: n.y - h - 1, w, h });
      }
      const y = n.y + n.h / 2 - h / 2;
      const after = { x: rtl ? n.x - GAP - w - slide : n.x + n.w + GAP + slide, y, w, h };
      const before = { x: rtl ? n.x + n.w + GAP + slide : n.x - GAP - w - slide, y, w, h };
      return [after, ...out, before];
    };
    const forms: Array<['' | 'c' | 'd', number, number]> = [
      ['', whole!, H],
      ['c', short!, H],
      ['d', DOT, DOT],
    ];
    // In the number's own cell first: the badge then reads as part of that cell.
    if (area(cell) > area(n) * 1.2) for (const [form, w, h] of forms) for (const box of spots(w, h, 0)) if (inside(box, cell) && free(box)) return { box, form };
    // Finely near the number, in longer steps further off.
    for (let slide = 0; slide <= SLIDE_MAX; slide += slide < 32 ? STEP : slide < 128 ? 2 * STEP : 4 * STEP) {
      for (const [form, w, h] of forms) for (const box of spots(w, h, slide)) if (free(box)) return { box, form };
    }
    return null;
  };

  /** Moves each badge with its number (scrolling); hides it while its number is clipped away. */
  const position = () => {
    const vw = doc.documentElement.clientWidth || win.innerWidth;
    for (const p of placed) {
      const n = p.at && p.target.isConnected ? numberBox(p.target) : null;
      // Out of the overlay while its number is out of sight (taken out and put back only on a change, so a
      // focused marker keeps its focus while the page scrolls).
      if (!n || !p.at || !shownIn(n, clipBox(p.clips))) {
        if (p.el.isConnected) p.el.remove();
        continue;
      }
      if (!p.el.isConnected) layer.append(p.el);
      const s = p.el.style;
      s.top = `${n!.y + p.at!.dy}px`;
      s.left = p.at!.right ? 'auto' : `${n!.x + p.at!.dx}px`;
      s.right = p.at!.right ? `${vw - n!.x - p.at!.dx}px` : 'auto';
    }
  };

  const run = () => {
    frame = 0;
    if (full) place();
    else position();
  };
  const schedule = (whole: boolean) => {
    if (removed) return;
    full ||= whole;
    frame ||= win.requestAnimationFrame(run);
  };
  const onScroll = () => {
    schedule(false);
    // Once scrolling stops, look again: text that scrolled under a badge, numbers that came into view.
    win.clearTimeout(settle);
    settle = win.setTimeout(() => schedule(true), 150);
  };
  const onResize = () => schedule(true);

  const attach = () => {
    const now = Date.now();
    while (restores.length && now - restores[0]! > 60_000) restores.shift();
    if (restores.length >= MAX_RESTORES_PER_MINUTE) return; // the page keeps removing us: back off
    restores.push(now);
    doc.documentElement.append(host);
  };

  const guard = new win.MutationObserver(() => {
    if (!host.isConnected && !removed && badges.length) {
      attach();
      schedule(true);
    }
  });
  guard.observe(doc.documentElement, { childList: true });
  win.addEventListener('scroll', onScroll, { capture: true, passive: true });
  win.addEventListener('resize', onResize, { passive: true });
  // Layout that moves without a mutation Goalpost reads: a panel opening, a number growing, a web font
  // arriving. Its first call (observing starts) is one placement more.
  const sizes = win.ResizeObserver ? new win.ResizeObserver(onResize) : null;
  const observeSizes = () => {
    if (!sizes) return;
    sizes.disconnect();
    if (doc.body) sizes.observe(doc.body);
    for (const b of badges) if (elements[b.cell]) sizes.observe(elements[b.cell]!);
  };

  return {
    setBadges(next) {
      badges = next;
      observeSizes();
      schedule(true);
    },
    setElements(next) {
      elements = next;
      observeSizes();
      schedule(true);
    },
    isOwnRecord(record) {
      if (record.target === host) return true;
      const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
      return nodes.length > 0 && nodes.every((n) => n === host);
    },
    remove() {
      removed = true;
      guard.disconnect();
      win.removeEventListener('scroll', onScroll, { capture: true });
      win.removeEventListener('resize', onResize);
      sizes?.disconnect();
      if (frame) win.cancelAnimationFrame(frame);
      win.clearTimeout(settle);
      host.remove();
    },
  };
}
