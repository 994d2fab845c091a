/**
 * The in-page half of "Track a number on this site": while it is open, hovering outlines the number
 * under the pointer, a click chooses it (the page never sees that click), the user says which metric
 * it is, and Goalpost keeps its locator. Without a mouse, the arrow keys move the outline from number
 * to number in reading order and Enter chooses (the page sees neither). Everything lives in a closed
 * shadow root so the page's CSS cannot reach it, and every text is set as text. The browser parts are
 * passed in.
 */
import { describePick, numberElementAt, type PickLocator } from './locator';

export interface PickerTexts {
  banner: string;
  cancel: string;
  chosen: string;
  metric: string;
  chooseMetric: string;
  track: string;
  saved: string;
  noNumber: string;
  failed: string;
}

export interface PickerOptions {
  doc: Document;
  dir: 'ltr' | 'rtl';
  texts: PickerTexts;
  /** Metrics in the UI language, in the order shown. */
  metrics: ReadonlyArray<{ id: string; name: string }>;
  /** The catalogue's guess for a label (null: the user chooses). */
  guess(label: string): Promise<string | null>;
  /** Stores the pick; resolves when it is stored. */
  save(locator: PickLocator, metric: string): Promise<void>;
  onClose?(): void;
}

export interface Picker {
  /** Chooses the number shown by `target`, as a click on it does. */
  choose(target: Element): void;
  close(): void;
  /** The closed shadow root (held only by Goalpost's isolated script; tests look inside through it). */
  root: ShadowRoot;
}

const STYLE = `
:host { all: initial; }
.outline { position: fixed; pointer-events: none; border: 2px solid #0b57d0; border-radius: 3px; background: rgb(11 87 208 / .08); z-index: 2147483646; display: none; }
.panel { position: fixed; inset-block-start: 12px; inset-inline-end: 12px; max-inline-size: 340px; z-index: 2147483647;
  font: 14px/1.4 system-ui, sans-serif; color: #1f1f1f; background: #fff; border: 1px solid #c4c7c5; border-radius: 8px;
  box-shadow: 0 4px 16px rgb(0 0 0 / .2); padding: 12px; display: grid; gap: 8px; }
.panel p { margin: 0; }
.value { font-weight: 600; unicode-bidi: isolate; }
.row { display: flex; gap: 8px; flex-wrap: wrap; }
button, select { font: inherit; padding: 4px 10px; border-radius: 4px; border: 1px solid #747775; background: #fff; color: inherit; }
button.primary { background: #0b57d0; border-color: #0b57d0; color: #fff; }
.error { color: #b3261e; }
`;

/** Enough for any dashboard a person reads by keyboard; bounds the work of one key press. */
const MAX_KEYBOARD_NUMBERS = 5000;

export function openPicker(opts: PickerOptions): Picker {
  const { doc, texts } = opts;
  const win = doc.defaultView!;
  const host = doc.createElement('goalpost-picker');
  const root = host.attachShadow({ mode: 'closed' });
  // Properties only (textContent, never innerHTML): nothing from the page is parsed as markup.
  function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string | boolean> = {}, ...children: Node[]): HTMLElementTagNameMap[K] {
    const node = doc.createElement(tag);
    Object.assign(node, props);
    node.append(...children);
    return node;
  }
  const style = el('style', { textContent: STYLE });
  const outline = el('div', { className: 'outline' });
  const panel = el('div', { className: 'panel', dir: opts.dir });
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', texts.banner);
  root.append(style, outline, panel);
  doc.documentElement.append(host);

  let picking = true;
  let closed = false;
  const ours = (e: Event) => e.composedPath().includes(host);
  // Not `instanceof Element`: the page's elements may come from another realm than this script's.
  const elementOf = (t: EventTarget | null) => (t && (t as Node).nodeType === 1 ? (t as Element) : null);

  // The number the arrow keys are on, said aloud by screen readers as the outline moves.
  const current = el('p', { className: 'value' });
  current.setAttribute('aria-live', 'polite');
  const showBanner = (note?: string) => {
    const cancel = el('button', { type: 'button', textContent: texts.cancel });
    cancel.addEventListener('click', close);
    panel.replaceChildren(el('p', { textContent: texts.banner }), ...(note ? [el('p', { className: 'error', textContent: note })] : []), current, el('div', { className: 'row' }, cancel));
  };

  const showChoice = (locator: PickLocator) => {
    picking = false;
    outline.style.display = 'none';
    const select = el('select', { name: 'metric' });
    select.append(el('option', { value: '', textContent: texts.chooseMetric }), ...opts.metrics.map((m) => el('option', { value: m.id, textContent: m.name })));
    const track = el('button', { type: 'button', className: 'primary', textContent: texts.track, disabled: true });
    const cancel = el('button', { type: 'button', textContent: texts.cancel });
    const status = el('p', { className: 'error' });
    status.setAttribute('role', 'alert');
    select.addEventListener('change', () => (track.disabled = !select.value));
    cancel.addEventListener('click', close);
    track.addEventListener('click', () => {
      track.disabled = true;
      opts.save(locator, select.value).then(
        () => {
          panel.replaceChildren(el('p', { textContent: texts.saved }));
          setTimeout(close, 4000);
        },
        (e: unknown) => {
          track.disabled = false;
          status.textContent = `${texts.failed} ${e instanceof Error ? e.message : ''}`.trim();
        },
      );
    });
    const chosen = el('p', { textContent: texts.chosen }, doc.createTextNode(' '), el('span', { className: 'value', textContent: `${locator.label}: ${locator.sample}` }));
    const label = el('label', { textContent: texts.metric }, doc.createTextNode(' '), select);
    panel.replaceChildren(chosen, label, el('div', { className: 'row' }, track, cancel), status);
    select.focus();
    void opts.guess(locator.label).then((metric) => {
      if (metric && !closed && opts.metrics.some((m) => m.id === metric)) {
        select.value = metric;
        track.disabled = false;
      }
    }, () => {});
  };

  const choose = (target: Element) => {
    const picked = describePick(target);
    if (!picked) return showBanner(texts.noNumber);
    showChoice(picked.locator);
  };

  const outlineOn = (target: Element | null) => {
    if (!target) {
      outline.style.display = 'none';
      return;
    }
    const r = target.getBoundingClientRect();
    Object.assign(outline.style, { display: 'block', top: `${r.top - 3}px`, left: `${r.left - 3}px`, width: `${r.width + 2}px`, height: `${r.height + 2}px` });
  };
  const onMove = (e: Event) => {
    const over = elementOf(e.target);
    if (!picking || ours(e) || !over) return;
    outlineOn(numberElementAt(over));
  };

  // Keyboard: the numbers on the page in reading order, found afresh on each key (the page may have
  // re-rendered); the one the keys are on is kept by identity.
  let keyTarget: Element | null = null;
  const numbersInOrder = (): Element[] => {
    const found = new Set<Element>();
    const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, (win as unknown as typeof globalThis).NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && found.size < MAX_KEYBOARD_NUMBERS; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !/\d/.test(node.nodeValue ?? '') || parent.closest('goalpost-picker')) continue;
      const number = numberElementAt(parent);
      // Hidden numbers (collapsed rows, closed menus) are skipped; a runtime without checkVisibility keeps all.
      if (number && !found.has(number) && (number as { checkVisibility?: () => boolean }).checkVisibility?.() !== false) found.add(number);
    }
    return [...found];
  };
  const step = (by: 1 | -1) => {
    const numbers = numbersInOrder();
    if (!numbers.length) return;
    const at = keyTarget ? numbers.indexOf(keyTarget) : -1;
    keyTarget = numbers[at < 0 ? (by > 0 ? 0 : numbers.length - 1) : (at + by + numbers.length) % numbers.length]!;
    keyTarget.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    outlineOn(keyTarget);
    current.textContent = (keyTarget.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  // The page must not act on the clicks that choose a number (links, row selection, sorting).
  const swallow = (e: Event) => {
    if (!picking || ours(e)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const target = elementOf(e.target);
    if (e.type === 'click' && target) choose(target);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') return close();
    if (!picking || ours(e)) return;
    // Reading order follows the page's direction: in a right-to-left page the next number is to the left.
    const forward = opts.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = opts.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    if (e.key === 'ArrowDown' || e.key === forward) step(1);
    else if (e.key === 'ArrowUp' || e.key === backward) step(-1);
    else if (e.key === 'Enter' && keyTarget) choose(keyTarget);
    else return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const swallowed = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'auxclick', 'dblclick'] as const;
  win.addEventListener('mousemove', onMove, true);
  for (const type of swallowed) win.addEventListener(type, swallow, true);
  win.addEventListener('keydown', onKey, true);

  function close() {
    if (closed) return;
    closed = true;
    picking = false;
    win.removeEventListener('mousemove', onMove, true);
    for (const type of swallowed) win.removeEventListener(type, swallow, true);
    win.removeEventListener('keydown', onKey, true);
    host.remove();
    opts.onClose?.();
  }

  showBanner();
  return { choose, close, root };
}
