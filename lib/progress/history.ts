import { metricFit } from '../metrics/equivalent';
import { dayNumber, timestampMs } from '../goals/dates';
import type { Goal } from '../goals/types';
import { METRICS } from '../metrics/catalogue';
import type { MetricKind } from '../metrics/types';
import type { NumberUnit } from '../parse/types';
import type { Observation } from './types';

/**
 * Sorting out a goal's history (the engine runs on 10,000 observations per goal): which readings
 * are of the goal's metric, which are comparable with the target (same unit and currency), which
 * are unsure, and which one is "current".
 *
 * Day numbers are worked out once per observation, into plain arrays side by side with the
 * observations rather than one small object each: at 500,000 observations per refresh the garbage
 * collector, not the arithmetic, is what costs. (Plain arrays of small integers, not typed arrays:
 * typed-array backing stores live outside the heap and their allocation pushes V8 into full GCs.)
 */

/** Marks "no date range" in the typed arrays. */
export const NO_DAY = -2147483648;

/** Observations with their day numbers, index-aligned. */
export interface Entries {
  obs: Observation[];
  /** When the reading was taken, in ms since the epoch: compared as numbers, not text. */
  readTime: number[];
  /** Day the reading was taken. */
  readDay: number[];
  /** The reading's date range as day numbers; NO_DAY when it has none. */
  from: number[];
  end: number[];
  /** The last day the numbers describe: range end, read day, never after today. */
  asOf: number[];
  sure: boolean[];
}

/** One observation with its day numbers — used for the current reading. */
export interface Entry {
  o: Observation;
  readTime: number;
  readDay: number;
  from: number | null;
  end: number | null;
  asOf: number;
}

export interface PreparedHistory {
  /** Count of readings of the goal's metric, any unit. */
  ofMetricCount: number;
  /** Readings in the goal's unit and currency — the only ones compared with the target. */
  comparable: Entries;
  unit: NumberUnit;
  currency?: string;
  unitMismatch: { count: number; otherUnit: NumberUnit } | null;
  currencyMismatch: { count: number; otherCurrency: string } | null;
  /** Comparable readings that were not sure. */
  unsure: Observation[];
  /** The most recently read observation of the metric, whatever its quality: freshness is about reading at all. */
  latestRead: { o: Observation; readDay: number } | null;
}

/**
 * Day numbers with a one-entry memo: histories come in runs of readings of the same range, so most
 * lookups repeat the previous one and cost one string comparison.
 */
function memoDay(): (iso: string) => number {
  let lastKey = '';
  let lastDay = 0;
  return (iso) => {
    if (iso !== lastKey) {
      lastKey = iso;
      lastDay = dayNumber(iso);
    }
    return lastDay;
  };
}
const startDayOf = memoDay();
const endDayOf = memoDay();
const MS_PER_DAY = 86_400_000;

function emptyEntries(): Entries {
  return { obs: [], readTime: [], readDay: [], from: [], end: [], asOf: [], sure: [] };
}

function push(e: Entries, o: Observation, readTime: number, todayDay: number): void {
  const readDay = Math.floor(readTime / MS_PER_DAY);
  e.obs.push(o);
  e.readTime.push(readTime);
  const range = o.dateRange;
  const from = range ? startDayOf(range.start) : NO_DAY;
  const end = range ? endDayOf(range.end) : NO_DAY;
  let asOf = readDay < todayDay ? readDay : todayDay;
  if (end !== NO_DAY && end < asOf) asOf = end;
  e.readDay.push(readDay);
  e.from.push(from);
  e.end.push(end);
  e.asOf.push(asOf);
  e.sure.push(o.confidence === 'sure');
}

/** Day numbers for a list of observations (all of them, no filtering). */
export function entriesOf(observations: readonly Observation[], todayDay: number): Entries {
  const e = emptyEntries();
  for (const o of observations) push(e, o, timestampMs(o.readAt), todayDay);
  return e;
}

export function entryAt(e: Entries, i: number): Entry {
  const from = e.from[i]!;
  const end = e.end[i]!;
  return { o: e.obs[i]!, readTime: e.readTime[i]!, readDay: e.readDay[i]!, from: from === NO_DAY ? null : from, end: end === NO_DAY ? null : end, asOf: e.asOf[i]! };
}

export function toEntry(o: Observation, todayDay: number): Entry {
  return entryAt(entriesOf([o], todayDay), 0);
}

export function prepareHistory(goal: Goal, history: readonly Observation[], todayDay: number): PreparedHistory {
  const unit = METRICS[goal.metric].unit;
  let comparable = emptyEntries();
  let ofMetricCount = 0;
  let latest: Observation | null = null;
  let latestTime = 0;
  let unitMismatchCount = 0;
  let otherUnit: NumberUnit | null = null;
  let firstCurrency: string | undefined;
  let mixedCurrencies = false;
  for (const o of history) {
    if (metricFit(goal.metric, o.metric) === 0 || !Number.isFinite(o.value)) continue;
    ofMetricCount++;
    const time = timestampMs(o.readAt);
    if (!latest || time > latestTime) {
      latest = o;
      latestTime = time;
    }
    if (o.unit !== unit) {
      unitMismatchCount++;
      otherUnit ??= o.unit;
      continue;
    }
    if (o.currency) {
      if (firstCurrency === undefined) firstCurrency = o.currency;
      else if (o.currency !== firstCurrency) mixedCurrencies = true;
    }
    push(comparable, o, time, todayDay);
  }

  // Rare: readings in more than one currency. Only then is a second pass needed to set some aside.
  const currency = mixedCurrencies ? referenceCurrency(comparable.obs, goal.target.setAt) : firstCurrency;
  let currencyMismatchCount = 0;
  let otherCurrency: string | null = null;
  if (mixedCurrencies) {
    const all = comparable;
    comparable = emptyEntries();
    for (let i = 0; i < all.obs.length; i++) {
      const o = all.obs[i]!;
      if (o.currency && o.currency !== currency) {
        currencyMismatchCount++;
        otherCurrency ??= o.currency;
        continue;
      }
      push(comparable, o, all.readTime[i]!, todayDay);
    }
  }
  const unsure: Observation[] = [];
  for (let i = 0; i < comparable.obs.length; i++) if (!comparable.sure[i]) unsure.push(comparable.obs[i]!);

  const prepared: PreparedHistory = {
    ofMetricCount,
    comparable,
    unit,
    unitMismatch: unitMismatchCount > 0 && otherUnit ? { count: unitMismatchCount, otherUnit } : null,
    currencyMismatch: currencyMismatchCount > 0 && otherCurrency ? { count: currencyMismatchCount, otherCurrency } : null,
    unsure,
    latestRead: latest ? { o: latest, readDay: Math.floor(latestTime / MS_PER_DAY) } : null,
  };
  if (currency) prepared.currency = currency;
  return prepared;
}

/**
 * The currency the target was set in: that of the last reading before the target was set, else of
 * the first reading. A later switch (account moved to another currency) must not be compared as is.
 */
function referenceCurrency(observations: readonly Observation[], targetSetAt: string): string | undefined {
  let beforeTarget: Observation | null = null;
  let earliest: Observation | null = null;
  for (const o of observations) {
    if (!o.currency) continue;
    if (!earliest || o.readAt < earliest.readAt) earliest = o;
    if (o.readAt <= targetSetAt && (!beforeTarget || o.readAt > beforeTarget.readAt)) beforeTarget = o;
  }
  return (beforeTarget ?? earliest)?.currency;
}

/** The last day an observation's numbers describe: the end of its range, its read day, never after today. */
export function asOfDay(o: Observation, todayDay: number): number {
  return toEntry(o, todayDay).asOf;
}

export interface CurrentChoice {
  entry: Entry;
  /** True when no sure reading was available and an unsure one stands in. */
  unsureOnly: boolean;
}

/**
 * Which reading is the goal's number now. Sure readings only, unless there are none. For cumulative
 * metrics the reading whose range best covers start..today wins (a "this quarter" total beats a
 * "last 7 days" one), then the latest; for ratios and levels the latest read.
 */
export function chooseCurrent(prepared: PreparedHistory, kind: MetricKind, goal: Goal, todayDay: number): CurrentChoice | null {
  const e = prepared.comparable;
  if (e.obs.length === 0) return null;
  // Unsure readings are only a fallback; the pool is the sure ones when there are any.
  const unsureOnly = prepared.unsure.length === e.obs.length;
  const i = kind === 'cumulative' ? bestCoverage(e, unsureOnly, goal, todayDay) : latestIndex(e, unsureOnly);
  return i < 0 ? null : { entry: entryAt(e, i), unsureOnly };
}

function isLater(e: Entries, i: number, j: number): boolean {
  return e.readTime[i]! > e.readTime[j]!;
}

function latestIndex(e: Entries, includeUnsure: boolean): number {
  let best = -1;
  for (let i = 0; i < e.obs.length; i++) {
    if (!includeUnsure && !e.sure[i]) continue;
    if (best < 0 || isLater(e, i, best)) best = i;
  }
  return best;
}

function bestCoverage(e: Entries, includeUnsure: boolean, goal: Goal, todayDay: number): number {
  const startDay = dayNumber(goal.start);
  const endDay = dayNumber(goal.deadline);
  const windowEnd = Math.max(startDay, Math.min(todayDay, endDay));
  const windowDays = windowEnd - startDay + 1;
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  let undated = -1;
  for (let i = 0; i < e.obs.length; i++) {
    if (!includeUnsure && !e.sure[i]) continue;
    const from = e.from[i]!;
    if (from === NO_DAY) {
      if (undated < 0 || isLater(e, i, undated)) undated = i;
      continue;
    }
    const to = e.asOf[i]!;
    const overlap = Math.min(to, windowEnd) - Math.max(from, startDay) + 1;
    if (overlap <= 0) continue;
    const outside = Math.max(0, startDay - from) + Math.max(0, to - endDay);
    const score = (overlap - outside) / windowDays;
    if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && best >= 0 && isLater(e, i, best))) {
      best = i;
      bestScore = score;
    }
  }
  // A reading that does not say its dates is only a fallback: it may be any period.
  return best >= 0 ? best : undated;
}

/**
 * For each key day, the index of the latest sure reading with that key; sorted by day. Keys come
 * from a short span of days, so a typed array indexed by day replaces a Map where it can.
 */
function latestPerDay(e: Entries, keyOf: (i: number) => number): Array<[number, number]> {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const keys: number[] = new Array<number>(e.obs.length);
  for (let i = 0; i < e.obs.length; i++) {
    const k = e.sure[i] ? keyOf(i) : NO_DAY;
    keys[i] = k;
    if (k === NO_DAY) continue;
    if (k < min) min = k;
    if (k > max) max = k;
  }
  if (min > max) return [];
  const out: Array<[number, number]> = [];
  if (max - min <= 100_000) {
    const slot: number[] = new Array<number>(max - min + 1).fill(-1);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (k === NO_DAY) continue;
      const prev = slot[k - min]!;
      if (prev < 0 || isLater(e, i, prev)) slot[k - min] = i;
    }
    for (let d = 0; d < slot.length; d++) if (slot[d]! >= 0) out.push([d + min, slot[d]!]);
    return out;
  }
  const byDay = new Map<number, number>();
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k === NO_DAY) continue;
    const prev = byDay.get(k);
    if (prev === undefined || isLater(e, i, prev)) byDay.set(k, i);
  }
  return [...byDay].sort((a, b) => a[0] - b[0]);
}

/**
 * Daily values of a cumulative metric: single-day readings as they are, and increments between
 * to-date readings (same range start) whose ends are one day apart.
 */
export function dailyValues(e: Entries): Map<number, number> {
  const out = new Map<number, number>();
  // Single-day readings first: they are the day's own number.
  for (const [day, i] of latestPerDay(e, (i) => (e.from[i] !== NO_DAY && e.from[i] === e.end[i] ? e.end[i]! : NO_DAY))) {
    out.set(day, e.obs[i]!.value);
  }
  // Then to-date series: group by start, keep the latest reading per end day.
  const byStart = new Map<number, Map<number, number>>();
  for (let i = 0; i < e.obs.length; i++) {
    const from = e.from[i]!;
    if (!e.sure[i] || from === NO_DAY) continue;
    let byEnd = byStart.get(from);
    if (!byEnd) byStart.set(from, (byEnd = new Map()));
    const end = e.end[i]!;
    const prev = byEnd.get(end);
    if (prev === undefined || isLater(e, i, prev)) byEnd.set(end, i);
  }
  for (const byEnd of byStart.values()) {
    for (const [end, i] of byEnd) {
      const before = byEnd.get(end - 1);
      if (before === undefined || out.has(end)) continue;
      const increment = e.obs[i]!.value - e.obs[before]!.value;
      if (increment >= 0) out.set(end, increment);
    }
  }
  return out;
}

export interface SeriesPoint {
  day: number;
  value: number;
}

/** One point per day (the latest sure reading about that day), sorted by day: the input for trends. */
export function dailySeries(e: Entries): SeriesPoint[] {
  return latestPerDay(e, (i) => e.asOf[i]!).map(([day, i]) => ({ day, value: e.obs[i]!.value }));
}

/**
 * Daily rate of a cumulative metric per reading (value ÷ days covered), at the middle of its range:
 * lets totals over different ranges be compared for growth.
 */
export function rateSeries(e: Entries): SeriesPoint[] {
  const mid = (i: number) => {
    const from = e.from[i]!;
    return from === NO_DAY || e.asOf[i]! < from ? NO_DAY : Math.round((from + e.asOf[i]!) / 2);
  };
  return latestPerDay(e, mid).map(([day, i]) => ({ day, value: e.obs[i]!.value / (e.asOf[i]! - e.from[i]! + 1) }));
}
