/**
 * The background's words (on-page badges, the number picker) in the UI language the settings choose.
 * The service worker cannot load catalogues on demand as pages do (lib/i18n/load.ts), so it holds all five.
 */
import { ar } from './ar';
import { en, type Catalogue } from './en';
import { fa } from './fa';
import { zhHans } from './zh-Hans';
import { zhHant } from './zh-Hant';
import { directionOf, formatLocaleFor, resolveUiLanguage, translator, type Translate, type UiLanguage } from './index';

const CATALOGUES: Record<UiLanguage, Catalogue> = { en, fa, ar, 'zh-Hant': zhHant, 'zh-Hans': zhHans };

export interface BackgroundWords {
  language: UiLanguage;
  /** Locale numbers are formatted in. */
  locale: string;
  dir: 'ltr' | 'rtl';
  t: Translate;
}

const cache = new Map<string, BackgroundWords>();

export function wordsFor(setting: string, browserLanguage: string): BackgroundWords {
  const key = `${setting}\u0000${browserLanguage}`;
  let words = cache.get(key);
  if (!words) {
    const language = resolveUiLanguage(setting, browserLanguage);
    words = { language, locale: formatLocaleFor(language, browserLanguage), dir: directionOf(language), t: translator(CATALOGUES[language]) };
    cache.set(key, words);
  }
  return words;
}
