import { describe, expect, it } from 'vitest';
import { exportGoals, parseGoalsImport, IMPORT_LIMITS } from '../../lib/goals/transfer';
import { makeGoal, makeObservation } from '../support/goal-fixtures';
import { derivedFormula } from '../../lib/metrics/derived';

const EXPORTED_AT = '2026-03-01T12:00:00.000Z';
const goals = [
  makeGoal({ id: 'a', milestones: [{ name: 'Q1', deadline: '2026-02-15', target: 5000 }], lastReviewedAt: '2026-02-01T00:00:00.000Z' }),
  makeGoal({ id: 'b', metric: 'cpa', scope: { source: 'google-ads', account: 'Acme', filter: 'Brand' }, channel: 'paid-search', target: { kind: 'decrease-to', value: 30, setAt: EXPORTED_AT } }),
];
const observations = [makeObservation({ value: 1234, currency: undefined }), makeObservation({ metric: 'cpa', value: 31.5, currency: 'EUR', source: 'google-ads', dateRange: null })];

function fileWith(mutate: (data: Record<string, unknown>) => void): string {
  const data = JSON.parse(JSON.stringify(exportGoals({ goals, observations, exportedAt: EXPORTED_AT }))) as Record<string, unknown>;
  mutate(data);
  return JSON.stringify(data);
}
const message = (text: string) => {
  const r = parseGoalsImport(text);
  return r.ok ? 'ok' : r.message;
};

describe('exportGoals', () => {
  it('writes a versioned object with goals and, when given, observations', () => {
    const out = exportGoals({ goals, exportedAt: EXPORTED_AT });
    expect(out).toMatchObject({ format: 'goalpost-goals', formatVersion: 1, exportedAt: EXPORTED_AT });
    expect(out.goals).toEqual(goals);
    expect(out.observations).toBeUndefined();
    expect(out.goals[0]).not.toBe(goals[0]); // a copy
  });
});

describe('parseGoalsImport', () => {
  it('round-trips an export exactly', () => {
    const text = JSON.stringify(exportGoals({ goals, observations, exportedAt: EXPORTED_AT }));
    const r = parseGoalsImport(text);
    expect(r).toEqual({ ok: true, exportedAt: EXPORTED_AT, goals, observations });
  });

  it('carries a formula goal (CAC from two dashboards) through export and import, and names a broken formula', () => {
    const cac = makeGoal({
      id: 'cac', metric: 'cac', scope: {}, target: { kind: 'stay-below', value: 60, setAt: EXPORTED_AT },
      formula: { ...derivedFormula('cac'), numerator: [{ metric: 'cost', sources: ['google-ads'] }, { metric: 'cost', sources: ['meta-ads'] }], denominator: [{ metric: 'new-customers', sources: ['ga4'] }] },
    });
    const text = JSON.stringify(exportGoals({ goals: [cac], exportedAt: EXPORTED_AT }));
    const r = parseGoalsImport(text);
    expect(r.ok && r.goals[0]!.formula).toEqual(cac.formula);
    const broken = JSON.parse(text) as { goals: Array<{ formula: { denominator: unknown[] } }> };
    broken.goals[0]!.formula.denominator = [];
    expect(message(JSON.stringify(broken))).toMatch(/goals\[0\]\.formula\.denominator/);
  });

  it('accepts a file without observations', () => {
    const r = parseGoalsImport(JSON.stringify(exportGoals({ goals, exportedAt: EXPORTED_AT })));
    expect(r.ok && r.observations).toEqual([]);
  });

  it('reports JSON syntax errors without throwing', () => {
    expect(message('{"format": ')).toMatch(/^The file is not valid JSON/);
    expect(message('')).toMatch(/^The file is not valid JSON/);
  });

  it('checks format and version', () => {
    expect(message('[]')).toBe('the file is not an object.');
    expect(message(fileWith((d) => (d.format = 'other')))).toBe('This is not a Goalpost goals file (format is "other", expected "goalpost-goals").');
    expect(message(fileWith((d) => (d.formatVersion = 2)))).toBe('The file was written by a newer Goalpost (format version 2); update Goalpost to import it.');
    expect(message(fileWith((d) => (d.formatVersion = '1')))).toBe('formatVersion "1" is not supported (expected 1).');
  });

  it('names the goal and field at fault', () => {
    expect(message(fileWith((d) => ((d.goals as Record<string, unknown>[])[1]!.deadline = '2026-13-01')))).toBe('goals[1].deadline is not a date.');
    expect(message(fileWith((d) => ((d.goals as Record<string, unknown>[])[0]!.metric = 'likes')))).toBe('goals[0].metric "likes" is not a known metric.');
    expect(message(fileWith((d) => ((d.goals as Array<{ target: { value: unknown } }>)[0]!.target.value = 'lots')))).toBe('goals[0].target.value is not a number.');
    expect(message(fileWith((d) => ((d.goals as Record<string, unknown>[])[0]!.status = 'done')))).toBe('goals[0].status is "done", not one of active, achieved, missed, archived.');
    expect(message(fileWith((d) => ((d.goals as Record<string, unknown>[])[0]!.start = '2027-01-01')))).toBe('goals[0].deadline is not after goals[0].start.');
    expect(message(fileWith((d) => ((d.goals as Record<string, unknown>[])[1]!.id = 'a')))).toBe('goals[1].id "a" appears twice.');
    expect(message(fileWith((d) => ((d.goals as Array<{ milestones: Array<{ name: unknown }> }>)[0]!.milestones[0]!.name = 3)))).toBe('goals[0].milestones[0].name is not text.');
  });

  it('names the observation and field at fault', () => {
    expect(message(fileWith((d) => ((d.observations as Record<string, unknown>[])[1]!.unit = 'dollars')))).toMatch(/^observations\[1\]\.unit is "dollars", not one of count, percent/);
    expect(message(fileWith((d) => ((d.observations as Record<string, unknown>[])[0]!.readAt = 'yesterday')))).toBe('observations[0].readAt is not a date and time.');
    expect(message(fileWith((d) => ((d.observations as Record<string, unknown>[])[0]!.value = null)))).toBe('observations[0].value is not a number.');
    expect(message(fileWith((d) => ((d.observations as Record<string, unknown>[])[1]!.currency = 'euro')))).toBe('observations[1].currency "euro" is not a currency code.');
    expect(message(fileWith((d) => ((d.observations as Record<string, unknown>[])[0]!.dateRange = { start: '2026-02-01', end: '2026-01-01' })))).toBe('observations[0].dateRange ends before it starts.');
  });

  it('rejects strings longer than 10,000 characters', () => {
    expect(message(fileWith((d) => ((d.goals as Record<string, unknown>[])[0]!.notes = 'x'.repeat(IMPORT_LIMITS.stringLength + 1))))).toBe('goals[0].notes is longer than 10000 characters.');
  });

  it('rejects more than 100,000 observations before reading any of them', () => {
    const many = Array.from({ length: IMPORT_LIMITS.observations + 1 }, () => 0);
    expect(message(fileWith((d) => (d.observations = many)))).toBe('The file has 100001 observations; at most 100000 can be imported.');
  });

  it('rejects files over 50 MB', () => {
    const big = ' '.repeat(IMPORT_LIMITS.bytes + 1);
    expect(message(big)).toBe('The file is larger than 50 MB.');
    // Multi-byte text: 24M × "é" (2 bytes) + 4M × "€" (3 bytes) = 60 MB in only 28M characters.
    expect(message('é'.repeat(24_000_000) + '€'.repeat(4_000_000))).toBe('The file is larger than 50 MB.');
  });

  it('drops unknown keys and never lets "__proto__" through', () => {
    const text = fileWith((d) => {
      (d.goals as Record<string, unknown>[])[0]!.extra = 1;
    }).replace('"extra":1', '"extra":1,"__proto__":{"polluted":true}');
    const r = parseGoalsImport(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(Object.keys(r.goals[0]!)).not.toContain('extra');
      expect((r.goals[0] as unknown as { polluted?: boolean }).polluted).toBeUndefined();
      expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    }
  });

  it('normalises readAt to UTC so progress can compare it as text', () => {
    const r = parseGoalsImport(fileWith((d) => ((d.observations as Record<string, unknown>[])[0]!.readAt = '2026-02-01T10:00:00+01:00')));
    expect(r.ok && r.observations[0]!.readAt).toBe('2026-02-01T09:00:00.000Z');
  });

  it('never throws, whatever the input', () => {
    for (const text of ['null', '1', '"x"', '{}', '{"format":"goalpost-goals","formatVersion":1}', '{"format":"goalpost-goals","formatVersion":1,"exportedAt":"2026-01-01","goals":{}}']) {
      expect(() => parseGoalsImport(text)).not.toThrow();
      expect(parseGoalsImport(text).ok).toBe(false);
    }
    expect(parseGoalsImport(undefined as unknown as string).ok).toBe(false);
  });
});
