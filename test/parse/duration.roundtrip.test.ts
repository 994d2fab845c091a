/**
 * Durations in every language a dashboard speaks. Node 20 has no Intl.DurationFormat, so its output is
 * built the way the proposal specifies it: each non-zero part (hours, minutes, seconds) printed by
 * Intl.NumberFormat's unit style (narrow, short, long), the parts joined by Intl.ListFormat's unit list of
 * the same width. Dashboards also join the parts with a plain space, or with the locale's "and" word
 * (Intl.ListFormat's conjunction), so those joins are generated too. Every text must read back through
 * parseDashboardNumber to unit 'duration' and the same number of seconds; a miss must be listed below
 * with its reason (the test fails when a listed miss starts reading right), and none may read wrong.
 */
import { describe, expect, it } from 'vitest';
import { parseDashboardNumber } from '../../lib/parse/number';
import type { NumberResult } from '../../lib/parse/types';

const LOCALES = [
  'en', 'fa', 'ar', 'ar-EG', 'zh-Hant', 'zh-Hans', 'de', 'fr', 'es', 'it', 'pt-BR', 'pt-PT', 'nl', 'pl', 'ru',
  'uk', 'tr', 'ja', 'ko', 'id', 'vi', 'th', 'he', 'hi',
  // Regional tags pages carry in <html lang>.
  'en-US', 'en-GB', 'en-IN', 'de-CH', 'fr-CA', 'es-MX', 'zh-TW', 'zh-HK', 'zh-CN', 'ja-JP', 'ar-SA', 'fa-AF', 'hi-IN',
] as const;
/** 5 s, 1 min, 1 min 23 s, 1 h, 1 h 2 min 5 s, 2 h 2 min 2 s (duals: ar "ساعتان", he "שעתיים"), 10 h 59 min 30 s. */
const DURATIONS = [5, 60, 83, 3600, 3725, 7322, 39570] as const;
const STYLES = ['narrow', 'short', 'long'] as const;
const JOINS = ['list', 'space', 'and'] as const;

type Style = (typeof STYLES)[number];
type Join = (typeof JOINS)[number];

interface Case {
  locale: string;
  seconds: number;
  style: Style;
  join: Join;
  text: string;
}

function parts(locale: string, seconds: number, style: Style): string[] {
  const amounts = [
    ['hour', Math.floor(seconds / 3600)],
    ['minute', Math.floor((seconds % 3600) / 60)],
    ['second', seconds % 60],
  ] as const;
  return amounts
    .filter(([, amount]) => amount > 0)
    .map(([unit, amount]) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: style }).format(amount));
}

function join(locale: string, texts: string[], style: Style, how: Join): string {
  if (how === 'space') return texts.join(' ');
  if (how === 'and') return new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }).format(texts);
  return new Intl.ListFormat(locale, { type: 'unit', style }).format(texts);
}

/** Every distinct text per locale (a text printed by several styles or joins is checked once). */
function cases(): Case[] {
  const out: Case[] = [];
  for (const locale of LOCALES) {
    const seen = new Set<string>();
    for (const seconds of DURATIONS) {
      for (const style of STYLES) {
        for (const how of JOINS) {
          const text = join(locale, parts(locale, seconds, style), style, how);
          if (seen.has(text)) continue;
          seen.add(text);
          out.push({ locale, seconds, style, join: how, text });
        }
      }
    }
  }
  return out;
}

type Outcome = 'right' | 'missed' | 'wrong';

function outcome(result: NumberResult, seconds: number): Outcome {
  if (!result.ok || result.unit !== 'duration') return 'missed';
  return Math.abs(result.value - seconds) < 1e-9 ? 'right' : 'wrong';
}

/**
 * Texts read on purpose as something else, with the reason. Keyed "locale|text"; every listed text must
 * still miss (never read wrong).
 */
const KNOWN_MISSES: ReadonlyMap<string, string> = new Map<string, string>([
  // en-GB prints 1 million as "1m" too, and a lone number is a count before it is a duration
  // (duration.test.ts: "5m" is minutes in en-US, millions in en-GB). "1m 23s" still reads as a duration.
  ['en-GB|1m', 'a lone "1m" is one million in en-GB'],
]);

const all = cases();
const results = all.map((c) => {
  const result = parseDashboardNumber(c.text, { locale: c.locale });
  return { ...c, result, outcome: outcome(result, c.seconds) };
});
const count = (o: Outcome): number => results.filter((r) => r.outcome === o).length;
const key = (r: Case): string => `${r.locale}|${r.text}`;
const show = (r: (typeof results)[number]) => ({
  case: `${r.locale} ${r.style} ${r.join}`,
  text: r.text,
  seconds: r.seconds,
  got: r.result.ok ? `${r.result.value} ${r.result.unit}` : r.result.message,
});

describe(`duration round trip (${count('right')} right / ${count('missed')} missed / ${count('wrong')} wrong of ${results.length})`, () => {
  it('generates what the brief asks for', () => {
    expect(new Set(results.map((r) => r.locale)).size).toBe(LOCALES.length);
    const texts = (locale: string): string[] => results.filter((r) => r.locale === locale).map((r) => r.text);
    expect(texts('fa')).toContain('۱ دقیقه و ۲۳ ثانیه');
    expect(texts('ar-EG')).toContain('١ د و٢٣ ث');
    expect(texts('zh-Hans')).toContain('1分钟23秒');
    expect(texts('de')).toContain('1 Std., 2 Min. und 5 Sek.');
    expect(texts('he')).toContain('1 דקה ו-23 שניות');
    expect(texts('ar')).toContain('ساعتان ودقيقتان وثانيتان');
    expect(texts('he')).toContain('שעתיים, שתי דקות ושתי שניות');
    expect(texts('th')).toContain('1 นาทีและ23 วินาที');
    expect(results.length).toBeGreaterThan(LOCALES.length * DURATIONS.length * 3);
  });

  it('never reads a duration as a different number of seconds', () => {
    expect(results.filter((r) => r.outcome === 'wrong').map(show)).toEqual([]);
  });

  it('misses nothing beyond the known misses', () => {
    expect(results.filter((r) => r.outcome === 'missed' && !KNOWN_MISSES.has(key(r))).map(show)).toEqual([]);
  });

  it('lists only misses that still miss', () => {
    const generated = new Map(results.map((r) => [key(r), r]));
    const stale = [...KNOWN_MISSES.keys()].filter((k) => generated.get(k)?.outcome !== 'missed');
    expect(stale).toEqual([]);
  });
});
