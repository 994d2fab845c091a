import type { Observation } from '../progress/types';
import type { Reading } from '../readings';
import { atomically } from './atomic';
import { hash53 } from '../hash';
import type { GoalpostDatabase } from './open';

/** Same value, same metric/scope/range, same day → one observation: re-reading a dashboard all day adds nothing. */
export function dedupKeyOf(r: Reading, day: string): string {
  const range = r.dateRange ? `${r.dateRange.start}..${r.dateRange.end}` : 'no-range';
  return [r.metric, r.source, r.scope.account ?? '', r.scope.row ?? '', range, r.value, r.unit, r.currency ?? '', day].join('|');
}

/**
 * Everything about an observation, other than its value and time, that decides whether a goal's
 * figures can use it: the metric and where it came from (what goal matching looks at, `where` included:
 * it decides a filter goal's fit), its unit and currency, how sure it is, the dates it describes and
 * the page it was read on (a goal "missing on this page" is one read there before).
 */
export const seriesOf = (o: Observation): string =>
  JSON.stringify([o.metric, o.source, o.scope.account ?? '', o.scope.row ?? '', o.where, o.unit, o.currency ?? '', o.confidence, o.dateRange?.start ?? '', o.dateRange?.end ?? '', o.pageUrl]);

const LATEST_OF_DAY = 'latest|';

/**
 * The one record a series no goal takes keeps for a day, overwritten by each new value: what a goal
 * made later can use (the latest reading of each series a day, docs/storage.md) without writing, and a
 * week later deleting, every number of every data refresh. The series is hashed: the key is stored
 * in the record and in an index (as UTF-16 in Chromium), and the series text runs to ~250 characters.
 */
export const latestOfDayKey = (o: Observation): string => `${LATEST_OF_DAY}${o.day}|${hash53(seriesOf(o))}`;

/** Whether a stored observation is a series' latest-of-the-day record, which newer readings replace. */
export const isLatestOfDay = (o: Pick<Observation, 'dedupKey'>): boolean => o.dedupKey.startsWith(LATEST_OF_DAY);

export function toObservation(r: Reading, goalIds: string[]): Observation {
  const day = r.readAt.slice(0, 10);
  return {
    metric: r.metric,
    value: r.value,
    unit: r.unit,
    ...(r.currency ? { currency: r.currency } : {}),
    precision: r.precision,
    dateRange: r.dateRange,
    source: r.source,
    scope: r.scope,
    label: r.label,
    text: r.text,
    where: r.where,
    confidence: r.confidence,
    pageUrl: r.pageUrl,
    readAt: r.readAt,
    day,
    dedupKey: dedupKeyOf(r, day),
    goalIds,
  };
}

/**
 * Stores a page's readings in one transaction. A reading linked to a goal is added unless the same
 * value was stored that day (a repeat still links newly matched goals), and each linked goal's day
 * record is replaced by the latest reading, a sure one winning over an unsure one. A reading no goal
 * takes replaces its series' record of the day (`latestOfDayKey`) when its value changed — unless a
 * goal saved since linked that record, which then stays and the reading is kept beside it as a linked
 * one would be. IndexedDB serialises overlapping readwrite transactions, so two tabs writing at once
 * cannot lose each other's readings.
 *
 * Every lookup is asked at once and every write issued at once (a transaction runs its requests in
 * order): awaiting each request in turn costs a round trip to the browser's storage per request, which
 * made a page of a few dozen numbers take ~40 ms to store in Chromium.
 *
 * Returns how many records were added and replaced, and for each reading the record it is stored as
 * (what team sync shares).
 */
export async function recordReadings(
  db: GoalpostDatabase,
  readings: readonly Reading[],
  goalIdsFor: (reading: Reading, index: number) => string[],
): Promise<{ added: number; replaced: number; stored: Observation[] }> {
  return atomically(db.transaction(['observations', 'goalDays'], 'readwrite'), async (tx) => {
    const observations = tx.objectStore('observations');
    const goalDays = tx.objectStore('goalDays');
    const byDedup = observations.index('by-dedup');
    const incoming = readings.map((r, i) => toObservation(r, goalIdsFor(r, i)));
    const slotKeys = incoming.map((o) => (o.goalIds.length ? null : latestOfDayKey(o)));
    const dayKey = (goalId: string, day: string) => `${goalId}\u0000${day}`;
    const dayKeys = [...new Map(incoming.flatMap((o) => o.goalIds.map((id) => [dayKey(id, o.day), [id, o.day] as [string, string]] as const))).values()];
    const [stored, slots, days] = await Promise.all([
      Promise.all(incoming.map((o, i) => (slotKeys[i] ? undefined : byDedup.get(o.dedupKey)))),
      Promise.all(slotKeys.map((k) => (k ? byDedup.get(k) : undefined))),
      Promise.all(dayKeys.map((k) => goalDays.get(k))),
    ]);
    // Rarely, a series' record of the day is a goal's (saved since): the reading is then stored by its
    // value, as a linked one, and only then is that key looked up.
    const byValue = incoming.flatMap((_o, i) => (slots[i]?.goalIds.length ? [i] : []));
    if (byValue.length) (await Promise.all(byValue.map((i) => byDedup.get(incoming[i]!.dedupKey)))).forEach((o, k) => (stored[byValue[k]!] = o));
    // What the store will hold once this batch is written, so the same reading twice in a batch finds its first copy.
    const byKey = new Map<string, Observation>();
    const toAdd = new Set<Observation>();
    const toPut = new Set<Observation>();
    const replaced = new Set<string>();
    const keyOf: string[] = [];
    const dayRecords = new Map(dayKeys.map((k, i) => [dayKey(k[0], k[1]), days[i]] as const));
    const changedDays = new Set<string>();
    for (const [index, obs] of incoming.entries()) {
      const slotKey = slotKeys[index];
      const slot = slotKey ? (byKey.get(slotKey) ?? slots[index]) : undefined;
      if (slotKey && (!slot || !slot.goalIds.length)) {
        keyOf.push(slotKey);
        if (!slot) {
          const added = { ...obs, dedupKey: slotKey };
          byKey.set(slotKey, added);
          toAdd.add(added);
        } else if (slot.value !== obs.value && slot.readAt <= obs.readAt) {
          const next: Observation = { ...obs, dedupKey: slotKey, ...(slot.id === undefined ? {} : { id: slot.id }) };
          if (toAdd.delete(slot)) toAdd.add(next);
          else {
            toPut.delete(slot);
            toPut.add(next);
            replaced.add(slotKey);
          }
          byKey.set(slotKey, next);
        } else byKey.set(slotKey, slot);
        continue;
      }
      keyOf.push(obs.dedupKey);
      const existing = byKey.get(obs.dedupKey) ?? stored[index];
      if (existing) {
        const newLinks = obs.goalIds.filter((id) => !existing.goalIds.includes(id));
        if (newLinks.length) {
          existing.goalIds = [...existing.goalIds, ...newLinks];
          if (!toAdd.has(existing)) toPut.add(existing);
        }
        byKey.set(obs.dedupKey, existing);
      } else {
        byKey.set(obs.dedupKey, obs);
        toAdd.add(obs);
      }
      for (const goalId of obs.goalIds) {
        const key = dayKey(goalId, obs.day);
        const current = dayRecords.get(key);
        const keepCurrent = current && current.confidence === 'sure' && obs.confidence === 'unsure';
        if (!keepCurrent && (!current || current.readAt <= obs.readAt)) {
          dayRecords.set(key, { ...obs, goalIds: [...obs.goalIds], goalId });
          changedDays.add(key);
        }
      }
    }
    await Promise.all([
      ...[...toAdd].map((o) => observations.add(o)),
      ...[...toPut].map((o) => observations.put(o)),
      ...[...changedDays].map((k) => goalDays.put(dayRecords.get(k)!)),
    ]);
    return { added: toAdd.size, replaced: replaced.size, stored: keyOf.map((k) => byKey.get(k)!) };
  });
}

/** A goal's progress history: its latest observation of each day, oldest first. */
export async function goalHistory(db: GoalpostDatabase, goalId: string): Promise<Observation[]> {
  // The store's key is [goalId, day], so a key range on the goal returns its days already in order.
  return db.getAll('goalDays', IDBKeyRange.bound([goalId, ''], [goalId, '\uffff']));
}

/** Several goals' histories in one transaction (the side panel shows them all at once). */
export async function goalHistories(db: GoalpostDatabase, goalIds: readonly string[]): Promise<Map<string, Observation[]>> {
  const tx = db.transaction('goalDays', 'readonly');
  const entries = await Promise.all(
    goalIds.map(async (id) => [id, await tx.store.getAll(IDBKeyRange.bound([id, ''], [id, '\uffff']))] as const),
  );
  await tx.done;
  return new Map(entries);
}

/**
 * Links a (new or edited) goal to the observations already stored for its metrics (its own and the
 * equivalent ones), so history read before the goal existed counts, and unlinks those that no longer
 * fit: an edit that narrows a goal to a channel must not keep the site-wide totals it took before.
 * `matches` decides whether an observation fits the goal. The goal's day records are rebuilt.
 */
export async function linkExistingObservations(
  db: GoalpostDatabase,
  goalId: string,
  metrics: ReadonlyArray<Observation['metric']>,
  matches: (o: Observation) => boolean,
): Promise<number> {
  return atomically(db.transaction(['observations', 'goalDays'], 'readwrite'), async (tx) => {
    const observations = tx.objectStore('observations');
    const goalDays = tx.objectStore('goalDays');
    let linked = 0;
    let linkedCursor = await observations.index('by-goal').openCursor(goalId);
    while (linkedCursor) {
      const obs = linkedCursor.value;
      if (!matches(obs)) await linkedCursor.update({ ...obs, goalIds: obs.goalIds.filter((id) => id !== goalId) });
      linkedCursor = await linkedCursor.continue();
    }
    const latestByDay = new Map<string, Observation>();
    for (const metric of metrics) {
      let cursor = await observations.index('by-metric').openCursor(metric);
      while (cursor) {
        const obs = cursor.value;
        if (matches(obs)) {
          if (!obs.goalIds.includes(goalId)) {
            await cursor.update({ ...obs, goalIds: [...obs.goalIds, goalId] });
            linked++;
          }
          const best = latestByDay.get(obs.day);
          if (!best || (best.confidence === obs.confidence ? best.readAt <= obs.readAt : obs.confidence === 'sure'))
            latestByDay.set(obs.day, obs);
        }
        cursor = await cursor.continue();
      }
    }
    await goalDays.delete(IDBKeyRange.bound([goalId, ''], [goalId, '\uffff']));
    for (const obs of latestByDay.values()) await goalDays.put({ ...obs, goalIds: obs.goalIds.includes(goalId) ? obs.goalIds : [...obs.goalIds, goalId], goalId });
    return linked;
  });
}
