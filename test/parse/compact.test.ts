import { describe, expect, it } from 'vitest';
import { parseDashboardNumber } from '../../lib/parse/number';

/** Compact words in short and long style, each with the locale that prints it (dashboards.md, "Numbers as Intl prints them"). */
describe('compact suffixes', () => {
  it.each([
    ['1.2K', 'en-US', 1.2e3], ['1.2M', 'en-US', 1.2e6], ['1.2B', 'en-US', 1.2e9], ['1.2T', 'en-US', 1.2e12],
    ['1.2 thousand', 'en-US', 1.2e3], ['1.2 million', 'en-US', 1.2e6], ['1.2 billion', 'en-US', 1.2e9],
    ['12k', 'en-GB', 12e3], ['1.2bn', 'en-GB', 1.2e9],
    ['12 k', 'fr-FR', 12e3], ['1,2 Md', 'fr-FR', 1.2e9], ['1,2 millions', 'fr-FR', 1.2e6], ['mille', 'fr-FR', 1e3],
    ['1,2 Mio.', 'de-DE', 1.2e6], ['1,2 Mrd.', 'de-DE', 1.2e9], ['12 Tsd.', 'de-DE', 12e3], ['1,2 Millionen', 'de-DE', 1.2e6],
    ['1 Million', 'de-DE', 1e6], ['12 Tausend', 'de-DE', 12e3], ['1,2 Billionen', 'de-DE', 1.2e12],
    ['12 mil', 'es-ES', 12e3], ['1,2 M', 'es-ES', 1.2e6], ['1,2 mil M', 'es-ES', 1.2e9], ['1,2 millones', 'es-ES', 1.2e6],
    ['12 mil', 'pt-BR', 12e3], ['1,2 mi', 'pt-BR', 1.2e6], ['1,2 bi', 'pt-BR', 1.2e9], ['1,2 milhões', 'pt-BR', 1.2e6],
    ['1,2 Mln', 'it-IT', 1.2e6], ['1,2 Mld', 'it-IT', 1.2e9], ['12 mila', 'it-IT', 12e3], ['mille', 'it-IT', 1e3],
    ['12 тыс.', 'ru-RU', 12e3], ['1,2 млн', 'ru-RU', 1.2e6], ['1,2 млрд', 'ru-RU', 1.2e9], ['1,2 миллиона', 'ru-RU', 1.2e6],
    ['5 тысяч', 'ru-RU', 5e3],
    ['1,2 B', 'tr-TR', 1.2e3], ['1,2 Mn', 'tr-TR', 1.2e6], ['1,2 Mr', 'tr-TR', 1.2e9], ['1,2 milyon', 'tr-TR', 1.2e6],
    ['12 rb', 'id-ID', 12e3], ['1,2 jt', 'id-ID', 1.2e6], ['1,2 M', 'id-ID', 1.2e9], ['1,2 juta', 'id-ID', 1.2e6],
    ['1.2万', 'zh-CN', 1.2e4], ['1.2亿', 'zh-CN', 1.2e8], ['1.2萬', 'zh-TW', 1.2e4], ['1.2億', 'zh-TW', 1.2e8],
    ['1.2万', 'ja-JP', 1.2e4], ['1.2億', 'ja-JP', 1.2e8], ['1.2천', 'ko-KR', 1.2e3], ['1.2만', 'ko-KR', 1.2e4], ['1.2억', 'ko-KR', 1.2e8],
    ['۱۲ هزار', 'fa-IR', 12e3], ['۱٫۲ میلیون', 'fa-IR', 1.2e6], ['۱٫۲ میلیارد', 'fa-IR', 1.2e9],
    ['١٢ ألف', 'ar-EG', 12e3], ['١٫٢ مليون', 'ar-EG', 1.2e6], ['١٫٢ مليار', 'ar-EG', 1.2e9], ['٥ آلاف', 'ar-EG', 5e3],
    ['1.2 مليون', 'ar', 1.2e6],
    ['12L', 'en-IN', 1.2e6], ['1.2Cr', 'en-IN', 1.2e7], ['1.2 lakh', 'en-IN', 1.2e5], ['1.2 crore', 'en-IN', 1.2e7],
    ['12 लाख', 'hi-IN', 1.2e6], ['1.2 करोड़', 'hi-IN', 1.2e7], ['12 हज़ार', 'hi-IN', 12e3],
  ])('%s (%s)', (text, locale, value) => {
    const result = parseDashboardNumber(text, { locale });
    expect(result).toMatchObject({ ok: true, compact: true, unit: 'count' });
    expect(result.ok && Math.abs(result.value - value)).toBeLessThan(1e-6 * value);
  });

  it('reads suffixes of other locales when the page locale does not print them', () => {
    expect(parseDashboardNumber('1,2 Mio.', { locale: 'en-US' })).toMatchObject({ value: 1.2e6, compact: true });
    expect(parseDashboardNumber('12.3K', { locale: 'de-DE' })).toMatchObject({ value: 12300, compact: true });
    expect(parseDashboardNumber('1.2万')).toMatchObject({ value: 12000, compact: true });
    expect(parseDashboardNumber('1,2 Mio')).toMatchObject({ value: 1.2e6, compact: true });
  });

  it('states the precision of the printed digits', () => {
    expect(parseDashboardNumber('12.3K')).toMatchObject({ precision: 50 });
    expect(parseDashboardNumber('12K')).toMatchObject({ precision: 500 });
    expect(parseDashboardNumber('1.25M')).toMatchObject({ precision: 5000 });
  });

  it('takes one suffix only, after the number', () => {
    expect(parseDashboardNumber('K12').ok).toBe(false);
    expect(parseDashboardNumber('12 K M').ok).toBe(false);
    expect(parseDashboardNumber('1.2万人').ok).toBe(false);
  });
});
