import { stripBidiControls, toAsciiDigits } from './digits';

/**
 * Folds the many ways Intl and dashboards print the same symbol onto one character, so the parser
 * only ever sees ASCII digits, '-' for minus, '%' for percent, a plain space for every space (NBSP and
 * U+202F are group separators in fr/ru) and "'" for the de-CH apostrophe.
 */
const FOLDED: Record<string, string> = {
  '−': '-', '‐': '-', '‑': '-', '‒': '-', '–': '-', '﹣': '-', '－': '-', '＋': '+',
  '٪': '%', '％': '%', '﹪': '%', '؉': '‰', '（': '(', '）': ')', '，': ',', '．': '.',
  '’': "'", 'ʼ': "'", '＇': "'", '￥': '¥', '￦': '₩',
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLDED).join('')}]`, 'g');
const INVISIBLE = /[\u200b\u2060\ufeff]/g;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

export function normalizeNumberText(text: string): string {
  const visible = stripBidiControls(text.normalize('NFC')).replace(INVISIBLE, '');
  return toAsciiDigits(visible)
    .replace(FOLDABLE, (ch) => FOLDED[ch] ?? ch)
    .replace(SPACES, ' ')
    .trim();
}

/** What dashboards print when a metric has no value (after normalisation, lower-cased). */
const MISSING = new Set(['', '-', '--', '---', '—', '——', '―', '…', 'n/a', 'n.a.', 'na', '(not set)', '(no data)', 'no data', '∅']);

export function isMissingValue(normalized: string): boolean {
  return MISSING.has(normalized.toLowerCase());
}

export const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

const LETTER = /[\p{L}\p{M}]/u;
/** Scripts written without spaces: a suffix there may touch the next word (万円), so no word boundary is required. */
const UNSPACED_SCRIPT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

export const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);

/** Words (suffixes, symbols, units) matched longest first at a position, respecting word ends. */
export interface Vocabulary<T> {
  readonly meaning: ReadonlyMap<string, T>;
  /** Words by their first character, longest first: a lookup scans only the words that can match. */
  readonly byFirstChar: ReadonlyMap<string, readonly string[]>;
}

/** Builds a vocabulary; the first meaning given for a word wins, so callers list preferred sources first. */
export function vocabulary<T>(pairs: Iterable<readonly [string, T]>): Vocabulary<T> {
  const meaning = new Map<string, T>();
  for (const [word, value] of pairs) if (word && !meaning.has(word)) meaning.set(word, value);
  const byFirstChar = new Map<string, string[]>();
  for (const word of [...meaning.keys()].sort((a, b) => b.length - a.length)) {
    const first = word[0]!;
    byFirstChar.set(first, [...(byFirstChar.get(first) ?? []), word]);
  }
  return { meaning, byFirstChar };
}

export function matchWord<T>(vocab: Vocabulary<T>, text: string, at: number): [string, T] | undefined {
  for (const word of vocab.byFirstChar.get(text[at] ?? '') ?? []) {
    if (text.startsWith(word, at) && endsWord(text, at + word.length, word)) return [word, vocab.meaning.get(word)!];
  }
  return undefined;
}

function endsWord(text: string, end: number, word: string): boolean {
  const next = text[end];
  if (!isLetter(next)) return true;
  const last = word[word.length - 1];
  // "mil" must not match the start of "millones"; "万" may touch "円".
  return !isLetter(last) || UNSPACED_SCRIPT.test(last!) || UNSPACED_SCRIPT.test(next!);
}

/** Reads a hand-typed table written as "word=meaning word=meaning" (kept as one string: it minifies smaller). */
export function wordTable(spec: string): Array<[string, string]> {
  return spec.split(' ').map((entry) => {
    const at = entry.lastIndexOf('=');
    return [entry.slice(0, at), entry.slice(at + 1)];
  });
}

/** Abbreviations printed with a dot ("Mio.", "тыс.", "Min.") are also typed or cropped without it. */
export function withDotlessVariants<T>(pairs: Iterable<readonly [string, T]>): Array<readonly [string, T]> {
  const out: Array<readonly [string, T]> = [];
  for (const [word, value] of pairs) {
    out.push([word, value]);
    if (word.length > 2 && word.endsWith('.')) out.push([word.slice(0, -1), value]);
  }
  return out;
}

/** Canonical BCP 47 tag, or undefined when the page's tag is malformed (Intl would throw on it). */
const canonical = new Map<string, string | undefined>();
export function canonicalLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  if (!canonical.has(locale)) {
    let tag: string | undefined;
    try {
      tag = Intl.getCanonicalLocales(locale)[0];
    } catch {
      tag = undefined;
    }
    if (canonical.size < 64) canonical.set(locale, tag);
    else return tag;
  }
  return canonical.get(locale);
}

/** Memoises a per-locale table; the key '' stands for "no locale". */
export function perLocale<T>(build: (locale: string) => T): (locale: string) => T {
  const cache = new Map<string, T>();
  return (locale) => {
    let table = cache.get(locale);
    if (table === undefined) {
      table = build(locale);
      if (cache.size < 32) cache.set(locale, table);
    }
    return table;
  };
}

/**
 * Locales whose Intl output is searched for a word the page locale does not know, grouped by the script
 * the word starts with, in order of preference when they disagree ("B" is a billion in en, a thousand in tr).
 * Only the group of the word's script is built, one locale at a time: first use of a locale's Intl data
 * costs milliseconds, so a Latin suffix never loads Persian or Japanese data.
 */
const SEEDS_BY_SCRIPT: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\p{sc=Cyrillic}/u, ['ru-RU']],
  [/\p{sc=Arabic}/u, ['fa-IR', 'ar-EG']],
  [/\p{sc=Devanagari}/u, ['hi-IN']],
  [/\p{sc=Hangul}/u, ['ko-KR']],
  [/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u, ['ja-JP', 'zh-CN', 'zh-TW']],
];
const LATIN_SEEDS = ['en-US', 'en-GB', 'en-IN', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'it-IT', 'tr-TR', 'id-ID', 'nl-NL', 'pl-PL'];

/** The first answer `find` gives for the seed locales of the script `ch` is written in. */
export function findInSeedLocales<T>(ch: string | undefined, find: (locale: string) => T | undefined): T | undefined {
  const seeds = (ch && SEEDS_BY_SCRIPT.find(([script]) => script.test(ch))?.[1]) || LATIN_SEEDS;
  for (const locale of seeds) {
    const found = find(locale);
    if (found !== undefined) return found;
  }
  return undefined;
}
