import { describe, expect, it } from 'vitest';
import { stripBidiControls, toAsciiDigits } from '../../lib/parse/digits';

describe('toAsciiDigits', () => {
  it.each(['fa-IR', 'ar-EG', 'hi-IN', 'bn-BD', 'th-TH-u-nu-thai', 'my-MM', 'en-US-u-nu-fullwide', 'mr-IN'])(
    'reads the digits Intl prints for %s',
    (locale) => {
      const printed = new Intl.NumberFormat(locale, { useGrouping: false }).format(1234567890);
      expect(toAsciiDigits(printed)).toBe('1234567890');
    },
  );
  it('keeps separators and letters', () => expect(toAsciiDigits('۱٬۲۳۴٫۵ هزار')).toBe('1٬234٫5 هزار'));
});

describe('stripBidiControls', () => {
  it('removes the marks RTL locales wrap around signs and percent', () =>
    expect(stripBidiControls('\u200f-\u200e\u2068١٢\u2069\u061c٪')).toBe('-١٢٪'));
});
