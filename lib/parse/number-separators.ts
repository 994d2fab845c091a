import { isDigit, isLetter, normalizeNumberText, perLocale } from './number-text';

export type SeparatorRole = 'group' | 'decimal';

/** The digits of one printed number, read as a plain decimal string ("1234.5"). */
export interface DigitsReading {
  digits: string;
  fractionDigits: number;
  ambiguous: boolean;
  group?: string;
  decimal?: string;
}

/** Separators that can only group (space after folding NBSP/U+202F, de-CH apostrophe, Arabic ٬). */
const GROUP_ONLY = " '٬";
const DECIMAL_CAPABLE = '.,٫';
const SEPARATORS = GROUP_ONLY + DECIMAL_CAPABLE;

/** Start/end of each run of digits and separators; a separator belongs to a run only if a digit follows it. */
export function findNumberRuns(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const before = text[i - 1];
    // ".5" starts a number, but the dot of "ر.س.1" or "Mio.5" belongs to the word before it.
    const leadingDecimal = DECIMAL_CAPABLE.includes(ch) && isDigit(text[i + 1]) && !isLetter(before) && before !== '.';
    if (!isDigit(ch) && !leadingDecimal) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && (isDigit(text[end]) || (SEPARATORS.includes(text[end]!) && isDigit(text[end + 1])))) end++;
    runs.push([i, end]);
    i = end;
  }
  return runs;
}

/** Digit groups: the last of three, the others all of three (or of two, Indian 12,34,567), the first no longer. */
function isValidGrouping(integer: string, group: string): boolean {
  const groups = integer.split(group);
  if (groups.length === 1) return true;
  const first = groups[0]!;
  const last = groups[groups.length - 1]!;
  const middle = groups.slice(1, -1);
  const size = middle[0]?.length ?? 3;
  return (
    last.length === 3 &&
    (size === 3 || size === 2) &&
    middle.every((g) => g.length === size) &&
    first.length >= 1 &&
    first.length <= 3 &&
    first[0] !== '0'
  );
}

/**
 * Reads "1.234,5", "12,34,567", "1 234" …. A lone '.' or ',' followed by exactly three digits ("1,234")
 * is the only case the text cannot settle; `resolve` decides it, and if it cannot, the `guess` is taken
 * and flagged ambiguous. Returns an error message when the digits are unreadable.
 */
export function readDigits(
  run: string,
  resolve: (separator: string) => SeparatorRole | undefined,
  guess: SeparatorRole = 'group',
): DigitsReading | string {
  const positions: number[] = [];
  for (let i = 0; i < run.length; i++) if (!isDigit(run[i])) positions.push(i);
  if (positions.length === 0) return { digits: run, fractionDigits: 0, ambiguous: false };

  const lastAt = positions[positions.length - 1]!;
  const last = run[lastAt]!;
  const earlier = new Set(positions.slice(0, -1).map((p) => run[p]!));
  if (earlier.size > 1) return `mixes separators (“${run}”)`;
  const other = [...earlier][0];

  let group: string | undefined;
  let decimal: string | undefined;
  let ambiguous = false;
  if (other !== undefined && other !== last) [group, decimal] = [other, last];
  else if (other !== undefined || GROUP_ONLY.includes(last)) group = last;
  else if (last === '٫') decimal = last;
  else {
    const couldGroup = run.length - lastAt - 1 === 3 && isValidGrouping(run, last);
    const role = couldGroup ? resolve(last) : 'decimal';
    ambiguous = role === undefined;
    if ((role ?? guess) === 'decimal') decimal = last;
    else group = last;
  }

  if (decimal !== undefined && !DECIMAL_CAPABLE.includes(decimal)) return `uses “${decimal}” as a decimal separator`;
  if (group === '٫') return '“٫” is a decimal separator, not a group separator';
  const decimalAt = decimal === undefined ? -1 : lastAt;
  const integer = decimalAt === -1 ? run : run.slice(0, decimalAt);
  const fraction = decimalAt === -1 ? '' : run.slice(decimalAt + 1);
  if (group !== undefined && !isValidGrouping(integer, group)) return `has digit groups that no locale prints (“${run}”)`;
  const whole = (group === undefined ? integer : integer.split(group).join('')) || '0';
  return {
    digits: fraction ? `${whole}.${fraction}` : whole,
    fractionDigits: fraction.length,
    ambiguous,
    ...(group === undefined ? {} : { group }),
    ...(decimal === undefined ? {} : { decimal }),
  };
}

/** The decimal separator a neighbouring number proves, if it proves one ('.' or ','). */
function provenDecimal(neighbour: string): string | undefined {
  const text = normalizeNumberText(neighbour.slice(0, 80));
  const run = findNumberRuns(text)[0];
  if (!run) return undefined;
  const reading = readDigits(text.slice(run[0], run[1]), () => undefined);
  if (typeof reading === 'string' || reading.ambiguous) return undefined;
  if (reading.decimal === '.' || reading.decimal === ',') return reading.decimal;
  if (reading.group === '.' || reading.group === ',') return reading.group === '.' ? ',' : '.';
  return undefined;
}

function decimalFromNeighbours(neighbours: readonly string[]): string | undefined {
  let dot = 0;
  let comma = 0;
  for (const neighbour of neighbours.slice(0, 50)) {
    if (typeof neighbour !== 'string') continue;
    const proven = provenDecimal(neighbour);
    if (proven === '.') dot++;
    else if (proven === ',') comma++;
  }
  return dot > comma ? '.' : comma > dot ? ',' : undefined;
}

const localeSeparators = perLocale((locale) => {
  const separators = { group: '', decimal: '' };
  try {
    for (const part of new Intl.NumberFormat(locale).formatToParts(1234567.5)) {
      if (part.type === 'group') separators.group = normalizeNumberText(part.value) || ' ';
      if (part.type === 'decimal') separators.decimal = part.value;
    }
  } catch {
    // Leaves both empty: the locale then settles nothing.
  }
  return separators;
});

/** Settles "1,234": neighbours first (they show this very page's convention), then the page locale. */
export function separatorResolver(locale: string | undefined, neighbours: readonly string[] | undefined) {
  return (separator: string): SeparatorRole | undefined => {
    const decimal = neighbours?.length ? decimalFromNeighbours(neighbours) : undefined;
    if (decimal) return separator === decimal ? 'decimal' : 'group';
    if (!locale) return undefined;
    const page = localeSeparators(locale);
    if (page.decimal === separator) return 'decimal';
    if (page.group === separator) return 'group';
    return undefined;
  };
}
