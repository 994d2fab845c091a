import { escapeHtml } from './escape';

/** x is any increasing quantity (a timestamp for trends), y the metric value. */
export interface SparkPoint {
  x: number;
  y: number;
}

export interface SparkRange {
  min: number;
  max: number;
  /** x domain; the points' own extent when absent. */
  xMin?: number;
  xMax?: number;
}

export interface SparkOptions {
  /** Time runs right to left, as the rest of a right-to-left layout does. */
  rtl?: boolean;
  /** Inset so a 1.5px stroke at the extremes is not clipped. */
  pad?: number;
}

/** One decimal is below what a screen or a 2× canvas can show, and keeps paths short. */
export const r1 = (n: number): number => {
  const v = Math.round(n * 10) / 10;
  return Object.is(v, -0) ? 0 : v;
};

/** y range covering the values and any reference lines (the target), never empty. */
export function sparklineRange(values: readonly number[], extra: readonly (number | null)[] = []): { min: number; max: number } {
  const all = [...values, ...extra].filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (all.length === 0) return { min: 0, max: 1 };
  let min = Math.min(...all);
  let max = Math.max(...all);
  if (min === max) {
    const d = Math.abs(min) * 0.1 || 1;
    min -= d;
    max += d;
  }
  return { min, max };
}

export function trendPoints(trend: ReadonlyArray<{ readAt: string; value: number }>): SparkPoint[] {
  return trend
    .map((t) => ({ x: Date.parse(t.readAt), y: t.value }))
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
}

/** Points mapped into a width × height box (y down), rounded to 1 decimal. */
export function scaleSparkline(
  points: readonly SparkPoint[],
  width: number,
  height: number,
  range: SparkRange,
  options: SparkOptions = {},
): SparkPoint[] {
  if (points.length === 0) return [];
  const pad = options.pad ?? 1;
  const xs = points.map((p) => p.x);
  const xMin = range.xMin ?? Math.min(...xs);
  const xMax = range.xMax ?? Math.max(...xs);
  const spanX = xMax - xMin;
  const spanY = range.max - range.min || 1;
  const innerW = Math.max(0, width - 2 * pad);
  const innerH = Math.max(0, height - 2 * pad);
  return points.map((p) => {
    // A single point (or all at one instant) sits at the end of the line: it is the latest value.
    const t = spanX > 0 ? (p.x - xMin) / spanX : 1;
    const u = (p.y - range.min) / spanY;
    const x = pad + (options.rtl ? 1 - t : t) * innerW;
    return { x: r1(x), y: r1(pad + (1 - u) * innerH) };
  });
}

/** SVG path data: "M1,30L20.5,12…". */
export function sparklinePath(
  points: readonly SparkPoint[],
  width: number,
  height: number,
  range: SparkRange,
  options: SparkOptions = {},
): string {
  return scaleSparkline(points, width, height, range, options)
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`)
    .join('');
}

/** y of a horizontal reference line (the target) in the same box. */
export function sparklineY(value: number, height: number, range: SparkRange, pad = 1): number {
  const spanY = range.max - range.min || 1;
  return r1(pad + (1 - (value - range.min) / spanY) * Math.max(0, height - 2 * pad));
}

export interface ProgressBarOptions {
  width: number;
  height: number;
  /** 0..1; values outside are clamped (a bar cannot show 130 %). */
  fraction: number | null;
  rtl?: boolean;
  fill: string;
  track: string;
  /** Accessible name, e.g. "74%". */
  label: string;
}

/** The filled part of a bar: from the left, or from the right in a right-to-left layout. */
export function progressBarFill(width: number, fraction: number | null, rtl = false): { x: number; w: number } {
  const f = fraction === null || !Number.isFinite(fraction) ? 0 : Math.min(1, Math.max(0, fraction));
  const w = r1(width * f);
  return { x: rtl ? r1(width - w) : 0, w };
}

/** Inline SVG without xmlns: inside an HTML document the parser puts it in the SVG namespace anyway. */
export function progressBarSvg(o: ProgressBarOptions): string {
  const { x, w } = progressBarFill(o.width, o.fraction, o.rtl);
  const rx = r1(o.height / 2);
  return (
    `<svg class="bar" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" role="img" aria-label="${escapeHtml(o.label)}">` +
    `<rect width="${o.width}" height="${o.height}" rx="${rx}" fill="${escapeHtml(o.track)}"/>` +
    (w > 0 ? `<rect x="${x}" width="${w}" height="${o.height}" rx="${rx}" fill="${escapeHtml(o.fill)}"/>` : '') +
    `</svg>`
  );
}

export interface SparklineSvgOptions {
  width: number;
  height: number;
  points: readonly SparkPoint[];
  target: number | null;
  rtl?: boolean;
  stroke: string;
  targetStroke: string;
  label: string;
}

/** Trend line with a dashed target line; empty string when there is nothing to draw. */
export function sparklineSvg(o: SparklineSvgOptions): string {
  if (o.points.length === 0) return '';
  const range = sparklineRange(
    o.points.map((p) => p.y),
    [o.target],
  );
  const d = sparklinePath(o.points, o.width, o.height, range, { rtl: o.rtl, pad: 2 });
  const last = scaleSparkline(o.points, o.width, o.height, range, { rtl: o.rtl, pad: 2 }).at(-1);
  const targetLine =
    o.target === null
      ? ''
      : `<line x1="0" x2="${o.width}" y1="${sparklineY(o.target, o.height, range, 2)}" y2="${sparklineY(o.target, o.height, range, 2)}" stroke="${escapeHtml(o.targetStroke)}" stroke-dasharray="3 3" stroke-width="1"/>`;
  return (
    `<svg class="spark" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" role="img" aria-label="${escapeHtml(o.label)}">` +
    targetLine +
    `<path d="${d}" fill="none" stroke="${escapeHtml(o.stroke)}" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round"/>` +
    (last ? `<circle cx="${last.x}" cy="${last.y}" r="2" fill="${escapeHtml(o.stroke)}"/>` : '') +
    `</svg>`
  );
}
