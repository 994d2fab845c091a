import { Window as HappyWindow } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startReadLoop, type ReadLoop } from '../../lib/content/read-loop';
import type { FoundPage } from '../../lib/adapters/types';
import type { PageRead } from '../../lib/messages';

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
  const read = vi.fn(() => findValue(win.document as unknown as Document));
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
