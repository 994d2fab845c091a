/**
 * The demo's one small data model: what each demo dashboard shows, for any day, and the goals seeded
 * beside it with ~90 days of history. Everything is computed from the day it is run (`today`), so the
 * pages print this week's dates and every goal's period overlaps what the pages show — the demo never
 * goes stale.
 *
 * - The period: every page shows the last 90 days, `start` … yesterday (`end`); the goals start on
 *   `start`, so a page's numbers are each goal's progress to date.
 * - Daily numbers per dashboard row come from a seeded generator (a slow trend, a weekly rhythm, a little
 *   noise); a range's figures are sums over its days, and ratios are worked out from those sums
 *   (CTR = clicks ÷ impressions, CPA = cost ÷ conversions, …), so the pages agree with themselves as the
 *   extension checks they do (lib/interpret/checks.ts).
 * - History: one reading a day for each goal, the figure to date as the dashboard showed it the morning
 *   after, imported as a goals file (the extension's own import format, lib/goals/transfer.ts).
 * - Targets are set so that the goals land in every status (on track, at risk, behind, achieved): each
 *   is checked with the extension's own progress engine (lib/progress) against that history and today's
 *   page reading, and moved until it lands where the demo means it to.
 */
import { newGoal, type GoalInput } from '../../lib/goals/model';
import type { Goal } from '../../lib/goals/types';
import { computeProgress, progressSettings } from '../../lib/progress';
import type { Observation, StatusCode } from '../../lib/progress/types';
import type { MetricId } from '../../lib/metrics/types';
import type { SourceId } from '../../lib/dashboards';
import type { NumberUnit } from '../../lib/parse/types';
import { localIsoDate } from '../../lib/time';
import { LOCALES, type DemoLanguage } from './locales';

export const PERIOD_DAYS = 90;
/** Goals run half a year from `start`: on the demo's day a half of the period has passed. */
export const GOAL_DAYS = 180;
/** More goals than the default focus limit (5) across five dashboards: the demo raises it. */
export const DEMO_FOCUS_LIMIT = 12;

const DAY = 86_400_000;
export const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
export const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);

/** mulberry32, seeded from a string: the same numbers every run. */
function random(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
  let a = (h = (h << 13) | (h >>> 19));
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A weekday rhythm (Monday high, weekend low) for the day `iso`. */
const weekday = (iso: string, depth: number) => {
  const wd = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return 1 + depth * [-0.9, 0.35, 0.3, 0.2, 0.15, 0.05, -0.75][wd]!;
};

/** Daily values: `base` a day, growing by `growth` over the 90 days, with a weekly rhythm and noise. */
function daily(seed: string, days: readonly string[], base: number, growth = 0.2, rhythm = 0.15, noise = 0.08): number[] {
  const r = random(seed);
  return days.map((d, i) => Math.max(0, base * (1 + (growth * i) / days.length) * weekday(d, rhythm) * (1 + noise * (r() * 2 - 1))));
}

/** Rows of a table, each with daily series per measure; sums over a range of days. */
export class Table<M extends string> {
  readonly rows: Array<{ name: string; series: Record<M, number[]> }>;
  constructor(
    readonly days: readonly string[],
    rows: Array<{ name: string; series: Record<M, number[]> }>,
  ) {
    this.rows = rows;
  }
  private index(iso: string) {
    return this.days.indexOf(iso);
  }
  /** Sum of measure `m` over days from..to for row `row` (all rows when undefined). */
  sum(m: M, from: string, to: string, row?: string): number {
    const a = this.index(from);
    const b = this.index(to);
    let total = 0;
    for (const r of this.rows) {
      if (row !== undefined && r.name !== row) continue;
      for (let i = a; i <= b; i++) total += r.series[m][i]!;
    }
    return total;
  }
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
/** What a compact number ("48.2K") stands for: three significant digits. */
export const threeDigits = (n: number) => (n === 0 ? 0 : round(n, 2 - Math.floor(Math.log10(Math.abs(n)))));

export interface DemoData {
  today: string;
  start: string;
  end: string;
  days: string[];
  ga4: Table<'activeUsers' | 'newUsers' | 'revenue' | 'engagement'>;
  ads: Table<'impressions' | 'clicks' | 'cost' | 'conversions'>;
  meta: Table<'impressions' | 'reach' | 'results' | 'spend' | 'linkClicks'>;
  sc: Table<'clicks' | 'impressions' | 'positionSum'>;
  looker: Table<'sessions' | 'users' | 'bounces' | 'conversions' | 'revenue'>;
}

export const ADS_CAMPAIGNS = ['Brand – Search', 'Generic – Search', 'Performance Max – Shop', 'Display – Remarketing', 'YouTube – Awareness'] as const;
export const META_CAMPAIGNS = ['Holiday Sale – Purchases', 'Prospecting – Traffic', 'Retargeting – Catalogue', 'Winter Teaser – Video'] as const;
/** What each Meta campaign's results are ("Purchases", "Link clicks"). */
export const META_RESULT_TYPE: Record<string, 'purchases' | 'link-clicks'> = {
  'Holiday Sale – Purchases': 'purchases',
  'Prospecting – Traffic': 'link-clicks',
  'Retargeting – Catalogue': 'purchases',
  'Winter Teaser – Video': 'link-clicks',
};
export const SC_QUERIES = ['goalpost extension', 'smart goals template', 'marketing goals tracker', 'ga4 goal tracking', 'ad spend pacing'] as const;
export const LOOKER_SOURCES = ['google / organic', '(direct) / (none)', 'google / cpc', 'newsletter / email'] as const;

export function demoData(now: Date): DemoData {
  const today = localIsoDate(now);
  const start = addDays(today, -PERIOD_DAYS);
  const end = addDays(today, -1);
  const days = Array.from({ length: PERIOD_DAYS }, (_, i) => addDays(start, i));
  const series = <M extends string>(seed: string, spec: Record<M, [number, number?, number?]>) =>
    Object.fromEntries((Object.entries(spec) as Array<[string, [number, number?, number?]]>).map(([m, [base, growth, rhythm]]) => [m, daily(`${seed}/${m}`, days, base, growth, rhythm)])) as Record<M, number[]>;

  const ga4 = new Table(days, [{ name: '', series: series('ga4', { activeUsers: [540, 0.3], newUsers: [410, 0.3], revenue: [315, 0.35], engagement: [540 * 64, 0.32] }) }]);
  const adsShape: Record<(typeof ADS_CAMPAIGNS)[number], [number, number, number, number]> = {
    // impressions, CTR, CPC, conversion rate per day
    'Brand – Search': [1500, 0.071, 0.61, 0.062],
    'Generic – Search': [6100, 0.027, 1.24, 0.041],
    'Performance Max – Shop': [8600, 0.016, 1.05, 0.048],
    'Display – Remarketing': [17000, 0.0042, 0.39, 0.021],
    'YouTube – Awareness': [29000, 0.0017, 0.84, 0.004],
  };
  const ads = new Table(
    days,
    ADS_CAMPAIGNS.map((name) => {
      const [impr, ctr, cpc, cvr] = adsShape[name];
      const impressions = daily(`ads/${name}/i`, days, impr, 0.18, 0.2);
      const r = random(`ads/${name}/r`);
      const clicks = impressions.map((v) => v * ctr * (0.9 + 0.2 * r()));
      const cost = clicks.map((v) => v * cpc * (0.92 + 0.16 * r()));
      const conversions = clicks.map((v) => Math.round(v * cvr * (0.8 + 0.4 * r()) * 2) / 2);
      return { name, series: { impressions: impressions.map(Math.round), clicks: clicks.map(Math.round), cost: cost.map((v) => round(v, 2)), conversions } };
    }),
  );
  const metaShape: Record<(typeof META_CAMPAIGNS)[number], [number, number, number, number]> = {
    // impressions, link CTR, CPM, results per link click
    'Holiday Sale – Purchases': [2300, 0.013, 20.4, 0.11],
    'Prospecting – Traffic': [3900, 0.023, 6.3, 1],
    'Retargeting – Catalogue': [1050, 0.021, 14.6, 0.2],
    'Winter Teaser – Video': [650, 0.006, 8.2, 1],
  };
  const meta = new Table(
    days,
    META_CAMPAIGNS.map((name) => {
      const [impr, ctr, cpm, perClick] = metaShape[name];
      const impressions = daily(`meta/${name}/i`, days, impr, 0.1, 0.1).map(Math.round);
      const r = random(`meta/${name}/r`);
      const linkClicks = impressions.map((v) => Math.round(v * ctr * (0.85 + 0.3 * r())));
      const spend = impressions.map((v) => round((v / 1000) * cpm * (0.9 + 0.2 * r()), 2));
      const results = linkClicks.map((v) => Math.round(v * perClick * (0.8 + 0.4 * r())));
      const reach = impressions.map((v) => Math.round(v * 0.42));
      return { name, series: { impressions, reach, results, spend, linkClicks } };
    }),
  );
  const sc = new Table(days, [
    { name: '', series: (() => {
      const impressions = daily('sc/i', days, 2100, 0.35, 0.25).map(Math.round);
      const r = random('sc/r');
      const clicks = impressions.map((v) => Math.round(v * 0.046 * (0.9 + 0.2 * r())));
      // Impression-weighted position, improving from ~13 to ~10 over the 90 days.
      const positionSum = impressions.map((v, i) => v * (13.2 - (3.6 * i) / days.length) * (0.95 + 0.1 * r()));
      return { clicks, impressions, positionSum };
    })() },
  ]);
  const lookerShape: Record<(typeof LOOKER_SOURCES)[number], [number, number, number, number]> = {
    // sessions, bounce rate, conversion rate, revenue per conversion
    'google / organic': [310, 0.44, 0.021, 38],
    '(direct) / (none)': [190, 0.39, 0.028, 41],
    'google / cpc': [150, 0.47, 0.043, 35],
    'newsletter / email': [46, 0.33, 0.052, 29],
  };
  const looker = new Table(
    days,
    LOOKER_SOURCES.map((name) => {
      const [base, bounce, cvr, aov] = lookerShape[name];
      const sessions = daily(`looker/${name}/s`, days, base, 0.22, 0.2).map(Math.round);
      const r = random(`looker/${name}/r`);
      // Bounce rate falls slowly over the period: the landing-page work is paying off, a little.
      const bounces = sessions.map((v, i) => Math.round(v * bounce * (1.04 - (0.07 * i) / days.length) * (0.94 + 0.12 * r())));
      const users = sessions.map((v) => Math.round(v * 0.86));
      const conversions = sessions.map((v) => Math.round(v * cvr * (0.7 + 0.6 * r())));
      const revenue = conversions.map((v) => round(v * aov * (0.85 + 0.3 * r()), 2));
      return { name, series: { sessions, users, bounces, conversions, revenue } };
    }),
  );
  return { today, start, end, days, ga4, ads, meta, sc, looker };
}

/** A goal of the demo: what it is about, how its number is read from its dashboard, where it should land. */
export interface DemoGoalSpec {
  key: string;
  source: Exclude<SourceId, 'generic'>;
  metric: MetricId;
  unit: NumberUnit;
  currency?: string;
  /** The goal's name in each language; `{t}` is the target as the language prints it. */
  names: Record<DemoLanguage, string>;
  /** The figure its dashboard prints for from..to, as printed (rounded as the page rounds it). */
  value(from: string, to: string): number;
  /** ± half of the printed figure's last unit. */
  precision: number;
  label: string;
  where: string;
  status: Extract<StatusCode, 'on-track' | 'at-risk' | 'behind' | 'achieved'>;
  /** The goal before its target is tuned; `t` is the tuning knob (see targetFor). */
  input(t: number): Omit<GoalInput, 'metric' | 'name' | 'start' | 'deadline' | 'scope'>;
  /** Knob values to try, the preferred first. */
  knobs: number[];
}

export interface DemoGoal {
  spec: DemoGoalSpec;
  goal: Goal;
  /** The goal's history as imported (one reading a day before today). */
  history: Observation[];
  /** Today's reading as the page shows it. */
  current: number;
  /** The status the extension's engine gives it today. */
  status: StatusCode;
}

export interface DemoUrls {
  ga4: string;
  'google-ads': string;
  'meta-ads': string;
  'search-console': string;
  'looker-studio': string;
}

const ymd = (iso: string) => iso.replace(/-/g, '');

export function demoUrls(data: Pick<DemoData, 'start' | 'end'>): DemoUrls {
  return {
    ga4: `https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome?params=_u..nav%3Dmaui%26_u.date00%3D${ymd(data.start)}%26_u.date01%3D${ymd(data.end)}`,
    'google-ads': 'https://ads.google.com/aw/campaigns?ocid=98765432&authuser=0',
    'meta-ads': 'https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=1234567890123456',
    'search-console': `https://search.google.com/search-console/performance/search-analytics?resource_id=sc-domain%3Aexample.com&start_date=${ymd(data.start)}&end_date=${ymd(data.end)}`,
    'looker-studio': 'https://lookerstudio.google.com/u/0/reporting/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/page/p_k2m9x8a1bd',
  };
}

/** The demo's goals, one knob each: a target (cumulative, holds) or a baseline (levels moving to a target). */
export function goalSpecs(d: DemoData): DemoGoalSpec[] {
  const to = (n: number, digits: number) => round(n, digits);
  const sum = <M extends string>(t: Table<M>, m: M, row?: string) => (a: string, b: string) => t.sum(m, a, b, row);
  const nice = (n: number) => {
    const step = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
    return Math.round(n / step) * step;
  };
  const elapsed = (daysBetween(d.start, d.end) + 1) / GOAL_DAYS;
  /** Targets for a total so far of `now` to be at `ratios` of the pace (a cap: spent `ratios` of it). */
  const cum = (now: number, ratios: number[]) => ratios.map((r) => nice(now / (elapsed * r)));
  return [
    {
      key: 'ga4-revenue',
      source: 'ga4',
      metric: 'revenue',
      unit: 'currency',
      currency: 'USD',
      names: { en: 'Online revenue {t} this half-year', fa: 'درآمد آنلاین {t} در این نیم‌سال', zh: '本半年线上收入 {t}' },
      value: (a, b) => threeDigits(d.ga4.sum('revenue', a, b)),
      precision: 50,
      label: 'Total revenue',
      where: 'Home, “Total revenue” card',
      status: 'on-track',
      input: (t) => ({ target: { kind: 'reach', value: t }, stage: 'convert', channel: 'all', objective: 'Grow online sales' }),
      knobs: cum(d.ga4.sum('revenue', d.start, d.end), [1.12, 1.06, 1.2]),
    },
    {
      key: 'ga4-active-users',
      source: 'ga4',
      metric: 'active-users',
      unit: 'count',
      names: { en: 'Active users {t} by the deadline', fa: '{t} کاربر فعال تا موعد', zh: '截止前活跃用户达到 {t}' },
      value: (a, b) => threeDigits(d.ga4.sum('activeUsers', a, b)),
      precision: 50,
      label: 'Active users',
      where: 'Home, “Active users” card',
      status: 'at-risk',
      input: (t) => ({ target: { kind: 'reach', value: t }, stage: 'reach', channel: 'all' }),
      knobs: cum(d.ga4.sum('activeUsers', d.start, d.end), [0.92, 0.9, 0.95, 0.88]),
    },
    {
      key: 'ads-conversions',
      source: 'google-ads',
      metric: 'conversions',
      unit: 'count',
      names: { en: 'Paid search conversions {t}', fa: '{t} تبدیل از جست‌وجوی پولی', zh: '付费搜索转化 {t} 次' },
      value: (a, b) => to(d.ads.sum('conversions', a, b), 2),
      precision: 0.005,
      label: 'Conversions',
      where: 'Campaigns table, totals row, Conversions column',
      status: 'behind',
      input: (t) => ({ target: { kind: 'reach', value: t }, stage: 'convert', channel: 'paid-search', objective: 'Profitable paid search' }),
      knobs: cum(d.ads.sum('conversions', d.start, d.end), [0.72, 0.65, 0.78]),
    },
    {
      key: 'ads-cpa',
      source: 'google-ads',
      metric: 'cpa',
      unit: 'currency',
      currency: 'USD',
      names: { en: 'Paid search CPA under {t}', fa: 'هزینهٔ هر تبدیل زیر {t}', zh: '付费搜索每次转化费用低于 {t}' },
      value: (a, b) => to(d.ads.sum('cost', a, b) / d.ads.sum('conversions', a, b), 2),
      precision: 0.005,
      label: 'Cost / conv.',
      where: 'Campaigns table, totals row, Cost / conv. column',
      status: 'on-track',
      input: (t) => ({ target: { kind: 'stay-below', value: t }, stage: 'convert', channel: 'paid-search', objective: 'Profitable paid search' }),
      knobs: [25, 30, 35],
    },
    {
      key: 'ads-ctr',
      source: 'google-ads',
      metric: 'ctr',
      unit: 'percent',
      names: { en: 'Paid search CTR at least {t}', fa: 'نرخ کلیک جست‌وجوی پولی دست‌کم {t}', zh: '付费搜索点击率至少 {t}' },
      value: (a, b) => to((100 * d.ads.sum('clicks', a, b)) / d.ads.sum('impressions', a, b), 2),
      precision: 0.005,
      label: 'CTR',
      where: 'Campaigns table, totals row, CTR column',
      status: 'at-risk',
      input: (t) => ({ target: { kind: 'stay-above', value: t }, stage: 'reach', channel: 'paid-search' }),
      knobs: [1.2, 1.1, 1.0, 1.3, 0.9],
    },
    {
      key: 'meta-spend',
      source: 'meta-ads',
      metric: 'cost',
      unit: 'currency',
      currency: 'USD',
      names: { en: 'Meta ad spend within the {t} budget', fa: 'هزینهٔ تبلیغات متا در بودجهٔ {t}', zh: 'Meta 广告花费控制在 {t} 预算内' },
      value: (a, b) => to(d.meta.sum('spend', a, b), 2),
      precision: 0.005,
      label: 'Amount spent',
      where: 'Campaigns table, totals row, Amount spent column',
      status: 'on-track',
      input: (t) => ({ target: { kind: 'stay-below', value: t }, stage: 'reach', channel: 'social' }),
      knobs: cum(d.meta.sum('spend', d.start, d.end), [0.85, 0.8, 0.75]),
    },
    {
      key: 'meta-reach',
      source: 'meta-ads',
      metric: 'reach',
      unit: 'count',
      names: { en: 'Reach {t} people on Meta', fa: 'دسترسی به {t} نفر در متا', zh: 'Meta 覆盖 {t} 人' },
      value: (a, b) => Math.round(d.meta.sum('reach', a, b)),
      precision: 0.5,
      label: 'Reach',
      where: 'Campaigns table, totals row, Reach column',
      status: 'achieved',
      input: (t) => ({ target: { kind: 'reach', value: t }, stage: 'reach', channel: 'social' }),
      knobs: [nice(d.meta.sum('reach', d.start, d.end) * 0.9), nice(d.meta.sum('reach', d.start, d.end) * 0.8)],
    },
    {
      key: 'sc-clicks',
      source: 'search-console',
      metric: 'clicks',
      unit: 'count',
      names: { en: 'Organic clicks {t} this half-year', fa: '{t} کلیک ارگانیک در این نیم‌سال', zh: '本半年自然点击 {t} 次' },
      value: (a, b) => Math.round(d.sc.sum('clicks', a, b)),
      precision: 0.5,
      label: 'Total clicks',
      where: 'Performance, “Total clicks” card',
      status: 'on-track',
      input: (t) => ({ target: { kind: 'reach', value: t }, stage: 'reach', channel: 'organic', objective: 'Organic visibility' }),
      knobs: cum(d.sc.sum('clicks', d.start, d.end), [1.1, 1.05, 1.2]),
    },
    {
      key: 'sc-position',
      source: 'search-console',
      metric: 'average-position',
      unit: 'count',
      names: { en: 'Average position {t} or better', fa: 'میانگین جایگاه {t} یا بهتر', zh: '平均排名 {t} 或更好' },
      value: (a, b) => to(d.sc.sum('positionSum', a, b) / d.sc.sum('impressions', a, b), 1),
      precision: 0.05,
      label: 'Average position',
      where: 'Performance, “Average position” card',
      status: 'at-risk',
      // The knob is the baseline typed when the goal was set.
      input: (b) => ({ target: { kind: 'decrease-to', value: 8 }, baseline: { value: b, obtained: 'typed', asOf: d.start }, stage: 'reach', channel: 'organic', objective: 'Organic visibility' }),
      knobs: [13.5, 13.2, 13.8, 13, 14],
    },
    {
      key: 'looker-bounce',
      source: 'looker-studio',
      metric: 'bounce-rate',
      unit: 'percent',
      names: { en: 'Bounce rate below {t}', fa: 'نرخ پرش زیر {t}', zh: '跳出率低于 {t}' },
      value: (a, b) => to((100 * d.looker.sum('bounces', a, b)) / d.looker.sum('sessions', a, b), 2),
      precision: 0.005,
      label: 'Bounce rate',
      where: 'Marketing overview, “Bounce rate” card',
      status: 'behind',
      input: (b) => ({ target: { kind: 'decrease-to', value: 36 }, baseline: { value: b, obtained: 'typed', asOf: d.start }, stage: 'act', channel: 'all', objective: 'Better landing pages' }),
      knobs: [45, 44.5, 45.5, 44, 46],
    },
    {
      key: 'looker-sessions',
      source: 'looker-studio',
      metric: 'sessions',
      unit: 'count',
      names: { en: 'Sessions {t} this half-year', fa: '{t} جلسه در این نیم‌سال', zh: '本半年会话 {t} 次' },
      value: (a, b) => Math.round(d.looker.sum('sessions', a, b)),
      precision: 0.5,
      label: 'Sessions',
      where: 'Marketing overview, “Sessions” card',
      status: 'on-track',
      input: (t) => ({ target: { kind: 'reach', value: t }, stage: 'reach', channel: 'all' }),
      knobs: cum(d.looker.sum('sessions', d.start, d.end), [1.1, 1.05, 1.2]),
    },
  ];
}

/** The goal's name with its target as the language prints it ("$65K", "۶۵ هزار", "6.5万"). */
function nameOf(spec: DemoGoalSpec, target: number, language: DemoLanguage): string {
  const l = LOCALES[language];
  const t = spec.unit === 'percent' ? l.pct(target, target % 1 ? 1 : 0) : spec.unit === 'currency' ? (target >= 1000 ? l.compactMoney(target) : l.money(target, 0)) : target >= 10_000 ? l.compact(target) : l.int(target);
  return spec.names[language].replace('{t}', t);
}

/** The goal's readings before today: the figure from `start` to each day, read the morning after. */
function historyOf(d: DemoData, spec: DemoGoalSpec, goalId: string, pageUrl: string): Observation[] {
  const out: Observation[] = [];
  for (let i = 0; i < PERIOD_DAYS - 1; i++) {
    const to = d.days[i]!;
    const readDay = addDays(to, 1);
    const value = spec.value(d.start, to);
    const range = { start: d.start, end: to };
    const key = [spec.metric, spec.source, '', '', `${range.start}..${range.end}`, value, spec.unit, spec.currency ?? '', readDay].join('|');
    out.push({
      metric: spec.metric,
      value,
      unit: spec.unit,
      ...(spec.currency ? { currency: spec.currency } : {}),
      precision: spec.precision,
      dateRange: range,
      source: spec.source,
      scope: {},
      label: spec.label,
      text: String(value),
      where: spec.where,
      confidence: 'sure',
      pageUrl,
      readAt: `${readDay}T08:30:00.000Z`,
      day: readDay,
      dedupKey: `demo|${key}`,
      goalIds: [goalId],
    });
  }
  return out;
}

/**
 * The demo's goals in one language, with their histories, each target tuned with the progress engine
 * so the goal lands in the status its spec means. Ids are stable per goal and language.
 */
export function demoGoals(d: DemoData, language: DemoLanguage, now: Date): DemoGoal[] {
  const urls = demoUrls(d);
  const createdAt = `${d.start}T09:00:00.000Z`;
  const settings = progressSettings(d.today, { focusLimit: DEMO_FOCUS_LIMIT });
  const specs = goalSpecs(d);
  return specs.map((spec) => {
    const id = `demo-${spec.key}-${language}`;
    const current = spec.value(d.start, d.end);
    const todayReading: Observation = {
      ...historyOf(d, spec, id, urls[spec.source])[0]!,
      value: current,
      dateRange: { start: d.start, end: d.end },
      readAt: now.toISOString(),
      day: now.toISOString().slice(0, 10),
      dedupKey: 'today',
    };
    let best: DemoGoal | null = null;
    for (const knob of spec.knobs) {
      const rest = spec.input(knob);
      const goal: Goal = {
        ...newGoal(
          { ...rest, name: nameOf(spec, rest.target.value, language), metric: spec.metric, start: d.start, deadline: addDays(d.start, GOAL_DAYS - 1), scope: { source: spec.source }, id },
          createdAt,
        ),
        // Reviewed a week ago: the demo's goals are looked after.
        lastReviewedAt: `${addDays(d.today, -7)}T10:00:00.000Z`,
        updatedAt: `${addDays(d.today, -7)}T10:00:00.000Z`,
      };
      const history = historyOf(d, spec, id, urls[spec.source]);
      const progress = computeProgress({ goal, history: [...history, todayReading], settings, activeGoalCount: specs.length });
      const found: DemoGoal = { spec, goal, history, current, status: progress.status.code };
      best ??= found;
      if (progress.status.code === spec.status) return found;
    }
    return best!;
  });
}

/** The goals file the demo imports (lib/goals/transfer.ts's format). */
export function goalsFile(goals: readonly DemoGoal[], now: Date): string {
  return JSON.stringify({
    format: 'goalpost-goals',
    formatVersion: 1,
    exportedAt: now.toISOString(),
    goals: goals.map((g) => g.goal),
    observations: goals.flatMap((g) => g.history),
  });
}
