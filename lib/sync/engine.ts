/**
 * Team sync: a persistent PouchDB mirror of what the team shares, written in the same flow as the app's
 * own writes, replicated with the team's CouchDB in one-shot syncs (the MV3 worker may stop at any time,
 * so nothing relies on a live connection; PouchDB's checkpoints let an interrupted sync resume), and
 * pulled documents written back into the app's stores in one transaction after they pass the import's
 * validation. The app keeps reading its own stores. Off until the user sets a server and the browser
 * grants its origin: until then nothing here makes a request.
 */
import type { Goal } from '../goals/types';
import type { Observation } from '../progress/types';
import type { MetricId } from '../metrics/types';
import type { Snapshot } from '../share/snapshot';
import type { Pick } from '../picker/pick';
import type { GoalpostDatabase } from '../db/open';
import { atomically } from '../db/atomic';
import { isLatestOfDay } from '../db/observations';
import { snapshotToJson } from '../share/json';
import type { ConflictChoice, GoalConflict, SyncConfig, SyncStatus } from './types';
import { readLocal, writeLocal, type MirrorDb, type MirrorDoc } from './pouch-api';
import {
  checkPulledDoc,
  envelope,
  goalDocId,
  kindOfId,
  obsDocId,
  pickDocId,
  sharedObservation,
  snapshotDocId,
  textHash,
  type Author,
  type Envelope,
  type PulledRecord,
  type SyncedKind,
  type Tombstone,
} from './docs';
import { commonAncestor, mergeGoals, revList } from './merge';
import { checkServerUrl, isDatabaseName, syncErrorOf } from './errors';

/** A write the app made to something the team shares; the background reports each one. */
export type LocalChange =
  | { kind: 'goal-saved'; goal: Goal }
  | { kind: 'goal-deleted'; goalId: string }
  | { kind: 'observations'; observations: readonly Observation[] }
  | { kind: 'imported'; goals: readonly Goal[]; observations: readonly Observation[] }
  | { kind: 'snapshot-saved'; snapshot: Snapshot }
  | { kind: 'snapshot-deleted'; snapshot: Snapshot }
  | { kind: 'pick-saved'; pick: Pick }
  | { kind: 'pick-deleted'; pickId: string };

/** chrome.storage.local, or a Map in tests. */
export interface SyncStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export interface SyncEngineDeps {
  appDb(): Promise<GoalpostDatabase>;
  /** The persistent local mirror (IndexedDB in the browser, memory in tests). */
  mirror(): MirrorDb;
  /** The team's database at `url/database`, with the user's credentials. */
  remote(config: SyncConfig): MirrorDb;
  store: SyncStore;
  /** Whether the browser granted this origin pattern ("https://couch.example.com/*"). */
  hasOrigin(pattern: string): Promise<boolean>;
  now(): Date;
  randomId(): string;
  /**
   * Pulled documents changed the app's stores: these goals (written or deleted), readings of these
   * metrics, maybe snapshots and picks. The background links the goals to the readings that fit them.
   */
  appChanged(changed: { goalIds: string[]; metrics: MetricId[] }): Promise<void> | void;
  statusChanged(status: SyncStatus): void;
}

const CONFIG_KEY = 'goalpost.sync.config';
const STATUS_KEY = 'goalpost.sync.status';
const DEVICE_KEY = 'goalpost.sync.device';
/** Mirror bookkeeping (`_local/…`, never replicated). */
const APPLIED = 'goalpost-applied';
const SEEDED = 'goalpost-seeded';
const BATCH = 500;
const MAX_REJECTED = 50;

const OFF: SyncStatus = { state: 'off', lastSyncAt: null, pending: 0, error: null, rejected: [], conflicts: 0 };

function chunks<T>(list: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

const isMissing = (e: unknown) => (e as { status?: number } | null)?.status === 404;

export class SyncEngine {
  private running: Promise<SyncStatus> | null = null;
  private again = false;
  private conflictsCache: Described[] | null = null;
  private mirrorDb: MirrorDb | null = null;
  /** Mirror writes go one after another: two of them upserting one document would conflict. */
  private writes: Promise<unknown> = Promise.resolve();
  private statusWrites: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: SyncEngineDeps) {}

  private mirror(): MirrorDb {
    return (this.mirrorDb ??= this.deps.mirror());
  }

  async config(): Promise<SyncConfig | null> {
    const c = (await this.deps.store.get(CONFIG_KEY)) as SyncConfig | undefined;
    return c && typeof c.url === 'string' ? c : null;
  }

  private async device(): Promise<string> {
    const stored = await this.deps.store.get(DEVICE_KEY);
    if (typeof stored === 'string' && stored) return stored;
    const id = this.deps.randomId();
    await this.deps.store.set(DEVICE_KEY, id);
    return id;
  }

  private async author(config: SyncConfig): Promise<Author> {
    return { by: config.user, device: await this.device(), at: this.deps.now().toISOString() };
  }

  async status(): Promise<SyncStatus> {
    const config = await this.config();
    const stored = ((await this.deps.store.get(STATUS_KEY)) as SyncStatus | undefined) ?? OFF;
    const server = config ? { url: config.url, database: config.database, user: config.user } : null;
    if (!config?.enabled) return { ...stored, state: 'off', error: null, server };
    // A worker stopped in the middle of a sync leaves "syncing" stored: only a run in this worker is one.
    const stale = (stored.state === 'syncing' && !this.running) || stored.state === 'off';
    return { ...OFF, ...stored, state: stale ? (stored.error ? 'error' : 'idle') : stored.state, server };
  }

  /**
   * Status changes go one after another, and a patch may be worked out from the status as it then is:
   * a write counted while a sync finishes would otherwise be lost between one's read and the other's write.
   */
  private setStatus(patch: Partial<SyncStatus> | ((current: SyncStatus) => Partial<SyncStatus>)): Promise<SyncStatus> {
    const run = this.statusWrites.then(async () => {
      const { server: _server, ...current } = await this.status();
      const next: SyncStatus = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
      await this.deps.store.set(STATUS_KEY, next);
      const shown = await this.status();
      this.deps.statusChanged(shown);
      return shown;
    });
    this.statusWrites = run.catch(() => {});
    return run;
  }

  /** Saves what the user set in Options. The page asked the browser for the origin first. */
  async configure(config: SyncConfig): Promise<SyncStatus> {
    const before = await this.config();
    if (!config.enabled) {
      // Off: nothing more is sent, and the password is forgotten (turning it on again asks for it).
      if (before) await this.deps.store.set(CONFIG_KEY, { ...before, password: '', enabled: false });
      return this.setStatus({ state: 'off', error: null });
    }
    // A refused setting changes nothing stored; the answer says why.
    const refuse = async (code: 'bad-url' | 'permission-not-granted', detail: string): Promise<SyncStatus> => ({ ...(await this.status()), state: 'error', error: { code, detail: detail.slice(0, 200) } });
    const checked = checkServerUrl(config.url);
    if (!checked.ok || !isDatabaseName(config.database)) return refuse('bad-url', checked.ok ? config.database : config.url);
    if (!(await this.deps.hasOrigin(checked.originPattern))) return refuse('permission-not-granted', checked.originPattern);
    // An edit made while on keeps the password unless a new one was typed; a new server or database
    // starts the mirror's bookkeeping afresh (its checkpoints belong to the old one).
    const password = config.password || (before?.enabled && before.url === checked.url && before.user === config.user ? before.password : '');
    const next: SyncConfig = { url: checked.url, database: config.database, user: config.user, password, enabled: true };
    const moved = before && (before.url !== next.url || before.database !== next.database);
    await this.deps.store.set(CONFIG_KEY, next);
    if (moved) await this.resetMirror();
    return this.syncNow();
  }

  private async resetMirror(): Promise<void> {
    await this.mirror().destroy();
    this.mirrorDb = null;
    this.conflictsCache = null;
    await this.deps.store.set(STATUS_KEY, { ...OFF });
  }

  /**
   * Records a local write in the mirror (when sync is on) and counts it as pending. It takes its turn
   * among the mirror writes at once, before reading anything: a "Sync now" pressed right after a save
   * then pushes the save, rather than finding the mirror still without it.
   */
  onLocalChange(change: LocalChange): Promise<number> {
    const run = this.writes.then(async () => {
      const config = await this.config();
      if (!config?.enabled) return 0;
      if (!(await readLocal(this.mirror(), SEEDED))) return 0; // the first sync copies everything
      const written = await this.writeToMirror(change, await this.author(config));
      if (written) await this.setStatus((s) => ({ pending: s.pending + written }));
      return written;
    });
    this.writes = run.catch(() => {});
    return run;
  }

  private async writeToMirror(change: LocalChange, author: Author): Promise<number> {
    switch (change.kind) {
      case 'goal-saved':
        return this.upsert([envelope('goal', goalDocId(change.goal.id), change.goal, author)]);
      case 'goal-deleted':
        return this.remove([goalDocId(change.goalId)], 'goal', author);
      case 'observations':
        return this.upsertObservations(change.observations, author);
      case 'imported':
        return (
          (await this.upsert(change.goals.map((g) => envelope('goal', goalDocId(g.id), g, author)))) + (await this.upsertObservations(change.observations, author))
        );
      case 'snapshot-saved':
        return this.upsert([envelope('snapshot', snapshotDocId(change.snapshot), change.snapshot, author)]);
      case 'snapshot-deleted':
        return this.remove([snapshotDocId(change.snapshot)], 'snapshot', author);
      case 'pick-saved':
        return this.upsert([envelope('pick', pickDocId(change.pick.id), change.pick, author)]);
      case 'pick-deleted':
        return this.remove([pickDocId(change.pickId)], 'pick', author);
    }
  }

  /** Writes documents over whatever revision the mirror has; unchanged data is not written again. */
  private async upsert(docs: Array<Envelope<unknown>>, merge?: (current: Envelope<unknown>, next: Envelope<unknown>) => Envelope<unknown> | null): Promise<number> {
    let written = 0;
    for (const batch of chunks(docs)) {
      for (let attempt = 0; attempt < 3; attempt++) {
        const { rows } = await this.mirror().allDocs({ keys: batch.map((d) => d._id), include_docs: true });
        // A deleted document is written again without a revision: PouchDB then extends its deleted branch.
        const live = rows.filter((r) => r.doc && r.value && !r.value.deleted);
        const current = new Map(live.map((r) => [r.id, r.doc as Envelope<unknown>]));
        const revs = new Map(live.map((r) => [r.id, r.value!.rev]));
        const out: MirrorDoc[] = [];
        for (const doc of batch) {
          const now = current.get(doc._id);
          const next = now && merge ? merge(now, doc) : doc;
          if (!next) continue;
          if (now && JSON.stringify(now.data) === JSON.stringify(next.data)) continue;
          const rev = revs.get(doc._id);
          out.push({ ...next, ...(rev ? { _rev: rev } : {}) });
        }
        if (!out.length) break;
        const results = await this.mirror().bulkDocs(out);
        written += results.filter((r) => r.ok).length;
        // Another write got there between the read and this one: read again and retry just those.
        const retry = new Set(results.filter((r) => r.status === 409 || r.name === 'conflict').map((r) => r.id));
        if (!retry.size) break;
        batch.splice(0, batch.length, ...batch.filter((d) => retry.has(d._id)));
      }
    }
    return written;
  }

  private upsertObservations(observations: readonly Observation[], author: Author): Promise<number> {
    // One document per reading a day (its dedup key); a repeat only adds the goals it is linked to.
    const byKey = new Map<string, Envelope<Observation>>();
    for (const o of observations) {
      const seen = byKey.get(o.dedupKey);
      const goalIds = [...new Set([...(seen?.data.goalIds ?? []), ...o.goalIds])];
      byKey.set(o.dedupKey, envelope('obs', obsDocId(o.dedupKey), { ...sharedObservation(seen?.data ?? o), goalIds }, author));
    }
    return this.upsert([...byKey.values()], (current, next) => {
      const had = (current.data as Observation).goalIds ?? [];
      const goalIds = [...new Set([...had, ...(next.data as Observation).goalIds])];
      // A series' latest-of-the-day record is replaced by a newer reading, as in the app's own store.
      if (replacesLatest(current.data as Observation, next.data as Observation)) return { ...next, data: { ...(next.data as Observation), goalIds } };
      if (goalIds.length === had.length) return null;
      return { ...current, ...author, data: { ...(current.data as Observation), goalIds } };
    });
  }

  private async remove(ids: string[], type: SyncedKind, author: Author): Promise<number> {
    const { rows } = await this.mirror().allDocs({ keys: ids });
    const tombstones: Tombstone[] = rows.flatMap((r) => (r.value && !r.value.deleted ? [{ _id: r.id, _rev: r.value.rev, _deleted: true as const, type, deleted: author }] : []));
    if (!tombstones.length) return 0;
    return (await this.mirror().bulkDocs(tombstones)).filter((r) => r.ok).length;
  }

  /** Copies everything the team shares into the mirror, once per mirror. */
  private async seed(config: SyncConfig): Promise<void> {
    const mirror = this.mirror();
    if (await readLocal(mirror, SEEDED)) return;
    const db = await this.deps.appDb();
    const tx = db.transaction(['goals', 'observations', 'snapshots', 'picks'], 'readonly');
    const [goals, observations, snapshots, picks] = await Promise.all([
      tx.objectStore('goals').getAll(),
      tx.objectStore('observations').getAll(),
      tx.objectStore('snapshots').getAll(),
      tx.objectStore('picks').getAll(),
    ]);
    await tx.done;
    const author = await this.author(config);
    let written = await this.upsert(goals.map((g) => envelope('goal', goalDocId(g.id), g, author)));
    written += await this.upsertObservations(observations, author);
    written += await this.upsert(snapshots.map((s) => envelope('snapshot', snapshotDocId(s.snapshot), s.snapshot, author)));
    written += await this.upsert(picks.map((p) => envelope('pick', pickDocId(p.id), p, author)));
    // What is already in the mirror from before is the app's own: applying starts after it.
    const { update_seq } = await mirror.info();
    await writeLocal(mirror, APPLIED, { seq: update_seq });
    await writeLocal(mirror, SEEDED, { at: author.at });
    await this.setStatus((s) => ({ pending: s.pending + written }));
  }

  /**
   * One sync both ways, then the pulled documents into the app's stores. Overlapping calls share one
   * run (and one more runs after it if a call came in during it).
   */
  syncNow(): Promise<SyncStatus> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = (async () => {
      let status = await this.syncOnce();
      while (this.again) {
        this.again = false;
        status = await this.syncOnce();
      }
      return status;
    })();
    this.running = run.finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async syncOnce(): Promise<SyncStatus> {
    const config = await this.config();
    if (!config?.enabled) return this.setStatus({ state: 'off', error: null });
    const checked = checkServerUrl(config.url);
    if (!checked.ok) return this.setStatus({ state: 'error', error: { code: 'bad-url', detail: config.url.slice(0, 200) } });
    // Without the browser's grant for that one origin, no request is made at all.
    if (!(await this.deps.hasOrigin(checked.originPattern))) {
      return this.setStatus({ state: 'error', error: { code: 'permission-not-granted', detail: checked.originPattern } });
    }
    await this.setStatus({ state: 'syncing' });
    try {
      // Seeding takes its turn among the mirror writes: a change made while it reads the app's stores is
      // written after it, not skipped as "not seeded yet".
      // The writes counted as pending now are all in the mirror, so the push below sends them; one made
      // after this may miss the push and stays counted until a later sync (its own, scheduled by it).
      const seeded = this.writes.then(async () => {
        await this.seed(config);
        return (await this.status()).pending;
      });
      this.writes = seeded.catch(() => {});
      const sent = await seeded;
      const remote = this.deps.remote(config);
      let rejected: SyncStatus['rejected'];
      try {
        // Push, then pull, not PouchDB's sync() (both at once): a pull that runs beside the push can miss
        // the revision another browser pushed a moment earlier, and a conflict would surface only one
        // sync later (measured against the test server: 3–8 syncs in 40; none in 40 when in turn).
        for (const step of [() => this.mirror().replicate.to(remote, { batch_size: 200 }), () => this.mirror().replicate.from(remote, { batch_size: 200 })]) {
          const result = await step();
          if (result.status === 'aborted' || result.errors?.length) throw result.errors?.[0] ?? new Error('The sync stopped.');
        }
        this.conflictsCache = null;
        const before = (await this.mirror().info()).update_seq;
        rejected = await this.applyPulled(config);
        // What applying wrote itself (readings stored twice, goals merged without asking) goes out in
        // this sync, so the other browsers stop seeing two versions at their next one.
        if ((await this.mirror().info()).update_seq !== before) {
          const pushed = await this.mirror().replicate.to(remote, { batch_size: 200 });
          if (pushed.errors?.length) throw pushed.errors[0];
        }
      } finally {
        await remote.close().catch(() => {});
      }
      this.conflictsCache = null;
      const conflicts = await this.conflicts();
      const lastSyncAt = this.deps.now().toISOString();
      return await this.setStatus((before) => ({
        state: 'idle',
        error: null,
        lastSyncAt,
        pending: Math.max(0, before.pending - sent),
        conflicts: conflicts.length,
        rejected: [...rejected, ...before.rejected].slice(0, MAX_REJECTED),
      }));
    } catch (e) {
      return this.setStatus({ state: 'error', error: syncErrorOf(e) });
    }
  }

  /**
   * Writes what the sync brought into the app's stores, a batch of the mirror's changes feed per
   * transaction; a document that fails validation is reported and skipped, and where the mirror's
   * feed got to is saved after each batch, so an interrupted apply resumes.
   */
  private async applyPulled(config: SyncConfig): Promise<SyncStatus['rejected']> {
    const mirror = this.mirror();
    const me = await this.device();
    const rejected: SyncStatus['rejected'] = [];
    const changedGoals = new Set<string>();
    const metrics = new Set<MetricId>();
    let touched = false;
    let since = (await readLocal<{ seq: number | string }>(mirror, APPLIED))?.seq ?? 0;
    for (;;) {
      const feed = await mirror.changes({ since, include_docs: true, conflicts: true, limit: BATCH });
      if (!feed.results.length) break;
      const records: PulledRecord[] = [];
      const removals: Array<{ kind: SyncedKind; id: string }> = [];
      for (const change of feed.results) {
        const doc = change.doc;
        if (!doc || change.id.startsWith('_design/') || change.id.startsWith('_local/')) continue;
        if (doc._deleted) {
          const tomb = doc as Tombstone;
          const kind = kindOfId(change.id);
          if (tomb.deleted?.device === me || !kind || kind === 'obs') continue;
          removals.push({ kind, id: change.id });
          continue;
        }
        const checked = checkPulledDoc(doc);
        if (!checked.ok) {
          rejected.push({ id: change.id.slice(0, 200), reason: checked.reason, at: this.deps.now().toISOString() });
          continue;
        }
        let record = checked.record;
        if (record.kind === 'obs' && doc._conflicts?.length) record = await this.resolveObservation(doc, record.observation, config);
        else if (checked.author?.device === me) continue;
        records.push(record);
      }
      if (records.length || removals.length) {
        for (const r of records) if (r.kind === 'goal') changedGoals.add(r.goal.id);
        for (const r of records) if (r.kind === 'obs') metrics.add(r.observation.metric);
        for (const r of removals) if (r.kind === 'goal') changedGoals.add(r.id.slice('goal:'.length));
        await writeIntoApp(await this.deps.appDb(), records, removals);
        touched = true;
      }
      since = feed.last_seq;
      await writeLocal(mirror, APPLIED, { seq: since });
    }
    if (touched) await this.deps.appChanged({ goalIds: [...changedGoals], metrics: [...metrics] });
    await this.autoMerge(config);
    return rejected;
  }

  /** Two people stored the same reading with different goals linked: one document, every link kept. */
  private async resolveObservation(doc: MirrorDoc, observation: Observation, config: SyncConfig): Promise<PulledRecord> {
    const others = (await this.mirror().get(doc._id, { open_revs: doc._conflicts! })) as Array<{ ok?: Envelope<Observation> }>;
    const goalIds = new Set(observation.goalIds);
    for (const o of others) for (const id of o.ok?.data?.goalIds ?? []) if (typeof id === 'string' && id.length <= 100) goalIds.add(id);
    const merged: Observation = { ...observation, goalIds: [...goalIds].sort() };
    // Every browser that meets this conflict writes the very same document on the same revision (the
    // winner's author, sorted links), and PouchDB's revision ids are a hash of the content: the
    // browsers' resolutions are one revision, not a new conflict.
    const author = mergedBy(authorOf(doc)) ?? (await this.author(config));
    await this.mirror().bulkDocs([
      { ...envelope('obs', doc._id, merged, author), _rev: doc._rev },
      ...doc._conflicts!.map((rev) => ({ _id: doc._id, _rev: rev, _deleted: true })),
    ]);
    return { kind: 'obs', observation: merged };
  }

  /** Goal conflicts in which nobody changed the same field are merged without asking. */
  private async autoMerge(config: SyncConfig): Promise<void> {
    for (const c of await this.conflicts()) {
      if (c.kind === 'edit-edit' && c.fields.length === 0 && c.mine && c.theirs) {
        await this.resolve(c.goalId, { keep: 'mine' }, config, true);
      }
    }
  }

  /** Every goal with more than one version, or brought back by an edit after someone deleted it. */
  async conflicts(): Promise<GoalConflict[]> {
    return (await this.described()).map(({ merged: _merged, ...c }) => c);
  }

  private async described(): Promise<Described[]> {
    if (this.conflictsCache) return this.conflictsCache;
    const config = await this.config();
    if (!config) return [];
    const me = await this.device();
    const mirror = this.mirror();
    const { rows } = await mirror.allDocs({ startkey: 'goal:', endkey: 'goal:\uffff' });
    const found: Described[] = [];
    for (const row of rows) {
      const state = await this.leavesOf(row.id);
      if (!state) continue;
      const conflict = await describeConflict(mirror, row.id, state, me);
      if (conflict) found.push(conflict);
    }
    this.conflictsCache = found;
    return found;
  }

  private async leavesOf(id: string): Promise<{ winner: Leaf; live: Leaf[]; deleted: Leaf[] } | null> {
    const mirror = this.mirror();
    let winnerDoc: MirrorDoc;
    try {
      winnerDoc = (await mirror.get(id)) as MirrorDoc;
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
    const all = (await mirror.get(id, { open_revs: 'all', revs: true })) as Array<{ ok?: MirrorDoc }>;
    const leaves: Leaf[] = all.flatMap((r) => (r.ok ? [{ rev: r.ok._rev!, doc: r.ok, revs: revList(r.ok._revisions) }] : []));
    if (leaves.length < 2) return null;
    const winner = leaves.find((l) => l.rev === winnerDoc._rev);
    if (!winner) return null;
    return { winner, live: leaves.filter((l) => !l.doc._deleted && l !== winner), deleted: leaves.filter((l) => l.doc._deleted) };
  }

  /**
   * Resolves a goal's conflict with one write: the chosen goal on the winning revision, every other
   * live version deleted (an acknowledged deletion is recorded on the goal), so the next sync clears it
   * on every replica. The app's store gets the result at once.
   */
  async resolve(goalId: string, choice: ConflictChoice, configGiven?: SyncConfig, automatic = false): Promise<GoalConflict[]> {
    const config = configGiven ?? (await this.config());
    if (!config) throw new Error('Team sync is not set up.');
    const id = goalDocId(goalId);
    const conflict = (await this.described()).find((c) => c.goalId === goalId);
    const state = await this.leavesOf(id);
    if (!conflict || !state) return this.conflicts();
    // A merge nobody was asked about is written the same in every browser that makes it (signed by
    // the latest version's author), so two browsers merging at once make one revision, not a conflict.
    const author = automatic ? mergedBy(latestAuthor([state.winner, ...state.live])) ?? (await this.author(config)) : await this.author(config);
    let goal: Goal | null;
    if (choice.keep === 'merged') goal = { ...choice.goal, id: goalId };
    else if (conflict.kind === 'delete-edit') goal = choice.keep === 'mine' ? conflict.mine : conflict.theirs;
    else goal = conflict.merged ? mergeWith(conflict, choice.keep) : choice.keep === 'mine' ? conflict.mine : conflict.theirs;
    // The same content in the same key order: the revision id is a hash of the document's JSON.
    if (goal && automatic) goal = Object.fromEntries(Object.entries(goal).sort(([x], [y]) => (x < y ? -1 : 1))) as unknown as Goal;
    const losers = state.live.map((l) => ({ _id: id, _rev: l.rev, _deleted: true }));
    const ack = [...new Set([...((state.winner.doc.ack as string[] | undefined) ?? []), ...state.deleted.map((l) => l.rev)])].sort();
    const winnerWrite: MirrorDoc = goal
      ? { ...envelope('goal', id, goal, author), _rev: state.winner.rev, ...(ack.length ? { ack } : {}) }
      : { _id: id, _rev: state.winner.rev, _deleted: true, type: 'goal', deleted: author };
    await this.mirror().bulkDocs([winnerWrite, ...losers]);
    await writeIntoApp(await this.deps.appDb(), goal ? [{ kind: 'goal', goal }] : [], goal ? [] : [{ kind: 'goal', id }]);
    this.conflictsCache = null;
    const left = await this.conflicts();
    await this.setStatus((s) => ({ conflicts: left.length, pending: s.pending + 1 }));
    await this.deps.appChanged({ goalIds: [goalId], metrics: [] });
    return left;
  }
}

interface Leaf {
  rev: string;
  doc: MirrorDoc;
  /** Newest first. */
  revs: string[];
}

/** GoalConflict plus the silently merged goal the "keep" choices start from (not sent to pages). */
type Described = GoalConflict & { merged?: { mine: Goal; theirs: Goal } };

function authorOf(doc: MirrorDoc): Author | null {
  return typeof doc.by === 'string' && typeof doc.device === 'string' && typeof doc.at === 'string' ? { by: doc.by, device: doc.device, at: doc.at } : null;
}

/**
 * A merge made without asking is signed by the person whose version was newest, from no browser in
 * particular: a browser skips what it wrote itself when applying, and each browser must apply this.
 */
const mergedBy = (author: Author | null): Author | null => (author ? { ...author, device: MERGED } : null);
const MERGED = 'merged';

/** The author of the newest of these versions (ties: the higher revision), the same in every browser. */
function latestAuthor(leaves: readonly Leaf[]): Author | null {
  const signed = leaves.flatMap((l) => {
    const author = authorOf(l.doc);
    return author ? [{ author, rev: l.rev }] : [];
  });
  signed.sort((x, y) => y.author.at.localeCompare(x.author.at) || y.rev.localeCompare(x.rev));
  return signed[0]?.author ?? null;
}

function mergeWith(conflict: Described, keep: 'mine' | 'theirs'): Goal | null {
  return conflict.merged ? conflict.merged[keep] : null;
}

function goalOf(doc: MirrorDoc): Goal | null {
  const checked = checkPulledDoc(doc);
  return checked.ok && checked.record.kind === 'goal' ? checked.record.goal : null;
}

async function describeConflict(mirror: MirrorDb, id: string, state: { winner: Leaf; live: Leaf[]; deleted: Leaf[] }, me: string): Promise<Described | null> {
  const goalId = id.slice('goal:'.length);
  const winnerGoal = goalOf(state.winner.doc);
  if (!winnerGoal) return null;
  // The server chose these names: kept short, and shown as text.
  const byOf = (doc: MirrorDoc) => (typeof doc.by === 'string' ? doc.by.slice(0, 300) : null);
  const other = state.live[0];
  if (other) {
    const otherGoal = goalOf(other.doc);
    if (!otherGoal) return null;
    // "Mine" is the version this browser wrote; if neither is, the one the app shows (the winner).
    const mineIsOther = other.doc.device === me && state.winner.doc.device !== me;
    const [mine, theirs] = mineIsOther ? [other, state.winner] : [state.winner, other];
    const [mineGoal, theirsGoal] = mineIsOther ? [otherGoal, winnerGoal] : [winnerGoal, otherGoal];
    const base = commonAncestor(mine.revs, theirs.revs);
    let ancestor: Goal | null = null;
    if (base) {
      try {
        ancestor = goalOf((await mirror.get(id, { rev: base })) as MirrorDoc);
      } catch {
        // Compacted away: every differing field is put to the user.
      }
    }
    const preferMine = mergeGoals(ancestor, mineGoal, theirsGoal, 'mine');
    const preferTheirs = mergeGoals(ancestor, mineGoal, theirsGoal, 'theirs');
    return {
      goalId,
      kind: 'edit-edit',
      mine: mineGoal,
      theirs: theirsGoal,
      mineBy: byOf(mine.doc),
      theirsBy: byOf(theirs.doc),
      mineAt: typeof mine.doc.at === 'string' ? mine.doc.at : null,
      theirsAt: typeof theirs.doc.at === 'string' ? theirs.doc.at : null,
      fields: preferMine.fields,
      merged: { mine: preferMine.merged, theirs: preferTheirs.merged },
    };
  }
  // An edit beat a deletion (PouchDB's rule): the goal is back, and the deletion is said so until
  // someone decides. Deletions Goalpost wrote to resolve a conflict carry no author and do not count.
  const acked = new Set((state.winner.doc.ack as string[] | undefined) ?? []);
  const deletion = state.deleted.find((l) => (l.doc as Tombstone).deleted && !acked.has(l.rev));
  if (!deletion) return null;
  const deletedBy = (deletion.doc as Tombstone).deleted!;
  const deletedHere = deletedBy.device === me;
  return {
    goalId,
    kind: 'delete-edit',
    mine: deletedHere ? null : winnerGoal,
    theirs: deletedHere ? winnerGoal : null,
    mineBy: deletedHere ? deletedBy.by : byOf(state.winner.doc),
    theirsBy: deletedHere ? byOf(state.winner.doc) : deletedBy.by,
    mineAt: deletedHere ? deletedBy.at : typeof state.winner.doc.at === 'string' ? state.winner.doc.at : null,
    theirsAt: deletedHere ? (typeof state.winner.doc.at === 'string' ? state.winner.doc.at : null) : deletedBy.at,
    fields: [],
  };
}

/**
 * Writes pulled records into the app's stores in one transaction: goals replaced by id; a reading
 * added unless the same one is stored (then only its new goal links); each linked goal's day record
 * kept to the latest reading; snapshots added once; picks replaced by id. Deletions of goals, picks
 * and snapshots follow. Any failure aborts the whole transaction.
 */
export async function writeIntoApp(db: GoalpostDatabase, records: readonly PulledRecord[], removals: ReadonlyArray<{ kind: SyncedKind; id: string }>): Promise<void> {
  await atomically(db.transaction(['goals', 'observations', 'goalDays', 'snapshots', 'picks'], 'readwrite'), async (tx) => {
    const goals = tx.objectStore('goals');
    const observations = tx.objectStore('observations');
    const goalDays = tx.objectStore('goalDays');
    const snapshots = tx.objectStore('snapshots');
    const picks = tx.objectStore('picks');
    for (const r of records) {
      if (r.kind === 'goal') await goals.put(r.goal);
      else if (r.kind === 'pick') await picks.put(r.pick);
      else if (r.kind === 'snapshot') {
        if (!(await findSnapshot(snapshots, r.id))) await snapshots.add({ takenAt: r.snapshot.takenAt, snapshot: r.snapshot });
      } else {
        const { id: _id, ...obs } = r.observation;
        const existing = await observations.index('by-dedup').get(obs.dedupKey);
        let stored: Observation = obs;
        if (existing) {
          const added = obs.goalIds.filter((g) => !existing.goalIds.includes(g));
          const newer = replacesLatest(existing, obs);
          if (!added.length && !newer) continue;
          stored = { ...(newer ? obs : existing), id: existing.id, goalIds: [...existing.goalIds, ...added] };
          await observations.put(stored);
        } else await observations.add(obs);
        for (const goalId of stored.goalIds) {
          const current = await goalDays.get([goalId, stored.day]);
          const keepCurrent = current && current.confidence === 'sure' && stored.confidence === 'unsure';
          if (!keepCurrent && (!current || current.readAt <= stored.readAt)) await goalDays.put({ ...stored, goalId });
        }
      }
    }
    for (const r of removals) {
      if (r.kind === 'goal') await goals.delete(r.id.slice('goal:'.length));
      else if (r.kind === 'pick') await picks.delete(r.id.slice('pick:'.length));
      else if (r.kind === 'snapshot') {
        const key = await findSnapshot(snapshots, r.id);
        if (key !== null) await snapshots.delete(key);
      }
    }
  });
}

/** Whether `next` is a newer value of the series' latest-of-the-day record `current` (lib/db/observations.ts). */
const replacesLatest = (current: Observation, next: Observation): boolean =>
  isLatestOfDay(next) && next.dedupKey === current.dedupKey && next.readAt > current.readAt && next.value !== current.value;

/** The local key of the snapshot a `snap:<takenAt>:<hash>` document stands for, if stored. */
async function findSnapshot(store: unknown, docId: string): Promise<number | null> {
  const [, takenAt, hash] = /^snap:(.*):([0-9a-z]+)$/.exec(docId) ?? [];
  if (!takenAt || !hash) return null;
  const index = (store as { index(n: 'by-taken'): { getAll(q: string): Promise<Array<{ id?: number; snapshot: Snapshot }>> } }).index('by-taken');
  const same = (await index.getAll(takenAt)).find((s) => textHash(snapshotToJson(s.snapshot)) === hash);
  return same?.id ?? null;
}
