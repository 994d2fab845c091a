import { SNAPSHOT_FORMAT, SNAPSHOT_FORMAT_VERSION, type Snapshot } from './snapshot';

export function snapshotToJson(snapshot: Snapshot): string {
  return JSON.stringify(snapshot, null, 2) + '\n';
}

export type SnapshotValidation = { ok: true; snapshot: Snapshot } | { ok: false; message: string };

/**
 * A check returns the first problem as "path: what is wrong", or null. Unknown fields are accepted:
 * newer Goalposts add fields without bumping formatVersion, and this reader must still open their files.
 */
type Check = (value: unknown, path: string) => string | null;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);

const str: Check = (v, p) => (typeof v === 'string' ? null : `${p}: expected a string, got ${describe(v)}`);
const num: Check = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? null : `${p}: expected a number, got ${describe(v)}`);
const bool: Check = (v, p) => (typeof v === 'boolean' ? null : `${p}: expected true or false, got ${describe(v)}`);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const isoDate: Check = (v, p) => str(v, p) ?? (ISO_DATE.test(v as string) ? null : `${p}: expected an ISO date (YYYY-MM-DD)`);
const isoDateTime: Check = (v, p) =>
  str(v, p) ??
  (ISO_DATE_TIME.test(v as string) && !Number.isNaN(Date.parse(v as string)) ? null : `${p}: expected an ISO timestamp`);

const oneOf =
  (...values: readonly (string | number)[]): Check =>
  (v, p) =>
    values.includes(v as string) ? null : `${p}: expected one of ${values.map((x) => JSON.stringify(x)).join(', ')}, got ${JSON.stringify(v) ?? 'nothing'}`;

const nullable =
  (check: Check): Check =>
  (v, p) =>
    v === null ? null : check(v, p);

const arrayOf =
  (check: Check): Check =>
  (v, p) => {
    if (!Array.isArray(v)) return `${p}: expected an array, got ${describe(v)}`;
    for (let i = 0; i < v.length; i++) {
      const problem = check(v[i], `${p}[${i}]`);
      if (problem) return problem;
    }
    return null;
  };

const object =
  (fields: Record<string, Check>): Check =>
  (v, p) => {
    if (!isObject(v)) return `${p}: expected an object, got ${describe(v)}`;
    for (const [key, check] of Object.entries(fields)) {
      if (!(key in v)) return `${p}.${key}: missing`;
      const problem = check(v[key], `${p}.${key}`);
      if (problem) return problem;
    }
    return null;
  };

const recordOf =
  (check: Check): Check =>
  (v, p) => {
    if (!isObject(v)) return `${p}: expected an object, got ${describe(v)}`;
    for (const [key, value] of Object.entries(v)) {
      const problem = check(value, `${p}.${key}`);
      if (problem) return problem;
    }
    return null;
  };

const stringOrNumber: Check = (v, p) => (typeof v === 'string' || typeof v === 'number' ? null : `${p}: expected a string or a number`);

const UNITS = ['count', 'percent', 'currency', 'duration', 'ratio'] as const;
const TARGET_KINDS = ['reach', 'increase-by-percent', 'increase-by', 'decrease-by-percent', 'decrease-to', 'stay-above', 'stay-below'] as const;
const SMART_LETTERS = ['S', 'M', 'A', 'R', 'T', 'E'] as const;

const dateRange = nullable(object({ start: isoDate, end: isoDate }));
// Codes are open: a newer Goalpost may add a status or warning, and renderers fall back to its text.
const message = object({ code: str, text: str, params: recordOf(stringOrNumber) });

const reading = object({
  metric: str,
  label: str,
  value: num,
  text: str,
  unit: oneOf(...UNITS),
  currency: nullable(str),
  dateRange,
  source: str,
  account: nullable(str),
  row: nullable(str),
  where: str,
  readAt: isoDateTime,
});

const range = object({ start: isoDate, end: isoDate });

const formulaPart = object({
  side: oneOf('numerator', 'denominator'),
  metric: str,
  name: str,
  state: oneOf('read', 'stale', 'missing'),
  source: nullable(str),
  value: nullable(num),
  text: nullable(str),
  used: nullable(num),
  unit: oneOf(...UNITS),
  currency: nullable(str),
  dateRange,
  readAt: nullable(isoDateTime),
  where: nullable(str),
  prorated: nullable(object({ from: range, to: range, sharePercent: num })),
  // Open, like status codes: a newer Goalpost may know more reasons.
  reason: nullable(str),
});

const formula = object({
  id: str,
  title: str,
  text: str,
  status: oneOf('complete', 'incomplete', 'refused'),
  range: dateRange,
  prorated: bool,
  missing: arrayOf(str),
  refusal: nullable(str),
  message: str,
  parts: arrayOf(formulaPart),
});

/** `formula` came after version 1 was published: absent, null or a formula are all version 1. */
const optionalFormula: Check = (v, p) => {
  if (!isObject(v) || !('formula' in v) || v.formula === undefined) return null;
  const problem = nullable(formula)(v.formula, `${p}.formula`);
  if (problem || v.formula === null) return problem;
  const f = v.formula as { status: string; parts: Array<{ state: string; value: number | null; side: string }>; missing: string[] };
  // A formula goal never shows a number it could not compute from every part.
  if (f.status !== 'complete' && v.current !== null) return `${p}.current: a formula goal whose formula is ${f.status} has no value (expected null)`;
  if (f.status === 'complete') {
    const read = f.parts.filter((x) => x.state === 'read');
    for (const side of ['numerator', 'denominator']) {
      if (!read.some((x) => x.side === side)) return `${p}.formula.parts: a complete formula needs a read ${side} part`;
    }
  }
  if (f.status === 'incomplete' && f.missing.length === 0) return `${p}.formula.missing: an incomplete formula names the parts it lacks`;
  const i = f.parts.findIndex((x) => x.state !== 'missing' && x.value === null);
  if (i >= 0) return `${p}.formula.parts[${i}].value: a ${f.parts[i]!.state} part carries the value it read`;
  return null;
};

const goalFields = object({
  id: str,
  name: str,
  metric: str,
  unit: oneOf(...UNITS),
  currency: nullable(str),
  target: object({ kind: oneOf(...TARGET_KINDS), value: num, absolute: nullable(num) }),
  baseline: nullable(num),
  start: isoDate,
  deadline: isoDate,
  current: nullable(num),
  approximate: bool,
  percentOfTarget: nullable(num),
  elapsedPercent: num,
  status: message,
  pace: object({ expectedNow: nullable(num), paceRatio: nullable(num) }),
  prorated: nullable(object({ sharePercent: num, target: num })),
  forecast: nullable(object({ value: num, low: nullable(num), high: nullable(num), method: oneOf('run-rate', 'trend', 'as-is') })),
  needed: nullable(object({ perDay: num, perWeek: num })),
  warnings: arrayOf(message),
  smart: arrayOf(object({ letter: oneOf(...SMART_LETTERS), pass: bool, reason: str })),
  explanation: nullable(str),
  dateRange,
  readingIndex: nullable(num),
  trend: arrayOf(object({ readAt: isoDateTime, value: num })),
});

const goal: Check = (v, p) => goalFields(v, p) ?? optionalFormula(v, p);

const scope: Check = (v, p) => {
  const kind = object({ kind: oneOf('tab', 'all') })(v, p);
  if (kind) return kind;
  return (v as { kind: string }).kind === 'tab' ? object({ pageUrl: str, title: nullable(str) })(v, p) : null;
};

const snapshot = object({
  format: oneOf(SNAPSHOT_FORMAT),
  formatVersion: num,
  takenAt: isoDateTime,
  locale: str,
  scope,
  readings: arrayOf(reading),
  goals: arrayOf(goal),
});

function crossCheck(s: Snapshot): string | null {
  for (let i = 0; i < s.goals.length; i++) {
    const index = s.goals[i]!.readingIndex;
    if (index !== null && !(Number.isInteger(index) && index >= 0 && index < s.readings.length)) {
      return `$.goals[${i}].readingIndex: ${index} does not point into $.readings (${s.readings.length} readings)`;
    }
  }
  return null;
}

/** Checks a snapshot file someone sent; never throws, and names the path of the first problem. */
export function validateSnapshotJson(text: string): SnapshotValidation {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `$: not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  // The version decides how the rest is read, so it is checked before the shape.
  if (isObject(parsed) && typeof parsed.formatVersion === 'number' && parsed.formatVersion !== SNAPSHOT_FORMAT_VERSION) {
    return {
      ok: false,
      message: `$.formatVersion: version ${parsed.formatVersion} is not supported (this Goalpost reads version ${SNAPSHOT_FORMAT_VERSION})`,
    };
  }
  const problem = snapshot(parsed, '$');
  if (problem) return { ok: false, message: problem };
  const cross = crossCheck(parsed as Snapshot);
  if (cross) return { ok: false, message: cross };
  return { ok: true, snapshot: parsed as Snapshot };
}
