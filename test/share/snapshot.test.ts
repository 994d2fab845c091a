import { describe, expect, it } from 'vitest';
import { buildSnapshot, downsampleTrend, MAX_TREND_POINTS, SNAPSHOT_FORMAT_VERSION } from '../../lib/share/snapshot';
import { sampleGoalInputs, sampleSnapshot, TAKEN_AT } from '../support/snapshot-fixtures';

describe('buildSnapshot', () => {
  it('freezes goals with progress, pace, status, forecast, warnings and SMART checks', () => {
    const s = sampleSnapshot('en');
    expect(s.format).toBe('goalpost-snapshot');
    expect(s.formatVersion).toBe(SNAPSHOT_FORMAT_VERSION);
    expect(s.takenAt).toBe(TAKEN_AT);
    expect(s.goals.map((g) => g.status.code)).toEqual(['on-track', 'at-risk', 'behind', 'achieved']);
    const [sessions, conversion, cpa] = s.goals;
    expect(sessions).toMatchObject({
      id: 'g-sessions',
      metric: 'sessions',
      unit: 'count',
      current: 7420,
      target: { kind: 'reach', value: 10000, absolute: 10000 },
      percentOfTarget: 74.2,
      pace: { expectedNow: 7000, paceRatio: 1.06 },
      forecast: { value: 10150, low: 9600, high: 10700, method: 'run-rate' },
      dateRange: { start: '2026-11-01', end: '2026-11-23' },
    });
    expect(conversion).toMatchObject({ unit: 'percent', baseline: 2.4, target: { kind: 'increase-by-percent', value: 25, absolute: 3 } });
    expect(cpa).toMatchObject({ unit: 'currency', currency: 'USD' });
    expect(cpa!.warnings.map((w) => w.code)).toEqual(['behind-pace', 'range-mismatch']);
    expect(cpa!.smart.find((c) => c.letter === 'A')).toEqual({ letter: 'A', pass: false, reason: expect.any(String) });
    expect(sessions!.elapsedPercent).toBeCloseTo(76.67, 2);
  });

  it('points each goal at the reading behind it, adding readings that were not on the page', () => {
    const s = sampleSnapshot('en');
    for (const g of s.goals) {
      expect(g.readingIndex).not.toBeNull();
      expect(s.readings[g.readingIndex!]!.metric).toBe(g.metric);
    }
    // Three page readings plus the followers reading that came from history.
    expect(s.readings).toHaveLength(4);
    expect(s.readings[1]).toMatchObject({ text: '2.82%', unit: 'percent', row: 'Organic Search', currency: null });
  });

  it('uses the catalogue unit when no reading matched, and null for what is unknown', () => {
    const s = sampleSnapshot('en', { withNoData: true });
    const g = s.goals[4]!;
    expect(g).toMatchObject({ status: { code: 'no-data' }, unit: 'duration', current: null, percentOfTarget: null, readingIndex: null, dateRange: null, trend: [] });
    const inputs = sampleGoalInputs('en');
    const noUnit = buildSnapshot({
      takenAt: TAKEN_AT, scope: { kind: 'all' }, locale: 'en', readings: [],
      goals: [{ goal: inputs[1]!.goal, progress: inputs[1]!.progress }],
    });
    expect(noUnit.goals[0]!.unit).toBe('percent');
  });

  it('turns numbers JSON cannot carry into null', () => {
    const [input] = sampleGoalInputs('en');
    const s = buildSnapshot({
      takenAt: TAKEN_AT, scope: { kind: 'all' }, locale: 'en', readings: [],
      goals: [{ ...input!, progress: { ...input!.progress, paceRatio: Number.POSITIVE_INFINITY, fraction: Number.NaN, expectedNow: Number.NaN } }],
    });
    expect(s.goals[0]!.pace).toEqual({ expectedNow: null, paceRatio: null });
    expect(s.goals[0]!.percentOfTarget).toBeNull();
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('copies its inputs, so later edits do not change a taken snapshot', () => {
    const inputs = sampleGoalInputs('en');
    const s = buildSnapshot({ takenAt: TAKEN_AT, scope: { kind: 'all' }, locale: 'en', readings: [], goals: inputs });
    const before = JSON.stringify(s);
    inputs[0]!.goal.name = 'changed';
    inputs[0]!.progress.warnings.push({ code: 'stale', text: 'x', params: {} });
    inputs[2]!.progress.warnings[0]!.params.percent = 1;
    expect(JSON.stringify(s)).toBe(before);
  });

  it('records the scope of the tab or of all goals', () => {
    expect(sampleSnapshot('en').scope).toEqual({ kind: 'tab', pageUrl: expect.stringMatching(/^https:/), title: 'Home – Google Analytics' });
    expect(sampleSnapshot('en', { scope: 'all' }).scope).toEqual({ kind: 'all' });
  });
});

describe('downsampleTrend', () => {
  const points = Array.from({ length: 200 }, (_, i) => ({ readAt: new Date(Date.UTC(2026, 0, 1) + i * 3600_000).toISOString(), value: i }));

  it(`keeps at most ${MAX_TREND_POINTS} points, first and last included, in time order`, () => {
    const shuffled = [...points].reverse();
    const out = downsampleTrend(shuffled);
    expect(out).toHaveLength(MAX_TREND_POINTS);
    expect(out[0]!.value).toBe(0);
    expect(out.at(-1)!.value).toBe(199);
    expect(out.map((p) => p.value)).toEqual([...out.map((p) => p.value)].sort((a, b) => a - b));
  });

  it('drops points without a time or a finite value', () => {
    expect(downsampleTrend([{ readAt: 'soon', value: 1 }, { readAt: '2026-01-01T00:00:00Z', value: Number.NaN }, { readAt: '2026-01-01T00:00:00Z', value: 2 }])).toEqual([
      { readAt: '2026-01-01T00:00:00Z', value: 2 },
    ]);
  });

  it('caps goals in a snapshot too', () => {
    const [input] = sampleGoalInputs('en');
    const s = buildSnapshot({ takenAt: TAKEN_AT, scope: { kind: 'all' }, locale: 'en', readings: [], goals: [{ ...input!, history: points }] });
    expect(s.goals[0]!.trend).toHaveLength(MAX_TREND_POINTS);
  });
});
