import type { SourceId } from '../dashboards';
import type { Reading } from '../readings';
import { metricFit } from '../metrics/equivalent';
import { CHANNEL_ROWS, isChannelSource, sourceIsChannel } from './channels';
import type { Goal } from './types';

/**
 * Which goals a number read from a dashboard belongs to, and which of several readings is the
 * goal's number. The rule is that a goal's number is the one whose scope says the same thing the
 * goal says: a goal about "Paid search" takes the "Paid search" row, a goal about the whole account
 * takes the totals — never a single row standing in for the whole.
 */

/** The fields matching needs; both Reading and a stored Observation have them. */
export type ReadingLike = Pick<Reading, 'metric' | 'source' | 'scope' | 'where' | 'confidence' | 'readAt'> & Partial<Pick<Reading, 'doubt'>>;

export interface GoalMatch<G extends GoalLike = Goal> {
  goal: G;
  /** Higher is more specific: 3 = the goal's filter row, 2 = totals, 1 = totals of a page the filter names. */
  specificity: number;
  explanation: string;
}

export const SOURCE_NAMES: Readonly<Record<SourceId, string>> = {
  ga4: 'GA4',
  'google-ads': 'Google Ads',
  'meta-ads': 'Meta Ads Manager',
  'search-console': 'Search Console',
  'looker-studio': 'Looker Studio',
  generic: 'the page',
};

/** Case- and width-insensitive text for names typed by people and printed by dashboards. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/\u200c/g, ' ')
    .toLowerCase()
    .replace(/[\u2018\u2019"“”']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Account/property/campaign ids inside a name: "Acme (123-456-7890)" → {"1234567890"}; "p123456" → {"123456"}. */
function idsIn(text: string): Set<string> {
  const ids = new Set<string>();
  for (const m of text.matchAll(/\d[\d-]{3,}\d/g)) {
    const digits = m[0].replace(/-/g, '');
    if (digits.length >= 5) ids.add(digits);
  }
  return ids;
}

/** Same name (normalised) or a shared id of five or more digits. */
export function sameName(a: string, b: string): boolean {
  if (normaliseName(a) === normaliseName(b)) return true;
  const idsA = idsIn(a);
  if (idsA.size === 0) return false;
  for (const id of idsIn(b)) if (idsA.has(id)) return true;
  return false;
}

/** Row keys that are really totals rows: they stand for the whole, like a scorecard. */
const TOTALS_ROW = /^(total|totals|grand total|total: .*|overall|all|sum|المجموع|الإجمالي|جمع کل|مجموع|總計|总计|合計|合计|gesamt|insgesamt|summe|total général|totales)$/u;

function isTotalsRow(row: string | undefined): boolean {
  return row === undefined || row.trim() === '' || TOTALS_ROW.test(normaliseName(row));
}

/** What matching needs of a goal. */
export type GoalLike = Pick<Goal, 'id' | 'metric' | 'scope'> & Partial<Pick<Goal, 'channel' | 'formula'>>;

/**
 * A goal computed from a formula (CAC = cost ÷ new customers) takes readings of its parts: a reading
 * fits when a part names its metric, allows its source, and the part's account/row says the same
 * thing the reading's does. The specificity is the part's, as for a goal of that metric.
 */
function formulaFit(goal: GoalLike, reading: ReadingLike): number {
  let best = 0;
  for (const part of [...goal.formula!.numerator, ...goal.formula!.denominator]) {
    if (part.metric !== reading.metric) continue;
    if (part.sources?.length && !part.sources.includes(reading.source)) continue;
    const scope = { ...(part.account ? { account: part.account } : {}), ...(part.filter ? { filter: part.filter } : {}) };
    best = Math.max(best, scopeFit({ scope }, reading));
  }
  return best;
}

/** How well a reading fits a goal: [specificity (0 = not at all), the goal's own metric rather than an equivalent]. */
function fitOf(goal: GoalLike | Omit<GoalLike, 'id'>, reading: ReadingLike): [number, boolean] {
  if (goal.formula) return [formulaFit(goal as GoalLike, reading), true];
  const metric = metricFit(goal.metric, reading.metric);
  return metric === 0 ? [0, false] : [scopeFit(goal, reading), metric === 2];
}

/** Within one source: the goal's filter row, else the totals; a page already narrowed to the filter counts weakly. */
function rowFit(filter: string | undefined, reading: ReadingLike, totals: boolean): number {
  if (!filter) return totals ? 2 : 0;
  if (!totals) return sameName(filter, reading.scope.row ?? '') ? 3 : 0;
  // Totals of a page already narrowed to the filter (a campaign's own overview) — weaker evidence.
  return normaliseName(reading.where).includes(normaliseName(filter)) ? 1 : 0;
}

/**
 * Why a reading does or does not fit a goal's scope; the number is its specificity (0 = does not fit).
 * A channel narrows what fits: on a dashboard that *is* one channel (Search Console, Google Ads, Meta)
 * only that channel's goals read it; on a site-wide dashboard (GA4, Looker Studio, another site) a
 * channel goal reads only the channel's row, never the total.
 */
function scopeFit(goal: Pick<GoalLike, 'scope' | 'channel'>, reading: ReadingLike): number {
  const { scope } = goal;
  if (scope.source && scope.source !== reading.source) return 0;
  if (scope.account) {
    // A goal pinned to an account never takes numbers from a page that does not say which account it shows.
    if (!reading.scope.account || !sameName(scope.account, reading.scope.account)) return 0;
  }
  const totals = isTotalsRow(reading.scope.row);
  // A number the user pointed at on a site (the email tool's list size) is the channel's by their choice.
  const picked = scope.source === 'generic';
  const channel = goal.channel && goal.channel !== 'all' && !picked ? goal.channel : undefined;
  if (channel) {
    if (isChannelSource(reading.source)) return sourceIsChannel(reading.source, channel) ? rowFit(scope.filter, reading, totals) : 0;
    if (totals) return 0;
    const rows = scope.filter ? [scope.filter] : CHANNEL_ROWS[channel];
    return rows.some((name) => sameName(name, reading.scope.row ?? '')) ? 3 : 0;
  }
  // "All traffic sources" is a site-wide number; one channel's dashboard is not that unless the goal names it.
  if (goal.channel === 'all' && !scope.source && isChannelSource(reading.source)) return 0;
  return rowFit(scope.filter, reading, totals);
}

function lowerFirst(text: string): string {
  // Keep acronyms ("CTR column") as printed.
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/**
 * Why a reading is a goal's number, as a stable code and params (rendered in the UI language from the
 * `match.<code>` templates, the place worded from the reading's `at`) and in English: `row` — the
 * goal's filter row (`params.row` as the page printed it); `totals` — the totals or a scorecard.
 * `params.place` is the English place ("Google Ads campaigns table, CTR column").
 */
export interface MatchExplanation {
  code: 'row' | 'totals';
  params: { row?: string; place: string; source: SourceId };
  text: string;
}

export function matchExplanation(reading: ReadingLike): MatchExplanation {
  const where = reading.where.trim() || 'the page';
  const source = SOURCE_NAMES[reading.source] ?? reading.source;
  const place = source === 'the page' || where.toLowerCase().startsWith(source.toLowerCase()) ? where : `${source} ${lowerFirst(where)}`;
  const row = reading.scope.row?.trim();
  if (row && !isTotalsRow(row)) return { code: 'row', params: { row, place, source: reading.source }, text: `matched '${row}' row in ${place}` };
  return { code: 'totals', params: { place, source: reading.source }, text: `matched the totals in ${place}` };
}

/** "matched 'Paid search' row in Google Ads campaigns table" (English; see matchExplanation). */
export function explainMatch(reading: ReadingLike): string {
  return matchExplanation(reading).text;
}

/** Every goal this reading is a number for, most specific first. */
export function matchGoals<G extends GoalLike>(reading: ReadingLike, goals: readonly G[]): GoalMatch<G>[] {
  const matches: GoalMatch<G>[] = [];
  for (const goal of goals) {
    const [specificity] = fitOf(goal, reading);
    if (specificity > 0) matches.push({ goal, specificity, explanation: explainMatch(reading) });
  }
  return matches.sort((a, b) => b.specificity - a.specificity);
}

export interface BestReading<R extends ReadingLike> {
  reading: R;
  specificity: number;
  explanation: string;
}

/**
 * The reading that best stands for the goal's number: the most specific scope first, then a sure
 * reading over an unsure one, then the latest.
 */
export function pickBestReading<R extends ReadingLike>(goal: Omit<GoalLike, 'id'>, readings: readonly R[]): BestReading<R> | null {
  let best: (BestReading<R> & { exact: boolean }) | null = null;
  for (const reading of readings) {
    // A reading the page's own numbers contradict never stands for a goal's number.
    if (reading.doubt) continue;
    const [specificity, exact] = fitOf(goal, reading);
    if (specificity === 0) continue;
    const candidate = { reading, specificity, explanation: explainMatch(reading), exact };
    if (!best || better(candidate, best)) best = candidate;
  }
  if (!best) return null;
  const { exact: _exact, ...chosen } = best;
  return chosen;
}

/** The most specific scope first, then the goal's own metric over an equivalent, then sure over unsure, then the latest. */
function better<R extends ReadingLike>(candidate: BestReading<R> & { exact: boolean }, than: BestReading<R> & { exact: boolean }): boolean {
  const { reading, specificity } = candidate;
  if (specificity !== than.specificity) return specificity > than.specificity;
  if (candidate.exact !== than.exact) return candidate.exact;
  const sure = reading.confidence === 'sure';
  const otherSure = than.reading.confidence === 'sure';
  if (sure !== otherSure) return sure;
  return reading.readAt > than.reading.readAt;
}
