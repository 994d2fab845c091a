import { describe, expect, it } from 'vitest';
import { hasCatalogue, loadCatalogue } from '../../lib/i18n/load';
import { en, UI_LANGUAGES } from '../../lib/i18n';

describe('catalogue loading', () => {
  it('English is always there; a language without lib/i18n/<lang>.ts falls back to English', async () => {
    expect(hasCatalogue('en')).toBe(true);
    for (const l of UI_LANGUAGES) {
      const c = await loadCatalogue(l);
      if (!hasCatalogue(l)) expect(c).toBe(en);
      // Whatever loads has every key English has.
      expect(Object.keys(c).sort()).toEqual(Object.keys(en).sort());
    }
  });
});
