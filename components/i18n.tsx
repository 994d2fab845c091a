import { createContext, type ComponentChildren } from 'preact';
import { useContext, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatDate, formatDateRange, formatDateTime, formatPercentOfTarget, formatValue } from '@/lib/format';
import {
  directionOf,
  en,
  explainIn,
  formatLocaleFor,
  goalErrorIn,
  resolveUiLanguage,
  translator,
  type Catalogue,
  type ExplainedText,
  type Translate,
  type UiLanguage,
} from '@/lib/i18n';
import { loadCatalogue } from '@/lib/i18n/load';
import { STATUS_LABEL_KEY } from '@/lib/i18n/status';
import { metricDisplayName } from '@/lib/metrics/names';
import type { MetricId } from '@/lib/metrics/types';
import type { DateRange, NumberUnit } from '@/lib/parse/types';
import type { StatusCode } from '@/lib/progress/types';
import { DEFAULT_SETTINGS, type StoredSettings } from '@/lib/settings';
import { browserUiLanguage, onViewChanged, request } from './api';
import { startFirstRequests, takeFirstSettings } from './first-requests';

/** Everything a component needs to speak the user's language. */
export interface I18n {
  language: UiLanguage;
  /** Intl locale for numbers and dates ('fa' → Persian digits and calendar). */
  locale: string;
  dir: 'ltr' | 'rtl';
  catalogue: Catalogue;
  t: Translate;
  /** An engine status or warning (stable code + params) in the UI language; English text as fallback. */
  explain(kind: 'status' | 'warning', e: ExplainedText): string;
  goalError(e: { code: string; message: string }): string;
  statusLabel(code: StatusCode): string;
  metricName(id: MetricId): string;
  value(v: number, unit: NumberUnit, currency?: string | null): string;
  number(n: number): string;
  percentOfTarget(fraction: number): string;
  date(iso: string): string;
  dateTime(iso: string): string;
  range(r: DateRange | null): string;
}

export function makeI18n(language: UiLanguage, catalogue: Catalogue, locale: string): I18n {
  const t = translator(catalogue);
  let plain: Intl.NumberFormat;
  try {
    plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  } catch {
    plain = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
  }
  const number = (n: number) => plain.format(n);
  return {
    language,
    locale,
    dir: directionOf(language),
    catalogue,
    t,
    explain: (kind, e) =>
      explainIn(catalogue, kind, e, {
        number,
        value: (v, unit, currency) => formatValue(v, unit as NumberUnit, currency, locale),
        date: (iso) => formatDate(iso, locale),
        metric: (id) => metricDisplayName(id as MetricId, language),
      }),
    goalError: (e) => goalErrorIn(catalogue, e),
    statusLabel: (code) => (Object.hasOwn(STATUS_LABEL_KEY, code) ? t(STATUS_LABEL_KEY[code]) : code),
    metricName: (id) => metricDisplayName(id, language),
    value: (v, unit, currency = null) => formatValue(v, unit, currency, locale),
    number,
    percentOfTarget: (fraction) => formatPercentOfTarget(fraction * 100, locale),
    date: (iso) => formatDate(iso, locale),
    dateTime: (iso) => formatDateTime(iso, locale, Intl.DateTimeFormat().resolvedOptions().timeZone),
    range: (r) => formatDateRange(r, locale),
  };
}

const defaultLocale = typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en';
const I18nContext = createContext<I18n>(makeI18n('en', en, formatLocaleFor('en', defaultLocale)));

export interface SettingsState {
  settings: StoredSettings;
  /** Re-reads the settings (after Options saved them). */
  reload(): void;
}
const SettingsContext = createContext<SettingsState>({ settings: DEFAULT_SETTINGS, reload: () => {} });

export const useI18n = (): I18n => useContext(I18nContext);
export const useSettings = (): SettingsState => useContext(SettingsContext);

/** Provides a fixed language (tests, previews). */
export function I18nProvider({ value, children }: { value: I18n; children: ComponentChildren }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** Puts the UI language and direction on `<html>` so the whole page (and its scrollbars) mirrors. */
function useDocumentLanguage(i18n: I18n | null): void {
  useLayoutEffect(() => {
    if (!i18n) return;
    document.documentElement.lang = i18n.language;
    document.documentElement.dir = i18n.dir;
  }, [i18n?.language, i18n?.dir]);
}

/** Starts reading the settings as soon as a page's script runs (unless its early script did: first-requests.ts). */
export function prefetchSettings(): void {
  startFirstRequests({ withView: false });
}

/**
 * The root of every Goalpost page: reads the settings, picks the language (setting, else the
 * browser's UI language), loads its catalogue and provides both. Renders nothing until the language is
 * known (one short message), so a Persian user never sees an English flash.
 */
export function AppRoot({ children, className }: { children: ComponentChildren; className?: string }) {
  const [state, setState] = useState<{ i18n: I18n; settings: StoredSettings } | null>(null);
  const loader = useRef<() => void>(() => {});

  // A layout effect: the settings were usually asked for early and are here; waiting a frame would only delay the page.
  useLayoutEffect(() => {
    let alive = true;
    let lastKey = '';
    const load = async () => {
      let settings = DEFAULT_SETTINGS;
      try {
        settings = { ...DEFAULT_SETTINGS, ...(await (takeFirstSettings() ?? request('page/get-settings', {}))) };
      } catch {
        // No background answer: English and the defaults still make a usable page.
      }
      const key = JSON.stringify(settings);
      if (key === lastKey) return;
      lastKey = key;
      const browserLanguage = browserUiLanguage();
      const language = resolveUiLanguage(settings.uiLanguage, browserLanguage);
      const catalogue = await loadCatalogue(language);
      if (alive) setState({ i18n: makeI18n(language, catalogue, formatLocaleFor(language, browserLanguage)), settings });
    };
    loader.current = () => void load();
    void load();
    const off = onViewChanged((tabId) => {
      if (tabId === null) void load();
    });
    return () => {
      alive = false;
      off();
    };
  }, []);

  useDocumentLanguage(state?.i18n ?? null);
  if (!state) return null;
  const reload = () => loader.current();
  return (
    <I18nContext.Provider value={state.i18n}>
      <SettingsContext.Provider value={{ settings: state.settings, reload }}>
        <div class={`app-root ${className ?? ''}`} lang={state.i18n.language} dir={state.i18n.dir}>
          {children}
        </div>
      </SettingsContext.Provider>
    </I18nContext.Provider>
  );
}
