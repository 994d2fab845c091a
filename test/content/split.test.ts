import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../lib/adapters/types';
import { pageParts } from '../../lib/background/page-parts';
import { createHandlers, type Interpretation, type TabPages } from '../../lib/background/service';
import { goalLogic } from '../../lib/background/goal-logic';
import { openGoalpostDb } from '../../lib/db/open';
import { splitRead } from '../../lib/content/split';
import { pageReadSchema, type PageRead, type PageReport } from '../../lib/messages';
import type { Sender } from '../../lib/background/router';
import { validate } from '../../lib/validate';

const GA4 = 'https://analytics.google.com/analytics/web/#/p123456/reports/explorer';
const METRICS = ['Sessions', 'Active users', 'Engaged sessions', 'Engagement rate', 'Key events'];

/** A report table's cells as the GA4 reader sends them (lib/adapters/ga4.ts, findGrid in common.ts). */
function tableCells(n: number, rowName = (r: number) => `google / cpc – Winter sale campaign ${r}`): RawCell[] {
  return Array.from({ length: n }, (_, i) => {
    const column = METRICS[i % METRICS.length]!;
    const row = rowName(Math.floor(i / METRICS.length));
    return {
      label: column, key: column.toLowerCase().replace(/ /g, ''), text: (i * 37).toLocaleString('en'), row,
      where: `Traffic acquisition table, “${row}” row, ${column} column`,
      at: { area: 'Traffic acquisition', kind: 'table', row, column }, group: 0,
    };
  });
}

const read = (cells: RawCell[], readAt = '2026-11-24T12:00:00.000Z'): PageRead => ({
  pageUrl: GA4, title: 'Traffic acquisition', readAt,
  raw: { source: 'ga4', state: 'ready', scope: { account: 'p123456' }, locale: 'en', dateTexts: ['Nov 1 – Nov 23, 2026'], cells, notes: [] },
});

const bytes = (m: unknown) => new TextEncoder().encode(JSON.stringify({ kind: 'content/page-read', payload: m })).length;

/** Sends `parts` in order to a fresh assembler; the whole read it gives back, if any. */
function assemble(parts: PageRead[]): PageRead | null {
  const assembler = pageParts();
  let whole: PageRead | null = null;
  for (const p of parts) whole = assembler.add('7/0', p) ?? whole;
  return whole;
}

describe('a big page read in parts', () => {
  it('sends a 5,000-cell read as parts under 256 kB each, and every cell arrives once, in order', () => {
    const full = read(tableCells(5000));
    expect(bytes(full)).toBeGreaterThan(1024 * 1024);
    const parts = splitRead(full, 'r1');
    expect(parts.length).toBeGreaterThan(4);
    for (const p of parts) {
      expect(bytes(p)).toBeLessThan(256 * 1024);
      // Each part is a valid message on its own.
      expect(validate(pageReadSchema, p, 'payload').ok).toBe(true);
    }
    const whole = assemble(parts)!;
    expect(whole.part).toBeUndefined();
    expect(whole.raw.cells).toHaveLength(5000);
    expect(whole).toEqual(full);
    expect(new Set(whole.raw.cells.map((c) => c.where)).size).toBe(5000);
  });

  it('keeps parts under 256 kB when the page’s labels are Chinese (three bytes a character)', () => {
    const full = read(tableCells(5000, (r) => `广告系列：冬季促销活动——搜索广告组第${r}组（品牌词与通用词）`));
    const parts = splitRead(full, 'r1');
    for (const p of parts) expect(bytes(p)).toBeLessThan(256 * 1024);
    expect(assemble(parts)).toEqual(full);
  });

  it('sends a read that fits in one message as it is', () => {
    const small = read(tableCells(40));
    expect(splitRead(small, 'r1')).toEqual([small]);
    expect(pageParts().add('7/0', small)).toBe(small);
  });

  it('takes a part sent twice once', () => {
    const parts = splitRead(read(tableCells(3000)), 'r1');
    const assembler = pageParts();
    expect(assembler.add('7/0', parts[0]!)).toBeNull();
    expect(assembler.add('7/0', parts[0]!)).toBeNull();
    let whole: PageRead | null = null;
    for (const p of parts.slice(1)) whole = assembler.add('7/0', p);
    expect(whole!.raw.cells).toHaveLength(3000);
    expect(whole!.raw.cells).toEqual(read(tableCells(3000)).raw.cells);
  });

  it('refuses a read whose part went missing, and gives nothing for it', () => {
    const parts = splitRead(read(tableCells(3000)), 'r1');
    const assembler = pageParts();
    for (const p of parts.slice(0, -2)) expect(assembler.add('7/0', p)).toBeNull();
    expect(() => assembler.add('7/0', parts.at(-1)!)).toThrow(/missing/);
    expect(assembler.size).toBe(0);
  });

  it('starts over when a part of a newer read comes, and never mixes the two reads’ cells', () => {
    const older = splitRead(read(tableCells(3000)), 'old');
    const newerCells = tableCells(3000).map((c) => ({ ...c, text: `${c.text}9` }));
    const newer = splitRead(read(newerCells, '2026-11-24T12:05:00.000Z'), 'new');
    const assembler = pageParts();
    assembler.add('7/0', older[0]!);
    assembler.add('7/0', older[1]!);
    let whole: PageRead | null = null;
    for (const p of newer) whole = assembler.add('7/0', p);
    expect(whole!.raw.cells).toEqual(newerCells);
    expect(whole!.readAt).toBe('2026-11-24T12:05:00.000Z');
  });

  it('refuses parts that overlap or disagree on the size of the read', () => {
    const parts = splitRead(read(tableCells(3000)), 'r1');
    const assembler = pageParts();
    assembler.add('7/0', parts[0]!);
    const shifted = { ...parts[1]!, part: { ...parts[1]!.part!, start: parts[1]!.part!.start - 1 } };
    expect(() => assembler.add('7/0', shifted)).toThrow(/agree|overlap/);
    assembler.add('7/0', parts[0]!);
    expect(() => assembler.add('7/0', { ...parts[1]!, part: { ...parts[1]!.part!, total: 2999 } })).toThrow(/agree/);
    expect(() => assembler.add('7/0', { ...parts[0]!, changes: { since: '2026-11-24T11:00:00.000Z', at: [0] } })).toThrow(/changes/);
  });

  it('holds the unfinished reads of a few frames at most', () => {
    const assembler = pageParts();
    const first = splitRead(read(tableCells(3000)), 'r1')[0]!;
    for (let frame = 0; frame < 30; frame++) assembler.add(`7/${frame}`, first);
    expect(assembler.size).toBeLessThanOrEqual(8);
  });
});

describe('a read in parts through the background', () => {
  /** A stand-in interpreter: each cell's text (commas dropped) is its value. */
  const interpret = (raw: PageRead['raw']): Interpretation => ({
    dateRange: { start: '2026-11-01', end: '2026-11-23' },
    readings: raw.cells.map((c, cell) => ({
      cell,
      reading: {
        metric: 'sessions', value: Number(c.text.replace(/,/g, '')), unit: 'count', precision: 0.5, label: c.label, text: c.text, source: raw.source,
        scope: raw.scope, dateRange: { start: '2026-11-01', end: '2026-11-23' }, where: c.where, confidence: 'sure',
      },
    })),
    unrecognised: [], notes: [], refused: [],
  });

  it('interprets the read once, when its last part is in, with every cell in place', async () => {
    const pages = new Map<number, PageReport>();
    const tabPages: TabPages = { get: async (id) => pages.get(id) ?? null, set: async (id, r) => void pages.set(id, r), delete: async () => {}, getDraft: async () => null };
    const interpreted: number[] = [];
    const handlers = createHandlers({
      db: () => openGoalpostDb('split-test'),
      interpret: (raw) => (interpreted.push(raw.cells.length), interpret(raw)),
      badgeText: () => '', tabPages, logic: goalLogic, now: () => new Date('2026-11-24T12:00:00Z'),
      showWarningCount: () => {}, broadcastChanged: () => {}, startPicker: async () => {}, picksChanged: () => {},
    });
    const sender: Sender = { id: 'x', url: GA4, tab: { id: 7, url: GA4 } };
    const full = read(tableCells(5000));
    const parts = splitRead(full, 'r1');
    for (const p of parts.slice(0, -1)) expect(await handlers['content/page-read'](p, sender)).toEqual({ stored: 0, badges: [] });
    expect(pages.get(7)).toBeUndefined();
    await handlers['content/page-read'](parts.at(-1)!, sender);
    expect(interpreted).toEqual([5000]);
    const report = pages.get(7)!;
    expect(report.readings).toHaveLength(5000);
    expect(report.readings.map((r) => r.text)).toEqual(full.raw.cells.map((c) => c.text));
    expect(report.cells).toEqual(full.raw.cells.map((_, i) => i));
  });
});
