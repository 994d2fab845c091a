/**
 * Team sync's contract between the background (lib/sync/*, which replicates a PouchDB mirror of the
 * app's goals and readings to the team's CouchDB) and the pages that show it (Options → Team sync,
 * the side panel's conflict view). Off until the user sets a server and grants its origin.
 */
import type { Goal } from '../goals/types';

/** What the user types in Options → Team sync. Stored only in chrome.storage.local, never exported. */
export interface SyncConfig {
  /** Server root, e.g. "https://couch.example.com" (HTTPS required except for localhost/127.0.0.1). */
  url: string;
  /** Database name on that server, e.g. "goalpost-team". */
  database: string;
  user: string;
  password: string;
  enabled: boolean;
}

/** Why the last sync failed, in words the UI can translate. */
export type SyncErrorCode =
  | 'wrong-password'
  | 'no-permission'
  | 'permission-not-granted'
  | 'offline'
  | 'quota'
  | 'not-found'
  | 'bad-server'
  | 'bad-url';

export interface SyncStatus {
  state: 'off' | 'idle' | 'syncing' | 'error';
  /** ISO time of the last sync that finished without error. */
  lastSyncAt: string | null;
  /** Local changes not yet pushed. */
  pending: number;
  error: { code: SyncErrorCode; detail: string } | null;
  /** Documents pulled from the server that failed validation and were skipped, newest first. */
  rejected: Array<{ id: string; reason: string; at: string }>;
  /** Goals with an unresolved conflict. */
  conflicts: number;
  /**
   * The server set in Options (never the password), so the page can show and edit it after a reload;
   * absent or null when none is set. Optional: added for the Options page after the contract was drafted.
   */
  server?: { url: string; database: string; user: string } | null;
}

/** One field two people changed differently. Values are shown as text; `field` names a Goal key. */
export interface ConflictField {
  field: keyof Goal;
  mine: unknown;
  theirs: unknown;
}

export interface GoalConflict {
  goalId: string;
  /** 'edit-edit': both changed it; 'delete-edit': one deleted it while the other edited it (it came back). */
  kind: 'edit-edit' | 'delete-edit';
  mine: Goal | null;
  theirs: Goal | null;
  /** Who changed each version and when, when known. */
  mineBy: string | null;
  theirsBy: string | null;
  /** ISO times each version was written (for a deletion: when it was deleted), when known. */
  mineAt?: string | null;
  theirsAt?: string | null;
  /** Fields both changed to different values; fields only one side changed are merged without asking. */
  fields: ConflictField[];
}

/** How the user resolves a conflict: keep one version, or a merged goal they edited. */
export type ConflictChoice = { keep: 'mine' } | { keep: 'theirs' } | { keep: 'merged'; goal: Goal };
