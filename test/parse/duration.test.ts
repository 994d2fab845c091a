import { describe, expect, it } from 'vitest';
import { parseDashboardNumber, parseDuration } from '../../lib/parse/number';

describe('parseDuration', () => {
  it.each([
    // GA4 "Average engagement time" (dashboards.md, GA4): h:mm:ss and mm:ss.
    ['00:01:23', undefined, 83, 0.5],
    ['1:02:03', undefined, 3723, 0.5],
    ['01:23', undefined, 83, 0.5],
    ['00:00:05.5', undefined, 5.5, 0.05],
    // GA4 English cards.
    ['1m 23s', 'en-US', 83, 0.5],
    ['1h 2m', 'en-US', 3720, 30],
    ['1 min 23 sec', 'en-US', 83, 0.5],
    ['2 hours 5 minutes', 'en-US', 7500, 30],
    // GA4 Chinese/Japanese (dashboards.md: localised durations "N 分 N 秒").
    ['1分23秒', 'zh-CN', 83, 0.5],
    ['1 分 23 秒', 'zh-CN', 83, 0.5],
    ['1 小時 2 分鐘', 'zh-TW', 3720, 30],
    ['1時間2分', 'ja-JP', 3720, 30],
    ['1분 23초', 'ko-KR', 83, 0.5],
    // Persian and Arabic, with their digits and the Persian "و" (and).
    ['۱ دقیقه و ۲۳ ثانیه', 'fa-IR', 83, 0.5],
    ['٢٣ ث', 'ar-EG', 23, 0.5],
    ['23 ث', undefined, 23, 0.5],
    // German, Russian, Turkish short units as Intl prints them.
    ['2 Min. 3 Sek.', 'de-DE', 123, 0.5],
    ['2 мин 3 с', 'ru-RU', 123, 0.5],
    ['2 dk. 3 sn.', 'tr-TR', 123, 0.5],
    ['1,5 Std.', 'de-DE', 5400, 180],
  ])('%s (%s) → %d s', (text, locale, seconds, precision) => {
    const expected = { ok: true, value: seconds, unit: 'duration', precision, compact: false, ambiguous: false };
    expect(parseDuration(text, { locale })).toMatchObject(expected);
    expect(parseDashboardNumber(text, { locale })).toMatchObject(expected);
  });

  it.each(['—', '(not set)', ''])('%j has no value', (text) =>
    expect(parseDuration(text)).toMatchObject({ ok: false, reason: 'no-value' }));

  it.each(['83', '1,234', '2m 1h', '1m 2m', '1:2', '12:61', 'm 23', '1 sessions', '1 and 2'])('%j is not a duration', (text) =>
    expect(parseDuration(text)).toMatchObject({ ok: false, reason: 'not-a-number' }));

  it.each(['1 min and', '1 min و', 'ساعة', 'دقيقتان 5', '5 نقاط', '1 phút 2', 'و 1 min'])('%j is not a duration with no page locale', (text) =>
    expect(parseDuration(text)).toMatchObject({ ok: false, reason: 'not-a-number' }));

  it('reads Arabic and Hebrew parts printed without a number only in the page locale', () => {
    expect(parseDashboardNumber('ساعة', { locale: 'ar' })).toMatchObject({ ok: true, unit: 'duration', value: 3600 });
    expect(parseDashboardNumber('ساعة', {})).toMatchObject({ ok: false });
    expect(parseDashboardNumber('שעתיים ושתי שניות', { locale: 'he' })).toMatchObject({ ok: true, unit: 'duration', value: 7202 });
    expect(parseDashboardNumber('ساعة ساعة', { locale: 'ar' })).toMatchObject({ ok: false });
  });

  it('prefers the page locale: "5m" is minutes in en-US, millions in en-GB', () => {
    expect(parseDashboardNumber('5m', { locale: 'en-US' })).toMatchObject({ unit: 'duration', value: 300 });
    expect(parseDashboardNumber('5m', { locale: 'en-GB' })).toMatchObject({ unit: 'count', value: 5_000_000 });
  });
});

/** The shapes GA4, Looker Studio and other dashboards print for average engagement time, session duration, time on page. */
describe('durations as dashboards print them', () => {
  const MINUTE_23 = 83;
  it.each([
    ['1 分 23 秒', ['zh-TW', 'zh-CN', 'ja', undefined], MINUTE_23],
    ['1分23秒', ['zh-CN', 'zh-TW', 'ja', undefined], MINUTE_23],
    ['1 分鐘 23 秒', ['zh-TW', 'zh-Hant', undefined], MINUTE_23],
    ['۱ دقیقه و ۲۳ ثانیه', ['fa', 'fa-IR', undefined], MINUTE_23],
    ['١ د ٢٣ ث', ['ar', 'ar-EG', 'ar-SA', undefined], MINUTE_23],
    ['١ دقيقة و٢٣ ثانية', ['ar', 'ar-EG', undefined], MINUTE_23],
    ['00:01:23', ['en', 'de', 'fa', undefined], MINUTE_23],
    ['01:23', ['en', 'fr', undefined], MINUTE_23],
    ['1:02:03', ['en', 'ja', undefined], 3723],
    ['1m 23s', ['en', 'en-US', 'en-GB', undefined], MINUTE_23],
    ['1 min 23 s', ['en', 'fr', 'it', 'es', 'pt-BR', 'pt-PT', 'nl', 'pl', 'de', undefined], MINUTE_23],
    ['83 s', ['en', 'fr', 'it', 'es', 'pt-BR', 'pt-PT', 'nl', 'pl', undefined], MINUTE_23],
    ['83 Sek.', ['de', 'de-CH', undefined], MINUTE_23],
    ['1 Min. 23 Sek.', ['de', 'de-AT', undefined], MINUTE_23],
    ['1 мин 23 с', ['ru', 'uk', undefined], MINUTE_23],
    ['1 хв 23 с', ['uk', undefined], MINUTE_23],
    ['1 ч 2 мин', ['ru', undefined], 3720],
    ['1 dk 23 sn', ['tr', undefined], MINUTE_23],
    ['1 sa. 2 dk.', ['tr', undefined], 3720],
    ['1분 23초', ['ko', undefined], MINUTE_23],
    ['1 phút 23 giây', ['vi', undefined], MINUTE_23],
    ['1 นาที 23 วินาที', ['th', undefined], MINUTE_23],
    ['1นาที 23วิ', ['th', undefined], MINUTE_23],
    ['1 דקה ו-23 שניות', ['he', 'he-IL', undefined], MINUTE_23],
    ["1 דק' 23 שנ'", ['he', undefined], MINUTE_23],
    ['1 मिनट 23 सेकंड', ['hi', undefined], MINUTE_23],
    ['1 मि. 23 से.', ['hi', undefined], MINUTE_23],
    ['1 mnt 23 dtk', ['id', undefined], MINUTE_23],
    ['1 godz. 2 min', ['pl', undefined], 3720],
    ['1 godz. i 2 min', ['pl', undefined], 3720],
    ['1 Std., 2 Min. und 5 Sek.', ['de', undefined], 3725],
    ['1 hour, 2 minutes, and 5 seconds', ['en', undefined], 3725],
    ['1 heure, 2 minutes et 5 secondes', ['fr', undefined], 3725],
    ['1 hora, 2 minutos y 5 segundos', ['es', undefined], 3725],
    ['1 uur, 2 minuten en 5 seconden', ['nl', undefined], 3725],
    ['1 giờ, 2 phút và 5 giây', ['vi', undefined], 3725],
    ['1 ชั่วโมง 2 นาที และ 5 วินาที', ['th', undefined], 3725],
    ['1 घंटा, 2 मिनट, और 5 सेकंड', ['hi', undefined], 3725],
    ['1시간 2분 및 5초', ['ko', undefined], 3725],
    ['1 時間、2 分、5 秒', ['ja', undefined], 3725],
    ['1小时、2分钟和5秒', ['zh-CN', undefined], 3725],
    ['ساعة، ودقيقتان، و5 ثوان', ['ar'], 3725],
    ['1 שעה, שתי דקות ו-5 שניות', ['he'], 3725],
  ] as const)('%s reads as %d s', (text, locales, seconds) => {
    for (const locale of locales) {
      expect(parseDashboardNumber(text, { locale }), `${text} in ${locale}`).toMatchObject({ ok: true, unit: 'duration', value: seconds });
    }
  });

  const LOCALES = ['en', 'fa', 'ar', 'zh-Hant', 'zh-Hans', 'de', 'fr', 'es', 'it', 'pt-BR', 'pt-PT', 'nl', 'pl', 'ru', 'uk', 'tr', 'ja', 'ko', 'id', 'vi', 'th', 'he', 'hi'];
  it.each(LOCALES)('a plain number is never a duration in %s', (locale) => {
    for (const value of [5, 83, 1234, 12.5, 3725]) {
      const text = new Intl.NumberFormat(locale).format(value);
      const result = parseDashboardNumber(text, { locale });
      expect(result.ok && result.unit, `${text} in ${locale}`).toBe('count');
    }
  });
});
