/**
 * Two (or more) browsers sharing one team database, in Node: each "device" has its own app database
 * (fake-indexeddb), its own mirror and chrome.storage.local stand-in; the "server" is a memory PouchDB
 * every device opens by name (PouchDB's memory adapter shares a store between handles of one name),
 * or an HTTP server where a test needs real responses.
 */
import 'fake-indexeddb/auto';
import memory from 'pouchdb-adapter-memory';
import { Pouch as AppPouch } from '../../lib/sync/pouch';
import { openGoalpostDb, type GoalpostDatabase } from '../../lib/db/open';
import { newGoal } from '../../lib/goals/model';
import type { Goal } from '../../lib/goals/types';
import { SyncEngine, type SyncEngineDeps, type SyncStore } from '../../lib/sync/engine';
import type { MirrorDb, MirrorDoc } from '../../lib/sync/pouch-api';
import type { SyncConfig, SyncStatus } from '../../lib/sync/types';

export const Pouch = AppPouch.plugin(memory);

let count = 0;
export const unique = (name: string) => `${name}-${++count}-${Math.random().toString(36).slice(2, 8)}`;

export const PASSWORD = 'correct-horse-battery-staple';

export function memoryStore(): SyncStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => void data.set(key, structuredClone(value)),
  };
}

export interface Device {
  name: string;
  engine: SyncEngine;
  db: () => Promise<GoalpostDatabase>;
  mirror: MirrorDb;
  store: ReturnType<typeof memoryStore>;
  statuses: SyncStatus[];
  changedGoals: string[][];
  config: SyncConfig;
}

export function makeDevice(name: string, server: string, over: Partial<SyncEngineDeps> & { user?: string; wrapDb?: (db: GoalpostDatabase) => GoalpostDatabase } = {}): Device {
  const dbName = unique(`app-${name}`);
  const mirror = new Pouch(unique(`mirror-${name}`), { adapter: 'memory' });
  const store = memoryStore();
  const statuses: SyncStatus[] = [];
  const changedGoals: string[][] = [];
  let clock = Date.parse('2026-11-24T12:00:00.000Z');
  const db = () => openGoalpostDb(dbName);
  const { wrapDb = (d: GoalpostDatabase) => d, ...deps } = over;
  const engine = new SyncEngine({
    appDb: async () => wrapDb(await db()),
    mirror: () => mirror,
    remote: () => new Pouch(server, { adapter: 'memory' }),
    store,
    hasOrigin: async () => true,
    now: () => new Date((clock += 1000)),
    randomId: () => `device-${name}`,
    appChanged: ({ goalIds }) => void changedGoals.push(goalIds),
    statusChanged: (s) => void statuses.push(s),
    ...deps,
  });
  const config: SyncConfig = { url: 'https://couch.example.com', database: 'goalpost-team', user: over.user ?? name, password: PASSWORD, enabled: true };
  return { name, engine, db, mirror, store, statuses, changedGoals, config };
}

export function goal(over: Partial<Goal> = {}, id = 'g-sessions'): Goal {
  return {
    ...newGoal(
      { id, name: 'Sessions 20K', metric: 'sessions', target: { kind: 'reach', value: 20000 }, start: '2026-11-01', deadline: '2026-12-31', scope: { source: 'ga4' } },
      '2026-11-01T00:00:00.000Z',
    ),
    ...over,
  };
}

/** Every document the server holds, deleted ones and conflicts included. */
export async function serverDocs(server: string): Promise<MirrorDoc[]> {
  const db = new Pouch(server, { adapter: 'memory' });
  const { results } = await db.changes({ since: 0, include_docs: true, style: 'all_docs', conflicts: true });
  return results.flatMap((r) => (r.doc ? [r.doc] : []));
}

export const serverDb = (server: string): MirrorDb => new Pouch(server, { adapter: 'memory' });
