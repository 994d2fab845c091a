/**
 * How well Goalpost reads each fixture dashboard, as the extension reads it (find → message →
 * interpret, test/support/dom.ts): readings expected, read right, missed, read wrong but shown as sure,
 * read where nothing was expected; and whether the date range and page state are right. The unit
 * suite asserts it (test/adapters/registry.test.ts); `npm run bench` prints it.
 */
import { findPage } from '../../lib/adapters/registry';
import { openFixture, readWith } from './dom';
import { compareReadings, listFixtures } from './fixtures';

export interface FixtureAccuracy {
  name: string;
  expected: number;
  correct: number;
  missing: number;
  wrongButSure: number;
  extra: number;
  dateRangeRight: boolean;
  stateRight: boolean;
  /** One line per mismatch. */
  problems: string[];
}

export async function fixtureAccuracy(names: readonly string[] = listFixtures()): Promise<FixtureAccuracy[]> {
  const rows: FixtureAccuracy[] = [];
  for (const name of names) {
    const page = await openFixture(name);
    try {
      const { result } = readWith((ctx) => findPage(ctx), page.ctx);
      const expected = page.fixture.expected;
      const c = compareReadings(expected.readings, result.readings.map((f) => f.reading));
      const dateRangeRight = JSON.stringify(result.dateRange) === JSON.stringify(expected.dateRange);
      const stateRight = result.state === expected.state;
      const problems = [...c.problems];
      if (!dateRangeRight) problems.push(`date range ${JSON.stringify(result.dateRange)}, expected ${JSON.stringify(expected.dateRange)}`);
      if (!stateRight) problems.push(`state ${result.state}, expected ${expected.state}`);
      rows.push({ name, expected: c.expected, correct: c.correct, missing: c.missing, wrongButSure: c.wrongButSure, extra: c.extra, dateRangeRight, stateRight, problems });
    } finally {
      await page.close();
    }
  }
  return rows;
}

/** The report as text, a line per fixture and a total. */
export function accuracyLines(rows: readonly FixtureAccuracy[]): string[] {
  const pad = Math.max(...rows.map((r) => r.name.length), 7);
  const line = (name: string, r: Pick<FixtureAccuracy, 'expected' | 'correct' | 'missing' | 'wrongButSure' | 'extra'>, dates: string) =>
    `${name.padEnd(pad)}  ${String(r.correct).padStart(4)}/${String(r.expected).padEnd(4)} right  ${String(r.missing).padStart(3)} missed  ${String(r.wrongButSure).padStart(3)} wrong-but-sure  ${String(r.extra).padStart(3)} extra  ${dates}`;
  const sum = (k: 'expected' | 'correct' | 'missing' | 'wrongButSure' | 'extra') => rows.reduce((n, r) => n + r[k], 0);
  return [
    ...rows.map((r) => line(r.name, r, r.dateRangeRight && r.stateRight ? 'dates ok' : 'DATES/STATE WRONG')),
    line('all', { expected: sum('expected'), correct: sum('correct'), missing: sum('missing'), wrongButSure: sum('wrongButSure'), extra: sum('extra') }, `${rows.filter((r) => r.dateRangeRight).length}/${rows.length} date ranges right`),
  ];
}
