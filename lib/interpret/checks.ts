/**
 * Goalpost checks its own reading against the page's other numbers: a ratio the page prints must
 * agree with its parts printed beside it (CTR with clicks ÷ impressions …), and a totals row can never
 * be less than the rows above it add up to. A reading that disagrees beyond what the printed figures'
 * rounding allows was probably misread (a column shifted, a stale copy, a misparsed separator): it is
 * marked doubtful, never used for a goal's progress, and the side panel says which check failed.
 *
 * Intervals, not points: every printed figure stands for an interval (`precision`, half its width:
 * "12.3K" is 12,250–12,350), and a check fails only when the intervals cannot meet. Pure: no clock,
 * no DOM.
 */
import type { ReadingDraft } from '../adapters/types';
import type { SourceId } from '../dashboards';
import type { MetricId } from '../metrics/types';
import type { DoubtCheck } from '../readings';


/**
 * Ratios checked against their parts: `value = numerator ÷ denominator × scale`, by the definition
 * every dashboard that prints both uses. Conversion rate is not checked: GA4's is sessions with a key
 * event ÷ sessions, Google Ads' conversions ÷ interactions (not clicks), so neither is computable from
 * the columns shown; ROAS neither: Meta's purchase ROAS counts only purchase value.
 */
const RATIOS: ReadonlyArray<{ check: DoubtCheck; metric: MetricId; numerator: MetricId; denominator: MetricId; scale: number }> = [
  { check: 'ctr', metric: 'ctr', numerator: 'clicks', denominator: 'impressions', scale: 100 },
  { check: 'cpc', metric: 'cpc', numerator: 'cost', denominator: 'clicks', scale: 1 },
  { check: 'cpm', metric: 'cpm', numerator: 'cost', denominator: 'impressions', scale: 1000 },
  { check: 'cpa', metric: 'cpa', numerator: 'cost', denominator: 'conversions', scale: 1 },
  { check: 'engagement-rate', metric: 'engagement-rate', numerator: 'engaged-sessions', denominator: 'sessions', scale: 100 },
];

/** What each ratio check divides, for saying why a reading is doubtful. */
export const DOUBT_PARTS: Readonly<Partial<Record<DoubtCheck, readonly [MetricId, MetricId]>>> = Object.fromEntries(
  RATIOS.map((r) => [r.check, [r.numerator, r.denominator]] as const),
);

/**
 * Where the ratios' definitions are known to be the ones above. Meta's "CTR (all)" and "CPC (all)"
 * count all clicks while its Results count link clicks, and its columns vary by attribution; a site
 * the user allowed prints whatever its own definitions are. There only the totals are checked.
 */
const RATIO_SOURCES: ReadonlySet<SourceId> = new Set(['ga4', 'google-ads', 'search-console', 'looker-studio']);

/**
 * Metrics whose rows add up to at most the total: counted once per row, never deduplicated across
 * rows (users and reach are deduplicated, so they are not here). Search Console's totals also count
 * anonymised queries and GA4's tables are paged, so only "at most" holds, not "equal".
 */
const ADDITIVE: ReadonlySet<MetricId> = new Set(['sessions', 'engaged-sessions', 'pageviews', 'clicks', 'impressions', 'cost', 'conversions', 'purchases', 'revenue']);

/**
 * How much a dashboard's own arithmetic may differ beyond printed rounding: it computes ratios from
 * unrounded sums and may round half-even or truncate. 0.5 % of the value, relative.
 */
const SLACK = 0.005;

type Interval = readonly [number, number];

const around = (r: ReadingDraft): Interval => [r.value - r.precision, r.value + r.precision];

function quotient([a0, a1]: Interval, [b0, b1]: Interval, scale: number): Interval | null {
  if (b0 <= 0) return null; // a denominator that may be zero says nothing
  return [(Math.max(0, a0) / b1) * scale, (a1 / b0) * scale];
}

function meet([a0, a1]: Interval, [b0, b1]: Interval): boolean {
  const slack = SLACK * Math.max(Math.abs(a0), Math.abs(a1), Math.abs(b0), Math.abs(b1));
  return a0 <= b1 + slack && b0 <= a1 + slack;
}

/** The readings' indexes, grouped by `key`, in page order. */
function indexesBy<K>(readings: readonly ReadingDraft[], key: (r: ReadingDraft, i: number) => K): Map<K, number[]> {
  const groups = new Map<K, number[]>();
  readings.forEach((r, i) => {
    const k = key(r, i);
    const list = groups.get(k);
    if (list) list.push(i);
    else groups.set(k, [i]);
  });
  return groups;
}

/** Readings of one table row (or the totals, or one set of cards), by metric: the first of each. */
function byPlace(readings: readonly ReadingDraft[], indexes: readonly number[]): Map<MetricId, number> {
  const metrics = new Map<MetricId, number>();
  for (const i of indexes) if (!metrics.has(readings[i]!.metric)) metrics.set(readings[i]!.metric, i);
  return metrics;
}

/**
 * The check each reading fails, or undefined. `groups[i]` says which table or card set reading `i`
 * came from (the content script's group): parts are only ever compared within one table's row.
 */
export function crossCheck(source: SourceId, readings: readonly ReadingDraft[], groups: readonly number[]): Array<DoubtCheck | undefined> {
  const doubts: Array<DoubtCheck | undefined> = readings.map(() => undefined);
  // Parts are compared within one row of one table (or its totals, or one set of cards).
  const places = indexesBy(readings, (r, i) => `${groups[i]}\u0000${r.scope.row ?? '\u0001totals'}`);
  for (const indexes of RATIO_SOURCES.has(source) ? places.values() : []) {
    const metrics = byPlace(readings, indexes);
    for (const ratio of RATIOS) {
      const [v, n, d] = [ratio.metric, ratio.numerator, ratio.denominator].map((m) => metrics.get(m));
      if (v === undefined || n === undefined || d === undefined) continue;
      const computed = quotient(around(readings[n]!), around(readings[d]!), ratio.scale);
      if (computed && !meet(computed, around(readings[v]!))) doubts[v] = ratio.check;
    }
  }

  // Totals against their rows, per table.
  for (const indexes of indexesBy(readings, (_, i) => groups[i]!).values()) {
    const totals = byPlace(readings, indexes.filter((i) => readings[i]!.scope.row === undefined && readings[i]!.at?.kind !== 'page'));
    for (const [metric, t] of totals) {
      if (!ADDITIVE.has(metric)) continue;
      const rows = indexes.filter((i) => readings[i]!.metric === metric && readings[i]!.scope.row !== undefined);
      if (rows.length < 2) continue;
      // The least the rows can add up to, against the most the total can be.
      const least = rows.reduce((sum, i) => sum + readings[i]!.value - readings[i]!.precision, 0);
      const total = around(readings[t]!);
      if (least > total[1] * (1 + SLACK)) doubts[t] = 'totals';
    }
  }
  return doubts;
}
