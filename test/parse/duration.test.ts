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

  it('prefers the page locale: "5m" is minutes in en-US, millions in en-GB', () => {
    expect(parseDashboardNumber('5m', { locale: 'en-US' })).toMatchObject({ unit: 'duration', value: 300 });
    expect(parseDashboardNumber('5m', { locale: 'en-GB' })).toMatchObject({ unit: 'count', value: 5_000_000 });
  });
});
