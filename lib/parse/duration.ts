import type { NumberContext, NumberResult, ParsedNumber } from './types';
import {
  canonicalLocale, findInSeedLocales, isDigit, isMissingValue, matchWord, normalizeNumberText, perLocale,
  vocabulary, withDotlessVariants, wordTable, type Vocabulary,
} from './number-text';

const UNIT_SECONDS = { day: 86400, hour: 3600, minute: 60, second: 1 } as const;

/**
 * Units Intl's unit style does not print but dashboards do (zh "1 分 23 秒", ja "1時間"), and the shorter
 * abbreviations dashboards use where Intl's are longer or dotted (ar "د"/"ث", tr "dk"/"sn", id "mnt"/"dtk",
 * ru "мин"/"с", he "דק'"/"שניה", hi "मि."). Read after the page locale's own units.
 */
const HAND_KNOWN = wordTable(
  '分=60 秒=1 小时=3600 小時=3600 時間=3600 分钟=60 分鐘=60 秒钟=1 秒鐘=1 天=86400 ساعة=3600 دقيقة=60 ثانية=1 ثوان=1 ' +
    'س=3600 د=60 ث=1 ساعت=3600 دقیقه=60 ثانیه=1 ' +
    'h=3600 hr=3600 hrs=3600 m=60 min=60 mins=60 s=1 sec=1 secs=1 Std.=3600 Sek.=1 ' +
    'sa=3600 dk=60 sn=1 mnt=60 dtk=1 ч=3600 мин=60 с=1 сек=1 שעה=3600 דקה=60 דק׳=60 שניה=1 שנייה=1 שנ׳=1',
).map(([word, seconds]) => [word, Number(seconds)] as const);

/** Words joining the parts of a duration in any locale: "۱ دقیقه و ۲۳ ثانیه", "1 hour and 2 minutes", "1分、23秒". */
const HAND_JOINERS = 'و ، ו- ו and & et und y e en i і и ve dan và และ और 및 和 、 ,';

/**
 * "و" (ar, fa) and "ו" (he) are written on the next word: "ساعة ودقيقتان", "שעתיים ושתי שניות". Before a
 * digit ("و23") the joiner vocabulary already reads them; before a word they are read as a prefix.
 */
const PREFIX_JOINERS = new Set(['و', 'ו']);

/** Scripts written without spaces between words, where a unit may touch what follows ("นาทีและ23"). */
const UNSPACED = /[\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

/** Spellings a dashboard or a person types for an abbreviation Intl prints with a special mark. */
function spellings(word: string): string[] {
  const out = [word];
  // Hebrew geresh "דק׳" is typed as an apostrophe; Devanagari "मि॰" as a full stop or not at all.
  if (word.includes('׳')) out.push(word.replace(/׳/g, "'"));
  if (word.includes('॰')) out.push(word.replace(/॰/g, '.'), word.replace(/॰/g, ''));
  return out;
}

/** A duration part printed with no number: ar "ساعة" (one hour), "دقيقتان" (two minutes), he "שעתיים". */
type Counted = readonly [amount: number, unitSeconds: number];

interface LocaleWords {
  units: Vocabulary<number>;
  counted: Vocabulary<Counted>;
  joiners: Vocabulary<true>;
}

/** Amounts covering every plural category of the locales dashboards use (ar few/many, ru/pl/uk few/many …). */
const AMOUNTS = [1, 2, 3, 5, 11, 21, 22, 100, 1.5];

function deriveWords(locale: string): LocaleWords {
  const units: Array<readonly [string, number]> = [];
  const counted: Array<readonly [string, Counted]> = [];
  const joiners: Array<readonly [string, true]> = HAND_JOINERS.split(' ').map((word) => [word, true] as const);
  try {
    if (locale) {
      for (const [unit, seconds] of Object.entries(UNIT_SECONDS)) {
        for (const unitDisplay of ['narrow', 'short', 'long'] as const) {
          const format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay });
          for (const amount of AMOUNTS) {
            const parts = format.formatToParts(amount);
            if (parts.some((p) => p.type === 'integer')) {
              const word = normalizeNumberText(parts.filter((p) => p.type === 'unit').map((p) => p.value).join(''));
              for (const spelling of spellings(word)) units.push([spelling, seconds]);
            } else {
              // Arabic duals ("ساعتان") and Hebrew "שתי דקות" print no number: the word is the whole part.
              const word = normalizeNumberText(parts.map((p) => p.value).join(''));
              for (const spelling of spellings(word)) counted.push([spelling, [amount, seconds]]);
            }
          }
        }
      }
      for (const type of ['conjunction', 'unit'] as const) {
        for (const style of ['long', 'short', 'narrow'] as const) {
          for (const part of new Intl.ListFormat(locale, { type, style }).formatToParts(['1', '2', '3'])) {
            if (part.type !== 'literal') continue;
            for (const word of normalizeNumberText(part.value).split(' ')) joiners.push([word, true]);
          }
        }
      }
    }
  } catch {
    // No unit style or list format in this engine: the hand-known words remain.
  }
  return {
    units: vocabulary(withDotlessVariants(units)),
    counted: vocabulary(withDotlessVariants(counted)),
    joiners: vocabulary(joiners),
  };
}

const localWords = perLocale(deriveWords);
let handKnown: Vocabulary<number> | undefined;

/** `matchWord`, letting a word of an unspaced script (Thai) touch the next word: "1 นาทีและ23 วินาที". */
function matchAt<T>(vocab: Vocabulary<T>, text: string, at: number): [string, T] | undefined {
  const found = matchWord(vocab, text, at);
  if (found || !UNSPACED.test(text[at] ?? '')) return found;
  for (const word of vocab.byFirstChar.get(text[at]!) ?? []) {
    if (text.startsWith(word, at) && UNSPACED.test(word[word.length - 1]!)) return [word, vocab.meaning.get(word)!];
  }
  return undefined;
}

/**
 * Locales searched for a unit after the shared seed locales (number-text.ts) found none: languages whose
 * time units those seeds do not cover (uk "хв", vi "phút", th "นาที", he "דקות"). Durations only.
 */
const DURATION_SEEDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\p{sc=Cyrillic}/u, 'uk-UA'],
  [/\p{sc=Thai}/u, 'th-TH'],
  [/\p{sc=Hebrew}/u, 'he-IL'],
  [/\p{sc=Latin}/u, 'vi-VN'],
];

function findInDurationSeeds(text: string, at: number): [string, number] | undefined {
  const seed = DURATION_SEEDS.find(([script]) => script.test(text[at] ?? ''))?.[1];
  return seed ? matchAt(localWords(seed).units, text, at) : undefined;
}

/** The page locale's units first, then hand-known ones, then (if `everywhere`) those of other locales of the same script. */
function matchUnit(text: string, at: number, locale: string, everywhere: boolean): [string, number] | undefined {
  handKnown ??= vocabulary(withDotlessVariants(HAND_KNOWN.flatMap(([word, seconds]) => spellings(word).map((w) => [w, seconds] as const))));
  const local = matchAt(localWords(locale).units, text, at);
  if (local) return local;
  const known = matchAt(handKnown, text, at);
  const seeded = everywhere
    ? (findInSeedLocales(text[at], (seed) => matchAt(localWords(seed).units, text, at)) ?? findInDurationSeeds(text, at))
    : undefined;
  // The longer word wins: a hand-known "min" must not leave the dot of a seed locale's "min." behind.
  return known && (!seeded || known[0].length >= seeded[0].length) ? known : seeded;
}

function duration(raw: string, value: number, precision: number): ParsedNumber {
  return { ok: true, value, unit: 'duration', precision, ambiguous: false, compact: false, raw };
}

const CLOCK = /^(\d+):([0-5]\d)(?::([0-5]\d))?(?:[.,](\d{1,3}))?$/;

/** "00:01:23", "1:02:03" (h:mm:ss) and "01:23" (mm:ss), as GA4 prints average engagement time. */
export function readClock(normalized: string, raw: string): ParsedNumber | undefined {
  const m = CLOCK.exec(normalized);
  if (!m) return undefined;
  const [, first, second, third, fraction = ''] = m;
  const [hours, minutes, seconds] = third === undefined ? ['0', first!, second!] : [first!, second!, third];
  const value = Number(hours) * 3600 + Number(minutes) * 60 + Number(`${seconds}.${fraction || '0'}`);
  return Number.isFinite(value) ? duration(raw, value, 0.5 * 10 ** -fraction.length) : undefined;
}

/**
 * "1h 2m", "1 min 23 sec", "1 分 23 秒", "۱ دقیقه و ۲۳ ثانیه", "2 Min. 3 Sek.", "ساعة ودقيقتان", "1 שעה, שתי דקות
 * ו-5 שניות". `everywhere: false` skips other locales' units: used when the text already reads as a number and
 * only a common unit should win.
 */
export function readUnitDuration(normalized: string, raw: string, locale: string, everywhere = true): NumberResult {
  const words = localWords(locale);
  let total = 0;
  let precision = 0;
  let smallest = Infinity;
  let i = 0;
  /** A joiner was read and no part has followed it yet: "1 min and" is not a duration. */
  let joined = false;
  /** Adds one part; false when units repeat or are out of order ("2m 1h" or "1m 2m" is not a duration a dashboard prints). */
  const add = (amount: number, seconds: number, decimals: number): boolean => {
    if (seconds >= smallest) return false;
    smallest = seconds;
    joined = false;
    total += amount * seconds;
    precision = 0.5 * seconds * 10 ** -decimals;
    return true;
  };
  while (i < normalized.length) {
    const ch = normalized[i]!;
    if (ch === ' ') {
      i++;
      continue;
    }
    const started = precision > 0;
    const joiner = started ? matchAt(words.joiners, normalized, i) : undefined;
    if (joiner) {
      i += joiner[0].length;
      joined = true;
      continue;
    }
    if (!isDigit(ch)) {
      const counted = matchAt(words.counted, normalized, i);
      if (counted) {
        const [amount, seconds] = counted[1];
        if (!add(amount, seconds, 0)) return notDuration(raw, 'units repeat or are out of order');
        i += counted[0].length;
        continue;
      }
      if (started && PREFIX_JOINERS.has(ch)) {
        i++;
        joined = true;
        continue;
      }
      return notDuration(raw, `unexpected “${normalized.slice(i, i + 12)}”`);
    }
    let end = i;
    while (isDigit(normalized[end]) || (/[.,]/.test(normalized[end] ?? '') && isDigit(normalized[end + 1]))) end++;
    const amount = normalized.slice(i, end).replace(',', '.');
    if (/\..*\./.test(amount)) return notDuration(raw, `cannot read the amount “${amount}”`);
    i = end;
    while (normalized[i] === ' ') i++;
    const unit = matchUnit(normalized, i, locale, everywhere);
    if (!unit) return notDuration(raw, `“${amount}” has no time unit after it`);
    if (!add(Number(amount), unit[1], amount.split('.')[1]?.length ?? 0)) return notDuration(raw, 'units repeat or are out of order');
    i += unit[0].length;
  }
  if (precision === 0) return notDuration(raw, 'no amount with a time unit');
  if (joined) return notDuration(raw, 'it ends with a joining word');
  return Number.isFinite(total) ? duration(raw, total, precision) : notDuration(raw, 'too large');
}

function notDuration(raw: string, why: string): NumberResult {
  return { ok: false, reason: 'not-a-number', message: `Not a duration: ${why}.`, raw };
}

export function parseDuration(text: string, context: NumberContext = {}): NumberResult {
  const raw = typeof text === 'string' ? text : String(text);
  try {
    if (raw.length > 1000) return notDuration(raw, `text too long (${raw.length} characters)`);
    const normalized = normalizeNumberText(raw);
    if (isMissingValue(normalized)) return { ok: false, reason: 'no-value', message: 'The page shows no value.', raw };
    if (normalized.length > 200) return notDuration(raw, `text too long (${normalized.length} characters)`);
    return readClock(normalized, raw) ?? readUnitDuration(normalized, raw, canonicalLocale(context.locale) ?? '');
  } catch (error) {
    return notDuration(raw, `internal error (${error instanceof Error ? error.message : 'unknown'})`);
  }
}
