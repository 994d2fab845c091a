/**
 * Where a number was read, and why it is a goal's number, in the UI language. The content script
 * sends a locator as structure (`ReadingPlace`: names as the page printed them); these functions word
 * it from the `place.*` and `match.*` templates. Names stay as printed (or, for dashboards, as the
 * product is called) and come out as separate pieces, so the UI can isolate them (`<bdi>`) inside
 * right-to-left text. English shows the English locator and explanation exactly as they were made;
 * readings stored before `at` existed fall back to their English `where`.
 */
import { matchExplanation, SOURCE_NAMES, type ReadingLike } from '../goals/match';
import type { ReadingPlace } from '../readings';
import { en, type Catalogue, type MessageKey } from './en';

/** Part of a sentence: words of the UI language, or a name kept as written (`{ name }`), isolated by the UI. */
export type Piece = string | { name: string };

/** What wording needs of the UI's I18n (components/i18n.tsx `I18n` has it). */
export interface PlaceWording {
  catalogue: Partial<Catalogue>;
  number(n: number): string;
}

const templateOf = (catalogue: Partial<Catalogue>, key: MessageKey): string => (Object.hasOwn(catalogue, key) && catalogue[key]) || en[key];

/** Fills `{name}` placeholders with text or pieces, keeping names apart; an unknown placeholder stays as written. */
export function fillPieces(template: string, params: Readonly<Record<string, string | readonly Piece[]>>): Piece[] {
  const out: Piece[] = [];
  const push = (p: Piece) => {
    const last = out[out.length - 1];
    if (typeof p === 'string' && typeof last === 'string') out[out.length - 1] = last + p;
    else if (p !== '') out.push(p);
  };
  let at = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    push(template.slice(at, m.index));
    at = m.index + m[0].length;
    const value = Object.hasOwn(params, m[1]!) ? params[m[1]!]! : m[0];
    if (typeof value === 'string') push(value);
    else value.forEach(push);
  }
  push(template.slice(at));
  return out;
}

/** A catalogue message with pieces for params. */
export function tPieces(words: PlaceWording, key: MessageKey, params: Readonly<Record<string, string | readonly Piece[]>>): Piece[] {
  return fillPieces(templateOf(words.catalogue, key), params);
}

/** Pieces as plain text (snapshots, titles): names as written, no isolation marks. */
export const piecesText = (pieces: readonly Piece[]): string => pieces.map((p) => (typeof p === 'string' ? p : p.name)).join('');

const named = (name: string): Piece[] => [{ name }];

/** The table or page: "جدول Campaigns", "Campaigns 表格（第 ۲ 个）"; a page that printed no name is "this page". */
export function areaPieces(words: PlaceWording, at: ReadingPlace): Piece[] {
  const area = at.area ? named(at.area) : [templateOf(words.catalogue, 'place.unnamed')];
  if (at.kind === 'page') return area;
  // `n` is there only when the page has several: the first of two is "table 1".
  const n = at.n;
  const key: MessageKey = at.kind === 'exploration' ? (n ? 'place.explorationN' : 'place.exploration') : n ? 'place.tableN' : 'place.table';
  return tPieces(words, key, { area, n: n ? words.number(n) : '' });
}

/** The whole locator: area, row and column of a table cell, or area and card. */
export function placePieces(words: PlaceWording, at: ReadingPlace): Piece[] {
  const area = areaPieces(words, at);
  if (at.card !== undefined) return tPieces(words, 'place.cardOn', { area, card: tPieces(words, 'place.card', { card: named(at.card) }) });
  if (at.column === undefined) return area;
  const row = at.row === undefined ? tPieces(words, 'place.totalsRow', {}) : tPieces(words, 'place.row', { row: named(at.row) });
  return tPieces(words, 'place.cell', { table: area, row, column: tPieces(words, 'place.column', { column: named(at.column) }) });
}

export interface Placed {
  where: string;
  at?: ReadingPlace | undefined;
}

const isEnglish = (words: PlaceWording): boolean => words.catalogue === en;

/** A reading's locator in the UI language; English (or a reading without `at`) shows its `where` as made. */
export function readingPlacePieces(words: PlaceWording, reading: Placed): Piece[] {
  if (isEnglish(words) || !reading.at) return named(reading.where);
  return placePieces(words, reading.at);
}

export const readingPlaceText = (words: PlaceWording, reading: Placed): string => piecesText(readingPlacePieces(words, reading));

/**
 * Why a reading is a goal's number (lib/goals/match `matchExplanation`) in the UI language. English
 * shows the engine's text (`english` when the caller has it from the background, which is the same).
 */
export function matchPieces(words: PlaceWording, reading: ReadingLike & Placed, english?: string): Piece[] {
  const e = matchExplanation(reading);
  if (isEnglish(words)) return [english ?? e.text];
  let place: Piece[];
  if (!reading.at) place = named(e.params.place);
  else {
    const where = placePieces(words, reading.at);
    place = reading.source === 'generic' ? where : tPieces(words, 'match.place', { source: named(SOURCE_NAMES[reading.source]), where });
  }
  return e.code === 'row' ? tPieces(words, 'match.row', { row: named(e.params.row ?? ''), place }) : tPieces(words, 'match.totals', { place });
}

export const matchText = (words: PlaceWording, reading: ReadingLike & Placed, english?: string): string => piecesText(matchPieces(words, reading, english));
