import { describe, expect, it } from 'vitest';
import { derivedFormula, type GoalFormula } from '../../lib/metrics/derived';
import { formulaHistory, formulaTrend } from '../../lib/progress/formula-history';
import type { Observation } from '../../lib/progress/types';
import type { SourceId } from '../../lib/dashboards';
import type { MetricId } from '../../lib/metrics/types';
import { makeObservation } from '../support/goal-fixtures';

const ROAS: GoalFormula = { ...derivedFormula('roas'), numerator: [{ metric: 'revenue', sources: ['ga4'] }], denominator: [{ metric: 'cost', sources: ['google-ads'] }] };
const PERIOD = { start: '2026-11-01', end: '2026-11-30' };

/** A month-to-date total read at `time` on `day` (data to the day before), in dollars unless said. */
const read = (metric: MetricId, source: SourceId, day: string, value: number, time = '09:00', currency = 'USD'): Observation =>
  makeObservation({ metric, source, value, currency, unit: 'currency', readAt: `${day}T${time}:00.000Z`, dateRange: { start: '2026-11-01', end: '2026-11-0' + (Number(day.slice(-1)) - 1) } });

describe('a formula goal’s history, rebuilt day by day from its parts', () => {
  it('gives one value per day both parts were read, from each part’s latest reading of that day', () => {
    const history = [
      read('revenue', 'ga4', '2026-11-03', 1000), read('cost', 'google-ads', '2026-11-03', 500),
      // Read twice on the 4th: the later reading of revenue is the day's.
      read('revenue', 'ga4', '2026-11-04', 1200, '09:00'), read('revenue', 'ga4', '2026-11-04', 1500, '16:00'), read('cost', 'google-ads', '2026-11-04', 600),
    ];
    const { days, skipped } = formulaHistory(ROAS, history, PERIOD);
    expect(days.map((d) => [d.day, d.value])).toEqual([['2026-11-03', 2], ['2026-11-04', 2.5]]);
    expect(days[1]!.readAt).toBe('2026-11-04T16:00:00.000Z');
    expect(skipped).toEqual([]);
  });

  it('skips a day a part was not read, and a day whose parts are in different currencies, saying why', () => {
    const history = [
      read('revenue', 'ga4', '2026-11-03', 1000),
      read('revenue', 'ga4', '2026-11-05', 1000), read('cost', 'google-ads', '2026-11-05', 400, '09:00', 'EUR'),
      read('revenue', 'ga4', '2026-11-06', 3000), read('cost', 'google-ads', '2026-11-06', 1000),
    ];
    const { days, skipped } = formulaHistory(ROAS, history, PERIOD);
    expect(days.map((d) => [d.day, d.value])).toEqual([['2026-11-06', 3]]);
    expect(skipped.map((s) => [s.day, s.reason])).toEqual([['2026-11-03', 'incomplete'], ['2026-11-05', 'currency-mismatch']]);
  });

  it('the trend ends at the current value when the parts were last read on different days', () => {
    const history = [read('revenue', 'ga4', '2026-11-03', 1000), read('cost', 'google-ads', '2026-11-03', 500), read('revenue', 'ga4', '2026-11-05', 1800)];
    const latest = { status: 'complete', value: 3.6, unit: 'ratio', range: PERIOD, parts: [{ readAt: '2026-11-05T09:00:00.000Z' }], text: '' } as never;
    expect(formulaTrend(ROAS, history, PERIOD, latest)).toEqual([
      { readAt: '2026-11-03T09:00:00.000Z', value: 2 },
      { readAt: '2026-11-05T09:00:00.000Z', value: 3.6 },
    ]);
    // Nothing is drawn from a part alone: revenue by itself is not a ROAS.
    expect(formulaTrend(ROAS, [read('revenue', 'ga4', '2026-11-03', 1000)], PERIOD)).toEqual([]);
  });
});
