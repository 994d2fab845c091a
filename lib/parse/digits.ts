/**
 * Dashboards print digits in the user's numbering system (Persian ۱۲۳, Arabic-Indic ١٢٣, Devanagari
 * १२३, full-width １２３ …). Every Unicode decimal digit (General Category Nd) sits in a run of ten
 * starting at a code point whose value is 0, so the digit's value is its distance from that run's zero.
 * The zeros are listed explicitly because JavaScript offers no lookup of a digit's numeric value.
 */
const DIGIT_ZEROS = [
  0x0030, 0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66,
  0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
  0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
];

const NON_ASCII_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\u07c0-\u07c9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0de6-\u0def\u0e50-\u0e59\u0ed0-\u0ed9\u0f20-\u0f29\u1040-\u1049\u1090-\u1099\u17e0-\u17e9\u1810-\u1819\u1946-\u194f\u19d0-\u19d9\u1a80-\u1a89\u1a90-\u1a99\u1b50-\u1b59\u1bb0-\u1bb9\u1c40-\u1c49\u1c50-\u1c59\ua620-\ua629\ua8d0-\ua8d9\ua900-\ua909\ua9d0-\ua9d9\ua9f0-\ua9f9\uaa50-\uaa59\uabf0-\uabf9\uff10-\uff19]/g;

function asciiDigit(ch: string): string {
  const cp = ch.codePointAt(0)!;
  for (let i = DIGIT_ZEROS.length - 1; i >= 0; i--) {
    const zero = DIGIT_ZEROS[i]!;
    if (cp >= zero && cp <= zero + 9) return String(cp - zero);
  }
  return ch;
}

/** Replaces every decimal digit of any script with its ASCII digit; other characters are kept. */
export function toAsciiDigits(text: string): string {
  return text.replace(NON_ASCII_DIGIT, asciiDigit);
}

/** Bidi controls that RTL locales put around numbers and signs (LRM, RLM, ALM, embeddings, isolates). */
const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
