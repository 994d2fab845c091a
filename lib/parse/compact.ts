import { toAsciiDigits } from './digits';
import {
  findInSeedLocales, matchWord, normalizeNumberText, perLocale, vocabulary, withDotlessVariants, wordTable, type Vocabulary,
} from './number-text';

/** A compact suffix's meaning: the power of ten it multiplies by (K → 3, 万 → 4, Cr → 7). */
export interface CompactTables {
  /** Suffixes printed after a number. */
  suffixes: Vocabulary<number>;
  /** Words Intl prints with no number at all (it/fr long style: "mille" = 1000). */
  standalone: ReadonlyMap<string, number>;
}

/** Forms dashboards print that Intl (Node 20 / Chrome CLDR) does not produce. */
const HAND_KNOWN = wordTable('Tsd.=3 千=3 lac=5 lacs=5 lakhs=5 crores=7 Cr.=7 mn=6 MM=6 mln=6 mld=9').map(
  ([word, power]) => [word, Number(power)] as const,
);

/** Mantissas 1, 2, 5 and 1.5 times 10ⁿ reach every plural form (тысяча/тысячи/тысяч, Million/Millionen). */
const MANTISSAS = [1, 2, 5, 1.5];

function deriveCompact(locale: string, suffixes: Array<readonly [string, number]>, standalone: Map<string, number>): void {
  for (const compactDisplay of ['short', 'long'] as const) {
    const format = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay });
    for (let exponent = 3; exponent <= 15; exponent++) {
      for (const mantissa of MANTISSAS) {
        const value = mantissa * 10 ** exponent;
        let digits = '';
        let word = '';
        for (const part of format.formatToParts(value)) {
          if (part.type === 'integer' || part.type === 'fraction') digits += part.value;
          else if (part.type === 'decimal') digits += '.';
          else if (part.type === 'compact') word = normalizeNumberText(part.value);
        }
        if (!word) continue;
        const printed = digits ? Number(toAsciiDigits(digits)) : 1;
        const power = Math.round(Math.log10(value / printed));
        if (digits) suffixes.push([word, power]);
        else if (!standalone.has(word)) standalone.set(word, power);
      }
    }
  }
}

function buildTables(locale: string): CompactTables {
  const suffixes: Array<readonly [string, number]> = [];
  const standalone = new Map<string, number>();
  try {
    if (locale) deriveCompact(locale, suffixes, standalone);
  } catch {
    // An engine without compact notation: suffixes then come from the hand-known list alone.
  }
  return { suffixes: vocabulary(withDotlessVariants(suffixes)), standalone };
}

/** The page locale's own suffixes: "B" is a billion in en but a thousand (bin) in tr, "M" a billion (miliar) in id. */
export const localCompactTables = perLocale(buildTables);

let handKnown: Vocabulary<number> | undefined;

/** A suffix of another locale (or hand-known) at `at`, for pages whose locale is unknown or mixes languages. */
export function matchForeignCompact(text: string, at: number): [string, number] | undefined {
  handKnown ??= vocabulary(withDotlessVariants(HAND_KNOWN));
  return (
    matchWord(handKnown, text, at) ??
    findInSeedLocales(text[at], (locale) => matchWord(localCompactTables(locale).suffixes, text, at))
  );
}

/** Power of ten of a word printed without digits ("mille"), in the page locale or any seed locale. */
export function standaloneCompact(word: string, locale: string): number | undefined {
  return (
    localCompactTables(locale).standalone.get(word) ??
    findInSeedLocales(word[0], (seed) => localCompactTables(seed).standalone.get(word))
  );
}
