/**
 * The committed name table (lib/parse/date-name-table.ts) still holds every month and weekday name this
 * Node's Intl prints for its languages. When it fails after a Node/ICU upgrade, regenerate the table:
 *   npx tsx test/parse/date-name-table.generate.ts
 */
import { describe, expect, it } from 'vitest';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../lib/parse/date-name-table';
import { LANGUAGES, monthRow, weekdayRow } from './date-name-table.generate';

/** key → month number, from a row `long,long/short|…`. */
function keysOf(row: string): Map<string, number> {
  const keys = new Map<string, number>();
  row.split('|').forEach((names, index) => {
    for (const key of names.replace('/', ',').split(',')) if (key) keys.set(key, index + 1);
  });
  return keys;
}

describe('generated month and weekday names', () => {
  for (const language of LANGUAGES) {
    it(language.lang, () => {
      for (const cal of language.calendars) {
        const committed = MONTH_NAMES.find(([lang, c]) => lang === language.lang && c === cal);
        const row = monthRow(language, cal);
        if (!row) continue;
        expect(committed, `${language.lang} ${cal} is in the table`).toBeDefined();
        const have = keysOf(committed![2]);
        const missing = [...keysOf(row)].filter(([key, month]) => have.get(key) !== month);
        expect({ cal, missing }).toEqual({ cal, missing: [] });
      }
      const weekdays = new Set((WEEKDAY_NAMES[language.lang] ?? '').split(','));
      expect(weekdayRow(language).split(',').filter((word) => !weekdays.has(word))).toEqual([]);
    });
  }

  it('has twelve months in every row', () => {
    for (const [lang, cal, row] of MONTH_NAMES) expect({ lang, cal, months: row.split('|').length }).toEqual({ lang, cal, months: 12 });
  });
});
