import { parseFormula } from '../metrics/derived';
import { isMetricId } from '../metrics/catalogue';
import type { SourceId } from '../dashboards';
import type { NumberUnit } from '../parse/types';
import type { Observation } from '../progress/types';
import type { ReadingScope } from '../readings';
import { isIsoDate, isIsoTimestamp } from './dates';
import { goalSchema } from '../schemas';
import { validate } from '../validate';
import { CHANNELS, RACE_STAGES, TARGET_KINDS } from './model';
import { SOURCE_IDS } from '../dashboards';
import type { Baseline, Goal, GoalPriority, GoalScope, GoalStatus, Milestone, Target } from './types';

/**
 * Goals (and optionally their observations) as a versioned JSON file, and the strict reader for it.
 * The reader checks the whole file before anything is imported, so a half-valid file never leaves
 * half its goals behind; it rebuilds every object from known fields only, so nothing unexpected in
 * the file (extra keys, "__proto__") reaches storage.
 */

export const GOALS_FORMAT = 'goalpost-goals';
export const GOALS_FORMAT_VERSION = 1;
export const IMPORT_LIMITS = {
  bytes: 50 * 1024 * 1024,
  observations: 100_000,
  goals: 10_000,
  stringLength: 10_000,
  arrayLength: 1_000,
} as const;

export interface GoalsExport {
  format: typeof GOALS_FORMAT;
  formatVersion: typeof GOALS_FORMAT_VERSION;
  exportedAt: string;
  goals: Goal[];
  observations?: Observation[];
}

export function exportGoals(args: { goals: readonly Goal[]; observations?: readonly Observation[]; exportedAt: string }): GoalsExport {
  const out: GoalsExport = {
    format: GOALS_FORMAT,
    formatVersion: GOALS_FORMAT_VERSION,
    exportedAt: args.exportedAt,
    goals: args.goals.map((g) => structuredCloneJson(g)),
  };
  if (args.observations) out.observations = args.observations.map((o) => structuredCloneJson(o));
  return out;
}

/** A deep copy through JSON, so the export holds exactly what the file will hold. */
function structuredCloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export type GoalsImportResult =
  | { ok: true; exportedAt: string; goals: Goal[]; observations: Observation[] }
  | { ok: false; message: string };

/** Thrown inside the reader only; parseGoalsImport turns it into `{ ok: false }`. */
class ImportProblem extends Error {}

const NUMBER_UNITS: readonly NumberUnit[] = ['count', 'percent', 'currency', 'duration', 'ratio'];
const GOAL_STATUSES: readonly GoalStatus[] = ['active', 'achieved', 'missed', 'archived'];
const GOAL_PRIORITIES: readonly GoalPriority[] = ['high', 'medium', 'low'];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Reads an exported file. Never throws: every problem comes back as a message naming where it is. */
export function parseGoalsImport(text: string): GoalsImportResult {
  try {
    if (typeof text !== 'string') return { ok: false, message: 'The file is not text.' };
    // Every UTF-8 byte is at most one UTF-16 unit, so only long texts need the exact count.
    if (text.length > IMPORT_LIMITS.bytes || (text.length > IMPORT_LIMITS.bytes / 4 && utf8Length(text) > IMPORT_LIMITS.bytes)) {
      return { ok: false, message: 'The file is larger than 50 MB.' };
    }
    let data: Json;
    try {
      data = JSON.parse(text) as Json;
    } catch (e) {
      return { ok: false, message: `The file is not valid JSON (${e instanceof Error ? e.message : 'syntax error'}).` };
    }
    return readExport(data);
  } catch (e) {
    if (e instanceof ImportProblem) return { ok: false, message: e.message };
    return { ok: false, message: 'The file could not be read.' };
  }
}

function readExport(data: Json): GoalsImportResult {
  const root = object(data, 'the file');
  if (root.format !== GOALS_FORMAT) throw new ImportProblem(`This is not a Goalpost goals file (format is ${describe(root.format)}, expected "${GOALS_FORMAT}").`);
  if (root.formatVersion !== GOALS_FORMAT_VERSION) {
    throw new ImportProblem(
      typeof root.formatVersion === 'number' && root.formatVersion > GOALS_FORMAT_VERSION
        ? `The file was written by a newer Goalpost (format version ${root.formatVersion}); update Goalpost to import it.`
        : `formatVersion ${describe(root.formatVersion)} is not supported (expected ${GOALS_FORMAT_VERSION}).`,
    );
  }
  const exportedAt = timestamp(root.exportedAt, 'exportedAt');
  const goalsJson = array(root.goals, 'goals', IMPORT_LIMITS.goals);
  const goals = goalsJson.map((g, i) => readGoal(g, `goals[${i}]`));
  // An imported goal must also be one the extension's own messages accept (lib/schemas.ts), or it
  // could be stored but never edited or deleted.
  goals.forEach((g, i) => {
    const checked = validate(goalSchema, g, `goals[${i}]`);
    if (!checked.ok) throw new ImportProblem(`${checked.error}.`);
  });
  const seen = new Set<string>();
  goals.forEach((g, i) => {
    if (seen.has(g.id)) throw new ImportProblem(`goals[${i}].id "${g.id}" appears twice.`);
    seen.add(g.id);
  });

  let observations: Observation[] = [];
  if (root.observations !== undefined && root.observations !== null) {
    const list = array(root.observations, 'observations', Number.POSITIVE_INFINITY);
    if (list.length > IMPORT_LIMITS.observations) {
      throw new ImportProblem(`The file has ${list.length} observations; at most ${IMPORT_LIMITS.observations} can be imported.`);
    }
    observations = list.map((o, i) => readObservation(o, `observations[${i}]`));
  }
  return { ok: true, exportedAt, goals, observations };
}

// ——— field readers: each names the path it is reading in its error ———

function describe(v: Json | undefined): string {
  if (v === undefined) return 'missing';
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  return Array.isArray(v) ? 'a list' : v === null ? 'null' : typeof v === 'object' ? 'an object' : String(v);
}

function object(v: Json | undefined, path: string): JsonObject {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new ImportProblem(`${path} is not an object.`);
  return v;
}

function array(v: Json | undefined, path: string, max: number): Json[] {
  if (!Array.isArray(v)) throw new ImportProblem(`${path} is not a list.`);
  if (v.length > max) throw new ImportProblem(`${path} has ${v.length} entries; at most ${max} are allowed.`);
  return v;
}

function string(v: Json | undefined, path: string, opts: { allowEmpty?: boolean } = {}): string {
  if (typeof v !== 'string') throw new ImportProblem(`${path} is not text.`);
  if (v.length > IMPORT_LIMITS.stringLength) throw new ImportProblem(`${path} is longer than ${IMPORT_LIMITS.stringLength} characters.`);
  if (!opts.allowEmpty && v.trim() === '') throw new ImportProblem(`${path} is empty.`);
  return v;
}

function optionalString(v: Json | undefined, path: string): string | undefined {
  return v === undefined || v === null ? undefined : string(v, path, { allowEmpty: true });
}

function number(v: Json | undefined, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ImportProblem(`${path} is not a number.`);
  return v;
}

function date(v: Json | undefined, path: string): string {
  if (!isIsoDate(v)) throw new ImportProblem(`${path} is not a date.`);
  return v;
}

function timestamp(v: Json | undefined, path: string): string {
  if (!isIsoTimestamp(v)) throw new ImportProblem(`${path} is not a date and time.`);
  return v;
}

function oneOf<T extends string>(v: Json | undefined, allowed: readonly T[], path: string): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new ImportProblem(`${path} is ${describe(v)}, not one of ${allowed.join(', ')}.`);
  }
  return v as T;
}

function readTarget(v: Json | undefined, path: string): Target {
  const o = object(v, path);
  return { kind: oneOf(o.kind, TARGET_KINDS, `${path}.kind`), value: number(o.value, `${path}.value`), setAt: timestamp(o.setAt, `${path}.setAt`) };
}

function readGoal(v: Json, path: string): Goal {
  const o = object(v, path);
  const metric = o.metric;
  if (!isMetricId(metric)) throw new ImportProblem(`${path}.metric ${describe(metric)} is not a known metric.`);
  const scopeJson = o.scope === undefined || o.scope === null ? {} : object(o.scope, `${path}.scope`);
  const scope: GoalScope = {};
  if (scopeJson.source !== undefined && scopeJson.source !== null) scope.source = oneOf(scopeJson.source, SOURCE_IDS, `${path}.scope.source`);
  const account = optionalString(scopeJson.account, `${path}.scope.account`);
  if (account) scope.account = account;
  const filter = optionalString(scopeJson.filter, `${path}.scope.filter`);
  if (filter) scope.filter = filter;

  const start = date(o.start, `${path}.start`);
  const deadline = date(o.deadline, `${path}.deadline`);
  if (deadline <= start) throw new ImportProblem(`${path}.deadline is not after ${path}.start.`);

  const cadence = number(o.reviewCadenceDays, `${path}.reviewCadenceDays`);
  if (!Number.isInteger(cadence) || cadence < 1 || cadence > 366) throw new ImportProblem(`${path}.reviewCadenceDays must be a whole number of days from 1 to 366.`);

  const goal: Goal = {
    id: string(o.id, `${path}.id`),
    name: string(o.name, `${path}.name`, { allowEmpty: true }),
    metric,
    scope,
    target: readTarget(o.target, `${path}.target`),
    targetHistory: array(o.targetHistory ?? [], `${path}.targetHistory`, IMPORT_LIMITS.arrayLength).map((t, i) => readTarget(t, `${path}.targetHistory[${i}]`)),
    start,
    deadline,
    milestones: array(o.milestones ?? [], `${path}.milestones`, IMPORT_LIMITS.arrayLength).map((m, i) => readMilestone(m, `${path}.milestones[${i}]`)),
    reviewCadenceDays: cadence,
    status: oneOf(o.status, GOAL_STATUSES, `${path}.status`),
    notes: optionalString(o.notes, `${path}.notes`) ?? '',
    createdAt: timestamp(o.createdAt, `${path}.createdAt`),
    updatedAt: timestamp(o.updatedAt, `${path}.updatedAt`),
  };
  if (o.baseline !== undefined && o.baseline !== null) goal.baseline = readBaseline(o.baseline, `${path}.baseline`);
  if (o.channel !== undefined && o.channel !== null) goal.channel = oneOf(o.channel, CHANNELS, `${path}.channel`);
  if (o.stage !== undefined && o.stage !== null) goal.stage = oneOf(o.stage, RACE_STAGES, `${path}.stage`);
  const objective = optionalString(o.objective, `${path}.objective`);
  if (objective) goal.objective = objective;
  if (o.formula !== undefined && o.formula !== null) {
    const parsed = parseFormula(o.formula, metric);
    if (!parsed.ok) throw new ImportProblem(`${path}.formula.${parsed.errors[0]!.path}: ${parsed.errors[0]!.message}`);
    goal.formula = parsed.formula;
  }
  if (o.priority !== undefined && o.priority !== null) goal.priority = oneOf(o.priority, GOAL_PRIORITIES, `${path}.priority`);
  for (const link of ['after', 'guardFor'] as const) {
    const id = optionalString(o[link], `${path}.${link}`);
    if (id) goal[link] = id;
  }
  if (o.lastReviewedAt !== undefined && o.lastReviewedAt !== null) goal.lastReviewedAt = timestamp(o.lastReviewedAt, `${path}.lastReviewedAt`);
  return goal;
}

function readBaseline(v: Json, path: string): Baseline {
  const o = object(v, path);
  const b: Baseline = { value: number(o.value, `${path}.value`), obtained: oneOf(o.obtained, ['typed', 'history'] as const, `${path}.obtained`) };
  if (o.asOf !== undefined && o.asOf !== null) b.asOf = date(o.asOf, `${path}.asOf`);
  if (o.period !== undefined && o.period !== null) {
    const p = object(o.period, `${path}.period`);
    const period = { start: date(p.start, `${path}.period.start`), end: date(p.end, `${path}.period.end`) };
    if (period.end < period.start) throw new ImportProblem(`${path}.period ends before it starts.`);
    b.period = period;
  }
  return b;
}

function readMilestone(v: Json, path: string): Milestone {
  const o = object(v, path);
  const m: Milestone = { name: string(o.name, `${path}.name`), deadline: date(o.deadline, `${path}.deadline`) };
  if (o.target !== undefined && o.target !== null) m.target = number(o.target, `${path}.target`);
  const note = optionalString(o.note, `${path}.note`);
  if (note !== undefined) m.note = note;
  return m;
}

function readScope(v: Json | undefined, path: string): ReadingScope {
  if (v === undefined || v === null) return {};
  const o = object(v, path);
  const scope: ReadingScope = {};
  const account = optionalString(o.account, `${path}.account`);
  if (account !== undefined) scope.account = account;
  const row = optionalString(o.row, `${path}.row`);
  if (row !== undefined) scope.row = row;
  return scope;
}

function readObservation(v: Json, path: string): Observation {
  const o = object(v, path);
  const metric = o.metric;
  if (!isMetricId(metric)) throw new ImportProblem(`${path}.metric ${describe(metric)} is not a known metric.`);
  let dateRange: Observation['dateRange'] = null;
  if (o.dateRange !== undefined && o.dateRange !== null) {
    const r = object(o.dateRange, `${path}.dateRange`);
    dateRange = { start: date(r.start, `${path}.dateRange.start`), end: date(r.end, `${path}.dateRange.end`) };
    if (dateRange.end < dateRange.start) throw new ImportProblem(`${path}.dateRange ends before it starts.`);
  }
  const precision = number(o.precision, `${path}.precision`);
  if (precision < 0) throw new ImportProblem(`${path}.precision is negative.`);
  const obs: Observation = {
    metric,
    value: number(o.value, `${path}.value`),
    unit: oneOf(o.unit, NUMBER_UNITS, `${path}.unit`),
    precision,
    dateRange,
    source: oneOf(o.source, SOURCE_IDS, `${path}.source`) as SourceId,
    scope: readScope(o.scope, `${path}.scope`),
    label: string(o.label, `${path}.label`, { allowEmpty: true }),
    text: string(o.text, `${path}.text`, { allowEmpty: true }),
    where: string(o.where, `${path}.where`, { allowEmpty: true }),
    confidence: oneOf(o.confidence, ['sure', 'unsure'] as const, `${path}.confidence`),
    pageUrl: string(o.pageUrl, `${path}.pageUrl`, { allowEmpty: true }),
    // Canonical UTC form: progress compares readAt as text.
    readAt: new Date(Date.parse(timestamp(o.readAt, `${path}.readAt`))).toISOString(),
    day: date(o.day, `${path}.day`),
    dedupKey: string(o.dedupKey, `${path}.dedupKey`, { allowEmpty: true }),
    goalIds: array(o.goalIds ?? [], `${path}.goalIds`, IMPORT_LIMITS.arrayLength).map((g, i) => string(g, `${path}.goalIds[${i}]`)),
  };
  if (o.id !== undefined && o.id !== null) {
    const id = number(o.id, `${path}.id`);
    if (!Number.isInteger(id) || id < 0) throw new ImportProblem(`${path}.id is not a whole number.`);
    obs.id = id;
  }
  if (o.currency !== undefined && o.currency !== null) {
    const currency = string(o.currency, `${path}.currency`);
    if (!/^[A-Z]{3}$/.test(currency)) throw new ImportProblem(`${path}.currency ${describe(currency)} is not a currency code.`);
    obs.currency = currency;
  }
  return obs;
}
