/**
 * What the server says and sends: its errors in words, hostile documents refused, and a sync cut off
 * half way resumed from its checkpoint.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listGoals, putGoal } from '../../lib/db/goals';
import { recordReadings } from '../../lib/db/observations';
import { openRemote } from '../../lib/sync/pouch';
import { syncErrorOf } from '../../lib/sync/errors';
import type { MirrorDb, MirrorDoc } from '../../lib/sync/pouch-api';
import { makeReading } from '../support/readings';
import { goal, makeDevice, PASSWORD, serverDb, serverDocs, unique } from './helpers';

/** Answers every request with the status the test sets (and remembers what it was asked). */
let answer: { status: number; body: string; type: string } = { status: 200, body: '{}', type: 'application/json' };
const asked: Array<{ method: string; url: string; auth: string | undefined }> = [];
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  asked.push({ method: req.method ?? '', url: req.url ?? '', auth: req.headers.authorization });
  req.resume();
  req.on('end', () => {
    res.writeHead(answer.status, { 'content-type': answer.type });
    res.end(answer.body);
  });
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function deviceAgainst(url: string) {
  const d = makeDevice('alice', unique('unused'), { remote: (config) => openRemote(config, globalThis.fetch) });
  return { ...d, config: { ...d.config, url } };
}

describe('team sync: the server’s answers in words', () => {
  it.each([
    [401, '{"error":"unauthorized","reason":"Name or password is incorrect."}', 'application/json', 'wrong-password'],
    [403, '{"error":"forbidden","reason":"You are not allowed to access this db."}', 'application/json', 'no-permission'],
    [404, '{"error":"not_found","reason":"Database does not exist."}', 'application/json', 'not-found'],
    [413, '<html><body><h1>413 Request Entity Too Large</h1></body></html>', 'text/html', 'quota'],
    [507, '{"error":"insufficient_storage","reason":"No space left"}', 'application/json', 'quota'],
    [502, '<html>Bad Gateway</html>', 'text/html', 'bad-server'],
    [200, 'this is not json', 'text/plain', 'bad-server'],
  ] as const)('HTTP %i becomes %s', async (status, body, type, code) => {
    answer = { status, body, type };
    asked.length = 0;
    const d = deviceAgainst(base);
    const result = await d.engine.configure(d.config);
    expect(result).toMatchObject({ state: 'error', error: { code } });
    // Only the configured server was asked, with the user's credentials, and never to create the database.
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((r) => r.method !== 'PUT' || r.url.startsWith('/goalpost-team/'))).toBe(true);
    expect(asked[0]!.auth).toBe(`Basic ${Buffer.from(`alice:${PASSWORD}`).toString('base64')}`);
  });

  it('a server that does not answer is "offline"', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const d = deviceAgainst(`http://127.0.0.1:${port}`);
    expect(await d.engine.configure(d.config)).toMatchObject({ state: 'error', error: { code: 'offline' } });
    // As Chromium and Firefox word it.
    expect(syncErrorOf(new TypeError('Failed to fetch')).code).toBe('offline');
    expect(syncErrorOf(new TypeError('NetworkError when attempting to fetch resource.')).code).toBe('offline');
  });

  it('refuses a server address that is not https (or http on this computer), before any request', async () => {
    asked.length = 0;
    for (const url of ['http://couch.example.com', 'ftp://127.0.0.1', 'https://user:pw@couch.example.com', 'not a url']) {
      const d = deviceAgainst(url);
      expect(await d.engine.configure(d.config)).toMatchObject({ state: 'error', error: { code: 'bad-url' } });
    }
    expect(asked).toEqual([]);
  });

  it('makes no request when the browser has not granted the server’s origin', async () => {
    asked.length = 0;
    const d = makeDevice('alice', unique('unused'), { hasOrigin: async () => false, remote: (config) => openRemote(config, globalThis.fetch) });
    expect(await d.engine.configure({ ...d.config, url: base })).toMatchObject({ state: 'error', error: { code: 'permission-not-granted', detail: 'http://127.0.0.1/*' } });
    expect(asked).toEqual([]);
  });
});

describe('team sync: a hostile or broken server changes nothing', () => {
  it('skips and reports every pulled document that fails the import’s checks', async () => {
    const serverName = unique('server');
    const b = makeDevice('bob', serverName);
    await putGoal(await b.db(), goal());
    await recordReadings(await b.db(), [makeReading()], () => ['g-sessions']);
    await b.engine.configure(b.config);
    const before = { goals: await listGoals(await b.db()), observations: await (await b.db()).getAll('observations'), days: await (await b.db()).getAll('goalDays') };

    const remote = serverDb(serverName);
    const author = { by: 'mallory', device: 'x', at: '2026-11-24T12:00:00.000Z' };
    const current = (await remote.get('goal:g-sessions')) as MirrorDoc;
    const hostile: MirrorDoc[] = [
      { _id: 'goal:shape', type: 'goal', data: 'hello', ...author },
      { _id: 'obs:wrong-types', type: 'obs', data: { ...makeReading(), value: 'lots', day: '2026-11-24', dedupKey: 'wrong-types', goalIds: ['g-sessions'] }, ...author },
      { _id: 'goal:huge', type: 'goal', data: goal({ notes: 'x'.repeat(300_000) }, 'huge'), ...author },
      { _id: 'goal:invalid', type: 'goal', data: goal({ metric: 'not-a-metric' as 'sessions' }, 'invalid'), ...author },
      { _id: 'goal:backwards', type: 'goal', data: goal({ deadline: '2026-10-01' }, 'backwards'), ...author },
      { _id: 'goal:other-id', type: 'goal', data: goal({}, 'someone-else'), ...author },
      { _id: 'settings:ui', type: 'settings', data: { uiLanguage: 'ar' }, ...author },
      { _id: 'pick:evil', type: 'pick', data: { id: 'evil', page: 'javascript:alert(1)', metric: 'revenue', locator: { label: 'x', path: 'x', sample: '' }, createdAt: '2026-11-24T12:00:00.000Z' }, ...author },
      // A newer revision of a goal the browser has, broken: the browser keeps its own.
      { ...current, data: { ...(current.data as object), target: { kind: 'reach', value: 'twenty' } }, ...author },
    ];
    for (const doc of hostile) await remote.put(doc);

    const status = await b.engine.syncNow();
    expect(status).toMatchObject({ state: 'idle', error: null });
    expect(status.rejected.map((r) => r.id).sort()).toEqual(
      ['goal:shape', 'obs:wrong-types', 'goal:huge', 'goal:invalid', 'goal:backwards', 'goal:other-id', 'settings:ui', 'pick:evil', 'goal:g-sessions'].sort(),
    );
    expect(status.rejected.find((r) => r.id === 'goal:huge')!.reason).toMatch(/too large/);
    for (const r of status.rejected) expect(r.reason.length).toBeLessThan(260);
    expect(await listGoals(await b.db())).toEqual(before.goals);
    expect(await (await b.db()).getAll('observations')).toEqual(before.observations);
    expect(await (await b.db()).getAll('goalDays')).toEqual(before.days);
    expect(await (await b.db()).getAll('picks')).toEqual([]);
    // Reported once: the next sync finds nothing new.
    expect((await b.engine.syncNow()).rejected).toHaveLength(status.rejected.length);
  });
});

describe('team sync: interrupted and resumed', () => {
  it('writing pulled readings into the app, stopped half way, goes on from where it stopped', async () => {
    const serverName = unique('server');
    const alice = makeDevice('alice', serverName);
    await putGoal(await alice.db(), goal());
    await recordReadings(await alice.db(), Array.from({ length: 600 }, (_, i) => makeReading({ value: i, text: String(i) })), () => ['g-sessions']);
    await alice.engine.configure(alice.config);

    // Bob's worker stops while the second batch of pulled records is being written.
    let applied = 0;
    let failAt: number | null = 2;
    const bob = makeDevice('bob', serverName, {
      wrapDb: (db) =>
        new Proxy(db, {
          get(target, key) {
            if (key !== 'transaction') return Reflect.get(target, key);
            return (stores: string[], mode: IDBTransactionMode) => {
              if (mode === 'readwrite' && stores.includes('snapshots')) {
                applied++;
                if (applied === failAt) throw new DOMException('The worker stopped', 'AbortError');
              }
              return target.transaction(stores as never, mode);
            };
          },
        }),
    });
    expect(await bob.engine.configure(bob.config)).toMatchObject({ state: 'error' });
    // The first batch of 500 records (the goal, then 499 readings) was written whole, nothing of the second.
    expect(await listGoals(await bob.db())).toEqual([goal()]);
    expect((await (await bob.db()).getAll('observations')).length).toBe(499);

    failAt = null;
    const before = applied;
    expect(await bob.engine.syncNow()).toMatchObject({ state: 'idle', error: null });
    expect((await (await bob.db()).getAll('observations')).length).toBe(600);
    expect(await listGoals(await bob.db())).toEqual([goal()]);
    // Only what was not yet written was written: one batch, not the first one again.
    expect(applied - before).toBe(1);
  });

  it('a push cut off half way sends only the rest next time', async () => {
    const serverName = unique('server');
    const readings = Array.from({ length: 1000 }, (_, i) => makeReading({ value: i, text: String(i) }));
    let cutAfter: number | null = 2;
    const sent: number[] = [];
    const a = makeDevice('alice', serverName, {
      remote: () => {
        const remote = serverDb(serverName);
        const bulkDocs = remote.bulkDocs.bind(remote);
        remote.bulkDocs = async (docs, opts) => {
          const list = Array.isArray(docs) ? docs : (docs as unknown as { docs: MirrorDoc[] }).docs;
          if (cutAfter !== null && sent.length >= cutAfter) throw new TypeError('Failed to fetch');
          sent.push(list.length);
          return bulkDocs(docs, opts);
        };
        return remote as MirrorDb;
      },
    });
    await putGoal(await a.db(), goal());
    await recordReadings(await a.db(), readings, () => ['g-sessions']);
    expect(await a.engine.configure(a.config)).toMatchObject({ state: 'error', error: { code: 'offline' } });
    const firstRun = sent.reduce((x, y) => x + y, 0);
    expect(firstRun).toBeGreaterThanOrEqual(200);
    expect(firstRun).toBeLessThan(1001);

    cutAfter = null;
    sent.length = 0;
    expect(await a.engine.syncNow()).toMatchObject({ state: 'idle', error: null, pending: 0 });
    const secondRun = sent.reduce((x, y) => x + y, 0);
    // 1,000 readings and the goal: what the first run delivered is not sent again.
    expect(secondRun).toBe(1001 - firstRun);
    expect((await serverDocs(serverName)).length).toBe(1001);
  });
});
