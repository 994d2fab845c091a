import type { DBSchema } from 'idb';
import type { Goal } from '../goals/types';
import type { Observation } from '../progress/types';
import type { StoredSettings } from '../settings';
import type { Snapshot } from '../share/snapshot';
import type { Pick } from '../picker/pick';

export interface StoredSnapshot {
  id?: number;
  takenAt: string;
  snapshot: Snapshot;
}

export const DB_NAME = 'goalpost';

/**
 * goals; observations (every reading, deduplicated per day; days older than a week compacted to what
 * goals use, docs/storage.md); goalDays (for each goal, the day's
 * latest observation — what progress is computed from, so a goal with 10,000 readings costs one
 * record a day to evaluate); settings (one record under the key 'settings'); snapshots (v2); picks
 * (v3: numbers the user chose to track on other sites, by page); meta and observations by day (v4:
 * older days compacted, lib/db/compaction.ts).
 * Versions and their steps: lib/db/open.ts.
 */
export interface GoalpostDB extends DBSchema {
  goals: { key: string; value: Goal };
  observations: {
    key: number;
    value: Observation;
    indexes: { 'by-dedup': string; 'by-goal': string; 'by-metric': string; 'by-day': string };
  };
  goalDays: {
    key: [string, string];
    value: Observation & { goalId: string };
    indexes: { 'by-goal': string };
  };
  settings: { key: string; value: StoredSettings };
  snapshots: { key: number; value: StoredSnapshot; indexes: { 'by-taken': string } };
  picks: { key: string; value: Pick; indexes: { 'by-page': string } };
  /** v4: the database's own bookkeeping ('compaction': the day before which history is compacted). */
  meta: { key: string; value: { before: string } };
}
