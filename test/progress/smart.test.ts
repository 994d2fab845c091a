import { describe, expect, it } from 'vitest';
import { addDays } from '../../lib/goals/dates';
import type { Goal } from '../../lib/goals/types';
import { smartChecks } from '../../lib/progress/smart';
import type { SmartLetter } from '../../lib/progress/types';
import { makeGoal, makeObservation } from '../support/goal-fixtures';
import { progressOf } from './helpers';

const SET = '2025-12-31T00:00:00.000Z';
const check = (goal: Goal, letter: SmartLetter, today = '2026-01-10') => smartChecks({ goal, target: goal.target.value, startValue: goal.baseline?.value ?? null, series: [], today }).find((c) => c.letter === letter)!;

describe('S — specific', () => {
  it('passes with a scope; warns without one', () => {
    expect(check(makeGoal({ scope: { source: 'ga4', filter: 'Saudi Arabia' } }), 'S')).toMatchObject({ letter: 'S', pass: true, reason: 'Reads Sessions from the “Saudi Arabia” row of GA4.', code: 'specific.row' });
    expect(check(makeGoal({ scope: {} }), 'S').pass).toBe(false);
    expect(check(makeGoal({ scope: {}, channel: 'all' }), 'S').reason).toBe('Reads Sessions for all traffic sources (site-wide totals).');
    expect(check(makeGoal({ scope: { account: 'Acme' } }), 'S')).toMatchObject({ pass: true, reason: 'One metric with its scope: Sessions for Acme.', code: 'specific.ok' });
  });

  it('says exactly what a channel goal reads: its own dashboard, or its row of a channel report', () => {
    expect(check(makeGoal({ metric: 'conversion-rate', scope: {}, channel: 'organic' }), 'S').reason).toBe(
      'Reads Conversion rate for organic search only: Search Console, or the “Organic Search” row of GA4 or Looker Studio.',
    );
    expect(check(makeGoal({ metric: 'conversion-rate', scope: {}, channel: 'sms' }), 'S').reason).toBe('Reads Conversion rate for SMS only: the “SMS” row of GA4 or Looker Studio.');
    expect(check(makeGoal({ metric: 'ctr', scope: { source: 'google-ads' }, channel: 'paid-search' }), 'S').reason).toBe('Reads CTR for paid search only, from Google Ads.');
    // GA4 splits social in two rows; neither alone is the channel.
    expect(check(makeGoal({ metric: 'sessions', scope: { source: 'ga4' }, channel: 'social' }), 'S')).toMatchObject({ pass: false, code: 'specific.channel-unread' });
  });
});

describe('M — measurable', () => {
  it('needs a baseline', () => {
    expect(check(makeGoal(), 'M')).toMatchObject({ letter: 'M', pass: true, reason: 'Measured on the dashboard from 8,000 to 10,000.', code: 'measurable.ok' });
    expect(check(makeGoal({ baseline: undefined }), 'M').pass).toBe(false);
  });
});

describe('R — relevant', () => {
  it('needs an objective or a RACE stage', () => {
    expect(check(makeGoal({ objective: undefined, stage: 'convert' }), 'R').pass).toBe(true);
    expect(check(makeGoal({ objective: undefined, stage: undefined }), 'R').pass).toBe(false);
  });
});

describe('T — time-bound', () => {
  it('between a week and two years', () => {
    expect(check(makeGoal({ start: '2026-01-01', deadline: '2026-01-05' }), 'T').reason).toBe('5 days (1 Jan 2026 to 5 Jan 2026) is too short to measure a change.');
    expect(check(makeGoal({ start: '2026-01-01', deadline: '2026-01-07' }), 'T').pass).toBe(true);
    expect(check(makeGoal({ start: '2026-01-01', deadline: '2027-12-31' }), 'T').pass).toBe(true); // 730 days
    expect(check(makeGoal({ start: '2026-01-01', deadline: '2028-01-01' }), 'T').pass).toBe(false);
  });
});

describe('E — evaluate and review', () => {
  it('monthly review from the start; overdue after 30 days', () => {
    expect(check(makeGoal(), 'E', '2026-01-31')).toMatchObject({ letter: 'E', pass: true, reason: 'Reviewed every 30 days; next review on 31 Jan 2026.', code: 'evaluated.ok' });
    expect(check(makeGoal(), 'E', '2026-02-01').pass).toBe(false);
    expect(check(makeGoal({ lastReviewedAt: '2026-01-25T12:00:00.000Z' }), 'E', '2026-02-10').pass).toBe(true);
  });
});

describe('A — achievable against the metric’s own history', () => {
  // Seed: "traffic grew 2% last quarter, so +5% is a better quarterly goal than +15%".
  // Last quarter (Oct–Dec 2025, 92 days) daily sessions rose steadily from 1,000 to 1,020: +2% a quarter.
  const history = Array.from({ length: 13 }, (_, week) => {
    const end = addDays('2025-10-07', 7 * week);
    const perDay = 1000 + (20 * (7 * week)) / 90;
    return makeObservation({ value: perDay * 7, readAt: `${addDays(end, 1)}T09:00:00.000Z`, dateRange: { start: addDays(end, -6), end } });
  });
  const quarterGoal = (percent: number) =>
    makeGoal({ start: '2026-01-01', deadline: '2026-03-31', baseline: { value: 90_000, obtained: 'history' }, target: { kind: 'increase-by-percent', value: percent, setAt: SET } });
  const achievable = (percent: number) => progressOf(quarterGoal(percent), history, '2026-01-02').smart.find((c) => c.letter === 'A')!;

  it('+5% in a quarter after +2% last quarter: within 3× its pace → pass', () => {
    const a = achievable(5);
    expect(a.pass).toBe(true);
    expect(a.reason).toMatch(/^Needs \+5% over 90 days; its own trend gives \+2% per 90 days — within reach\.$/);
  });

  it('+15% in a quarter after +2% last quarter: 7.5× its pace → warn', () => {
    const a = achievable(15);
    expect(a.pass).toBe(false);
    expect(a.reason).toMatch(/^Needs \+15% over 90 days but its own trend gives \+2% per 90 days \(7\.\d× its pace\); a smaller step is more realistic\.$/);
  });

  it('not enough history → pass, and says so', () => {
    const a = progressOf(quarterGoal(15), history.slice(0, 2), '2026-01-02').smart.find((c) => c.letter === 'A')!;
    expect(a).toMatchObject({ letter: 'A', pass: true, reason: 'Not enough history to judge whether +15% over 90 days is realistic.', code: 'achievable.no-history' });
  });

  it('a falling metric makes any real increase a warning', () => {
    const falling = history.map((o, i) => ({ ...o, value: 7000 - 50 * i }));
    expect(progressOf(quarterGoal(10), falling, '2026-01-02').smart.find((c) => c.letter === 'A')!.pass).toBe(false);
  });

  it('direction-aware for a ratio: bounce rate 50% → 40% while it fell 1 point a month', () => {
    const br = Array.from({ length: 6 }, (_, m) => makeObservation({ metric: 'bounce-rate', value: 56 - m, readAt: `2025-${String(7 + m).padStart(2, '0')}-01T09:00:00.000Z`, dateRange: null }));
    const goal = makeGoal({ metric: 'bounce-rate', start: '2026-01-01', deadline: '2026-06-30', baseline: { value: 50, obtained: 'typed' }, target: { kind: 'decrease-to', value: 40, setAt: SET } });
    // Needs −20% in 181 days; the trend gives about −6 points per 181 days on a mean of 53.5 ≈ −11%: 1.8× → pass.
    expect(progressOf(goal, br, '2026-01-02').smart.find((c) => c.letter === 'A')!.pass).toBe(true);
    const harder = { ...goal, target: { ...goal.target, value: 20 } };
    expect(progressOf(harder, br, '2026-01-02').smart.find((c) => c.letter === 'A')!.pass).toBe(false);
  });
});

describe('review cadence of a goal set part-way into its period', () => {
  it('counts from when the goal was set: started 1 Oct, set 24 Nov, monthly → first review 24 Dec', async () => {
    const { reviewDueOn } = await import('../../lib/progress/smart');
    const { makeGoal } = await import('../support/goal-fixtures');
    const goal = makeGoal({ start: '2026-10-01', createdAt: '2026-11-24T10:00:00.000Z', reviewCadenceDays: 30 });
    expect(reviewDueOn(goal)).toBe('2026-12-24');
    expect(reviewDueOn({ ...goal, createdAt: '2026-09-01T10:00:00.000Z' })).toBe('2026-10-31');
    expect(reviewDueOn({ ...goal, lastReviewedAt: '2026-12-01T08:00:00.000Z' })).toBe('2026-12-31');
  });
});

describe('T — a long goal gets a first-quarter milestone suggested', () => {
  it('over six months without milestones: suggests one about a quarter in; with one, says nothing more', () => {
    const long = makeGoal({ start: '2026-01-01', deadline: '2026-12-31', milestones: [] });
    expect(check(long, 'T')).toMatchObject({ pass: true, code: 'time-bound.suggest-milestone', params: { milestoneIso: '2026-04-01' } });
    expect(check({ ...long, milestones: [{ name: 'Q1', deadline: '2026-03-31', target: 9000 }] }, 'T').code).toBe('time-bound.ok');
    expect(check(makeGoal({ start: '2026-01-01', deadline: '2026-03-31' }), 'T').code).toBe('time-bound.ok');
  });
});
