import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardFormula, parseCsv, snapshotToCsv, snapshotToCsvRows, UTF8_BOM } from '../../lib/share/csv';
import { ENGLISH_SHARE_LABELS } from '../../lib/share/labels';
import { GOAL_NAMES, HOSTILE_NAMES, hostileLabels, sampleLabels, sampleSnapshot, type FixtureLocale } from '../support/snapshot-fixtures';

const column = (rows: string[][], heading: string): string[] => {
  const i = rows[0]!.indexOf(heading);
  expect(i).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((r) => r[i]!);
};

describe('snapshotToCsv', () => {
  it('starts with a BOM, ends rows with CRLF and has one row per goal', () => {
    const csv = snapshotToCsv(sampleSnapshot('en', { withNoData: true }), ENGLISH_SHARE_LABELS);
    expect(csv.startsWith(UTF8_BOM + 'Goal,Metric,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*"/g, '').split('\r\n')).toHaveLength(7); // header + 5 goals + final empty
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n/);
  });

  it('writes the columns a spreadsheet needs, numbers raw and dates ISO', () => {
    const rows = parseCsv(snapshotToCsv(sampleSnapshot('en', { withNoData: true }), ENGLISH_SHARE_LABELS));
    expect(rows[0]).toEqual([
      'Goal', 'Metric', 'Unit', 'Currency', 'Current', 'Target', 'Percent of target', 'Status', 'Pace (% of plan)', 'Expected now',
      'Forecast', 'Needed per week', 'Start', 'Deadline', 'Data from', 'Data to', 'Warnings', 'Taken at',
    ]);
    expect(rows[1]).toEqual([
      'Sessions from Saudi Arabia', 'Sessions', 'count', '', '7420', '10000', '74.2', 'On track', '106', '7000',
      '10150', '2580', '2026-11-01', '2026-11-30', '2026-11-01', '2026-11-23', '', '2026-11-24T15:30:00.000Z',
    ]);
    expect(column(rows, 'Current')).toEqual(['7420', '2.82', '34.5', '6120', '']);
    expect(column(rows, 'Status')).toEqual(['On track', 'At risk', 'Behind', 'Achieved', 'No data']);
    expect(column(rows, 'Warnings')[2]).toBe('Behind pace: 48% of the progress expected by now.; The page shows 1–23 Nov, the goal runs 1–30 Nov.');
  });

  it('keeps negative numbers as numbers: the formula guard is for text only', () => {
    const rows = parseCsv(snapshotToCsv(sampleSnapshot('en'), ENGLISH_SHARE_LABELS));
    expect(column(rows, 'Needed per week')[2]).toBe('-9.5');
  });

  it.each<FixtureLocale>(['en', 'fa', 'ar', 'zh-Hant'])('parses back to the same rows (%s)', (locale) => {
    const s = sampleSnapshot(locale, { withNoData: true });
    const labels = sampleLabels(locale);
    const rows = parseCsv(snapshotToCsv(s, labels));
    expect(rows).toEqual(snapshotToCsvRows(s, labels));
    expect(column(rows, 'Goal')).toEqual(GOAL_NAMES[locale]);
    // Numbers stay ASCII with '.' decimals whatever the UI locale, so spreadsheets can compute.
    expect(column(rows, 'Current')).toEqual(['7420', '2.82', '34.5', '6120', '']);
  });

  it('quotes commas, quotes and newlines, and neutralises formulas in hostile names', () => {
    const s = sampleSnapshot('en', { names: HOSTILE_NAMES, withNoData: true });
    const csv = snapshotToCsv(s, ENGLISH_SHARE_LABELS);
    expect(csv).toContain('"""quote,comma\nnewline"""');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    const names = column(parseCsv(csv), 'Goal');
    expect(names).toEqual([
      '<script>alert(1)</script>',
      `'=HYPERLINK("http://x")`,
      '*bold* _x_ [link](http://x)',
      '"quote,comma\nnewline"',
      '<img src=x onerror=alert(1)>',
    ]);
    expect(parseCsv(csv)).toEqual(snapshotToCsvRows(s, ENGLISH_SHARE_LABELS));
  });

  it('guards hostile labels in the header too', () => {
    const rows = parseCsv(snapshotToCsv(sampleSnapshot('en'), hostileLabels()));
    expect(rows[0]![0]).toBe(`'=cmd|"/c calc"!A1`);
  });

  it('guards every character a spreadsheet starts a formula with', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']) expect(guardFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(guardFormula('Sessions - Saudi')).toBe('Sessions - Saudi');
    expect(guardFormula('')).toBe('');
  });
});

describe('parseCsv', () => {
  it('reads RFC 4180: quoted fields, doubled quotes, empty fields, CRLF or LF', () => {
    expect(parseCsv('a,"b,c","d""e"\r\n,,\n"x\r\ny",z')).toEqual([
      ['a', 'b,c', 'd"e'],
      ['', '', ''],
      ['x\r\ny', 'z'],
    ]);
  });

  it('round-trips any table of strings written the RFC 4180 way', () => {
    const quote = (f: string) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
        expect(parseCsv(text)).toEqual(rows);
      }),
    );
  });
});
