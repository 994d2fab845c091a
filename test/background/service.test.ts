import 'fake-indexeddb/auto';
import { labelIsMetric } from '../support/background';
import { describe, expect, it } from 'vitest';
import { createHandlers, type Interpretation, type TabPages } from '../../lib/background/service';
import { goalLogic } from '../../lib/background/goal-logic';
import { openGoalpostDb } from '../../lib/db/open';
import { newGoal } from '../../lib/goals/model';
import type { PageRead, PageReport } from '../../lib/messages';
import type { RawPage } from '../../lib/adapters/types';
import type { Sender } from '../../lib/background/router';

const GA4 = 'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome';
let dbCount = 0;

const interpret = labelIsMetric;

function setup(onSet?: (tabId: number) => Promise<void>) {
  const pages = new Map<number, PageReport>();
  const tabPages: TabPages = {
    get: async (id) => structuredClone(pages.get(id) ?? null),
    set: async (id, r) => {
      await onSet?.(id);
      pages.set(id, structuredClone(r));
    },
    delete: async (id) => void pages.delete(id),
    getDraft: async () => null,
  };
  const warnings: Array<[number, number]> = [];
  const pickersStarted: number[] = [];
  const picksChanged: number[] = [];
  const name = `service-test-${++dbCount}`;
  const handlers = createHandlers({
    db: () => openGoalpostDb(name),
    interpret,
    badgeText: (p) => `${Math.round((p.fraction ?? 0) * 100)}% · ${p.status.code}`,
    tabPages,
    logic: goalLogic,
    now: () => new Date('2026-11-24T12:00:00Z'),
    showWarningCount: (tabId, n) => warnings.push([tabId, n]),
    broadcastChanged: () => {},
    startPicker: async (tabId) => void pickersStarted.push(tabId),
    picksChanged: (tabId) => void picksChanged.push(tabId),
  });
  return { handlers, warnings, pickersStarted, picksChanged };
}

const sender: Sender = { id: 'x', url: GA4, tab: { id: 7, url: GA4 } };
const read = (cells: Array<[string, string]>, over: Partial<PageRead> = {}): PageRead => ({
  pageUrl: GA4,
  title: 'Home',
  readAt: '2026-11-24T12:00:00.000Z',
  raw: {
    source: 'ga4', state: 'ready', scope: { account: 'p123456' }, locale: 'en', dateTexts: [], notes: [],
    cells: cells.map(([label, text], i) => ({ label, text, where: `card ${i}`, group: 0 })),
  },
  ...over,
});

const sessionsGoal = () =>
  newGoal({ name: 'Sessions 20K', metric: 'sessions', target: { kind: 'reach', value: 20000 }, start: '2026-11-01', deadline: '2026-12-31', scope: { source: 'ga4' } }, '2026-11-01T00:00:00.000Z');

describe('background service', () => {
  it('answers a page read with a badge for the cell that matched a goal', async () => {
    const { handlers, warnings } = setup();
    await handlers['page/save-goal']({ goal: sessionsGoal() }, sender);
    const reply = await handlers['content/page-read'](read([['users', '900'], ['sessions', '12000']]), sender);
    expect(reply.stored).toBe(2);
    expect(reply.badges).toEqual([expect.objectContaining({ cell: 1, text: expect.stringMatching(/^60% · /), goal: 'Sessions 20K' })]);
    expect(warnings.at(-1)?.[0]).toBe(7);
  });

  it('applies a read carrying only changed cells to the frame’s last read, and refuses one it cannot', async () => {
    const { handlers } = setup();
    await handlers['page/save-goal']({ goal: sessionsGoal() }, sender);
    const whole = read([['users', '900'], ['sessions', '12000']]);
    await handlers['content/page-read'](whole, sender);
    const changed = read([['sessions', '16000']], { readAt: '2026-11-24T12:00:05.000Z', changes: { since: whole.readAt, at: [1] } });
    const reply = await handlers['content/page-read'](changed, sender);
    expect(reply.badges).toEqual([expect.objectContaining({ cell: 1, text: expect.stringMatching(/^80% · /) })]);
    const view = await handlers['page/get-tab-view']({ tabId: 7 }, sender);
    expect(view.page?.readings.map((r) => r.value)).toEqual([900, 16000]);
    // Another frame of the tab, a read it never had (a restarted worker), a cell it does not have.
    await expect(handlers['content/page-read'](changed, { ...sender, frameId: 2 })).rejects.toThrow(/whole read/);
    await expect(handlers['content/page-read']({ ...changed, changes: { since: '2026-11-24T11:00:00.000Z', at: [1] } }, sender)).rejects.toThrow(/whole read/);
    await expect(handlers['content/page-read']({ ...changed, readAt: '2026-11-24T12:00:09.000Z', changes: { since: changed.readAt, at: [2] } }, sender)).rejects.toThrow(/whole read/);
    // The next changes build on the last read that was applied.
    const again = read([['users', '950']], { readAt: '2026-11-24T12:00:10.000Z', changes: { since: changed.readAt, at: [0] } });
    await handlers['content/page-read'](again, sender);
    expect((await handlers['page/get-tab-view']({ tabId: 7 }, sender)).page?.readings.map((r) => r.value)).toEqual([950, 16000]);
  });

  it('shows the tab’s readings and the matched goal with progress, and offers unmatched readings', async () => {
    const { handlers } = setup();
    await handlers['page/save-goal']({ goal: sessionsGoal() }, sender);
    await handlers['content/page-read'](read([['users', '900'], ['sessions', '12000']]), sender);
    const view = await handlers['page/get-tab-view']({ tabId: 7 }, sender);
    expect(view.page?.readings.map((r) => r.metric)).toEqual(['users', 'sessions']);
    expect(view.goals).toHaveLength(1);
    expect(view.goals[0]!.progress.current).toBe(12000);
    expect(view.goals[0]!.matched?.index).toBe(1);
    expect(view.unmatched).toEqual([0]);
  });

  it('changes a tab’s view only once its readings are history, so a matched goal never shows without progress', async () => {
    let handlers: ReturnType<typeof setup>['handlers'];
    const historyWhenSet: number[] = [];
    ({ handlers } = setup(async () => {
      const goals = (await handlers['page/get-all-goals']({}, sender)).goals;
      historyWhenSet.push(goals[0] ? (await handlers['page/get-goal-history']({ goalId: goals[0].goal.id }, sender)).observations.length : -1);
    }));
    await handlers['page/save-goal']({ goal: sessionsGoal() }, sender);
    await handlers['content/page-read'](read([['sessions', '12000']]), sender);
    expect(historyWhenSet).toEqual([1]);
  });

  it('trusts the browser’s frame URL, not the URL the page claims', async () => {
    const { handlers } = setup();
    await handlers['content/page-read'](read([['sessions', '1']], { pageUrl: 'https://evil.example/' }), sender);
    const view = await handlers['page/get-tab-view']({ tabId: 7 }, sender);
    expect(view.page?.pageUrl).toBe(GA4);
    expect(view.page?.readings[0]?.pageUrl).toBe(GA4);
  });

  it('warns "metric not found" when a page that showed the goal’s metric no longer does', async () => {
    const { handlers } = setup();
    await handlers['page/save-goal']({ goal: sessionsGoal() }, sender);
    await handlers['content/page-read'](read([['sessions', '12000']]), sender);
    await handlers['content/page-read'](read([['users', '900']], { readAt: '2026-11-24T13:00:00.000Z' }), sender);
    const view = await handlers['page/get-tab-view']({ tabId: 7 }, sender);
    expect(view.goals[0]?.progress.warnings.map((w) => w.code)).toContain('metric-not-found');
  });

  it('counts readings taken before the goal existed', async () => {
    const { handlers } = setup();
    await handlers['content/page-read'](read([['sessions', '8000']]), sender);
    await handlers['page/save-goal']({ goal: sessionsGoal() }, sender);
    const all = await handlers['page/get-all-goals']({}, sender);
    expect(all.goals[0]?.progress.current).toBe(8000);
    expect(all.goals[0]?.trend).toEqual([{ readAt: '2026-11-24T12:00:00.000Z', value: 8000 }]);
  });

  it('draws a formula goal’s trend as the KPI day by day, not as the parts it was read from', async () => {
    const { handlers } = setup();
    const goal = newGoal(
      {
        name: 'Revenue per session 2', metric: 'aov', target: { kind: 'reach', value: 2 }, start: '2026-11-01', deadline: '2026-12-31', scope: {},
        formula: { id: 'custom', name: 'Revenue per session', numerator: [{ metric: 'revenue' }], denominator: [{ metric: 'sessions' }], scale: 1, unit: 'currency', direction: 'higher' },
      },
      '2026-11-01T00:00:00.000Z',
    );
    await handlers['page/save-goal']({ goal }, sender);
    await handlers['content/page-read'](read([['revenue', '1000'], ['sessions', '1000']], { readAt: '2026-11-23T12:00:00.000Z' }), sender);
    await handlers['content/page-read'](read([['revenue', '3000'], ['sessions', '2000']]), sender);
    const all = await handlers['page/get-all-goals']({}, sender);
    expect(all.goals[0]?.progress.current).toBe(1.5);
    expect(all.goals[0]?.trend.map((p) => p.value)).toEqual([1, 1.5]);
  });

  it('deletes a goal and returns it, so the side panel can undo', async () => {
    const { handlers } = setup();
    const goal = sessionsGoal();
    await handlers['page/save-goal']({ goal }, sender);
    const { deleted } = await handlers['page/delete-goal']({ goalId: goal.id }, sender);
    expect(deleted).toEqual(goal);
    expect((await handlers['page/get-all-goals']({}, sender)).goals).toEqual([]);
    await handlers['page/save-goal']({ goal: deleted! }, sender);
    expect((await handlers['page/get-all-goals']({}, sender)).goals).toHaveLength(1);
  });

  it('sends each goal’s view once: every goal in allGoals, the ones shown on the page as their index in goals', async () => {
    const { handlers } = setup();
    const users = newGoal({ name: 'Users 5K', metric: 'users', target: { kind: 'reach', value: 5000 }, start: '2026-11-01', deadline: '2026-12-31', scope: { source: 'ga4' } }, '2026-11-01T00:00:01.000Z');
    const cpa = newGoal({ name: 'CPA 40', metric: 'cpa', target: { kind: 'stay-below', value: 40 }, start: '2026-11-01', deadline: '2026-12-31', scope: { source: 'ga4' } }, '2026-11-01T00:00:02.000Z');
    for (const goal of [sessionsGoal(), users, cpa]) await handlers['page/save-goal']({ goal }, sender);
    await handlers['content/page-read'](read([['users', '900'], ['sessions', '12000']]), sender);
    const view = await handlers['page/get-tab-view']({ tabId: 7 }, sender);
    const all = await handlers['page/get-all-goals']({}, sender);
    expect(view.goals.map((g) => g.goal.name).sort()).toEqual(['Sessions 20K', 'Users 5K']);
    const resolved = view.allGoals!.map((v) => (typeof v === 'number' ? view.goals[v]! : v));
    expect(resolved.map((g) => g.goal.id)).toEqual(all.goals.map((g) => g.goal.id));
    expect(view.allGoals!.filter((v) => typeof v !== 'number').map((v) => (v as { goal: { name: string } }).goal.name)).toEqual(['CPA 40']);
    for (const g of resolved) expect(g.progress).toEqual(all.goals.find((a) => a.goal.id === g.goal.id)!.progress);
  });

  it('answers a first screen with only that many of the page’s goals, in the same order, and says how many it left out', async () => {
    const { handlers } = setup();
    const users = newGoal({ name: 'Users 5K', metric: 'users', target: { kind: 'reach', value: 5000 }, start: '2026-11-01', deadline: '2026-12-31', scope: { source: 'ga4' } }, '2026-11-01T00:00:01.000Z');
    const sessions2 = newGoal({ name: 'Sessions 30K', metric: 'sessions', target: { kind: 'reach', value: 30000 }, start: '2026-11-01', deadline: '2026-12-31', scope: { source: 'ga4' } }, '2026-11-01T00:00:02.000Z');
    for (const goal of [sessionsGoal(), users, sessions2]) await handlers['page/save-goal']({ goal }, sender);
    await handlers['content/page-read'](read([['users', '900'], ['sessions', '12000']]), sender);
    const whole = await handlers['page/get-tab-view']({ tabId: 7 }, sender);
    expect(whole.goals).toHaveLength(3);
    expect(whole.moreGoals).toBeUndefined();
    const first = await handlers['page/get-tab-view']({ tabId: 7, firstScreen: 2 }, sender);
    expect(first.goals).toEqual(whole.goals.slice(0, 2));
    expect(first.moreGoals).toBe(1);
    expect(first.allGoals).toBeUndefined();
    expect(first.page).toEqual(whole.page);
    expect(first.unmatched).toEqual(whole.unmatched);
    // A first screen that holds every goal of the page still leaves the other goals' views to the whole view.
    const { moreGoals, allGoals, ...fits } = await handlers['page/get-tab-view']({ tabId: 7, firstScreen: 3 }, sender);
    expect([moreGoals, allGoals]).toEqual([0, undefined]);
    const { allGoals: _all, ...pageOfWhole } = whole;
    expect(fits).toEqual(pageOfWhole);
  });

  it('reuses a goal’s progress until its history, the goal, the day or the settings change', async () => {
    let now = new Date('2026-11-24T12:00:00Z');
    const computed: string[] = [];
    const name = `service-test-${++dbCount}`;
    const handlers = createHandlers({
      db: () => openGoalpostDb(name),
      interpret,
      badgeText: () => '',
      tabPages: { get: async () => null, set: async () => {}, delete: async () => {}, getDraft: async () => null },
      logic: { ...goalLogic, computeProgress: (input) => (computed.push(input.goal.id), goalLogic.computeProgress(input)) },
      now: () => now,
      showWarningCount: () => {},
      broadcastChanged: () => {},
      startPicker: async () => {},
      picksChanged: () => {},
    });
    const goal = sessionsGoal();
    await handlers['page/save-goal']({ goal }, sender);
    const first = await handlers['page/get-all-goals']({}, sender);
    await handlers['page/get-all-goals']({}, sender);
    expect(computed).toHaveLength(1);
    // A new reading for the goal: its history changed.
    await handlers['content/page-read'](read([['sessions', '12000']]), sender);
    const afterRead = await handlers['page/get-all-goals']({}, sender);
    expect(computed.length).toBeGreaterThan(1);
    expect(afterRead.goals[0]!.progress.current).toBe(12000);
    expect(afterRead.goals[0]!.progress).not.toEqual(first.goals[0]!.progress);
    // An edited goal, another day, other settings: each computes again.
    let n = computed.length;
    await handlers['page/save-goal']({ goal: { ...goal, target: { ...goal.target, value: 30000 } } }, sender);
    expect((await handlers['page/get-all-goals']({}, sender)).goals[0]!.progress.target).toBe(30000);
    expect(computed.length).toBe(n + 1);
    n = computed.length;
    now = new Date('2026-11-25T12:00:00Z');
    await handlers['page/get-all-goals']({}, sender);
    expect(computed.length).toBe(n + 1);
    const settings = await handlers['page/get-settings']({}, sender);
    await handlers['page/save-settings']({ settings: { ...settings, focusLimit: settings.focusLimit + 1 } }, sender);
    await handlers['page/get-all-goals']({}, sender);
    expect(computed.length).toBe(n + 2);
  });
});

describe('the goals and settings kept in the worker', () => {
  it('reads them from the database once while the worker lives, and again after every write to them', async () => {
    const reads = { goals: 0, settings: 0 };
    const name = `service-test-${++dbCount}`;
    // Counts the two reads the worker keeps (listGoals: getAll('goals'); getSettings: get('settings', ...)).
    const counted = openGoalpostDb(name).then(
      (db) =>
        new Proxy(db, {
          get(target, key) {
            const value = Reflect.get(target, key, target);
            if (key === 'getAll' || key === 'get')
              return (store: string, ...rest: unknown[]) => {
                if (store === 'goals' && key === 'getAll') reads.goals++;
                if (store === 'settings') reads.settings++;
                return (value as (...a: unknown[]) => unknown).call(target, store, ...rest);
              };
            return typeof value === 'function' ? value.bind(target) : value;
          },
        }),
    );
    const handlers = createHandlers({
      db: () => counted,
      interpret,
      badgeText: () => '',
      tabPages: { get: async () => null, set: async () => {}, delete: async () => {}, getDraft: async () => null },
      logic: goalLogic,
      now: () => new Date('2026-11-24T12:00:00Z'),
      showWarningCount: () => {},
      broadcastChanged: () => {},
      startPicker: async () => {},
      picksChanged: () => {},
    });
    const names = async () => (await handlers['page/get-all-goals']({}, sender)).goals.map((g) => g.goal.name);
    const goal = sessionsGoal();
    await handlers['page/save-goal']({ goal }, sender);
    expect(await names()).toEqual(['Sessions 20K']);
    await handlers['page/get-tab-view']({ tabId: 7 }, sender);
    await names();
    expect(reads.goals).toBe(1);
    // Each write is seen by the next read.
    await handlers['page/save-goal']({ goal: { ...goal, name: 'Sessions 25K' } }, sender);
    expect(await names()).toEqual(['Sessions 25K']);
    const { json } = await handlers['page/export-goals']({ includeHistory: false }, sender);
    await handlers['page/delete-goal']({ goalId: goal.id }, sender);
    expect(await names()).toEqual([]);
    await handlers['page/import-goals']({ text: json }, sender);
    expect(await names()).toEqual(['Sessions 25K']);
    expect(reads.goals).toBe(4);
    // The settings likewise; and a caller changing its copy changes nothing kept.
    const settings = await handlers['page/get-settings']({}, sender);
    settings.bands.atRisk = 0.01;
    expect((await handlers['page/get-settings']({}, sender)).bands.atRisk).not.toBe(0.01);
    expect(reads.settings).toBe(1);
    await handlers['page/save-settings']({ settings: { ...settings, focusLimit: 9 } }, sender);
    expect((await handlers['page/get-settings']({}, sender)).focusLimit).toBe(9);
    expect(reads.settings).toBe(2);
  });
});

describe('numbers picked on other sites', () => {
  const SHOP = 'https://stats.example-shop.com/admin/overview?tab=1#top';
  const fromShop: Sender = { id: 'x', url: SHOP, tab: { id: 9, url: SHOP } };
  const takings = { label: 'Takings this month', path: '#tile-0 > p:nth-of-type(1) > span:nth-of-type(1)', sample: '$48,210.55' };

  it('keeps a pick for the page it was made on (origin and path), and tells that tab to read it', async () => {
    const { handlers, picksChanged } = setup();
    const { pick } = await handlers['content/save-pick']({ locator: takings, metric: 'revenue' }, fromShop);
    expect(pick).toMatchObject({ page: 'https://stats.example-shop.com/admin/overview', metric: 'revenue', locator: takings });
    expect(picksChanged).toEqual([9]);
    expect((await handlers['content/get-picks']({}, fromShop)).picks).toEqual([{ id: pick.id, metric: 'revenue', locator: takings }]);
    const otherPage = 'https://stats.example-shop.com/admin/orders';
    expect((await handlers['content/get-picks']({}, { id: 'x', url: otherPage, tab: { id: 9, url: otherPage } })).picks).toEqual([]);
    expect((await handlers['page/list-picks']({}, sender)).picks).toHaveLength(1);
  });

  it('picking the same number again renames it instead of adding a second pick', async () => {
    const { handlers } = setup();
    const first = await handlers['content/save-pick']({ locator: takings, metric: 'revenue' }, fromShop);
    const again = await handlers['content/save-pick']({ locator: takings, metric: 'conversions' }, fromShop);
    expect(again.pick.id).toBe(first.pick.id);
    expect((await handlers['content/get-picks']({}, fromShop)).picks.map((p) => p.metric)).toEqual(['conversions']);
  });

  it('says which picked numbers the page no longer shows', async () => {
    const { handlers } = setup();
    const { pick } = await handlers['content/save-pick']({ locator: takings, metric: 'revenue' }, fromShop);
    const shopRead = read([], { pageUrl: SHOP });
    shopRead.raw = { ...shopRead.raw, source: 'generic', missingPicks: [pick.id, 'someone-elses-id'] };
    await handlers['content/page-read'](shopRead, fromShop);
    const view = await handlers['page/get-tab-view']({ tabId: 9 }, sender);
    expect(view.page?.missingPicks).toEqual([pick]);
  });

  it('forgets a pick on request', async () => {
    const { handlers } = setup();
    const { pick } = await handlers['content/save-pick']({ locator: takings, metric: 'revenue' }, fromShop);
    expect((await handlers['page/delete-pick']({ id: pick.id }, sender)).deleted).toEqual(pick);
    expect((await handlers['content/get-picks']({}, fromShop)).picks).toEqual([]);
  });

  it('guesses the metric from the label with the catalogue, and leaves unknown labels to the user', async () => {
    const { handlers } = setup();
    expect((await handlers['content/pick-guess']({ label: 'Revenue' }, fromShop)).metric).toBe('revenue');
    expect((await handlers['content/pick-guess']({ label: 'درآمد' }, fromShop)).metric).toBe('revenue');
    expect((await handlers['content/pick-guess']({ label: 'Takings this month' }, fromShop)).metric).toBeNull();
  });

  it('starts the picker in the tab it is asked for', async () => {
    const { handlers, pickersStarted } = setup();
    expect(await handlers['page/start-picker']({ tabId: 9 }, sender)).toEqual({ started: true });
    expect(pickersStarted).toEqual([9]);
  });

  it('refuses picks from pages that are not https', async () => {
    const { handlers } = setup();
    const plain = 'http://intranet.example/stats';
    await expect(handlers['content/save-pick']({ locator: takings, metric: 'revenue' }, { id: 'x', url: plain, tab: { id: 3, url: plain } })).rejects.toThrow(/https/);
  });

  it('a later phase waits until the goal it starts after is met, then counts', async () => {
    const { handlers } = setup();
    const learn = newGoal({ id: 'learn', name: 'Sessions 20K', metric: 'sessions', target: { kind: 'reach', value: 20000 }, start: '2026-11-01', deadline: '2026-12-31', scope: { source: 'ga4' } }, '2026-11-01T00:00:00.000Z');
    const next = newGoal({ id: 'next', name: 'Users 5K', metric: 'users', target: { kind: 'reach', value: 5000 }, start: '2026-11-01', deadline: '2026-12-31', scope: { source: 'ga4' }, after: 'learn' }, '2026-11-01T00:00:00.000Z');
    await handlers['page/save-goal']({ goal: learn }, sender);
    await handlers['page/save-goal']({ goal: next }, sender);
    await handlers['content/page-read'](read([['users', '900'], ['sessions', '12000']]), sender);
    const status = async (id: string) => (await handlers['page/get-all-goals']({}, sender)).goals.find((v) => v.goal.id === id)!.progress.status;
    expect(await status('next')).toMatchObject({ code: 'too-early', params: { basis: 'waiting', after: 'Sessions 20K' } });
    await handlers['content/page-read'](read([['users', '900'], ['sessions', '21000']]), sender);
    expect((await status('learn')).code).toBe('achieved');
    expect((await status('next')).params.basis).not.toBe('waiting');
  });
});
