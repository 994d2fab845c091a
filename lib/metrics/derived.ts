import { SOURCE_IDS, type SourceId } from '../dashboards';
import { dayNumber, formatDateEn, fromDayNumber, timestampMs } from '../goals/dates';
import { formatValue } from '../goals/format';
import { matchGoals } from '../goals/match';
import type { GoalScope } from '../goals/types';
import type { DateRange, NumberUnit } from '../parse/types';
import type { Observation } from '../progress/types';
import { ValidationError, type Check } from '../validate';
import { METRICS, isMetricId } from './catalogue';
import { metricDisplayName } from './names';
import type { Direction, LabelLanguage, MetricId } from './types';

/**
 * KPIs built from two numbers that no dashboard prints whole: CAC is ad spend (Google Ads, Meta) over
 * new customers (GA4, a shop), ROAS is revenue over spend, CLTV is order value × frequency × lifespan.
 *
 * A formula is data (`GoalFormula`, stored on a goal); `computeDerived` turns a goal's observations into
 * one value, or says plainly why it cannot:
 * - every part comes from the latest sure, undoubted reading of its metric from each source it names;
 *   a part with no `sources` takes the latest reading from any one source (never a sum over all sources:
 *   GA4's imported Google Ads cost and Google Ads' own cost are the same money);
 * - all parts must describe the same dates. Identical ranges are used as they are; ranges that overlap
 *   are prorated per day to their common days (said in `prorated`); ranges that do not meet, or meet on
 *   too few days, are refused ('range-mismatch');
 * - amounts added together, or divided by each other, must be in one currency ('currency-mismatch'):
 *   Goalpost does not convert currencies;
 * - a part with no reading, or only an old one, makes the result 'incomplete' and names the part:
 *   a partial sum is never shown as the value.
 * Pure: no clock (`now` comes in), no browser globals.
 */

/** The built-in derived KPIs. `returning-visitor-rate` is the catalogue's `returning-visitor-share`. */
export const DERIVED_IDS = ['cac', 'roas', 'cost-per-lead', 'cltv', 'aov', 'returning-visitor-rate'] as const;
export type DerivedId = (typeof DERIVED_IDS)[number];

export interface FormulaPart {
  metric: MetricId;
  /** Sum over these sources, each one required; absent = the latest reading from any one source. */
  sources?: SourceId[];
  /** Property / ad account as the page names it (or its id); absent = any. */
  account?: string;
  /** Campaign, segment or channel row (matched against a reading's row key); absent = totals. */
  filter?: string;
}

export interface GoalFormula {
  id: DerivedId | 'custom';
  /** The KPI's name; required for 'custom', optional for the built-in ones. */
  name?: string;
  /** Added together. */
  numerator: FormulaPart[];
  /** Added together. */
  denominator: FormulaPart[];
  /** Multiply: 100 for percent. */
  scale: number;
  /** Typed constants multiplied in, e.g. CLTV's purchase frequency and customer lifespan in years. */
  factors?: Array<{ name: string; value: number }>;
  unit: NumberUnit;
  direction: Direction;
}

export interface DerivedDefinition {
  /** The catalogue metric a goal with this formula is about. */
  metric: MetricId;
  formula: GoalFormula;
  /** English, e.g. "Cost ÷ New customers". */
  formulaText: string;
  /** Factors the user must type (names as in `formula.factors`); the template's values are placeholders. */
  asks?: readonly string[];
}

/** CLTV's typed factors. */
export const CLTV_FACTORS = Object.freeze({
  frequency: 'Purchases per customer per year',
  lifespan: 'Customer lifespan (years)',
});

/** Below this share of its own days in the common range, a part is refused rather than prorated. */
export const MIN_PRORATION_SHARE = 0.5;
/** Most parts on one side of a formula. */
export const MAX_PARTS = 8;
/** Most typed factors. */
export const MAX_FACTORS = 4;

// ---------------------------------------------------------------------------------------------------
// Words

/** Dashboard names as a part is named in English ("Google Ads cost", "Meta Ads spend"). */
const SOURCE_SHORT: Readonly<Record<SourceId, string>> = {
  ga4: 'GA4',
  'google-ads': 'Google Ads',
  'meta-ads': 'Meta Ads',
  'search-console': 'Search Console',
  'looker-studio': 'Looker Studio',
  generic: 'other site',
};

function lowerFirst(text: string): string {
  // Keep acronyms ("CTR") as printed.
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function scopeSuffix(p: Pick<FormulaPart, 'account' | 'filter'>): string {
  const bits = [p.account?.trim(), p.filter?.trim() ? `'${p.filter.trim()}'` : undefined].filter((b): b is string => !!b);
  return bits.length ? ` (${bits.join(', ')})` : '';
}

/**
 * A part's name: "Google Ads cost", "Meta Ads spend", "GA4 new customers", "Leads" (any source). Other
 * languages: the metric's name there with the dashboard in parentheses ("هزینه (Google Ads)").
 */
export function partName(p: Pick<FormulaPart, 'metric' | 'account' | 'filter'>, source?: SourceId, lang: LabelLanguage = 'en'): string {
  const metric = metricDisplayName(p.metric, lang);
  let name: string;
  if (!source) name = metric;
  else if (lang !== 'en' || source === 'generic') name = `${metric} (${SOURCE_SHORT[source]})`;
  // Meta Ads Manager calls its cost "Amount spent"; marketers say "Meta spend".
  else name = `${SOURCE_SHORT[source]} ${source === 'meta-ads' && p.metric === 'cost' ? 'spend' : lowerFirst(metric)}`;
  return name + scopeSuffix(p);
}

function sideTerms(parts: readonly FormulaPart[], lang: LabelLanguage): string[] {
  return parts.flatMap((p) => (p.sources?.length ? p.sources.map((s) => partName(p, s, lang)) : [partName(p, undefined, lang)]));
}

const group = (terms: readonly string[]) => (terms.length > 1 ? `(${terms.join(' + ')})` : (terms[0] ?? '?'));

/**
 * The formula in words: "(Google Ads cost + Meta Ads spend) ÷ Leads", "Returning users ÷ Users × 100",
 * "Revenue ÷ Purchases × Purchases per customer per year (2) × Customer lifespan (years) (3)".
 * Metric names follow `lang`; dashboard names and factor names are shown as they are.
 */
export function formulaText(formula: GoalFormula, lang: LabelLanguage = 'en', opts: { factorValues?: boolean } = {}): string {
  const showValues = opts.factorValues ?? true;
  let text = `${group(sideTerms(formula.numerator, lang))} ÷ ${group(sideTerms(formula.denominator, lang))}`;
  for (const f of formula.factors ?? []) text += ` × ${f.name}${showValues ? ` (${f.value})` : ''}`;
  if (formula.scale !== 1) text += ` × ${formula.scale}`;
  return text;
}

/** The KPI's name: its own name, else the built-in KPI's metric name ("CAC"), else "Custom KPI". */
export function formulaTitle(formula: Pick<GoalFormula, 'id' | 'name'>, lang: LabelLanguage = 'en'): string {
  const own = formula.name?.trim();
  if (own) return own;
  return isDerivedId(formula.id) ? metricDisplayName(DERIVED_METRICS[formula.id].metric, lang) : 'Custom KPI';
}

const part = (metric: MetricId): FormulaPart => ({ metric });

const TEMPLATES: Record<DerivedId, { metric: MetricId; formula: GoalFormula; asks?: readonly string[] }> = {
  // CAC divides by new customers — first-time purchasers (GA4 "First time purchasers", a shop's "New
  // customers") — not by purchases (repeat orders would make acquisition look cheaper than it is) nor by
  // new users (visitors, not customers: that is cost per visitor).
  cac: {
    metric: 'cac',
    formula: { id: 'cac', numerator: [part('cost')], denominator: [part('new-customers')], scale: 1, unit: 'currency', direction: 'lower' },
  },
  roas: {
    metric: 'roas',
    formula: { id: 'roas', numerator: [part('revenue')], denominator: [part('cost')], scale: 1, unit: 'ratio', direction: 'higher' },
  },
  'cost-per-lead': {
    metric: 'cost-per-lead',
    formula: { id: 'cost-per-lead', numerator: [part('cost')], denominator: [part('leads')], scale: 1, unit: 'currency', direction: 'lower' },
  },
  // CLTV = average order value (revenue ÷ purchases) × purchases per customer per year × lifespan in years.
  cltv: {
    metric: 'cltv',
    formula: {
      id: 'cltv',
      numerator: [part('revenue')],
      denominator: [part('purchases')],
      scale: 1,
      factors: [
        { name: CLTV_FACTORS.frequency, value: 1 },
        { name: CLTV_FACTORS.lifespan, value: 1 },
      ],
      unit: 'currency',
      direction: 'higher',
    },
    asks: [CLTV_FACTORS.frequency, CLTV_FACTORS.lifespan],
  },
  aov: {
    metric: 'aov',
    formula: { id: 'aov', numerator: [part('revenue')], denominator: [part('purchases')], scale: 1, unit: 'currency', direction: 'higher' },
  },
  'returning-visitor-rate': {
    metric: 'returning-visitor-share',
    formula: {
      id: 'returning-visitor-rate',
      numerator: [part('returning-users')],
      denominator: [part('users')],
      scale: 100,
      unit: 'percent',
      direction: 'higher',
    },
  },
};

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** The built-in derived KPIs, each with its formula, unit and direction (frozen: copy with `derivedFormula`). */
export const DERIVED_METRICS: Readonly<Record<DerivedId, Readonly<DerivedDefinition>>> = deepFreeze(
  Object.fromEntries(
    DERIVED_IDS.map((id) => {
      const t = TEMPLATES[id];
      const def: DerivedDefinition = {
        metric: t.metric,
        formula: t.formula,
        formulaText: formulaText(t.formula, 'en', { factorValues: false }),
        ...(t.asks ? { asks: t.asks } : {}),
      };
      return [id, def];
    }),
  ) as Record<DerivedId, DerivedDefinition>,
);

export function isDerivedId(value: unknown): value is DerivedId {
  return typeof value === 'string' && (DERIVED_IDS as readonly string[]).includes(value);
}

/** A fresh, editable copy of a built-in formula (e.g. to name its sources or type CLTV's factors). */
export function derivedFormula(id: DerivedId): GoalFormula {
  return copyFormula(DERIVED_METRICS[id].formula);
}

/** The built-in derived KPI whose goal metric is `metric` (cac → 'cac', returning-visitor-share → 'returning-visitor-rate'). */
export function derivedIdForMetric(metric: MetricId): DerivedId | null {
  return DERIVED_IDS.find((id) => DERIVED_METRICS[id].metric === metric) ?? null;
}

/**
 * The metrics a formula reads, each once: the background links readings of these (not only of the goal's
 * own metric) to a goal with a formula, and hands them to `computeDerived`.
 */
export function formulaMetrics(formula: Pick<GoalFormula, 'numerator' | 'denominator'>): MetricId[] {
  return [...new Set([...formula.numerator, ...formula.denominator].map((p) => p.metric))];
}

/** CLTV with the user's typed frequency and lifespan. */
export function cltvFormula(purchasesPerYear: number, lifespanYears: number): GoalFormula {
  return {
    ...derivedFormula('cltv'),
    factors: [
      { name: CLTV_FACTORS.frequency, value: purchasesPerYear },
      { name: CLTV_FACTORS.lifespan, value: lifespanYears },
    ],
  };
}

function copyPart(p: FormulaPart): FormulaPart {
  return {
    metric: p.metric,
    ...(p.sources ? { sources: [...p.sources] } : {}),
    ...(p.account !== undefined ? { account: p.account } : {}),
    ...(p.filter !== undefined ? { filter: p.filter } : {}),
  };
}

function copyFormula(f: GoalFormula): GoalFormula {
  return {
    id: f.id,
    ...(f.name !== undefined ? { name: f.name } : {}),
    numerator: f.numerator.map(copyPart),
    denominator: f.denominator.map(copyPart),
    scale: f.scale,
    ...(f.factors ? { factors: f.factors.map((x) => ({ name: x.name, value: x.value })) } : {}),
    unit: f.unit,
    direction: f.direction,
  };
}

// ---------------------------------------------------------------------------------------------------
// Validation (imports and the user-defined form)

export type FormulaErrorCode =
  | 'not-object'
  | 'bad-id'
  | 'bad-name'
  | 'bad-parts'
  | 'bad-metric'
  | 'not-summable'
  | 'bad-sources'
  | 'bad-scope'
  | 'duplicate-part'
  | 'mixed-units'
  | 'bad-scale'
  | 'bad-factors'
  | 'bad-unit'
  | 'bad-direction'
  | 'unit-mismatch'
  | 'not-template'
  | 'goal-metric-mismatch';

export interface FormulaError {
  /** Where, e.g. "numerator[1].sources[0]". */
  path: string;
  code: FormulaErrorCode;
  /** English. */
  message: string;
}

const UNITS: readonly NumberUnit[] = ['count', 'percent', 'currency', 'duration', 'ratio'];
const MAX_TEXT = 300;
const MAX_NAME = 80;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What is wrong with a formula, as a list (empty = valid). With `goalMetric`, also checks the formula
 * fits the goal: a built-in formula belongs to its own metric, a custom one must share the metric's unit.
 */
export function validateFormula(f: unknown, goalMetric?: MetricId): FormulaError[] {
  const errors: FormulaError[] = [];
  const err = (path: string, code: FormulaErrorCode, message: string) => errors.push({ path, code, message });
  if (!isObject(f)) {
    err('', 'not-object', 'The formula is not an object.');
    return errors;
  }

  const id = f.id;
  if (id !== 'custom' && !isDerivedId(id)) err('id', 'bad-id', `The formula id must be 'custom' or one of ${DERIVED_IDS.join(', ')}.`);
  if (f.name !== undefined || id === 'custom') {
    if (typeof f.name !== 'string' || f.name.trim() === '') err('name', 'bad-name', 'A custom KPI needs a name.');
    else if (f.name.length > MAX_NAME) err('name', 'bad-name', `The name is longer than ${MAX_NAME} characters.`);
  }

  const sideUnits: Partial<Record<'numerator' | 'denominator', NumberUnit>> = {};
  for (const side of ['numerator', 'denominator'] as const) {
    const parts = f[side];
    if (!Array.isArray(parts) || parts.length === 0) {
      err(side, 'bad-parts', `The ${side} needs at least one metric.`);
      continue;
    }
    if (parts.length > MAX_PARTS) err(side, 'bad-parts', `The ${side} has more than ${MAX_PARTS} parts.`);
    const seen: Array<{ metric: MetricId; sources?: readonly SourceId[]; account: string; filter: string; path: string }> = [];
    parts.forEach((p: unknown, i) => {
      const path = `${side}[${i}]`;
      if (!isObject(p)) return err(path, 'bad-parts', 'A part is not an object.');
      if (!isMetricId(p.metric)) return err(`${path}.metric`, 'bad-metric', `'${String(p.metric)}' is not a metric Goalpost knows.`);
      const def = METRICS[p.metric];
      if (def.kind !== 'cumulative') {
        err(`${path}.metric`, 'not-summable', `${metricDisplayName(p.metric)} is not a count or sum over the period, so it cannot be a part (use the numbers it is built from).`);
      }
      const unit = sideUnits[side];
      if (unit === undefined) sideUnits[side] = def.unit;
      else if (unit !== def.unit) err(`${path}.metric`, 'mixed-units', `The ${side} adds a ${def.unit} to a ${unit}: ${metricDisplayName(p.metric)} cannot be added to the other parts.`);
      let sources: SourceId[] | undefined;
      if (p.sources !== undefined) {
        if (!Array.isArray(p.sources) || p.sources.length === 0) err(`${path}.sources`, 'bad-sources', 'Sources must be a non-empty list (leave it out for any source).');
        else {
          sources = [];
          p.sources.forEach((s: unknown, j) => {
            if (!(SOURCE_IDS as readonly unknown[]).includes(s)) err(`${path}.sources[${j}]`, 'bad-sources', `'${String(s)}' is not a dashboard Goalpost reads.`);
            else if (sources!.includes(s as SourceId)) err(`${path}.sources[${j}]`, 'bad-sources', `${SOURCE_SHORT[s as SourceId]} is listed twice.`);
            else sources!.push(s as SourceId);
          });
        }
      }
      for (const key of ['account', 'filter'] as const) {
        const v = p[key];
        if (v !== undefined && (typeof v !== 'string' || v.trim() === '' || v.length > MAX_TEXT)) {
          err(`${path}.${key}`, 'bad-scope', `The ${key} must be a non-empty text of at most ${MAX_TEXT} characters.`);
        }
      }
      const account = typeof p.account === 'string' ? p.account.trim().toLowerCase() : '';
      const filter = typeof p.filter === 'string' ? p.filter.trim().toLowerCase() : '';
      // The same money or count twice: same metric and scope from an overlapping source ("any" overlaps all).
      const twin = seen.find(
        (s) =>
          s.metric === p.metric &&
          s.account === account &&
          s.filter === filter &&
          (!s.sources || !sources || s.sources.some((x) => sources!.includes(x))),
      );
      if (twin) err(path, 'duplicate-part', `${metricDisplayName(p.metric)} is counted twice in the ${side} (also ${twin.path}).`);
      seen.push({ metric: p.metric, ...(sources ? { sources } : {}), account, filter, path });
    });
  }

  if (typeof f.scale !== 'number' || !Number.isFinite(f.scale) || f.scale <= 0) err('scale', 'bad-scale', 'The scale must be a number above 0 (1, or 100 for a percentage).');
  if (f.factors !== undefined) {
    if (!Array.isArray(f.factors) || f.factors.length > MAX_FACTORS) err('factors', 'bad-factors', `Factors must be a list of at most ${MAX_FACTORS}.`);
    else {
      f.factors.forEach((x: unknown, i) => {
        const path = `factors[${i}]`;
        if (!isObject(x)) return err(path, 'bad-factors', 'A factor is not an object.');
        if (typeof x.name !== 'string' || x.name.trim() === '' || x.name.length > MAX_NAME) err(`${path}.name`, 'bad-factors', 'A factor needs a name.');
        if (typeof x.value !== 'number' || !Number.isFinite(x.value) || x.value <= 0) err(`${path}.value`, 'bad-factors', `${typeof x.name === 'string' ? x.name : 'A factor'} must be a number above 0.`);
      });
    }
  }
  const unitOk = (UNITS as readonly unknown[]).includes(f.unit);
  if (!unitOk) err('unit', 'bad-unit', `The unit must be one of ${UNITS.join(', ')}.`);
  if (f.direction !== 'higher' && f.direction !== 'lower') err('direction', 'bad-direction', "The direction must be 'higher' or 'lower'.");

  // Money ÷ a count is money; money ÷ money (ROAS) or count ÷ count is not.
  const num = sideUnits.numerator;
  const den = sideUnits.denominator;
  if (unitOk && num && den) {
    const money = num === 'currency' && den !== 'currency';
    if (money && f.unit !== 'currency') err('unit', 'unit-mismatch', 'An amount of money divided by a count is an amount of money: the unit must be currency.');
    if (!money && f.unit === 'currency') err('unit', 'unit-mismatch', 'Only an amount of money divided by a count is an amount of money: the unit cannot be currency.');
  }

  if (isDerivedId(id) && errors.length === 0) {
    const t = TEMPLATES[id].formula;
    const metricsOf = (parts: readonly FormulaPart[]) => [...new Set(parts.map((p) => p.metric))].sort().join('+');
    const g = f as unknown as GoalFormula;
    const same =
      metricsOf(g.numerator) === metricsOf(t.numerator) &&
      metricsOf(g.denominator) === metricsOf(t.denominator) &&
      g.scale === t.scale &&
      g.unit === t.unit &&
      g.direction === t.direction &&
      (g.factors?.length ?? 0) === (t.factors?.length ?? 0);
    if (!same) err('', 'not-template', `This is not ${formulaTitle({ id })} (${DERIVED_METRICS[id].formulaText}); name it and make it a custom KPI.`);
  }

  if (goalMetric && errors.length === 0) {
    const g = f as unknown as GoalFormula;
    if (isDerivedId(g.id) && DERIVED_METRICS[g.id].metric !== goalMetric) {
      err('id', 'goal-metric-mismatch', `${formulaTitle(g)} is a formula for ${metricDisplayName(DERIVED_METRICS[g.id].metric)}, not ${metricDisplayName(goalMetric)}.`);
    } else if (METRICS[goalMetric].unit !== g.unit) {
      err('unit', 'goal-metric-mismatch', `${metricDisplayName(goalMetric)} is a ${METRICS[goalMetric].unit}, but this formula gives a ${g.unit}.`);
    }
  }
  return errors;
}

/** A valid formula, copied with only its known fields; or the errors. */
export function parseFormula(f: unknown, goalMetric?: MetricId): { ok: true; formula: GoalFormula } | { ok: false; errors: FormulaError[] } {
  const errors = validateFormula(f, goalMetric);
  if (errors.length) return { ok: false, errors };
  const g = f as GoalFormula;
  const trimmed = copyFormula(g);
  if (trimmed.name !== undefined) trimmed.name = trimmed.name.trim();
  return { ok: true, formula: trimmed };
}

/** For lib/schemas.ts: `formula: optional(goalFormulaSchema)`. Throws the first error as a ValidationError. */
export const goalFormulaSchema: Check<GoalFormula> = (v, path) => {
  const parsed = parseFormula(v);
  if (!parsed.ok) {
    const first = parsed.errors[0]!;
    const at = [path, first.path].filter(Boolean).join('.').replace(/\.\[/g, '[');
    throw new ValidationError(at, `is not a valid formula: ${first.message}`);
  }
  return parsed.formula;
};

// ---------------------------------------------------------------------------------------------------
// Computing

export type Side = 'numerator' | 'denominator';

/** One reading used (or found) for a part. */
export interface PartValue {
  side: Side;
  /** Index of the part in `formula[side]`. */
  part: number;
  metric: MetricId;
  source: SourceId;
  /** English: "Meta Ads spend". */
  name: string;
  /** As read. */
  value: number;
  /** What the formula used: `value` prorated to the common range (= value when not prorated). */
  used: number;
  /** The number as the page printed it. */
  text?: string;
  unit: NumberUnit;
  currency?: string;
  /** As the page printed it. */
  dateRange: DateRange | null;
  readAt: string;
  observationId?: number;
  /** Where on the page (English), the page's label and its address. */
  where: string;
  label: string;
  pageUrl: string;
  /** Read longer ago than `staleAfterDays`. */
  stale: boolean;
  /** Set when the value was prorated: the days it covers (up to the day it was read) and the days used. */
  prorated?: { from: DateRange; to: DateRange; share: number };
}

export type MissingReason = 'no-reading' | 'unsure-only' | 'no-date-range' | 'outside-period' | 'stale';

/** A part (for a named source, or any source) that has no usable reading. */
export interface PartRef {
  side: Side;
  part: number;
  metric: MetricId;
  /** The source the formula names for this part; absent for "any source". */
  source?: SourceId;
  /** English: "GA4 new customers", "New customers". */
  name: string;
  reason: MissingReason;
  /** When the latest reading of it was taken (stale, outside the period …). */
  lastReadAt?: string;
}

export interface Proration {
  side: Side;
  part: number;
  metric: MetricId;
  source: SourceId;
  name: string;
  /** The days the reading covers (its range, up to the day it was read). */
  from: DateRange;
  /** The common days it was prorated to. */
  to: DateRange;
  /** to ÷ from in days. */
  share: number;
}

export type RefusalCode = 'currency-mismatch' | 'range-mismatch' | 'zero-denominator' | 'invalid-formula';

export type DerivedResult =
  | {
      status: 'complete';
      value: number;
      unit: NumberUnit;
      currency?: string;
      /** The days the value describes. */
      range: DateRange;
      /** Parts that were prorated to `range` (absent when every part covered it exactly). */
      prorated?: Proration[];
      parts: PartValue[];
      /** English: "CAC USD 45.2 = (Google Ads cost USD 1,000 + Meta Ads spend USD 356) ÷ GA4 new customers 30, 1 Mar 2026 – 30 Mar 2026". */
      text: string;
    }
  | { status: 'incomplete'; missing: PartRef[]; stale: PartRef[]; parts: PartValue[]; message: string }
  | { status: 'refused'; code: RefusalCode; message: string; params: Record<string, string | number>; parts: PartValue[] };

export interface DeriveOptions {
  /** The goal's period (ISO dates, inclusive): readings must overlap it. */
  period: DateRange;
  /** ISO timestamp (or date) of now; the engine reads no clock. */
  now: string;
  /** A part read longer ago than this is stale. */
  staleAfterDays: number;
}

const MS_PER_DAY = 86_400_000;

interface Slot {
  side: Side;
  part: number;
  p: FormulaPart;
  /** The named source, or undefined for any source. */
  source?: SourceId;
}

interface Candidate {
  o: Observation;
  readMs: number;
  /** Covered days: range start … min(range end, read day). */
  from: number;
  to: number;
  specificity: number;
}

interface Gathered {
  slot: Slot;
  fresh: Candidate[];
  stale: Candidate[];
  /** Why nothing fresh, when nothing is. */
  reason: MissingReason;
  lastReadAt?: string;
}

const isDoubtful = (o: Observation) => Boolean((o as Observation & { doubt?: unknown }).doubt);

function slotsOf(formula: GoalFormula): Slot[] {
  const slots: Slot[] = [];
  for (const side of ['numerator', 'denominator'] as const) {
    formula[side].forEach((p, part) => {
      if (p.sources?.length) for (const source of new Set(p.sources)) slots.push({ side, part, p, source });
      else slots.push({ side, part, p });
    });
  }
  return slots;
}

function scopeOf(p: FormulaPart): GoalScope {
  return { ...(p.account ? { account: p.account } : {}), ...(p.filter ? { filter: p.filter } : {}) };
}

function gather(slot: Slot, observations: readonly Observation[], periodFrom: number, periodTo: number, nowMs: number, staleMs: number): Gathered {
  const fresh: Candidate[] = [];
  const stale: Candidate[] = [];
  const scope = scopeOf(slot.p);
  let sawUnsure = false;
  let sawNoRange = false;
  let outsideLatest: string | undefined;
  for (const o of observations) {
    if (o.metric !== slot.p.metric || (slot.source && o.source !== slot.source)) continue;
    const specificity = matchGoals(o, [{ id: '', metric: o.metric, scope }])[0]?.specificity ?? 0;
    if (specificity === 0) continue;
    if (o.confidence !== 'sure' || isDoubtful(o)) {
      sawUnsure = true;
      continue;
    }
    if (!o.dateRange) {
      sawNoRange = true;
      continue;
    }
    const readMs = timestampMs(o.readAt);
    const readDay = Math.floor(readMs / MS_PER_DAY);
    const from = dayNumber(o.dateRange.start);
    const to = Math.min(dayNumber(o.dateRange.end), readDay);
    if (to < from || to < periodFrom || from > periodTo) {
      if (!outsideLatest || o.readAt > outsideLatest) outsideLatest = o.readAt;
      continue;
    }
    (nowMs - readMs > staleMs ? stale : fresh).push({ o, readMs, from, to, specificity });
  }
  const best = (list: Candidate[]) => {
    const top = Math.max(0, ...list.map((c) => c.specificity));
    return list.filter((c) => c.specificity === top).sort((a, b) => b.readMs - a.readMs || b.to - b.from - (a.to - a.from));
  };
  const g: Gathered = { slot, fresh: best(fresh), stale: best(stale), reason: 'no-reading' };
  if (g.fresh.length === 0) {
    if (g.stale.length) {
      g.reason = 'stale';
      g.lastReadAt = g.stale[0]!.o.readAt;
    } else if (outsideLatest) {
      g.reason = 'outside-period';
      g.lastReadAt = outsideLatest;
    } else if (sawNoRange) g.reason = 'no-date-range';
    else if (sawUnsure) g.reason = 'unsure-only';
  }
  return g;
}

const rangeOf = (from: number, to: number): DateRange => ({ start: fromDayNumber(from), end: fromDayNumber(to) });
const rangeText = (r: DateRange) => (r.start === r.end ? formatDateEn(r.start) : `${formatDateEn(r.start)} – ${formatDateEn(r.end)}`);

function partValue(slot: Slot, c: Candidate, stale: boolean, used = c.o.value, prorated?: PartValue['prorated']): PartValue {
  const o = c.o;
  return {
    side: slot.side,
    part: slot.part,
    metric: o.metric,
    source: o.source,
    name: partName(slot.p, o.source),
    value: o.value,
    used,
    ...(o.text ? { text: o.text } : {}),
    unit: o.unit,
    ...(o.currency ? { currency: o.currency } : {}),
    dateRange: o.dateRange,
    readAt: o.readAt,
    ...(o.id !== undefined ? { observationId: o.id } : {}),
    where: o.where,
    label: o.label,
    pageUrl: o.pageUrl,
    stale,
    ...(prorated ? { prorated } : {}),
  };
}

/** Two amounts that would be added or divided in different currencies, if any. */
function currencyClash(parts: readonly PartValue[]): { a: PartValue; b: PartValue; across: boolean } | null {
  const money = (side: Side) => parts.filter((p) => p.side === side && METRICS[p.metric].unit === 'currency' && p.currency);
  const firsts: PartValue[] = [];
  for (const side of ['numerator', 'denominator'] as const) {
    const list = money(side);
    const first = list[0];
    if (!first) continue;
    const other = list.find((p) => p.currency !== first.currency);
    if (other) return { a: first, b: other, across: false };
    firsts.push(first);
  }
  const [n, d] = firsts;
  if (n && d && n.side !== d.side && n.currency !== d.currency) return { a: n, b: d, across: true };
  return null;
}

function refuseCurrency(title: string, clash: { a: PartValue; b: PartValue; across: boolean }, parts: PartValue[]): DerivedResult {
  const { a, b, across } = clash;
  const message = across
    ? `${a.name} is in ${a.currency} and ${b.name} in ${b.currency}; Goalpost does not convert currencies, so ${title} cannot be computed. Read both in the same currency.`
    : `${a.name} is in ${a.currency} and ${b.name} in ${b.currency}; Goalpost does not convert currencies, so they cannot be added up. Read them in one currency, or track them as separate goals.`;
  return {
    status: 'refused',
    code: 'currency-mismatch',
    message,
    params: { kpi: title, a: a.name, aCurrency: a.currency!, b: b.name, bCurrency: b.currency! },
    parts,
  };
}

function describeRef(r: PartRef, staleAfterDays: number, period: DateRange): string {
  switch (r.reason) {
    case 'no-reading':
      return `${r.name} has no reading yet`;
    case 'unsure-only':
      return `${r.name} was only read with doubt`;
    case 'no-date-range':
      return `${r.name} was read without a date range`;
    case 'outside-period':
      return `${r.name} has no reading for ${rangeText(period)}`;
    case 'stale':
      return `${r.name} was last read ${formatDateEn(r.lastReadAt!.slice(0, 10))}, more than ${staleAfterDays} days ago`;
  }
}

/**
 * The derived KPI from a goal's observations (any order, any metrics: those the formula does not name are
 * ignored). See the module comment for the rules.
 */
export function computeDerived(formula: GoalFormula, observations: readonly Observation[], opts: DeriveOptions): DerivedResult {
  const title = formulaTitle(formula);
  const errors = validateFormula(formula);
  if (errors.length) {
    return { status: 'refused', code: 'invalid-formula', message: `${title}: ${errors[0]!.message}`, params: { kpi: title, path: errors[0]!.path }, parts: [] };
  }
  const periodFrom = dayNumber(opts.period.start);
  const periodTo = dayNumber(opts.period.end);
  const nowMs = timestampMs(opts.now);
  const staleMs = opts.staleAfterDays * MS_PER_DAY;
  const gathered = slotsOf(formula).map((slot) => gather(slot, observations, periodFrom, periodTo, nowMs, staleMs));

  // Incomplete: name every part that has nothing fresh. A currency clash among what is there is said first:
  // reading more will not fix it.
  const lacking = gathered.filter((g) => g.fresh.length === 0);
  if (lacking.length) {
    const found = gathered.flatMap((g) =>
      g.fresh[0] ? [partValue(g.slot, g.fresh[0], false)] : g.stale[0] ? [partValue(g.slot, g.stale[0], true)] : [],
    );
    const clash = currencyClash(found);
    if (clash) return refuseCurrency(title, clash, found);
    const refs = lacking.map((g): PartRef => ({
      side: g.slot.side,
      part: g.slot.part,
      metric: g.slot.p.metric,
      ...(g.slot.source ? { source: g.slot.source } : {}),
      name: partName(g.slot.p, g.slot.source),
      reason: g.reason,
      ...(g.lastReadAt ? { lastReadAt: g.lastReadAt } : {}),
    }));
    const missing = refs.filter((r) => r.reason !== 'stale');
    const stale = refs.filter((r) => r.reason === 'stale');
    const message = `${title} is incomplete: ${refs.map((r) => describeRef(r, opts.staleAfterDays, opts.period)).join('; ')}.`;
    return { status: 'incomplete', missing, stale, parts: found, message };
  }

  // Alignment: the same days for every part, exactly if possible.
  const picks = alignExactly(gathered) ?? gathered.map((g) => g.fresh[0]!);
  const from = Math.max(...picks.map((c) => c.from));
  const to = Math.min(...picks.map((c) => c.to));
  const asRead = picks.map((c, i) => partValue(gathered[i]!.slot, c, false));
  const clash = currencyClash(asRead);
  if (clash) return refuseCurrency(title, clash, asRead);

  const exact = picks.every((c) => c.from === from && c.to === to);
  let parts = asRead;
  let prorated: Proration[] | undefined;
  if (!exact) {
    const refusal = rangeRefusal(title, picks, asRead, from, to, periodFrom, periodTo);
    if (refusal) return refusal;
    const common = rangeOf(from, to);
    prorated = [];
    parts = picks.map((c, i) => {
      const slot = gathered[i]!.slot;
      if (c.from === from && c.to === to) return asRead[i]!;
      const share = (to - from + 1) / (c.to - c.from + 1);
      const entry = { from: rangeOf(c.from, c.to), to: common, share };
      const pv = partValue(slot, c, false, c.o.value * share, entry);
      prorated!.push({ side: slot.side, part: slot.part, metric: pv.metric, source: pv.source, name: pv.name, ...entry });
      return pv;
    });
  }

  const sum = (side: Side) => parts.reduce((s, p) => (p.side === side ? s + p.used : s), 0);
  const numerator = sum('numerator');
  const denominator = sum('denominator');
  const range = rangeOf(from, to);
  if (!(denominator > 0)) {
    const den = parts.filter((p) => p.side === 'denominator').map((p) => p.name).join(' + ');
    return {
      status: 'refused',
      code: 'zero-denominator',
      message: `${den} ${denominator === 0 ? 'is 0' : 'is below 0'} for ${rangeText(range)}, so ${title} cannot be computed (it divides by it).`,
      params: { kpi: title, denominator: den, value: denominator, start: range.start, end: range.end },
      parts,
    };
  }
  const factor = (formula.factors ?? []).reduce((m, f) => m * f.value, 1);
  const value = (numerator / denominator) * formula.scale * factor;
  const currency = formula.unit === 'currency' ? parts.find((p) => p.side === 'numerator' && p.currency)?.currency : undefined;
  const text = resultText(title, formula, parts, value, currency, range, prorated);
  return {
    status: 'complete',
    value,
    unit: formula.unit,
    ...(currency ? { currency } : {}),
    range,
    ...(prorated?.length ? { prorated } : {}),
    parts,
    text,
  };
}

/**
 * Picks one fresh reading per part such that all cover exactly the same days, if they can: the latest
 * such range, then the longest, then the most recently read.
 */
function alignExactly(gathered: readonly Gathered[]): Candidate[] | null {
  let best: { picks: Candidate[]; to: number; len: number; oldest: number } | null = null;
  const first = gathered[0];
  if (!first) return null;
  const tried = new Set<string>();
  for (const c of first.fresh) {
    const key = `${c.from}:${c.to}`;
    if (tried.has(key)) continue;
    tried.add(key);
    const picks: Candidate[] = [];
    for (const g of gathered) {
      // fresh is sorted latest first
      const hit = g.fresh.find((x) => x.from === c.from && x.to === c.to);
      if (!hit) break;
      picks.push(hit);
    }
    if (picks.length !== gathered.length) continue;
    const len = c.to - c.from;
    const oldest = Math.min(...picks.map((p) => p.readMs));
    if (!best || c.to > best.to || (c.to === best.to && (len > best.len || (len === best.len && oldest > best.oldest)))) {
      best = { picks, to: c.to, len, oldest };
    }
  }
  return best?.picks ?? null;
}

/** Why the picked readings cannot be prorated to common days, if they cannot. */
function rangeRefusal(
  title: string,
  picks: readonly Candidate[],
  parts: PartValue[],
  from: number,
  to: number,
  periodFrom: number,
  periodTo: number,
): DerivedResult | null {
  // The two parts whose days differ most: the latest-starting and the earliest-ending.
  const iLate = picks.findIndex((c) => c.from === from);
  const iEarly = picks.findIndex((c) => c.to === to);
  const a = parts[iEarly === iLate ? 0 : iEarly]!;
  const b = parts[iLate]!;
  const days = (i: number) => rangeText(rangeOf(picks[i]!.from, picks[i]!.to));
  const params = (extra: Record<string, string | number>) => ({
    kpi: title,
    a: a.name,
    aRange: days(parts.indexOf(a)),
    b: b.name,
    bRange: days(parts.indexOf(b)),
    ...extra,
  });
  const advice = 'Open the dashboards for the same dates.';
  if (to < from) {
    return {
      status: 'refused',
      code: 'range-mismatch',
      message: `${a.name} covers ${days(parts.indexOf(a))} but ${b.name} covers ${days(parts.indexOf(b))}: they share no days, so ${title} cannot be computed. ${advice}`,
      params: params({}),
      parts,
    };
  }
  if (to < periodFrom || from > periodTo) {
    return {
      status: 'refused',
      code: 'range-mismatch',
      message: `The days ${title}'s parts share (${rangeText(rangeOf(from, to))}) are outside the goal's period. ${advice}`,
      params: params({ start: fromDayNumber(from), end: fromDayNumber(to) }),
      parts,
    };
  }
  const thin = picks.findIndex((c) => (to - from + 1) / (c.to - c.from + 1) < MIN_PRORATION_SHARE);
  if (thin >= 0) {
    const c = picks[thin]!;
    const share = (to - from + 1) / (c.to - c.from + 1);
    const p = parts[thin]!;
    return {
      status: 'refused',
      code: 'range-mismatch',
      message:
        `${p.name} covers ${days(thin)}, but only ${rangeText(rangeOf(from, to))} is common to all parts of ${title} ` +
        `(${Math.round(share * 100)}% of its days): too little to prorate. ${advice}`,
      params: { kpi: title, a: p.name, aRange: days(thin), start: fromDayNumber(from), end: fromDayNumber(to), sharePercent: Math.round(share * 100) },
      parts,
    };
  }
  return null;
}

function resultText(
  title: string,
  formula: GoalFormula,
  parts: readonly PartValue[],
  value: number,
  currency: string | undefined,
  range: DateRange,
  prorated: readonly Proration[] | undefined,
): string {
  const term = (p: PartValue) => `${p.name} ${formatValue(p.used, METRICS[p.metric].unit, p.currency)}${p.prorated ? ' (prorated)' : ''}`;
  const side = (s: Side) => group(parts.filter((p) => p.side === s).map(term));
  let text = `${title} ${formatValue(value, formula.unit, currency)} = ${side('numerator')} ÷ ${side('denominator')}`;
  for (const f of formula.factors ?? []) text += ` × ${f.name} (${f.value})`;
  if (formula.scale !== 1) text += ` × ${formula.scale}`;
  text += `, ${rangeText(range)}`;
  if (prorated?.length) {
    text += `; prorated per day: ${prorated.map((p) => `${p.name} from ${rangeText(p.from)}`).join(', ')}`;
  }
  return text;
}
