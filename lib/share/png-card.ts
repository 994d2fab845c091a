import {
  cleanText,
  commonDateRange,
  fill,
  formatDateRange,
  formatDateTime,
  formatPercentOfTarget,
  formatValue,
  formulaLine,
  formulaPartText,
  formulaProblem,
  progressText,
  scopeText,
  statusColor,
  statusEmoji,
  statusWord,
  textDirection,
} from './format';
import type { ShareLabels } from './labels';
import type { Snapshot, SnapshotGoal } from './snapshot';
import { progressBarFill, r1, scaleSparkline, sparklineRange, sparklineY, trendPoints, type SparkPoint } from './svg';

/**
 * The subset of CanvasRenderingContext2D the card needs, so the layout can be drawn on an
 * OffscreenCanvas, a page canvas or a recording fake in tests. Style properties are `unknown` because
 * the real context also accepts gradients there; the card only ever writes strings.
 */
export interface Canvas2DLike {
  font: string;
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  textAlign: string;
  direction: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number, maxWidth?: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
  scale(x: number, y: number): void;
}

export type CardOp =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; color: string }
  | {
      kind: 'text';
      text: string;
      /** Baseline position of the text's anchor (its start or end edge, per `align`). */
      x: number;
      y: number;
      font: string;
      color: string;
      align: 'left' | 'right';
      direction: 'ltr' | 'rtl';
      /** Canvas squeezes longer text into this width; no text measuring needed, so any script works. */
      maxWidth: number;
    }
  | { kind: 'polyline'; points: SparkPoint[]; color: string; lineWidth: number };

export interface CardLayout {
  /** CSS pixels; the canvas is `pixelWidth × pixelHeight` and drawn at `dpr` scale. */
  width: number;
  height: number;
  dpr: number;
  pixelWidth: number;
  pixelHeight: number;
  direction: 'ltr' | 'rtl';
  ops: CardOp[];
}

export interface CardOptions {
  dpr?: number;
  width?: number;
  /** More goals than this are summarised as "+N more" to keep the image readable in a chat. */
  maxGoals?: number;
}

const FONT_FAMILY = 'system-ui, "Segoe UI", Tahoma, "Noto Sans", "PingFang TC", "Microsoft JhengHei", sans-serif';
const font = (size: number, weight = 400) => `${weight} ${size}px ${FONT_FAMILY}`;
const PAD = 24;
const HEADER_H = 92;
const GOAL_H = 88;
/** A formula goal adds two lines: the formula (or what it lacks), then its parts. */
const FORMULA_H = 36;
const FOOTER_H = 40;
const SPARK_W = 120;
const SPARK_H = 24;
const FG = '#1f2328';
const MUTED = '#59636e';

/** Text anchored at the start or the end edge of the content box, written in logical (LTR) terms. */
type Side = 'start' | 'end';

function text(t: string, x: number, y: number, size: number, color: string, side: Side, maxWidth: number, weight = 400): CardOp {
  return { kind: 'text', text: cleanText(t), x, y, font: font(size, weight), color, align: side === 'start' ? 'left' : 'right', direction: 'ltr', maxWidth };
}

function goalOps(g: SnapshotGoal, labels: ShareLabels, top: number, width: number): CardOp[] {
  const inner = width - 2 * PAD;
  const barW = inner - SPARK_W - 16;
  const color = statusColor(g.status.code);
  const status = `${statusEmoji(g.status.code)} ${statusWord(g.status, labels)}`;
  const ops: CardOp[] = [
    text(g.name, PAD, top + 20, 15, FG, 'start', inner - 150, 600),
    text(status, width - PAD, top + 20, 13, color, 'end', 140, 600),
    { kind: 'rect', x: PAD, y: top + 32, w: barW, h: 10, color: '#e6e9ec' },
  ];
  const bar = progressBarFill(barW, g.percentOfTarget === null ? null : g.percentOfTarget / 100);
  if (bar.w > 0) ops.push({ kind: 'rect', x: PAD + bar.x, y: top + 32, w: bar.w, h: 10, color });
  ops.push(text(progressText(g, labels), PAD, top + 64, 13, FG, 'start', barW));

  const points = trendPoints(g.trend);
  const sparkX = width - PAD - SPARK_W;
  const sparkY = top + 30;
  if (points.length > 0) {
    const range = sparklineRange(
      points.map((p) => p.y),
      [g.target.absolute],
    );
    if (g.target.absolute !== null) {
      const ty = sparklineY(g.target.absolute, SPARK_H, range, 2);
      ops.push({ kind: 'rect', x: sparkX, y: r1(sparkY + ty - 0.5), w: SPARK_W, h: 1, color: '#c4cbd2' });
    }
    const scaled = scaleSparkline(points, SPARK_W, SPARK_H, range, { pad: 2 }).map((p) => ({ x: r1(sparkX + p.x), y: r1(sparkY + p.y) }));
    // A single reading has no line to draw; a dot still says "this is where it stands".
    if (scaled.length === 1) ops.push({ kind: 'rect', x: r1(scaled[0]!.x - 1.5), y: r1(scaled[0]!.y - 1.5), w: 3, h: 3, color });
    else ops.push({ kind: 'polyline', points: scaled, color, lineWidth: 1.5 });
  }
  if (g.percentOfTarget !== null) {
    ops.push(text(formatPercentOfTarget(g.percentOfTarget, labels.locale), width - PAD, top + 64, 12, MUTED, 'end', SPARK_W));
  }
  const formula = formulaLine(g, labels);
  if (formula && g.formula) {
    const problem = formulaProblem(g, labels);
    ops.push(text(problem ? `${formula} — ${problem}` : formula, PAD, top + 84, 12, problem ? '#9a6700' : FG, 'start', inner));
    ops.push(text(g.formula.parts.map((p) => formulaPartText(p, labels)).join('  ·  '), PAD, top + 102, 11, MUTED, 'start', inner));
  }
  return ops;
}

/** Right-to-left cards are the LTR layout reflected: text anchors, bars and trend lines all flip. */
function mirror(op: CardOp, width: number): CardOp {
  switch (op.kind) {
    case 'rect':
      return { ...op, x: r1(width - op.x - op.w) };
    case 'text':
      return { ...op, x: r1(width - op.x), align: op.align === 'left' ? 'right' : 'left', direction: 'rtl' };
    case 'polyline':
      return { ...op, points: op.points.map((p) => ({ x: r1(width - p.x), y: p.y })) };
  }
}

/** A pure description of the share card; `drawSnapshotCard` paints it. Geometry never depends on text. */
export function layoutSnapshotCard(s: Snapshot, labels: ShareLabels, options: CardOptions = {}): CardLayout {
  const width = Math.max(320, Math.round(options.width ?? 600));
  const dpr = options.dpr && options.dpr > 0 ? options.dpr : 2;
  const maxGoals = options.maxGoals ?? 6;
  const shown = s.goals.slice(0, maxGoals);
  const hidden = s.goals.length - shown.length;
  const inner = width - 2 * PAD;
  const range = commonDateRange(s);
  const when = [`${labels.takenAt}: ${formatDateTime(s.takenAt, labels.locale, labels.timeZone)}`, range ? formatDateRange(range, labels.locale) : '']
    .filter(Boolean)
    .join(' · ');

  const ops: CardOp[] = [
    { kind: 'rect', x: 0, y: 0, w: width, h: 0, color: '#ffffff' },
    text(labels.title, PAD, 40, 20, FG, 'start', inner, 700),
    text(scopeText(s, labels), PAD, 62, 13, MUTED, 'start', inner),
    text(when, PAD, 80, 13, MUTED, 'start', inner),
  ];
  let y = HEADER_H;
  if (shown.length === 0) {
    ops.push(text(labels.noGoals, PAD, y + 24, 14, MUTED, 'start', inner));
    y += 40;
  }
  for (const g of shown) {
    ops.push({ kind: 'rect', x: PAD, y, w: inner, h: 1, color: '#d1d9e0' });
    ops.push(...goalOps(g, labels, y + 4, width));
    y += GOAL_H + (g.formula ? FORMULA_H : 0);
  }
  if (hidden > 0) {
    ops.push(text(fill(labels.moreGoals, { count: formatValue(hidden, 'count', null, labels.locale) }), PAD, y + 20, 13, MUTED, 'start', inner));
    y += 28;
  }
  const height = y + FOOTER_H;
  ops.push(text('Goalpost', PAD, height - 16, 11, MUTED, 'start', inner));
  const background = ops[0];
  if (background?.kind === 'rect') background.h = height;

  const direction = textDirection(labels.locale);
  return {
    width,
    height,
    dpr,
    pixelWidth: Math.round(width * dpr),
    pixelHeight: Math.round(height * dpr),
    direction,
    ops: direction === 'rtl' ? ops.map((op) => mirror(op, width)) : ops,
  };
}

/** Paints a layout; the caller sizes the canvas to `pixelWidth × pixelHeight` first. */
export function drawSnapshotCard(ctx: Canvas2DLike, layout: CardLayout): void {
  ctx.scale(layout.dpr, layout.dpr);
  for (const op of layout.ops) {
    if (op.kind === 'rect') {
      ctx.fillStyle = op.color;
      ctx.fillRect(op.x, op.y, op.w, op.h);
    } else if (op.kind === 'text') {
      ctx.font = op.font;
      ctx.fillStyle = op.color;
      ctx.textAlign = op.align;
      ctx.direction = op.direction;
      ctx.fillText(op.text, op.x, op.y, op.maxWidth);
    } else {
      const [first, ...rest] = op.points;
      if (!first) continue;
      ctx.strokeStyle = op.color;
      ctx.lineWidth = op.lineWidth;
      ctx.beginPath();
      ctx.moveTo(first.x, first.y);
      for (const p of rest) ctx.lineTo(p.x, p.y);
      ctx.stroke();
    }
  }
}
