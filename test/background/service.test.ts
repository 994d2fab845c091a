import 'fake-indexeddb/auto';
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

/** A stand-in interpreter: each cell's text is its value, its label its metric. */
function interpret(raw: RawPage): Interpretation {
  return {
    dateRange: { start: '2026-11-01', end: '2026-11-23' },
    readings: raw.cells.map((c, cell) => ({
      cell,
      reading: {
        metric: c.label as 'sessions', value: Number(c.text), unit: 'count', precision: 0.5, label: c.label, text: c.text,
        source: raw.source, scope: raw.scope, dateRange: { start: '2026-11-01', end: '2026-11-23' }, where: c.where, confidence: 'sure',
      },
    })),
    unrecognised: [],
    notes: [],
  };
}

function setup() {
  const pages = new Map<number, PageReport>();
  const tabPages: TabPages = {
    get: async (id) => structuredClone(pages.get(id) ?? null),
    set: async (id, r) => void pages.set(id, structuredClone(r)),
    delete: async (id) => void pages.delete(id),
    getDraft: async () => null,
  };
  const warnings: Array<[number, number]> = [];
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
  });
  return { handlers, warnings };
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
