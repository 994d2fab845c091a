import type { Snapshot } from '../share/snapshot';
import { toStorageError } from './errors';
import type { GoalpostDatabase } from './open';
import type { StoredSnapshot } from './schema';

export async function saveSnapshot(db: GoalpostDatabase, snapshot: Snapshot): Promise<number> {
  try {
    return await db.add('snapshots', { takenAt: snapshot.takenAt, snapshot });
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Newest first. */
export async function listSnapshots(db: GoalpostDatabase): Promise<Array<Required<Pick<StoredSnapshot, 'id'>> & StoredSnapshot>> {
  const all = await db.getAllFromIndex('snapshots', 'by-taken');
  return all.reverse() as Array<Required<Pick<StoredSnapshot, 'id'>> & StoredSnapshot>;
}

export async function deleteSnapshot(db: GoalpostDatabase, id: number): Promise<void> {
  await db.delete('snapshots', id);
}
