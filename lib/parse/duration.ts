import type { NumberContext, NumberResult, ParsedNumber } from './types';
import {
  canonicalLocale, findInSeedLocales, isDigit, isMissingValue, matchWord, normalizeNumberText, perLocale,
  vocabulary, withDotlessVariants, wordTable, type Vocabulary,
} from './number-text';

const UNIT_SECONDS = { day: 86400, hour: 3600, minute: 60, second: 1 } as const;

/** Units Intl's unit style does not print but GA4 and others do (zh "1 分 23 秒", ja "1時間"). */
const HAND_KNOWN = wordTable(
  '分=60 秒=1 小时=3600 小時=3600 時間=3600 分钟=60 分鐘=60 秒钟=1 秒鐘=1 天=86400 ساعة=3600 دقيقة=60 ثانية=1 ثوان=1 ' +
    'h=3600 hr=3600 hrs=3600 m=60 min=60 mins=60 s=1 sec=1 secs=1 Std.=3600 Sek.=1',
).map(([word, seconds]) => [word, Number(seconds)] as const);

/** Words joining the parts of a duration: "۱ دقیقه و ۲۳ ثانیه", "1 hour and 2 minutes". */
const JOINERS = vocabulary('و and et und y e и ve dan ,'.split(' ').map((word) => [word, true] as const));

function deriveUnits(locale: string): Array<readonly [string, number]> {
  const units: Array<readonly [string, number]> = [];
  try {
    for (const [unit, seconds] of Object.entries(UNIT_SECONDS)) {
      for (const unitDisplay of ['narrow', 'short', 'long'] as const) {
        const format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay });
        for (const amount of [1, 2, 5, 1.5]) {
          const parts = format.formatToParts(amount);
          // Arabic duals ("ساعتان") print no number: they cannot follow one, so they are not units here.
          if (!parts.some((p) => p.type === 'integer')) continue;
          const word = normalizeNumberText(parts.filter((p) => p.type === 'unit').map((p) => p.value).join(''));
          units.push([word, seconds]);
        }
      }
    }
  } catch {
    // No unit style in this engine: the hand-known units remain.
  }
  return units;
}

const localUnits = perLocale((locale) => vocabulary(withDotlessVariants(locale ? deriveUnits(locale) : [])));
let handKnown: Vocabulary<number> | undefined;

/** The page locale's units first, then hand-known ones, then (if `everywhere`) those of other locales of the same script. */
function matchUnit(text: string, at: number, locale: string, everywhere: boolean): [string, number] | undefined {
  handKnown ??= vocabulary(withDotlessVariants(HAND_KNOWN));
  const local = matchWord(localUnits(locale), text, at);
  if (local) return local;
  const known = matchWord(handKnown, text, at);
  const seeded = everywhere ? findInSeedLocales(text[at], (seed) => matchWord(localUnits(seed), text, at)) : undefined;
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
 * "1h 2m", "1 min 23 sec", "1 分 23 秒", "۱ دقیقه و ۲۳ ثانیه", "2 Min. 3 Sek.". `everywhere: false` skips
 * other locales' units: used when the text already reads as a number and only a common unit should win.
 */
export function readUnitDuration(normalized: string, raw: string, locale: string, everywhere = true): NumberResult {
  let total = 0;
  let precision = 0;
  let smallest = Infinity;
  let i = 0;
  while (i < normalized.length) {
    const ch = normalized[i]!;
    if (ch === ' ') {
      i++;
      continue;
    }
    const joiner = total > 0 || precision > 0 ? matchWord(JOINERS, normalized, i) : undefined;
    if (joiner) {
      i += joiner[0].length;
      continue;
    }
    if (!isDigit(ch)) return notDuration(raw, `unexpected “${normalized.slice(i, i + 12)}”`);
    let end = i;
    while (isDigit(normalized[end]) || (/[.,]/.test(normalized[end] ?? '') && isDigit(normalized[end + 1]))) end++;
    const amount = normalized.slice(i, end).replace(',', '.');
    if (/\..*\./.test(amount)) return notDuration(raw, `cannot read the amount “${amount}”`);
    i = end;
    while (normalized[i] === ' ') i++;
    const unit = matchUnit(normalized, i, locale, everywhere);
    if (!unit) return notDuration(raw, `“${amount}” has no time unit after it`);
    const seconds = unit[1];
    // Each unit once, largest first: "2m 1h" or "1m 2m" is not a duration a dashboard prints.
    if (seconds >= smallest) return notDuration(raw, 'units repeat or are out of order');
    smallest = seconds;
    total += Number(amount) * seconds;
    precision = 0.5 * seconds * 10 ** -(amount.split('.')[1]?.length ?? 0);
    i += unit[0].length;
  }
  if (precision === 0) return notDuration(raw, 'no amount with a time unit');
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
