/**
 * How the app's records look in the team's database, and the check every pulled document passes
 * before it may touch the app's stores. A document is an envelope: what it holds (`type`, `data`) and
 * who wrote it (`by`: the CouchDB user, `device`: this browser's random id, `at`). Ids are shared by
 * every browser: goals by their id, observations by their de-duplication key (the per-browser
 * autoIncrement id means nothing elsewhere), snapshots by when they were taken and what they hold,
 * picks by their id. Personal settings (UI language, badges) are never written here.
 */
import type { Goal } from '../goals/types';
import type { Observation } from '../progress/types';
import type { Snapshot } from '../share/snapshot';
import type { Pick } from '../picker/pick';
import { pickLocatorSchema } from '../picker/pick';
import { GOALS_FORMAT, GOALS_FORMAT_VERSION, parseGoalsImport } from '../goals/transfer';
import { snapshotToJson, validateSnapshotJson } from '../share/json';
import { METRIC_IDS } from '../metrics/catalogue';
import { isoDateTime, object, oneOf, string, validate } from '../validate';
import type { MirrorDoc } from './pouch-api';

export type SyncedKind = 'goal' | 'obs' | 'snapshot' | 'pick';

export interface Author {
  by: string;
  device: string;
  at: string;
}

export interface Envelope<T> extends MirrorDoc, Author {
  type: SyncedKind;
  data: T;
  /** Goals only: deleted revisions whose deletion the team has seen and overruled (kept the goal). */
  ack?: string[];
}

/** A tombstone Goalpost writes when the user deletes something: says who deleted it, so an edit that
 *  undid the deletion can be explained. Deleting a losing conflict revision writes a bare one. */
export interface Tombstone extends MirrorDoc {
  _deleted: true;
  type?: SyncedKind;
  deleted?: Author;
}

/**
 * Largest document accepted from the server, as JSON text. A goal with notes, history and milestones
 * is a few kB; a snapshot of fifty goals with their trends is ~300 kB. Anything bigger is refused
 * before it is parsed further.
 */
export const MAX_DOC_CHARS: Record<SyncedKind, number> = { goal: 256 * 1024, obs: 32 * 1024, snapshot: 4 * 1024 * 1024, pick: 16 * 1024 };

export const goalDocId = (goalId: string) => `goal:${goalId}`;
export const obsDocId = (dedupKey: string) => `obs:${dedupKey}`;
export const pickDocId = (pickId: string) => `pick:${pickId}`;
/** FNV-1a: tells two snapshots taken in the same millisecond apart; not a security measure. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
export const snapshotDocId = (snapshot: Snapshot) => `snap:${snapshot.takenAt}:${textHash(snapshotToJson(snapshot))}`;

export function kindOfId(id: string): SyncedKind | null {
  const prefix = id.slice(0, id.indexOf(':'));
  return prefix === 'goal' || prefix === 'obs' || prefix === 'pick' ? prefix : prefix === 'snap' ? 'snapshot' : null;
}

export function envelope<T>(type: SyncedKind, id: string, data: T, author: Author): Envelope<T> {
  return { _id: id, type, data, by: author.by, device: author.device, at: author.at };
}

/** The observation as every browser stores it, without this browser's own key. */
export function sharedObservation(o: Observation): Observation {
  const { id: _id, ...rest } = o;
  return rest;
}

const pickSchema = object({
  id: string({ min: 1, max: 100 }),
  page: string({ max: 4000, pattern: /^https:\/\// }),
  metric: oneOf(METRIC_IDS),
  locator: pickLocatorSchema,
  createdAt: isoDateTime(),
});

export type PulledRecord =
  | { kind: 'goal'; goal: Goal }
  | { kind: 'obs'; observation: Observation }
  | { kind: 'snapshot'; snapshot: Snapshot; id: string }
  | { kind: 'pick'; pick: Pick };

export type PulledCheck = { ok: true; record: PulledRecord; author: Author | null } | { ok: false; reason: string };

/** Strings that reach the UI (the rejected list) are cut short: the server chose them. */
const clip = (s: string, n = 200) => (s.length > n ? `${s.slice(0, n)}…` : s);

function authorOf(doc: Record<string, unknown>): Author | null {
  const { by, device, at } = doc;
  return typeof by === 'string' && typeof device === 'string' && typeof at === 'string' && by.length < 300 && device.length < 100 && at.length < 40
    ? { by, device, at }
    : null;
}

/**
 * Checks a live (not deleted) document pulled from the server. Goals and observations go through the
 * import reader itself (lib/goals/transfer.ts, which also applies the messages' goal schema), so the
 * server can put nothing in the app's stores that a file import could not; snapshots through the
 * snapshot reader; picks through the pick schema. Never throws.
 */
export function checkPulledDoc(doc: unknown): PulledCheck {
  try {
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { ok: false, reason: 'not an object' };
    const d = doc as Record<string, unknown>;
    const id = typeof d._id === 'string' ? d._id : '';
    const kind = kindOfId(id);
    if (!kind) return { ok: false, reason: `unknown document id "${clip(id, 60)}"` };
    let size: number;
    try {
      size = JSON.stringify(doc).length;
    } catch {
      return { ok: false, reason: 'cannot be read as JSON' };
    }
    if (size > MAX_DOC_CHARS[kind]) return { ok: false, reason: `too large (${size} characters; at most ${MAX_DOC_CHARS[kind]})` };
    if (d.type !== kind) return { ok: false, reason: `type ${clip(JSON.stringify(d.type) ?? 'missing', 40)} does not match its id` };
    const author = authorOf(d);
    const data = d.data;
    if (kind === 'goal' || kind === 'obs') {
      const file = { format: GOALS_FORMAT, formatVersion: GOALS_FORMAT_VERSION, exportedAt: '2000-01-01T00:00:00.000Z', goals: kind === 'goal' ? [data] : [], observations: kind === 'obs' ? [data] : [] };
      const parsed = parseGoalsImport(JSON.stringify(file));
      if (!parsed.ok) return { ok: false, reason: clip(parsed.message.replace(/^(goals|observations)\[0\]/, 'data')) };
      if (kind === 'goal') {
        const goal = parsed.goals[0]!;
        if (goalDocId(goal.id) !== id) return { ok: false, reason: 'the goal inside has another id' };
        return { ok: true, record: { kind, goal }, author };
      }
      const observation = parsed.observations[0]!;
      if (obsDocId(observation.dedupKey) !== id) return { ok: false, reason: 'the reading inside has another key' };
      return { ok: true, record: { kind, observation }, author };
    }
    if (kind === 'snapshot') {
      const checked = validateSnapshotJson(JSON.stringify(data));
      if (!checked.ok) return { ok: false, reason: clip(checked.message) };
      return { ok: true, record: { kind, snapshot: checked.snapshot, id }, author };
    }
    const checked = validate(pickSchema, data, 'data');
    if (!checked.ok) return { ok: false, reason: clip(checked.error) };
    if (pickDocId(checked.value.id) !== id) return { ok: false, reason: 'the pick inside has another id' };
    return { ok: true, record: { kind, pick: checked.value as Pick }, author };
  } catch (e) {
    return { ok: false, reason: clip(e instanceof Error ? e.message : 'unreadable') };
  }
}
