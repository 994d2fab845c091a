import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CacheSize } from '../../lib/background/lru';
import type { Sender } from '../../lib/background/router';
import { putGoal } from '../../lib/db/goals';
import { recordReadings } from '../../lib/db/observations';
import { openGoalpostDb } from '../../lib/db/open';
import { addDays } from '../../lib/goals/dates';
import { newGoal } from '../../lib/goals/model';
import { makeReading } from '../support/readings';
import { storedDataHandlers } from '../support/background';

const sender: Sender = { id: 'x', url: 'chrome-extension://x/sidepanel.html' };
let n = 0;

/** Six goals, each with 30 days of history, and a background whose history caches hold `bound` observations. */
async function setup(bound?: number) {
  const name = `caches-${++n}`;
  const db = await openGoalpostDb(name);
  for (let g = 0; g < 6; g++) {
    await putGoal(db, newGoal({ id: `g${g}`, name: `Sessions ${g}`, metric: 'sessions', target: { kind: 'reach', value: 10000 }, start: '2026-11-01', deadline: '2026-12-31', scope: { source: 'ga4', account: `p${g}` } }, '2026-10-31T00:00:00.000Z'));
    for (let d = 0; d < 30; d++) {
      const day = addDays('2026-10-25', d);
      await recordReadings(db, [makeReading({ value: 100 * g + d, scope: { account: `p${g}` }, readAt: `${day}T10:00:00.000Z`, dateRange: { start: '2026-10-01', end: day } })], () => [`g${g}`]);
    }
  }
  db.close();
  let measure: () => Record<string, CacheSize> = () => ({});
  const handlers = storedDataHandlers(name, new Date('2026-11-24T12:00:00Z'), {
    measureCaches: (m) => void (measure = m),
    ...(bound ? { historyCacheObservations: bound } : {}),
  });
  return { handlers, measure: () => measure() };
}

describe('the background’s in-memory caches', () => {
  it('stay within their bound and still show every goal’s whole history when the goals need more', async () => {
    const unbounded = await setup();
    const want = (await unbounded.handlers['page/get-all-goals']({}, sender)).goals;
    expect(want.map((v) => v.trend.length)).toEqual([30, 30, 30, 30, 30, 30]);
    // 180 day records in all; the caches hold 100.
    const bounded = await setup(100);
    for (let i = 0; i < 3; i++) expect((await bounded.handlers['page/get-all-goals']({}, sender)).goals).toEqual(want);
    const sizes = bounded.measure();
    expect(sizes.histories!.weight).toBeLessThanOrEqual(100);
    expect(sizes.progress!.weight).toBeLessThanOrEqual(100);
    expect(sizes.histories!.entries).toBeGreaterThan(0);
    expect(sizes.histories!.bytes).toBeGreaterThan(0);
    // Unbounded in practice (the default bound is far above 180): everything read once stays.
    expect(unbounded.measure().histories).toMatchObject({ entries: 6, weight: 180 });
  });
});
