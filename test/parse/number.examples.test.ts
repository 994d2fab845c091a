import { describe, expect, it } from 'vitest';
import { parseDashboardNumber } from '../../lib/parse/number';
import type { NumberContext, ParsedNumber } from '../../lib/parse/types';

function read(text: string, context?: NumberContext): ParsedNumber {
  const result = parseDashboardNumber(text, context);
  if (!result.ok) throw new Error(`${JSON.stringify(text)} did not parse: ${result.message}`);
  return result;
}

describe('strings seen on dashboards', () => {
  it.each([
    // GA4 home card and report table, en-US (shared/dashboards.md, GA4 section).
    ['12.3K', 'en-US', { value: 12300, unit: 'count', precision: 50, compact: true }],
    ['1,234', 'en-US', { value: 1234, unit: 'count', precision: 0.5, ambiguous: false }],
    ['45.67%', 'en-US', { value: 45.67, unit: 'percent', precision: 0.005 }],
    ['00:01:23', 'en-US', { value: 83, unit: 'duration', precision: 0.5 }],
    // Search Console scorecard "Total impressions" (dashboards.md, Search Console).
    ['72.9K', 'en-US', { value: 72900, compact: true, precision: 50 }],
    // Google Ads grid cells stats.cost, en and de UI (dashboards.md, Google Ads).
    ['US$1,234.56', 'en-US', { value: 1234.56, unit: 'currency', currency: 'USD', precision: 0.005 }],
    ['1.234,56 €', 'de-DE', { value: 1234.56, unit: 'currency', currency: 'EUR' }],
    // Meta Ads Manager spend cell, en-US account.
    ['$1,234.56', 'en-US', { value: 1234.56, unit: 'currency', currency: 'USD' }],
    // GA4 in Persian (dashboards.md, "Numbers as Intl prints them": fa-IR).
    ['۱۲٫۳ هزار', 'fa-IR', { value: 12300, compact: true, precision: 50 }],
    ['۴۵٫۶۷٪', 'fa-IR', { value: 45.67, unit: 'percent' }],
    ['‎−‎ریال ۱٬۲۳۵', 'fa-IR', { value: -1235, unit: 'currency', currency: 'IRR' }],
    // GA4 in Arabic (ar-EG / ar-SA digits, U+061C after the percent sign).
    ['١٢٫٥٪', 'ar-EG', { value: 12.5, unit: 'percent', precision: 0.05 }],
    ['١٬٢٣٤', 'ar-EG', { value: 1234, precision: 0.5, ambiguous: false }],
    ['٣٫٤٥٪؜', 'ar-SA', { value: 3.45, unit: 'percent' }],
    ['‏١٬٢٣٤٫٥٦ US$', 'ar-EG', { value: 1234.56, currency: 'USD' }],
    ['‏١٬٢٣٤٫٥٠ ر.س.‏', 'ar-SA', { value: 1234.5, currency: 'SAR' }],
    // GA4 in Chinese: CJK compact and currency (dashboards.md: "GA4 shows CJK compact values").
    ['1.2万', 'zh-CN', { value: 12000, compact: true, precision: 500 }],
    ['¥1.2万', 'zh-CN', { value: 12000, unit: 'currency', currency: 'CNY', compact: true }],
    ['¥1.2万', 'ja-JP', { value: 12000, currency: 'JPY' }],
    ['1.2億', 'zh-TW', { value: 120_000_000, compact: true }],
    ['NT$1,234', 'zh-TW', { value: 1234, currency: 'TWD' }],
    ['1 分 23 秒', 'zh-CN', { value: 83, unit: 'duration' }],
    // Google Ads in German, compact spend.
    ['1,2 Mio. €', 'de-DE', { value: 1_200_000, unit: 'currency', currency: 'EUR', compact: true, precision: 50_000 }],
    // Turkish percent puts the sign first (dashboards.md: tr "%3,45").
    ['%3,45', 'tr-TR', { value: 3.45, unit: 'percent' }],
    ['-%12,5', 'tr-TR', { value: -12.5, unit: 'percent' }],
    // fr and ru group with U+202F / U+00A0.
    ['1\u202f234\u202f567', 'fr-FR', { value: 1_234_567, precision: 0.5 }],
    ['12\u00a0k', 'fr-FR', { value: 12_000, compact: true }],
    ['1\u00a0234,50\u00a0₽', 'ru-RU', { value: 1234.5, currency: 'RUB' }],
    ['12 тыс.', 'ru-RU', { value: 12_000, compact: true }],
    // de-CH groups with an apostrophe (typed or typographic).
    ["1'234.50", 'de-CH', { value: 1234.5 }],
    ['1’234’567', 'de-CH', { value: 1_234_567 }],
    // en-IN lakh grouping and compact forms.
    ['12,34,567', 'en-IN', { value: 1_234_567, ambiguous: false }],
    ['₹12,34,567.89', 'en-IN', { value: 1_234_567.89, currency: 'INR' }],
    ['12L', 'en-IN', { value: 1_200_000, compact: true }],
    ['1.2Cr', 'en-IN', { value: 12_000_000, compact: true }],
    ['12 लाख', 'hi-IN', { value: 1_200_000, compact: true }],
    ['१२.५ करोड़', 'hi-IN', { value: 125_000_000, compact: true }],
    // pt-BR / es / it / tr / id compact and currency.
    ['R$ 1.234,56', 'pt-BR', { value: 1234.56, currency: 'BRL' }],
    ['1,2 mi', 'pt-BR', { value: 1_200_000, compact: true }],
    ['1,2 mil M', 'es-ES', { value: 1_200_000_000, compact: true }],
    ['1,2 Mln', 'it-IT', { value: 1_200_000, compact: true }],
    ['₺1.234,56', 'tr-TR', { value: 1234.56, currency: 'TRY' }],
    ['1,2 B', 'tr-TR', { value: 1200, compact: true }],
    ['1,2 M', 'id-ID', { value: 1_200_000_000, compact: true }],
    ['Rp 1.234', 'id-ID', { value: 1234, currency: 'IDR' }],
    ['1.2만', 'ko-KR', { value: 12_000, compact: true }],
    ['₩1,234', 'ko-KR', { value: 1234, currency: 'KRW' }],
  ] as const)('%s (%s)', (text, locale, expected) => {
    expect(read(text, { locale })).toMatchObject(expected);
  });
});

describe('signs', () => {
  it.each([
    ['-1,234', -1234],
    ['−1,234', -1234],
    ['(1,234.56)', -1234.56],
    ['($12.00)', -12],
    ['+12.5%', 12.5],
    ['\u200f-\u200e١٢٣', -123],
    ['\u2068-12\u2069', -12],
  ])('%s → %d', (text, value) => expect(read(text, { locale: 'en-US' }).value).toBe(value));

  it('turns a printed negative zero into 0', () => expect(Object.is(read('-0.00').value, 0)).toBe(true));

  it.each(['--5', '(12', '12)', '(-12)', '- -1'])('rejects %s', (text) =>
    expect(parseDashboardNumber(text)).toMatchObject({ ok: false, reason: 'not-a-number' }));
});

describe('digits of every script', () => {
  it.each([
    ['۱۲۳۴', 1234],
    ['١٢٣٤', 1234],
    ['१२३४', 1234],
    ['１２３４', 1234],
    ['１,２３４.５', 1234.5],
    ['১২৩', 123],
  ])('%s → %d', (text, value) => expect(read(text, { locale: 'en-US' }).value).toBe(value));
});

describe('per-mille', () => {
  it('converts ‰ and ؉ to percent', () => {
    expect(read('12.5‰')).toMatchObject({ value: 1.25, unit: 'percent', precision: 0.005 });
    expect(read('١٢٫٥؉')).toMatchObject({ value: 1.25, unit: 'percent' });
  });
});

describe('separators the text cannot settle', () => {
  it('reads a lone separator with one or two digits after it as decimal', () => {
    expect(read('1,5')).toMatchObject({ value: 1.5, ambiguous: false });
    expect(read('1.25')).toMatchObject({ value: 1.25, ambiguous: false });
    expect(read('0,123')).toMatchObject({ value: 0.123, ambiguous: false });
    expect(read('1234,567')).toMatchObject({ value: 1234.567, ambiguous: false });
  });

  it('reads both separators by their order', () => {
    expect(read('1.234,5')).toMatchObject({ value: 1234.5, ambiguous: false });
    expect(read('1,234.5')).toMatchObject({ value: 1234.5, ambiguous: false });
    expect(read('1.234.567')).toMatchObject({ value: 1_234_567, ambiguous: false });
  });

  it('uses the locale', () => {
    expect(read('1,234', { locale: 'en-US' })).toMatchObject({ value: 1234, ambiguous: false });
    expect(read('1.234', { locale: 'de-DE' })).toMatchObject({ value: 1234, ambiguous: false });
    expect(read('1,234', { locale: 'de-DE' })).toMatchObject({ value: 1.234, ambiguous: false });
    expect(read('1.234', { locale: 'en-US' })).toMatchObject({ value: 1.234, ambiguous: false });
  });

  it('lets neighbours overrule the locale', () => {
    expect(read('1,234', { locale: 'en-US', neighbours: ['12,5 %', '3,25 €'] })).toMatchObject({ value: 1.234 });
    expect(read('1,234', { locale: 'de-DE', neighbours: ['1,234,567'] })).toMatchObject({ value: 1234 });
    expect(read('1.234', { neighbours: ['45.67%'] })).toMatchObject({ value: 1.234, ambiguous: false });
  });

  it('ignores neighbours that prove nothing and flags the guess', () => {
    expect(read('1,234', { neighbours: ['1,234', '12', 'n/a'] })).toMatchObject({ value: 1234, ambiguous: true });
    expect(read('1.234')).toMatchObject({ value: 1234, ambiguous: true });
  });

  it('guesses decimal for a compact mantissa, which Intl never groups', () => {
    expect(read('1,234K')).toMatchObject({ value: 1234, ambiguous: true, compact: true });
    expect(read('1,234K', { locale: 'en-US' })).toMatchObject({ value: 1_234_000, ambiguous: false });
  });
});

describe('values the page does not have', () => {
  it.each(['—', '–', '-', '--', '−', '(not set)', 'N/A', 'n/a', '', '   ', '\u00a0'])('%j is no-value', (text) =>
    expect(parseDashboardNumber(text)).toMatchObject({ ok: false, reason: 'no-value', raw: text }));
});

describe('text that is not a number', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', /unexpected text/],
    ['1e308', /more than one number/],
    ['9'.repeat(400), /too long/],
    ['1,234 sessions', /unexpected text “sessions”/],
    ['abc', /no digits/],
    ['1,23,4', /digit groups/],
    ['1.2.3,4,5', /mixes separators/],
    ['12% €', /percentage and a currency/],
    ['1 - 5', /more than one number/],
    ['1K K', /unexpected/],
  ])('%j', (text, message) => {
    const result = parseDashboardNumber(text);
    expect(result).toMatchObject({ ok: false, reason: 'not-a-number', raw: text });
    expect(!result.ok && result.message).toMatch(message);
  });

  it('never throws on values a caller should not pass', () => {
    expect(parseDashboardNumber(undefined as unknown as string).ok).toBe(false);
    expect(parseDashboardNumber('12', { locale: 'not a locale!!' })).toMatchObject({ ok: true, value: 12 });
    expect(parseDashboardNumber('1,234', { neighbours: [null as unknown as string] })).toMatchObject({ ok: true });
  });

  it('keeps huge compact values finite', () => {
    const result = read(`${'9'.repeat(190)}T`);
    expect(Number.isFinite(result.value) && Number.isFinite(result.precision)).toBe(true);
  });
});
