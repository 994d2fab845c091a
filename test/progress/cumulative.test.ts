import { describe, expect, it } from 'vitest';
import { addDays } from '../../lib/goals/dates';
import { makeGoal, makeObservation, toDateReading } from '../support/goal-fixtures';
import { progressOf, warningCodes } from './helpers';

// Q1 2026: 1 Jan – 31 Mar, 90 days. Target 9,000 sessions → 100 a day on a straight line.
const SET = '2026-01-01T00:00:00.000Z';
const q1 = makeGoal({ target: { kind: 'reach', value: 9000, setAt: SET } });

describe('cumulative goals against the pace line', () => {
  it('4,500 through 14 Feb (day 45 of 90) is exactly on pace: 4,500 / 4,500 = 100%', () => {
    const p = progressOf(q1, [toDateReading('2026-02-15', 4500)], '2026-02-15');
    expect(p.current).toBe(4500);
    expect(p.target).toBe(9000);
    expect(p.expectedNow).toBeCloseTo(4500);
    expect(p.paceRatio).toBeCloseTo(1);
    expect(p.fraction).toBeCloseTo(0.5);
    expect(p.status.code).toBe('on-track');
    expect(p.status.text).toBe('On track: 4,500 against 4,500 expected by 14 Feb 2026 (100% of pace).');
    expect(p.prorated).toBeUndefined();
  });

  it('needed from now: (9,000 − 4,500) ÷ 45 days left = 100/day, 700/week', () => {
    const p = progressOf(q1, [toDateReading('2026-02-15', 4500)], '2026-02-15');
    expect(p.needed?.perDay).toBeCloseTo(100);
    expect(p.needed?.perWeek).toBeCloseTo(700);
  });

  it('4,000 of 4,500 expected = 89% ≥ 85% → at risk, with a behind-pace warning', () => {
    const p = progressOf(q1, [toDateReading('2026-02-15', 4000)], '2026-02-15');
    expect(p.paceRatio).toBeCloseTo(4000 / 4500);
    expect(p.status.code).toBe('at-risk');
    expect(warningCodes(p)).toContain('behind-pace');
    // (9,000 − 4,000) ÷ 45 = 111.1/day → 777.8/week
    expect(p.warnings.find((w) => w.code === 'behind-pace')?.text).toBe('Sessions is at 89% of the pace needed; about 778 per week is needed from now.');
  });

  it('3,500 of 4,500 = 78% < 85% → behind', () => {
    expect(progressOf(q1, [toDateReading('2026-02-15', 3500)], '2026-02-15').status.code).toBe('behind');
  });

  it('custom bands: at-risk threshold 0.75 turns 78% into at risk', () => {
    const p = progressOf(q1, [toDateReading('2026-02-15', 3500)], '2026-02-15', {
      settings: { today: '2026-02-15', bands: { onTrack: 1, atRisk: 0.75 }, focusLimit: 5 },
    });
    expect(p.status.code).toBe('at-risk');
  });

  it('9,100 by 1 Mar ≥ 9,000 → achieved before the deadline', () => {
    const p = progressOf(q1, [toDateReading('2026-03-01', 9100)], '2026-03-01');
    expect(p.status.code).toBe('achieved');
    expect(p.fraction).toBeCloseTo(9100 / 9000);
    expect(p.needed?.perDay).toBe(0);
  });

  it('no pace verdict in the first 10%: 400 by day 5 of 90 (5.6%) is too early', () => {
    const p = progressOf(q1, [toDateReading('2026-01-05', 400)], '2026-01-05');
    expect(p.elapsed).toBeCloseTo(5 / 90);
    expect(p.status.code).toBe('too-early');
    expect(p.status.text).toBe('Too early to judge: 6% of the period has passed.');
  });

  it('…unless already met', () => {
    expect(progressOf(q1, [toDateReading('2026-01-05', 9500)], '2026-01-05').status.code).toBe('achieved');
  });

  it('after the deadline: a full-period reading of 8,000 < 9,000 → missed', () => {
    const p = progressOf(q1, [toDateReading('2026-04-01', 8000)], '2026-04-05');
    expect(p.status.code).toBe('missed');
    expect(p.forecast).toBeNull();
    expect(p.needed).toBeNull();
    expect(warningCodes(p)).toContain('deadline-passed');
  });

  it('after the deadline with data only to 19 Mar: not called missed, but stale', () => {
    const p = progressOf(q1, [toDateReading('2026-03-20', 8000)], '2026-04-05');
    expect(p.status.code).toBe('stale');
    expect(p.status.params.basis).toBe('deadline-no-reading');
  });

  it('after the deadline, met → achieved', () => {
    expect(progressOf(q1, [toDateReading('2026-04-01', 9001)], '2026-04-05').status.code).toBe('achieved');
  });

  it('forecast by run rate: 4,000 in 45 of 90 days → 8,000 at the deadline', () => {
    const p = progressOf(q1, [toDateReading('2026-02-15', 4000)], '2026-02-15');
    expect(p.forecast).toEqual({ value: 8000, method: 'run-rate' });
  });

  it('percent target: visitors +30% in six months on a baseline of 10,000 → target 13,000', () => {
    const goal = makeGoal({
      metric: 'users',
      baseline: { value: 10_000, obtained: 'typed' },
      target: { kind: 'increase-by-percent', value: 30, setAt: SET },
      start: '2026-01-01',
      deadline: '2026-06-30', // 181 days
    });
    // 6,500 through 31 Mar (90 days): expected 13,000 × 90/181 = 6,464 → 100.6%
    const p = progressOf(goal, [toDateReading('2026-04-01', 6500, { metric: 'users' })], '2026-04-01');
    expect(p.target).toBeCloseTo(13_000);
    expect(p.expectedNow).toBeCloseTo((13_000 * 90) / 181);
    expect(p.status.code).toBe('on-track');
  });
});

describe('which reading is current (cumulative)', () => {
  it('the reading covering start..today beats a later "last 7 days" one', () => {
    const toDate = toDateReading('2026-02-15', 4500);
    const last7 = makeObservation({ value: 800, readAt: '2026-02-16T09:00:00.000Z', dateRange: { start: '2026-02-09', end: '2026-02-15' } });
    const p = progressOf(q1, [last7, toDate], '2026-02-16');
    expect(p.current).toBe(4500);
  });

  it('between two to-date readings, the one covering more of the period wins', () => {
    const p = progressOf(q1, [toDateReading('2026-02-15', 4500), toDateReading('2026-02-10', 4000)], '2026-02-16');
    expect(p.current).toBe(4500);
  });

  it('a reading entirely before the goal period is never current', () => {
    const before = makeObservation({ value: 7000, readAt: '2026-01-02T09:00:00.000Z', dateRange: { start: '2025-10-01', end: '2025-12-31' } });
    const p = progressOf(q1, [before], '2026-01-20');
    expect(p.current).toBeNull();
    expect(p.status.code).toBe('no-data');
    expect(p.status.params.basis).toBe('no-period');
  });

  it('a reading without dates is a fallback, and says so', () => {
    const p = progressOf(q1, [makeObservation({ value: 4500, readAt: '2026-02-15T09:00:00.000Z', dateRange: null })], '2026-02-15');
    expect(p.current).toBe(4500);
    expect(warningCodes(p)).toContain('range-mismatch');
    expect(p.warnings.find((w) => w.code === 'range-mismatch')?.text).toBe('The reading does not say which dates it covers; the goal period is 1 Jan 2026 – 31 Mar 2026.');
  });
});

describe('prorating a reading that covers only part of the period', () => {
  // "Last 28 days" = 18 Jan – 14 Feb: 28 of 90 days → prorated target 9,000 × 28/90 = 2,800.
  const last28 = (value: number) => makeObservation({ value, readAt: '2026-02-15T09:00:00.000Z', dateRange: { start: '2026-01-18', end: '2026-02-14' } });

  it('2,520 in the window against 2,800 → 90% of pace, at risk, and says it was prorated', () => {
    const p = progressOf(q1, [last28(2520)], '2026-02-15');
    expect(p.prorated?.share).toBeCloseTo(28 / 90);
    expect(p.prorated?.target).toBeCloseTo(2800);
    expect(p.paceRatio).toBeCloseTo(0.9);
    expect(p.status.code).toBe('at-risk');
    // Estimated to date: 90% of the 4,500 expected → 4,050 → fraction 0.45
    expect(p.fraction).toBeCloseTo(0.45);
    const w = p.warnings.find((x) => x.code === 'range-mismatch');
    expect(w?.text).toBe('The reading covers 18 Jan 2026 – 14 Feb 2026, not the goal period 1 Jan 2026 – 31 Mar 2026; the target is prorated to match.');
  });

  it('forecast from the window rate: 2,520 ÷ (28/90) = 8,100', () => {
    expect(progressOf(q1, [last28(2520)], '2026-02-15').forecast?.value).toBeCloseTo(8100);
  });

  it('a range that starts before the goal counts only its in-period days: 15 Dec–14 Feb (62 days) = 6,200 → 4,500 in period', () => {
    const o = makeObservation({ value: 6200, readAt: '2026-02-15T09:00:00.000Z', dateRange: { start: '2025-12-15', end: '2026-02-14' } });
    const p = progressOf(q1, [o], '2026-02-15');
    expect(p.prorated?.share).toBeCloseTo(45 / 90);
    expect(p.paceRatio).toBeCloseTo(1);
  });
});

describe('weekday-shaped pace', () => {
  // 14+ days of daily history: weekdays 120, weekends 50 (mean 100). From Thu 1 Jan.
  const daily = Array.from({ length: 28 }, (_, i) => {
    const day = addDays('2026-01-01', i);
    const wd = new Date(`${day}T00:00:00Z`).getUTCDay();
    return makeObservation({ value: wd === 0 || wd === 6 ? 50 : 120, readAt: `${addDays(day, 1)}T09:00:00.000Z`, dateRange: { start: day, end: day } });
  });

  it('with the weekday shape the same total is judged against a weekday-aware expectation', () => {
    const goal = makeGoal({ target: { kind: 'reach', value: 2800, setAt: SET }, deadline: '2026-01-28', reviewCadenceDays: 30 });
    // Through Fri 2 Jan: 2 weekdays → expected 2,800 × (1.2 + 1.2) / 28 = 240 (linear would say 200).
    const p = progressOf(goal, [...daily, toDateReading('2026-01-03', 240)], '2026-01-28');
    expect(p.expectedNow).toBeCloseTo(240);
  });

  it('without enough daily history, the line is straight', () => {
    const goal = makeGoal({ target: { kind: 'reach', value: 2800, setAt: SET }, deadline: '2026-01-28' });
    const p = progressOf(goal, [...daily.slice(0, 10), toDateReading('2026-01-03', 240)], '2026-01-28');
    expect(p.expectedNow).toBeCloseTo(200);
  });

  it('increments between consecutive to-date readings count as daily history', () => {
    const goal = makeGoal({ target: { kind: 'reach', value: 2800, setAt: SET }, deadline: '2026-01-28' });
    let total = 0;
    const toDate = daily.map((o) => {
      total += o.value;
      return toDateReading(addDays(o.dateRange!.end, 1), total);
    });
    const p = progressOf(goal, toDate.slice(0, 20), '2026-01-21');
    // Through 20 Jan: 14 weekdays + 6 weekend days → 14×1.2 + 6×0.5 = 19.8 of 28 → 2,800 × 19.8/28 = 1,980
    expect(p.expectedNow).toBeCloseTo(1980);
    expect(p.current).toBe(14 * 120 + 6 * 50);
    expect(p.paceRatio).toBeCloseTo(1);
  });
});

describe('caps: cumulative goals where less is better', () => {
  const cap = makeGoal({ metric: 'cost', scope: { source: 'google-ads' }, baseline: undefined, target: { kind: 'stay-below', value: 9000, setAt: SET } });
  const spent = (value: number) => toDateReading('2026-02-15', value, { metric: 'cost', currency: 'USD', source: 'google-ads' });

  it('4,000 spent of 4,500 expected by mid-period is under budget → on track (4,500 ÷ 4,000 = 1.125)', () => {
    const p = progressOf(cap, [spent(4000)], '2026-02-15');
    expect(p.paceRatio).toBeCloseTo(1.125);
    expect(p.status.code).toBe('on-track');
    expect(p.fraction).toBeNull();
  });

  it('5,000 spent of 4,500 expected → 90% → at risk', () => {
    expect(progressOf(cap, [spent(5000)], '2026-02-15').status.code).toBe('at-risk');
  });

  it('9,500 already spent of a 9,000 cap → missed, no need to wait for the deadline', () => {
    const p = progressOf(cap, [spent(9500)], '2026-02-15');
    expect(p.status.code).toBe('missed');
    expect(p.status.text).toBe('Already over the limit: USD 9,500 against a cap of USD 9,000.');
  });

  it('daily allowance from now: (9,000 − 4,000) ÷ 45 = 111/day', () => {
    expect(progressOf(cap, [spent(4000)], '2026-02-15').needed?.perDay).toBeCloseTo(5000 / 45);
  });

  it('at the deadline, within the cap → achieved', () => {
    expect(progressOf(cap, [toDateReading('2026-04-01', 8800, { metric: 'cost', source: 'google-ads' })], '2026-04-02').status.code).toBe('achieved');
  });
});
