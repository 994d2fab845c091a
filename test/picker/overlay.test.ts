import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openPicker, type PickerTexts } from '../../lib/picker/overlay';
import type { PickLocator } from '../../lib/picker/locator';
import { openHtml } from '../support/dom';

const html = readFileSync(join(import.meta.dirname, '../fixtures/picker/shop-stats-en.html'), 'utf8');
const TEXTS: PickerTexts = {
  banner: 'Click the number',
  cancel: 'Cancel',
  chosen: 'You chose',
  metric: 'It is',
  chooseMetric: 'Choose…',
  track: 'Track',
  saved: 'Saved',
  noNumber: 'No number there',
  failed: 'Not saved.',
};
const METRICS = [
  { id: 'revenue', name: 'Revenue' },
  { id: 'sessions', name: 'Sessions' },
];
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function setup(guess: string | null = 'revenue', save = vi.fn(async (_l: PickLocator, _m: string) => {})) {
  const opened = await openHtml(html, 'https://stats.example-shop.com/admin/overview', '2026-12-02');
  close = opened.close;
  const doc = opened.document;
  const onClose = vi.fn();
  const picker = openPicker({ doc, dir: 'ltr', texts: TEXTS, metrics: METRICS, guess: async () => guess, save, onClose });
  const win = doc.defaultView as unknown as Window & { pageClicks: number };
  const click = (el: Element) => el.dispatchEvent(new (win as unknown as typeof globalThis).MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
  const number = [...doc.querySelectorAll('.amount')][0]!;
  return { doc, win, picker, save, onClose, click, number, text: () => picker.root.textContent ?? '' };
}

describe('the number picker', () => {
  it('chooses the clicked number without the page seeing the click, then stores it under the chosen metric', async () => {
    const { win, picker, save, click, number, text } = await setup();
    expect(text()).toContain('Click the number');
    click(number);
    expect(win.pageClicks).toBe(0);
    expect(text()).toContain('Takings this month: $48,210.55');
    const select = picker.root.querySelector('select')!;
    await vi.waitFor(() => expect(select.value).toBe('revenue'));
    click([...picker.root.querySelectorAll('button')].find((b) => b.textContent === 'Track')!);
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]![0]).toMatchObject({ label: 'Takings this month', sample: '$48,210.55' });
    expect(save.mock.calls[0]![1]).toBe('revenue');
    await vi.waitFor(() => expect(text()).toContain('Saved'));
  });

  it('waits for the user to say what an unrecognised number is', async () => {
    const { picker, save, click, number, win } = await setup(null);
    click(number);
    const track = [...picker.root.querySelectorAll('button')].find((b) => b.textContent === 'Track')!;
    expect(track.disabled).toBe(true);
    const select = picker.root.querySelector('select')!;
    select.value = 'sessions';
    select.dispatchEvent(new (win as unknown as typeof globalThis).Event('change'));
    expect(track.disabled).toBe(false);
    click(track);
    await vi.waitFor(() => expect(save).toHaveBeenCalledWith(expect.anything(), 'sessions'));
  });

  it('says so when the click is on no number, and keeps picking', async () => {
    const { doc, click, text, win } = await setup();
    click(doc.querySelector('h1')!);
    expect(text()).toContain('No number there');
    expect(win.pageClicks).toBe(0);
  });

  it('shows why saving failed and lets the user try again', async () => {
    const save = vi.fn(async () => {
      throw new Error('disk full');
    });
    const { picker, click, number, text } = await setup('revenue', save);
    click(number);
    const track = [...picker.root.querySelectorAll('button')].find((b) => b.textContent === 'Track')!;
    await vi.waitFor(() => expect(track.disabled).toBe(false));
    click(track);
    await vi.waitFor(() => expect(text()).toContain('Not saved. disk full'));
    expect(track.disabled).toBe(false);
  });

  it('picks by keyboard: the arrow keys move between the numbers in reading order, Enter chooses, the page sees no key', async () => {
    const { doc, win, picker, save, text } = await setup();
    let pageKeys = 0;
    doc.addEventListener('keydown', () => pageKeys++);
    const press = (key: string) => doc.body.dispatchEvent(new (win as unknown as typeof globalThis).KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true }));
    // The live line under the banner says which number the keys are on.
    const onNumber = () => picker.root.querySelector('[aria-live]')!.textContent;
    press('ArrowDown');
    const first = onNumber();
    expect(first).toMatch(/\d/);
    press('ArrowDown');
    expect(onNumber()).not.toBe(first);
    press('ArrowUp');
    expect(onNumber()).toBe(first);
    // Backward from the first number wraps to the last; forward again returns to the first.
    press('ArrowUp');
    press('ArrowDown');
    expect(onNumber()).toBe(first);
    // Walk to the takings figure and choose it.
    for (let i = 0; i < 50 && onNumber() !== '$48,210.55'; i++) press('ArrowDown');
    expect(onNumber()).toBe('$48,210.55');
    press('Enter');
    expect(text()).toContain('Takings this month: $48,210.55');
    expect(pageKeys).toBe(0);
    expect(win.pageClicks).toBe(0);
    const select = picker.root.querySelector('select')!;
    await vi.waitFor(() => expect(select.value).toBe('revenue'));
    picker.root.querySelectorAll('button')[0]!.click();
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]![0]).toMatchObject({ label: 'Takings this month', sample: '$48,210.55' });
  });

  it('mirrors left and right in a right-to-left page, and leaves other keys to the page', async () => {
    const opened = await openHtml(html, 'https://stats.example-shop.com/admin/overview', '2026-12-02');
    close = opened.close;
    const doc = opened.document;
    const win = doc.defaultView as unknown as typeof globalThis;
    const picker = openPicker({ doc, dir: 'rtl', texts: TEXTS, metrics: METRICS, guess: async () => null, save: async () => {} });
    const press = (key: string) => doc.body.dispatchEvent(new win.KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true }));
    const onNumber = () => picker.root.querySelector('[aria-live]')!.textContent;
    press('ArrowDown');
    const first = onNumber();
    press('ArrowDown');
    const second = onNumber();
    expect(second).toMatch(/\d/);
    expect(second).not.toBe(first);
    press('ArrowRight'); // back, in a right-to-left page
    expect(onNumber()).toBe(first);
    press('ArrowLeft'); // forward
    expect(onNumber()).toBe(second);
    let pageKeys = 0;
    doc.addEventListener('keydown', () => pageKeys++);
    press('a');
    press('Tab');
    expect(pageKeys).toBe(2);
  });

  it('leaves the page as it was on Escape: no overlay, clicks reach the page again', async () => {
    const { doc, win, onClose, click, number } = await setup();
    doc.dispatchEvent(new (win as unknown as typeof globalThis).KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenCalled();
    expect(doc.querySelector('goalpost-picker')).toBeNull();
    click(number);
    expect(win.pageClicks).toBe(1);
  });

  it('renders the page’s words as text, never as markup', async () => {
    const { doc, picker, click } = await setup();
    const label = doc.querySelector('#tile-0 .tile-title')!;
    label.textContent = '<img src=x onerror=alert`x`>';
    click([...doc.querySelectorAll('.amount')][0]!);
    expect(picker.root.querySelector('img')).toBeNull();
    expect(picker.root.textContent).toContain('<img src=x onerror=alert`x`>');
  });
});
