// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import * as api from './api-mock';
import { adsReadings, goalView, settings, tabView } from './fixtures';
import { SidePanel } from '../../components/SidePanel';
import { snapshotOf } from '../../components/share';
import { snapshotToJson } from '../../lib/share/json';

vi.mock('../../components/api', () => import('./api-mock'));

let blobs: Array<{ blob: Blob; name: string }>;
const canvasOps: string[] = [];

class FakeOffscreenCanvas {
  constructor(
    public width: number,
    public height: number,
  ) {
    canvasOps.push(`canvas ${width}x${height}`);
  }
  getContext() {
    const record = (name: string) => () => canvasOps.push(name);
    return { font: '', fillStyle: '', strokeStyle: '', lineWidth: 1, textAlign: 'left', direction: 'ltr', fillRect: record('fillRect'), fillText: record('fillText'), beginPath: record('beginPath'), moveTo: record('moveTo'), lineTo: record('lineTo'), stroke: record('stroke'), scale: (x: number) => canvasOps.push(`scale ${x}`) };
  }
  async convertToBlob(o: { type: string }) {
    return new Blob(['PNG'], { type: o.type });
  }
}

beforeEach(() => {
  blobs = [];
  canvasOps.length = 0;
  let pending: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    pending = b as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    blobs.push({ blob: pending!, name: this.download });
  });
  vi.stubGlobal('OffscreenCanvas', FakeOffscreenCanvas);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const readings = adsReadings(2);
const VIEW = tabView(readings, [goalView({ id: 'g1', name: '<script>alert(1)</script> Clicks', stage: 'reach' }, 'behind', { matched: { reading: readings[0]!, index: 0, explanation: 'same metric' } })]);
const ALL = [...VIEW.goals, goalView({ id: 'g2', name: 'Email subscribers', stage: 'engage', metric: 'subscribers' }, 'on-track')];

function serve(saved: Array<{ id: number; takenAt: string; snapshot: ReturnType<typeof snapshotOf> }> = []) {
  let list = [...saved];
  let nextId = 100;
  api.setHandlers({
    'page/get-tab-view': () => VIEW,
    'page/get-all-goals': () => ({ goals: ALL }),
    'page/get-settings': () => settings(),
    'page/list-snapshots': () => ({ snapshots: list }),
    'page/save-snapshot': ({ json }) => {
      const snapshot = JSON.parse(json);
      list = [...list, { id: ++nextId, takenAt: snapshot.takenAt, snapshot }];
      return { id: nextId };
    },
    'page/delete-snapshot': ({ id }) => {
      list = list.filter((s) => s.id !== id);
      return { deleted: id };
    },
  });
}

async function openShare() {
  const r = render(<SidePanel />);
  fireEvent.click(await screen.findByRole('tab', { name: 'Share' }));
  await screen.findByRole('heading', { name: 'Saved snapshots' });
  return r;
}

async function download(container: Element, format: string, scope: ParentNode = container) {
  const before = blobs.length;
  fireEvent.click(scope.querySelector(`button[data-format="${format}"]`)!);
  await waitFor(() => expect(blobs.length).toBe(before + 1));
  return blobs.at(-1)!;
}

describe('share', () => {
  it('every format downloads with its own type and file name', async () => {
    serve();
    const { container } = await openShare();
    const panel = container.querySelector('.share-panel')!;
    const json = await download(container, 'json', panel);
    expect(json.name).toMatch(/^goalpost-snapshot-\d{4}-\d{2}-\d{2}T\d{4}\.json$/);
    const parsed = JSON.parse(await json.blob.text());
    expect(parsed.scope).toMatchObject({ kind: 'tab', pageUrl: VIEW.page!.pageUrl });
    expect(parsed.readings).toHaveLength(readings.length);

    const csv = await download(container, 'csv', panel);
    expect(csv.blob.type).toContain('text/csv');
    const csvBytes = new Uint8Array(await csv.blob.arrayBuffer());
    expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await csv.blob.text()).toContain('Percent of target');

    const html = await download(container, 'html', panel);
    const htmlText = await html.blob.text();
    expect(html.name.endsWith('.html')).toBe(true);
    expect(htmlText).not.toMatch(/<script/i);
    expect(htmlText).toContain('&lt;script&gt;');

    const md = await download(container, 'md', panel);
    expect(md.blob.type).toContain('text/markdown');
    expect(await md.blob.text()).toContain('Goalpost snapshot');

    const txt = await download(container, 'txt', panel);
    expect(txt.blob.type).toContain('text/plain');

    const png = await download(container, 'png', panel);
    expect(png.blob.type).toBe('image/png');
    expect(png.name.endsWith('.png')).toBe(true);
    expect(canvasOps).toContain('scale 2');
    expect(canvasOps.some((op) => op.startsWith('canvas 1200x'))).toBe(true);
    expect(await screen.findByText(/^Saved goalpost-snapshot-.*\.png\.$/)).toBeTruthy();
  });

  it('all goals scope shares every goal and no page readings', async () => {
    serve();
    const { container } = await openShare();
    fireEvent.click(screen.getByRole('radio', { name: 'All goals' }));
    const json = JSON.parse(await (await download(container, 'json', container.querySelector('.share-panel')!)).blob.text());
    expect(json.scope).toEqual({ kind: 'all' });
    expect(json.goals.map((g: { id: string }) => g.id)).toEqual(['g1', 'g2']);
    expect(json.readings.length).toBeLessThanOrEqual(1);
  });

  it('copies text, Markdown and the image, with a visible confirmation', async () => {
    serve();
    const writeText = vi.fn(async (_: string) => {});
    const write = vi.fn(async (_: unknown[]) => {});
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText, write } });
    vi.stubGlobal('ClipboardItem', class { constructor(public items: Record<string, unknown>) {} });
    const { container } = await openShare();
    const panel = container.querySelector('.share-panel') as HTMLElement;
    fireEvent.click(within(panel).getAllByRole('button', { name: 'Copy Markdown' })[0]!);
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(writeText.mock.calls[0]![0]).toMatch(/^\*Goalpost snapshot\*/);
    expect(await within(panel).findByText('Copied to the clipboard.')).toBeTruthy();
    fireEvent.click(within(panel).getAllByRole('button', { name: 'Copy text' })[0]!);
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(2));
    fireEvent.click(within(panel).getAllByRole('button', { name: 'Copy image' })[0]!);
    await waitFor(() => expect(write).toHaveBeenCalledTimes(1));
    const item = (write.mock.calls[0]![0] as Array<{ items: Record<string, Promise<Blob>> }>)[0]!;
    expect((await item.items['image/png']!).type).toBe('image/png');
  });

  it('takes a snapshot (saved as snapshot JSON), lists it, shares it and deletes it', async () => {
    const older = snapshotOf({ scope: 'all', page: null, goals: ALL, locale: 'en', now: new Date('2026-11-01T10:00:00Z') });
    serve([{ id: 1, takenAt: older.takenAt, snapshot: older }]);
    const { container } = await openShare();
    expect(container.querySelectorAll('li.snapshot-item')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Snapshot this page' }));
    await waitFor(() => expect(api.sent('page/save-snapshot')).toHaveLength(1));
    const sentJson = JSON.parse(api.sent('page/save-snapshot')[0]!.json);
    expect(sentJson).toMatchObject({ format: 'goalpost-snapshot', formatVersion: 1, scope: { kind: 'tab' } });
    await waitFor(() => expect(container.querySelectorAll('li.snapshot-item')).toHaveLength(2));
    expect(screen.getByText('Snapshot saved.')).toBeTruthy();

    const item = container.querySelector('li.snapshot-item[data-snapshot-id="1"]') as HTMLElement;
    expect(item.textContent).toContain('All goals');
    fireEvent.click(within(item).getByRole('button', { name: 'Share' }));
    const csv = await download(container, 'csv', item);
    expect(await csv.blob.text()).toContain('Email subscribers');
    expect(csv.name).toBe('goalpost-snapshot-2026-11-01T1000.csv');

    fireEvent.click(within(item).getByRole('button', { name: /^Delete snapshot/ }));
    await waitFor(() => expect(api.sent('page/delete-snapshot')).toEqual([{ id: 1 }]));
    await waitFor(() => expect(container.querySelector('li.snapshot-item[data-snapshot-id="1"]')).toBeNull());
  });

  it('the saved JSON round-trips through the documented validator', async () => {
    const { validateSnapshotJson } = await import('../../lib/share/json');
    const s = snapshotOf({ scope: 'tab', page: VIEW.page, goals: VIEW.goals, locale: 'en' });
    expect(validateSnapshotJson(snapshotToJson(s)).ok).toBe(true);
  });
});
