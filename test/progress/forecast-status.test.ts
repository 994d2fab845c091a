import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../lib/goals/dates';
import { explainStatus } from '../../lib/progress/describe';
import { forecastAtDeadline } from '../../lib/progress/forecast';
import { buildPaceLine } from '../../lib/progress/pace';
import { DEFAULT_PROGRESS_SETTINGS, progressSettings } from '../../lib/progress/settings';
import { linearFit, predictionHalfWidth } from '../../lib/progress/stats';
import { decideStatus, type StatusFacts } from '../../lib/progress/status';
import type { StatusCode } from '../../lib/progress/types';
import { dailySeries, dailyValues, entriesOf } from '../../lib/progress/history';
import { makeObservation } from '../support/goal-fixtures';

const startDay = dayNumber('2026-01-01');
const endDay = dayNumber('2026-03-31');
const calendar = buildPaceLine({ startDay, endDay, startValue: 0, target: 1 });

describe('forecastAtDeadline', () => {
  const base = { unit: 'percent' as const, startDay, endDay, todayDay: startDay + 40, current: 2, shape: calendar };

  it('trend: 5 points on a line y = 1 + 0.01·x → exact value at the deadline, zero-width band', () => {
    const series = [0, 10, 20, 30, 40].map((i) => ({ day: startDay + i, value: 1 + 0.01 * i }));
    const f = forecastAtDeadline({ ...base, kind: 'ratio', series });
    expect(f?.method).toBe('trend');
    expect(f?.value).toBeCloseTo(1 + 0.01 * 89);
    expect(f?.high! - f?.low!).toBeCloseTo(0);
  });

  it('trend band: ±1.96 × residual SE × √(1 + 1/n + (x₀ − x̄)²/Sxx)', () => {
    const series = [0, 10, 20, 30, 40].map((i, k) => ({ day: startDay + i, value: 2 + (k % 2 === 0 ? 0.1 : -0.1) }));
    const f = forecastAtDeadline({ ...base, kind: 'ratio', series })!;
    const fit = linearFit(series)!;
    expect(f.high! - f.value).toBeCloseTo(predictionHalfWidth(fit, endDay));
    expect(f.low).toBeLessThan(f.value);
  });

  it('fewer than 5 points → as is', () => {
    expect(forecastAtDeadline({ ...base, kind: 'ratio', series: [{ day: startDay, value: 1 }] })).toEqual({ value: 2, method: 'as-is' });
  });

  it('percent forecasts stay within 0..100', () => {
    const series = [0, 10, 20, 30, 40].map((i) => ({ day: startDay + i, value: 60 + i }));
    expect(forecastAtDeadline({ ...base, kind: 'ratio', series })!.value).toBe(100);
  });

  it('run rate: 3,000 over 30 of 90 days → 9,000', () => {
    const f = forecastAtDeadline({ ...base, unit: 'count', kind: 'cumulative', series: [], cumulative: { valueInPeriod: 3000, fromDay: startDay, toDay: startDay + 29 } });
    expect(f).toEqual({ value: 9000, method: 'run-rate' });
  });

  it('none after the deadline', () => {
    expect(forecastAtDeadline({ ...base, kind: 'ratio', series: [], todayDay: endDay + 1 })).toBeNull();
  });
});

describe('decideStatus: order of precedence', () => {
  const facts = (over: Partial<StatusFacts>): StatusFacts => ({
    waiting: false,
    noData: null,
    deadlinePassed: false,
    dataReachesDeadline: false,
    met: false,
    overCap: false,
    hold: false,
    volume: null,
    stale: false,
    elapsed: 0.5,
    paceRatio: 1,
    asIsRatio: null,
    bands: DEFAULT_PROGRESS_SETTINGS.bands,
    params: {},
    ...over,
  });
  const code = (over: Partial<StatusFacts>): StatusCode => decideStatus(facts(over)).code;

  it.each([
    [{ waiting: true, noData: 'none' as const, met: true }, 'too-early'],
    [{ noData: 'none' as const, met: true }, 'no-data'],
    [{ deadlinePassed: true, met: true }, 'achieved'],
    [{ deadlinePassed: true, dataReachesDeadline: true }, 'missed'],
    [{ deadlinePassed: true }, 'stale'],
    [{ overCap: true }, 'missed'],
    [{ volume: { metric: 'clicks' as const, value: 3, min: 30, low: true }, met: true }, 'too-early'],
    [{ met: true, stale: true }, 'achieved'],
    [{ stale: true }, 'stale'],
    [{ met: true, hold: true }, 'on-track'],
    [{ elapsed: 0.05 }, 'too-early'],
    [{ paceRatio: 1 }, 'on-track'],
    [{ paceRatio: 0.85 }, 'at-risk'],
    [{ paceRatio: 0.8499 }, 'behind'],
    [{ paceRatio: null, asIsRatio: 0.9 }, 'at-risk'],
    [{ paceRatio: null, asIsRatio: 0.5 }, 'behind'],
  ] as const)('%j → %s', (over, expected) => expect(code(over)).toBe(expected));
});

describe('settings', () => {
  it('defaults: on track ≥ 1.0 of expected, at risk ≥ 0.85, focus on 5 goals', () => {
    expect(DEFAULT_PROGRESS_SETTINGS).toEqual({ bands: { onTrack: 1, atRisk: 0.85 }, focusLimit: 5 });
    expect(progressSettings('2026-01-01')).toEqual({ today: '2026-01-01', bands: { onTrack: 1, atRisk: 0.85 }, focusLimit: 5 });
  });
  it('overrides merge', () => {
    expect(progressSettings('2026-01-01', { bands: { atRisk: 0.7 }, focusLimit: 3 })).toEqual({ today: '2026-01-01', bands: { onTrack: 1, atRisk: 0.7 }, focusLimit: 3 });
  });
});

describe('texts', () => {
  it('every status has an English text and keeps its basis in params', () => {
    const s = explainStatus('behind', 'as-is', { current: '45%', target: '40%' });
    expect(s).toEqual({ code: 'behind', params: { current: '45%', target: '40%', basis: 'as-is' }, text: 'Behind: 45% against a target of 40%.' });
  });
});

describe('history helpers', () => {
  const today = dayNumber('2026-03-01');
  it('dailyValues: single-day readings and increments of consecutive to-date readings', () => {
    const observations = [
      makeObservation({ value: 100, readAt: '2026-01-02T09:00:00.000Z', dateRange: { start: '2026-01-01', end: '2026-01-01' } }),
      makeObservation({ value: 300, readAt: '2026-01-03T09:00:00.000Z', dateRange: { start: '2026-01-01', end: '2026-01-02' } }),
      makeObservation({ value: 450, readAt: '2026-01-04T09:00:00.000Z', dateRange: { start: '2026-01-01', end: '2026-01-03' } }),
      makeObservation({ value: 999, readAt: '2026-01-04T10:00:00.000Z', dateRange: { start: '2026-01-01', end: '2026-01-03' }, confidence: 'unsure' }),
    ];
    const entries = entriesOf(observations, today);
    expect([...dailyValues(entries)]).toEqual([
      [dayNumber('2026-01-01'), 100],
      [dayNumber('2026-01-02'), 200],
      [dayNumber('2026-01-03'), 150],
    ]);
  });
  it('dailySeries: the latest sure reading per day, sorted', () => {
    const observations = [
      makeObservation({ value: 2, readAt: '2026-01-05T10:00:00.000Z', dateRange: null }),
      makeObservation({ value: 1, readAt: '2026-01-05T09:00:00.000Z', dateRange: null }),
      makeObservation({ value: 3, readAt: '2026-01-04T09:00:00.000Z', dateRange: null }),
    ];
    const entries = entriesOf(observations, today);
    expect(dailySeries(entries)).toEqual([
      { day: dayNumber('2026-01-04'), value: 3 },
      { day: dayNumber('2026-01-05'), value: 2 },
    ]);
  });
});
