/**
 * Team sync's figures for `npm run bench`: how long the engine takes to send 1,000 and 10,000
 * readings to a CouchDB-compatible server and to bring them into a second browser's stores, next to
 * PouchDB replicating the same documents alone (the floor the engine adds its work to), measured in
 * the same run; and what team sync adds to background.js, from a second build of the extension with
 * team sync's modules left out.
 *
 * Node, not Chromium: the app's database is fake-indexeddb and the mirror PouchDB's memory adapter
 * (the browser's idb adapter does not run on fake-indexeddb), the server is test/e2e/couch-server.ts
 * (express-pouchdb in memory) on 127.0.0.1, reached over HTTP with Basic auth as the browser does.
 */
import 'fake-indexeddb/auto';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';
import memory from 'pouchdb-adapter-memory';
import { openGoalpostDb } from '../../lib/db/open';
import { putGoal } from '../../lib/db/goals';
import { recordReadings } from '../../lib/db/observations';
import { newGoal } from '../../lib/goals/model';
import { SyncEngine } from '../../lib/sync/engine';
import { openRemote, Pouch as AppPouch } from '../../lib/sync/pouch';
import type { MirrorDb } from '../../lib/sync/pouch-api';
import type { SyncConfig } from '../../lib/sync/types';
import { makeReading } from '../../test/support/readings';

const Pouch = AppPouch.plugin(memory);

interface Server {
  origin: string;
  admin: { name: string; password: string };
  createDb(name: string): Promise<void>;
  stop(): void;
}

async function startServer(root: string): Promise<Server> {
  const admin = { name: 'bench-admin', password: randomUUID() };
  const setup = { admin, database: 'goalpost-bench', members: [] };
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test/e2e/couch-server.ts'), JSON.stringify(setup)], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the test CouchDB did not start: ${stderr}`)), 60_000);
    child.on('exit', (code) => reject(new Error(`the test CouchDB exited (${code}): ${stderr}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      try {
        const event = JSON.parse(line) as { event?: string; port?: number };
        if (event.event === 'ready' && event.port) {
          clearTimeout(timer);
          resolve(event.port);
        }
      } catch {
        // not one of its event lines
      }
    });
  });
  const origin = `http://127.0.0.1:${port}`;
  const auth = `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`;
  return {
    origin,
    admin,
    async createDb(name) {
      const res = await fetch(`${origin}/${name}`, { method: 'PUT', headers: { authorization: auth } });
      if (!res.ok) throw new Error(`PUT /${name}: ${res.status}`);
    },
    stop: () => void child.kill(),
  };
}

let deviceCount = 0;
function device(config: SyncConfig) {
  const name = `bench-sync-${++deviceCount}-${randomUUID()}`;
  const store = new Map<string, unknown>();
  const mirror = new Pouch(`${name}-mirror`, { adapter: 'memory' });
  const db = () => openGoalpostDb(`${name}-app`);
  const engine = new SyncEngine({
    appDb: db,
    mirror: () => mirror,
    remote: (c) => openRemote(c, globalThis.fetch),
    store: { get: async (k) => structuredClone(store.get(k)), set: async (k, v) => void store.set(k, structuredClone(v)) },
    hasOrigin: async () => true,
    now: () => new Date(),
    randomId: () => randomUUID(),
    appChanged: () => {},
    statusChanged: () => {},
  });
  return { engine, db, mirror, config };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

/** Sync times for `counts` readings, each size in a database of its own. */
export async function benchSyncTimes(root: string, counts: readonly number[]): Promise<string[]> {
  const lines: string[] = [];
  const server = await startServer(root);
  try {
    for (const n of counts) {
      const database = `goalpost-bench-${n}`;
      await server.createDb(database);
      await server.createDb(`${database}-floor`);
      const config: SyncConfig = { url: server.origin, database, user: server.admin.name, password: server.admin.password, enabled: true };
      const goal = newGoal({ id: `bench-${n}`, name: 'Sessions', metric: 'sessions', target: { kind: 'reach', value: 1e9 }, start: '2020-01-01', deadline: '2030-12-31', scope: { source: 'ga4' } }, '2020-01-01T00:00:00.000Z');
      // One reading a day, as a goal's history grows.
      const readings = Array.from({ length: n }, (_, i) => {
        const day = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
        return makeReading({ value: 1000 + i, text: String(1000 + i), readAt: `${day}T10:00:00.000Z` });
      });

      const alice = device(config);
      await putGoal(await alice.db(), goal);
      await recordReadings(await alice.db(), readings, () => [goal.id]);
      const [pushed, pushMs] = await timed(() => alice.engine.configure(config));
      if (pushed.state !== 'idle') throw new Error(`bench sync of ${n}: ${JSON.stringify(pushed.error)}`);

      const bob = device(config);
      const [pulled, pullMs] = await timed(() => bob.engine.configure(config));
      const arrived = (await (await bob.db()).getAll('observations')).length;
      if (pulled.state !== 'idle' || arrived !== n) throw new Error(`bench pull of ${n}: ${arrived} readings arrived, ${JSON.stringify(pulled.error)}`);

      // The first sync after that also brings each browser's pull checkpoint up to what it pushed.
      const [, secondMs] = await timed(async () => {
        await alice.engine.syncNow();
        await bob.engine.syncNow();
      });
      // A day later: one new reading, one sync each way.
      await recordReadings(await alice.db(), [makeReading({ value: 7, text: '7', readAt: '2030-01-01T10:00:00.000Z' })], () => [goal.id]);
      const obs = (await (await alice.db()).getAll('observations')).at(-1)!;
      await alice.engine.onLocalChange({ kind: 'observations', observations: [obs] });
      const [, oneMs] = await timed(async () => {
        await alice.engine.syncNow();
        await bob.engine.syncNow();
      });

      // The floor: PouchDB alone replicating the same documents (as the mirror holds them) to an empty database.
      const source = new Pouch(`floor-${n}-${randomUUID()}`, { adapter: 'memory' }) as MirrorDb;
      const docs = (await alice.mirror.allDocs({ include_docs: true })).rows.flatMap((r) => (r.doc && !r.id.startsWith('_') ? [{ ...r.doc, _rev: undefined }] : []));
      for (let i = 0; i < docs.length; i += 1000) await source.bulkDocs(docs.slice(i, i + 1000));
      const floorRemote = openRemote({ ...config, database: `${database}-floor` }, globalThis.fetch);
      const [, floorMs] = await timed(() => source.replicate.to(floorRemote, { batch_size: 200 }));

      lines.push(
        `${n.toLocaleString('en')} readings: first sync (copy into the mirror + push) ${seconds(pushMs)}; a second browser's first sync (pull + write into its stores) ${seconds(pullMs)}; ` +
          `the next sync in each (checkpoints catching up): ${seconds(secondMs)}; then one new reading, a sync in each browser: ${seconds(oneMs)}. PouchDB alone pushing the same ${docs.length.toLocaleString('en')} documents: ${seconds(floorMs)} (first sync ${(pushMs / floorMs).toFixed(1)}× that)`,
      );
    }
  } finally {
    server.stop();
  }
  return lines;
}

/**
 * background.js with and without team sync: the built one, and a second build whose background gets a
 * stand-in for team sync's modules (the engine, PouchDB, the handlers) that does nothing. The second
 * build runs in a process of its own, so its progress output stays out of the bench's.
 */
export async function benchBackgroundSize(root: string, builtBackground: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'goalpost-nosync-'));
  const outDir = join(dir, 'out');
  try {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), BUILD_WITHOUT_SYNC, root, outDir], { cwd: root, encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`the build without team sync failed: ${child.stderr || child.stdout}`);
    const size = (file: string) => {
      const code = readFileSync(file);
      return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
    };
    const without = size(join(outDir, 'chrome-mv3', 'background.js'));
    const withSync = size(builtBackground);
    const pct = (a: number, b: number) => `${a >= b ? '+' : ''}${(((a - b) / b) * 100).toFixed(0)}%`;
    return [
      `background.js without team sync: ${(without.min / 1024).toFixed(1)} kB minified, ${(without.gz / 1024).toFixed(1)} kB gzip`,
      `background.js with team sync:    ${(withSync.min / 1024).toFixed(1)} kB minified, ${(withSync.gz / 1024).toFixed(1)} kB gzip ` +
        `(${pct(withSync.min, without.min)} / ${pct(withSync.gz, without.gz)}: +${((withSync.min - without.min) / 1024).toFixed(1)} kB / +${((withSync.gz - without.gz) / 1024).toFixed(1)} kB gzip; content scripts and pages do not import it)`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const BUILD_WITHOUT_SYNC = 'build-without-sync';

const NO_SYNC = `export class SyncEngine { constructor(_deps: unknown) {} }
export const openMirror = () => null;
export const openRemote = () => null;
export const relinkPulled = async () => [];
export const syncOnPanelOpen = (handler: unknown) => handler;
export function createSync() {
  const off = async () => { throw new Error('Team sync is not in this build.'); };
  return { handlers: { 'page/sync-status': off, 'page/sync-configure': off, 'page/sync-now': off, 'page/sync-conflicts': off, 'page/sync-resolve': off },
    localChange: async () => {}, onAlarm: async () => {}, panelOpened() {}, started: async () => {} };
}
`;

async function buildWithoutSync(root: string, outDir: string): Promise<void> {
  const { build } = await import('wxt');
  const stub = join(outDir, '..', 'no-sync.ts');
  writeFileSync(stub, NO_SYNC);
  await build({
    root,
    outDir,
    vite: () => ({
      logLevel: 'silent',
      plugins: [
        {
          name: 'goalpost-bench-no-sync',
          enforce: 'pre',
          resolveId(source: string, importer?: string) {
            if (importer && /entrypoints[\\/]background\.ts$/.test(importer) && /lib\/(sync\/engine|sync\/pouch|background\/sync-handlers)(\.ts)?$/.test(source)) return stub;
            return null;
          },
        },
      ],
    }),
  });
}

// The second build's own process (see benchBackgroundSize).
if (process.argv[2] === BUILD_WITHOUT_SYNC) await buildWithoutSync(process.argv[3]!, process.argv[4]!);
