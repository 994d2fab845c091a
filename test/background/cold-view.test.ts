import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { labelIsMetric } from '../support/background';
import { createHandlers, type Interpretation, type TabPages } from '../../lib/background/service';
import { sessionSummaries, type SummaryArea } from '../../lib/background/goal-summaries';
import { goalLogic } from '../../lib/background/goal-logic';
import { openGoalpostDb, type GoalpostDatabase } from '../../lib/db/open';
import { newGoal } from '../../lib/goals/model';
import type { Goal } from '../../lib/goals/types';
import type { PageRead, PageReport, TabView } from '../../lib/messages';
import type { RawPage } from '../../lib/adapters/types';
import type { Sender } from '../../lib/background/router';

/**
 * The side panel's first answer from a worker the browser stopped and started again: it comes from
 * the views the worker kept (lib/background/goal-summaries.ts), and must be what a warm worker says.
 * Each `worker()` is a fresh createHandlers over the same database and the same storage.session, as
 * after a restart.
 */
const GA4 = 'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome';
const sender: Sender = { id: 'x', url: GA4, tab: { id: 7, url: GA4 } };
let dbCount = 0;

const interpret = labelIsMetric;

const read = (cells: Array<[string, string]>, readAt: string): PageRead => ({
  pageUrl: GA4, title: 'Home', readAt,
  raw: { source: 'ga4', state: 'ready', scope: { account: 'p123456' }, locale: 'en', dateTexts: [], notes: [], cells: cells.map(([label, text], i) => ({ label, text, where: `card ${i}`, group: 0 })) },
});

const goal = (name: string, metric: string, value: number, i: number): Goal =>
  newGoal({ name, metric: metric as 'sessions', target: { kind: 'reach', value }, start: '2026-11-01', deadline: '2026-12-31', scope: { source: 'ga4' } }, `2026-11-01T00:00:0${i}.000Z`);

function browserState() {
  const name = `cold-view-${++dbCount}`;
  const session = new Map<string, unknown>();
  /** Every key asked of storage.session. */
  const asked: string[] = [];
  const area: SummaryArea = {
    get: async (keys) => {
      if (keys) asked.push(...keys);
      return Object.fromEntries([...session].filter(([k]) => keys === null || keys.includes(k)).map(([k, v]) => [k, structuredClone(v)]));
    },
    set: async (items) => Object.entries(items).forEach(([k, v]) => session.set(k, structuredClone(v))),
    remove: async (keys) => keys.forEach((k) => session.delete(k)),
  };
  const pages = new Map<number, PageReport>();
  const tabPages: TabPages = {
    get: async (id) => structuredClone(pages.get(id) ?? null),
    set: async (id, r) => void pages.set(id, structuredClone(r)),
    delete: async (id) => void pages.delete(id),
    getDraft: async () => null,
  };
  let now = new Date('2026-11-24T12:00:00Z');
  /** A worker started afresh; `historyReads` counts its reads of goals' day records. */
  const worker = () => {
    const counts = { historyReads: 0 };
    const handlers = createHandlers({
      db: async () => {
        const db = await openGoalpostDb(name);
        return new Proxy(db, {
          get(target, key) {
            const value = Reflect.get(target, key, target) as unknown;
            if (key === 'transaction')
              return (stores: string | string[], ...rest: unknown[]) => {
                if ([stores].flat().includes('goalDays') && rest[0] !== 'readwrite') counts.historyReads++;
                return (value as (...a: unknown[]) => unknown).call(target, stores, ...rest);
              };
            return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
          },
        }) as GoalpostDatabase;
      },
      interpret, badgeText: () => '', tabPages, logic: goalLogic, now: () => now,
      showWarningCount: () => {}, broadcastChanged: () => {}, startPicker: async () => {}, picksChanged: () => {},
      summaries: sessionSummaries(area),
    });
    return { handlers, counts };
  };
  return { worker, session, asked, setNow: (d: string) => (now = new Date(d)) };
}

/** What a person sees of a goal on the panel: which goal, its progress, its trend. */
const seen = (view: TabView) => view.goals.map((g) => ({ id: g.goal.id, progress: g.progress, trend: g.trend, matched: g.matched?.index }));

async function seeded() {
  const state = browserState();
  const first = state.worker();
  const goals = [goal('Sessions 20K', 'sessions', 20000, 1), goal('Users 5K', 'users', 5000, 2), goal('Sessions 30K', 'sessions', 30000, 3), goal('CPA 40', 'cpa', 40, 4)];
  for (const g of goals) await first.handlers['page/save-goal']({ goal: g }, sender);
  state.setNow('2026-11-23T12:00:00Z');
  await first.handlers['content/page-read'](read([['users', '800'], ['sessions', '11000']], '2026-11-23T12:00:00.000Z'), sender);
  state.setNow('2026-11-24T12:00:00Z');
  await first.handlers['content/page-read'](read([['users', '900'], ['sessions', '12000']], '2026-11-24T12:00:00.000Z'), sender);
  const warm = await first.handlers['page/get-tab-view']({ tabId: 7 }, sender);
  return { state, goals, warm };
}

describe('the side panel’s first answer after the worker was stopped', () => {
  it('shows the same goals with the same progress as a warm worker, without reading any history', async () => {
    const { state, warm } = await seeded();
    expect(warm.goals).toHaveLength(3);
    const cold = state.worker();
    const first = await cold.handlers['page/get-tab-view']({ tabId: 7, firstScreen: 2 }, sender);
    expect(cold.counts.historyReads).toBe(0);
    expect(seen(first)).toEqual(seen(warm).slice(0, 2));
    expect(first.moreGoals).toBe(1);
    expect(first.page).toEqual(warm.page);
    expect(first.unmatched).toEqual(warm.unmatched);
    // The whole view that follows reads the histories and agrees.
    const whole = await cold.handlers['page/get-tab-view']({ tabId: 7 }, sender);
    expect(cold.counts.historyReads).toBeGreaterThan(0);
    expect(seen(whole)).toEqual(seen(warm));
  });

  it('shows a reading stored by a worker that then stopped, not the view kept before it', async () => {
    const { state, warm } = await seeded();
    const second = state.worker();
    await second.handlers['content/page-read'](read([['users', '900'], ['sessions', '15000']], '2026-11-24T12:30:00.000Z'), sender);
    const third = state.worker();
    state.asked.length = 0;
    const first = await third.handlers['page/get-tab-view']({ tabId: 7, firstScreen: 3 }, sender);
    // Only the shown goals' kept views are read, never the goal that is not on this page.
    expect(state.asked.filter((k) => k.startsWith('goal-view:')).sort()).toEqual(first.goals.map((g) => `goal-view:${g.goal.id}`).sort());
    const sessions = first.goals.find((g) => g.goal.name === 'Sessions 20K')!;
    expect(sessions.progress.current).toBe(15000);
    expect(sessions.progress).not.toEqual(warm.goals.find((g) => g.goal.name === 'Sessions 20K')!.progress);
    const fresh = await state.worker().handlers['page/get-tab-view']({ tabId: 7 }, sender);
    expect(seen(first)).toEqual(seen(fresh));
  });

  it('computes from history again on another day, or when a goal or the settings changed', async () => {
    const { state, goals } = await seeded();
    // Another day: every kept view was for yesterday.
    state.setNow('2026-11-25T09:00:00Z');
    const nextDay = state.worker();
    const first = await nextDay.handlers['page/get-tab-view']({ tabId: 7, firstScreen: 3 }, sender);
    expect(nextDay.counts.historyReads).toBeGreaterThan(0);
    expect(seen(first)).toEqual(seen(await state.worker().handlers['page/get-tab-view']({ tabId: 7 }, sender)));
    // An edited target.
    const edited = { ...goals[0]!, target: { ...goals[0]!.target, value: 13000 } };
    await state.worker().handlers['page/save-goal']({ goal: edited }, sender);
    const after = await state.worker().handlers['page/get-tab-view']({ tabId: 7, firstScreen: 3 }, sender);
    const fresh = await state.worker().handlers['page/get-tab-view']({ tabId: 7 }, sender);
    expect(seen(after)).toEqual(seen(fresh));
    expect(after.goals.find((g) => g.goal.id === edited.id)!.progress.target).toBe(13000);
  });

  it('forgets every kept view when goals are imported', async () => {
    const { state } = await seeded();
    expect([...state.session.keys()].some((k) => k.startsWith('goal-view:'))).toBe(true);
    const w = state.worker();
    const exported = await w.handlers['page/export-goals']({ includeHistory: true }, sender);
    await w.handlers['page/import-goals']({ text: exported.json }, sender);
    expect([...state.session.keys()].some((k) => k.startsWith('goal-view:') || k.startsWith('goal-pages:'))).toBe(false);
  });

  it('reads the kept views of only the goals its first screen shows, and of the goals they start after', async () => {
    const state = browserState();
    const first = state.worker();
    // A phase that starts after a goal not on this page: the first screen must still say what it waits for.
    const cpa = goal('CPA 40', 'cpa', 40, 1);
    const phase = { ...goal('Sessions 30K', 'sessions', 30000, 2), after: cpa.id };
    const others = [goal('Users 5K', 'users', 5000, 3), goal('Sessions 20K', 'sessions', 20000, 4), goal('Users 9K', 'users', 9000, 5)];
    for (const g of [cpa, phase, ...others]) await first.handlers['page/save-goal']({ goal: g }, sender);
    await first.handlers['content/page-read'](read([['users', '900'], ['sessions', '12000']], '2026-11-24T12:00:00.000Z'), sender);
    const warm = await first.handlers['page/get-tab-view']({ tabId: 7 }, sender);
    expect(warm.goals.map((g) => g.goal.name)).toEqual(['Sessions 30K', 'Users 5K', 'Sessions 20K', 'Users 9K']);
    expect(warm.goals[0]!.progress.status.params).toMatchObject({ basis: 'waiting', after: 'CPA 40' });

    state.asked.length = 0;
    const cold = state.worker();
    const screen = await cold.handlers['page/get-tab-view']({ tabId: 7, firstScreen: 1 }, sender);
    expect(cold.counts.historyReads).toBe(0);
    expect(seen(screen)).toEqual(seen(warm).slice(0, 1));
    expect(screen.moreGoals).toBe(3);
    expect(screen.unmatched).toEqual(warm.unmatched);
    const viewsRead = state.asked.filter((k) => k.startsWith('goal-view:'));
    expect(viewsRead.sort()).toEqual([`goal-view:${cpa.id}`, `goal-view:${phase.id}`].sort());
  });

  it('reads the history of a goal whose kept view is gone, and still no view of a goal not shown', async () => {
    const { state, warm, goals } = await seeded();
    // As after a read that changed this goal's history, with the worker stopped before it computed again.
    const changed = warm.goals[0]!.goal.id;
    state.session.delete(`goal-view:${changed}`);
    state.session.delete(`goal-pages:${changed}`);
    state.asked.length = 0;
    const cold = state.worker();
    const screen = await cold.handlers['page/get-tab-view']({ tabId: 7, firstScreen: 3 }, sender);
    expect(seen(screen)).toEqual(seen(warm));
    expect(cold.counts.historyReads).toBeGreaterThan(0);
    const notShown = goals.find((g) => !warm.goals.some((v) => v.goal.id === g.id))!;
    expect(state.asked).not.toContain(`goal-view:${notShown.id}`);
  });

  it('counts a goal read on this page before and missing from it now, as the whole view does', async () => {
    const { state, warm } = await seeded();
    const w = state.worker();
    // Sessions disappear from the page: both sessions goals now say "not found" here.
    await w.handlers['content/page-read'](read([['users', '950']], '2026-11-24T13:00:00.000Z'), sender);
    const whole = await w.handlers['page/get-tab-view']({ tabId: 7 }, sender);
    expect(whole.goals.filter((g) => g.progress.warnings.some((x) => x.code === 'metric-not-found'))).toHaveLength(2);
    const cold = state.worker();
    const screen = await cold.handlers['page/get-tab-view']({ tabId: 7, firstScreen: 2 }, sender);
    expect(cold.counts.historyReads).toBe(0);
    expect(seen(screen)).toEqual(seen(whole).slice(0, 2));
    expect(screen.moreGoals).toBe(whole.goals.length - 2);
    expect(warm.goals).toHaveLength(whole.goals.length);
  });
});
