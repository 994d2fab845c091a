/**
 * Files people import and snapshots they load are untrusted text: the readers must answer every
 * input — random JSON, real files with one field mangled, bytes that are not JSON — with a result,
 * never a throw, and never accept a goal or snapshot that breaks its schema.
 * GOALPOST_FUZZ_RUNS sets the number of inputs per property (default 2000; the benchmark runs 100,000).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportGoals, parseGoalsImport } from '../../lib/goals/transfer';
import { validateSnapshotJson } from '../../lib/share/json';
import { goalSchema } from '../../lib/schemas';
import { validate } from '../../lib/validate';
import { makeGoal, makeObservation } from '../support/goal-fixtures';
import { sampleSnapshot } from '../support/snapshot-fixtures';

const RUNS = Number(process.env.GOALPOST_FUZZ_RUNS ?? 2000);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Replaces the value at one random path of a JSON tree with arbitrary JSON. */
function mangle(tree: Json, path: number[], replacement: Json): Json {
  if (path.length === 0 || tree === null || typeof tree !== 'object') return replacement;
  const [step, ...rest] = path as [number, ...number[]];
  if (Array.isArray(tree)) {
    if (tree.length === 0) return replacement;
    const i = step % tree.length;
    return tree.map((v, j) => (j === i ? mangle(v, rest, replacement) : v));
  }
  const keys = Object.keys(tree);
  if (keys.length === 0) return replacement;
  const key = keys[step % keys.length]!;
  return { ...tree, [key]: mangle(tree[key]!, rest, replacement) };
}

const validExport = JSON.parse(
  JSON.stringify(exportGoals({ goals: [makeGoal(), makeGoal({ id: 'g2', name: 'هدف دوم' })], observations: [makeObservation()], exportedAt: '2026-11-24T10:00:00.000Z' })),
) as Json;
const validSnapshot = JSON.parse(JSON.stringify(sampleSnapshot('fa'))) as Json;

describe('import and snapshot readers under fuzzing', () => {
  it('the valid originals pass, so mangled ones are a fair test', () => {
    expect(parseGoalsImport(JSON.stringify(validExport)).ok).toBe(true);
    expect(validateSnapshotJson(JSON.stringify(validSnapshot)).ok).toBe(true);
  });

  it('any text: an answer, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json()), (text) => {
        const a = parseGoalsImport(text);
        const b = validateSnapshotJson(text);
        expect(typeof a.ok).toBe('boolean');
        expect(typeof b.ok).toBe('boolean');
        if (!a.ok) expect(a.message.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('a real export with one value replaced: rejected with a message, or accepted with every goal valid', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue() as fc.Arbitrary<Json>, (path, replacement) => {
        const result = parseGoalsImport(JSON.stringify(mangle(validExport, path, replacement)));
        if (!result.ok) {
          expect(result.message).toMatch(/\S/);
          return;
        }
        for (const goal of result.goals) expect(validate(goalSchema, goal)).toMatchObject({ ok: true });
      }),
      { numRuns: RUNS },
    );
  });

  it('a real snapshot with one value replaced: an answer naming the problem, never a throw', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue() as fc.Arbitrary<Json>, (path, replacement) => {
        const result = validateSnapshotJson(JSON.stringify(mangle(validSnapshot, path, replacement)));
        if (!result.ok) expect(result.message).toMatch(/\S/);
      }),
      { numRuns: RUNS },
    );
  });
});
