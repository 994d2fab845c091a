import { useEffect, useState } from 'preact/hooks';
import { goalPeriod, type Goal, type Target } from '@/lib/goals/types';
import { changeTarget } from '@/lib/goals/model';
import type { GoalView } from '@/lib/messages';
import { METRICS } from '@/lib/metrics/catalogue';
import type { Observation } from '@/lib/progress/types';
import { reviewDueOn } from '@/lib/progress';
import { formulaTrend } from '@/lib/progress/formula-history';
import { downsampleTrend } from '@/lib/share/snapshot';
import { localIsoDate } from '@/lib/time';
import { request } from './api';
import { GoalCard } from './GoalCard';
import { GoalForm } from './GoalForm';
import { TARGET_KIND_LABEL } from './labels';
import { TrendChart } from './Sparkline';
import { useI18n } from './i18n';

const CHART_POINTS = 150;

export interface GoalDetailProps {
  view: GoalView;
  onBack(): void;
  /** The goal was deleted; the reply's copy, so Undo can save it back. */
  onDeleted(goal: Goal): void;
  onSaved(goal: Goal): void;
}

/** One goal: larger chart, edit, target history, review, delete. */
export function GoalDetail({ view, onBack, onDeleted, onSaved }: GoalDetailProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { goal, progress } = view;
  const unit = view.matched?.reading.unit ?? METRICS[goal.metric]?.unit ?? 'count';
  const currency = view.matched?.reading.currency ?? null;
  const fmt = (v: number) => i18n.value(v, unit, currency);
  const [history, setHistory] = useState<Observation[] | null>(null);
  const [historyError, setHistoryError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const today = localIsoDate(new Date());
  const met = progress.status.code === 'achieved' || (progress.fraction !== null && progress.fraction >= 1);
  const [newTarget, setNewTarget] = useState('');
  const [note, setNote] = useState('');
  const [newDeadline, setNewDeadline] = useState(goal.deadline > today ? goal.deadline : '');

  useEffect(() => {
    let alive = true;
    setHistory(null);
    request('page/get-goal-history', { goalId: goal.id })
      .then((r) => alive && setHistory(r.observations))
      .catch((e) => alive && setHistoryError(e instanceof Error ? e.message : String(e)));
    return () => {
      alive = false;
    };
  }, [goal.id]);

  const save = async (next: Goal, done: string) => {
    try {
      const { goal: saved } = await request('page/save-goal', { goal: next });
      setMessage({ text: done, error: false });
      onSaved(saved);
    } catch (e) {
      setMessage({ text: t('error', { message: e instanceof Error ? e.message : String(e) }), error: true });
    }
  };
  const reviewed = (g: Goal): Goal => {
    const now = new Date().toISOString();
    return { ...g, lastReviewedAt: now, updatedAt: now };
  };

  const raise = (e: Event) => {
    e.preventDefault();
    const value = Number(newTarget);
    if (newTarget.trim() === '' || !Number.isFinite(value)) return setMessage({ text: i18n.goalError({ code: 'target-not-a-number', message: 'The target must be a number.' }), error: true });
    const now = new Date().toISOString();
    void save(reviewed(changeTarget(goal, { kind: goal.target.kind, value }, now)), t('reviewSaved'));
  };
  const archive = () => void save(reviewed({ ...goal, status: 'archived' }), t('reviewSaved'));
  const reviewMissed = (e: Event) => {
    e.preventDefault();
    if (!note.trim()) return setMessage({ text: t('reviewNoteRequired'), error: true });
    const stamped = `${today}: ${note.trim()}`;
    const next: Goal = { ...goal, notes: goal.notes ? `${goal.notes}\n${stamped}` : stamped, ...(newDeadline ? { deadline: newDeadline } : {}) };
    if (newDeadline && newDeadline <= goal.start) return setMessage({ text: i18n.goalError({ code: 'deadline-not-after-start', message: 'The deadline must be after the start.' }), error: true });
    void save(reviewed(next), t('reviewSaved'));
  };
  const remove = async () => {
    try {
      const { deleted } = await request('page/delete-goal', { goalId: goal.id });
      onDeleted(deleted ?? goal);
    } catch (e) {
      setMessage({ text: t('error', { message: e instanceof Error ? e.message : String(e) }), error: true });
    }
  };

  // A formula goal's history is its parts' readings: the chart draws the KPI rebuilt day by day instead.
  const points = history
    ? downsampleTrend(goal.formula ? formulaTrend(goal.formula, history, goalPeriod(goal), progress.derived) : history.map((o) => ({ readAt: o.readAt, value: o.value })), CHART_POINTS)
    : [];
  const targetText = (target: Target) =>
    target.kind === 'increase-by-percent' || target.kind === 'decrease-by-percent' ? i18n.value(target.value, 'percent', null) : fmt(target.value);
  const targets = [...goal.targetHistory].reverse();

  return (
    <section class="goal-detail" aria-labelledby="goal-detail-h" data-goal-id={goal.id}>
      <button type="button" class="link back" onClick={onBack}>
        <span aria-hidden="true">{i18n.dir === 'rtl' ? '→ ' : '← '}</span>
        {t('back')}
      </button>
      <h2 id="goal-detail-h">
        <bdi>{goal.name}</bdi>
      </h2>
      <GoalCard view={view} />
      <p class="goal-period">{t('period', { start: i18n.date(goal.start), end: i18n.date(goal.deadline) })}</p>
      {goal.baseline && <p class="goal-baseline">{t('baselineValue', { value: fmt(goal.baseline.value) })}</p>}

      <figure class="chart-box">
        {history === null && !historyError && <p class="empty">{t('loadingHistory')}</p>}
        {historyError && <p class="error" role="alert">{t('error', { message: historyError })}</p>}
        {history && history.length === 0 && <p class="empty">{t('noHistory', { metric: i18n.metricName(goal.metric) })}</p>}
        {history && history.length > 0 && (
          <>
            <TrendChart
              goal={goal}
              trend={points}
              target={progress.target}
              width={320}
              height={140}
              rtl={i18n.dir === 'rtl'}
              className="chart"
              label={t('chartLabel', { name: goal.name })}
            />
            <figcaption>
              <span class="legend legend-value">{t('chartLegendValue')}</span> <span class="legend legend-target">{t('chartLegendTarget')}</span>{' '}
              <span class="legend legend-pace">{t('chartLegendPace')}</span>
              <br />
              {t('readingsCount', { count: i18n.number(history.length), first: i18n.date(history[0]!.readAt.slice(0, 10)), last: i18n.date(history.at(-1)!.readAt.slice(0, 10)) })}
            </figcaption>
          </>
        )}
      </figure>

      <h3>{t('targetHistory')}</h3>
      <ol class="target-history">
        <li data-current="true">
          <strong>{t('currentTarget')}:</strong> {t('targetSetAt', { kind: t(TARGET_KIND_LABEL[goal.target.kind]), value: targetText(goal.target), date: i18n.date(goal.target.setAt.slice(0, 10)) })}
        </li>
        {targets.map((old, i) => (
          <li key={i} data-old-target={old.value}>
            {t('targetSetAt', { kind: t(TARGET_KIND_LABEL[old.kind]), value: targetText(old), date: i18n.date(old.setAt.slice(0, 10)) })}
          </li>
        ))}
      </ol>
      {targets.length === 0 && <p class="empty">{t('targetHistoryEmpty')}</p>}

      {editing ? (
        <GoalForm
          readings={[]}
          goal={goal}
          autoFocus
          onSaved={(g) => {
            setEditing(false);
            setMessage({ text: t('changesSaved'), error: false });
            onSaved(g);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <button type="button" data-action="edit" onClick={() => setEditing(true)}>
          {t('editGoal')}
        </button>
      )}

      <section class="review" aria-labelledby="review-h">
        <h3 id="review-h">{t('review')}</h3>
        <p>
          {goal.lastReviewedAt ? t('lastReviewed', { date: i18n.date(goal.lastReviewedAt.slice(0, 10)) }) : t('neverReviewed')} ·{' '}
          {t('reviewDue', { date: i18n.date(reviewDueOn(goal)) })}
        </p>
        {met ? (
          <form class="review-met" onSubmit={raise} aria-label={t('reviewMetHeading')}>
            <p>{t('reviewMetHeading')}</p>
            <label>
              {t('newTargetValue')}
              <input name="new-target" type="number" step="any" value={newTarget} onInput={(e) => setNewTarget(e.currentTarget.value)} />
            </label>
            <div class="form-actions">
              <button type="submit" class="primary">
                {t('raiseTarget')}
              </button>
              <button type="button" data-action="archive" onClick={archive}>
                {t('archiveGoal')}
              </button>
            </div>
          </form>
        ) : (
          <form class="review-missed" onSubmit={reviewMissed} aria-label={t('reviewMissedHeading')}>
            <p>{t('reviewMissedHeading')}</p>
            <label>
              {t('whatIsNeeded')}
              <textarea name="review-note" rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
            </label>
            <label>
              {t('newDeadline')}
              <input name="new-deadline" type="date" value={newDeadline} onInput={(e) => setNewDeadline(e.currentTarget.value)} />
            </label>
            <button type="submit" class="primary">
              {t('saveReview')}
            </button>
          </form>
        )}
        <button type="button" data-action="mark-reviewed" onClick={() => void save(reviewed(goal), t('reviewSaved'))}>
          {t('markReviewed')}
        </button>
        {goal.notes && (
          <>
            <h4>{t('notes')}</h4>
            <p class="goal-notes">
              <bdi>{goal.notes}</bdi>
            </p>
          </>
        )}
      </section>

      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'notice'}>
          {message.text}
        </p>
      )}
      <button type="button" class="danger" data-action="delete" onClick={() => void remove()}>
        {t('deleteGoal')}
      </button>
    </section>
  );
}
