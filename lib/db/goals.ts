import type { Goal } from '../goals/types';
import { DEFAULT_SETTINGS, type StoredSettings } from '../settings';
import { toStorageError } from './errors';
import type { GoalpostDatabase } from './open';

export async function listGoals(db: GoalpostDatabase): Promise<Goal[]> {
  const goals = await db.getAll('goals');
  return goals.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function putGoal(db: GoalpostDatabase, goal: Goal): Promise<void> {
  try {
    await db.put('goals', goal);
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Removes the goal record only: its observations stay (history is pruned only by the user), so
 *  putting the returned goal back is a complete undo. */
export async function deleteGoal(db: GoalpostDatabase, goalId: string): Promise<Goal | null> {
  try {
    const tx = db.transaction('goals', 'readwrite');
    const goal = (await tx.store.get(goalId)) ?? null;
    if (goal) await tx.store.delete(goalId);
    await tx.done;
    return goal;
  } catch (e) {
    throw toStorageError(e);
  }
}

export async function getSettings(db: GoalpostDatabase): Promise<StoredSettings> {
  const stored = await db.get('settings', 'settings');
  return { ...DEFAULT_SETTINGS, ...stored, bands: { ...DEFAULT_SETTINGS.bands, ...stored?.bands } };
}

export async function putSettings(db: GoalpostDatabase, settings: StoredSettings): Promise<void> {
  try {
    await db.put('settings', settings, 'settings');
  } catch (e) {
    throw toStorageError(e);
  }
}
