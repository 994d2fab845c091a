/**
 * Splits normalized picker text into tokens and reads one end of a range ("Oct 1", "31.10.2026",
 * "2026年10月1日", "۹ آبان ۱۴۰۵") into whatever parts it states. Which calendar a number belongs to and
 * what a missing part is are decided later, with both ends in view.
 */
import { isWeekday, lookupMonth, startsTwoWordMonth, type DateOrder, type MonthEntry } from './date-names';

export type Token =
  | { kind: 'num'; value: number; digits: number; at: number }
  | { kind: 'word'; text: string; afterNum: boolean; at: number }
  /** CJK date markers (年 月 日 …) and range words that need no spaces (至 到). */
  | { kind: 'mark'; text: string; at: number }
  | { kind: 'punct'; text: string; spaceBefore: boolean; spaceAfter: boolean; at: number }
  | { kind: 'space'; at: number };

// One alternative per token kind; each consumes at least one character and none can overlap, so
// matching stays linear whatever the input.
const TOKEN = /(\d+)|([年月日号년월일至到])|((?:(?![年月日号년월일至到])[\p{L}\p{M}])+)|(\s+)|([\s\S])/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const at = match.index ?? 0;
    const [, digits, mark, word, space, other] = match;
    if (digits !== undefined) {
      tokens.push({ kind: 'num', value: digits.length > 9 ? NaN : Number(digits), digits: digits.length, at });
    } else if (mark !== undefined) {
      tokens.push({ kind: 'mark', text: mark, at });
    } else if (word !== undefined) {
      tokens.push({ kind: 'word', text: word, afterNum: tokens[tokens.length - 1]?.kind === 'num', at });
    } else if (space !== undefined) {
      tokens.push({ kind: 'space', at });
    } else if (other !== undefined) {
      const prev = tokens[tokens.length - 1];
      tokens.push({ kind: 'punct', text: other, spaceBefore: prev?.kind === 'space', spaceAfter: false, at });
    }
    const last = tokens[tokens.length - 1];
    const beforeLast = tokens[tokens.length - 2];
    if (last?.kind === 'space' && beforeLast?.kind === 'punct') beforeLast.spaceAfter = true;
  }
  return tokens;
}

// --- Range separators -----------------------------------------------------------------------------

/** Words between the two ends of a range, normalized (إلى → الی, até → ate, à → a). */
const SEPARATOR_WORDS = new Set([
  'to', 'through', 'thru', 'until', 'till', 'bis', 'au', 'a', 'al', 'ao', 'ate', 'hasta', 'tot', 'до', 'по',
  'تا', 'الی', 'حتی', 'から', 'से', 'kadar', 'do', 'עד', 'ถึง', 'sampai', 'hingga', 'đen',
]);
const STRONG_DASHES = new Set(['–', '—', '~', '‒', '―', '−', '〜']);

/** How likely a token is to separate the two ends: 0 surely, 1 probably, 2 maybe (a bare hyphen), -1 never. */
export function separatorRank(token: Token): number {
  if (token.kind === 'mark') return token.text === '至' || token.text === '到' ? 0 : -1;
  if (token.kind === 'word') return SEPARATOR_WORDS.has(token.text) ? 0 : -1;
  if (token.kind !== 'punct') return -1;
  if (STRONG_DASHES.has(token.text)) return 0;
  if (token.text === '-') return token.spaceBefore && token.spaceAfter ? 1 : 2;
  return -1;
}

// --- One end of a range ---------------------------------------------------------------------------

/** What one end of a range states; months are numeric or a named month's candidates. */
export interface DateParts {
  year?: number;
  /** Digits the year was printed with: a two-digit year takes its century from today. */
  yearDigits?: number;
  month?: number;
  monthNames?: readonly MonthEntry[];
  day?: number;
  /** `هـ` after the year: an Islamic (Hijri) date. */
  hijri?: boolean;
  /** `م` after the year: explicitly Gregorian. */
  gregorian?: boolean;
}

const FILLERS = new Set([
  'de', 'del', 'do', 'da', 'of', 'the', 'le', 'la', 'el', 'il', 'du', 'von', 'vom', 'am', 'dal', 'dall', 'from',
  'с', 'со', 'از', 'من', 'في', 'まで', 'तक', 'from', 'van', 'den', 'od', 'з', 'із', 'від', 'dari', 'tu',
  // Thai era words before the year (พ.ศ. 2569, ค.ศ. 2026): the year's size says which era it counts in.
  'พศ', 'คศ', 'ที่',
]);
const ORDINAL_SUFFIXES = new Set(['er', 're', 'eme', 'st', 'nd', 'rd', 'th', 'o', 'a', 'e']);
/** Words after a year: Russian г./гг., Ukrainian р./рр., Polish r. */
const YEAR_WORDS = new Set(['г', 'год', 'года', 'гг', 'р', 'рр', 'рік', 'року', 'r']);
/** Words printed before a number that say what it is: Vietnamese "tháng 10" (month 10), "ngày 1", "năm 2026". */
const NUMBER_MARKERS: ReadonlyMap<string, 'Y' | 'M' | 'D'> = new Map([
  ['thang', 'M'], ['thg', 'M'], ['ngay', 'D'], ['nam', 'Y'],
]);
const SIDE_PUNCTUATION = new Set(['.', ',', '/', '-', "'", '’', '(', ')', '[', ']', ';', '·', '•', '|', '\u0970', '،', '\u05f3']);

/** `joiner` is the punctuation printed before the number ('' for none or only spaces). */
type Component = { kind: 'n' | 'Y' | 'M' | 'D'; value: number; digits: number; joiner: string };

function plausibleDay(value: number): boolean {
  return value >= 1 && value <= 31;
}

/** Reads one end of a range; undefined when the tokens are not (only) a date. */
export function readDateParts(tokens: readonly Token[], order: DateOrder, locale?: string): DateParts | undefined {
  const components: Component[] = [];
  const parts: DateParts = {};
  let joiner = '';
  /** Set by a marker word (Vietnamese `tháng`): what the next number is. */
  let marked: 'Y' | 'M' | 'D' | undefined;
  let wordMarked = false;
  const markLast = (kind: 'Y' | 'M' | 'D'): boolean => {
    const last = components[components.length - 1];
    if (!last || last.kind !== 'n') return false;
    last.kind = kind;
    return true;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.kind) {
      case 'space':
        break;
      case 'num':
        if (!Number.isFinite(token.value)) return undefined;
        components.push({ kind: marked ?? 'n', value: token.value, digits: token.digits, joiner });
        joiner = '';
        marked = undefined;
        break;
      case 'mark': {
        const kind = token.text === '年' || token.text === '년' ? 'Y' : token.text === '月' || token.text === '월' ? 'M' : 'D';
        if (token.text === '至' || token.text === '到' || !markLast(kind)) return undefined;
        break;
      }
      case 'punct':
        if (!SIDE_PUNCTUATION.has(token.text)) return undefined;
        joiner += token.text;
        break;
      case 'word': {
        const word = token.text;
        const marker = NUMBER_MARKERS.get(word);
        if (marker) {
          const next = tokens[i + 1]?.kind === 'space' ? tokens[i + 2] : tokens[i + 1];
          if (next?.kind === 'num') {
            marked = marker;
            wordMarked = true;
            break;
          }
        }
        if ((token.afterNum && ORDINAL_SUFFIXES.has(word)) || FILLERS.has(word)) break;
        if (YEAR_WORDS.has(word) || word === 'ه' || word === 'م') {
          // Era and year words follow a (bare) year; a four-digit number is read as the year anyway.
          if (components[components.length - 1]?.kind !== 'n') return undefined;
          if (word === 'ه') parts.hijri = true;
          else if (word === 'م') parts.gregorian = true;
          break;
        }
        let names: MonthEntry[] | undefined;
        if (startsTwoWordMonth(word, locale)) {
          const next = tokens[i + 1]?.kind === 'space' ? tokens[i + 2] : tokens[i + 1];
          if (next?.kind === 'word') {
            names = lookupMonth(`${word} ${next.text}`, locale);
            if (names) i = tokens.indexOf(next, i);
          }
        }
        names ??= lookupMonth(word, locale);
        if (names) {
          if (parts.monthNames) return undefined;
          parts.monthNames = names;
        } else if (!isWeekday(word, locale)) {
          return undefined;
        }
        break;
      }
    }
  }
  return interpret(components, parts, order, wordMarked);
}

/** `wordMarked`: a marker word named a part (Vietnamese), so unmarked numbers are read as beside a month name. */
function interpret(components: Component[], parts: DateParts, order: DateOrder, wordMarked: boolean): DateParts | undefined {
  const setYear = (c: Component): void => {
    parts.year = c.value;
    parts.yearDigits = c.digits;
  };
  const bare = components.filter((c) => c.kind === 'n');
  for (const c of components) {
    if (c.kind === 'Y') {
      if (parts.year !== undefined) return undefined;
      setYear(c);
    } else if (c.kind === 'M') {
      if (parts.month !== undefined || parts.monthNames) return undefined;
      parts.month = c.value;
    } else if (c.kind === 'D') {
      if (parts.day !== undefined) return undefined;
      parts.day = c.value;
    }
  }
  if (parts.monthNames || (wordMarked && parts.month !== undefined)) {
    for (const c of bare) {
      if (c.digits > 4) return undefined;
      if (c.digits >= 3) {
        if (parts.year !== undefined) return undefined;
        setYear(c);
      } else if (parts.day === undefined) {
        parts.day = c.value;
      } else {
        return undefined;
      }
    }
  } else if (bare.length > 0 && bare.length < components.length) {
    return undefined; // CJK markers mixed with unmarked numbers
  } else if (bare.length > 0 && !readNumeric(bare, parts, order)) {
    return undefined;
  }
  if (parts.year !== undefined && (parts.yearDigits ?? 0) > 4) return undefined;
  if (parts.day !== undefined && !plausibleDay(parts.day)) return undefined;
  if (parts.month !== undefined && (parts.month < 1 || parts.month > 12)) return undefined;
  if (parts.day === undefined && parts.month === undefined && !parts.monthNames) return undefined;
  return parts;
}

/** All-numeric dates: 31.10.2026, 10/31/26, 2026/10/31, 20261031, and year-less 31.10. / 10/31. */
function readNumeric(bare: Component[], parts: DateParts, order: DateOrder): boolean {
  const [a, b, c] = bare;
  if (!a) return false;
  const year = (n: Component): void => {
    parts.year = n.value;
    parts.yearDigits = n.digits;
  };
  if (bare.length === 1) {
    if (a.digits === 8) {
      parts.year = Math.floor(a.value / 10_000);
      parts.yearDigits = 4;
      parts.month = Math.floor(a.value / 100) % 100;
      parts.day = a.value % 100;
      return true;
    }
    if (a.digits > 2) return false;
    parts.day = a.value;
    return true;
  }
  if (!b) return false;
  if (bare.length === 2) {
    if (a.digits >= 3) {
      year(a);
      parts.month = b.value;
    } else if (b.digits >= 3) {
      year(b);
      // "31, 2026" is the day of a range's other end ("Oct 1 – 31, 2026"); "10/2026" is a month.
      if (b.joiner === '' || b.joiner === ',') parts.day = a.value;
      else parts.month = a.value;
    } else if (order === 'dmy' || (a.value > 12 && b.value <= 12)) {
      parts.day = a.value;
      parts.month = b.value;
    } else {
      parts.month = a.value;
      parts.day = b.value;
    }
    return true;
  }
  if (bare.length !== 3 || !c) return false;
  if (a.digits >= 3 || (order === 'ymd' && c.digits <= 2)) {
    year(a);
    parts.month = b.value;
    parts.day = c.value;
  } else {
    if (b.digits > 2) return false;
    year(c);
    const monthFirst = a.value <= 12 && (b.value > 12 || (order === 'mdy' && a.value <= 12));
    parts.month = monthFirst ? a.value : b.value;
    parts.day = monthFirst ? b.value : a.value;
  }
  return true;
}
