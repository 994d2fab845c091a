import { METRICS } from '@/lib/metrics/catalogue';
import type { Goal } from '@/lib/goals/types';
import { sparklinePath, sparklineRange, sparklineY, trendPoints, scaleSparkline, type SparkRange } from '@/lib/share/svg';

const DAY_MS = 86_400_000;

export interface TrendChartProps {
  goal: Goal;
  trend: ReadonlyArray<{ readAt: string; value: number }>;
  /** Absolute target (GoalProgress.target). */
  target: number | null;
  width: number;
  height: number;
  rtl: boolean;
  label: string;
  /** Larger charts get a pace line from the start value to the target over the goal period. */
  className?: string;
}

/** Where the pace line starts: cumulative goals count from zero, others from the baseline or the first reading. */
function paceStart(goal: Goal, trend: TrendChartProps['trend']): number | null {
  if (goal.target.kind === 'stay-above' || goal.target.kind === 'stay-below') return null;
  if (METRICS[goal.metric]?.kind === 'cumulative') return 0;
  return goal.baseline?.value ?? trend[0]?.value ?? null;
}

/**
 * Hand-drawn SVG trend: the readings, a dashed target line and a dotted pace line across the goal
 * period; time runs right to left in a right-to-left page. Cheap: at most ~60 points (GoalView.trend).
 */
export function TrendChart({ goal, trend, target, width, height, rtl, label, className = 'spark' }: TrendChartProps) {
  const points = trendPoints(trend);
  const from = paceStart(goal, trend);
  const periodStart = Date.parse(`${goal.start}T00:00:00Z`);
  const periodEnd = Date.parse(`${goal.deadline}T00:00:00Z`) + DAY_MS;
  const xs = points.map((p) => p.x);
  const xMin = Math.min(periodStart, ...xs);
  const xMax = Math.max(periodEnd, ...xs);
  const y = sparklineRange(
    points.map((p) => p.y),
    [target, from],
  );
  const range: SparkRange = { ...y, xMin, xMax };
  const pad = 2;
  const path = points.length > 1 ? sparklinePath(points, width, height, range, { rtl, pad }) : '';
  const dots = points.length === 1 ? scaleSparkline(points, width, height, range, { rtl, pad }) : [];
  const last = points.length > 1 ? scaleSparkline(points.slice(-1), width, height, range, { rtl, pad })[0] : undefined;
  const pace =
    target !== null && from !== null
      ? scaleSparkline(
          [
            { x: periodStart, y: from },
            { x: periodEnd, y: target },
          ],
          width,
          height,
          range,
          { rtl, pad },
        )
      : null;
  const ty = target === null ? null : sparklineY(target, height, range, pad);
  return (
    <svg class={className} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} data-points={points.length}>
      {ty !== null && <line class="spark-target" x1={0} x2={width} y1={ty} y2={ty} />}
      {pace && <line class="spark-pace" x1={pace[0]!.x} y1={pace[0]!.y} x2={pace[1]!.x} y2={pace[1]!.y} />}
      {path && <path class="spark-line" d={path} />}
      {dots.map((d, i) => (
        <circle key={i} class="spark-dot" cx={d.x} cy={d.y} r={2.5} />
      ))}
      {last && <circle class="spark-dot" cx={last.x} cy={last.y} r={2} />}
    </svg>
  );
}
