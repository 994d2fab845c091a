import { describe, expect, it } from 'vitest';
import {
  changeTarget,
  defaultGoalName,
  goalDirection,
  InvalidGoalInputError,
  newGoal,
  resolveTargetValue,
  validateGoalInput,
  type GoalInput,
} from '../../lib/goals/model';
import { makeGoal } from '../support/goal-fixtures';

const NOW = '2026-01-15T10:00:00.000Z';
const base: GoalInput = { metric: 'sessions', target: { kind: 'reach', value: 10_000 }, deadline: '2026-12-31' };
const codes = (input: GoalInput) => validateGoalInput(input, NOW).map((e) => `${e.field}:${e.code}`);

describe('newGoal', () => {
  it('fills defaults: start = today, monthly review, active, name from the target', () => {
    const g = newGoal({ ...base, id: 'g1' }, NOW);
    expect(g).toMatchObject({
      id: 'g1',
      metric: 'sessions',
      start: '2026-01-15',
      deadline: '2026-12-31',
      reviewCadenceDays: 30,
      status: 'active',
      targetHistory: [],
      milestones: [],
      notes: '',
      createdAt: NOW,
      updatedAt: NOW,
      target: { kind: 'reach', value: 10_000, setAt: NOW },
      name: 'Sessions ≥ 10,000 by 31 Dec 2026',
    });
    expect(g.baseline).toBeUndefined();
  });

  it('generates a unique id when none is given', () => {
    expect(newGoal(base, NOW).id).not.toBe(newGoal(base, NOW).id);
  });

  it('keeps optional fields and turns a bare baseline number into a typed baseline', () => {
    const g = newGoal(
      {
        ...base,
        name: '  Organic CR  ',
        baseline: 2,
        metric: 'conversion-rate',
        target: { kind: 'increase-by-percent', value: 25 },
        start: '2026-01-01',
        deadline: '2026-11-30',
        scope: { source: 'ga4', filter: ' Organic Search ', account: '' },
        channel: 'organic',
        stage: 'convert',
        objective: 'More leads',
        reviewCadenceDays: 14,
        milestones: [
          { name: 'Half way', deadline: '2026-06-30', target: 2.25 },
          { name: 'Audit', deadline: '2026-03-31' },
        ],
      },
      NOW,
    );
    expect(g.name).toBe('Organic CR');
    expect(g.baseline).toEqual({ value: 2, obtained: 'typed' });
    expect(g.scope).toEqual({ source: 'ga4', filter: 'Organic Search' });
    expect(g.milestones.map((m) => m.name)).toEqual(['Audit', 'Half way']); // sorted by deadline
    expect(g).toMatchObject({ channel: 'organic', stage: 'convert', objective: 'More leads', reviewCadenceDays: 14 });
  });

  it('throws InvalidGoalInputError listing every problem', () => {
    expect(() => newGoal({ ...base, deadline: 'soon', target: { kind: 'reach', value: Number.NaN } }, NOW)).toThrow(InvalidGoalInputError);
    try {
      newGoal({ ...base, deadline: 'soon', target: { kind: 'reach', value: Number.NaN } }, NOW);
    } catch (e) {
      expect((e as InvalidGoalInputError).errors.map((x) => x.code).sort()).toEqual(['date-invalid', 'target-not-a-number']);
    }
  });
});

describe('validateGoalInput', () => {
  it('accepts a plain goal', () => expect(codes(base)).toEqual([]));

  it('rejects a deadline on or before the start', () => {
    expect(codes({ ...base, start: '2026-12-31' })).toEqual(['deadline:deadline-not-after-start']);
    expect(codes({ ...base, start: '2027-01-01' })).toEqual(['deadline:deadline-not-after-start']);
  });

  it('rejects impossible dates', () => {
    expect(codes({ ...base, deadline: '2026-02-30' })).toEqual(['deadline:date-invalid']);
    expect(codes({ ...base, start: '31/12/2026' })).toContain('start:date-invalid');
  });

  it('requires a finite numeric target', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(codes({ ...base, target: { kind: 'reach', value } })).toEqual(['target.value:target-not-a-number']);
    }
    expect(codes({ ...base, target: { kind: 'reach', value: -1 } })).toEqual(['target.value:target-negative']);
  });

  it('keeps percent targets sensible: increase 0 < p ≤ 1000, decrease 0 < p < 100, both need a non-zero baseline', () => {
    const inc = (value: number, baseline?: number) => codes({ ...base, target: { kind: 'increase-by-percent', value }, ...(baseline !== undefined ? { baseline } : {}) });
    expect(inc(30, 1000)).toEqual([]);
    expect(inc(0, 1000)).toEqual(['target.value:target-percent-out-of-range']);
    expect(inc(1001, 1000)).toEqual(['target.value:target-percent-out-of-range']);
    expect(inc(30)).toEqual(['baseline:baseline-required']);
    expect(inc(30, 0)).toEqual(['baseline.value:baseline-zero']);
    const dec = (value: number) => codes({ ...base, target: { kind: 'decrease-by-percent', value }, baseline: 50 });
    expect(dec(10)).toEqual([]);
    expect(dec(100)).toEqual(['target.value:target-percent-out-of-range']);
  });

  it('rejects a percentage metric target above 100% (bounce rate 140%)', () => {
    expect(codes({ ...base, metric: 'bounce-rate', target: { kind: 'decrease-to', value: 140 } })).toEqual(['target.value:target-above-100-percent']);
  });

  it('a "decrease to" target must be below the baseline', () => {
    expect(codes({ ...base, metric: 'bounce-rate', target: { kind: 'decrease-to', value: 40 }, baseline: 38 })).toEqual(['target.value:target-wrong-side-of-baseline']);
  });

  it('limits the name to 200 characters', () => {
    expect(codes({ ...base, name: 'x'.repeat(200) })).toEqual([]);
    expect(codes({ ...base, name: 'x'.repeat(201) })).toEqual(['name:name-too-long']);
  });

  it('checks cadence, channel, stage, source, metric and kind', () => {
    expect(codes({ ...base, reviewCadenceDays: 0 })).toEqual(['reviewCadenceDays:cadence-invalid']);
    expect(codes({ ...base, reviewCadenceDays: 7.5 })).toEqual(['reviewCadenceDays:cadence-invalid']);
    expect(codes({ ...base, channel: 'tv' as never })).toEqual(['channel:channel-unknown']);
    expect(codes({ ...base, stage: 'win' as never })).toEqual(['stage:stage-unknown']);
    expect(codes({ ...base, scope: { source: 'tiktok' as never } })).toEqual(['scope.source:source-unknown']);
    expect(codes({ ...base, metric: 'likes' as never })).toEqual(['metric:metric-unknown']);
    expect(codes({ ...base, target: { kind: 'double' as never, value: 2 } })).toEqual(['target.kind:target-kind-unknown']);
  });

  it('checks milestones: named, dated, inside the period, numeric', () => {
    const errs = codes({
      ...base,
      start: '2026-01-01',
      milestones: [
        { name: '', deadline: '2026-03-31' },
        { name: 'Late', deadline: '2027-03-31' },
        { name: 'Bad', deadline: '2026-04-31' },
        { name: 'NaN', deadline: '2026-05-01', target: Number.NaN },
      ],
    });
    expect(errs).toEqual([
      'milestones[0].name:milestone-invalid',
      'milestones[1].deadline:milestone-outside-period',
      'milestones[2].deadline:date-invalid',
      'milestones[3].target:milestone-invalid',
    ]);
  });

  it('gives clear English messages', () => {
    const [err] = validateGoalInput({ ...base, start: '2027-01-01' }, NOW);
    expect(err?.message).toBe('The deadline must be after the start.');
  });
});

describe('resolveTargetValue', () => {
  it('reach / decrease-to / stay-* are absolute', () => {
    expect(resolveTargetValue(makeGoal({ target: { kind: 'reach', value: 500, setAt: NOW } }))).toBe(500);
    expect(resolveTargetValue(makeGoal({ target: { kind: 'stay-below', value: 40, setAt: NOW } }))).toBe(40);
  });
  it('increase-by-percent: visitors 10,000 + 30% = 13,000', () => {
    expect(resolveTargetValue(makeGoal({ baseline: { value: 10_000, obtained: 'typed' }, target: { kind: 'increase-by-percent', value: 30, setAt: NOW } }))).toBeCloseTo(13_000);
  });
  it('decrease-by-percent: CPA 50 − 20% = 40', () => {
    expect(resolveTargetValue(makeGoal({ metric: 'cpa', baseline: { value: 50, obtained: 'typed' }, target: { kind: 'decrease-by-percent', value: 20, setAt: NOW } }))).toBeCloseTo(40);
  });
  it('percent target without a baseline → null', () => {
    const { baseline: _omit, ...noBaseline } = makeGoal({ target: { kind: 'increase-by-percent', value: 30, setAt: NOW } });
    expect(resolveTargetValue(noBaseline)).toBeNull();
  });
});

describe('changeTarget', () => {
  it('moves the old target to targetHistory and stamps the new one', () => {
    const g = makeGoal({ target: { kind: 'reach', value: 1, setAt: '2026-01-01T00:00:00.000Z' } });
    const g2 = changeTarget(g, { kind: 'reach', value: 1.5 }, NOW);
    expect(g2.target).toEqual({ kind: 'reach', value: 1.5, setAt: NOW });
    expect(g2.targetHistory).toEqual([g.target]);
    expect(g2.updatedAt).toBe(NOW);
    expect(g.targetHistory).toEqual([]); // the original is untouched
    expect(changeTarget(g2, { kind: 'reach', value: 2 }, NOW).targetHistory).toHaveLength(2);
  });
});

describe('goalDirection and defaultGoalName', () => {
  it('follows the target kind, else baseline → target, else the metric', () => {
    expect(goalDirection(makeGoal({ metric: 'cost', target: { kind: 'decrease-to', value: 1, setAt: NOW } }))).toBe('lower');
    expect(goalDirection(makeGoal({ metric: 'bounce-rate', baseline: undefined, target: { kind: 'reach', value: 40, setAt: NOW } }))).toBe('lower');
    expect(goalDirection(makeGoal({ metric: 'cpa', baseline: { value: 30, obtained: 'typed' }, target: { kind: 'reach', value: 40, setAt: NOW } }))).toBe('higher');
  });

  it.each([
    [{ metric: 'sessions', target: { kind: 'reach', value: 10_000 } }, 'Sessions ≥ 10,000 by 31 Dec 2026'],
    [{ metric: 'bounce-rate', target: { kind: 'decrease-to', value: 40 } }, 'Bounce rate ≤ 40% by 31 Dec 2026'],
    [{ metric: 'users', target: { kind: 'increase-by-percent', value: 30 } }, 'Users +30% by 31 Dec 2026'],
    [{ metric: 'cpa', target: { kind: 'decrease-by-percent', value: 15 } }, 'CPA −15% by 31 Dec 2026'],
    [{ metric: 'ctr', target: { kind: 'stay-above', value: 1 } }, 'CTR stays ≥ 1% until 31 Dec 2026'],
    [{ metric: 'roas', target: { kind: 'reach', value: 1 } }, 'ROAS ≥ 1 by 31 Dec 2026'],
    [{ metric: 'sessions', target: { kind: 'reach', value: 5000 }, scope: { filter: 'Saudi Arabia' } }, 'Sessions (Saudi Arabia) ≥ 5,000 by 31 Dec 2026'],
  ] as const)('%j → %s', (partial, name) => {
    const g = makeGoal({ deadline: '2026-12-31', baseline: undefined, scope: {}, ...partial, target: { ...partial.target, setAt: NOW } });
    expect(defaultGoalName(g)).toBe(name);
  });
});

describe('baseline period', () => {
  const now = '2026-01-01T08:00:00.000Z';
  const base = { metric: 'sessions' as const, target: { kind: 'increase-by-percent' as const, value: 10 }, start: '2026-01-01', deadline: '2026-03-31' };
  it('refuses a period that is not two ordered dates, and keeps a good one', async () => {
    const { validateGoalInput, newGoal } = await import('../../lib/goals/model');
    expect(validateGoalInput({ ...base, baseline: { value: 100, period: { start: '2025-12-31', end: '2025-12-01' } } }, now).map((e) => e.field)).toContain('baseline.period');
    expect(newGoal({ ...base, baseline: { value: 100, period: { start: '2025-12-01', end: '2025-12-31' } } }, now).baseline?.period).toEqual({ start: '2025-12-01', end: '2025-12-31' });
  });
  it('the same length before the start is as long as the goal and ends the day before it', async () => {
    const { periodBefore } = await import('../../lib/goals/model');
    expect(periodBefore('2026-01-01', '2026-03-31')).toEqual({ start: '2025-10-03', end: '2025-12-31' });
  });
});
