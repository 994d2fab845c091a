import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openGoalpostDb, type GoalpostDatabase } from '../../lib/db/open';
import { goalHistory, linkExistingObservations, recordReadings } from '../../lib/db/observations';
import { deleteGoal, listGoals, putGoal } from '../../lib/db/goals';
import { StorageError } from '../../lib/db/errors';
import type { Goal } from '../../lib/goals/types';
import { makeReading } from '../support/readings';
import type { Reading } from '../../lib/readings';

let n = 0;
let db: GoalpostDatabase;
const fresh = async () => (db = await openGoalpostDb(`goalpost-test-${++n}`));
afterEach(() => {
  db?.close();
  vi.restoreAllMocks();
});

const goal = (over: Partial<Goal> = {}): Goal => ({
  id: 'g1',
  name: 'Sessions to 20,000',
  metric: 'sessions',
  scope: { source: 'ga4' },
  target: { kind: 'reach', value: 20000, setAt: '2026-11-01T00:00:00.000Z' },
  targetHistory: [],
  start: '2026-11-01',
  deadline: '2026-12-31',
  milestones: [],
  reviewCadenceDays: 30,
  status: 'active',
  notes: '',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...over,
});

describe('recordReadings', () => {
  it('keeps one observation when the same value for the same range is read again the same day', async () => {
    await fresh();
    const r = makeReading();
    expect(await recordReadings(db, [r, r], () => ['g1'])).toMatchObject({ added: 1 });
    expect(await recordReadings(db, [{ ...r, readAt: '2026-11-24T18:00:00.000Z' }], () => ['g1'])).toMatchObject({ added: 0 });
    expect(await recordReadings(db, [{ ...r, readAt: '2026-11-25T09:00:00.000Z' }], () => ['g1'])).toMatchObject({ added: 1 });
    expect(await recordReadings(db, [{ ...r, value: 12400, text: '12,400', readAt: '2026-11-24T19:00:00.000Z' }], () => ['g1'])).toMatchObject({ added: 1 });
    expect(await db.count('observations')).toBe(3);
  });

  it('keeps a number no goal takes once a day, at its latest value, instead of at every refresh', async () => {
    await fresh();
    const at = (hour: number, value: number, over: Partial<Reading> = {}) =>
      makeReading({ value, text: String(value), readAt: `2026-11-24T${String(hour).padStart(2, '0')}:00:00.000Z`, ...over });
    expect(await recordReadings(db, [at(9, 100)], () => [])).toMatchObject({ added: 1, replaced: 0 });
    expect(await recordReadings(db, [at(11, 110)], () => [])).toMatchObject({ added: 0, replaced: 1 });
    // A repeat of the day's value, and a reading older than the stored one (a tab that was slow to report), change nothing.
    expect(await recordReadings(db, [at(12, 110), at(10, 105)], () => [])).toMatchObject({ added: 0, replaced: 0 });
    // Two values of the series in one batch: the later one is stored.
    await recordReadings(db, [at(13, 120), at(14, 130)], () => []);
    // Another series (a table row) and another day are records of their own.
    await recordReadings(db, [at(14, 40, { scope: { account: 'p123456', row: 'Organic Search' } }), at(9, 140, { readAt: '2026-11-25T09:00:00.000Z' })], () => []);
    const stored = await db.getAll('observations');
    expect(stored.map((o) => [o.day, o.scope.row ?? 'total', o.value, o.readAt.slice(11, 13)])).toEqual([
      ['2026-11-24', 'total', 130, '14'],
      ['2026-11-24', 'Organic Search', 40, '14'],
      ['2026-11-25', 'total', 140, '09'],
    ]);
    // A goal made later takes each day's latest value.
    await putGoal(db, goal({ scope: { source: 'ga4', account: 'p123456' } }));
    await linkExistingObservations(db, 'g1', ['sessions'], (o) => !o.scope.row);
    expect((await goalHistory(db, 'g1')).map((o) => [o.day, o.value])).toEqual([
      ['2026-11-24', 130],
      ['2026-11-25', 140],
    ]);
    // Linked now, the day's record is the goal's and is not overwritten by a reading no goal took.
    await recordReadings(db, [at(16, 150)], () => []);
    expect((await db.getAllFromIndex('observations', 'by-goal', 'g1')).map((o) => o.value)).toEqual([130, 140]);
    expect((await db.getAll('observations')).map((o) => o.value)).toContain(150);
    // Stored beside it by its value, a repeat of that value is the same record.
    expect(await recordReadings(db, [at(17, 150)], () => [])).toMatchObject({ added: 0, replaced: 0 });
    expect((await db.getAll('observations')).filter((o) => o.value === 150)).toHaveLength(1);
  });

  it('gives each linked goal the day’s latest reading, and a sure reading beats an unsure one', async () => {
    await fresh();
    await recordReadings(db, [makeReading({ value: 100, readAt: '2026-11-24T08:00:00.000Z' })], () => ['g1']);
    await recordReadings(db, [makeReading({ value: 150, readAt: '2026-11-24T12:00:00.000Z' })], () => ['g1']);
    await recordReadings(db, [makeReading({ value: 999, confidence: 'unsure', readAt: '2026-11-24T13:00:00.000Z' })], () => ['g1']);
    await recordReadings(db, [makeReading({ value: 170, readAt: '2026-11-25T12:00:00.000Z' })], () => ['g1']);
    const history = await goalHistory(db, 'g1');
    expect(history.map((o) => [o.day, o.value])).toEqual([
      ['2026-11-24', 150],
      ['2026-11-25', 170],
    ]);
  });

  it('loses nothing when two tabs write at once', async () => {
    await fresh();
    const tabA = Array.from({ length: 50 }, (_, i) => makeReading({ value: i, readAt: '2026-11-24T10:00:00.000Z' }));
    const tabB = Array.from({ length: 50 }, (_, i) => makeReading({ value: 1000 + i, source: 'google-ads', readAt: '2026-11-24T10:00:00.000Z' }));
    await Promise.all([recordReadings(db, tabA, () => ['g1']), recordReadings(db, tabB, () => ['g2'])]);
    expect(await db.count('observations')).toBe(100);
  });

  it('reports a full disk clearly and keeps what was stored before', async () => {
    await fresh();
    await recordReadings(db, [makeReading()], () => []);
    const full = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(full);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(full);
    const failure = recordReadings(db, [makeReading({ value: 1 }), makeReading({ value: 2, metric: 'users' })], () => []);
    await expect(failure).rejects.toBeInstanceOf(StorageError);
    await expect(failure).rejects.toThrow(/no room left/);
    vi.restoreAllMocks();
    expect((await db.getAll('observations')).map((o) => o.value)).toEqual([12345]);
  });
});

describe('goals', () => {
  it('links history read before the goal existed', async () => {
    await fresh();
    await recordReadings(db, [makeReading({ value: 10 }), makeReading({ metric: 'users', value: 5 })], () => []);
    await putGoal(db, goal());
    expect(await linkExistingObservations(db, 'g1', ['sessions'], (o) => o.source === 'ga4')).toBe(1);
    expect((await goalHistory(db, 'g1')).map((o) => o.value)).toEqual([10]);
  });

  it('an edit that narrows a goal unlinks the readings that no longer fit, and takes equivalent metrics', async () => {
    await fresh();
    await recordReadings(db, [makeReading({ value: 10 }), makeReading({ metric: 'users', value: 5, scope: { row: 'Organic Search' } })], () => ['g1']);
    await putGoal(db, goal());
    await linkExistingObservations(db, 'g1', ['sessions', 'users'], (o) => o.scope.row === 'Organic Search');
    expect((await goalHistory(db, 'g1')).map((o) => o.value)).toEqual([5]);
    expect((await db.getAllFromIndex('observations', 'by-goal', 'g1')).map((o) => o.value)).toEqual([5]);
  });

  it('deleting a goal keeps its history, so putting it back is a full undo', async () => {
    await fresh();
    await putGoal(db, goal());
    await recordReadings(db, [makeReading()], () => ['g1']);
    const deleted = await deleteGoal(db, 'g1');
    expect(await listGoals(db)).toEqual([]);
    await putGoal(db, deleted!);
    expect(await listGoals(db)).toEqual([goal()]);
    expect(await goalHistory(db, 'g1')).toHaveLength(1);
  });
});
