import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type GoalpostDB } from './schema';

export type GoalpostDatabase = IDBPDatabase<GoalpostDB>;

/**
 * Opens (and upgrades) the database. Upgrades are one cumulative chain, so a database from any
 * earlier version walks through every step it missed; later steps use `tx.objectStore()`.
 * Only the background and extension pages call this: a content script would open the dashboard's
 * own origin's database.
 */
export function openGoalpostDb(name = DB_NAME): Promise<GoalpostDatabase> {
  return openDB<GoalpostDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('goals', { keyPath: 'id' });
        const observations = db.createObjectStore('observations', { keyPath: 'id', autoIncrement: true });
        observations.createIndex('by-dedup', 'dedupKey', { unique: true });
        observations.createIndex('by-goal', 'goalIds', { multiEntry: true });
        observations.createIndex('by-metric', 'metric');
        const goalDays = db.createObjectStore('goalDays', { keyPath: ['goalId', 'day'] });
        goalDays.createIndex('by-goal', 'goalId');
        db.createObjectStore('settings');
      }
    },
  });
}
