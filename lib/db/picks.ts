import type { Pick } from '../picker/pick';
import { toStorageError } from './errors';
import type { GoalpostDatabase } from './open';

export async function savePick(db: GoalpostDatabase, pick: Pick): Promise<void> {
  try {
    await db.put('picks', pick);
  } catch (e) {
    throw toStorageError(e);
  }
}

/** The picks of one page (origin and path), oldest first. */
export async function picksForPage(db: GoalpostDatabase, page: string): Promise<Pick[]> {
  const picks = await db.getAllFromIndex('picks', 'by-page', page);
  return picks.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function listPicks(db: GoalpostDatabase): Promise<Pick[]> {
  return db.getAll('picks');
}

export async function deletePick(db: GoalpostDatabase, id: string): Promise<void> {
  await db.delete('picks', id);
}
