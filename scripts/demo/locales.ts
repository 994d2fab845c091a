/**
 * The demo's languages: how each prints numbers, money, percents and dates, as the fixture pages in
 * that language do (test/fixtures/<dashboard>/*-en.html, -fa, -zh), all through Intl. English, Persian
 * (right to left; Gregorian months as the Persian fixtures print them) and Simplified Chinese.
 */
import type { UiLanguage } from '../../lib/i18n';

export type DemoLanguage = 'en' | 'fa' | 'zh';
export const DEMO_LANGUAGES: readonly DemoLanguage[] = ['en', 'fa', 'zh'];

export interface DemoLocale {
  id: DemoLanguage;
  /** <html lang>. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The Goalpost UI language used beside this dashboard language. */
  ui: UiLanguage;
  /** Browser locale (Chromium's --lang) for the session showing this language. */
  browser: string;
  int(n: number): string;
  /** Fixed decimals ("747.50"). */
  dec(n: number, digits: number): string;
  /** US dollars as the dashboards print them ("$1,234.56", "‎$۱٬۲۳۴٫۵۶", "US$1,234.56"). */
  money(n: number, digits?: number): string;
  /** `n` in printed scale: 3.45 → "3.45%". */
  pct(n: number, digits?: number): string;
  /** GA4's compact cards ("48.2K", "۴۸٫۲ هزار", "4.82万"). */
  compact(n: number): string;
  compactMoney(n: number): string;
  /** A seconds count as GA4 prints durations ("1m 05s", "۱ دقیقه ۵ ثانیه", "1 分 05 秒"). */
  duration(seconds: number): string;
  /** A day in full ("Sep 5, 2026", "۵ سپتامبر ۲۰۲۶", "2026年9月5日"). */
  day(iso: string): string;
  /** A day with numbers only ("9/5/2026", "۲۰۲۶/۹/۵", "2026/9/5"). */
  dayNumeric(iso: string): string;
  /** A range the way Intl shortens it ("Sep 5 – Dec 3, 2026"). */
  range(start: string, end: string): string;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const numbers = (tag: string) => {
  const cache = new Map<string, Intl.NumberFormat>();
  return (n: number, o: Intl.NumberFormatOptions) => {
    const key = JSON.stringify(o);
    let f = cache.get(key);
    if (!f) cache.set(key, (f = new Intl.NumberFormat(tag, o)));
    return f.format(n);
  };
};

function make(id: DemoLanguage, tag: string, dateTag: string, rest: Pick<DemoLocale, 'lang' | 'dir' | 'ui' | 'browser' | 'duration'>): DemoLocale {
  const f = numbers(tag);
  const day = new Intl.DateTimeFormat(dateTag, { day: 'numeric', month: id === 'en' ? 'short' : 'long', year: 'numeric', timeZone: 'UTC' });
  const numeric = new Intl.DateTimeFormat(dateTag, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });
  return {
    id,
    ...rest,
    int: (n) => f(Math.round(n), { maximumFractionDigits: 0 }),
    dec: (n, digits) => f(n, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    money: (n, digits = 2) => f(n, { style: 'currency', currency: 'USD', minimumFractionDigits: digits, maximumFractionDigits: digits }),
    pct: (n, digits = 2) => f(n / 100, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }),
    compact: (n) => f(n, { notation: 'compact', maximumSignificantDigits: 3 }),
    compactMoney: (n) => f(n, { style: 'currency', currency: 'USD', notation: 'compact', maximumSignificantDigits: 3 }),
    day: (iso) => day.format(utc(iso)),
    dayNumeric: (iso) => numeric.format(utc(iso)),
    range: (a, b) => day.formatRange(utc(a), utc(b)),
  };
}

const faDigits = (s: string) => s.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);

export const LOCALES: Record<DemoLanguage, DemoLocale> = {
  en: make('en', 'en-US', 'en-US', {
    lang: 'en',
    dir: 'ltr',
    ui: 'en',
    browser: 'en-US',
    duration: (s) => `${Math.floor(s / 60)}m ${String(Math.round(s % 60)).padStart(2, '0')}s`,
  }),
  fa: make('fa', 'fa', 'fa-u-ca-gregory', {
    lang: 'fa',
    dir: 'rtl',
    ui: 'fa',
    browser: 'fa',
    duration: (s) => faDigits(`${Math.floor(s / 60)} دقیقه ${Math.round(s % 60)} ثانیه`),
  }),
  zh: make('zh', 'zh-CN', 'zh-CN', {
    lang: 'zh-CN',
    dir: 'ltr',
    ui: 'zh-Hans',
    browser: 'zh-CN',
    duration: (s) => `${Math.floor(s / 60)} 分 ${String(Math.round(s % 60)).padStart(2, '0')} 秒`,
  }),
};

/** "A – B" with each end in full, as the Persian and Chinese fixtures print ranges. */
export const fullRange = (l: DemoLocale, a: string, b: string, dash = ' – ') => `${l.day(a)}${dash}${l.day(b)}`;
