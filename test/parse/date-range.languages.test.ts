/**
 * "Every language a dashboard speaks": labels around the dates, Search Console's preset chip in many
 * languages, Thai Buddhist years, Hebrew, Vietnamese, Ukrainian, Polish … month names, and names that
 * do not depend on the browser's ICU.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { calendarDateToDay, dayToCalendarDate, daysInMonth, gregorianToDay, isSupportedCalendar } from '../../lib/parse/calendar';
import { lookupMonth } from '../../lib/parse/date-names';
import { parseDateRange } from '../../lib/parse/date-range';

const TODAY = '2026-12-04';
const OCTOBER = { ok: true, start: '2026-10-01', end: '2026-10-31' };

function parse(text: string, locale?: string) {
  return parseDateRange(text, { locale, today: TODAY });
}

describe('words before or after the dates', () => {
  it.each([
    ['Personalizado 1–31 oct 2026', 'es'], // GA4 in Spanish
    ['Personalizado\n1–31 oct 2026', 'es'],
    ['Periodo personalizado: 1–31 oct 2026', 'es'],
    ['自訂 2026/10/1至2026/10/31', 'zh-TW'], // Google Ads in Traditional Chinese
    ['Date: Oct 1 – 31, 2026', 'en'],
    ['Date Oct 1 – 31, 2026', 'en'],
    ['Oct 1 – 31, 2026 Custom', 'en'],
    ['تاریخ: ۹ مهر تا ۹ آبان ۱۴۰۵', 'fa'],
    ['Datum: 1.–31. Oktober 2026', 'de'],
    ['Custom October 2026', 'en'],
    ['Tùy chỉnh 1 – 31 thg 10, 2026', 'vi'],
    ['กำหนดเอง 1–31 ต.ค. 2569', 'th'],
  ])('%s (%s)', (text, locale) => expect(parse(text, locale)).toEqual(OCTOBER));

  it('names the preset a label before the dates stands for', () => {
    expect(parse('Last 30 days: Nov 4, 2026 – Dec 3, 2026', 'en')).toEqual({
      ok: true,
      preset: 'last-30-days',
      start: '2026-11-04',
      end: '2026-12-03',
    });
    expect(parse('Last 28 days\nOct 4 – Oct 31, 2026', 'en')).toMatchObject({ preset: 'last-28-days', start: '2026-10-04' });
  });

  it('takes a known label before a single date, not any word', () => {
    expect(parse('Custom Oct 5, 2026', 'en')).toEqual({ ok: true, start: '2026-10-05', end: '2026-10-05' });
    // "Since Oct 1" is not Oct 1 alone; "Week of" is not one day.
    for (const text of ['Since Oct 1, 2026', 'Week of Oct 5, 2026', 'Before October 2026', 'Sessions 12 Oct 2026']) {
      expect({ text, ok: parse(text, 'en').ok }).toEqual({ text, ok: false });
    }
  });

  it('does not drop words with numbers in them', () => {
    expect(parse('Oct 1 – 31, 2026 vs Sep 1 – 30, 2026', 'en').ok).toBe(false);
    expect(parse('Page 3 Oct 1 – 31, 2026', 'en').ok).toBe(false);
  });
});

describe('Search Console’s "Date: Last 3 months" chip', () => {
  // Rolling: from the same day three months back up to yesterday.
  const lastThreeMonths = { ok: true, preset: 'last-3-months', start: '2026-09-04', end: '2026-12-03' };
  it.each([
    ['Date: Last 3 months', 'en'],
    ['Datum: Letzte 3 Monate', 'de'],
    ['Fecha: Últimos 3 meses', 'es'],
    ['Date : 3 derniers mois', 'fr'],
    ['日付: 過去 3 か月間', 'ja'],
    ['日期：過去 3 個月', 'zh-TW'],
    ['日期：过去 3 个月', 'zh-CN'],
    ['تاریخ: ۳ ماه گذشته', 'fa'],
    ['التاريخ: آخر 3 أشهر', 'ar'],
    ['Data: Últimos 3 meses', 'pt-BR'],
    ['Дата: последние 3 месяца', 'ru'],
    ['Tarih: Son 3 ay', 'tr'],
    ['날짜: 지난 3개월', 'ko'],
    ['Data: ultimi 3 mesi', 'it'],
  ])('%s (%s)', (text, locale) => {
    expect(parse(text, locale)).toEqual(lastThreeMonths);
    expect(parse(text)).toEqual(lastThreeMonths);
  });

  it('reads "last N days/months" in the languages added with the round trip', () => {
    const labels: ReadonlyArray<readonly [string, string, string]> = [
      ['Ostatnie 28 dni', 'pl', 'last-28-days'], ['Ostatnie 3 miesiące', 'pl', 'last-3-months'],
      ['Останні 28 днів', 'uk', 'last-28-days'], ['Останні 3 місяці', 'uk', 'last-3-months'], ['Вчора', 'uk', 'yesterday'],
      ['28 hari terakhir', 'id', 'last-28-days'], ['3 bulan terakhir', 'id', 'last-3-months'],
      ['28 ngày qua', 'vi', 'last-28-days'], ['3 tháng qua', 'vi', 'last-3-months'],
      ['28 วันที่ผ่านมา', 'th', 'last-28-days'], ['3 เดือนที่ผ่านมา', 'th', 'last-3-months'],
      ['28 הימים האחרונים', 'he', 'last-28-days'], ['3 החודשים האחרונים', 'he', 'last-3-months'],
    ];
    for (const [text, locale, preset] of labels) {
      expect({ text, result: parse(text, locale) }).toMatchObject({ text, result: { ok: true, preset } });
    }
  });

  it('other presets after a label', () => {
    expect(parse('Date: Last 28 days', 'en')).toEqual({ ok: true, preset: 'last-28-days', start: '2026-11-06', end: '2026-12-03' });
  });
});

describe('Thai: Buddhist Era years', () => {
  it.each([
    ['1–31/10/69', 'th'], // short: two-digit Buddhist year
    ['1–31 ต.ค. 2569', 'th'],
    ['1–31 ตุลาคม 2569', 'th'],
    ['1–31 ต.ค. 2569', undefined],
    ['1–31 ต.ค. 2026', 'th'], // Gregorian year in Thai text
    ['วันพฤหัสบดี 1 ตุลาคม – วันเสาร์ 31 ตุลาคม พ.ศ. 2569', 'th'],
    ['๑–๓๑ ต.ค. ๒๕๖๙', 'th'],
  ])('%s (%s)', (text, locale) => expect(parse(text, locale)).toEqual(OCTOBER));

  it('reads ranges across years', () => {
    expect(parse('15/12/68 – 14/1/69', 'th')).toEqual({ ok: true, start: '2025-12-15', end: '2026-01-14' });
    expect(parse('29 ก.พ. 2567 – 1 มี.ค. 2569', 'th')).toEqual({ ok: true, start: '2024-02-29', end: '2026-03-01' });
  });

  it('does not guess the century of a two-digit year in an unsure calendar', () => {
    expect(parse('1–31/10/69').ok).toBe(false); // no locale: 2069 would be a guess
    expect(parse('1–31/10/26', 'th').ok).toBe(false); // 2526 BE = 1983: a Gregorian "26" on a Thai page
    expect(parse('1–31/10/26', 'th-u-ca-gregory')).toEqual(OCTOBER);
    expect(parse('15 ธ.ค. 2568 – 14 ม.ค. 2026', 'th').ok).toBe(false); // two eras
    expect(parse('Oct 1 – 31, 2569', 'en').ok).toBe(false);
  });

  it('reads a two-digit Gregorian year as the nearest one', () => {
    expect(parse('10/1/99 – 10/31/99', 'en-US')).toEqual({ ok: true, start: '1999-10-01', end: '1999-10-31' });
    expect(parse('10/1/26 – 10/31/26', 'en-US')).toEqual(OCTOBER);
  });
});

describe('month names and forms as Intl prints them', () => {
  it.each([
    ['1–31 באוק׳ 2026', 'he'],
    ['1–31 באוקטובר 2026', 'he'],
    ["1–31 באוק' 2026", 'he'],
    ['1 באוק׳ עד 31 באוק׳ 2026', 'he'],
    ['1 – 31 thg 10, 2026', 'vi'],
    ['1 – 31 tháng 10, 2026', 'vi'],
    ['1–31 жовт. 2026 р.', 'uk'],
    ['1–31 жовтня 2026 р.', 'uk'],
    ['з 1 по 31 жовтня 2026 р.', 'uk'],
    ['1–31 paź 2026', 'pl'],
    ['1–31 października 2026', 'pl'],
    ['od 1 do 31 października 2026', 'pl'],
    ['1–31 Okt 2026', 'id'],
    ['1–31 Oktober 2026', 'id'],
    ['1–31 Eki 2026', 'tr'],
    ['1–31 okt 2026', 'nl'],
    ['01–31 ott 2026', 'it'],
    ['1 – 31 de out. de 2026', 'pt-BR'],
    ['1–31 de outubro de 2026', 'pt-PT'],
    ['1–31 अक्टूबर 2026', 'hi'],
    ['2026년 10월 1일 목요일 ~ 31일 토요일', 'ko'],
    ['quinta-feira, 1 de outubro – sábado, 31 de outubro de 2026', 'pt-BR'],
  ])('%s (%s)', (text, locale) => expect(parse(text, locale)).toEqual(OCTOBER));

  it('reads across months and years', () => {
    expect(parse('15 דצמ׳ 2025 – 14 ינו׳ 2026', 'he')).toEqual({ ok: true, start: '2025-12-15', end: '2026-01-14' });
    expect(parse('15 thg 12, 2025 – 14 thg 1, 2026', 'vi')).toEqual({ ok: true, start: '2025-12-15', end: '2026-01-14' });
    expect(parse('15 груд. 2025 – 14 січ. 2026 рр.', 'uk')).toEqual({ ok: true, start: '2025-12-15', end: '2026-01-14' });
    expect(parse('3 lis–2 gru 2026', 'pl')).toEqual({ ok: true, start: '2026-11-03', end: '2026-12-02' });
    expect(parse('ngày 1 tháng 10 năm 2026', 'vi')).toEqual({ ok: true, start: '2026-10-01', end: '2026-10-01' });
  });

  it('lets the page’s language decide what a word is', () => {
    expect(lookupMonth('paz', 'pl')).toEqual([{ cal: 'gregory', month: 10 }]); // paź(dziernik)
    expect(lookupMonth('paz', 'tr')).toBeUndefined(); // Paz(ar): Sunday
    expect(lookupMonth('mar', 'es')).toEqual([{ cal: 'gregory', month: 3 }]);
    expect(lookupMonth('mar', 'fr')).toBeUndefined(); // mar(di)
    expect(lookupMonth('listopad', 'hr')).toEqual([{ cal: 'gregory', month: 10 }]); // Croatian, from Intl
    expect(lookupMonth('listopad', 'pl')).toEqual([{ cal: 'gregory', month: 11 }]);
  });
});

describe('names without the browser’s ICU', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('reads the generated languages when Intl knows only English', async () => {
    const RealFormat = Intl.DateTimeFormat;
    class EnglishOnly extends RealFormat {
      constructor(_locale?: string | string[], options?: Intl.DateTimeFormatOptions) {
        super('en', options);
      }
    }
    vi.stubGlobal('Intl', { ...Intl, DateTimeFormat: EnglishOnly });
    vi.resetModules();
    const fresh = await import('../../lib/parse/date-range');
    // The stub works: Ukrainian months come out in English, and a language outside the table is not read.
    expect(new Intl.DateTimeFormat('uk', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 9, 5)))).toBe('October');
    expect(fresh.parseDateRange('augusti 2026', { locale: 'sv', today: TODAY }).ok).toBe(false);
    for (const [text, locale] of [
      ['1–31 жовт. 2026 р.', 'uk'],
      ['1–31 באוק׳ 2026', 'he'],
      ['1–31 ต.ค. 2569', 'th'],
      ['1–31 paź 2026', 'pl'],
      ['1–31 Okt 2026', 'id'],
      ['1–31 अक्टू॰ 2026', 'hi'],
      ['1 – 31 thg 10, 2026', 'vi'],
    ] as const) {
      expect({ text, result: fresh.parseDateRange(text, { locale, today: TODAY }) }).toEqual({ text, result: OCTOBER });
    }
  });
});

describe('Buddhist calendar arithmetic', () => {
  it('is the Gregorian calendar with years + 543', () => {
    expect(isSupportedCalendar('buddhist')).toBe(true);
    expect(calendarDateToDay('buddhist', 2569, 10, 1)).toBe(gregorianToDay(2026, 10, 1));
    expect(daysInMonth('buddhist', 2567, 2)).toBe(29);
    expect(calendarDateToDay('buddhist', 2569, 2, 29)).toBeUndefined();
  });

  it('matches Intl from 1900 to 2199', () => {
    const intl = new Intl.DateTimeFormat('en-u-ca-buddhist-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    fc.assert(
      fc.property(fc.integer({ min: gregorianToDay(1900, 1, 1), max: gregorianToDay(2199, 12, 31) }), (day) => {
        const parts = Object.fromEntries(
          intl.formatToParts(new Date(day * 86_400_000)).filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]),
        );
        const mine = dayToCalendarDate('buddhist', day);
        expect(mine).toEqual({ year: parts.year, month: parts.month, day: parts.day });
        expect(calendarDateToDay('buddhist', mine.year, mine.month, mine.day)).toBe(day);
      }),
      { numRuns: 300 },
    );
  });
});
