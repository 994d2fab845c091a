/**
 * Team sync in the background: the five messages the Options page and the side panel send, and when a
 * one-shot sync runs. The service worker may stop at any moment, so nothing waits on a live
 * connection: a local write asks for a sync a few seconds later (a timer while the worker lives, and an
 * alarm as the backstop if it stops first), an alarm syncs every few minutes while sync is on, the side
 * panel's first request and "Sync now" sync at once. With sync off, none of this makes a request.
 * No browser globals: the entrypoint passes in the engine and chrome.alarms.
 */
import type { Handlers } from './router';
import type { GoalLogic } from './service';
import type { LocalChange, SyncEngine } from '../sync/engine';
import type { GoalpostDatabase } from '../db/open';
import type { MetricId } from '../metrics/types';
import { listGoals } from '../db/goals';
import { linkExistingObservations } from '../db/observations';
import { equivalentMetrics } from '../metrics/equivalent';
import { formulaMetrics } from '../metrics/derived';

export const SYNC_KINDS = ['page/sync-status', 'page/sync-configure', 'page/sync-now', 'page/sync-conflicts', 'page/sync-resolve'] as const;
export type SyncKind = (typeof SYNC_KINDS)[number];
export type SyncHandlers = Pick<Handlers, SyncKind>;

/** The part of chrome.alarms used here. */
export interface Alarms {
  create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): unknown;
  clear(name: string): unknown;
  get(name: string): Promise<unknown>;
}

export const SYNC_SOON_ALARM = 'goalpost-sync-soon';
export const SYNC_PERIODIC_ALARM = 'goalpost-sync-periodic';
/** After a local write, a sync this much later, so a burst of writes (an import, a busy page) goes in one. */
export const SYNC_DEBOUNCE_MS = 3000;
/**
 * The side panel's sync waits this long after its first request: opening the panel reads the goals
 * and their histories in this worker, and its first screen must not wait behind a sync.
 */
export const PANEL_SYNC_DELAY_MS = 1000;
/** Chrome fires an alarm no sooner than 30 s after it is set (packed extensions): the backstop. */
const BACKSTOP_MINUTES = 0.5;
export const SYNC_PERIOD_MINUTES = 15;

export interface SyncWiringDeps {
  engine: SyncEngine;
  alarms: Alarms;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export interface SyncWiring {
  handlers: SyncHandlers;
  /** A write the app made (ServiceDeps.sharedWrite): into the mirror, and a sync soon. */
  localChange(change: LocalChange): Promise<void>;
  /** chrome.alarms.onAlarm. */
  onAlarm(name: string): Promise<void>;
  /** The side panel opened: sync once its first screen is answered. */
  panelOpened(): void;
  /** Worker or browser start: the periodic alarm matches whether sync is on (alarms may not survive a restart). */
  started(): Promise<void>;
}

export function createSync(deps: SyncWiringDeps): SyncWiring {
  const { engine, alarms } = deps;
  let timer: unknown = null;
  const isOn = async () => (await engine.config())?.enabled === true;

  async function run(): Promise<void> {
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
    await alarms.clear(SYNC_SOON_ALARM);
    if (await isOn()) await engine.syncNow();
  }

  async function periodic(on: boolean): Promise<void> {
    if (!on) await Promise.all([alarms.clear(SYNC_PERIODIC_ALARM), alarms.clear(SYNC_SOON_ALARM)]);
    // Setting an alarm again restarts its wait: a worker that starts every few minutes would never see it fire.
    else if (!(await alarms.get(SYNC_PERIODIC_ALARM))) await alarms.create(SYNC_PERIODIC_ALARM, { delayInMinutes: SYNC_PERIOD_MINUTES, periodInMinutes: SYNC_PERIOD_MINUTES });
  }

  const handlers: SyncHandlers = {
    'page/sync-status': () => engine.status(),
    async 'page/sync-configure'({ config }) {
      const status = await engine.configure(config);
      await periodic(await isOn());
      return status;
    },
    'page/sync-now': () => engine.syncNow(),
    async 'page/sync-conflicts'() {
      return { conflicts: await engine.conflicts() };
    },
    async 'page/sync-resolve'({ goalId, choice }) {
      const conflicts = await engine.resolve(goalId, choice);
      // The resolution reaches the others at the next sync: make it soon.
      await soon();
      return { conflicts };
    },
  };

  /**
   * A sync `ms` from now, unless one is already due: writes that keep coming (a dashboard read every
   * few seconds) are taken by the sync already scheduled, never put it off. Writes made while it runs
   * get one more pass (SyncEngine.syncNow).
   */
  async function soon(ms = SYNC_DEBOUNCE_MS): Promise<void> {
    if (!(await isOn())) return;
    if (timer === null) timer = deps.setTimer(() => void run().catch(() => {}), ms);
    if (!(await alarms.get(SYNC_SOON_ALARM))) await alarms.create(SYNC_SOON_ALARM, { delayInMinutes: BACKSTOP_MINUTES });
  }

  return {
    handlers,
    async localChange(change) {
      await engine.onLocalChange(change);
      await soon();
    },
    async onAlarm(name) {
      if (name === SYNC_SOON_ALARM || name === SYNC_PERIODIC_ALARM) await run();
    },
    panelOpened() {
      void soon(PANEL_SYNC_DELAY_MS).catch(() => {});
    },
    async started() {
      await periodic(await isOn());
    },
  };
}

/** Wraps the side panel's view request: its first request of an opening (the one with `firstScreen`) starts a sync. */
export function syncOnPanelOpen(handler: Handlers['page/get-tab-view'], sync: Pick<SyncWiring, 'panelOpened'>): Handlers['page/get-tab-view'] {
  return (payload, sender) => {
    if (payload.firstScreen !== undefined) sync.panelOpened();
    return handler(payload, sender);
  };
}

/**
 * After a sync wrote pulled records into the app's stores: each goal that arrived, and each goal that
 * reads a metric of the readings that arrived, is linked to the stored readings that fit it, as saving
 * a goal does (another browser's links were made against its own readings, not these).
 */
export async function relinkPulled(db: GoalpostDatabase, logic: Pick<GoalLogic, 'fitsGoal'>, changed: { goalIds: readonly string[]; metrics: readonly MetricId[] }): Promise<string[]> {
  const goalIds = new Set(changed.goalIds);
  const metrics = new Set(changed.metrics);
  const relinked: string[] = [];
  for (const goal of await listGoals(db)) {
    const reads = goal.formula ? formulaMetrics(goal.formula) : [goal.metric, ...equivalentMetrics(goal.metric)];
    if (!goalIds.has(goal.id) && !reads.some((m) => metrics.has(m))) continue;
    await linkExistingObservations(db, goal.id, reads, (o) => logic.fitsGoal(goal, o));
    relinked.push(goal.id);
  }
  return relinked;
}
