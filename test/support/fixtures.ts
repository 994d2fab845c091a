/**
 * Dashboard fixtures and the accuracy check. Plain Node (fs only): no happy-dom, no browser, so the
 * end-to-end suite can compare readings it collected from Chromium with the same truth.
 *
 * Layout: test/fixtures/<dashboard>/<name>.html (the page) + <name>.expected.json (the truth):
 * { url, locale, today, state, dateRange, account?, readings: [{metric, value, unit, currency?, row?,
 *   label, text?}], unrecognised?, renderedAfterLoad?, virtualised? }.
 * `value` is what the printed text stands for ("12K" → 12000, "3.45%" → 3.45).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export interface ExpectedReading {
  metric: string;
  value: number;
  unit: string;
  currency?: string;
  /** Row key; absent for totals rows and scorecards. */
  row?: string;
  label: string;
  /** The printed text the value was formatted as (documentation; not compared). */
  text?: string;
}

export interface ExpectedPage {
  /** The real dashboard URL the page is served at. */
  url: string;
  locale: string;
  today: string;
  state: 'ready' | 'loading' | 'empty';
  dateRange: { start: string; end: string } | null;
  /** The page prints only a preset ("Last 28 days"), no dates: the range moves with the real today. */
  relativeRange?: boolean;
  account?: string;
  readings: ExpectedReading[];
  unrecognised?: string[];
  /** The data arrives ~300 ms after load via an inline script. */
  renderedAfterLoad?: boolean;
  /** Only some rows are rendered. */
  virtualised?: boolean;
}

export interface Fixture {
  /** "<dashboard>/<name>", e.g. "ga4/home-en". */
  name: string;
  dashboard: string;
  html: string;
  expected: ExpectedPage;
}

/** All fixture names, "<dashboard>/<name>", sorted. */
export function listFixtures(dashboard?: string): string[] {
  const dashboards = dashboard ? [dashboard] : readdirSync(FIXTURES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  const names: string[] = [];
  for (const d of dashboards) {
    for (const file of readdirSync(join(FIXTURES_DIR, d))) {
      if (file.endsWith('.expected.json')) names.push(`${d}/${file.slice(0, -'.expected.json'.length)}`);
    }
  }
  return names.sort();
}

export function loadFixture(name: string): Fixture {
  const [dashboard = '', base = ''] = name.split('/');
  const html = readFileSync(join(FIXTURES_DIR, dashboard, `${base}.html`), 'utf8');
  const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, dashboard, `${base}.expected.json`), 'utf8')) as ExpectedPage;
  return { name, dashboard, html, expected };
}

/** The fields of a Reading (or ReadingDraft) the comparison needs; readings from Chromium fit too. */
export interface ActualReading {
  metric: string;
  value: number;
  unit: string;
  currency?: string;
  precision: number;
  confidence: 'sure' | 'unsure';
  scope: { row?: string };
  label?: string;
}

export interface ReadingComparison {
  expected: number;
  correct: number;
  /** 'sure' readings whose value, unit or metric is wrong (including sure readings nobody expected). */
  wrongButSure: number;
  missing: number;
  extra: number;
  /** One line per mismatch, for test failure messages. */
  problems: string[];
}

const keyOf = (metric: string, row: string | undefined): string => `${metric}\u0000${row ?? ''}`;

function valueMatches(expected: ExpectedReading, actual: ActualReading): boolean {
  if (expected.unit !== actual.unit) return false;
  if (expected.currency && actual.currency && expected.currency !== actual.currency) return false;
  // Within what the printed text stands for, and never looser than that.
  const tolerance = Math.max(actual.precision, 1e-9 * Math.max(1, Math.abs(expected.value)));
  return Math.abs(expected.value - actual.value) <= tolerance;
}

const describe = (r: { metric: string; value: number; unit: string; scope?: { row?: string }; row?: string }): string =>
  `${r.metric}${(r.scope?.row ?? r.row) !== undefined ? ` [${r.scope?.row ?? r.row}]` : ''} = ${r.value} ${r.unit}`;

/**
 * A reading is correct when metric and row match and the value matches within its precision with
 * the same unit. Each expected reading is matched once; further readings of the same metric and row
 * are duplicates (wrong-but-sure when they disagree and claim to be sure).
 */
export function compareReadings(expected: readonly ExpectedReading[], actual: readonly ActualReading[]): ReadingComparison {
  const result: ReadingComparison = { expected: expected.length, correct: 0, wrongButSure: 0, missing: 0, extra: 0, problems: [] };
  const byKey = new Map<string, ActualReading[]>();
  for (const a of actual) {
    const key = keyOf(a.metric, a.scope.row);
    const list = byKey.get(key) ?? [];
    list.push(a);
    byKey.set(key, list);
  }
  const used = new Set<ActualReading>();
  const expectedKeys = new Map<string, ExpectedReading>();
  for (const e of expected) {
    const key = keyOf(e.metric, e.row);
    expectedKeys.set(key, e);
    const candidates = (byKey.get(key) ?? []).filter((a) => !used.has(a));
    const hit = candidates.find((a) => valueMatches(e, a));
    if (hit) {
      used.add(hit);
      result.correct++;
    } else if (candidates.length > 0) {
      const wrong = candidates[0]!;
      used.add(wrong);
      if (wrong.confidence === 'sure') result.wrongButSure++;
      result.problems.push(`wrong: expected ${describe(e)}, read ${describe(wrong)} (${wrong.confidence})`);
    } else {
      result.missing++;
      result.problems.push(`missing: ${describe(e)}`);
    }
  }
  for (const a of actual) {
    if (used.has(a)) continue;
    const e = expectedKeys.get(keyOf(a.metric, a.scope.row));
    if (e && valueMatches(e, a)) continue; // the same number read twice (e.g. a card and a table total)
    result.extra++;
    if (a.confidence === 'sure') result.wrongButSure++;
    result.problems.push(`extra: ${describe(a)} (${a.confidence}${a.label ? `, “${a.label}”` : ''})`);
  }
  return result;
}

export interface Accuracy {
  expected: number;
  correct: number;
  wrongButSure: number;
  missing: number;
  extra: number;
  /** correct / expected (1 when nothing was expected). */
  accuracy: number;
}

export function readingAccuracy(results: readonly ReadingComparison[]): Accuracy {
  const total = { expected: 0, correct: 0, wrongButSure: 0, missing: 0, extra: 0 };
  for (const r of results) {
    total.expected += r.expected;
    total.correct += r.correct;
    total.wrongButSure += r.wrongButSure;
    total.missing += r.missing;
    total.extra += r.extra;
  }
  return { ...total, accuracy: total.expected === 0 ? 1 : total.correct / total.expected };
}
