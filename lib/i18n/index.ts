import { en, type Catalogue, type MessageKey } from './en';

export type { Catalogue, MessageKey } from './en';
export { en } from './en';

type Params = Record<string, string | number>;

/** The languages Goalpost's UI is written in; other catalogues are lib/i18n/<language>.ts. */
export const UI_LANGUAGES = ['en', 'fa', 'ar', 'zh-Hant', 'zh-Hans'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const RTL_UI_LANGUAGES: ReadonlySet<UiLanguage> = new Set(['fa', 'ar']);

export const isUiLanguage = (v: unknown): v is UiLanguage => typeof v === 'string' && (UI_LANGUAGES as readonly string[]).includes(v);

/** Traditional Chinese regions when a tag names no script. */
const HANT_REGIONS = new Set(['TW', 'HK', 'MO']);

/** A BCP 47 tag (the browser's UI language) mapped to the closest UI language; English when none fits. */
export function uiLanguageOf(tag: string | undefined | null): UiLanguage {
  if (!tag) return 'en';
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag.replace(/_/g, '-'));
  } catch {
    return 'en';
  }
  switch (locale.language) {
    case 'fa':
      return 'fa';
    case 'ar':
      return 'ar';
    case 'zh': {
      if (locale.script) return locale.script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
      return locale.region && HANT_REGIONS.has(locale.region) ? 'zh-Hant' : 'zh-Hans';
    }
    default:
      return 'en';
  }
}

/** The language choice: the setting ('' or 'auto' = follow the browser), else the browser's UI language. */
export function resolveUiLanguage(setting: string | undefined | null, browserLanguage: string | undefined | null): UiLanguage {
  if (setting && setting !== 'auto' && isUiLanguage(setting)) return setting;
  return uiLanguageOf(browserLanguage);
}

/**
 * The locale numbers and dates are formatted in: the browser's own tag when it is the same language
 * (so en-GB keeps day-month order), else the UI language itself ('fa' gives Persian digits and calendar).
 */
export function formatLocaleFor(language: UiLanguage, browserLanguage: string | undefined | null): string {
  if (browserLanguage && uiLanguageOf(browserLanguage) === language) {
    try {
      return Intl.getCanonicalLocales(browserLanguage.replace(/_/g, '-'))[0] ?? language;
    } catch {
      return language;
    }
  }
  return language;
}

export const directionOf = (language: UiLanguage): 'rtl' | 'ltr' => (RTL_UI_LANGUAGES.has(language) ? 'rtl' : 'ltr');

const own = (catalogue: Partial<Record<string, string>>, key: string): string | undefined =>
  Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;

/**
 * How the UI prints what the progress engine explains. The engine's params are English text
 * ("12,000", "31 Oct 2026", "Sessions"); beside each it may give the raw value — `{x}Value` (a number
 * in the metric's unit), `{x}Iso` (a date), `metricId` — and those are printed in the UI locale
 * instead, so a Persian sentence gets Persian digits, calendar and metric name.
 */
export interface ExplainFormatters {
  number(n: number): string;
  value?(n: number, unit: string, currency: string | null): string;
  date?(iso: string): string;
  metric?(id: string): string;
}

function fillTemplate(template: string, params: Params, formatters?: ExplainFormatters): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (formatters) {
      const raw = params[`${name}Value`];
      if (typeof raw === 'number' && formatters.value) {
        const currency = typeof params.currency === 'string' ? params.currency : null;
        return formatters.value(raw, String(params.unit ?? 'count'), currency);
      }
      const iso = params[`${name}Iso`];
      if (typeof iso === 'string' && formatters.date) return formatters.date(iso);
      if (name === 'metric' && typeof params.metricId === 'string' && formatters.metric) return formatters.metric(params.metricId);
    }
    if (!Object.hasOwn(params, name)) return whole;
    const v = params[name]!;
    return typeof v === 'number' && formatters ? formatters.number(v) : String(v);
  });
}

export type Translate = (key: MessageKey, params?: Params) => string;

/**
 * A translator bound to one catalogue; `{name}` placeholders are filled from params as text. A key a
 * translation leaves empty (or lacks) falls back to English, so a partial catalogue still works.
 */
export function translator(catalogue: Partial<Catalogue> = en): Translate {
  return (key, params = {}) => {
    const template = own(catalogue, key) || en[key];
    return fillTemplate(template, params);
  };
}

export const t = translator();

/** A message the engine explains: a stable code, its params and an English rendering. */
export interface ExplainedText {
  code: string;
  params: Params;
  text: string;
}

/** The catalogue key a status or warning renders with (its variant decided by params, as the engine does). */
export function explainedKey(kind: 'status' | 'warning', e: ExplainedText): string {
  const p = e.params;
  if (kind === 'status') {
    const basis = String(p.basis ?? '');
    if (e.code === 'no-data' && basis === 'no-comparable' && p.currency) return 'status.no-data.no-comparable.currency';
    return `status.${e.code}.${basis}`;
  }
  switch (e.code) {
    case 'behind-pace':
      return p.neededPerWeek === undefined ? 'warning.behind-pace.no-needed' : 'warning.behind-pace';
    case 'range-mismatch':
      return p.range === 'unknown' ? 'warning.range-mismatch.unknown' : p.prorated ? 'warning.range-mismatch.prorated' : 'warning.range-mismatch';
    case 'ambiguous-reading':
      return p.usedAsCurrent ? 'warning.ambiguous-reading.current' : 'warning.ambiguous-reading';
    default:
      return `warning.${e.code}`;
  }
}

/**
 * Renders an explained status or warning in the catalogue's language by filling the template keyed by
 * code, with the params' raw values, dates and metric printed by `formatters` in the UI locale — English
 * too, so a card's sentence prints "$29,514" and "Dec 5, 2026" as the rest of the card does, not the
 * engine's "USD 29,514.42" and "5 Dec 2026". Without formatters English is the engine's own text; a code
 * the catalogue does not know falls back to it.
 */
export function explainIn(
  catalogue: Partial<Catalogue>,
  kind: 'status' | 'warning',
  e: ExplainedText,
  formatters?: ExplainFormatters | ((n: number) => string),
): string {
  if (catalogue === en && !formatters) return e.text;
  const template = own(catalogue, explainedKey(kind, e));
  // No template, or one naming a param the engine did not give (it would print "{target}"): the engine's text.
  if (!template || [...template.matchAll(/\{(\w+)\}/g)].some(([, name]) => !Object.hasOwn(e.params, name!))) return e.text;
  return fillTemplate(template, e.params, typeof formatters === 'function' ? { number: formatters } : formatters);
}

/** A goal-input problem (lib/goals/model validateGoalInput) in the catalogue's language. */
export function goalErrorIn(catalogue: Partial<Catalogue>, e: { code: string; message: string }): string {
  if (catalogue === en) return e.message;
  return own(catalogue, `goalError.${e.code}`) || e.message;
}
