import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { GoalpostDB } from './schema';
import { DB_NAME } from './schema';

export type GoalpostDatabase = IDBPDatabase<GoalpostDB>;
type UpgradeTx = IDBPTransaction<GoalpostDB, StoreNames<GoalpostDB>[], 'versionchange'>;

/**
 * The upgrade chain: step i takes a database from version i to i + 1. A database from any earlier
 * version walks every step it missed, in order; later steps reach existing stores through the
 * upgrade transaction. Steps never delete user data.
 */
export const UPGRADES: ReadonlyArray<(db: GoalpostDatabase, tx: UpgradeTx) => void> = [
  // v1: goals, every observation (deduplicated per day), each goal's day records, settings.
  (db) => {
    db.createObjectStore('goals', { keyPath: 'id' });
    const observations = db.createObjectStore('observations', { keyPath: 'id', autoIncrement: true });
    observations.createIndex('by-dedup', 'dedupKey', { unique: true });
    observations.createIndex('by-goal', 'goalIds', { multiEntry: true });
    observations.createIndex('by-metric', 'metric');
    const goalDays = db.createObjectStore('goalDays', { keyPath: ['goalId', 'day'] });
    goalDays.createIndex('by-goal', 'goalId');
    db.createObjectStore('settings');
  },
  // v2: saved snapshots, browsable and deletable.
  (db) => {
    const snapshots = db.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true });
    snapshots.createIndex('by-taken', 'takenAt');
  },
  // v3: numbers the user picked on other sites ("Track a number on this site"), found by page.
  (db) => {
    const picks = db.createObjectStore('picks', { keyPath: 'id' });
    picks.createIndex('by-page', 'page');
  },
  // v4: observations found by day (older days are compacted a day at a time), and where compaction got to.
  // Creating the index on the existing store indexes every observation already stored.
  (_db, tx) => {
    tx.objectStore('observations').createIndex('by-day', 'day');
    _db.createObjectStore('meta');
  },
];

export const DB_VERSION = UPGRADES.length;

/**
 * Opens (and upgrades) the database. Only the background and extension pages call this: a content
 * script would open the dashboard's own origin's database. `version` exists for migration tests.
 */
export function openGoalpostDb(name = DB_NAME, version = DB_VERSION): Promise<GoalpostDatabase> {
  return openDB<GoalpostDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) UPGRADES[v]!(db, tx);
    },
  });
}
