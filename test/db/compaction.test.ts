import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { goalLogic } from '../../lib/background/goal-logic';
import { linkReadings } from '../../lib/background/link';
import { compactedBefore, compactHistory, dailyCompaction, COMPACTION_KEY } from '../../lib/db/compaction';
import { putGoal } from '../../lib/db/goals';
import { recordReadings } from '../../lib/db/observations';
import { openGoalpostDb, type GoalpostDatabase } from '../../lib/db/open';
import { StorageError } from '../../lib/db/errors';
import { addDays } from '../../lib/goals/dates';
import { newGoal } from '../../lib/goals/model';
import { goalPeriod, type Goal } from '../../lib/goals/types';
import { derivedFormula } from '../../lib/metrics/derived';
import { formulaHistory } from '../../lib/progress/formula-history';
import type { Reading } from '../../lib/readings';
import { buildSnapshot } from '../../lib/share/snapshot';
import type { Sender } from '../../lib/background/router';
import { makeReading } from '../support/readings';
import { storedDataHandlers } from '../support/background';

const TODAY = '2026-11-24';
const NOW = new Date(`${TODAY}T12:00:00Z`);
const GA4_HOME = 'https://analytics.google.com/analytics/web/#/p1/reports/intelligenthome';
const GA4_MONTH = 'https://analytics.google.com/analytics/web/#/p1/reports/ecommerce-purchases';
const ADS = 'https://ads.google.com/aw/campaigns?ocid=1';
const sender: Sender = { id: 'x', url: 'chrome-extension://x/sidepanel.html' };

let n = 0;
const open: GoalpostDatabase[] = [];
async function fresh(): Promise<{ db: GoalpostDatabase; name: string }> {
  const name = `compaction-${++n}`;
  const db = await openGoalpostDb(name);
  open.push(db);
  return { db, name };
}
afterEach(() => {
  vi.restoreAllMocks();
  for (const db of open.splice(0)) db.close();
});

const created = '2026-10-31T00:00:00.000Z';
const GOALS: Goal[] = [
  newGoal({ id: 'sessions', name: 'Sessions 60K', metric: 'sessions', target: { kind: 'reach', value: 60000 }, start: '2026-11-01', deadline: '2026-12-31', scope: { source: 'ga4', account: 'p1' } }, created),
  newGoal({ id: 'organic', name: 'Organic sessions 20K', metric: 'sessions', target: { kind: 'reach', value: 20000 }, start: '2026-11-01', deadline: '2026-12-31', scope: { source: 'ga4', account: 'p1', filter: 'Organic Search' } }, created),
  newGoal({ id: 'cost', name: 'Spend under $9K', metric: 'cost', target: { kind: 'stay-below', value: 9000 }, start: '2026-11-01', deadline: '2026-12-31', scope: { source: 'google-ads', account: 'a1' } }, created),
  newGoal(
    {
      id: 'roas', name: 'ROAS 4', metric: 'roas', target: { kind: 'reach', value: 4 }, start: '2026-11-01', deadline: '2026-12-31', scope: {},
      formula: { ...derivedFormula('roas'), numerator: [{ metric: 'revenue', sources: ['ga4'] }], denominator: [{ metric: 'cost', sources: ['google-ads'] }] },
    },
    created,
  ),
  newGoal(
    {
      id: 'cpc', name: 'Cost per click under $2', metric: 'cpc', target: { kind: 'stay-below', value: 2 }, start: '2026-11-01', deadline: '2026-12-31', scope: {},
      formula: { id: 'custom', name: 'Cost per click', numerator: [{ metric: 'cost' }], denominator: [{ metric: 'clicks' }], scale: 1, unit: 'currency', direction: 'lower' },
    },
    created,
  ),
];

/**
 * Twenty days of three dashboards read five times a day, every number moving at each read, with what
 * makes keeping the right readings hard: a value that comes back later in the day (the day record then
 * stands for an earlier stored reading), unsure readings read after sure ones, one metric over two date
 * ranges on two pages (a formula's parts align on either), a table row beside its total, and numbers no
 * goal tracks.
 */
function pageReads(day: string, d: number): Reading[][] {
  const last28 = { start: addDays(day, -28), end: addDays(day, -1) };
  const last7 = { start: addDays(day, -7), end: addDays(day, -1) };
  const reads: Reading[][] = [];
  for (const [h, hour] of [9, 11, 13, 15, 17].entries()) {
    const readAt = `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;
    // 09:00 and 15:00 show the same sessions: the 15:00 reading repeats the 09:00 one.
    const step = h === 3 ? 0 : h;
    const ga4 = { source: 'ga4' as const, pageUrl: GA4_HOME, readAt, dateRange: last28 };
    const home: Reading[] = [
      makeReading({ ...ga4, metric: 'sessions', value: 1000 + d * 100 + step * 7, scope: { account: 'p1' }, where: 'Home, “Sessions” card' }),
      makeReading({ ...ga4, metric: 'sessions', value: 400 + d * 40 + h * 3, scope: { account: 'p1', row: 'Organic Search' }, where: 'Traffic acquisition table' }),
      makeReading({ ...ga4, metric: 'revenue', value: 5000 + d * 300 + h * 11, unit: 'currency', currency: 'USD', scope: { account: 'p1' }, where: 'Home, “Revenue” card' }),
      makeReading({ ...ga4, metric: 'users', value: 800 + d * 80 + h, scope: { account: 'p1' }, where: 'Home, “Users” card' }),
      makeReading({ ...ga4, metric: 'pageviews', value: 3000 + d * 90 + h * 5, scope: { account: 'p1' }, where: 'Home, “Views” card' }),
    ];
    // A late, unsure reading of the sessions total on odd days: the day record stays the sure one.
    if (h === 4 && d % 2) home.push(makeReading({ ...ga4, metric: 'sessions', value: 99999, confidence: 'unsure', scope: { account: 'p1' }, where: 'Home, a chart label' }));
    reads.push(home);
    if (h % 2 === 0) {
      reads.push([
        makeReading({ source: 'ga4', pageUrl: GA4_MONTH, readAt, dateRange: last7, metric: 'revenue', value: 4000 + d * 250 + h * 13, unit: 'currency', currency: 'USD', scope: { account: 'p1' }, where: 'Purchases, totals' }),
      ]);
    }
    const ads = { source: 'google-ads' as const, pageUrl: ADS, readAt, dateRange: last28, scope: { account: 'a1' } };
    reads.push([
      makeReading({ ...ads, metric: 'cost', value: 1200 + d * 60 + h * 9, unit: 'currency', currency: 'USD', where: 'Campaigns, totals' }),
      makeReading({ ...ads, metric: 'clicks', value: 700 + d * 30 + h * 4, where: 'Campaigns, totals' }),
      makeReading({ ...ads, metric: 'cost', value: 300 + d * 20 + h * 2, unit: 'currency', currency: 'USD', scope: { account: 'a1', row: 'Brand' }, where: 'Campaigns table' }),
    ]);
  }
  return reads;
}

/** The same twenty days, stored as a page read stores them (the goals linked as lib/background/link.ts does). */
async function seed(db: GoalpostDatabase, days = 20): Promise<void> {
  for (const goal of GOALS) await putGoal(db, goal);
  for (let d = 0; d < days; d++) {
    const day = addDays('2026-11-01', d);
    for (const readings of pageReads(day, d)) {
      const linked = linkReadings(GOALS, readings, goalLogic);
      await recordReadings(db, readings, (_r, i) => linked.get(i) ?? []);
    }
  }
}

/** A background as a restarted service worker has it: nothing cached. */
const handlersOn = (name: string) => storedDataHandlers(name, NOW);

/**
 * Every figure the side panel and a snapshot show for each goal: its progress (value, pace, status,
 * forecast, warnings, a formula's parts) and trend line, the snapshot made of them, and for formula
 * goals the KPI day by day that the goal's detail chart draws.
 */
async function figures(name: string) {
  const handlers = handlersOn(name);
  const { goals: views } = await handlers['page/get-all-goals']({}, sender);
  const snapshot = buildSnapshot({
    takenAt: NOW.toISOString(), scope: { kind: 'all' }, locale: 'en', readings: [],
    goals: views.map((v) => ({ goal: v.goal, progress: v.progress, history: v.trend })),
  });
  const formulaDays: Record<string, unknown> = {};
  for (const v of views) {
    if (!v.goal.formula) continue;
    const { observations } = await handlers['page/get-goal-history']({ goalId: v.goal.id }, sender);
    formulaDays[v.goal.id] = formulaHistory(v.goal.formula, observations, goalPeriod(v.goal));
  }
  return { views, snapshot, formulaDays };
}

/** Two databases holding the same history; the second compacted as of TODAY. */
async function twins() {
  const full = await fresh();
  const compacted = await fresh();
  await seed(full.db);
  await seed(compacted.db);
  return { full, compacted };
}

describe('compacting history older than a week', () => {
  it('keeps every figure the side panel and snapshots show, for plain and formula goals', async () => {
    const { full, compacted } = await twins();
    const before = await compacted.db.count('observations');
    const result = await compactHistory(compacted.db, TODAY);
    // Days before 2026-11-17 are compacted; the week before today keeps every reading.
    expect(result.days).toBe(16);
    expect(await compactedBefore(compacted.db)).toBe('2026-11-17');
    expect(result.removed).toBeGreaterThan(before / 2);
    expect(await compacted.db.count('observations')).toBe(before - result.removed);
    const recent = await compacted.db.countFromIndex('observations', 'by-day', IDBKeyRange.lowerBound('2026-11-17'));
    expect(recent).toBe(await full.db.countFromIndex('observations', 'by-day', IDBKeyRange.lowerBound('2026-11-17')));

    const want = await figures(full.name);
    const got = await figures(compacted.name);
    // The comparison means something: every goal has a value and a trend over the days read.
    for (const v of want.views) {
      expect(v.progress.current, v.goal.id).not.toBeNull();
      expect(v.trend.length, v.goal.id).toBeGreaterThanOrEqual(15);
    }
    expect(Object.keys(want.formulaDays).sort()).toEqual(['cpc', 'roas']);
    expect(got).toEqual(want);
  });

  it('keeps what a goal’s day records are rebuilt from when the goal is edited', async () => {
    const { full, compacted } = await twins();
    await compactHistory(compacted.db, TODAY);
    for (const { name } of [full, compacted]) {
      const handlers = handlersOn(name);
      // Saving a goal relinks its history and rebuilds its day records from the stored observations.
      for (const goal of GOALS) await handlers['page/save-goal']({ goal: { ...goal, name: `${goal.name} (renamed)`, updatedAt: NOW.toISOString() } }, sender);
    }
    expect(await figures(compacted.name)).toEqual(await figures(full.name));
  });

  it('keeps what an export with history needs: importing it gives the same figures', async () => {
    const { full, compacted } = await twins();
    await compactHistory(compacted.db, TODAY);
    const exported = async (name: string) => JSON.parse((await handlersOn(name)['page/export-goals']({ includeHistory: true }, sender)).json) as { observations: unknown[] };
    const [fromFull, fromCompacted] = [await exported(full.name), await exported(compacted.name)];
    expect(fromCompacted.observations.length).toBeLessThan(fromFull.observations.length / 2);
    const imported = async (file: unknown) => {
      const target = await fresh();
      await handlersOn(target.name)['page/import-goals']({ text: JSON.stringify(file) }, sender);
      // Which stored observation a formula part came from is the database's own key, which an import assigns afresh.
      return JSON.parse(JSON.stringify(await figures(target.name), (key, value: unknown) => (key === 'observationId' ? undefined : value)));
    };
    expect(await imported(fromCompacted)).toEqual(await imported(fromFull));
  });

  it('changes nothing when run again, even over days already compacted', async () => {
    const { compacted } = await twins();
    await compactHistory(compacted.db, TODAY);
    const count = await compacted.db.count('observations');
    const want = await figures(compacted.name);
    expect(await compactHistory(compacted.db, TODAY)).toMatchObject({ removed: 0, days: 0 });
    // Forget where it got to: every day is looked at again, and what a compacted day keeps stays.
    await compacted.db.delete('meta', COMPACTION_KEY);
    expect(await compactHistory(compacted.db, TODAY)).toMatchObject({ removed: 0, days: 16 });
    expect(await compacted.db.count('observations')).toBe(count);
    expect(await figures(compacted.name)).toEqual(want);
  });

  it('stopped halfway (a failed write), leaves consistent data and finishes on the next run', async () => {
    const { full, compacted } = await twins();
    const reference = await fresh();
    await seed(reference.db);
    await compactHistory(reference.db, TODAY);
    const count = await compacted.db.count('observations');
    // The 5th day's deletes fail partway: the days before it are done, that day's batches before the
    // failure are kept, the failing one is rolled back.
    const del = IDBObjectStore.prototype.delete;
    let calls = 0;
    let failAt = Number.POSITIVE_INFINITY;
    vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === failAt) throw new DOMException('disk', 'UnknownError');
      return del.apply(this, args);
    });
    const perDay = (count - (await reference.db.count('observations'))) / 16;
    failAt = Math.round(perDay * 4.5);
    // Batches of 10: a day takes several transactions, and the failure comes between two of them.
    await expect(compactHistory(compacted.db, TODAY, { batch: 10 })).rejects.toBeInstanceOf(StorageError);
    vi.restoreAllMocks();
    expect(await compactedBefore(compacted.db)).toBe('2026-11-05');
    const midway = await compacted.db.count('observations');
    expect(midway).toBeLessThan(count);
    expect(midway).toBeGreaterThan(await reference.db.count('observations'));
    // Consistent: every figure is what it was.
    expect(await figures(compacted.name)).toEqual(await figures(full.name));
    await compactHistory(compacted.db, TODAY, { batch: 10 });
    expect(await compacted.db.count('observations')).toBe(await reference.db.count('observations'));
    expect(await figures(compacted.name)).toEqual(await figures(full.name));
  });

  it('never deletes what a goal saved while a day was being compacted now needs', async () => {
    const { full, compacted } = await twins();
    // A goal on the numbers no goal tracked yet, saved after compaction has read the days it will compact.
    const views = newGoal({ id: 'views', name: 'Views 5K', metric: 'pageviews', target: { kind: 'reach', value: 5000 }, start: '2026-11-01', deadline: '2026-12-31', scope: { source: 'ga4' } }, created);
    const getAll = compacted.db.getAll.bind(compacted.db);
    let saved: Promise<unknown> | null = null;
    vi.spyOn(compacted.db, 'getAll').mockImplementation(async (...args: Parameters<typeof getAll>) => {
      const out = await getAll(...args);
      saved ??= handlersOn(compacted.name)['page/save-goal']({ goal: views }, sender);
      await saved;
      return out;
    });
    await compactHistory(compacted.db, TODAY);
    await handlersOn(full.name)['page/save-goal']({ goal: views }, sender);
    expect(saved).not.toBeNull();
    // The day read before the save keeps what the new goal was linked to meanwhile; later days keep it by rule.
    expect(await figures(compacted.name)).toEqual(await figures(full.name));
  });

  it('compacts a day that got readings long after it (an import), reading it by index instead of by id', async () => {
    const { full, compacted } = await twins();
    // A reading of the 3rd stored after the 20th: the 3rd's ids are no longer one run.
    const late = [makeReading({ metric: 'sessions', value: 1234, scope: { account: 'p1' }, readAt: '2026-11-03T18:00:00.000Z', dateRange: { start: '2026-10-06', end: '2026-11-02' }, pageUrl: GA4_HOME })];
    for (const { db } of [full, compacted]) await recordReadings(db, late, () => ['sessions']);
    const before = await compacted.db.countFromIndex('observations', 'by-day', '2026-11-03');
    await compactHistory(compacted.db, TODAY);
    expect(await compacted.db.countFromIndex('observations', 'by-day', '2026-11-03')).toBeLessThan(before / 2);
    expect((await compacted.db.get('goalDays', ['sessions', '2026-11-03']))?.value).toBe(1234);
    expect(await figures(compacted.name)).toEqual(await figures(full.name));
  });

  it('leaves a page read made during compaction whole', async () => {
    const { compacted } = await twins();
    const today = [makeReading({ metric: 'sessions', value: 4242, scope: { account: 'p1' }, readAt: `${TODAY}T11:00:00.000Z`, dateRange: { start: '2026-10-27', end: '2026-11-23' } })];
    const [, stored] = await Promise.all([compactHistory(compacted.db, TODAY), recordReadings(compacted.db, today, () => ['sessions'])]);
    expect(stored.added).toBe(1);
    expect((await compacted.db.get('goalDays', ['sessions', TODAY]))?.value).toBe(4242);
  });
});

describe('the daily run', () => {
  it('runs once a day, after a read rather than during it, and again the next day', async () => {
    const { db } = await fresh();
    await seed(db, 12);
    let now = new Date(`2026-11-15T10:00:00Z`);
    const done: number[] = [];
    const daily = dailyCompaction(async () => db, () => now, { delayMs: 20, onDone: (r) => done.push(r.days) });
    daily.afterRead();
    daily.afterRead();
    // Not during the read: nothing has run yet.
    expect(await compactedBefore(db)).toBe('');
    await vi.waitFor(() => expect(done).toEqual([7]), { timeout: 5000 });
    expect(await compactedBefore(db)).toBe('2026-11-08');
    daily.afterRead();
    expect(await daily.run()).toBeNull();
    now = new Date(`2026-11-16T10:00:00Z`);
    daily.afterRead();
    await vi.waitFor(() => expect(done).toEqual([7, 1]), { timeout: 5000 });
  });

  it('tries again after a failed run', async () => {
    const errors: unknown[] = [];
    let fail = true;
    const { db } = await fresh();
    const daily = dailyCompaction(
      async () => {
        if (fail) throw new DOMException('gone', 'UnknownError');
        return db;
      },
      () => NOW,
      { onError: (e) => errors.push(e) },
    );
    expect(await daily.run()).toBeNull();
    expect(errors).toHaveLength(1);
    fail = false;
    expect(await daily.run()).toMatchObject({ removed: 0 });
  });
});
