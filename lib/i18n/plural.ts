/**
 * Plurals and the "still needed" line, in every UI language.
 *
 * Plurals: a catalogue may hold a message's plural forms as `<key>.<category>` beside `<key>` (the
 * general form), the category being what Intl.PluralRules says for the count in the UI locale ('one',
 * 'two', 'few', 'many', 'zero'; 'other' is the plain key). English has "{count} goal" and "{count}
 * goals"; Persian and Chinese do not inflect; Arabic avoids it by wording ("الأهداف: {count}").
 *
 * Still needed: a total (clicks, revenue) needs so much a day and a week; a rate or a level (CTR,
 * bounce rate, CPA, average position) needs a change, not a daily amount — in percentage points for a
 * percentage ("+0.14 pts needed"), else in the metric's unit ("−$2.40 needed").
 */
import { formatValue, isolate } from '../format';
import { METRICS, isMetricId } from '../metrics/catalogue';
import type { NumberUnit } from '../parse/types';
import type { GoalProgress } from '../progress/types';
import type { Catalogue, MessageKey, Translate } from './index';

type Params = Record<string, string | number>;

/** What the helpers need of the UI's i18n (components/i18n.tsx's I18n has it). */
export interface PluralWords {
  catalogue: Partial<Catalogue>;
  /** Intl locale of the UI ('en-US', 'fa', 'ar', 'zh-Hans'). */
  locale: string;
  t: Translate;
}

const rules = new Map<string, Intl.PluralRules>();
function pluralRules(locale: string): Intl.PluralRules {
  let r = rules.get(locale);
  if (!r) {
    try {
      r = new Intl.PluralRules(locale, { maximumFractionDigits: 2 });
    } catch {
      r = new Intl.PluralRules('en', { maximumFractionDigits: 2 });
    }
    rules.set(locale, r);
  }
  return r;
}

/** The catalogue key for `count` of `key`: its plural form when the catalogue has one, else the key. */
export function pluralKey(catalogue: Partial<Catalogue>, locale: string, key: MessageKey, count: number): MessageKey {
  const form = `${key}.${pluralRules(locale).select(Math.abs(count))}`;
  return Object.hasOwn(catalogue, form) && catalogue[form as MessageKey] ? (form as MessageKey) : key;
}

/** `key` in the plural form `count` asks for ("1 goal", "3 goals"). */
export function tPlural(words: PluralWords, key: MessageKey, count: number, params: Params = {}): string {
  return words.t(pluralKey(words.catalogue, words.locale, key, count), params);
}

/** The locale's own plus and minus signs ("+", "-", "‎−" in Persian). */
function signOf(locale: string, negative: boolean): string {
  try {
    const parts = new Intl.NumberFormat(locale, { signDisplay: 'always' }).formatToParts(negative ? -1 : 1);
    return parts.filter((p) => p.type === 'minusSign' || p.type === 'plusSign' || p.type === 'literal').map((p) => p.value).join('');
  } catch {
    return negative ? '−' : '+';
  }
}

/**
 * The "still needed" line of a goal card, or null when nothing is (met, held, no reading): a total's
 * amount a day and a week; a rate's or level's change, in points for a percentage.
 */
export function neededText(words: PluralWords, metric: string, progress: Pick<GoalProgress, 'needed' | 'status' | 'current' | 'target'>, unit: NumberUnit, currency: string | null): string | null {
  const { needed } = progress;
  if (!needed || progress.status.code === 'achieved' || (needed.perDay === 0 && needed.perWeek === 0)) return null;
  const value = (v: number) => formatValue(v, unit, currency, words.locale);
  if (!isMetricId(metric) || METRICS[metric].kind === 'cumulative') return words.t('needed', { perDay: value(needed.perDay), perWeek: value(needed.perWeek) });
  if (progress.current === null || progress.target === null) return null;
  const change = progress.target - progress.current;
  if (Math.abs(change) < 1e-9) return null;
  if (unit === 'percent') {
    let points: string;
    try {
      points = new Intl.NumberFormat(words.locale, { signDisplay: 'always', maximumFractionDigits: 2 }).format(change);
    } catch {
      points = `${change > 0 ? '+' : '−'}${Math.abs(change).toFixed(2)}`;
    }
    return tPlural(words, 'neededPoints', change, { points: isolate(points, words.locale) });
  }
  let text = `${signOf(words.locale, change < 0)}${value(Math.abs(change))}`;
  if (unit === 'currency' && currency) {
    // Money with its sign where the locale puts it ("-$2.40", "‏-2.40 US$").
    const digits = Math.abs(change) >= 1000 ? 0 : 2;
    try {
      text = new Intl.NumberFormat(words.locale, { style: 'currency', currency, signDisplay: 'always', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(change);
    } catch {
      // An unknown currency code: the sign and the value as formatted above.
    }
  }
  return words.t('neededChange', { change: isolate(text, words.locale) });
}
