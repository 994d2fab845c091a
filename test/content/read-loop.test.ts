import { Window as HappyWindow } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findPage, findPageSteps } from '../../lib/adapters/registry';
import { startReadLoop, type ReadLoop } from '../../lib/content/read-loop';
import type { FoundPage } from '../../lib/adapters/types';
import type { PageRead } from '../../lib/messages';
import { openFixture } from '../support/dom';

const URL_ = 'https://analytics.google.com/analytics/web/#/p1/reports/intelligenthome';

/** A stand-in adapter: one card whose value is `.value`'s text. */
function findValue(doc: Document): FoundPage {
  const el = doc.querySelector('.value');
  return {
    raw: {
      source: 'ga4',
      state: el ? 'ready' : 'loading',
      scope: {},
      locale: 'en',
      dateTexts: [],
      cells: el ? [{ label: 'Sessions', text: el.textContent ?? '', where: 'card', group: 0 }] : [],
      notes: [],
    },
    elements: el ? [el] : [],
  };
}

let loop: ReadLoop | undefined;
afterEach(() => loop?.stop());

function setup() {
  const win = new HappyWindow({ url: URL_ }); // stands in for the dashboard's window
  win.document.body.innerHTML = '<div id="app"></div>';
  const sent: PageRead[] = [];
  const send = vi.fn(async (r: PageRead) => void sent.push(r));
  const read = vi.fn(function* () {
    return findValue(win.document as unknown as Document);
  });
  loop = startReadLoop({ win: win as unknown as Window & typeof globalThis, find: read, send, debounceMs: 20, maxWaitMs: 200 });
  return { win, sent, read, send };
}

const settle = (ms = 120) => new Promise((r) => setTimeout(r, ms));

describe('read loop', () => {
  it('reads once the app has rendered, and again when it re-renders a new value', async () => {
    const { win, sent } = setup();
    await settle();
    win.document.getElementById('app')!.innerHTML = '<div class="value">100</div>';
    await settle();
    win.document.querySelector('.value')!.textContent = '120';
    await settle();
    expect(sent.map((r) => [r.raw.state, r.raw.cells[0]?.text])).toEqual([
      ['loading', undefined],
      ['ready', '100'],
      ['ready', '120'],
    ]);
    expect(sent[1]!.pageUrl).toBe(URL_);
  });

  it('sends nothing when the page re-renders the same numbers', async () => {
    const { win, send, read } = setup();
    win.document.getElementById('app')!.innerHTML = '<div class="value">100</div>';
    await settle();
    for (let i = 0; i < 5; i++) {
      win.document.getElementById('app')!.innerHTML = '<div class="value">100</div>';
      await settle(40);
    }
    expect(read.mock.calls.length).toBeGreaterThan(1);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('debounces a burst of mutations into one read', async () => {
    const { win, read } = setup();
    await settle();
    const before = read.mock.calls.length;
    for (let i = 0; i < 50; i++) win.document.body.append(win.document.createElement('span'));
    await settle();
    expect(read.mock.calls.length - before).toBe(1);
  });

  it('re-reads on in-app navigation', async () => {
    const { win, read } = setup();
    await settle();
    const before = read.mock.calls.length;
    win.dispatchEvent(new win.Event('hashchange'));
    await settle();
    expect(read.mock.calls.length).toBe(before + 1);
  });

  it('stops reading once stopped (extension context invalidated)', async () => {
    const { win, read } = setup();
    await settle();
    loop!.stop();
    const before = read.mock.calls.length;
    win.document.getElementById('app')!.innerHTML = '<div class="value">5</div>';
    win.dispatchEvent(new win.Event('hashchange'));
    await settle();
    expect(read.mock.calls.length).toBe(before);
  });

  it('sends again after a failed send (background restarting)', async () => {
    const { win, send } = setup();
    send.mockRejectedValueOnce(new Error('Could not establish connection'));
    await settle();
    win.document.body.append(win.document.createElement('i'));
    await settle();
    expect(send).toHaveBeenCalledTimes(2);
  });
});

describe('read loop on a dashboard page', () => {
  /** The read loop over a fixture page with the real finder; `find` counts full finds. */
  async function onFixture(name: string, opts: { send?: (r: PageRead) => Promise<void>; idle?: boolean; sliceMs?: number; beforeSlice?: (n: number) => void } = {}) {
    const page = await openFixture(name);
    const win = page.window as unknown as Window & typeof globalThis;
    let slices = 0;
    if (opts.idle) {
      // Idle time that never comes: every callback is a timed-out one with nothing left.
      const cancelled = new Set<number>();
      Object.assign(win, {
        requestIdleCallback: (cb: (d: IdleDeadline) => void) => {
          const handle: number = win.setTimeout(() => {
            slices++;
            opts.beforeSlice?.(slices);
            if (!cancelled.has(handle)) cb({ didTimeout: true, timeRemaining: () => 0 });
          }, 0);
          return handle;
        },
        cancelIdleCallback: (handle: number) => cancelled.add(handle),
      });
    }
    const sent: PageRead[] = [];
    const send = vi.fn(async (r: PageRead) => {
      sent.push(r);
      await opts.send?.(r);
    });
    const find = vi.fn(() => findPageSteps(page.ctx));
    loop = startReadLoop({ win, find, send, debounceMs: 20, maxWaitMs: 200, sliceMs: opts.sliceMs });
    return { page, sent, send, find, slices: () => slices };
  }

  const settled = async (sent: PageRead[], n: number) => {
    for (let i = 0; i < 100 && sent.length < n; i++) await settle(30);
    await settle(60);
  };

  it('spreads a find over slices of idle time, even when none is left, and sends what the one-go find finds', async () => {
    const { page, sent, slices } = await onFixture('google-ads/campaigns-en', { idle: true, sliceMs: 0 });
    try {
      await settled(sent, 1);
      expect(sent).toHaveLength(1);
      expect(sent[0]!.raw).toStrictEqual(findPage(page.ctx).raw);
      expect(slices()).toBeGreaterThan(2);
    } finally {
      await page.close();
    }
  });

  it('starts a find in progress over when the app navigates', async () => {
    let navigate = () => {};
    let lastStep = 0;
    const { page, sent, find } = await onFixture('google-ads/campaigns-en', { idle: true, sliceMs: 0, beforeSlice: (n) => n === lastStep && navigate() });
    // Navigate before the find's last step: it has read every cell by then.
    for (const steps = findPageSteps(page.ctx); !steps.next().done; ) lastStep++;
    expect(lastStep).toBeGreaterThan(2);
    navigate = () => {
      // A cell the find in progress has read already: its read would be stale.
      const found = findPage(page.ctx);
      found.elements[0]!.textContent = '7,777';
      page.window.dispatchEvent(new page.window.Event('hashchange'));
    };
    try {
      await settled(sent, 1);
      expect(find).toHaveBeenCalledTimes(2);
      expect(sent).toHaveLength(1);
      expect(sent[0]!.raw).toStrictEqual(findPage(page.ctx).raw);
      expect(sent[0]!.raw.cells[0]!.text).toBe('7,777');
    } finally {
      await page.close();
    }
  });

  it('re-reads only a changed cell and sends only it; ignores text it never read', async () => {
    const { page, sent, find } = await onFixture('google-ads/campaigns-en');
    try {
      await settled(sent, 1);
      const first = findPage(page.ctx);
      const i = first.elements.findIndex((_, k) => first.rereads?.[k] && /\d/.test(first.raw.cells[k]!.text));
      const cell = first.elements[i]!;
      const text = [...cell.querySelectorAll('*'), cell].flatMap((el) => [...el.childNodes]).find((n) => n.nodeType === 3 && /\d/.test(n.nodeValue ?? '')) as Text;
      text.data = text.data.replace(/\d/, (d) => String((Number(d) + 1) % 10));
      await settled(sent, 2);
      expect(find).toHaveBeenCalledTimes(1);
      expect(sent).toHaveLength(2);
      expect(sent[1]!.changes).toEqual({ since: sent[0]!.readAt, at: [i] });
      expect(sent[1]!.raw.cells).toEqual([findPage(page.ctx).raw.cells[i]]);
      // A page clock, a tooltip: text no find reads.
      const clock = page.document.createElement('footer');
      page.document.body.append(clock);
      await settle(200);
      const before = find.mock.calls.length;
      clock.textContent = 'Updated 12:00';
      await settle(200);
      clock.textContent = 'Updated 12:01';
      await settle(200);
      expect(find.mock.calls.length).toBe(before);
      expect(sent).toHaveLength(2);
    } finally {
      await page.close();
    }
  });

  it('sends the whole read when the background could not apply the changes', async () => {
    let refuse = false;
    const { page, sent } = await onFixture('google-ads/campaigns-en', {
      send: async (r) => {
        if (refuse && r.changes) throw new Error('no such read');
      },
    });
    try {
      await settled(sent, 1);
      refuse = true;
      const found = findPage(page.ctx);
      const i = found.elements.findIndex((_, k) => found.rereads?.[k] && /\d/.test(found.raw.cells[k]!.text));
      const el = found.elements[i]!;
      el.textContent = `${el.textContent}1`;
      await settled(sent, 3);
      expect(sent.map((r) => (r.changes ? 'changes' : 'whole'))).toEqual(['whole', 'changes', 'whole']);
      expect(sent[2]!.raw).toStrictEqual(findPage(page.ctx).raw);
    } finally {
      await page.close();
    }
  });
});
