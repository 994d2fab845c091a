import { describe, expect, it } from 'vitest';
import { LABEL_LANGUAGES, METRICS, METRIC_IDS, isMetricId } from '../../lib/metrics/catalogue';
import { METRIC_LABELS } from '../../lib/metrics/metric-labels';
import { conflictingLabels, metricFromLabel, normaliseLabel } from '../../lib/metrics/labels';
import type { MetricId } from '../../lib/metrics/types';

const ALL_IDS: MetricId[] = [
  'new-customers', 'cost-per-lead', 'aov',
  'sessions', 'users', 'active-users', 'new-users', 'returning-users', 'pageviews', 'engaged-sessions',
  'impressions', 'clicks', 'reach', 'followers', 'subscribers', 'leads', 'conversions', 'purchases',
  'revenue', 'cost', 'conversion-rate', 'ctr', 'cpc', 'cpm', 'cpa', 'roas', 'cac', 'cltv',
  'bounce-rate', 'engagement-rate', 'returning-visitor-share', 'avg-engagement-time', 'open-rate',
  'click-rate', 'unsubscribe-rate', 'csat', 'average-position',
];

describe('metric catalogue', () => {
  it('defines every MetricId, keyed by its own id', () => {
    expect([...METRIC_IDS].sort()).toEqual([...ALL_IDS].sort());
    for (const id of METRIC_IDS) expect(METRICS[id].id).toBe(id);
  });

  it('has at least one label in every language for every metric', () => {
    for (const id of METRIC_IDS) {
      for (const lang of LABEL_LANGUAGES) {
        expect(METRIC_LABELS[id][lang].length, `${id} in ${lang}`).toBeGreaterThan(0);
      }
    }
  });

  it('gives no label (after normalisation) to two metrics', () => {
    expect(conflictingLabels()).toEqual([]);
  });

  it('round-trips every label of every language through metricFromLabel', () => {
    const failures: string[] = [];
    for (const id of METRIC_IDS) {
      for (const lang of LABEL_LANGUAGES) {
        for (const label of METRIC_LABELS[id][lang]) {
          const got = metricFromLabel(label);
          if (got !== id) failures.push(`${lang} "${label}" → ${got} (expected ${id})`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('has no empty or untrimmed labels', () => {
    for (const id of METRIC_IDS) {
      for (const lang of LABEL_LANGUAGES) {
        for (const label of METRIC_LABELS[id][lang]) {
          expect(label.trim()).toBe(label);
          expect(normaliseLabel(label)).not.toBe('');
        }
      }
    }
  });

  it.each([
    ['conversion-rate', 'conversions', 'sessions', 100],
    ['ctr', 'clicks', 'impressions', 100],
    ['cpc', 'cost', 'clicks', 1],
    ['cpm', 'cost', 'impressions', 1000],
    ['cpa', 'cost', 'conversions', 1],
    ['roas', 'revenue', 'cost', 1],
    ['engagement-rate', 'engaged-sessions', 'sessions', 100],
    ['returning-visitor-share', 'returning-users', 'users', 100],
  ] as const)('%s = %s / %s × %d', (id, numerator, denominator, scale) => {
    expect(METRICS[id].parts).toEqual({ numerator, denominator, scale });
    expect(METRICS[id].kind).toBe('ratio');
  });

  it('knows which way is better (bounce rate, CPA, CPC, CPM, CAC, unsubscribes, position go down)', () => {
    const lower = METRIC_IDS.filter((id) => METRICS[id].direction === 'lower').sort();
    expect(lower).toEqual(['average-position', 'bounce-rate', 'cac', 'cost-per-lead', 'cpa', 'cpc', 'cpm', 'unsubscribe-rate'].sort());
  });

  it('classifies kinds as the domain says: counts cumulative, rates ratio, followers/subscribers/ranking level', () => {
    expect(METRICS.sessions.kind).toBe('cumulative');
    expect(METRICS.revenue.kind).toBe('cumulative');
    expect(METRICS.cost.kind).toBe('cumulative');
    expect(METRICS['bounce-rate'].kind).toBe('ratio');
    expect(METRICS.followers.kind).toBe('level');
    expect(METRICS.subscribers.kind).toBe('level');
    expect(METRICS['average-position'].kind).toBe('level');
  });

  it('units: rates are percent, money is currency, ROAS a ratio, engagement time a duration', () => {
    expect(METRICS['bounce-rate'].unit).toBe('percent');
    expect(METRICS.cpa.unit).toBe('currency');
    expect(METRICS.roas.unit).toBe('ratio');
    expect(METRICS['avg-engagement-time'].unit).toBe('duration');
  });

  it('ratio parts point at cumulative metrics', () => {
    for (const id of METRIC_IDS) {
      const parts = METRICS[id].parts;
      if (!parts) continue;
      expect(METRICS[parts.numerator].kind).toBe('cumulative');
      expect(METRICS[parts.denominator].kind).toBe('cumulative');
    }
  });

  it('isMetricId accepts catalogue ids only', () => {
    expect(isMetricId('sessions')).toBe(true);
    expect(isMetricId('toString')).toBe(false);
    expect(isMetricId('Sessions')).toBe(false);
    expect(isMetricId(3)).toBe(false);
  });
});
