/**
 * Text plumbing for the goal-sentence parser (sentence.ts): one folded spelling of the sentence that
 * every pattern is written against, with a map back to the typed text so spans point at what the user
 * wrote, and small word-table helpers.
 */
import { toAsciiDigits } from '../parse/digits';

export interface Folded {
  /** The sentence folded: lower case, ASCII digits, one spelling of Arabic-script letters, no marks. */
  s: string;
  /** `at[i]` is the index in the input of the character `s[i]` came from. */
  at: number[];
  /** Input length, for spans that end at the end of the text. */
  length: number;
}

/** Characters that carry nothing a pattern needs: bidi controls, BOM, ZWSP, ZWJ, soft hyphen, tatweel, harakat. */
const DROP = /[\u200b\u200d\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\u00ad\u0640\u064b-\u065f\u0670]/;
const SPACE = /[\s\u00a0\u2000-\u200c\u202f\u205f\u3000]/;

/**
 * Persian and Arabic keyboards write the same word with different letters (ي/ی, ك/ک, ة/ه, أ/ا): one of each,
 * so that a table written in either spelling matches text typed in either. Also the symbols that have
 * full-width or Arabic forms (٪, －, （）, ，) and the dashes people type for a minus.
 */
const ONE: Readonly<Record<string, string>> = {
  '\u064a': '\u06cc', '\u0649': '\u06cc', '\u0643': '\u06a9', '\u0623': '\u0627', '\u0625': '\u0627', '\u0622': '\u0627',
  '\u0671': '\u0627', '\u06c0': '\u0647', '\u0629': '\u0647', '\u06d5': '\u0647',
  '٪': '%', '﹪': '%', '％': '%', '−': '-', '–': '-', '—': '-', '‐': '-', '‑': '-', '－': '-', '＋': '+',
  '（': '(', '）': ')', '，': ',', '．': '.', '：': ':', '￥': '¥', '＄': '$', '≧': '≥', '≦': '≤', '’': "'", '‘': "'",
};

function foldChar(ch: string): string {
  const one = ONE[ch];
  if (one !== undefined) return one;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch;
  if (DROP.test(ch)) return '';
  if (SPACE.test(ch)) return ' ';
  // Full-width Latin and digits (ＣＴＲ, １０): the ASCII character.
  if (code >= 0xff01 && code <= 0xff5e) return foldChar(String.fromCharCode(code - 0xfee0));
  // Arabic presentation forms (ﻻ, ﷲ) are their letters.
  if ((code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff)) {
    return [...ch.normalize('NFKC')].map(foldChar).join('');
  }
  const digit = toAsciiDigits(ch);
  if (digit !== ch) return digit;
  return ch.toLowerCase();
}

/** Folds `text`, keeping for every folded character the input index it came from. */
export function fold(text: string): Folded {
  let s = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair (emoji, rare CJK) is kept whole and never matched by anything.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      s += text[i]! + text[i + 1]!;
      at.push(i, i + 1);
      i++;
      continue;
    }
    const out = foldChar(text[i]!);
    for (let k = 0; k < out.length; k++) {
      s += out[k];
      at.push(i);
    }
  }
  return { s, at, length: text.length };
}

/** The folded spelling of a table word (tables are written as people type them). */
export const foldWord = (word: string): string => fold(word).s.replace(/\s+/g, ' ').trim();

/** A span of the folded text as a span of the input. */
export function inputSpan(f: Folded, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start: f.at[start] ?? f.length, end: f.at[start] ?? f.length };
  return { start: f.at[start]!, end: end < f.at.length ? f.at[end]! : f.length };
}

export const LETTER = '[\\p{L}\\p{M}]';
const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/;
export const isCjk = (word: string): boolean => CJK_CHAR.test(word);
const ARABIC_CHAR = /[\u0600-\u06ff]/;
export const isArabicScript = (word: string): boolean => ARABIC_CHAR.test(word);

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regex source matching any of `words` (folded) as whole words: Latin and Arabic-script words must not
 * touch other letters (a space between words also matches a space or nothing — Persian is typed both ways);
 * Chinese has no spaces, so a Chinese word matches anywhere. Longest first, so "paid search" beats "search".
 */
export function wordsSource(words: readonly string[]): string {
  const folded = [...new Set(words.map(foldWord))].filter(Boolean).sort((a, b) => b.length - a.length);
  const cjk = folded.filter(isCjk).map(escape);
  const spaced = folded.filter((w) => !isCjk(w)).map((w) => escape(w).replace(/ /g, ' ?'));
  const parts: string[] = [];
  if (spaced.length) parts.push(`(?<![\\p{L}\\p{M}\\p{N}])(?:${spaced.join('|')})(?![\\p{L}\\p{M}])`);
  if (cjk.length) parts.push(`(?:${cjk.join('|')})`);
  return parts.length ? `(?:${parts.join('|')})` : '(?!)';
}

/** A global, Unicode regex over whole words. */
export const wordsRegex = (words: readonly string[], flags = 'gu'): RegExp => new RegExp(wordsSource(words), flags);

/** Parses "word=value word=value" with `|` for spaces inside a word, as the tables are written. */
export function table<T extends string>(spec: string): Array<[string, T]> {
  return spec
    .trim()
    .split(/\s+/)
    .map((entry) => {
      const at = entry.lastIndexOf('=');
      return [entry.slice(0, at).replace(/\|/g, ' '), entry.slice(at + 1) as T];
    });
}

/** Words for the small counts durations and ranks are written with ("six months", "سه ماه", "ستة أشهر", "三個月"). */
const NUMBER_WORDS = table<string>(`
  a=1 an=1 one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 twelve=12 eighteen=18
  twenty-four=24 twenty|four=24 a|couple|of=2
  یک=1 یه=1 دو=2 سه=3 چهار=4 پنج=5 شش=6 شیش=6 هفت=7 هشت=8 نه=9 ده=10 یازده=11 دوازده=12 هجده=18 بیست|و|چهار=24
  واحد=1 واحدة=1 اثنين=2 اثنان=2 ثلاثة=3 ثلاث=3 أربعة=4 أربع=4 خمسة=5 خمس=5 ستة=6 ست=6 سبعة=7 سبع=7 ثمانية=8 ثماني=8
  تسعة=9 تسع=9 عشرة=10 عشر=10 أحد|عشر=11 اثني|عشر=12 اثنا|عشر=12
  一=1 二=2 兩=2 两=2 三=3 四=4 五=5 六=6 七=7 八=8 九=9 十=10 十一=11 十二=12 十八=18 二十四=24
`);
const numberWordValues = new Map(NUMBER_WORDS.map(([w, v]) => [foldWord(w), Number(v)]));
export const NUMBER_WORD_SOURCE = wordsSource(NUMBER_WORDS.map(([w]) => w));

/**
 * The value of a count written in digits (any script, already folded), as a word, or as a Chinese
 * tens-and-units numeral (二十四, 三十); NaN if none of these.
 */
export function countValue(folded: string): number {
  const t = folded.trim();
  if (/^\d+$/.test(t)) return Number(toAsciiDigits(t));
  const word = numberWordValues.get(t.replace(/\s+/g, ' '));
  if (word !== undefined) return word;
  const ten = t.indexOf('十');
  if (ten < 0 || t.length > 3) return Number.NaN;
  const tens = ten === 0 ? 1 : (numberWordValues.get(t.slice(0, ten)) ?? Number.NaN);
  const units = ten === t.length - 1 ? 0 : (numberWordValues.get(t.slice(ten + 1)) ?? Number.NaN);
  return tens * 10 + units;
}

// --- Phrase index -----------------------------------------------------------------------------------

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  value?: T;
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  value: T;
}

const IS_LETTER = /[\p{L}\p{M}]/u;
const isLetterAt = (s: string, i: number) => i >= 0 && i < s.length && IS_LETTER.test(s[i]!);
/** Clitics Arabic and Persian write onto a word: و/ب/ل/ف/ال before it ("والمتابعين", "منالسعودية" is a typo the seeds have). */
const ARABIC_PREFIXES = new Set(['و', 'ب', 'ل', 'ف', 'ال', 'وال', 'بال', 'فال', 'لل', 'ول', 'وب', 'من', 'فی', 'با', 'به', 'در']);
/** Persian plural/possessive/ezafe endings and Arabic possessives: "فالوورهای", "دنبال‌کنندگانمان", "متابعينا". */
const ARABIC_SUFFIXES = new Set(['ها', 'های', 'هایی', 'ی', 'ای', 'یی', 'مان', 'تان', 'شان', 'هایمان', 'هایتان', 'هایشان', 'ان', 'ین', 'ات', 'نا', 'کم', 'ک', 'ه', 'هم']);
const LATIN_SUFFIXES = new Set(['s', 'es', "'s"]);

/**
 * Longest-match lookup of many phrases at once. Spaces are optional on both sides (Persian is typed with
 * ZWNJ, a space or nothing), Chinese phrases match anywhere, and Latin and Arabic-script phrases must be
 * whole words give or take the clitics and endings above.
 */
export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = { next: new Map() };

  add(phrase: string, value: T): this {
    const key = foldWord(phrase).replace(/ /g, '');
    if (!key) return this;
    let node = this.root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map() }));
      node = child;
    }
    // The first meaning given wins: tables list their preferred reading first.
    if (node.value === undefined) node.value = value;
    // Arabic names are written with and without their article: المتابعين / متابعين.
    if (key.startsWith('ال') && key.length >= 5 && isArabicScript(key)) this.add(key.slice(2), value);
    return this;
  }

  private leftOk(s: string, i: number): boolean {
    if (!isLetterAt(s, i - 1) || isCjk(s[i]!) || isCjk(s[i - 1]!)) return true;
    if (!isArabicScript(s[i]!)) return false;
    let ws = i;
    while (ws > 0 && isLetterAt(s, ws - 1)) ws--;
    return ARABIC_PREFIXES.has(s.slice(ws, i));
  }

  private rightOk(s: string, end: number): boolean {
    const last = s[end - 1]!;
    if (!isLetterAt(s, end) || isCjk(last) || isCjk(s[end]!)) return true;
    let we = end;
    while (we < s.length && isLetterAt(s, we)) we++;
    const rest = s.slice(end, we);
    return isArabicScript(last) ? ARABIC_SUFFIXES.has(rest) : LATIN_SUFFIXES.has(rest);
  }

  /** Every longest match, left to right, not overlapping and not touching `used` characters. */
  findAll(s: string, used?: Uint8Array): Array<PhraseMatch<T>> {
    const out: Array<PhraseMatch<T>> = [];
    for (let i = 0; i < s.length; i++) {
      if (s[i] === ' ' || used?.[i] || !this.root.next.has(s[i]!) || !this.leftOk(s, i)) continue;
      let node: TrieNode<T> | undefined = this.root;
      let best: PhraseMatch<T> | undefined;
      for (let j = i; j < s.length && node; j++) {
        if (used?.[j]) break;
        if (s[j] === ' ') continue;
        node = node.next.get(s[j]!);
        if (node?.value !== undefined && this.rightOk(s, j + 1)) best = { start: i, end: j + 1, value: node.value };
      }
      if (best) {
        out.push(best);
        i = best.end - 1;
      }
    }
    return out;
  }
}
