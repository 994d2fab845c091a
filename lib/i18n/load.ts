import { en, type Catalogue } from './en';
import type { UiLanguage } from './index';

/**
 * Catalogues other than English, each built into its own chunk and loaded only when chosen. Adding a
 * language is adding `lib/i18n/<language>.ts` exporting a `Catalogue` (as default or as any named
 * export); a file that does not exist yet simply is not in this map and the UI stays English.
 * Kept out of index.ts so the background (a service worker, no dynamic import) never pulls it in.
 */
const MODULES = import.meta.glob<Record<string, unknown>>(['./fa.ts', './ar.ts', './zh-Hant.ts', './zh-Hans.ts']);

const cache = new Map<UiLanguage, Catalogue>([['en', en]]);

function catalogueFrom(module: Record<string, unknown>): Catalogue | null {
  const candidates = [module.default, ...Object.values(module)];
  for (const c of candidates) if (c && typeof c === 'object' && typeof (c as Record<string, unknown>).appName === 'string') return c as Catalogue;
  return null;
}

/** Whether a catalogue file exists for the language (English always does). */
export const hasCatalogue = (language: UiLanguage): boolean => language === 'en' || Object.hasOwn(MODULES, `./${language}.ts`);

/** The language's catalogue, or English when it has none yet or it fails to load. */
export async function loadCatalogue(language: UiLanguage): Promise<Catalogue> {
  const cached = cache.get(language);
  if (cached) return cached;
  const load = MODULES[`./${language}.ts`];
  if (!load) return en;
  try {
    const catalogue = catalogueFrom(await load()) ?? en;
    cache.set(language, catalogue);
    return catalogue;
  } catch {
    return en;
  }
}
