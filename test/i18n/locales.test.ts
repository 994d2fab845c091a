/**
 * The browser-side strings (manifest name/description, toolbar title, context menu, command) live in
 * public/_locales/<locale>/messages.json. Every locale has the same keys as English with a non-empty
 * message, the manifest refers only to keys that exist, and the wording matches the UI catalogues.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, type Catalogue } from '../../lib/i18n';
import { ar } from '../../lib/i18n/ar';
import { fa } from '../../lib/i18n/fa';
import { zhHans } from '../../lib/i18n/zh-Hans';
import { zhHant } from '../../lib/i18n/zh-Hant';

const ROOT = join(__dirname, '../..');
const LOCALES_DIR = join(ROOT, 'public/_locales');
type Messages = Record<string, { message: string; description?: string }>;
const read = (locale: string): Messages => JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages;

/** Browser locale folder → the UI catalogue of the same language. */
const CATALOGUE_OF: Record<string, Catalogue> = { en, fa, ar, zh_TW: zhHant, zh_CN: zhHans };

describe('public/_locales', () => {
  const locales = readdirSync(LOCALES_DIR).sort();
  const english = read('en');

  it('has English and one folder per UI language', () => {
    expect(locales).toEqual(['ar', 'en', 'fa', 'zh_CN', 'zh_TW']);
  });

  it.each(locales)('%s: the same keys as English, each a non-empty message', (locale) => {
    const messages = read(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, m] of Object.entries(messages)) {
      expect(typeof m.message, `${locale}.${key}`).toBe('string');
      expect(m.message.trim(), `${locale}.${key}`).not.toBe('');
    }
  });

  it('English describes each message for translators', () => {
    for (const [key, m] of Object.entries(english)) expect(m.description, key).toBeTruthy();
  });

  it.each(locales)('%s: in step with the UI catalogue', (locale) => {
    const messages = read(locale);
    const catalogue = CATALOGUE_OF[locale]!;
    expect(messages.extName!.message).toBe(catalogue.appName);
    expect(messages.actionTitle!.message).toBe(catalogue.appName);
    expect(messages.openSidePanelCommand!.message).toContain(catalogue.appName);
    // The catalogue's button says "Set a goal for this" beside a number; translations already name the number.
    if (locale === 'en') expect(messages.setGoalMenu!.message.startsWith(en.setGoalForThis)).toBe(true);
    else expect(messages.setGoalMenu!.message).toBe(catalogue.setGoalForThis);
    // Chrome's limit for the store description.
    expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it('the manifest and the background use only messages that exist, and default_locale is English', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const background = readFileSync(join(ROOT, 'entrypoints/background.ts'), 'utf8');
    expect(config).toMatch(/default_locale: 'en'/);
    const used = [...config.matchAll(/__MSG_(\w+)__/g), ...background.matchAll(/i18n\.getMessage\('(\w+)'\)/g)].map((m) => m[1]!);
    expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription', 'actionTitle', 'openSidePanelCommand', 'setGoalMenu']));
    for (const key of used) expect(Object.keys(english), key).toContain(key);
    // No manifest string is left hard-coded.
    expect(config).not.toMatch(/(name|description|default_title): '[^_]/);
  });
});
