import type { SeriesPoint } from './history';

export interface LinearFit {
  slope: number;
  intercept: number;
  n: number;
  meanX: number;
  /** Σ(x − x̄)² */
  sxx: number;
  /** Residual standard error, √(SSR ÷ (n − 2)); 0 when n ≤ 2. */
  residualSe: number;
}

/** Ordinary least squares of value on day. Null when all points fall on one day. */
export function linearFit(points: readonly SeriesPoint[]): LinearFit | null {
  const n = points.length;
  if (n < 2) return null;
  let sx = 0;
  let sy = 0;
  for (const p of points) {
    sx += p.day;
    sy += p.value;
  }
  const meanX = sx / n;
  const meanY = sy / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    const dx = p.day - meanX;
    sxx += dx * dx;
    sxy += dx * (p.value - meanY);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  let ssr = 0;
  for (const p of points) {
    const r = p.value - (intercept + slope * p.day);
    ssr += r * r;
  }
  return { slope, intercept, n, meanX, sxx, residualSe: n > 2 ? Math.sqrt(ssr / (n - 2)) : 0 };
}

/** Half-width of the 95% prediction interval at `day` (normal approximation, 1.96). */
export function predictionHalfWidth(fit: LinearFit, day: number): number {
  const dx = day - fit.meanX;
  return 1.96 * fit.residualSe * Math.sqrt(1 + 1 / fit.n + (dx * dx) / fit.sxx);
}
