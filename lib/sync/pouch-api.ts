/**
 * The slice of PouchDB's API the sync engine uses, typed here because @types/pouchdb-* lag behind
 * PouchDB 9. The engine only sees this interface, so unit tests hand it a memory-adapter database and
 * the background an IndexedDB one (lib/sync/pouch.ts).
 */
export interface MirrorDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  _revisions?: { start: number; ids: string[] };
  [key: string]: unknown;
}

export interface ChangesResult {
  results: Array<{ id: string; seq: number | string; deleted?: boolean; doc?: MirrorDoc }>;
  last_seq: number | string;
}

export interface BulkResult {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: boolean | string;
  status?: number;
  name?: string;
  message?: string;
}

export interface ReplicationResult {
  ok: boolean;
  docs_read?: number;
  docs_written?: number;
  errors?: unknown[];
  last_seq?: number | string;
  status?: string;
}

export interface SyncResult {
  push?: ReplicationResult;
  pull?: ReplicationResult;
}

export interface MirrorDb {
  get(id: string, opts?: { rev?: string; revs?: boolean; conflicts?: boolean; open_revs?: 'all' | string[]; latest?: boolean }): Promise<unknown>;
  put(doc: MirrorDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  bulkDocs(docs: MirrorDoc[], opts?: { new_edits?: boolean }): Promise<BulkResult[]>;
  allDocs(opts: { keys?: string[]; include_docs?: boolean; conflicts?: boolean; startkey?: string; endkey?: string }): Promise<{
    rows: Array<{ id: string; key: string; value?: { rev: string; deleted?: boolean }; doc?: MirrorDoc | null; error?: string }>;
  }>;
  changes(opts: { since: number | string; include_docs?: boolean; conflicts?: boolean; limit?: number; style?: 'all_docs' }): Promise<ChangesResult>;
  /** One-shot two-way replication; a thenable that also emits events. */
  sync(remote: MirrorDb, opts?: { batch_size?: number; batches_limit?: number; retry?: boolean }): Promise<SyncResult> & { cancel(): void; on(event: string, fn: (info: unknown) => void): unknown };
  replicate: {
    to(remote: MirrorDb, opts?: { batch_size?: number }): Promise<ReplicationResult> & { cancel(): void; on(event: string, fn: (info: unknown) => void): unknown };
    from(remote: MirrorDb, opts?: { batch_size?: number }): Promise<ReplicationResult> & { cancel(): void; on(event: string, fn: (info: unknown) => void): unknown };
  };
  info(): Promise<{ update_seq: number | string; doc_count: number }>;
  close(): Promise<void>;
  destroy(): Promise<void>;
}

/** A document's `_local/` record: bookkeeping that never replicates (what was applied, seeding done). */
export async function readLocal<T>(db: MirrorDb, name: string): Promise<(T & { _rev?: string }) | null> {
  try {
    return (await db.get(`_local/${name}`)) as T & { _rev?: string };
  } catch (e) {
    if ((e as { status?: number }).status === 404) return null;
    throw e;
  }
}

export async function writeLocal<T extends object>(db: MirrorDb, name: string, value: T): Promise<void> {
  const current = await readLocal<T>(db, name);
  await db.put({ ...value, _id: `_local/${name}`, ...(current?._rev ? { _rev: current._rev } : {}) } as MirrorDoc);
}
