import type { NotANumber, NumberContext, NumberResult, ParsedNumber } from './types';
import { localCompactTables, matchForeignCompact, standaloneCompact } from './compact';
import { matchCurrency } from './currency';
import { readClock, readUnitDuration } from './duration';
import { findNumberRuns, readDigits, separatorResolver } from './number-separators';
import { canonicalLocale, isMissingValue, matchWord, normalizeNumberText } from './number-text';

export { parseDuration } from './duration';

/** Dashboard cells are short; anything longer is not a number and must not cost time. */
const MAX_RAW_LENGTH = 1000;
const MAX_NORMALIZED_LENGTH = 200;

/** What the text around the digits said. */
interface Affixes {
  negative: boolean;
  signs: number;
  parentheses: number;
  percent?: '%' | '‰';
  currency: boolean;
  currencyCode?: string;
  /** Power of ten of a compact suffix (K → 3), if any. */
  power?: number;
  /** The suffix is not one the page locale prints: a duration reading ("5m") may be meant instead. */
  foreignSuffix: boolean;
}

function notANumber(raw: string, message: string): NotANumber {
  return { ok: false, reason: 'not-a-number', message, raw };
}

const quote = (text: string): string => `“${text.length > 24 ? `${text.slice(0, 24)}…` : text}”`;

/**
 * Reads the text before (`prefix`) or after the digits: signs, parentheses, %, ‰, currency symbols
 * and codes, and (after only) one compact suffix. Returns an error message for anything else.
 */
function readAffix(text: string, from: number, to: number, prefix: boolean, locale: string, affixes: Affixes): string | undefined {
  let i = from;
  while (i < to) {
    const ch = text[i]!;
    if (ch === ' ') {
      i++;
      continue;
    }
    if (prefix && (ch === '-' || ch === '+')) {
      affixes.signs++;
      affixes.negative = ch === '-';
    } else if (prefix ? ch === '(' : ch === ')') {
      affixes.parentheses++;
    } else if (ch === '%' || ch === '‰') {
      if (affixes.percent) return 'has two percent signs';
      affixes.percent = ch;
    } else {
      const length = readWord(text, i, prefix, locale, affixes);
      if (length === 0 || i + length > to) {
        return `has unexpected text ${quote(text.slice(i, to).trim())} — only currencies, %, compact suffixes (K, Mio., 万 …) and time units are read`;
      }
      i += length;
      continue;
    }
    i++;
  }
  return undefined;
}

/** Length of the currency or compact suffix at `at` (0 if none), recorded into `affixes`. */
function readWord(text: string, at: number, prefix: boolean, locale: string, affixes: Affixes): number {
  const canCompact = !prefix && affixes.power === undefined;
  const local = canCompact ? matchWord(localCompactTables(locale).suffixes, text, at) : undefined;
  if (local) {
    affixes.power = local[1];
    return local[0].length;
  }
  const currency = affixes.currency ? undefined : matchCurrency(text, at, locale);
  if (currency) {
    affixes.currency = true;
    if (currency.code) affixes.currencyCode = currency.code;
    return currency.length;
  }
  const foreign = canCompact ? matchForeignCompact(text, at) : undefined;
  if (foreign) {
    affixes.power = foreign[1];
    affixes.foreignSuffix = true;
    return foreign[0].length;
  }
  return 0;
}

function checkAffixes(affixes: Affixes): string | undefined {
  if (affixes.signs > 1) return 'has more than one sign';
  if (affixes.parentheses === 1) return 'has an unmatched parenthesis';
  if (affixes.parentheses > 2) return 'has too many parentheses';
  if (affixes.parentheses === 2 && affixes.signs > 0) return 'has both a sign and accounting parentheses';
  if (affixes.percent && affixes.currency) return 'is both a percentage and a currency amount';
  return undefined;
}

function buildResult(raw: string, digits: string, fractionDigits: number, affixes: Affixes, ambiguous: boolean): NumberResult {
  const power = (affixes.power ?? 0) - (affixes.percent === '‰' ? 1 : 0);
  const magnitude = Number(`${digits}e${power}`);
  if (!Number.isFinite(magnitude)) return notANumber(raw, `${quote(raw)} is too large to be a dashboard number`);
  const negative = affixes.negative || affixes.parentheses === 2;
  const result: ParsedNumber = {
    ok: true,
    // `+ 0` turns -0 ("-0", "(0.00)") into 0.
    value: (negative ? -magnitude : magnitude) + 0,
    unit: affixes.percent ? 'percent' : affixes.currency ? 'currency' : 'count',
    precision: Number(`5e${power - fractionDigits - 1}`),
    ambiguous,
    compact: affixes.power !== undefined,
    raw,
  };
  if (affixes.currencyCode) result.currency = affixes.currencyCode;
  return result;
}

function emptyAffixes(): Affixes {
  return { negative: false, signs: 0, parentheses: 0, currency: false, foreignSuffix: false };
}

/** "mille" (it/fr long compact for 1000) printed with no digits at all. */
function readStandalone(text: string, raw: string, locale: string): NumberResult | undefined {
  const negative = text.startsWith('-');
  const word = negative || text.startsWith('+') ? text.slice(1).trim() : text;
  const power = standaloneCompact(word, locale);
  if (power === undefined) return undefined;
  return buildResult(raw, '1', 0, { ...emptyAffixes(), negative, power }, false);
}

/** The number reading, and whether it rests on a suffix of another locale (then "5m" may be minutes). */
function readNumber(text: string, raw: string, context: NumberContext, locale: string): [NumberResult, boolean] {
  const runs = findNumberRuns(text);
  const [run] = runs;
  if (!run) return [readStandalone(text, raw, locale) ?? notANumber(raw, `${quote(raw)} has no digits.`), false];
  if (runs.length > 1) return [notANumber(raw, `${quote(raw)} holds more than one number.`), false];

  const [start, end] = run;
  const affixes = emptyAffixes();
  const affixError =
    readAffix(text, 0, start, true, locale, affixes) ??
    readAffix(text, end, text.length, false, locale, affixes) ??
    checkAffixes(affixes);
  if (affixError) return [notANumber(raw, `${quote(raw)} ${affixError}.`), false];

  // Grouping is the likelier guess for "1,234", but Intl never groups a compact mantissa below 10¹⁸: "1,234K" is 1.234K.
  const guess = affixes.power === undefined ? 'group' : 'decimal';
  const reading = readDigits(text.slice(start, end), separatorResolver(locale || undefined, context.neighbours), guess);
  if (typeof reading === 'string') return [notANumber(raw, `${quote(raw)} ${reading}.`), false];
  return [buildResult(raw, reading.digits, reading.fractionDigits, affixes, reading.ambiguous), affixes.foreignSuffix];
}

/**
 * Reads one number as a dashboard prints it in any locale: "12.3K", "1.234,56 €", "۱۲٫۳ هزار",
 * "(US$1,234.56)", "%3,45", "1,2 Mio.", "¥1.2万", "00:01:23", "1m 23s". Never throws.
 */
export function parseDashboardNumber(text: string, context: NumberContext = {}): NumberResult {
  const raw = typeof text === 'string' ? text : String(text);
  try {
    if (raw.length > MAX_RAW_LENGTH) return notANumber(raw, `Text too long to be a dashboard number (${raw.length} characters).`);
    const normalized = normalizeNumberText(raw);
    if (isMissingValue(normalized)) {
      return { ok: false, reason: 'no-value', message: `The page shows no value (${quote(raw.trim())}).`, raw };
    }
    if (normalized.length > MAX_NORMALIZED_LENGTH) {
      return notANumber(raw, `Text too long to be a dashboard number (${normalized.length} characters).`);
    }
    const clock = readClock(normalized, raw);
    if (clock) return clock;

    const locale = canonicalLocale(context.locale) ?? '';
    const [number, foreignSuffix] = readNumber(normalized, raw, context, locale);
    if (!number.ok || foreignSuffix) {
      const duration = readUnitDuration(normalized, raw, locale, !number.ok);
      if (duration.ok) return duration;
    }
    return number;
  } catch (error) {
    return notANumber(raw, `Could not read ${quote(raw)} (${error instanceof Error ? error.message : 'unknown error'}).`);
  }
}
