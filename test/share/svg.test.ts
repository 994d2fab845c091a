import { describe, expect, it } from 'vitest';
import { progressBarFill, progressBarSvg, r1, scaleSparkline, sparklinePath, sparklineRange, sparklineSvg, sparklineY, trendPoints } from '../../lib/share/svg';

const pts = [
  { x: 0, y: 0 },
  { x: 1, y: 10 },
  { x: 3, y: 5 },
];

describe('sparklinePath', () => {
  it('maps points into the box, y down, time along x, one decimal', () => {
    expect(sparklinePath(pts, 30, 10, { min: 0, max: 10 }, { pad: 0 })).toBe('M0,10L10,0L30,5');
    expect(sparklinePath([{ x: 0, y: 1 / 3 }, { x: 3, y: 2 / 3 }], 10, 10, { min: 0, max: 1 }, { pad: 0 })).toBe('M0,6.7L10,3.3');
  });

  it('runs right to left when asked, mirroring x only', () => {
    expect(sparklinePath(pts, 30, 10, { min: 0, max: 10 }, { pad: 0, rtl: true })).toBe('M30,10L20,0L0,5');
  });

  it('honours an explicit x domain and padding', () => {
    expect(sparklinePath([{ x: 5, y: 5 }], 22, 12, { min: 0, max: 10, xMin: 0, xMax: 10 }, { pad: 1 })).toBe('M11,6');
  });

  it('puts a lone point at the latest end and draws nothing for no points', () => {
    expect(scaleSparkline([{ x: 7, y: 3 }], 20, 10, { min: 0, max: 6 }, { pad: 0 })).toEqual([{ x: 20, y: 5 }]);
    expect(sparklinePath([], 20, 10, { min: 0, max: 1 })).toBe('');
  });
});

describe('helpers', () => {
  it('rounds to one decimal without negative zero', () => {
    expect(r1(1.26)).toBe(1.3);
    expect(Object.is(r1(-0.01), 0)).toBe(true);
  });

  it('widens a flat range and includes reference lines', () => {
    expect(sparklineRange([5, 5])).toEqual({ min: 4.5, max: 5.5 });
    expect(sparklineRange([0, 0])).toEqual({ min: -1, max: 1 });
    expect(sparklineRange([2, 4], [10, null])).toEqual({ min: 2, max: 10 });
    expect(sparklineRange([])).toEqual({ min: 0, max: 1 });
    expect(sparklineY(10, 12, { min: 0, max: 10 })).toBe(1);
  });

  it('reads trend timestamps and skips broken ones', () => {
    expect(trendPoints([{ readAt: '1970-01-01T00:00:01Z', value: 2 }, { readAt: 'later', value: 3 }])).toEqual([{ x: 1000, y: 2 }]);
  });
});

describe('progress bar', () => {
  it('fills from the left, or from the right in RTL, clamped to the track', () => {
    expect(progressBarFill(200, 0.25)).toEqual({ x: 0, w: 50 });
    expect(progressBarFill(200, 0.25, true)).toEqual({ x: 150, w: 50 });
    expect(progressBarFill(200, 1.4)).toEqual({ x: 0, w: 200 });
    expect(progressBarFill(200, -0.3)).toEqual({ x: 0, w: 0 });
    expect(progressBarFill(200, null, true)).toEqual({ x: 200, w: 0 });
  });

  it('is a small inline SVG without namespace or URLs, with an escaped accessible name', () => {
    const svg = progressBarSvg({ width: 100, height: 8, fraction: 0.5, fill: '#0a0', track: '#eee', label: '<50%>' });
    expect(svg).toBe(
      '<svg class="bar" width="100" height="8" viewBox="0 0 100 8" role="img" aria-label="&lt;50%&gt;"><rect width="100" height="8" rx="4" fill="#eee"/><rect x="0" width="50" height="8" rx="4" fill="#0a0"/></svg>',
    );
  });

  it('draws a sparkline with its target line, or nothing without points', () => {
    const svg = sparklineSvg({ width: 40, height: 20, points: pts, target: 10, stroke: '#000', targetStroke: '#999', label: 'trend' });
    expect(svg).toMatch(/^<svg class="spark"[^>]*><line [^>]*y1="2"[^>]*\/><path d="M2,18L14,2L38,10"/);
    expect(sparklineSvg({ width: 40, height: 20, points: [], target: 1, stroke: '#000', targetStroke: '#999', label: '' })).toBe('');
  });
});
