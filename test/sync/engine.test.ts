import { describe, expect, it } from 'vitest';
import { deleteGoal, getSettings, listGoals, putGoal, putSettings } from '../../lib/db/goals';
import { recordReadings, toObservation } from '../../lib/db/observations';
import { deleteSnapshot, listSnapshots, saveSnapshot } from '../../lib/db/snapshots';
import { deletePick, listPicks, savePick } from '../../lib/db/picks';
import type { Pick } from '../../lib/picker/pick';
import { makeReading } from '../support/readings';
import { sampleSnapshot } from '../support/snapshot-fixtures';
import { goal, makeDevice, PASSWORD, serverDb, serverDocs, unique, type Device } from './helpers';

async function saveGoal(d: Device, g: ReturnType<typeof goal>) {
  await putGoal(await d.db(), g);
  await d.engine.onLocalChange({ kind: 'goal-saved', goal: g });
}

async function removeGoal(d: Device, id: string) {
  await deleteGoal(await d.db(), id);
  await d.engine.onLocalChange({ kind: 'goal-deleted', goalId: id });
}

/** As a page read does it (lib/background/service.ts): shares each reading as the record it is stored as. */
async function read(d: Device, readings: ReturnType<typeof makeReading>[], goalIds: string[]) {
  const { stored } = await recordReadings(await d.db(), readings, () => goalIds);
  await d.engine.onLocalChange({ kind: 'observations', observations: stored });
}

async function twoDevices() {
  const server = unique('server');
  const a = makeDevice('alice', server);
  const b = makeDevice('bob', server);
  expect((await a.engine.configure(a.config)).state).toBe('idle');
  expect((await b.engine.configure(b.config)).state).toBe('idle');
  return { server, a, b };
}

const PICK: Pick = {
  id: 'pick-1',
  page: 'https://shop.example.com/admin/stats',
  metric: 'revenue',
  locator: { label: 'Revenue', path: 'main > div', sample: '$1,200' },
  createdAt: '2026-11-20T10:00:00.000Z',
};

describe('team sync engine', () => {
  it('is off and makes no request until configured', async () => {
    const server = unique('server');
    let remotes = 0;
    const a = makeDevice('alice', server, { remote: () => (remotes++, serverDb(server)) });
    await saveGoal(a, goal());
    expect(await a.engine.status()).toMatchObject({ state: 'off', pending: 0 });
    expect((await a.engine.syncNow()).state).toBe('off');
    expect(remotes).toBe(0);
  });

  it('a goal saved in one browser appears in the other after sync, and an edit follows it', async () => {
    const { a, b } = await twoDevices();
    await saveGoal(a, goal());
    expect((await a.engine.status()).pending).toBe(1);
    expect(await a.engine.syncNow()).toMatchObject({ state: 'idle', pending: 0, error: null });
    await b.engine.syncNow();
    expect(await listGoals(await b.db())).toEqual([goal()]);
    expect(b.changedGoals.flat()).toContain('g-sessions');

    const renamed = goal({ name: 'Sessions 25K', updatedAt: '2026-11-24T13:00:00.000Z' });
    await saveGoal(b, renamed);
    await b.engine.syncNow();
    await a.engine.syncNow();
    expect(await listGoals(await a.db())).toEqual([renamed]);
    expect(await a.engine.conflicts()).toEqual([]);
  });

  it('a save made while a sync is pulling still counts as waiting after it, and the next sync sends it', async () => {
    const { server, a } = await twoDevices();
    // The pull starts after the push: a save landing then is not in this sync.
    const replicate = a.mirror.replicate;
    let saved: Promise<void> | null = null;
    Object.defineProperty(a.mirror, 'replicate', {
      configurable: true,
      value: {
        to: replicate.to.bind(replicate),
        from: async (...args: Parameters<typeof replicate.from>) => {
          saved ??= saveGoal(a, goal());
          await saved;
          return replicate.from(...args);
        },
      },
    });
    expect((await a.engine.syncNow()).pending).toBe(1);
    expect((await serverDocs(server)).map((d) => d._id)).not.toContain('goal:g-sessions');
    expect(await a.engine.syncNow()).toMatchObject({ state: 'idle', pending: 0 });
    expect((await serverDocs(server)).map((d) => d._id)).toContain('goal:g-sessions');
  });

  it('copies what a browser had before sync was turned on, then a deletion follows', async () => {
    const server = unique('server');
    const a = makeDevice('alice', server);
    await putGoal(await a.db(), goal());
    await recordReadings(await a.db(), [makeReading()], () => ['g-sessions']);
    await a.engine.configure(a.config);
    const b = makeDevice('bob', server);
    await b.engine.configure(b.config);
    expect(await listGoals(await b.db())).toEqual([goal()]);
    expect(await (await b.db()).getAll('observations')).toHaveLength(1);
    expect(await (await b.db()).getAll('goalDays')).toMatchObject([{ goalId: 'g-sessions', value: 12345 }]);

    await removeGoal(a, 'g-sessions');
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect(await listGoals(await b.db())).toEqual([]);
    // History is never deleted with a goal.
    expect(await (await b.db()).getAll('observations')).toHaveLength(1);
  });

  it('"Sync now" pressed right after a save pushes the save', async () => {
    const { server, a } = await twoDevices();
    // The save's own look at the settings is slow (a busy worker); the sync's is not.
    const get = a.store.get;
    let slowOnce = true;
    a.store.get = async (key) => {
      if (slowOnce) {
        slowOnce = false;
        await new Promise((r) => setTimeout(r, 50));
      }
      return get(key);
    };
    await putGoal(await a.db(), goal());
    const saved = a.engine.onLocalChange({ kind: 'goal-saved', goal: goal() });
    expect(await a.engine.syncNow()).toMatchObject({ state: 'idle', pending: 0 });
    await saved;
    expect((await serverDocs(server)).map((d) => d._id)).toContain('goal:g-sessions');
  });

  it('a number no goal takes follows its latest value of the day in the other browser, one record a day', async () => {
    const { server, a, b } = await twoDevices();
    const at = (hour: number, value: number) => makeReading({ value, text: String(value), readAt: `2026-11-24T${String(hour).padStart(2, '0')}:00:00.000Z` });
    await read(a, [at(9, 100)], []);
    await a.engine.syncNow();
    await b.engine.syncNow();
    await read(a, [at(11, 110)], []);
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect((await (await b.db()).getAll('observations')).map((o) => [o.value, o.readAt])).toEqual([[110, '2026-11-24T11:00:00.000Z']]);
    // Bob's own older reading of the series does not take the place of Alice's newer one, here or there.
    await read(b, [at(10, 105)], []);
    await b.engine.syncNow();
    await a.engine.syncNow();
    for (const d of [a, b]) expect((await (await d.db()).getAll('observations')).map((o) => o.value)).toEqual([110]);
    expect((await serverDocs(server)).filter((d) => d._id.startsWith('obs:')).map((d) => (d.data as { value: number }).value)).toEqual([110]);
  });

  it('stores the same reading taken in two browsers as one document, keyed by its dedup key', async () => {
    const { server, a, b } = await twoDevices();
    await saveGoal(a, goal());
    await a.engine.syncNow();
    await b.engine.syncNow();
    const reading = makeReading();
    await read(a, [reading, makeReading({ value: 13000, text: '13,000', readAt: '2026-11-25T10:00:00.000Z' })], ['g-sessions']);
    await read(b, [reading], ['g-sessions']);
    await a.engine.syncNow();
    await b.engine.syncNow();
    await a.engine.syncNow();
    const obsDocs = (await serverDocs(server)).filter((d) => d._id.startsWith('obs:'));
    expect(obsDocs.map((d) => d._id).sort()).toEqual(
      [toObservation(reading, []).dedupKey, toObservation(makeReading({ value: 13000, text: '13,000', readAt: '2026-11-25T10:00:00.000Z' }), []).dedupKey].map((k) => `obs:${k}`).sort(),
    );
    // The per-browser autoIncrement id never leaves the browser.
    for (const d of obsDocs) expect((d.data as { id?: unknown }).id).toBeUndefined();
    for (const d of [a, b]) {
      const stored = await (await d.db()).getAll('observations');
      expect(stored.map((o) => o.value).sort()).toEqual([12345, 13000]);
    }
    // Both wrote the reading at once: resolved without asking, one live revision left.
    const shared = await serverDb(server).get(`obs:${toObservation(reading, []).dedupKey}`, { conflicts: true });
    expect((shared as { _conflicts?: string[] })._conflicts ?? []).toEqual([]);
  });

  it('syncs snapshots and per-site picks, and their deletion', async () => {
    const { a, b } = await twoDevices();
    const snapshot = sampleSnapshot();
    const localId = await saveSnapshot(await a.db(), snapshot);
    await a.engine.onLocalChange({ kind: 'snapshot-saved', snapshot });
    await savePick(await a.db(), PICK);
    await a.engine.onLocalChange({ kind: 'pick-saved', pick: PICK });
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect((await listSnapshots(await b.db())).map((s) => s.snapshot)).toEqual([snapshot]);
    expect(await listPicks(await b.db())).toEqual([PICK]);

    await deleteSnapshot(await a.db(), localId);
    await a.engine.onLocalChange({ kind: 'snapshot-deleted', snapshot });
    await deletePick(await a.db(), PICK.id);
    await a.engine.onLocalChange({ kind: 'pick-deleted', pickId: PICK.id });
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect(await listSnapshots(await b.db())).toEqual([]);
    expect(await listPicks(await b.db())).toEqual([]);
  });

  it('never syncs personal settings, and never puts the password in a document', async () => {
    const { server, a, b } = await twoDevices();
    const db = await a.db();
    await putSettings(db, { ...(await getSettings(db)), uiLanguage: 'fa', badgesOffOn: ['analytics.google.com'] });
    await saveGoal(a, goal());
    await read(a, [makeReading()], ['g-sessions']);
    await a.engine.onLocalChange({ kind: 'snapshot-saved', snapshot: sampleSnapshot() });
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect((await getSettings(await b.db())).uiLanguage).not.toBe('fa');
    const docs = await serverDocs(server);
    expect(docs.length).toBeGreaterThan(2);
    expect(new Set(docs.map((d) => d.type))).toEqual(new Set(['goal', 'obs', 'snapshot']));
    const everything = JSON.stringify(docs);
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain('uiLanguage');
    expect(everything).not.toContain('badgesOffOn');
    // Nor in the mirror's own bookkeeping.
    const mirror = await a.mirror.allDocs({ include_docs: true });
    expect(JSON.stringify(mirror)).not.toContain(PASSWORD);
  });

  it('merges fields only one person changed, and shows the ones both changed field by field', async () => {
    const { a, b } = await twoDevices();
    await saveGoal(a, goal({ notes: 'first' }));
    await a.engine.syncNow();
    await b.engine.syncNow();
    // Alice renames it and rewrites the notes; Bob moves the deadline and rewrites the notes too.
    await saveGoal(a, goal({ name: 'Sessions 25K', notes: 'alice', updatedAt: '2026-11-24T13:00:00.000Z' }));
    await saveGoal(b, goal({ deadline: '2027-01-31', notes: 'bob', updatedAt: '2026-11-24T13:05:00.000Z' }));
    await a.engine.syncNow();
    const bStatus = await b.engine.syncNow();
    expect(bStatus.conflicts).toBe(1);
    await a.engine.syncNow();
    for (const [device, mine, theirs] of [[a, 'alice', 'bob'], [b, 'bob', 'alice']] as const) {
      const [conflict, ...rest] = await device.engine.conflicts();
      expect(rest).toEqual([]);
      expect(conflict).toMatchObject({ goalId: 'g-sessions', kind: 'edit-edit', mineBy: mine, theirsBy: theirs });
      expect(conflict!.fields).toEqual([{ field: 'notes', mine, theirs }]);
      expect(conflict!.mine!.notes).toBe(mine);
      expect(conflict!.theirs!.notes).toBe(theirs);
    }
  });

  it('merges without asking when nobody changed the same field', async () => {
    const { a, b } = await twoDevices();
    await saveGoal(a, goal());
    await a.engine.syncNow();
    await b.engine.syncNow();
    await saveGoal(a, goal({ name: 'Sessions 25K', updatedAt: '2026-11-24T13:00:00.000Z' }));
    await saveGoal(b, goal({ deadline: '2027-01-31', updatedAt: '2026-11-24T13:05:00.000Z' }));
    await a.engine.syncNow();
    expect((await b.engine.syncNow()).conflicts).toBe(0);
    await a.engine.syncNow();
    for (const device of [a, b]) {
      expect(await device.engine.conflicts()).toEqual([]);
      expect(await listGoals(await device.db())).toMatchObject([{ name: 'Sessions 25K', deadline: '2027-01-31', updatedAt: '2026-11-24T13:05:00.000Z' }]);
    }
  });

  it('two browsers merging the same goal at once make one revision, not a new conflict', async () => {
    const server = unique('server');
    const [carol, dave] = [makeDevice('carol', server), makeDevice('dave', server)];
    let bobServer = server;
    const alice = makeDevice('alice', server);
    const bob = makeDevice('bob', server, { remote: () => serverDb(bobServer) });
    for (const d of [carol, dave, alice, bob]) await d.engine.configure(d.config);
    await saveGoal(carol, goal());
    await carol.engine.syncNow();
    for (const d of [dave, alice, bob]) await d.engine.syncNow();
    await saveGoal(carol, goal({ name: 'Sessions 25K', updatedAt: '2026-11-24T13:00:00.000Z' }));
    await saveGoal(dave, goal({ deadline: '2027-01-31', updatedAt: '2026-11-24T13:05:00.000Z' }));
    // Both edits reach the server before anyone has pulled the other (pushed only, nobody merges yet).
    await carol.mirror.replicate.to(serverDb(server));
    await dave.mirror.replicate.to(serverDb(server));
    // Bob syncs with the server as it was before Alice's merge reached it: both merge the same conflict.
    bobServer = unique('snapshot');
    await serverDb(server).replicate.to(serverDb(bobServer));
    await alice.engine.syncNow();
    await bob.engine.syncNow();
    await serverDb(bobServer).replicate.to(serverDb(server));
    const doc = (await serverDb(server).get('goal:g-sessions', { conflicts: true })) as { _rev: string; _conflicts?: string[]; data: { name: string; deadline: string } };
    expect(doc._conflicts ?? []).toEqual([]);
    expect(doc.data).toMatchObject({ name: 'Sessions 25K', deadline: '2027-01-31' });
    expect(doc._rev.startsWith('3-')).toBe(true);
  });

  it('brings back a goal one person deleted while another edited it, and says so', async () => {
    const { a, b } = await twoDevices();
    await saveGoal(a, goal());
    await a.engine.syncNow();
    await b.engine.syncNow();
    await removeGoal(a, 'g-sessions');
    const edited = goal({ name: 'Sessions 30K', updatedAt: '2026-11-24T13:00:00.000Z' });
    await saveGoal(b, edited);
    await a.engine.syncNow();
    await b.engine.syncNow();
    await a.engine.syncNow();
    expect(await listGoals(await a.db())).toEqual([edited]);
    expect(await a.engine.conflicts()).toMatchObject([{ goalId: 'g-sessions', kind: 'delete-edit', mine: null, theirs: edited, mineBy: 'alice', theirsBy: 'bob' }]);
    expect(await b.engine.conflicts()).toMatchObject([{ goalId: 'g-sessions', kind: 'delete-edit', mine: edited, theirs: null, mineBy: 'bob', theirsBy: 'alice' }]);

    // Alice agrees to keep it: the note goes away on both browsers.
    expect(await a.engine.resolve('g-sessions', { keep: 'theirs' })).toEqual([]);
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect(await b.engine.conflicts()).toEqual([]);
    expect(await listGoals(await b.db())).toEqual([edited]);
  });

  it('deleting on resolve removes the goal on both browsers', async () => {
    const { a, b } = await twoDevices();
    await saveGoal(a, goal());
    await a.engine.syncNow();
    await b.engine.syncNow();
    await removeGoal(a, 'g-sessions');
    await saveGoal(b, goal({ name: 'Sessions 30K', updatedAt: '2026-11-24T13:00:00.000Z' }));
    await a.engine.syncNow();
    await b.engine.syncNow();
    await a.engine.syncNow();
    expect(await a.engine.resolve('g-sessions', { keep: 'mine' })).toEqual([]);
    expect(await listGoals(await a.db())).toEqual([]);
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect(await listGoals(await b.db())).toEqual([]);
    expect(await b.engine.conflicts()).toEqual([]);
  });

  it('resolving writes once and clears the conflict on both browsers', async () => {
    const { server, a, b } = await twoDevices();
    await saveGoal(a, goal());
    await a.engine.syncNow();
    await b.engine.syncNow();
    await saveGoal(a, goal({ notes: 'alice', target: { kind: 'reach', value: 25000, setAt: '2026-11-24T13:00:00.000Z' }, updatedAt: '2026-11-24T13:00:00.000Z' }));
    await saveGoal(b, goal({ notes: 'bob', target: { kind: 'reach', value: 30000, setAt: '2026-11-24T13:05:00.000Z' }, updatedAt: '2026-11-24T13:05:00.000Z' }));
    await a.engine.syncNow();
    await b.engine.syncNow();
    await a.engine.syncNow();
    const [conflict] = await b.engine.conflicts();
    expect(conflict!.fields.map((f) => f.field).sort()).toEqual(['notes', 'target']);

    const before = (await b.engine.status()).pending;
    const merged = { ...conflict!.mine!, notes: 'alice + bob' };
    expect(await b.engine.resolve('g-sessions', { keep: 'merged', goal: merged })).toEqual([]);
    expect((await b.engine.status()).pending).toBe(before + 1);
    expect(await listGoals(await b.db())).toEqual([merged]);
    await b.engine.syncNow();
    await a.engine.syncNow();
    expect(await a.engine.conflicts()).toEqual([]);
    expect((await a.engine.status()).conflicts).toBe(0);
    expect(await listGoals(await a.db())).toEqual([merged]);
    const doc = (await serverDb(server).get('goal:g-sessions', { conflicts: true, revs: true })) as { _rev: string; _conflicts?: string[] };
    expect(doc._conflicts ?? []).toEqual([]);
    // One write on top of the winner: two edits and the resolution.
    expect(doc._rev.startsWith('3-')).toBe(true);
  });

  it('keeps a conflict choice of "theirs" with the other person’s fields', async () => {
    const { a, b } = await twoDevices();
    await saveGoal(a, goal());
    await a.engine.syncNow();
    await b.engine.syncNow();
    await saveGoal(a, goal({ notes: 'alice', name: 'A name', updatedAt: '2026-11-24T13:00:00.000Z' }));
    await saveGoal(b, goal({ notes: 'bob', updatedAt: '2026-11-24T13:05:00.000Z' }));
    await a.engine.syncNow();
    await b.engine.syncNow();
    await a.engine.syncNow();
    await b.engine.resolve('g-sessions', { keep: 'theirs' });
    // Theirs for the field both changed; Alice's rename was merged anyway.
    expect(await listGoals(await b.db())).toMatchObject([{ notes: 'alice', name: 'A name' }]);
    await b.engine.syncNow();
    await a.engine.syncNow();
    expect(await listGoals(await a.db())).toMatchObject([{ notes: 'alice', name: 'A name' }]);
    expect(await a.engine.conflicts()).toEqual([]);
  });
});
