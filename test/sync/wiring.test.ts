/**
 * Team sync as the background wires it: the app's own handlers report each shared write, a sync
 * follows on a timer (and an alarm, should the worker stop first), on the side panel's first request
 * and on "Sync now"; pulled records reach what the handlers show at once. Two browsers, one server.
 */
import { describe, expect, it, vi } from 'vitest';
import { labelIsMetric } from '../support/background';
import { createHandlers, type Interpretation } from '../../lib/background/service';
import { goalLogic } from '../../lib/background/goal-logic';
import type { Sender } from '../../lib/background/router';
import { createSync, relinkPulled, syncOnPanelOpen, SYNC_PERIODIC_ALARM, SYNC_SOON_ALARM, type SyncWiring } from '../../lib/background/sync-handlers';
import { listGoals } from '../../lib/db/goals';
import type { PageRead, PageReport } from '../../lib/messages';
import type { RawPage } from '../../lib/adapters/types';
import type { SyncConfig } from '../../lib/sync/types';
import { goal, makeDevice, serverDb, serverDocs, unique } from './helpers';

const GA4 = 'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome';
const fromPage: Sender = { id: 'x', url: 'chrome-extension://x/sidepanel.html' };
const fromTab: Sender = { id: 'x', url: GA4, tab: { id: 7, url: GA4 } };

const interpret = labelIsMetric;

const pageRead = (value: number): PageRead => ({
  pageUrl: GA4,
  title: 'Home',
  readAt: '2026-11-24T12:00:00.000Z',
  raw: { source: 'ga4', state: 'ready', scope: { account: 'p123456' }, locale: 'en', dateTexts: [], notes: [], cells: [{ label: 'sessions', text: String(value), where: 'card', group: 0 }] },
});

/** One browser's background, wired as entrypoints/background.ts wires it. */
function browserProfile(name: string, server: string, opts: { granted?: boolean } = {}) {
  const alarms = new Map<string, { delayInMinutes?: number; periodInMinutes?: number }>();
  const timers: Array<() => void> = [];
  const inFlight: Array<Promise<unknown>> = [];
  let remotes = 0;
  let forget = () => {};
  const broadcasts: Array<number | null> = [];
  let sync: SyncWiring;
  const device = makeDevice(name, server, {
    remote: () => (remotes++, serverDb(server)),
    hasOrigin: async () => opts.granted ?? true,
    async appChanged(changed) {
      await relinkPulled(await device.db(), goalLogic, changed);
      forget();
      broadcasts.push(null);
    },
  });
  sync = createSync({
    engine: device.engine,
    alarms: {
      create: async (n, info) => void alarms.set(n, info),
      clear: async (n) => alarms.delete(n),
      get: async (n) => alarms.get(n),
    },
    setTimer: (fn) => timers.push(fn),
    clearTimer: () => {},
  });
  const pages = new Map<number, PageReport>();
  const service = createHandlers({
    db: device.db,
    interpret,
    badgeText: () => '',
    tabPages: { get: async (id) => pages.get(id) ?? null, set: async (id, r) => void pages.set(id, r), delete: async () => {}, getDraft: async () => null },
    logic: goalLogic,
    now: () => new Date('2026-11-24T12:00:00Z'),
    showWarningCount: () => {},
    broadcastChanged: (tabId) => broadcasts.push(tabId),
    startPicker: async () => {},
    picksChanged: () => {},
    sharedWrite: (change) => void inFlight.push(sync.localChange(change)),
    onOutsideWrite: (f) => void (forget = f),
  });
  const handlers = { ...service, ...sync.handlers, 'page/get-tab-view': syncOnPanelOpen(service['page/get-tab-view'], sync) };
  return {
    ...device,
    handlers,
    sync,
    alarms,
    broadcasts,
    remotes: () => remotes,
    pendingTimers: () => timers.length,
    /** The shared writes reported so far have reached the mirror (and scheduled their sync). */
    writesDone: () => Promise.all([...inFlight]),
    /** Lets the shared writes reach the mirror, then runs the debounce timer as it would fire. */
    async settle() {
      await Promise.all(inFlight.splice(0));
      const due = timers.splice(0);
      for (const fn of due) fn();
      await device.engine.syncNow();
    },
  };
}

const configure = (p: ReturnType<typeof browserProfile>, over: Partial<SyncConfig> = {}) => p.handlers['page/sync-configure']({ config: { ...p.config, ...over } }, fromPage);

describe('team sync in the background', () => {
  it('with sync off, saving, reading and opening the panel schedule nothing and make no request', async () => {
    const alice = browserProfile('alice', unique('server'));
    await alice.handlers['page/save-goal']({ goal: goal() }, fromPage);
    await alice.handlers['content/page-read'](pageRead(12000), fromTab);
    await alice.handlers['page/get-tab-view']({ tabId: 7, firstScreen: 5 }, fromPage);
    await alice.settle();
    expect(await alice.handlers['page/sync-now']({}, fromPage)).toMatchObject({ state: 'off' });
    expect(alice.alarms.size).toBe(0);
    expect(alice.remotes()).toBe(0);
    expect(await alice.handlers['page/sync-conflicts']({}, fromPage)).toEqual({ conflicts: [] });
  });

  it('refuses a plain-http server that is not this computer, and a server whose origin was not granted', async () => {
    const alice = browserProfile('alice', unique('server'));
    expect(await configure(alice, { url: 'http://couch.example.com' })).toMatchObject({ state: 'error', error: { code: 'bad-url' } });
    const bob = browserProfile('bob', unique('server'), { granted: false });
    expect(await configure(bob, { url: 'https://couch.example.com' })).toMatchObject({ state: 'error', error: { code: 'permission-not-granted' } });
    expect(await configure(bob, { url: 'http://localhost:5984' })).toMatchObject({ state: 'error', error: { code: 'permission-not-granted', detail: 'http://localhost/*' } });
    expect(alice.remotes() + bob.remotes()).toBe(0);
    expect((await alice.handlers['page/sync-status']({}, fromPage)).state).toBe('off');
    expect(alice.alarms.size + bob.alarms.size).toBe(0);
  });

  it('a goal saved and a page read in one browser reach the other’s side panel', async () => {
    const server = unique('server');
    const alice = browserProfile('alice', server);
    const bob = browserProfile('bob', server);
    expect(await configure(alice)).toMatchObject({ state: 'idle', server: { url: 'https://couch.example.com', database: 'goalpost-team', user: 'alice' } });
    expect(await configure(bob)).toMatchObject({ state: 'idle' });
    expect(alice.alarms.get(SYNC_PERIODIC_ALARM)).toMatchObject({ periodInMinutes: 15 });
    // The password is never handed back to a page.
    expect(JSON.stringify(await alice.handlers['page/sync-status']({}, fromPage))).not.toContain(alice.config.password);

    // Bob's panel is open (and has read the goals once) before Alice's goal arrives.
    expect((await bob.handlers['page/get-all-goals']({}, fromPage)).goals).toEqual([]);

    await alice.handlers['page/save-goal']({ goal: goal() }, fromPage);
    await alice.handlers['content/page-read'](pageRead(12000), fromTab);
    await alice.writesDone();
    expect(alice.alarms.has(SYNC_SOON_ALARM)).toBe(true);
    // Both writes go in one sync: the second does not put off the one the first scheduled.
    expect(alice.pendingTimers()).toBe(1);
    await alice.settle();
    expect(alice.alarms.has(SYNC_SOON_ALARM)).toBe(false);
    expect((await serverDocs(server)).map((d) => d._id).filter((id) => !id.startsWith('_')).sort()).toEqual([
      'goal:g-sessions',
      expect.stringMatching(/^obs:sessions\|ga4\|p123456\|/),
    ]);

    // Opening Bob's side panel syncs, once its first screen is answered.
    await bob.handlers['page/get-tab-view']({ tabId: 3, firstScreen: 5 }, fromPage);
    expect(await listGoals(await bob.db())).toEqual([]);
    await vi.waitFor(() => expect(bob.alarms.has(SYNC_SOON_ALARM)).toBe(true));
    await bob.settle();
    expect(await listGoals(await bob.db())).toHaveLength(1);
    const views = (await bob.handlers['page/get-all-goals']({}, fromPage)).goals;
    expect(views.map((v) => v.goal.name)).toEqual(['Sessions 20K']);
    expect(views[0]!.progress.current).toBe(12000);
    expect(bob.broadcasts).toContain(null);
  });

  it('a reading stored before its goal arrived counts for the goal once it does', async () => {
    const server = unique('server');
    const alice = browserProfile('alice', server);
    const bob = browserProfile('bob', server);
    await configure(alice);
    await configure(bob);
    // Bob reads the page while no goal wants it; Alice makes the goal.
    await bob.handlers['content/page-read'](pageRead(15000), fromTab);
    await alice.handlers['page/save-goal']({ goal: goal() }, fromPage);
    await alice.settle();
    await bob.settle();
    const views = (await bob.handlers['page/get-all-goals']({}, fromPage)).goals;
    expect(views[0]!.progress.current).toBe(15000);
  });

  it('resolving a conflict from the side panel schedules the sync that clears it elsewhere', async () => {
    const server = unique('server');
    const alice = browserProfile('alice', server);
    const bob = browserProfile('bob', server);
    await configure(alice);
    await configure(bob);
    await alice.handlers['page/save-goal']({ goal: goal() }, fromPage);
    await alice.settle();
    await bob.settle();
    await alice.handlers['page/save-goal']({ goal: goal({ notes: 'alice', updatedAt: '2026-11-24T13:00:00.000Z' }) }, fromPage);
    await bob.handlers['page/save-goal']({ goal: goal({ notes: 'bob', updatedAt: '2026-11-24T13:01:00.000Z' }) }, fromPage);
    await alice.settle();
    await bob.settle();
    await alice.settle();
    const { conflicts } = await alice.handlers['page/sync-conflicts']({}, fromPage);
    expect(conflicts).toMatchObject([{ goalId: 'g-sessions', kind: 'edit-edit', fields: [{ field: 'notes', mine: 'alice', theirs: 'bob' }] }]);
    expect((await alice.handlers['page/sync-status']({}, fromPage)).conflicts).toBe(1);

    alice.alarms.delete(SYNC_SOON_ALARM);
    expect(await alice.handlers['page/sync-resolve']({ goalId: 'g-sessions', choice: { keep: 'theirs' } }, fromPage)).toEqual({ conflicts: [] });
    expect(alice.alarms.has(SYNC_SOON_ALARM)).toBe(true);
    // What the panel shows changed at once.
    expect((await alice.handlers['page/get-all-goals']({}, fromPage)).goals[0]!.goal.notes).toBe('bob');
    await alice.settle();
    await bob.settle();
    expect((await bob.handlers['page/sync-conflicts']({}, fromPage)).conflicts).toEqual([]);
    expect((await bob.handlers['page/get-all-goals']({}, fromPage)).goals[0]!.goal.notes).toBe('bob');
  });

  it('an alarm after the worker restarted still syncs, and turning sync off stops the alarms', async () => {
    const server = unique('server');
    const alice = browserProfile('alice', server);
    await configure(alice);
    await alice.handlers['page/save-goal']({ goal: goal() }, fromPage);
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 50));
    // The worker stopped before its timer ran: the backstop alarm fires in the next one.
    await alice.sync.onAlarm(SYNC_SOON_ALARM);
    expect((await serverDocs(server)).some((d) => d._id === 'goal:g-sessions')).toBe(true);
    expect((await alice.handlers['page/sync-status']({}, fromPage)).pending).toBe(0);

    expect(await configure(alice, { enabled: false, password: '' })).toMatchObject({ state: 'off' });
    expect(alice.alarms.size).toBe(0);
    // Turned off, the password is forgotten; the server stays shown for turning it on again.
    expect(JSON.stringify([...alice.store.data.values()])).not.toContain(alice.config.password);
    expect((await alice.handlers['page/sync-status']({}, fromPage)).server).toMatchObject({ user: 'alice' });
    const before = alice.remotes();
    await alice.handlers['page/save-goal']({ goal: goal({ name: 'Offline edit' }) }, fromPage);
    await alice.sync.onAlarm(SYNC_PERIODIC_ALARM);
    await alice.settle();
    expect(alice.remotes()).toBe(before);
  });
});
