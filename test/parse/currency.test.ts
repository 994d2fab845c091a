import { describe, expect, it } from 'vitest';
import { parseDashboardNumber } from '../../lib/parse/number';

describe('currency symbols and codes', () => {
  it.each([
    ['US$1,234.56', undefined, 'USD'],
    ['$1,234.56', 'en-US', 'USD'],
    ['$1,234.56', 'zh-TW', 'TWD'],
    ['$1,234.56', undefined, undefined],
    ['1.234,56 $', 'de-DE', 'USD'],
    ['1 234,56 $US', 'fr-FR', 'USD'],
    ['€1,234.56', undefined, 'EUR'],
    ['£1,234', undefined, 'GBP'],
    ['₹1,234', undefined, 'INR'],
    ['1 234 ₽', undefined, 'RUB'],
    ['₺1.234', 'tr-TR', 'TRY'],
    ['R$ 1.234,56', undefined, 'BRL'],
    ['NT$1,234', undefined, 'TWD'],
    ['¥1,234', 'ja-JP', 'JPY'],
    ['￥1,234', 'ja-JP', 'JPY'],
    ['¥1,234', 'zh-CN', 'CNY'],
    ['¥1,234', undefined, undefined],
    ['ریال ۱٬۲۳۵', undefined, 'IRR'],
    ['١٬٢٣٥ ر.س.', undefined, 'SAR'],
    ['١٬٢٣٥ ر.إ.', 'ar-EG', 'IRR'],
    ['USD 1,234.56', undefined, 'USD'],
    ['1.234,56 EUR', undefined, 'EUR'],
    ['1234CHF', undefined, 'CHF'],
    ['-US$1.2K', undefined, 'USD'],
  ])('%s (%s) → %s', (text, locale, currency) => {
    const result = parseDashboardNumber(text, { locale });
    expect(result).toMatchObject({ ok: true, unit: 'currency' });
    expect(result.ok ? result.currency : 'not parsed').toBe(currency);
  });

  it('keeps the sign wherever the locale puts it', () => {
    expect(parseDashboardNumber("$-1'234.50", { locale: 'de-CH' })).toMatchObject({ value: -1234.5, currency: 'USD' });
    expect(parseDashboardNumber('-$1,234.50', { locale: 'en-US' })).toMatchObject({ value: -1234.5 });
    expect(parseDashboardNumber('-US$ 1.234,50', { locale: 'pt-BR' })).toMatchObject({ value: -1234.5 });
  });

  it('rejects three capitals that are not a currency code, and two currencies', () => {
    expect(parseDashboardNumber('1,234 ABC').ok).toBe(false);
    expect(parseDashboardNumber('$1,234 €').ok).toBe(false);
  });
});
