/**
 * Progress badges beside the numbers that match goals ("62% · Behind"), drawn in an overlay the
 * page cannot style or reach: one host element on <html> (outside the app's framework-owned nodes)
 * with a closed shadow root, fixed-position badges placed beside each number's box so they never
 * shift the page's layout or cover the number. If the page removes the host it is put back, unless
 * the page keeps doing it (then Goalpost gives up rather than fight).
 */
import type { CellBadge } from '../messages';

const STATUS_COLOURS: Record<string, string> = {
  achieved: '#1a7f37',
  'on-track': '#1a7f37',
  'at-risk': '#9a6700',
  behind: '#cf222e',
  missed: '#6e7781',
  'no-data': '#6e7781',
  stale: '#9a6700',
  'too-early': '#0969da',
};

const STYLE = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; }
.badge { position: fixed; box-sizing: border-box; max-inline-size: 220px; overflow: hidden; text-overflow: ellipsis;
  white-space: nowrap; font: 600 11px/16px system-ui, sans-serif; padding: 0 6px; border-radius: 8px;
  background: #fff; border: 1px solid currentColor; unicode-bidi: isolate; }
`;

const MAX_RESTORES_PER_MINUTE = 5;

export interface BadgeLayer {
  /** New badge data from the background (cell index → badge). */
  setBadges(badges: readonly CellBadge[]): void;
  /** The elements showing each cell, after a find: badges follow re-rendered nodes. */
  setElements(elements: readonly Element[]): void;
  /** Whether a mutation record is only Goalpost's own doing (the read loop ignores those). */
  isOwnRecord(record: MutationRecord): boolean;
  remove(): void;
}

export function createBadgeLayer(doc: Document, dir: 'ltr' | 'rtl' = 'ltr'): BadgeLayer {
  const win = doc.defaultView!;
  const host = doc.createElement('goalpost-badges');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  shadow.append(style, layer);

  let badges: readonly CellBadge[] = [];
  let elements: readonly Element[] = [];
  let frame = 0;
  let removed = false;
  const restores: number[] = [];

  const place = () => {
    frame = 0;
    if (removed) return;
    const nodes: HTMLElement[] = [];
    for (const badge of badges) {
      const target = elements[badge.cell];
      if (!target?.isConnected) continue;
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // scrolled out of a virtualised table, or hidden
      const el = doc.createElement('span');
      el.className = 'badge';
      el.textContent = badge.text; // text only: nothing from any page becomes markup here
      el.title = `${badge.goal}: ${badge.text}`;
      el.setAttribute('role', 'status');
      el.dir = dir;
      el.style.color = STATUS_COLOURS[badge.status] ?? '#6e7781';
      el.style.top = `${Math.round(box.top + box.height / 2 - 8)}px`;
      // Beside the number on its reading-end side, never over it.
      if (dir === 'rtl') el.style.right = `${Math.round(win.innerWidth - box.left + 4)}px`;
      else el.style.left = `${Math.round(box.right + 4)}px`;
      nodes.push(el);
    }
    layer.replaceChildren(...nodes);
    if (nodes.length && !host.isConnected) attach();
  };
  const schedule = () => {
    if (!frame && !removed) frame = win.requestAnimationFrame(place);
  };

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
      schedule();
    }
  });
  guard.observe(doc.documentElement, { childList: true });
  win.addEventListener('scroll', schedule, { capture: true, passive: true });
  win.addEventListener('resize', schedule, { passive: true });

  return {
    setBadges(next) {
      badges = next;
      schedule();
    },
    setElements(next) {
      elements = next;
      schedule();
    },
    isOwnRecord(record) {
      if (record.target === host) return true;
      const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
      return nodes.length > 0 && nodes.every((n) => n === host);
    },
    remove() {
      removed = true;
      guard.disconnect();
      win.removeEventListener('scroll', schedule, { capture: true });
      win.removeEventListener('resize', schedule);
      if (frame) win.cancelAnimationFrame(frame);
      host.remove();
    },
  };
}
