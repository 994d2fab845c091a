import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { DB_VERSION, openGoalpostDb, UPGRADES } from '../../lib/db/open';
import { goalHistory, recordReadings } from '../../lib/db/observations';
import { getSettings, listGoals, putGoal, putSettings } from '../../lib/db/goals';
import { importAll, readAllForExport } from '../../lib/db/transfer';
import { listSnapshots, saveSnapshot } from '../../lib/db/snapshots';
import { picksForPage, savePick } from '../../lib/db/picks';
import { StorageError } from '../../lib/db/errors';
import { compactedBefore, compactHistory } from '../../lib/db/compaction';
import { newGoal } from '../../lib/goals/model';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { sampleSnapshot } from '../support/snapshot-fixtures';
import { makeReading } from '../support/readings';

let n = 0;
const goal = () =>
  newGoal({ id: 'g1', name: 'Sessions 20K', metric: 'sessions', target: { kind: 'reach', value: 20000 }, start: '2026-11-01', deadline: '2026-12-31' }, '2026-11-01T00:00:00.000Z');

/** A database as version `v` of Goalpost left it, with data in every store that version had. */
async function databaseAtVersion(v: number) {
  const name = `migration-${v}-${++n}`;
  const db = await openGoalpostDb(name, v);
  await putGoal(db, goal());
  await recordReadings(db, [makeReading({ value: 100 }), makeReading({ value: 120, readAt: '2026-11-25T10:00:00.000Z' })], () => ['g1']);
  await putSettings(db, { ...DEFAULT_SETTINGS, focusLimit: 3 });
  db.close();
  return name;
}

describe('database upgrades', () => {
  it('has one upgrade step per version', () => expect(UPGRADES).toHaveLength(DB_VERSION));

  for (let v = 1; v < DB_VERSION; v++) {
    it(`upgrades a version ${v} database to version ${DB_VERSION} with nothing lost`, async () => {
      const name = await databaseAtVersion(v);
      const db = await openGoalpostDb(name);
      expect(db.version).toBe(DB_VERSION);
      expect(await listGoals(db)).toEqual([goal()]);
      expect((await goalHistory(db, 'g1')).map((o) => o.value)).toEqual([100, 120]);
      expect(await db.count('observations')).toBe(2);
      expect((await getSettings(db)).focusLimit).toBe(3);
      // What the new version added works on the upgraded database.
      await saveSnapshot(db, sampleSnapshot('en'));
      expect(await listSnapshots(db)).toHaveLength(1);
      const pick = { id: 'p1', page: 'https://shop.example.com/stats', metric: 'revenue' as const, locator: { label: 'Takings', path: 'body > p:nth-of-type(1)', sample: '$1' }, createdAt: '2026-12-01T00:00:00.000Z' };
      await savePick(db, pick);
      expect(await picksForPage(db, 'https://shop.example.com/stats')).toEqual([pick]);
      db.close();
    });
  }
});

describe('the version 4 upgrade (compaction)', () => {
  it('finds a version 3 database’s observations by day and compacts its old days, keeping each goal’s day', async () => {
    const name = `migration-v3-days-${++n}`;
    const v3 = await openGoalpostDb(name, 3);
    await putGoal(v3, goal());
    // Three readings a day for ten days, the goal linked to each; the last of the day is its day record.
    for (let d = 10; d < 20; d++)
      for (const hour of ['09', '12', '15'])
        await recordReadings(v3, [makeReading({ value: d * 100 + Number(hour), readAt: `2026-11-${d}T${hour}:00:00.000Z` })], () => ['g1']);
    v3.close();

    const db = await openGoalpostDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.count('observations')).toBe(30);
    expect(await db.countFromIndex('observations', 'by-day', '2026-11-12')).toBe(3);
    expect(await compactedBefore(db)).toBe('');
    const history = (await goalHistory(db, 'g1')).map((o) => [o.day, o.value]);
    expect(await compactHistory(db, '2026-11-24')).toMatchObject({ days: 7, removed: 14 });
    // The week before the 24th keeps every reading; each older day keeps the one its figures use.
    expect(await db.count('observations')).toBe(16);
    expect((await goalHistory(db, 'g1')).map((o) => [o.day, o.value])).toEqual(history);
    expect((await db.getAllFromIndex('observations', 'by-day', '2026-11-12')).map((o) => o.value)).toEqual([1215]);
    db.close();
  });
});

describe('import', () => {
  it('adds goals and history, skipping observations already stored', async () => {
    const source = await openGoalpostDb(`import-src-${++n}`);
    await putGoal(source, goal());
    await recordReadings(source, [makeReading({ value: 100 })], () => ['g1']);
    const exported = await readAllForExport(source, true);
    const target = await openGoalpostDb(`import-dst-${++n}`);
    expect(await importAll(target, { goals: exported.goals, observations: exported.observations! })).toEqual({ goals: 1, observations: 1 });
    expect(await importAll(target, { goals: exported.goals, observations: exported.observations! })).toEqual({ goals: 1, observations: 0 });
    expect((await goalHistory(target, 'g1')).map((o) => o.value)).toEqual([100]);
  });

  it('is all or nothing: a write failing half-way leaves the database as it was', async () => {
    const source = await openGoalpostDb(`import-src-${++n}`);
    await recordReadings(source, [makeReading({ value: 1 }), makeReading({ value: 2 })], () => ['g1']);
    const { observations } = await readAllForExport(source, true);
    const target = await openGoalpostDb(`import-dst-${++n}`);
    let calls = 0;
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 2) throw new DOMException('quota', 'QuotaExceededError');
      return add.apply(this, args);
    });
    await expect(importAll(target, { goals: [goal()], observations: observations! })).rejects.toBeInstanceOf(StorageError);
    vi.restoreAllMocks();
    expect(await listGoals(target)).toEqual([]);
    expect(await target.count('observations')).toBe(0);
  });
});
