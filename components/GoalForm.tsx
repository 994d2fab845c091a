import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Channel, Goal, RaceStage, TargetKind } from '@/lib/goals/types';
import type { Reading } from '@/lib/readings';
import type { MessageKey } from '@/lib/i18n';
import type { MetricId } from '@/lib/metrics/types';
import { DEADLINE_PRESETS, deadlineFor, type DeadlinePreset } from '@/lib/goals/deadline-presets';
import { CHANNELS, RACE_STAGES, changeTarget, likeForLikeBaseline, newGoal, periodBefore, resolveTargetValue, validateGoalInput, type GoalInput } from '@/lib/goals/model';
import { addDays } from '@/lib/goals/dates';
import { SOURCE_IDS, type SourceId } from '@/lib/dashboards';
import { pickBestReading, SOURCE_NAMES } from '@/lib/goals/match';
import { parseGoalSentence, type GoalDraft } from '@/lib/goals/sentence';
import type { DateRange } from '@/lib/parse/types';
import { METRIC_IDS, METRICS } from '@/lib/metrics/catalogue';
import { smartChecks } from '@/lib/progress';
import { localIsoDate } from '@/lib/time';
import { request } from './api';
import { SMART_NAME_KEY, smartReason } from './GoalCard';
import { CHANNEL_LABEL, PRESET_LABEL, STAGE_LABEL, TARGET_KIND_LABEL } from './labels';
import { PlanFields, type Plan } from './PlanFields';
import { customGoalMetric, FormulaFields, formulaOf, NO_FORMULA, type FormulaChoice } from './FormulaFields';
import type { GoalFormula } from '@/lib/metrics/derived';
import { useI18n, useSettings } from './i18n';
import { templateDeadline, templateStart, type GoalTemplate } from '@/lib/goals/templates';

export { CHANNEL_LABEL, STAGE_LABEL, TARGET_KIND_LABEL } from './labels';

const isPercentKind = (k: TargetKind) => k === 'increase-by-percent' || k === 'decrease-by-percent';

export interface GoalFormProps {
  /** Readings on the active tab, offered first. */
  readings: readonly Reading[];
  /** The reading "Set a goal for this" was chosen on. */
  initial?: Reading | null;
  /** Edit mode: the goal being changed (its metric stays; a new target keeps the old one in its history). */
  goal?: Goal;
  /** An example goal to fill the form with; applied whenever it changes. */
  template?: GoalTemplate | null;
  onSaved(goal: Goal): void;
  onCancel?: () => void;
  /** Focus the first field on mount (forms opened from a button). */
  autoFocus?: boolean;
}

/** The goal as it would be saved, for the live SMART check; never stored. */
function draftGoal(input: GoalInput, base: Goal | undefined, now: string): Goal {
  const value = Number.isFinite(input.target.value) ? input.target.value : 0;
  const b = input.baseline;
  const baseline =
    b === undefined
      ? undefined
      : typeof b === 'number'
        ? { value: b, obtained: 'typed' as const }
        : { value: b.value, obtained: b.obtained ?? ('typed' as const), ...(b.asOf ? { asOf: b.asOf } : {}), ...(b.period ? { period: b.period } : {}) };
  const draft: Goal = {
    ...(base ?? {
      id: 'draft',
      milestones: [],
      targetHistory: [],
      status: 'active' as const,
      notes: '',
      createdAt: now,
    }),
    name: input.name ?? '',
    metric: input.metric,
    scope: input.scope ?? {},
    target: { kind: input.target.kind, value, setAt: now },
    start: input.start ?? now.slice(0, 10),
    deadline: input.deadline,
    reviewCadenceDays: input.reviewCadenceDays ?? 30,
    updatedAt: now,
  };
  if (baseline && Number.isFinite(baseline.value)) draft.baseline = baseline;
  else delete draft.baseline;
  if (input.stage) draft.stage = input.stage;
  else delete draft.stage;
  if (input.channel) draft.channel = input.channel;
  else delete draft.channel;
  if (input.objective) draft.objective = input.objective;
  else delete draft.objective;
  draft.milestones = [...(input.milestones ?? [])].sort((x, y) => x.deadline.localeCompare(y.deadline));
  for (const key of ['priority', 'after', 'guardFor', 'formula'] as const) {
    if (input[key]) (draft as unknown as Record<string, unknown>)[key] = input[key];
    else delete draft[key];
  }
  return draft;
}

/** A template as the matcher sees a goal, to find the page's reading it would take. */
function templateGoalLike(template: GoalTemplate) {
  return { metric: template.metric, scope: template.scope ?? {}, ...(template.channel ? { channel: template.channel } : {}) };
}

/** A saved goal's formula back as the form's choice (editing). */
function choiceFromFormula(f: GoalFormula): FormulaChoice {
  const sources = f.numerator[0]?.sources ?? [];
  if (f.id === 'custom') {
    return { ...NO_FORMULA, mode: 'custom', numeratorSources: [...sources], custom: { name: f.name ?? '', numerator: f.numerator[0]!.metric, denominator: f.denominator[0]!.metric, percent: f.scale === 100 } };
  }
  const [frequency, lifespan] = (f.factors ?? []).map((x) => String(x.value));
  return { ...NO_FORMULA, mode: 'built-in', numeratorSources: [...sources], cltv: { frequency: frequency ?? '', lifespan: lifespan ?? '' } };
}

/** What a typed total covers: the reading's dates, the goal's length just before it, a day or a month. */
type BaselineCover = 'reading' | 'dates' | 'same-length' | 'day' | 'month';

function baselinePeriod(covers: BaselineCover, cumulative: boolean, start: string, deadline: string, known: DateRange | null): { period?: DateRange } {
  if (!cumulative || !/^\d{4}-\d{2}-\d{2}$/.test(start) || !/^\d{4}-\d{2}-\d{2}$/.test(deadline)) return {};
  switch (covers) {
    case 'reading':
    case 'dates':
      return known ? { period: known } : {};
    case 'same-length':
      return deadline > start ? { period: periodBefore(start, deadline) } : {};
    case 'day':
      return { period: { start: addDays(start, -1), end: addDays(start, -1) } };
    case 'month':
      return { period: { start: addDays(start, -30), end: addDays(start, -1) } };
  }
}

export function GoalForm({ readings, initial, goal, template, onSaved, onCancel, autoFocus = false }: GoalFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { settings } = useSettings();
  const editing = goal !== undefined;
  const today = localIsoDate(new Date());
  const first = editing ? null : (initial ?? readings[0] ?? null);
  const [readingIndex, setReadingIndex] = useState<number>(first ? Math.max(0, readings.indexOf(first)) : -1);
  const reading = readingIndex >= 0 ? (readings[readingIndex] ?? initial ?? null) : null;
  const [metric, setMetric] = useState<MetricId>(goal?.metric ?? first?.metric ?? 'sessions');
  const [kind, setKind] = useState<TargetKind>(goal?.target.kind ?? 'reach');
  const [value, setValue] = useState(goal ? String(goal.target.value) : '');
  const [baseline, setBaseline] = useState(goal?.baseline ? String(goal.baseline.value) : first ? String(first.value) : '');
  const [deadline, setDeadline] = useState(goal?.deadline ?? deadlineFor('end-of-quarter', today));
  const [start, setStart] = useState(goal?.start ?? first?.dateRange?.start ?? today);
  const [name, setName] = useState(goal?.name ?? '');
  const [stage, setStage] = useState<RaceStage | ''>(goal?.stage ?? '');
  const [channel, setChannel] = useState<Channel | ''>(goal?.channel ?? '');
  const [objective, setObjective] = useState(goal?.objective ?? '');
  // What the goal reads: a dashboard (or any) and a row of a channel/segment table (or the totals).
  const [source, setSource] = useState<SourceId | ''>(goal?.scope.source ?? first?.source ?? '');
  const [row, setRow] = useState(goal?.scope.filter ?? first?.scope.row ?? '');
  // "Describe your goal": the fields the sentence filled, so each can show where it came from.
  const [sentence, setSentence] = useState('');
  const [fromSentence, setFromSentence] = useState<ReadonlySet<string>>(new Set());
  const [sentenceMissing, setSentenceMissing] = useState<GoalDraft['missing']>([]);
  const [plan, setPlan] = useState<Plan>({ priority: goal?.priority ?? '', after: goal?.after ?? '', guardFor: goal?.guardFor ?? '', milestones: goal?.milestones ?? [] });
  const [formulaChoice, setFormulaChoice] = useState<FormulaChoice>(goal?.formula ? choiceFromFormula(goal.formula) : NO_FORMULA);
  const [covers, setCovers] = useState<BaselineCover>(goal?.baseline?.period ? 'dates' : first?.dateRange ? 'reading' : 'same-length');
  const [cadence, setCadence] = useState(String(goal?.reviewCadenceDays ?? settings.defaultCadenceDays));
  const [message, setMessage] = useState<string | null>(null);
  const [touched, setTouched] = useState(editing);
  const firstField = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    if (autoFocus) firstField.current?.focus();
  }, [autoFocus]);

  // An example fills every field it knows; a reading of the same metric on the page gives the baseline.
  useEffect(() => {
    if (!template || editing) return;
    const fits = (r: Reading) => pickBestReading(templateGoalLike(template), [r]) !== null;
    const index = readings.findIndex(fits);
    const found = index >= 0 ? readings[index]! : null;
    const templateName = template.names[i18n.language];
    const startOn = templateStart(template, today);
    setReadingIndex(index);
    setMetric(template.metric);
    setKind(template.target.kind);
    // Break-even ROAS is 1 ÷ margin: revenue pays for the goods before it pays for the ads.
    setValue(String(template.special === 'break-even' ? Math.round((1 / settings.margin) * 100) / 100 : template.target.value));
    setBaseline(found ? String(found.value) : '');
    setCovers(found?.dateRange ? 'reading' : 'same-length');
    setDeadline(templateDeadline(template, today));
    setStart(startOn === today && found?.dateRange ? found.dateRange.start : startOn);
    setStage(template.stage);
    setChannel(template.channel ?? '');
    setSource(template.scope?.source ?? found?.source ?? '');
    setRow(template.scope?.filter ?? '');
    setObjective(template.objective ?? '');
    setFormulaChoice(NO_FORMULA);
    setName(templateName);
    setTouched(true);
    setMessage(t('templateApplied', { name: templateName }));
  }, [template]);

  const describe = (text: string) => {
    setSentence(text);
    if (!text.trim()) return (setFromSentence(new Set()), setSentenceMissing([]));
    const draft = parseGoalSentence(text, { locale: i18n.locale, today });
    const filled = new Set<string>();
    if (draft.metric) {
      setMetric(draft.metric);
      setReadingIndex(readings.findIndex((r) => pickBestReading({ metric: draft.metric!, scope: draft.scope ?? {}, ...(draft.channel ? { channel: draft.channel } : {}) }, [r]) !== null));
      filled.add('metric');
    }
    if (draft.target) {
      setKind(draft.target.kind);
      setValue(String(draft.target.value));
      filled.add('kind').add('target');
    }
    if (draft.baseline !== undefined) (setBaseline(String(draft.baseline)), filled.add('baseline'));
    if (draft.deadline) (setDeadline(draft.deadline), filled.add('deadline'));
    if (draft.start) (setStart(draft.start), filled.add('start'));
    if (draft.channel) (setChannel(draft.channel), filled.add('channel'));
    if (draft.stage) (setStage(draft.stage), filled.add('stage'));
    if (draft.scope?.source) (setSource(draft.scope.source), filled.add('source'));
    if (draft.scope?.filter) (setRow(draft.scope.filter), filled.add('row'));
    setName(draft.name);
    filled.add('name');
    setFromSentence(filled);
    setSentenceMissing(draft.missing);
    setTouched(true);
  };
  const filledAttr = (field: string) => (fromSentence.has(field) ? { 'data-from-sentence': 'true' } : {});

  const readingFits = reading !== null && reading.metric === metric;
  const formula = formulaOf(formulaChoice, metric);
  const cumulative = METRICS[metric]?.kind === 'cumulative';
  // Rows the open page shows (channels, campaigns, countries…) are offered as what the goal reads.
  const pageRows = useMemo(() => [...new Set(readings.flatMap((r) => (r.scope.row ? [r.scope.row] : [])))], [readings]);
  const baselineNumber = baseline.trim() === '' ? undefined : Number(baseline);
  const input: GoalInput = useMemo(
    () => ({
      metric,
      target: { kind, value: value.trim() === '' ? Number.NaN : Number(value) },
      deadline,
      start,
      ...(name.trim() ? { name: name.trim() } : {}),
      ...(baselineNumber !== undefined
        ? {
            baseline: {
              ...(readingFits && baselineNumber === reading.value
                ? { value: baselineNumber, obtained: 'history' as const, ...(reading.dateRange ? { asOf: reading.dateRange.end } : {}) }
                : { value: baselineNumber, obtained: 'typed' as const }),
              ...baselinePeriod(covers, cumulative, start, deadline, readingFits && baselineNumber === reading.value ? reading.dateRange : (goal?.baseline?.period ?? null)),
            },
          }
        : {}),
      scope: { ...(goal?.scope.account ? { account: goal.scope.account } : {}), ...(source ? { source } : {}), ...(row.trim() ? { filter: row.trim() } : {}) },
      ...(stage ? { stage } : {}),
      ...(channel ? { channel } : {}),
      ...(objective.trim() ? { objective: objective.trim() } : {}),
      ...(formula ? { formula } : {}),
      ...(plan.priority ? { priority: plan.priority } : {}),
      ...(plan.after ? { after: plan.after } : {}),
      ...(plan.guardFor ? { guardFor: plan.guardFor } : {}),
      milestones: plan.milestones,
      reviewCadenceDays: Number(cadence),
    }),
    [metric, kind, value, deadline, start, name, baselineNumber, reading, readingFits, goal, stage, channel, objective, cadence, source, row, covers, cumulative, formula, plan],
  );
  const nowIso = new Date().toISOString();
  const problems = touched || value !== '' ? validateGoalInput(input, nowIso) : [];
  const draft = useMemo(() => draftGoal(input, goal, nowIso), [input, goal]);
  const absolute = resolveTargetValue(draft);
  const smart = useMemo(
    () => smartChecks({ goal: draft, target: absolute, startValue: likeForLikeBaseline(draft)?.value ?? null, series: [], today }),
    [draft, absolute, today],
  );
  const unit = METRICS[metric]?.unit ?? 'count';
  const currency = readingFits ? (reading.currency ?? null) : null;

  const pickReading = (i: number) => {
    setReadingIndex(i);
    const r = readings[i];
    if (r) {
      setMetric(r.metric);
      setBaseline(String(r.value));
      setSource(r.source);
      setRow(r.scope.row ?? '');
      setCovers(r.dateRange ? 'reading' : 'same-length');
      if (r.dateRange) setStart(r.dateRange.start);
    }
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setTouched(true);
    const now = new Date().toISOString();
    const errors = validateGoalInput(input, now);
    if (errors.length) return setMessage(errors.map((p) => i18n.goalError(p)).join(' '));
    try {
      let toSave: Goal;
      if (goal) {
        const targetChanged = goal.target.kind !== input.target.kind || goal.target.value !== input.target.value;
        const updated: Goal = { ...draftGoal(input, goal, now), name: input.name ?? goal.name, target: goal.target, updatedAt: now };
        toSave = targetChanged ? changeTarget(updated, input.target, now) : updated;
      } else {
        toSave = newGoal(input, now);
      }
      const { goal: saved } = await request('page/save-goal', { goal: toSave });
      setMessage(t(editing ? 'changesSaved' : 'saved'));
      onSaved(saved);
    } catch (err) {
      setMessage(t('error', { message: err instanceof Error ? err.message : String(err) }));
    }
  };

  const fieldProblem = (field: string) => problems.find((p) => p.field === field || p.field.startsWith(`${field}.`));
  const invalid = (field: string) => (fieldProblem(field) ? { 'aria-invalid': true as const } : {});

  return (
    <form class="goal-form" onSubmit={submit} aria-label={t(editing ? 'editGoal' : 'newGoal')}>
      {!editing && (
        <label class="describe-goal">
          {t('describeGoal')}
          <input name="sentence" type="text" maxLength={500} dir="auto" placeholder={t('describeGoalExample')} value={sentence} onInput={(e) => describe(e.currentTarget.value)} />
          {sentenceMissing.length > 0 && (
            <ul class="sentence-missing" aria-live="polite">
              {sentenceMissing.map((m) => (
                <li key={m.field} data-field={m.field}>
                  {i18n.goalError({ code: `sentence-${m.field}`, message: m.message })}
                </li>
              ))}
            </ul>
          )}
        </label>
      )}
      {!editing && readings.length > 0 && (
        <label>
          {t('pickReading')}
          <select ref={firstField} name="reading" value={String(readingIndex)} onChange={(e) => pickReading(Number(e.currentTarget.value))}>
            <option value="-1">{t('noneOnPage')}</option>
            {readings.map((r, i) => (
              <option key={i} value={String(i)}>
                {`${i18n.metricName(r.metric)} — ${r.text}${r.scope.row ? ` (${r.scope.row})` : ''}`}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {readings.length > 0 && !editing ? t('pickMetric') : t('metric')}
        <select
          ref={editing || readings.length === 0 ? firstField : undefined}
          name="metric" {...filledAttr('metric')}
          value={metric}
          disabled={editing}
          onChange={(e) => {
            setMetric(e.currentTarget.value as MetricId);
            setReadingIndex(readings.findIndex((r) => r.metric === e.currentTarget.value));
          }}
        >
          {METRIC_IDS.map((id) => (
            <option key={id} value={id}>
              {i18n.metricName(id)}
            </option>
          ))}
        </select>
      </label>
      <FormulaFields
        metric={metric}
        choice={formulaChoice}
        onChange={(c) => {
          setFormulaChoice(c);
          // A custom KPI is stored under the catalogue metric with its unit and direction.
          if (c.mode === 'custom' && !editing) setMetric(customGoalMetric(c.custom));
        }}
      />
      {readingFits && <p class="baseline">{t('currentValue', { value: i18n.value(reading.value, reading.unit, reading.currency ?? null) })}</p>}
      <label>
        {t('targetKind')}
        <select name="kind" {...filledAttr('kind')} value={kind} onChange={(e) => setKind(e.currentTarget.value as TargetKind)}>
          {(Object.keys(TARGET_KIND_LABEL) as TargetKind[]).map((k) => (
            <option key={k} value={k}>
              {t(TARGET_KIND_LABEL[k])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('baselineInput')}
        <input name="baseline" {...filledAttr('baseline')} type="number" step="any" inputMode="decimal" value={baseline} onInput={(e) => setBaseline(e.currentTarget.value)} {...invalid('baseline')} />
      </label>
      {cumulative && baseline.trim() !== '' && (
        <label>
          {t('baselineCovers')}
          <select name="baselineCovers" value={covers} onChange={(e) => setCovers(e.currentTarget.value as BaselineCover)}>
            {readingFits && reading.dateRange && <option value="reading">{t('baselineCoversReading', { range: i18n.range(reading.dateRange) })}</option>}
            {goal?.baseline?.period && <option value="dates">{t('baselineCoversReading', { range: i18n.range(goal.baseline.period) })}</option>}
            <option value="same-length">{t('baselineCoversSameLength')}</option>
            <option value="day">{t('baselineCoversDay')}</option>
            <option value="month">{t('baselineCoversMonth')}</option>
          </select>
        </label>
      )}
      <label>
        {t('target')}
        <input name="target" {...filledAttr('target')} type="number" step="any" inputMode="decimal" required value={value} onInput={(e) => setValue(e.currentTarget.value)} {...invalid('target')} />
      </label>
      {isPercentKind(kind) && absolute !== null && value !== '' && (
        <p class="target-hint">{t('targetPercentHint', { value: i18n.number(Number(value)), absolute: i18n.value(absolute, unit, currency) })}</p>
      )}
      <label>
        {t('deadline')}
        <input name="deadline" {...filledAttr('deadline')} type="date" required value={deadline} onInput={(e) => setDeadline(e.currentTarget.value)} {...invalid('deadline')} />
      </label>
      <div class="presets" role="group" aria-label={t('deadlinePresets')}>
        {DEADLINE_PRESETS.map((p) => (
          <button key={p} type="button" data-preset={p} onClick={() => setDeadline(deadlineFor(p, today))}>
            {t(PRESET_LABEL[p])}
          </button>
        ))}
      </div>
      <label>
        {t('name')}
        <input name="name" {...filledAttr('name')} type="text" maxLength={200} value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <div class="form-row">
        <label>
          {t('stage')}
          <select name="stage" {...filledAttr('stage')} value={stage} onChange={(e) => setStage(e.currentTarget.value as RaceStage | '')}>
            <option value="">{t('notSet')}</option>
            {RACE_STAGES.map((s) => (
              <option key={s} value={s}>
                {t(STAGE_LABEL[s])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('channel')}
          <select name="channel" {...filledAttr('channel')} value={channel} onChange={(e) => setChannel(e.currentTarget.value as Channel | '')}>
            <option value="">{t('notSet')}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(CHANNEL_LABEL[c])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="form-row">
        <label>
          {t('readsFrom')}
          <select name="source" {...filledAttr('source')} value={source} onChange={(e) => setSource(e.currentTarget.value as SourceId | '')}>
            <option value="">{t('anyDashboard')}</option>
            {SOURCE_IDS.filter((id) => id !== 'generic').map((id) => (
              <option key={id} value={id}>
                {SOURCE_NAMES[id]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('readsRow')}
          <input name="row" {...filledAttr('row')} type="text" maxLength={200} list="goal-form-rows" placeholder={t('readsRowTotals')} value={row} onInput={(e) => setRow(e.currentTarget.value)} {...invalid('scope')} />
          <datalist id="goal-form-rows">
            {pageRows.map((r) => (
              <option key={r} value={r} />
            ))}
          </datalist>
        </label>
      </div>
      <details class="more-options" open={editing}>
        <summary>{t('moreOptions')}</summary>
        <label>
          {t('start')}
          <input name="start" {...filledAttr('start')} type="date" required value={start} onInput={(e) => setStart(e.currentTarget.value)} {...invalid('start')} />
        </label>
        <label>
          {t('objective')}
          <input name="objective" type="text" maxLength={500} value={objective} onInput={(e) => setObjective(e.currentTarget.value)} />
        </label>
        <PlanFields plan={plan} onChange={setPlan} {...(goal ? { selfId: goal.id } : {})} />
        <label>
          {t('cadence')}
          <input name="cadence" type="number" min={1} max={366} step={1} value={cadence} onInput={(e) => setCadence(e.currentTarget.value)} {...invalid('reviewCadenceDays')} />
        </label>
      </details>
      <section class="smart-live" aria-label={t('smart')}>
        <h4>{t('smart')}</h4>
        <ul aria-live="polite">
          {smart.map((s) => (
            <li key={s.letter} class={s.pass ? 'pass' : 'warn'} data-letter={s.letter} data-pass={String(s.pass)}>
              <span class="smart-letter" aria-hidden="true">
                {s.letter} {s.pass ? '✓' : '!'}
              </span>{' '}
              <strong>{t(SMART_NAME_KEY[s.letter])}</strong>
              <span class="visually-hidden"> {t(s.pass ? 'smartPass' : 'smartWarn')}</span>: <span class="smart-reason">{smartReason(i18n, s)}</span>
            </li>
          ))}
        </ul>
      </section>
      {problems.length > 0 && (
        <ul class="problems">
          {problems.map((p) => (
            <li key={`${p.field}-${p.code}`} data-code={p.code}>
              {i18n.goalError(p)}
            </li>
          ))}
        </ul>
      )}
      <div class="form-actions">
        <button type="submit" class="primary">
          {t(editing ? 'saveChanges' : 'save')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
      {message && (
        <p role="status" class="form-message">
          {message}
        </p>
      )}
    </form>
  );
}
