import { describe, expect, it } from 'vitest';
import { explainStatus, explainWarning } from '../../lib/progress';
import type { StatusCode, WarningCode } from '../../lib/progress/types';
import { en, explainedKey } from '../../lib/i18n';
import { fill } from '../../lib/format';

/** The English reason templates translators work from must say what the engine says. */
const P = {
  metric: 'Sessions', unit: 'count', currency: 'USD', current: '6,200', target: '10,000', expected: '8,000', asOf: '24 Nov 2026', pacePercent: 78,
  deadline: '31 Dec 2026', lastRead: '1 Oct 2026', cadenceDays: 30, elapsedPercent: 5, volume: 40, volumeMetric: 'clicks', minVolume: 100,
};
const STATUSES: Array<[StatusCode, string, Record<string, string | number>?]> = [
  ['no-data', 'none'], ['no-data', 'no-comparable', { currency: '' }], ['no-data', 'no-comparable'], ['no-data', 'no-period'], ['no-data', 'no-target'],
  ['achieved', 'met'], ['achieved', 'met-at-deadline'], ['missed', 'deadline'], ['missed', 'over-cap'], ['stale', 'deadline-no-reading'], ['stale', 'not-read'],
  ['too-early', 'early-window'], ['too-early', 'low-volume'], ['on-track', 'pace'], ['on-track', 'holding'], ['at-risk', 'pace'], ['at-risk', 'as-is'],
  ['behind', 'pace'], ['behind', 'as-is'],
];
const W = { metric: 'CPA', pacePercent: 60, neededPerWeek: '700', pageUrl: 'https://x', range: '1–31 Oct', period: 'Q4', lastRead: '1 Oct', daysSince: 40, cadenceDays: 30, deadline: '31 Dec', dueOn: '1 Dec', count: 2, otherUnit: 'percent', unit: 'count', otherCurrency: 'EUR', currency: 'USD', text: '1.234', volume: 3, volumeMetric: 'clicks', minVolume: 100, limit: 5 };
const WARNINGS: Array<[WarningCode, Record<string, string | number>]> = [
  ['behind-pace', W], ['behind-pace', { ...W, neededPerWeek: undefined as unknown as string }], ['metric-not-found', W], ['range-mismatch', W], ['range-mismatch', { ...W, prorated: 1 }],
  ['range-mismatch', { ...W, range: 'unknown' }], ['stale', W], ['deadline-passed', W], ['review-due', W], ['unit-mismatch', W], ['currency-mismatch', W],
  ['ambiguous-reading', W], ['ambiguous-reading', { ...W, usedAsCurrent: 1 }], ['low-volume', W], ['too-many-active-goals', W],
];

const template = (key: string) => (en as Record<string, string>)[key];

describe('English reason templates', () => {
  it.each(STATUSES)('status %s/%s', (code, basis, extra) => {
    const e = explainStatus(code, basis, { ...P, ...extra });
    const key = explainedKey('status', e);
    expect(template(key), key).toBeDefined();
    expect(fill(template(key)!, e.params)).toBe(e.text);
  });
  it.each(WARNINGS)('warning %s', (code, params) => {
    const clean = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));
    const e = explainWarning(code, clean);
    const key = explainedKey('warning', e);
    expect(template(key), key).toBeDefined();
    expect(fill(template(key)!, e.params)).toBe(e.text);
  });
});
