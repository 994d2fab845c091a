import { describe, expect, it } from 'vitest';
import { hasDigit, looksLikeValue } from '../../lib/adapters/common';
import { numberParseSamples } from '../support/number-samples';

/** hasDigit's ASCII shortcut must say what the Unicode rule says, for every script's digits. */
const rule = (text: string) => /\p{Nd}/u.test(text);

describe('hasDigit', () => {
  it('agrees with "a decimal digit of any script" on real dashboard texts and on every digit Unicode has', () => {
    const samples = [...numberParseSamples(), '', '-', '—', 'n/a', 'Sessions', 'Total', '٣٤٫٥', '۱۲٬۰۰۰', '１２３', '१२३', '๑๒', '𝟙𝟚', 'abc𝟘', '½', '²', 'Ⅻ', '\u200f', 'x\u00a0y'];
    for (let c = 0; c < 0x110000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      if (rule(ch)) samples.push(ch, `a ${ch}`, `é${ch}`);
    }
    for (const s of samples) expect([s, hasDigit(s)]).toEqual([s, rule(s)]);
  });

  it('still takes a no-value mark as a value', () => {
    expect(looksLikeValue('—')).toBe(true);
    expect(looksLikeValue('N/A')).toBe(true);
    expect(looksLikeValue('Paused')).toBe(false);
  });
});
