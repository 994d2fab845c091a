import { useMemo, useState } from 'preact/hooks';
import type { TargetKind } from '@/lib/goals/types';
import type { Reading } from '@/lib/readings';
import type { MessageKey } from '@/lib/i18n';
import type { MetricId } from '@/lib/metrics/types';
import { DEADLINE_PRESETS, deadlineFor, type DeadlinePreset } from '@/lib/goals/deadline-presets';
import { newGoal, validateGoalInput, type GoalInput } from '@/lib/goals/model';
import { METRIC_IDS } from '@/lib/metrics/catalogue';
import { metricDisplayName } from '@/lib/metrics/labels';
import { formatValue } from '@/lib/format';
import { t } from '@/lib/i18n';
import { localIsoDate } from '@/lib/time';
import { request } from './api';

const TARGET_KINDS: ReadonlyArray<[TargetKind, MessageKey]> = [
  ['reach', 'targetReach'],
  ['increase-by-percent', 'targetIncreaseByPercent'],
  ['decrease-by-percent', 'targetDecreaseByPercent'],
  ['decrease-to', 'targetDecreaseTo'],
  ['stay-above', 'targetStayAbove'],
  ['stay-below', 'targetStayBelow'],
];

const PRESET_LABEL: Record<DeadlinePreset, MessageKey> = {
  'end-of-month': 'presetEndOfMonth',
  'end-of-quarter': 'presetEndOfQuarter',
  'end-of-year': 'presetEndOfYear',
  'in-3-months': 'presetIn3Months',
  'in-6-months': 'presetIn6Months',
};

export interface GoalFormProps {
  /** Readings on the active tab, offered first. */
  readings: readonly Reading[];
  initial?: Reading | null;
  locale?: string;
  onSaved(goalId: string): void;
}

export function GoalForm({ readings, initial, locale = navigator.language || 'en', onSaved }: GoalFormProps) {
  const today = localIsoDate(new Date());
  const first = initial ?? readings[0] ?? null;
  const [readingIndex, setReadingIndex] = useState<number>(first ? Math.max(0, readings.indexOf(first)) : -1);
  const reading = readingIndex >= 0 ? (readings[readingIndex] ?? initial ?? null) : null;
  const [metric, setMetric] = useState<MetricId>(first?.metric ?? 'sessions');
  const [kind, setKind] = useState<TargetKind>('reach');
  const [value, setValue] = useState('');
  const [deadline, setDeadline] = useState(deadlineFor('end-of-quarter', today));
  const [start, setStart] = useState(first?.dateRange?.start ?? today);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  const input: GoalInput = useMemo(
    () => ({
      metric,
      target: { kind, value: Number(value) },
      deadline,
      start,
      ...(name.trim() ? { name: name.trim() } : {}),
      ...(reading && reading.metric === metric ? { baseline: { value: reading.value, obtained: 'history' as const, ...(reading.dateRange ? { asOf: reading.dateRange.end } : {}) } } : {}),
      ...(reading && reading.metric === metric ? { scope: { source: reading.source, ...(reading.scope.row ? { filter: reading.scope.row } : {}) } } : {}),
    }),
    [metric, kind, value, deadline, start, name, reading],
  );
  const problems = value === '' ? [] : validateGoalInput(input, new Date().toISOString());

  const pickReading = (i: number) => {
    setReadingIndex(i);
    const r = readings[i];
    if (r) {
      setMetric(r.metric);
      if (r.dateRange) setStart(r.dateRange.start);
    }
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const errors = validateGoalInput(input, new Date().toISOString());
    if (errors.length) return setMessage(errors.map((p) => p.message).join(' '));
    try {
      const { goal } = await request('page/save-goal', { goal: newGoal(input, new Date().toISOString()) });
      setMessage(t('saved'));
      onSaved(goal.id);
    } catch (err) {
      setMessage(t('error', { message: err instanceof Error ? err.message : String(err) }));
    }
  };

  return (
    <form class="goal-form" onSubmit={submit} aria-label={t('newGoal')}>
      {readings.length > 0 && (
        <label>
          {t('pickReading')}
          <select name="reading" value={String(readingIndex)} onChange={(e) => pickReading(Number(e.currentTarget.value))}>
            <option value="-1">{t('noneOnPage')}</option>
            {readings.map((r, i) => (
              <option key={i} value={String(i)}>
                {`${metricDisplayName(r.metric, 'en')} — ${r.text}${r.scope.row ? ` (${r.scope.row})` : ''}`}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('metric')}
        <select name="metric" value={metric} onChange={(e) => setMetric(e.currentTarget.value as MetricId)}>
          {METRIC_IDS.map((id) => (
            <option key={id} value={id}>
              {metricDisplayName(id, 'en')}
            </option>
          ))}
        </select>
      </label>
      {reading && reading.metric === metric && (
        <p class="baseline">{t('currentValue', { value: formatValue(reading.value, reading.unit, reading.currency ?? null, locale) })}</p>
      )}
      <label>
        {t('targetKind')}
        <select name="kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as TargetKind)}>
          {TARGET_KINDS.map(([k, key]) => (
            <option key={k} value={k}>
              {t(key)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('target')}
        <input name="target" type="number" step="any" required value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      </label>
      <label>
        {t('start')}
        <input name="start" type="date" required value={start} onInput={(e) => setStart(e.currentTarget.value)} />
      </label>
      <label>
        {t('deadline')}
        <input name="deadline" type="date" required value={deadline} onInput={(e) => setDeadline(e.currentTarget.value)} />
      </label>
      <div class="presets" role="group" aria-label={t('deadline')}>
        {DEADLINE_PRESETS.map((p) => (
          <button key={p} type="button" onClick={() => setDeadline(deadlineFor(p, today))}>
            {t(PRESET_LABEL[p])}
          </button>
        ))}
      </div>
      <label>
        {t('name')}
        <input name="name" type="text" maxLength={200} value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      {problems.length > 0 && (
        <ul class="problems">
          {problems.map((p) => (
            <li key={p.code}>{p.message}</li>
          ))}
        </ul>
      )}
      <button type="submit" class="primary">
        {t('save')}
      </button>
      {message && (
        <p role="status" class="form-message">
          {message}
        </p>
      )}
    </form>
  );
}
