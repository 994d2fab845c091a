/**
 * A small schema checker for what crosses a trust boundary (messages, import files). Each check
 * either returns the value typed or throws a ValidationError naming the path, which the boundary
 * turns into an error reply: callers outside this module never see the throw.
 */
export class ValidationError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path || 'value'} ${problem}`);
    this.name = 'ValidationError';
  }
}

export type Check<T> = (value: unknown, path: string) => T;
export type Checked<C> = C extends Check<infer T> ? T : never;

const fail = (path: string, problem: string): never => {
  throw new ValidationError(path, problem);
};

export const string =
  (opts: { max?: number; min?: number; pattern?: RegExp } = {}): Check<string> =>
  (v, path) => {
    if (typeof v !== 'string') return fail(path, 'is not text');
    if (v.length > (opts.max ?? 10_000)) return fail(path, `is longer than ${opts.max ?? 10_000} characters`);
    if (v.length < (opts.min ?? 0)) return fail(path, 'is empty');
    if (opts.pattern && !opts.pattern.test(v)) return fail(path, 'is not in the expected form');
    return v;
  };

export const number =
  (opts: { min?: number; max?: number; integer?: boolean } = {}): Check<number> =>
  (v, path) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return fail(path, 'is not a finite number');
    if (opts.integer && !Number.isInteger(v)) return fail(path, 'is not a whole number');
    if (opts.min !== undefined && v < opts.min) return fail(path, `is below ${opts.min}`);
    if (opts.max !== undefined && v > opts.max) return fail(path, `is above ${opts.max}`);
    return v;
  };

export const boolean = (): Check<boolean> => (v, path) => (typeof v === 'boolean' ? v : fail(path, 'is not true/false'));

export const oneOf =
  <const T extends readonly (string | number)[]>(values: T): Check<T[number]> =>
  (v, path) =>
    (values as readonly unknown[]).includes(v) ? (v as T[number]) : fail(path, `is not one of ${values.join(', ')}`);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar date `YYYY-MM-DD` that exists (2026-02-30 is refused). */
export const isoDate = (): Check<string> => (v, path) => {
  const s = string({ max: 10 })(v, path);
  if (!ISO_DATE.test(s)) return fail(path, 'is not a date (YYYY-MM-DD)');
  const d = new Date(`${s}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) return fail(path, 'is not a real date');
  return s;
};

/** An ISO timestamp as `Date.prototype.toISOString` writes it. */
export const isoDateTime = (): Check<string> => (v, path) => {
  const s = string({ max: 40 })(v, path);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s) || Number.isNaN(Date.parse(s)))
    return fail(path, 'is not a timestamp');
  return s;
};

export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (v, path) =>
    v === undefined ? undefined : check(v, path);

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v, path) =>
    v === null ? null : check(v, path);

export const array =
  <T>(item: Check<T>, opts: { max?: number } = {}): Check<T[]> =>
  (v, path) => {
    if (!Array.isArray(v)) return fail(path, 'is not a list');
    const max = opts.max ?? 10_000;
    if (v.length > max) return fail(path, `has more than ${max} items`);
    return v.map((x, i) => item(x, `${path}[${i}]`));
  };

type Shape = Record<string, Check<unknown>>;
type FromShape<S extends Shape> = { [K in keyof S as undefined extends Checked<S[K]> ? never : K]: Checked<S[K]> } & {
  [K in keyof S as undefined extends Checked<S[K]> ? K : never]?: Checked<S[K]>;
};

/** A plain object with exactly the listed keys (unknown keys are dropped, so nothing unvetted passes on). */
export const object =
  <S extends Shape>(shape: S): Check<FromShape<S>> =>
  (v, path) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(path, 'is not an object');
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const checked = shape[key]!((v as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
      if (checked !== undefined) out[key] = checked;
    }
    return out as FromShape<S>;
  };

/** Runs a check at a boundary: never throws. */
export function validate<T>(check: Check<T>, value: unknown, path = ''): { ok: true; value: T } | { ok: false; error: string } {
  try {
    return { ok: true, value: check(value, path) };
  } catch (e) {
    if (e instanceof ValidationError) return { ok: false, error: e.message };
    return { ok: false, error: 'could not be checked' };
  }
}
