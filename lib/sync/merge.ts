/**
 * Conflicts between two versions of a goal, decided field by field against the version both started
 * from (three-way): a field only one side changed takes that side's value silently; a field both
 * changed to different values is a conflict the user decides. Target history is a union, so no target
 * anyone set is lost; `updatedAt` takes the later time. Without the common version (the mirror no longer
 * has it) every field that differs is the user's to decide.
 */
import type { Goal, Target } from '../goals/types';
import type { ConflictField } from './types';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Fields never put to the user: merged by rule. */
const BY_RULE = new Set<keyof Goal>(['id', 'targetHistory', 'updatedAt', 'createdAt']);

function unionTargets(...lists: ReadonlyArray<readonly Target[] | undefined>): Target[] {
  const seen = new Map<string, Target>();
  for (const list of lists) for (const t of list ?? []) seen.set(JSON.stringify([t.setAt, t.kind, t.value]), t);
  return [...seen.values()].sort((a, b) => a.setAt.localeCompare(b.setAt));
}

export interface ThreeWay {
  /** Both sides' changes, taking the preferred side where both changed a field. */
  merged: Goal;
  /** Fields both changed to different values. Empty: the merge needs nobody. */
  fields: ConflictField[];
}

export function mergeGoals(ancestor: Goal | null, mine: Goal, theirs: Goal, prefer: 'mine' | 'theirs' = 'mine'): ThreeWay {
  const keys = new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(ancestor ?? {})] as Array<keyof Goal>);
  const merged: Record<string, unknown> = {};
  const fields: ConflictField[] = [];
  for (const key of keys) {
    if (BY_RULE.has(key)) continue;
    const [m, t] = [mine[key], theirs[key]];
    let value: unknown;
    if (same(m, t)) value = m;
    else if (ancestor && same(ancestor[key], m)) value = t;
    else if (ancestor && same(ancestor[key], t)) value = m;
    else {
      fields.push({ field: key, mine: m, theirs: t });
      value = prefer === 'mine' ? m : t;
    }
    if (value !== undefined) merged[key] = value;
  }
  const goal = {
    ...(merged as unknown as Goal),
    id: mine.id,
    createdAt: mine.createdAt <= theirs.createdAt ? mine.createdAt : theirs.createdAt,
    updatedAt: mine.updatedAt >= theirs.updatedAt ? mine.updatedAt : theirs.updatedAt,
    targetHistory: unionTargets(ancestor?.targetHistory, mine.targetHistory, theirs.targetHistory),
  };
  // A target no longer current belongs in the history, whichever side replaced it.
  const history = unionTargets(goal.targetHistory, [mine.target, theirs.target].filter((t) => !same(t, goal.target)));
  return { merged: { ...goal, targetHistory: history.length === goal.targetHistory.length ? goal.targetHistory : history }, fields };
}

/** A leaf's revision list, newest first, as PouchDB's `_revisions` gives it. */
export function revList(revisions: { start: number; ids: string[] } | undefined): string[] {
  return revisions ? revisions.ids.map((id, i) => `${revisions.start - i}-${id}`) : [];
}

/** The newest revision two leaves share: the version both people started from. */
export function commonAncestor(a: readonly string[], b: readonly string[]): string | null {
  const inB = new Set(b);
  return a.find((rev) => inB.has(rev)) ?? null;
}
