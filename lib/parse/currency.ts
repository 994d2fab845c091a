import { isLetter, matchWord, normalizeNumberText, perLocale, vocabulary, wordTable, type Vocabulary } from './number-text';

/** Currencies whose locale symbol is read from Intl for the page locale ($ is USD in en-US, TWD in zh-TW). */
const DERIVED = 'USD EUR GBP JPY CNY INR BRL RUB TRY IRR SAR AED EGP TWD KRW IDR MXN CAD AUD CHF HKD'.split(' ');

/**
 * Symbols that mean one currency whatever the page locale, for symbols seen on a page in another
 * language. An empty code marks a symbol that is a currency but not a determinable one ($, ¥, kr).
 * Arabic "ر.إ." is deliberately absent: CLDR ar uses it for IRR, not AED.
 */
const ANY_LOCALE = wordTable(
  'US$=USD $US=USD €=EUR £=GBP UK£=GBP ₹=INR ₽=RUB ₺=TRY TL=TRY R$=BRL NT$=TWD ₩=KRW ریال=IRR ر.س.=SAR ' +
    'د.إ.=AED ج.م.=EGP JP¥=JPY CN¥=CNY 元=CNY 円=JPY CA$=CAD A$=AUD AU$=AUD HK$=HKD MX$=MXN Rp=IDR ₫=VND ' +
    '₪=ILS ₱=PHP ฿=THB zł=PLN ₴=UAH ₦=NGN $= ¥= kr= Rs=',
);

interface Currency {
  code: string | undefined;
}

const localSymbols = perLocale((locale): Vocabulary<Currency> => {
  const pairs: Array<readonly [string, Currency]> = [];
  if (locale) {
    try {
      for (const code of DERIVED) {
        const parts = new Intl.NumberFormat(locale, { style: 'currency', currency: code }).formatToParts(1);
        const symbol = normalizeNumberText(parts.find((p) => p.type === 'currency')?.value ?? '');
        if (symbol !== code) pairs.push([symbol, { code }]);
      }
    } catch {
      // Unknown locale data: the locale-independent symbols still apply.
    }
  }
  return vocabulary([...pairs, ...ANY_LOCALE.map(([symbol, code]) => [symbol, { code: code || undefined }] as const)]);
});

let isoCodes: ReadonlySet<string> | undefined;
function isIsoCode(word: string): boolean {
  isoCodes ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : []);
  // Without the list (old engines) any three capitals are taken as a code.
  return isoCodes.size === 0 || isoCodes.has(word);
}

/** A currency symbol or ISO code starting at `at`: its length and code (undefined if the symbol is ambiguous). */
export function matchCurrency(text: string, at: number, locale: string): { length: number; code?: string } | undefined {
  const iso = text.slice(at, at + 3);
  if (/^[A-Z]{3}$/.test(iso) && !isLetter(text[at + 3]) && isIsoCode(iso)) return { length: 3, code: iso };
  const match = matchWord(localSymbols(locale), text, at);
  if (!match) return undefined;
  const [symbol, { code }] = match;
  return code ? { length: symbol.length, code } : { length: symbol.length };
}
