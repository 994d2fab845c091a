import { addDays } from '../goals/dates';
import type { Observation } from '../progress/types';
import { atomically } from './atomic';
import type { GoalpostDatabase } from './open';
import { seriesOf } from './observations';

/**
 * Days of history kept reading by reading; older days keep, per goal and day, only what a goal's
 * figures are computed from (docs/storage.md). A heavy user's dashboards store thousands of readings a
 * day (every number on the page, at every data refresh): ~2 MB a day in Chromium's IndexedDB, 50 MB in
 * a month of the simulated year (scripts/bench/year.ts).
 */
export const FULL_DETAIL_DAYS = 7;

export const COMPACTION_KEY = 'compaction';

/**
 * Observations deleted per transaction (and twice as many read). A page read waits for a compaction
 * transaction on the observations store, so each one is kept short — about as long as a page read's
 * own (scripts/bench/year.ts prints both) — rather than a whole day's thousands of readings.
 */
export const COMPACTION_BATCH = 50;

export interface CompactionResult {
  /** Observations deleted. */
  removed: number;
  /** Days compacted. */
  days: number;
  /** The longest single transaction, ms: how long a page read could have waited for compaction. */
  longestTransactionMs: number;
  /** Per kind of transaction: how many, their time together and the longest, ms (for the bench). */
  steps: Record<string, { count: number; totalMs: number; maxMs: number }>;
}

type Timed = <T>(step: string, work: () => Promise<T>) => Promise<T>;

/** The day before which the stored history is compacted ('' when nothing is). */
export async function compactedBefore(db: GoalpostDatabase): Promise<string> {
  return (await db.get('meta', COMPACTION_KEY))?.before ?? '';
}

/**
 * Which of one day's observations stay. For each goal an observation is linked to, the latest reading
 * of each series (every reading sharing the latest time, should two share it): a goal's figures only
 * ever take the latest reading among equals — its day record (lib/db/observations.ts), a formula
 * goal's parts per day (lib/progress/formula-history.ts) and now (lib/metrics/derived.ts), the day
 * records rebuilt when a goal is edited or imported (lib/db/observations.ts, lib/db/transfer.ts).
 * And the reading each goal's day record stands for (`dayRecordKeys`), which a value that came back
 * later in the day can make an earlier one. Readings no goal is linked to are not kept.
 */
export function keptOfDay(observations: readonly Observation[], dayRecordKeys: ReadonlySet<string>): Set<Observation> {
  const kept = new Set<Observation>();
  const latest = new Map<string, Observation[]>();
  for (const o of observations) {
    if (dayRecordKeys.has(o.dedupKey)) kept.add(o);
    const series = seriesOf(o);
    for (const goalId of o.goalIds) {
      const key = `${goalId}\u0000${series}`;
      const best = latest.get(key);
      if (!best || best[0]!.readAt < o.readAt) latest.set(key, [o]);
      else if (best[0]!.readAt === o.readAt) best.push(o);
    }
  }
  for (const list of latest.values()) for (const o of list) kept.add(o);
  return kept;
}

/** A request issued alongside others: if one fails and aborts the transaction, the rest reject too, reported through the first. */
const alongside = <T>(request: Promise<T>): Promise<T> => {
  request.catch(() => {});
  return request;
};

const sameLinks = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * Compacts one day: reads it (in short read-only transactions), decides what stays, and deletes the
 * rest a batch at a time (`COMPACTION_BATCH`). Each batch re-reads what it deletes and skips an observation that
 * changed since it was read (a goal saved meanwhile linked it) or that a goal's day record now stands
 * for: a batch never deletes what the data as it is now needs. Stopped between batches, the day is
 * consistent (only some of what would go is gone) and the next run finishes it.
 */
async function compactDay(db: GoalpostDatabase, day: string, batchSize: number, timed: Timed): Promise<number> {
  // Where the day's observations are: ids grow with time, so a day is one run of ids unless readings
  // were stored into it later (an import, team sync). Its first and last id are two seeks on the index.
  const [first, last] = await timed('find day', async () => {
    const index = db.transaction('observations').store.index('by-day');
    return Promise.all([index.getKey(day), index.openKeyCursor(day, 'prev').then((c) => c?.primaryKey)]);
  });
  if (first === undefined || last === undefined) return 0;
  const observations: Observation[] = [];
  const chunk = batchSize * 2;
  let from = first;
  let scanned = 0;
  // The run read by id, a chunk per transaction, while most of what it reads is the day's.
  while (from <= last && (scanned < chunk * 4 || observations.length * 2 >= scanned)) {
    const read = await timed('read', () => db.getAll('observations', IDBKeyRange.bound(from, last), chunk));
    scanned += read.length;
    for (const o of read) if (o.day === day) observations.push(o);
    if (read.length < chunk) {
      from = last + 1;
      break;
    }
    from = read.at(-1)!.id! + 1;
  }
  if (from <= last) {
    // Not one run: the rest of the day by the index's keys, a chunk per transaction.
    const ids = (await timed('read', () => db.getAllKeysFromIndex('observations', 'by-day', day))).filter((id) => id >= from);
    for (let i = 0; i < ids.length; i += chunk) {
      const part = ids.slice(i, i + chunk);
      const read = await timed('read', async () => {
        const tx = db.transaction('observations');
        const found = await Promise.all(part.map((id) => tx.store.get(id)));
        await tx.done;
        return found;
      });
      for (const o of read) if (o?.day === day) observations.push(o);
    }
  }
  const goalIds = [...new Set(observations.flatMap((o) => o.goalIds))];
  const records = await timed('day records', async () => {
    const tx = db.transaction('goalDays');
    const found = await Promise.all(goalIds.map((g) => tx.store.get([g, day])));
    await tx.done;
    return found;
  });
  const dayRecordKeys = new Set(records.flatMap((r) => (r ? [r.dedupKey] : [])));
  const kept = keptOfDay(observations, dayRecordKeys);
  const drop = observations.filter((o) => !kept.has(o));
  let removed = 0;
  for (let i = 0; i < drop.length; i += batchSize) {
    const batch = drop.slice(i, i + batchSize);
    removed += await timed('delete', () =>
      atomically(db.transaction(['observations', 'goalDays'], 'readwrite'), async (tx) => {
        const store = tx.objectStore('observations');
        const goalDays = tx.objectStore('goalDays');
        const [now, dayRecords] = await Promise.all([
          Promise.all(batch.map((o) => alongside(store.get(o.id!)))),
          Promise.all(batch.map((o) => Promise.all(o.goalIds.map((g) => alongside(goalDays.get([g, day])))))),
        ]);
        const gone = batch.filter((o, k) => {
          const current = now[k];
          return current && sameLinks(current.goalIds, o.goalIds) && !dayRecords[k]!.some((r) => r?.dedupKey === o.dedupKey);
        });
        await Promise.all(gone.map((o) => alongside(store.delete(o.id!))));
        return gone.length;
      }),
    );
  }
  return removed;
}

/**
 * Compacts every day older than `keepDays` before `today` (UTC, as `Observation.day`) that is not
 * compacted yet, oldest first. Where it got to is stored after each day, so a run that stops (the
 * service worker ended, the browser closed) goes on from there next time; a day compacted twice
 * loses nothing more (what stays of a day is what its own rule keeps). Goals' day records (the
 * goalDays store) are never changed: the side panel's figures are computed from them.
 */
export async function compactHistory(
  db: GoalpostDatabase,
  today: string,
  { keepDays = FULL_DETAIL_DAYS, batch = COMPACTION_BATCH }: { keepDays?: number; batch?: number } = {},
): Promise<CompactionResult> {
  let longestTransactionMs = 0;
  const steps: CompactionResult['steps'] = {};
  const timed: Timed = async (step, work) => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      const ms = performance.now() - start;
      longestTransactionMs = Math.max(longestTransactionMs, ms);
      const s = (steps[step] ??= { count: 0, totalMs: 0, maxMs: 0 });
      s.count++;
      s.totalMs += ms;
      s.maxMs = Math.max(s.maxMs, ms);
    }
  };
  const before = addDays(today, -keepDays);
  const from = await compactedBefore(db);
  if (from >= before) return { removed: 0, days: 0, longestTransactionMs, steps };
  // The days with observations still to compact, found on the index a day at a time (each lookup one
  // seek, all in one short transaction): usually the one day that turned a week old since the last run.
  const days = await timed('find days', async () => {
    const index = db.transaction('observations').store.index('by-day');
    const oldest = from || (await index.openKeyCursor(IDBKeyRange.upperBound(before, true)))?.key;
    if (!oldest || oldest >= before) return [];
    const candidates: string[] = [];
    for (let day = oldest; day < before; day = addDays(day, 1)) candidates.push(day);
    const found = await Promise.all(candidates.map((day) => index.getKey(day)));
    return candidates.filter((_d, i) => found[i] !== undefined);
  });
  let removed = 0;
  for (const day of days) {
    removed += await compactDay(db, day, batch, timed);
    await timed('mark', () => db.put('meta', { before: addDays(day, 1) }, COMPACTION_KEY));
  }
  await timed('mark', () => db.put('meta', { before }, COMPACTION_KEY));
  return { removed, days: days.length, longestTransactionMs, steps };
}

/**
 * Runs compaction at most once a UTC day, a little after a page read rather than during it: the
 * read's own reply and the side panel's first request do not wait for it. A failed run is tried again
 * after the next read; it never affects the read that started it.
 */
export function dailyCompaction(
  db: () => Promise<GoalpostDatabase>,
  now: () => Date,
  opts: { delayMs?: number; onDone?: (result: CompactionResult) => void; onError?: (e: unknown) => void } = {},
): { afterRead(): void; run(): Promise<CompactionResult | null> } {
  let doneFor = '';
  let running: Promise<CompactionResult | null> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = (): Promise<CompactionResult | null> => {
    const today = now().toISOString().slice(0, 10);
    if (doneFor === today) return Promise.resolve(null);
    if (running) return running;
    const current = (async () => {
      try {
        const result = await compactHistory(await db(), today);
        doneFor = today;
        opts.onDone?.(result);
        return result;
      } catch (e) {
        opts.onError?.(e);
        return null;
      }
    })();
    running = current;
    void current.finally(() => {
      if (running === current) running = null;
    });
    return current;
  };
  return {
    afterRead() {
      if (timer || running || doneFor === now().toISOString().slice(0, 10)) return;
      timer = setTimeout(() => {
        timer = null;
        void run();
      }, opts.delayMs ?? 5000);
    },
    run,
  };
}
