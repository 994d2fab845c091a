import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../lib/i18n/background';
import { badgeText } from '../../lib/i18n/status';
import { formatPercentOfTarget } from '../../lib/format';

const behind = { fraction: 0.62, status: { code: 'behind' as const }, approximate: false };

describe('the background’s words (badges on the page, the picker)', () => {
  it('follow the language chosen in the settings, whatever the browser’s', () => {
    const words = wordsFor('fa', 'en-US');
    expect(words.dir).toBe('rtl');
    expect(badgeText(behind, words.t, (v) => formatPercentOfTarget(v, words.locale))).toMatch(/^\u2068?۶۲٪\u2069? · عقب/);
  });

  it('follow the browser’s language when the settings say "automatic"', () => {
    expect(wordsFor('', 'zh-TW').language).toBe('zh-Hant');
    expect(wordsFor('', 'ar-EG').dir).toBe('rtl');
    // No German UI: English words, German number format.
    const de = wordsFor('', 'de-DE');
    expect(badgeText(behind, de.t, (v) => formatPercentOfTarget(v, de.locale))).toMatch(/^\u2068?62\s%\u2069? · Behind$/);
  });
});
