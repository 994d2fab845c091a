/**
 * Locators and match explanations in the UI language (lib/i18n/place.ts): built from the structure the
 * content script sends, with names as the page printed them kept apart, and no English words left in
 * the Persian, Arabic and Chinese wording. English stays the English text the find side and the
 * matcher made.
 */
import { describe, expect, it } from 'vitest';
import { areaName, pageArea, tableArea, whereCard, whereCell } from '../../lib/adapters/common';
import { explainMatch, matchExplanation, type ReadingLike } from '../../lib/goals/match';
import { en, type Catalogue } from '../../lib/i18n';
import { ar } from '../../lib/i18n/ar';
import { fa } from '../../lib/i18n/fa';
import {
  areaPieces,
  fillPieces,
  matchPieces,
  matchText,
  piecesText,
  placePieces,
  readingPlacePieces,
  readingPlaceText,
  type Piece,
  type PlaceWording,
} from '../../lib/i18n/place';
import { zhHans } from '../../lib/i18n/zh-Hans';
import { zhHant } from '../../lib/i18n/zh-Hant';
import type { ReadingPlace } from '../../lib/readings';
import { readingPlaceSchema } from '../../lib/schemas';
import { validate } from '../../lib/validate';

const words = (catalogue: Catalogue, locale: string): PlaceWording => ({ catalogue, number: (n) => new Intl.NumberFormat(locale).format(n) });
const EN = words(en, 'en');
const TRANSLATED: Array<[string, PlaceWording]> = [
  ['fa', words(fa, 'fa')],
  ['ar', words(ar, 'ar')],
  ['zh-Hant', words(zhHant, 'zh-Hant')],
  ['zh-Hans', words(zhHans, 'zh-Hans')],
];

/** The UI's own words of a worded text (names taken out). */
const ownWords = (pieces: readonly Piece[]) => pieces.filter((p): p is string => typeof p === 'string').join('');
const names = (pieces: readonly Piece[]) => pieces.flatMap((p) => (typeof p === 'string' ? [] : [p.name]));

// Names with English words in them, as a page may print them: they stay as printed.
const TABLE = tableArea('Campaigns table', 'Google Ads');
const CELL = whereCell(TABLE, 'Paid search row', 'Cost column');
const TOTALS = whereCell(tableArea('Campaigns', 'Google Ads', 1, 3), null, 'Cost');
const EXPLORATION = whereCell(tableArea('Free form', 'Report', 0, 2, 'exploration'), 'Organic Search', 'Sessions');
const CARD = whereCard(pageArea('', 'Home'), 'Users');
const NAMED_CARD = whereCard(pageArea('Overview', 'Google Ads'), 'Clicks');

describe('the find side: English where and structure, together', () => {
  it('keeps the English locator as it was', () => {
    expect(CELL.where).toBe('Campaigns table table, “Paid search row” row, Cost column column');
    expect(TOTALS.where).toBe('Campaigns table 2, totals row, Cost column');
    expect(EXPLORATION.where).toBe('Free form exploration 1, “Organic Search” row, Sessions column');
    expect(CARD.where).toBe('Home, “Users” card');
    expect(areaName(tableArea('', 'Report'))).toBe('Report table');
  });

  it('sends names as printed, the totals row as no row, and no name for an area the page did not name', () => {
    expect(CELL.at).toEqual({ area: 'Campaigns table', kind: 'table', row: 'Paid search row', column: 'Cost column' });
    expect(TOTALS.at).toEqual({ area: 'Campaigns', kind: 'table', n: 2, column: 'Cost' });
    expect(CARD.at).toEqual({ area: '', kind: 'page', card: 'Users' });
    for (const { at } of [CELL, TOTALS, EXPLORATION, CARD, NAMED_CARD]) expect(validate(readingPlaceSchema, JSON.parse(JSON.stringify(at)))).toEqual({ ok: true, value: at });
  });

  it('cuts long names to the message limits, and the schema refuses what is beyond them', () => {
    const long = whereCell(tableArea('x'.repeat(400), 'Report'), 'r'.repeat(400), 'c'.repeat(400)).at;
    expect(validate(readingPlaceSchema, long).ok).toBe(true);
    expect(validate(readingPlaceSchema, { ...long, area: 'x'.repeat(301) }).ok).toBe(false);
    expect(validate(readingPlaceSchema, { area: 'a', kind: 'chart' }).ok).toBe(false);
    expect(validate(readingPlaceSchema, { area: 'a', kind: 'table', n: 0 }).ok).toBe(false);
    expect(validate(readingPlaceSchema, { area: 'a', kind: 'table', row: null }).ok).toBe(false);
  });

  it('the English templates say what the find side says', () => {
    for (const { where, at } of [CELL, TOTALS, EXPLORATION, NAMED_CARD]) expect(piecesText(placePieces(EN, at))).toBe(where);
  });
});

describe.each(TRANSLATED)('locators in %s', (language, w) => {
  it('word everything in the language, names kept apart and as printed', () => {
    for (const { at } of [CELL, TOTALS, EXPLORATION, CARD, NAMED_CARD]) {
      const pieces = placePieces(w, at);
      expect(ownWords(pieces), piecesText(pieces)).not.toMatch(/[A-Za-z]/);
    }
    expect(names(placePieces(w, CELL.at))).toEqual(['Campaigns table', 'Paid search row', 'Cost column']);
    expect(names(placePieces(w, CARD.at))).toEqual(['Users']);
  });

  it('numbers the n-th table in the language’s digits, and names an unnamed page in the language', () => {
    const text = piecesText(areaPieces(w, TOTALS.at));
    expect(text).toContain(new Intl.NumberFormat(language).format(2));
    expect(piecesText(areaPieces(w, CARD.at))).toBe((w.catalogue as Catalogue)['place.unnamed']);
  });

  it('a reading stored before `at` existed shows its English where', () => {
    expect(readingPlacePieces(w, { where: 'Campaigns table, totals row, Cost column' })).toEqual([{ name: 'Campaigns table, totals row, Cost column' }]);
  });

  it('explains a match without English words: the row, the totals, the dashboard', () => {
    const row: ReadingLike & { at: ReadingPlace } = { metric: 'cost', source: 'google-ads', scope: { row: 'Paid search' }, where: CELL.where, at: { ...CELL.at, row: 'Paid search' }, confidence: 'sure', readAt: '2026-01-01T00:00:00Z' };
    const totals = { ...row, scope: {}, where: TOTALS.where, at: TOTALS.at };
    const card = { ...row, source: 'generic' as const, scope: {}, where: CARD.where, at: CARD.at };
    for (const r of [row, totals, card]) {
      const pieces = matchPieces(w, r);
      expect(ownWords(pieces), piecesText(pieces)).not.toMatch(/[A-Za-z]/);
    }
    expect(names(matchPieces(w, row))).toEqual(['Paid search', 'Google Ads', 'Campaigns table', 'Paid search', 'Cost column']);
    expect(names(matchPieces(w, totals))[0]).toBe('Google Ads');
    expect(names(matchPieces(w, card))).toEqual(['Users']);
  });
});

describe('English', () => {
  const reading: ReadingLike & { at: ReadingPlace } = {
    metric: 'cost',
    source: 'google-ads',
    scope: { row: 'Paid search' },
    where: 'Campaigns table, “Paid search” row, Cost column',
    at: { area: 'Campaigns', kind: 'table', row: 'Paid search', column: 'Cost' },
    confidence: 'sure',
    readAt: '2026-01-01T00:00:00Z',
  };

  it('shows the where and the explanation exactly as made', () => {
    expect(readingPlaceText(EN, reading)).toBe(reading.where);
    expect(readingPlacePieces(EN, reading)).toEqual([{ name: reading.where }]);
    expect(matchText(EN, reading)).toBe("matched 'Paid search' row in Google Ads campaigns table, “Paid search” row, Cost column");
    expect(matchText(EN, reading, 'from the background')).toBe('from the background');
  });

  it('the match explanation is a code and params, its English text what explainMatch says', () => {
    const e = matchExplanation(reading);
    expect(e).toEqual({ code: 'row', params: { row: 'Paid search', place: 'Google Ads campaigns table, “Paid search” row, Cost column', source: 'google-ads' }, text: explainMatch(reading) });
    expect(matchExplanation({ ...reading, scope: { row: 'Total' } }).code).toBe('totals');
    // The English templates say the same as the engine.
    expect(piecesText(fillPieces(en['match.row'], { row: 'Paid search', place: e.params.place }))).toBe(e.text);
    const t = matchExplanation({ ...reading, scope: {} });
    expect(piecesText(fillPieces(en['match.totals'], { place: t.params.place }))).toBe(t.text);
  });
});

describe('fillPieces', () => {
  it('fills text and pieces, joins adjacent words, leaves unknown placeholders as written', () => {
    expect(fillPieces('{a}, {b} and {c}', { a: 'x', b: [{ name: 'N' }, ' y'] })).toEqual(['x, ', { name: 'N' }, ' y and {c}']);
    expect(fillPieces('{a}', { a: [] })).toEqual([]);
  });
});
