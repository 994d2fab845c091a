import type { Goal } from '../goals/types';
import type { Observation } from '../progress/types';
import { atomically } from './atomic';
import type { GoalpostDatabase } from './open';

/** Everything an export needs, read in one transaction so goals and history agree. */
export async function readAllForExport(db: GoalpostDatabase, includeHistory: boolean): Promise<{ goals: Goal[]; observations?: Observation[] }> {
  const tx = db.transaction(['goals', 'observations'], 'readonly');
  const goals = await tx.objectStore('goals').getAll();
  const observations = includeHistory ? (await tx.objectStore('observations').getAll()).map(({ id: _id, ...o }) => o) : undefined;
  await tx.done;
  return observations ? { goals, observations } : { goals };
}

/**
 * Writes an already validated import in a single transaction: goals are added or replaced by id,
 * observations added unless the same one is stored (same dedup key), and each goal's day records
 * rebuilt from what it is linked to. Any failure aborts the transaction, so a bad import changes nothing.
 */
export async function importAll(db: GoalpostDatabase, data: { goals: readonly Goal[]; observations: readonly Observation[] }): Promise<{ goals: number; observations: number }> {
  return atomically(db.transaction(['goals', 'observations', 'goalDays'], 'readwrite'), async (tx) => {
    const goalStore = tx.objectStore('goals');
    const observations = tx.objectStore('observations');
    const goalDays = tx.objectStore('goalDays');
    for (const goal of data.goals) await goalStore.put(goal);
    let added = 0;
    for (const { id: _id, ...obs } of data.observations) {
      if (await observations.index('by-dedup').getKey(obs.dedupKey)) continue;
      await observations.add(obs);
      added++;
      for (const goalId of obs.goalIds) {
        const current = await goalDays.get([goalId, obs.day]);
        if (!current || current.readAt <= obs.readAt) await goalDays.put({ ...obs, goalId });
      }
    }
    return { goals: data.goals.length, observations: added };
  });
}
