import { en, type Catalogue } from './en';
import type { UiLanguage } from './index';

/**
 * Every catalogue, bundled with the pages' code. Adding a language is adding `lib/i18n/<language>.ts`
 * exporting a `Catalogue` (as default or as any named export); a file that does not exist yet simply is
 * not in this map and the UI stays English. Kept out of index.ts so the background never pulls it in.
 *
 * Each language used to be a chunk of its own, loaded when chosen: one more file to fetch before the
 * first render, which made the side panel open ~20 ms slower in Persian than in English (`npm run
 * bench`). Bundled, the texts of all five languages (~95 kB) cost the English panel nothing measurable.
 */
const MODULES = import.meta.glob<Record<string, unknown>>(['./fa.ts', './ar.ts', './zh-Hant.ts', './zh-Hans.ts'], { eager: true });

function catalogueFrom(module: Record<string, unknown>): Catalogue | null {
  const candidates = [module.default, ...Object.values(module)];
  for (const c of candidates) if (c && typeof c === 'object' && typeof (c as Record<string, unknown>).appName === 'string') return c as Catalogue;
  return null;
}

/** Whether a catalogue file exists for the language (English always does). */
export const hasCatalogue = (language: UiLanguage): boolean => language === 'en' || Object.hasOwn(MODULES, `./${language}.ts`);

/** The language's catalogue, or English when it has none yet. (A promise, so a language may again be loaded on demand.) */
export async function loadCatalogue(language: UiLanguage): Promise<Catalogue> {
  const module = MODULES[`./${language}.ts`];
  return (module && catalogueFrom(module)) ?? en;
}
