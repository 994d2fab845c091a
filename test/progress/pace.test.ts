import { describe, expect, it } from 'vitest';
import { dayNumber, weekday } from '../../lib/goals/dates';
import { buildPaceLine, weekdayWeights } from '../../lib/progress/pace';

const startDay = dayNumber('2026-01-01'); // a Thursday
const endDay = dayNumber('2026-03-31'); // 90 days

describe('linear pace line', () => {
  const line = buildPaceLine({ startDay, endDay, startValue: 0, target: 9000 });
  it('9,000 over 90 days: 100 a day, 4,500 by the end of day 45 (14 Feb)', () => {
    expect(line.shape).toBe('linear');
    expect(line.expectedAt(dayNumber('2026-02-14'))).toBeCloseTo(4500);
    expect(line.expectedAt(startDay)).toBeCloseTo(100);
    expect(line.expectedAt(endDay)).toBeCloseTo(9000);
  });
  it('is clamped outside the period', () => {
    expect(line.expectedAt(startDay - 10)).toBe(0);
    expect(line.expectedAt(endDay + 10)).toBeCloseTo(9000);
  });
  it('a level line runs from baseline to target: followers 1,000 → 1,200 is 1,100 halfway', () => {
    const l = buildPaceLine({ startDay, endDay: startDay + 89, startValue: 1000, target: 1200 });
    expect(l.expectedAt(startDay + 44)).toBeCloseTo(1100);
  });
  it('shareOf: 30 of 90 days is a third', () => {
    expect(line.shareOf(startDay + 10, startDay + 39)).toBeCloseTo(1 / 3);
  });
});

describe('weekday-shaped pace line', () => {
  // Weekdays weigh 1.2, weekends 0.5 (sum 7): a B2B site.
  const weights = [0.5, 1.2, 1.2, 1.2, 1.2, 1.2, 0.5];
  const line = buildPaceLine({ startDay, endDay: startDay + 13, startValue: 0, target: 1400, weekdayWeights: weights });
  it('two whole weeks: 700 after the first week, as in the linear case', () => {
    expect(line.shape).toBe('weekday');
    expect(line.expectedAt(startDay + 6)).toBeCloseTo(700);
    expect(line.expectedAt(startDay + 13)).toBeCloseTo(1400);
  });
  it('Thu+Fri (1.2 + 1.2 of 14) expect more than the 2/14 a straight line would: 1400 × 2.4/14 = 240', () => {
    expect(weekday(startDay)).toBe(4);
    expect(line.expectedAt(startDay + 1)).toBeCloseTo(240);
    // …and the weekend adds only 0.5 + 0.5 → 240 + 100 = 340 by Sunday.
    expect(line.expectedAt(startDay + 3)).toBeCloseTo(340);
  });
});

describe('weekdayWeights', () => {
  const daily = (days: number, value: (weekday: number) => number) => {
    const m = new Map<number, number>();
    for (let d = startDay; d < startDay + days; d++) m.set(d, value(weekday(d)));
    return m;
  };
  it('needs at least 14 days', () => {
    expect(weekdayWeights(daily(13, () => 10), 14)).toBeNull();
    expect(weekdayWeights(daily(14, () => 10), 14)).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });
  it('weekends at half the weekday volume: 120 on weekdays, 50 at weekends → mean 100 → 1.2 / 0.5', () => {
    const w = weekdayWeights(daily(28, (wd) => (wd === 0 || wd === 6 ? 50 : 120)), 14)!;
    expect(w[0]).toBeCloseTo(0.5);
    expect(w[3]).toBeCloseTo(1.2);
  });
  it('null when a weekday never occurs or everything is zero', () => {
    const m = new Map<number, number>();
    for (let d = startDay; d < startDay + 70; d += 7) m.set(d, 10).set(d + 1, 10);
    expect(weekdayWeights(m, 14)).toBeNull();
    expect(weekdayWeights(daily(14, () => 0), 14)).toBeNull();
  });
});

describe('phased pace line (milestones)', () => {
  // Paid search from the seeds: Q1 learn (no number), CTR 1% by the end of Q2, target 1.2% by year end.
  const line = buildPaceLine({
    startDay,
    endDay: dayNumber('2026-12-31'),
    startValue: 0.6,
    target: 1.2,
    milestones: [
      { name: 'Learn', deadline: '2026-03-31' },
      { name: 'Industry CTR', deadline: '2026-06-30', target: 1 },
    ],
  });
  it('holds flat through the learn phase', () => {
    expect(line.shape).toBe('phased');
    expect(line.expectedAt(dayNumber('2026-02-15'))).toBeCloseTo(0.6);
    expect(line.expectedAt(dayNumber('2026-03-31'))).toBeCloseTo(0.6);
  });
  it('climbs to 1% by 30 Jun: halfway through Q2 (day 45.5 of 91) ≈ 0.8%', () => {
    expect(line.expectedAt(dayNumber('2026-05-15'))).toBeCloseTo(0.6 + (0.4 * 45) / 91, 5);
    expect(line.expectedAt(dayNumber('2026-06-30'))).toBeCloseTo(1);
  });
  it('then on to the final target', () => {
    expect(line.expectedAt(dayNumber('2026-12-31'))).toBeCloseTo(1.2);
  });
  it('ignores milestones outside the period', () => {
    const l = buildPaceLine({ startDay, endDay, startValue: 0, target: 90, milestones: [{ name: 'x', deadline: '2027-01-01', target: 5 }] });
    expect(l.shape).toBe('linear');
  });
});
