import { describe, expect, it } from 'vitest';
import {
  cleanText,
  fill,
  formatDateRange,
  formatDateTime,
  formatPercentOfTarget,
  formatValue,
  isRtlLocale,
  metricName,
  safeLocale,
  statusColor,
  statusEmoji,
  statusWord,
} from '../../lib/share/format';
import { ENGLISH_SHARE_LABELS } from '../../lib/share/labels';

const plain = (s: string) => s.replace(/[\u2066-\u2069\u200e\u200f\u061c]/g, '').replace(/[\u2009\u202f\u00a0]/g, ' ');

describe('formatting in the UI locale', () => {
  it('prints each unit the way dashboards do', () => {
    expect(formatValue(7420, 'count', null, 'en')).toBe('7,420');
    expect(formatValue(2.825, 'percent', null, 'en')).toBe('2.83%');
    expect(formatValue(34.5, 'currency', 'USD', 'en')).toBe('$34.50');
    expect(plain(formatValue(12345.6, 'currency', 'EUR', 'de'))).toBe('12.346 €');
    expect(formatValue(95, 'duration', null, 'en')).toBe('1m 35s');
    expect(formatValue(3725, 'duration', null, 'en')).toBe('1h 2m 5s');
    expect(formatValue(3.256, 'ratio', null, 'en')).toBe('3.26');
  });

  it('uses Persian digits for fa and isolates values in right-to-left locales', () => {
    expect(formatValue(7420, 'count', null, 'fa')).toBe('\u2068۷٬۴۲۰\u2069');
    expect(plain(formatValue(34.5, 'currency', 'USD', 'ar'))).toBe('34.50 US$');
    expect(plain(formatDateRange({ start: '2026-11-01', end: '2026-11-23' }, 'fa'))).toBe('۱۰ آبان تا ۲ آذر ۱۴۰۵');
  });

  it('survives a bad currency code, locale or time zone', () => {
    expect(formatValue(34.5, 'currency', 'DOLLARS', 'en')).toBe('34.50');
    expect(formatValue(1, 'count', null, 'not a locale!')).toBe('1');
    expect(safeLocale('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(plain(formatDateTime('2026-11-24T15:30:00Z', 'en', 'Mars/Olympus'))).toBe('Nov 24, 2026, 3:30 PM UTC');
    expect(plain(formatDateTime('2026-11-24T15:30:00Z', 'en', 'Asia/Tehran'))).toBe('Nov 24, 2026, 7:00 PM GMT+3:30');
  });

  it('never shows 100% before a goal is met', () => {
    expect(plain(formatPercentOfTarget(99.6, 'en'))).toBe('99%');
    expect(plain(formatPercentOfTarget(112.4, 'en'))).toBe('112%');
  });

  it('knows right-to-left languages by their language subtag', () => {
    expect(['fa', 'fa-IR', 'ar-EG', 'he'].map(isRtlLocale)).toEqual([true, true, true, true]);
    expect(['en', 'zh-Hant', 'fr-CA', 'nonsense!'].map(isRtlLocale)).toEqual([false, false, false, false]);
  });
});

describe('cleanText', () => {
  it('flattens control characters and drops overrides', () => {
    expect(cleanText(' a\n\tb\u202Ec\u0000 ')).toBe('a bc');
  });

  it('keeps isolates balanced so none leaks past the text', () => {
    expect(cleanText('\u2067abc')).toBe('\u2067abc\u2069');
    expect(cleanText('abc\u2069\u2069')).toBe('abc');
    expect(cleanText('\u2068x\u2069')).toBe('\u2068x\u2069');
  });
});

describe('codes and names from files someone sent', () => {
  it('fall back to the file text and neutral styling for unknown or prototype-named codes', () => {
    for (const code of ['constructor', '__proto__', 'toString', 'paused']) {
      expect(statusWord({ code, text: 'From the file', params: {} }, ENGLISH_SHARE_LABELS)).toBe('From the file');
      expect(statusEmoji(code)).toBe('⚪');
      expect(statusColor(code)).toBe('#8c959f');
    }
    expect(fill('{constructor} {a}', { a: 1 })).toBe('{constructor} 1');
  });

  it('name metrics from the labels, then the catalogue in the UI language, then by id', () => {
    expect(metricName({ metric: 'sessions' }, ENGLISH_SHARE_LABELS)).toBe('Sessions');
    expect(metricName({ metric: 'sessions' }, { ...ENGLISH_SHARE_LABELS, locale: 'zh-TW' })).toBe('工作階段');
    expect(metricName({ metric: 'sessions' }, { ...ENGLISH_SHARE_LABELS, metricNames: { sessions: 'Visits' } })).toBe('Visits');
    expect(metricName({ metric: 'toString' as 'sessions' }, ENGLISH_SHARE_LABELS)).toBe('toString');
  });
});
