/**
 * Realistic dashboard strings across locales, for throughput benchmarks and smoke tests. A fixed set of
 * strings copied from dashboards (see shared/dashboards.md) plus what Intl prints for typical metric values
 * in the locales Goalpost targets: counts, percentages, spend, compact scorecards, durations.
 */
const SEEN_ON_DASHBOARDS = [
  '12.3K', '1,234', '45.67%', '00:01:23', '72.9K', '0.85%', '1m 23s', '3.2M', // GA4 / Search Console, en-US
  'US$1,234.56', '1.234,56 €', '$1,234.56', '($12.00)', '−1,234', '+12.5%', // Google Ads, Meta
  '۱۲٫۳ هزار', '۴۵٫۶۷٪', '‎−‎ریال ۱٬۲۳۵', '١٢٫٥٪', '١٬٢٣٤', '٣٫٤٥٪؜', '‏١٬٢٣٤٫٥٦ US$', '‏١٬٢٣٤٫٥٠ ر.س.‏',
  '1.2万', '¥1.2万', '1 分 23 秒', '1分23秒', '1 小時 2 分鐘', '1,2 Mio. €', '%3,45', '12 тыс.', '1\u202f234\u202f567',
  "1'234.50", '12,34,567', '12L', '1.2Cr', '12 लाख', '۱ دقیقه و ۲۳ ثانیه', '23 ث', '2 Min. 3 Sek.', '—', '(not set)', 'N/A',
];

const LOCALES = [
  'en-US', 'en-IN', 'de-DE', 'de-CH', 'fr-FR', 'es-ES', 'pt-BR', 'it-IT', 'ru-RU', 'tr-TR', 'fa-IR',
  'ar-EG', 'ar-SA', 'hi-IN', 'ja-JP', 'zh-CN', 'zh-TW', 'ko-KR', 'id-ID',
];
const COUNTS = [7, 1234, 98_765, 1_234_567];
const RATES = [0.0345, 0.4567];
const SPEND = [12.5, 1234.56];
const CURRENCY: Record<string, string> = {
  'en-US': 'USD', 'en-IN': 'INR', 'de-DE': 'EUR', 'de-CH': 'CHF', 'fr-FR': 'EUR', 'es-ES': 'EUR', 'pt-BR': 'BRL',
  'it-IT': 'EUR', 'ru-RU': 'RUB', 'tr-TR': 'TRY', 'fa-IR': 'IRR', 'ar-EG': 'EGP', 'ar-SA': 'SAR', 'hi-IN': 'INR',
  'ja-JP': 'JPY', 'zh-CN': 'CNY', 'zh-TW': 'TWD', 'ko-KR': 'KRW', 'id-ID': 'IDR',
};

/** Each sample with the locale it was printed in (undefined for the locale-free dashboard strings). */
export function numberParseSamplesWithLocale(): Array<{ text: string; locale?: string }> {
  const samples: Array<{ text: string; locale?: string }> = SEEN_ON_DASHBOARDS.map((text) => ({ text }));
  for (const locale of LOCALES) {
    const print = (options: Intl.NumberFormatOptions, values: number[]) => {
      const format = new Intl.NumberFormat(locale, options);
      for (const value of values) samples.push({ text: format.format(value), locale }, { text: format.format(-value), locale });
    };
    print({}, COUNTS);
    print({ style: 'percent', maximumFractionDigits: 2 }, RATES);
    print({ style: 'currency', currency: CURRENCY[locale] ?? 'USD' }, SPEND);
    print({ notation: 'compact' }, [12_345, 1_234_567]);
    print({ notation: 'compact', compactDisplay: 'long' }, [1_234_567]);
  }
  return samples;
}

/** A few hundred realistic dashboard strings across locales (the benchmark's input). */
export function numberParseSamples(): string[] {
  return numberParseSamplesWithLocale().map((sample) => sample.text);
}
