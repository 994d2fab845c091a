import { describe, expect, it } from 'vitest';
import { dateRangeFromUrl, parseCompactDate, parseDashboardDate, parseDateRange, resolvePreset } from '../../lib/parse/date-range';
import { matchPreset } from '../../lib/parse/date-presets';
import { monthNameTable } from '../../lib/parse/date-names';

const TODAY = '2026-11-15';
const OCTOBER = { ok: true, start: '2026-10-01', end: '2026-10-31' };

function parse(text: string, locale?: string, today = TODAY) {
  return parseDateRange(text, { locale, today });
}

describe('picker strings from the brief and from real dashboards', () => {
  it.each([
    // GA4 English picker (ga-date-range-picker-v2 button; dashboards.md "Date range").
    ['Oct 1 – Oct 31, 2026', 'en-US'],
    ['Oct 1 – 31, 2026', 'en-US'],
    ['Oct 1, 2026 - Oct 31, 2026', 'en-US'],
    ['1–31 Oct 2026', 'en-GB'],
    ['1 Oct – 31 Oct 2026', 'en-IN'],
    ['1. Okt. – 31. Okt. 2026', 'de-DE'],
    ['01.10.2026 – 31.10.2026', 'de-DE'],
    ['01.–31.10.2026', 'de-DE'],
    ['2026年10月1日 - 2026年10月31日', 'ja-JP'],
    ['2026年10月1日～31日', 'ja-JP'],
    ['2026/10/1 – 2026/10/31', 'zh-CN'],
    ['2026/10/1至2026/10/31', 'zh-TW'],
    ['2026. 10. 1. ~ 2026. 10. 31.', 'ko-KR'],
    ['2026년 10월 1일~31일', 'ko-KR'],
    // Google Ads, Russian UI (.dropdown-and-comparison .button-text): NBSP and U+202F inside.
    ['1–31\u00a0окт.\u00a02026\u202fг.', 'ru-RU'],
    ['1 окт. – 31 окт. 2026 г.', 'ru-RU'],
    ['с 1 по 31 октября 2026 г.', 'ru-RU'],
    // Persian with Gregorian month names, Arabic month names of both families.
    ['۱ اکتبر – ۳۱ اکتبر ۲۰۲۶', 'fa-IR'],
    ['١ أكتوبر – ٣١ أكتوبر ٢٠٢٦', 'ar-EG'],
    ['1 أكتوبر - 31 أكتوبر 2026', 'ar'],
    ['١ تشرين الأول – ٣١ تشرين الأول ٢٠٢٦', 'ar-SY'],
    ['1 تشرين الأول إلى 31 تشرين الأول 2026', 'ar'],
    ['من 1 إلى 31 أكتوبر 2026', 'ar'],
    // Separators in many languages.
    ['1 Oct 2026 to 31 Oct 2026', 'en-GB'],
    ['1. bis 31. Oktober 2026', 'de-DE'],
    ['du 1er au 31 octobre 2026', 'fr-FR'],
    ['1 de out. de 2026 até 31 de out. de 2026', 'pt-BR'],
    ['del 1 al 31 de octubre de 2026', 'es-ES'],
    ['dal 1 al 31 ottobre 2026', 'it-IT'],
    ['1 okt 2026 tot 31 okt 2026', 'nl-NL'],
    ['1 t/m 31 okt. 2026', 'nl-NL'],
    ['1 Ekim 2026 - 31 Ekim 2026', 'tr-TR'],
    ['1 Eki – 31 Eki 2026', 'tr-TR'],
    ['2026-10-01 ~ 2026-10-31', 'ko-KR'],
    ['2026年10月1日至2026年10月31日', 'zh-CN'],
    ['2026/10/01〜2026/10/31', 'ja-JP'],
    ['2026年10月1日(木)～2026年10月31日(土)', 'ja-JP'],
    ['Thu, Oct 1, 2026 – Sat, Oct 31, 2026', 'en-US'],
    ['Sept 1 – Oct 31, 2026'.replace('Sept 1', 'Oct 1'), 'en-US'],
    ['1–31 अक्टू॰ 2026', 'hi-IN'],
    ['October 2026', 'en-US'],
    ['Oktober 2026', 'de-DE'],
  ])('%s (%s)', (text, locale) => expect(parse(text, locale)).toEqual(OCTOBER));

  it('reads Persian dates in the Persian calendar (GA4 in Persian)', () => {
    // 1–30 Mehr 1405 = 23 Sep – 22 Oct 2026.
    const mehr = { ok: true, start: '2026-09-23', end: '2026-10-22' };
    expect(parse('۱ مهر – ۳۰ مهر ۱۴۰۵', 'fa-IR')).toEqual(mehr);
    expect(parse('۱ تا ۳۰ مهر ۱۴۰۵', 'fa-IR')).toEqual(mehr);
    expect(parse('۱ تا ۳۰ مهر ۱۴۰۵')).toEqual(mehr);
    expect(parse('1 مهر 1405 - 30 مهر 1405', 'en')).toEqual(mehr);
    expect(parse('۱۴۰۵/۷/۱ تا ۱۴۰۵/۷/۳۰', 'fa-IR')).toEqual(mehr);
    expect(parse('۲۴ آذر تا ۲۴ دی ۱۴۰۴', 'fa-IR')).toEqual({ ok: true, start: '2025-12-15', end: '2026-01-14' });
  });

  it('reads Hijri (Umm al-Qura) dates', () => {
    expect(parse('٢٠ ربيع الآخر – ٢٠ جمادى الأولى ١٤٤٨ هـ', 'ar-SA')).toEqual(OCTOBER);
    expect(parse('٢٠‏/٤‏/١٤٤٨ هـ – ٢٠‏/٥‏/١٤٤٨ هـ', 'ar-SA')).toEqual(OCTOBER);
  });

  it('handles ranges across a year boundary', () => {
    const span = { ok: true, start: '2025-12-15', end: '2026-01-14' };
    expect(parse('Dec 15, 2025 – Jan 14, 2026', 'en-US')).toEqual(span);
    expect(parse('Dec 15 – Jan 14, 2026', 'en-US')).toEqual(span);
    expect(parse('Dec 15, 2025 – Jan 14', 'en-US')).toEqual(span);
    expect(parse('15. Dez. 2025 – 14. Jan. 2026', 'de-DE')).toEqual(span);
    expect(parse('2025年12月15日～2026年1月14日', 'ja-JP')).toEqual(span);
    expect(parse('Dec 15 – Jan 14', 'en-US', '2026-02-01')).toEqual(span);
  });

  it('infers a missing year, preferring the past', () => {
    expect(parse('Oct 1 – 31', 'en-US')).toEqual(OCTOBER);
    expect(parse('Dec 1 – 31', 'en-US')).toEqual({ ok: true, start: '2025-12-01', end: '2025-12-31' });
    expect(parse('Nov 1 – 15', 'en-US')).toEqual({ ok: true, start: '2026-11-01', end: '2026-11-15' });
    expect(parse('1–31 окт.', 'ru-RU')).toEqual(OCTOBER);
    expect(parse('10月1日～31日', 'ja-JP')).toEqual(OCTOBER);
  });

  it('reads a single date as a one-day range', () => {
    expect(parse('Oct 5, 2026', 'en-US')).toEqual({ ok: true, start: '2026-10-05', end: '2026-10-05' });
    expect(parse('2026-10-05')).toEqual({ ok: true, start: '2026-10-05', end: '2026-10-05' });
  });

  it('uses the locale for numeric day/month order', () => {
    expect(parse('10/11/2026 – 10/12/2026', 'en-US')).toEqual({ ok: true, start: '2026-10-11', end: '2026-10-12' });
    expect(parse('10/11/2026 – 10/12/2026', 'en-GB')).toEqual({ ok: true, start: '2026-11-10', end: '2026-12-10' });
    expect(parse('25/10/2026 – 31/10/2026', 'en-US')).toEqual({ ok: true, start: '2026-10-25', end: '2026-10-31' });
  });
});

describe('labels with dates (Meta Ads Manager stats_range)', () => {
  it('reads the dates after the colon and names the preset', () => {
    // Meta Ads Manager, [data-surface="/am/table/stats_range"] (dashboards.md).
    expect(parse('Last 30 days: Jul 28, 2025 – Aug 26, 2025', 'en-US')).toEqual({
      ok: true,
      preset: 'last-30-days',
      start: '2025-07-28',
      end: '2025-08-26',
    });
    expect(parse('过去 30 天：2025年7月28日 – 2025年8月26日', 'zh-CN')).toEqual({
      ok: true,
      preset: 'last-30-days',
      start: '2025-07-28',
      end: '2025-08-26',
    });
    expect(parse('Custom: Oct 1, 2026 – Oct 31, 2026', 'en-US')).toEqual(OCTOBER);
  });
  it('reads a preset label printed right before the dates', () => {
    expect(parse('Last 28 days\nOct 4 – Oct 31, 2026', 'en-US')).toEqual({
      ok: true,
      preset: 'last-28-days',
      start: '2026-10-04',
      end: '2026-10-31',
    });
  });
});

describe('presets', () => {
  // Resolved against 2026-11-15 (a Sunday).
  const expected: Record<string, readonly [string, string]> = {
    today: ['2026-11-15', '2026-11-15'],
    yesterday: ['2026-11-14', '2026-11-14'],
    'last-7-days': ['2026-11-08', '2026-11-14'],
    'last-28-days': ['2026-10-18', '2026-11-14'],
    'last-30-days': ['2026-10-16', '2026-11-14'],
    'last-90-days': ['2026-08-17', '2026-11-14'],
    'this-month': ['2026-11-01', '2026-11-15'],
    'last-month': ['2026-10-01', '2026-10-31'],
    'this-year': ['2026-01-01', '2026-11-15'],
    'year-to-date': ['2026-01-01', '2026-11-15'],
    'this-quarter': ['2026-10-01', '2026-11-15'],
    'last-quarter': ['2026-07-01', '2026-09-30'],
    'last-12-months': ['2025-11-15', '2026-11-14'],
    'last-3-months': ['2026-08-15', '2026-11-14'],
    'last-year': ['2025-01-01', '2025-12-31'],
  };
  it.each(Object.entries(expected))('%s', (id, [start, end]) =>
    expect(resolvePreset(id, TODAY)).toEqual({ ok: true, preset: id, start, end }),
  );
  it('starts weeks on the locale’s first day', () => {
    expect(resolvePreset('this-week', '2026-11-18', 'en-US')).toMatchObject({ start: '2026-11-15', end: '2026-11-18' });
    expect(resolvePreset('this-week', '2026-11-18', 'de-DE')).toMatchObject({ start: '2026-11-16', end: '2026-11-18' });
    expect(resolvePreset('last-week', '2026-11-18', 'de-DE')).toMatchObject({ start: '2026-11-09', end: '2026-11-15' });
  });
  it('handles month ends and leap days', () => {
    expect(resolvePreset('last-month', '2026-03-31')).toMatchObject({ start: '2026-02-01', end: '2026-02-28' });
    expect(resolvePreset('last-3-months', '2026-05-31')).toMatchObject({ start: '2026-02-28', end: '2026-05-30' });
    expect(resolvePreset('last-quarter', '2026-01-10')).toMatchObject({ start: '2025-10-01', end: '2025-12-31' });
  });
  it('accepts GA4’s camelCase ids and rejects unknown ones', () => {
    expect(resolvePreset('last28Days', TODAY)).toMatchObject({ preset: 'last-28-days', start: '2026-10-18' });
    expect(resolvePreset('thisMonth', TODAY)).toMatchObject({ preset: 'this-month' });
    expect(resolvePreset('lastCalendarYear', TODAY)).toMatchObject({ preset: 'last-year' });
    expect(resolvePreset('someday', TODAY).ok).toBe(false);
    expect(resolvePreset('today', 'not a date').ok).toBe(false);
  });

  // Labels as the pickers print them (GA4, Google Ads, Meta, Search Console), by language.
  const labels: Record<string, Record<string, readonly string[]>> = {
    en: {
      'last-7-days': ['Last 7 days'], 'last-28-days': ['Last 28 days'], 'last-30-days': ['Last 30 days'],
      'last-90-days': ['Last 90 days'], 'this-month': ['This month'], 'last-month': ['Last month'],
      'this-year': ['This year', 'This year (Jan - Today)'], 'year-to-date': ['Year to date'], yesterday: ['Yesterday'],
      today: ['Today'], 'this-quarter': ['This quarter'], 'last-quarter': ['Last quarter'],
      'last-12-months': ['Last 12 months'], 'last-3-months': ['Last 3 months'], 'this-week': ['This week (Sun - Today)'],
    },
    de: {
      'last-7-days': ['Letzte 7 Tage'], 'last-28-days': ['Letzte 28 Tage', 'Letzten 28 Tage'], 'last-30-days': ['Letzte 30 Tage'],
      'last-90-days': ['Letzte 90 Tage'], 'this-month': ['Dieser Monat', 'Diesen Monat'], 'last-month': ['Letzter Monat', 'Letzten Monat'],
      'this-year': ['Dieses Jahr'], 'year-to-date': ['Seit Jahresbeginn'], yesterday: ['Gestern'], today: ['Heute'],
      'this-quarter': ['Dieses Quartal'], 'last-quarter': ['Letztes Quartal'], 'last-12-months': ['Letzte 12 Monate'],
    },
    fr: {
      'last-7-days': ['7 derniers jours'], 'last-28-days': ['28 derniers jours', 'Les 28 derniers jours'],
      'last-30-days': ['30 derniers jours'], 'last-90-days': ['90 derniers jours'], 'this-month': ['Ce mois-ci'],
      'last-month': ['Le mois dernier', 'Mois dernier'], 'this-year': ['Cette année'], yesterday: ['Hier'],
      today: ["Aujourd'hui", 'Aujourd’hui'], 'this-quarter': ['Ce trimestre'], 'last-quarter': ['Le trimestre dernier'],
      'last-12-months': ['12 derniers mois'],
    },
    es: {
      'last-7-days': ['Últimos 7 días'], 'last-28-days': ['Últimos 28 días'], 'last-30-days': ['Últimos 30 días'],
      'last-90-days': ['Últimos 90 días'], 'this-month': ['Este mes'], 'last-month': ['El mes pasado', 'Mes pasado'],
      'this-year': ['Este año'], 'year-to-date': ['Año hasta la fecha'], yesterday: ['Ayer'], today: ['Hoy'],
      'this-quarter': ['Este trimestre'], 'last-quarter': ['El trimestre pasado'], 'last-12-months': ['Últimos 12 meses'],
    },
    pt: {
      'last-7-days': ['Últimos 7 dias'], 'last-28-days': ['Últimos 28 dias'], 'last-30-days': ['Últimos 30 dias'],
      'last-90-days': ['Últimos 90 dias'], 'this-month': ['Este mês'], 'last-month': ['Mês passado', 'Mês anterior'],
      'this-year': ['Este ano'], yesterday: ['Ontem'], today: ['Hoje'], 'this-quarter': ['Este trimestre'],
      'last-quarter': ['Último trimestre', 'Trimestre passado'], 'last-12-months': ['Últimos 12 meses'],
    },
    it: {
      'last-7-days': ['Ultimi 7 giorni'], 'last-28-days': ['Ultimi 28 giorni'], 'last-30-days': ['Ultimi 30 giorni'],
      'last-90-days': ['Ultimi 90 giorni'], 'this-month': ['Questo mese'], 'last-month': ['Mese scorso'],
      'this-year': ["Quest'anno", 'Quest’anno'], yesterday: ['Ieri'], today: ['Oggi'], 'this-quarter': ['Questo trimestre'],
      'last-quarter': ['Trimestre scorso'], 'last-12-months': ['Ultimi 12 mesi'],
    },
    ru: {
      'last-7-days': ['Последние 7 дней', 'За последние 7 дней'], 'last-28-days': ['Последние 28 дней'],
      'last-30-days': ['Последние 30 дней'], 'last-90-days': ['Последние 90 дней'], 'this-month': ['Этот месяц', 'В этом месяце'],
      'last-month': ['Прошлый месяц', 'В прошлом месяце'], 'this-year': ['Этот год'], 'year-to-date': ['С начала года'],
      yesterday: ['Вчера'], today: ['Сегодня'], 'this-quarter': ['Этот квартал'], 'last-quarter': ['Прошлый квартал'],
      'last-12-months': ['Последние 12 месяцев'],
    },
    tr: {
      'last-7-days': ['Son 7 gün'], 'last-28-days': ['Son 28 gün'], 'last-30-days': ['Son 30 gün'], 'last-90-days': ['Son 90 gün'],
      'this-month': ['Bu ay'], 'last-month': ['Geçen ay'], 'this-year': ['Bu yıl'], yesterday: ['Dün'], today: ['Bugün'],
      'this-quarter': ['Bu çeyrek'], 'last-quarter': ['Geçen çeyrek'], 'last-12-months': ['Son 12 ay'],
    },
    fa: {
      'last-7-days': ['۷ روز گذشته'], 'last-28-days': ['۲۸ روز گذشته'], 'last-30-days': ['۳۰ روز گذشته'],
      'last-90-days': ['۹۰ روز گذشته'], 'this-month': ['این ماه'], 'last-month': ['ماه گذشته'], 'this-year': ['امسال'],
      yesterday: ['دیروز'], today: ['امروز'], 'last-quarter': ['فصل گذشته'], 'last-12-months': ['۱۲ ماه گذشته'],
    },
    ar: {
      'last-7-days': ['آخر 7 أيام', 'آخر ٧ أيام'], 'last-28-days': ['آخر 28 يومًا', 'آخر ٢٨ يومًا'], 'last-30-days': ['آخر 30 يومًا'],
      'last-90-days': ['آخر 90 يومًا'], 'this-month': ['هذا الشهر'], 'last-month': ['الشهر الماضي'], 'this-year': ['هذا العام'],
      yesterday: ['أمس'], today: ['اليوم'], 'this-quarter': ['هذا الربع'], 'last-12-months': ['آخر 12 شهرًا'],
    },
    'zh-Hans': {
      'last-7-days': ['过去 7 天', '最近 7 天'], 'last-28-days': ['过去 28 天'], 'last-30-days': ['过去 30 天'],
      'last-90-days': ['过去 90 天'], 'this-month': ['本月'], 'last-month': ['上个月', '上月'], 'this-year': ['今年'],
      'year-to-date': ['年初至今'], yesterday: ['昨天'], today: ['今天'], 'this-quarter': ['本季度'], 'last-quarter': ['上季度'],
      'last-12-months': ['过去 12 个月'],
    },
    'zh-Hant': {
      'last-7-days': ['過去 7 天'], 'last-28-days': ['過去 28 天'], 'last-30-days': ['過去 30 天'], 'last-90-days': ['過去 90 天'],
      'this-month': ['本月'], 'last-month': ['上個月'], 'this-year': ['今年'], yesterday: ['昨天'], today: ['今天'],
      'this-quarter': ['這一季'], 'last-quarter': ['上一季'], 'last-12-months': ['過去 12 個月'],
    },
    ja: {
      'last-7-days': ['過去 7 日間'], 'last-28-days': ['過去 28 日間'], 'last-30-days': ['過去 30 日間'], 'last-90-days': ['過去 90 日間'],
      'this-month': ['今月'], 'last-month': ['先月'], 'this-year': ['今年'], 'year-to-date': ['年初来'], yesterday: ['昨日'],
      today: ['今日'], 'this-quarter': ['今四半期'], 'last-quarter': ['前四半期'], 'last-12-months': ['過去 12 か月間', '過去 12 か月'],
    },
    ko: {
      'last-7-days': ['지난 7일', '최근 7일'], 'last-28-days': ['지난 28일'], 'last-30-days': ['지난 30일'], 'last-90-days': ['지난 90일'],
      'this-month': ['이번 달'], 'last-month': ['지난달'], 'this-year': ['올해'], yesterday: ['어제'], today: ['오늘'],
      'this-quarter': ['이번 분기'], 'last-quarter': ['지난 분기'], 'last-12-months': ['지난 12개월'],
    },
  };
  for (const [language, byPreset] of Object.entries(labels)) {
    it(`reads ${language} labels`, () => {
      for (const [id, texts] of Object.entries(byPreset)) {
        for (const text of texts) expect({ text, preset: matchPreset(text) }).toEqual({ text, preset: id });
      }
    });
  }
  it('resolves preset labels through parseDateRange', () => {
    expect(parse('Last 28 days', 'en-US')).toEqual({ ok: true, preset: 'last-28-days', start: '2026-10-18', end: '2026-11-14' });
    // Search Console's performance report.
    expect(parse('Last 3 months', 'en-US')).toMatchObject({ preset: 'last-3-months', end: '2026-11-14' });
  });
  it('does not take ordinary words for presets', () => {
    for (const text of ['Sessions', 'Last', '28', 'days', 'Total clicks', 'Last 28 clicks']) expect(matchPreset(text)).toBeUndefined();
  });
});

describe('single dates and URL forms', () => {
  it('parseDashboardDate', () => {
    expect(parseDashboardDate('Oct 1, 2026', { today: TODAY, locale: 'en-US' })).toEqual({ ok: true, date: '2026-10-01' });
    expect(parseDashboardDate('1. Okt. 2026', { today: TODAY, locale: 'de-DE' })).toEqual({ ok: true, date: '2026-10-01' });
    expect(parseDashboardDate('۹ مهر ۱۴۰۵', { today: TODAY, locale: 'fa-IR' })).toEqual({ ok: true, date: '2026-10-01' });
    expect(parseDashboardDate('October 2026', { today: TODAY }).ok).toBe(false);
    expect(parseDashboardDate('Oct 1 – 31, 2026', { today: TODAY }).ok).toBe(false);
  });
  it('parseCompactDate', () => {
    expect(parseCompactDate('20260830')).toEqual({ ok: true, date: '2026-08-30' });
    expect(parseCompactDate('20260230').ok).toBe(false);
    expect(parseCompactDate('2026083').ok).toBe(false);
  });
  it('reads GA4 hash parameters', () => {
    const ga4 = 'https://analytics.google.com/analytics/web/#/p123/reports/intelligenthome?params=_u..nav%3Dmaui%26_u.date00%3D20260830%26_u.date01%3D20260902';
    expect(dateRangeFromUrl(ga4, TODAY)).toEqual({ ok: true, start: '2026-08-30', end: '2026-09-02' });
    expect(dateRangeFromUrl('#/p1/reports?params=_u.dateOption%3Dlast28Days', TODAY)).toMatchObject({ preset: 'last-28-days' });
  });
  it('reads Search Console and Shopify parameters', () => {
    expect(dateRangeFromUrl('https://search.google.com/search-console/performance/search-analytics?resource_id=x&start_date=20261001&end_date=20261031', TODAY)).toEqual(OCTOBER);
    expect(dateRangeFromUrl('https://search.google.com/search-console/performance/search-analytics?resource_id=x&num_of_days=28', TODAY)).toMatchObject({ preset: 'last-28-days', start: '2026-10-18' });
    expect(dateRangeFromUrl('https://admin.shopify.com/store/x/analytics?since=2026-10-01&until=2026-10-31', TODAY)).toEqual(OCTOBER);
    expect(dateRangeFromUrl('https://example.com/?q=1', TODAY).ok).toBe(false);
    expect(dateRangeFromUrl('?start_date=20261031&end_date=20261001', TODAY).ok).toBe(false);
  });
});

describe('failures', () => {
  it.each(['', 'Sessions', 'hello world', '1–31', '32 Oct 2026', 'Feb 30, 2026', 'Oct 31 – Oct 1, 2026', '12345', 'Oct 1, 1066', '۳۱ اسفند ۱۴۰۴'])(
    '%s',
    (text) => {
      const result = parse(text, 'en-US');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.raw).toBe(text);
    },
  );
  it('needs today for year-less dates and presets', () => {
    expect(parseDateRange('Oct 1 – 31', { today: '' }).ok).toBe(false);
    expect(parseDateRange('Last 28 days', { today: '' }).ok).toBe(false);
    expect(parseDateRange('Oct 1 – 31, 2026', { today: '' }).ok).toBe(true);
  });
});

describe('month names', () => {
  it('no spelling names two different months (across languages and calendars)', () => {
    for (const [name, entries] of monthNameTable()) {
      expect({ name, entries: entries.length }).toEqual({ name, entries: 1 });
    }
  });
  it('reads a locale it has not loaded before', () => {
    expect(parse('1–31 okt. 2026', 'sv-SE')).toMatchObject({ ok: true, start: '2026-10-01', end: '2026-10-31' });
  });
});

describe('benchmark samples', () => {
  it('are all read', async () => {
    const { dateRangeSampleCases, dateRangeSamples } = await import('../support/date-range-samples');
    expect(dateRangeSamples().length).toBeGreaterThanOrEqual(150);
    const failed = dateRangeSampleCases().filter(({ text, locale }) => !parseDateRange(text, { today: TODAY, locale }).ok);
    expect(failed).toEqual([]);
  });
});
