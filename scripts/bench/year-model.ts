/**
 * A year of heavy use, as data: which page reads reach the background on each working day, for 20
 * dashboards. Pure (no browser, no Node): the bench bundles it into an extension page, where each read
 * is stored by the background's own code (scripts/bench/year-page.ts).
 *
 * The model. Working days (Monday to Friday), 9:00–18:00 UTC. Every dashboard is open all day and read
 * every 5 minutes (each re-render of the single-page app is a read): 108 reads a dashboard a day. Its
 * numbers change only when the platform refreshes its data: hourly on the ad platforms (Google Ads,
 * Meta), three times a day on the others (GA4, Search Console, Looker Studio), every number at once.
 * The read loop sends a read only when something it read changed (lib/content/read-loop.ts), and whole
 * after every page load; the user reloads each dashboard four times a day. So what reaches the
 * background is each refresh plus four identical whole reads, which the database deduplicates.
 */
import type { ReadingDraft } from '../../lib/adapters/types';
import type { Reading } from '../../lib/readings';

export interface YearDashboard {
  /** Where it is served: a real dashboard URL. */
  url: string;
  /** What the real interpreter read on the fixture page this dashboard is made from. */
  readings: ReadingDraft[];
  /** How many times a working day its numbers change. */
  refreshesPerDay: number;
}

export interface YearDay {
  day: string;
  /** Each read the background receives: one page's readings, in order of time. */
  reads: Reading[][];
  /** Reads the content script made (every 5 minutes), sent or not. */
  readsMade: number;
}

const START_HOUR = 9;
const SLOTS = 108; // 9:00 to 17:55, every 5 minutes
const LOADS = [0, 30, 60, 90]; // page loads at 9:00, 11:30, 14:00, 16:30

export const isWorkingDay = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d !== 0 && d !== 6;
};

export function addDay(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The working days among the `calendarDays` days ending with `lastDay`. */
export function workingDays(lastDay: string, calendarDays: number): string[] {
  const days: string[] = [];
  for (let i = calendarDays - 1; i >= 0; i--) {
    const day = addDay(lastDay, -i);
    if (isWorkingDay(day)) days.push(day);
  }
  return days;
}

/** A number as the page would print it after `steps` refreshes since the start of the year. */
function evolve(r: ReadingDraft, dayIndex: number, refresh: number, dash: number): { value: number; text: string } {
  // Slow growth over the year, a little more at each refresh of the day, different on each dashboard.
  const factor = (1 + dayIndex * 0.002) * (1 + refresh * 0.01) * (1 + dash * 0.013);
  if (r.unit === 'percent' || r.unit === 'ratio') {
    const value = Math.round(r.value * (1 + ((dayIndex + refresh + dash) % 17) * 0.003) * 100) / 100;
    return { value, text: r.unit === 'percent' ? `${value}%` : String(value) };
  }
  const decimals = r.unit === 'currency' ? 2 : r.unit === 'duration' ? 0 : 0;
  const value = Math.round(r.value * factor * 10 ** decimals) / 10 ** decimals;
  return { value, text: value.toLocaleString('en', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) };
}

/** Which refresh of the day a 5-minute slot shows (refreshes evenly spread over the working hours). */
const refreshAt = (slot: number, perDay: number) => Math.min(perDay - 1, Math.floor((slot * perDay) / SLOTS));

/** The reads of one dashboard on one day that reach the background. */
export function dashboardDay(dash: YearDashboard, dashIndex: number, day: string, dayIndex: number): { reads: Reading[][]; made: number } {
  const reads: Reading[][] = [];
  // "Last 28 days", ending yesterday: the range moves every day, as on a real dashboard.
  const dateRange = { start: addDay(day, -28), end: addDay(day, -1) };
  for (let slot = 0; slot < SLOTS; slot++) {
    const refresh = refreshAt(slot, dash.refreshesPerDay);
    const changed = slot > 0 && refresh !== refreshAt(slot - 1, dash.refreshesPerDay);
    if (!changed && !LOADS.includes(slot)) continue;
    const minutes = START_HOUR * 60 + slot * 5;
    const readAt = `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00.000Z`;
    reads.push(
      dash.readings.map((r) => ({
        ...r,
        ...evolve(r, dayIndex, refresh, dashIndex),
        dateRange: r.dateRange ? dateRange : null,
        pageUrl: dash.url,
        readAt,
      })),
    );
  }
  return { reads, made: SLOTS };
}

export function yearDay(dashboards: readonly YearDashboard[], day: string, dayIndex: number): YearDay {
  const reads: Reading[][] = [];
  let readsMade = 0;
  const perDash = dashboards.map((d, i) => dashboardDay(d, i, day, dayIndex));
  // Interleaved by time across dashboards, as the tabs' reads arrive.
  const all = perDash.flatMap((p) => p.reads).sort((a, b) => a[0]!.readAt.localeCompare(b[0]!.readAt));
  for (const p of perDash) readsMade += p.made;
  reads.push(...all.filter((r) => r.length));
  return { day, reads, readsMade };
}
