/**
 * "Every language a dashboard speaks": what Intl's formatRange prints for 25 locales × 3 date styles ×
 * 3 kinds of range (12 fixed ranges each) is read back to exactly the same two dates. Required: at least
 * 99 % read right, none read wrong with ok:true, and every miss listed below with its reason.
 */
import { describe, expect, it } from 'vitest';
import { parseDateRange } from '../../lib/parse/date-range';
import {
  groupKey,
  roundTripCases,
  runRoundTrip,
  tally,
  type RangeKind,
  type RoundTripStyle,
} from '../support/date-range-roundtrip';

interface KnownMiss {
  locale: string;
  style: RoundTripStyle;
  kind: RangeKind;
  reason: string;
}

/**
 * Cases the parser answers with ok:false on purpose or cannot read yet. Every case of a listed
 * locale/style/kind must miss: when one starts reading right, take it off the list.
 */
const KNOWN_MISSES: readonly KnownMiss[] = [];

const results = runRoundTrip(parseDateRange);
const counts = tally(results);
const known = new Map(KNOWN_MISSES.map((m) => [groupKey(m), m]));

describe(`date-range round trip (${counts.right} right / ${counts.missed} missed / ${counts.wrong} wrong of ${counts.total})`, () => {
  it('covers what the brief asks for (Persian and Buddhist calendars, two-digit Thai years)', () => {
    const text = (locale: string, style: RoundTripStyle, start: string): string =>
      results.find((r) => r.locale === locale && r.style === style && r.start === start)!.text;
    expect(counts.total).toBe(25 * 3 * 3 * 4);
    expect(text('th', 'short', '2026-10-01')).toMatch(/\/69$/);
    expect(text('th', 'long', '2026-10-01')).toContain('2569');
    expect(text('fa', 'long', '2026-10-01')).toContain('۱۴۰۵');
    expect(text('ar-EG', 'long', '2026-10-01')).toContain('٢٠٢٦');
    expect(new Set(roundTripCases().map((c) => c.text)).size).toBeGreaterThan(counts.total * 0.6);
  });

  it('never reads a wrong date as ok', () => {
    const wrong = results
      .filter((r) => r.outcome === 'wrong')
      .map((r) => ({ case: groupKey(r), text: r.text, expected: [r.start, r.end], got: r.result }));
    expect(wrong).toEqual([]);
  });

  it('misses nothing beyond the known misses', () => {
    const unexpected = results
      .filter((r) => r.outcome === 'missed' && !known.has(groupKey(r)))
      .map((r) => ({ case: groupKey(r), text: r.text, expected: [r.start, r.end], got: r.result }));
    expect(unexpected).toEqual([]);
  });

  it('lists only misses that still miss', () => {
    const stale = KNOWN_MISSES.flatMap((miss) => {
      const group = results.filter((r) => groupKey(r) === groupKey(miss));
      if (group.length === 0) return [`${groupKey(miss)}: no such case`];
      return group.filter((r) => r.outcome !== 'missed').map((r) => `${groupKey(r)} now reads ${JSON.stringify(r.text)}`);
    });
    expect(stale).toEqual([]);
  });

  it('reads at least 99 % right', () => {
    expect(counts.right / counts.total).toBeGreaterThanOrEqual(0.99);
  });
});
