import { describe, expect, it } from 'vitest';
import { ENGLISH_SHARE_LABELS } from '../../lib/share/labels';
import { drawSnapshotCard, layoutSnapshotCard, type Canvas2DLike, type CardOp } from '../../lib/share/png-card';
import { GOAL_NAMES, HOSTILE_NAMES, sampleLabels, sampleSnapshot, type FixtureLocale } from '../support/snapshot-fixtures';

const texts = (ops: CardOp[]) => ops.flatMap((op) => (op.kind === 'text' ? [op.text] : []));
const norm = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');

/** Records what is drawn, in order, the way a canvas would receive it. */
function recorder() {
  const calls: string[] = [];
  const ctx: Canvas2DLike = {
    font: '', fillStyle: '', strokeStyle: '', lineWidth: 1, textAlign: 'start', direction: 'inherit',
    fillRect: (x, y, w, h) => calls.push(`fillRect ${x},${y},${w},${h} ${String(ctx.fillStyle)}`),
    fillText: (t, x, y, maxWidth) => calls.push(`fillText ${t} @${x},${y} ${ctx.textAlign} ${ctx.direction} max${maxWidth}`),
    beginPath: () => calls.push('beginPath'),
    moveTo: (x, y) => calls.push(`moveTo ${x},${y}`),
    lineTo: (x, y) => calls.push(`lineTo ${x},${y}`),
    stroke: () => calls.push(`stroke ${String(ctx.strokeStyle)} ${ctx.lineWidth}`),
    scale: (x, y) => calls.push(`scale ${x},${y}`),
  };
  return { ctx, calls };
}

describe('layoutSnapshotCard', () => {
  it('has a title, taken-at and date range, and per goal its name, status word, bar, numbers and trend', () => {
    const layout = layoutSnapshotCard(sampleSnapshot('en'), ENGLISH_SHARE_LABELS);
    const all = texts(layout.ops).map(norm);
    expect(all).toContain('Goalpost snapshot');
    expect(all).toContain('Taken: Nov 24, 2026, 3:30 PM UTC · Nov 1 – 23, 2026');
    for (const name of GOAL_NAMES.en.slice(0, 4)) expect(all).toContain(name);
    expect(all).toContain('🟢 On track');
    expect(all).toContain('7,420 / 10,000 (74%)');
    expect(layout.ops.filter((op) => op.kind === 'polyline')).toHaveLength(3); // the followers trend is a single dot
    expect(layout.ops[0]).toEqual({ kind: 'rect', x: 0, y: 0, w: layout.width, h: layout.height, color: '#ffffff' });
  });

  it('sizes the canvas by dpr while the layout stays in CSS pixels', () => {
    const s = sampleSnapshot('en');
    const one = layoutSnapshotCard(s, ENGLISH_SHARE_LABELS, { dpr: 1, width: 600 });
    const two = layoutSnapshotCard(s, ENGLISH_SHARE_LABELS, { dpr: 2, width: 600 });
    expect(two.width).toBe(600);
    expect(two.height).toBe(one.height);
    expect([two.pixelWidth, two.pixelHeight]).toEqual([1200, one.height * 2]);
    expect(two.ops).toEqual(one.ops);
    expect(layoutSnapshotCard(s, ENGLISH_SHARE_LABELS, { dpr: 1.5 }).pixelWidth).toBe(900);
  });

  it('grows with the number of goals and summarises the ones it leaves out', () => {
    const s = sampleSnapshot('en', { withNoData: true });
    const all = layoutSnapshotCard(s, ENGLISH_SHARE_LABELS);
    const three = layoutSnapshotCard(s, ENGLISH_SHARE_LABELS, { maxGoals: 3 });
    expect(three.height).toBeLessThan(all.height);
    expect(texts(three.ops)).toContain('+2 more');
  });

  it.each<FixtureLocale>(['fa', 'ar'])('mirrors the whole layout for %s: text right-aligned, bars fill from the right', (locale) => {
    const ltr = layoutSnapshotCard(sampleSnapshot('en'), ENGLISH_SHARE_LABELS);
    const rtl = layoutSnapshotCard(sampleSnapshot(locale), sampleLabels(locale));
    expect(rtl.direction).toBe('rtl');
    expect(rtl.height).toBe(ltr.height);
    expect(rtl.ops).toHaveLength(ltr.ops.length);
    const W = ltr.width;
    rtl.ops.forEach((op, i) => {
      const mirror = ltr.ops[i]!;
      expect(op.kind).toBe(mirror.kind);
      if (op.kind === 'rect' && mirror.kind === 'rect') {
        expect(op.x).toBeCloseTo(W - mirror.x - mirror.w, 5);
        expect([op.y, op.w, op.h]).toEqual([mirror.y, mirror.w, mirror.h]);
      } else if (op.kind === 'text' && mirror.kind === 'text') {
        expect(op.x).toBeCloseTo(W - mirror.x, 5);
        expect(op.align).toBe(mirror.align === 'left' ? 'right' : 'left');
        expect(op.direction).toBe('rtl');
        expect(mirror.direction).toBe('ltr');
      } else if (op.kind === 'polyline' && mirror.kind === 'polyline') {
        op.points.forEach((p, j) => expect(p.x).toBeCloseTo(W - mirror.points[j]!.x, 5));
      }
    });
    // The first goal's name starts at the right edge; its bar's fill ends there.
    const name = rtl.ops.find((op) => op.kind === 'text' && op.text === GOAL_NAMES[locale][0]);
    expect(name).toMatchObject({ align: 'right', x: W - 24 });
    const bars = rtl.ops.filter((op): op is Extract<CardOp, { kind: 'rect' }> => op.kind === 'rect' && op.h === 10);
    expect(bars[1]!.x + bars[1]!.w).toBeCloseTo(bars[0]!.x + bars[0]!.w, 5);
    expect(bars[1]!.x).toBeGreaterThan(bars[0]!.x);
  });

  it('keeps CJK names whole and lets the canvas fit them into a width', () => {
    const layout = layoutSnapshotCard(sampleSnapshot('zh-Hant'), sampleLabels('zh-Hant'));
    expect(layout.direction).toBe('ltr');
    for (const name of GOAL_NAMES['zh-Hant'].slice(0, 4)) expect(texts(layout.ops)).toContain(name);
    for (const op of layout.ops) if (op.kind === 'text') expect(op.maxWidth).toBeLessThanOrEqual(layout.width - 48);
  });

  it('keeps everything inside the card', () => {
    for (const locale of ['en', 'ar'] as const) {
      const l = layoutSnapshotCard(sampleSnapshot(locale, { withNoData: true }), sampleLabels(locale));
      for (const op of l.ops) {
        const xs = op.kind === 'polyline' ? op.points.map((p) => p.x) : op.kind === 'rect' ? [op.x, op.x + op.w] : [op.x];
        for (const x of xs) expect(x >= 0 && x <= l.width).toBe(true);
      }
    }
  });

  it('draws hostile names as plain text on one line', () => {
    const layout = layoutSnapshotCard(sampleSnapshot('en', { names: HOSTILE_NAMES }), ENGLISH_SHARE_LABELS);
    expect(texts(layout.ops)).toContain('"quote,comma newline"');
    expect(texts(layout.ops)).toContain('<script>alert(1)</script>');
  });
});

describe('drawSnapshotCard', () => {
  it('scales once by dpr, then paints every op in order', () => {
    const layout = layoutSnapshotCard(sampleSnapshot('ar'), sampleLabels('ar'), { dpr: 2 });
    const { ctx, calls } = recorder();
    drawSnapshotCard(ctx, layout);
    expect(calls[0]).toBe('scale 2,2');
    expect(calls.filter((c) => c.startsWith('scale'))).toHaveLength(1);
    expect(calls[1]).toBe(`fillRect 0,0,${layout.width},${layout.height} #ffffff`);
    expect(calls.filter((c) => c.startsWith('fillText'))).toHaveLength(layout.ops.filter((op) => op.kind === 'text').length);
    expect(calls.filter((c) => c.startsWith('stroke'))).toHaveLength(layout.ops.filter((op) => op.kind === 'polyline').length);
    expect(calls.find((c) => c.includes(GOAL_NAMES.ar[0]))).toMatch(/ right rtl max/);
  });

  it('accepts a real CanvasRenderingContext2D and OffscreenCanvasRenderingContext2D', () => {
    const accepts = (_ctx: Canvas2DLike) => true;
    const real = null as unknown as CanvasRenderingContext2D;
    const offscreen = null as unknown as OffscreenCanvasRenderingContext2D;
    expect(accepts(real) && accepts(offscreen)).toBe(true);
  });
});
