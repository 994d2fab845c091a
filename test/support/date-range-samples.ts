/**
 * Realistic date-picker strings across locales, calendars and dashboards, for the throughput benchmark
 * and for tests that want many inputs. Part is hand-written (labels, separators Intl does not print),
 * part is what Intl prints for a fixed set of ranges, so the list stays the same for a given ICU.
 */

const HAND_WRITTEN = [
  // GA4, Google Ads, Meta Ads Manager, Search Console, Looker Studio pickers.
  'Oct 1 – Oct 31, 2026', 'Oct 1, 2026 - Oct 31, 2026', 'Aug 4 - Aug 31, 2025', 'Last 28 days', 'Last 7 days',
  'Last 30 days: Jul 28, 2025 – Aug 26, 2025', '过去 30 天：2025年7月28日 – 2025年8月26日', 'Last 3 months', 'Last 12 months',
  'This year (Jan - Today)', 'This week (Sun - Today)', 'Yesterday', 'Today', 'Custom: Oct 1, 2026 – Oct 31, 2026',
  'Last 28 days\nOct 4 – Oct 31, 2026', 'Dec 15, 2025 – Jan 14, 2026', 'Dec 15 – Jan 14, 2026', 'Oct 1 – 31',
  '1–31\u00a0окт.\u00a02026\u202fг.', '1 окт. – 31 окт. 2026 г.', 'с 1 по 31 октября 2026 г.', 'Последние 28 дней',
  '1. Okt. – 31. Okt. 2026', '01.10.2026 – 31.10.2026', 'Letzte 28 Tage', 'Letzter Monat', '1. bis 31. Oktober 2026',
  'du 1er au 31 octobre 2026', '28 derniers jours', 'Les 28 derniers jours', 'del 1 al 31 de octubre de 2026',
  'Últimos 28 días', '1 de out. de 2026 até 31 de out. de 2026', 'Últimos 28 dias', 'dal 1 al 31 ottobre 2026',
  'Ultimi 28 giorni', '1 okt 2026 tot 31 okt 2026', '1 t/m 31 okt. 2026', 'Son 28 gün', '1 Ekim 2026 - 31 Ekim 2026',
  '2026年10月1日 - 2026年10月31日', '2026年10月1日～31日', '2026年10月1日(木)～2026年10月31日(土)', '過去 28 日間',
  '2026/10/1 – 2026/10/31', '2026/10/1至2026/10/31', '过去 28 天', '過去 28 天', '年初至今',
  '2026. 10. 1. ~ 2026. 10. 31.', '2026년 10월 1일~31일', '지난 28일', '지난달',
  '۱ مهر – ۳۰ مهر ۱۴۰۵', '۱ تا ۳۰ مهر ۱۴۰۵', '۱ اکتبر – ۳۱ اکتبر ۲۰۲۶', '۲۸ روز گذشته', 'ماه گذشته',
  '١ أكتوبر – ٣١ أكتوبر ٢٠٢٦', '1 تشرين الأول إلى 31 تشرين الأول 2026', 'من 1 إلى 31 أكتوبر 2026', 'آخر 28 يومًا',
  '٢٠ ربيع الآخر – ٢٠ جمادى الأولى ١٤٤٨ هـ', '1–31 अक्टू॰ 2026', 'पिछले 28 दिन', 'Year to date', 'October 2026',
  'Thu, Oct 1, 2026 – Sat, Oct 31, 2026', '10/1/26 – 10/31/26', '2026-10-01 ~ 2026-10-31',
];

const LOCALES = [
  'en-US', 'en-GB', 'en-IN', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'it-IT', 'nl-NL', 'ru-RU', 'tr-TR', 'fa-IR', 'ar-EG',
  'ar-SA', 'hi-IN', 'ja-JP', 'zh-CN', 'zh-TW', 'ko-KR',
];

const RANGES: ReadonlyArray<readonly [string, string]> = [
  ['2026-10-01', '2026-10-31'],
  ['2025-12-15', '2026-01-14'],
  ['2026-08-04', '2026-08-31'],
  ['2026-03-21', '2026-04-19'],
];

const STYLES: readonly Intl.DateTimeFormatOptions[] = [
  { dateStyle: 'medium' },
  { year: 'numeric', month: 'long', day: 'numeric' },
  { dateStyle: 'short' },
];

export interface DateRangeSample {
  text: string;
  /** The locale the text was printed in, when known: numeric dates (10/11/26) need it. */
  locale?: string;
}

/** The samples with their locales (hand-written ones carry none: they are unambiguous). */
export function dateRangeSampleCases(): DateRangeSample[] {
  const samples: DateRangeSample[] = HAND_WRITTEN.map((text) => ({ text }));
  for (const locale of LOCALES) {
    for (const [index, options] of STYLES.entries()) {
      const formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
      // Every style for the first range; two more per style keep the list near 240.
      for (const [start, end] of [RANGES[0]!, RANGES[1 + index]!, RANGES[(2 + index) % RANGES.length]!]) {
        const text = formatter.formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`));
        samples.push({ text, locale });
      }
    }
  }
  return samples;
}

export function dateRangeSamples(): string[] {
  return dateRangeSampleCases().map((sample) => sample.text);
}
