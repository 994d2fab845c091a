import { useEffect, useState } from 'preact/hooks';
import { GOAL_PRIORITIES } from '@/lib/goals/model';
import type { Goal, GoalPriority, Milestone } from '@/lib/goals/types';
import { request } from './api';
import { useI18n } from './i18n';
import { PRIORITY_LABEL } from './labels';

export interface Plan {
  priority: GoalPriority | '';
  after: string;
  guardFor: string;
  milestones: Milestone[];
}

/**
 * Where a goal sits in a plan (../shared/domain.md, "phased goals"): its priority, the goal it starts
 * after (a later phase), the goal it guards ("spend up while ROAS stays ≥ 3"), and its milestones — a
 * "learn" phase is a milestone with no number.
 */
export function PlanFields({ plan, onChange, selfId }: { plan: Plan; onChange(p: Plan): void; selfId?: string }) {
  const { t } = useI18n();
  const [goals, setGoals] = useState<Array<Pick<Goal, 'id' | 'name'>>>([]);
  useEffect(() => {
    request('page/get-all-goals', {})
      .then(({ goals: views }) => setGoals(views.map((v) => v.goal).filter((g) => g.id !== selfId && g.status !== 'archived')))
      .catch(() => setGoals([]));
  }, [selfId]);
  const set = (patch: Partial<Plan>) => onChange({ ...plan, ...patch });
  const setMilestone = (i: number, patch: Partial<Milestone>) => set({ milestones: plan.milestones.map((m, j) => (j === i ? { ...m, ...patch } : m)) });
  const goalOptions = goals.map((g) => (
    <option key={g.id} value={g.id}>
      {g.name}
    </option>
  ));

  return (
    <fieldset class="plan-fields">
      <legend>{t('planLegend')}</legend>
      <label>
        {t('priority')}
        <select name="priority" value={plan.priority} onChange={(e) => set({ priority: e.currentTarget.value as GoalPriority | '' })}>
          <option value="">{t('notSet')}</option>
          {GOAL_PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(PRIORITY_LABEL[p])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('startsAfter')}
        <select name="after" value={plan.after} onChange={(e) => set({ after: e.currentTarget.value })}>
          <option value="">{t('startsNow')}</option>
          {goalOptions}
        </select>
      </label>
      <label>
        {t('guardFor')}
        <select name="guard-for" value={plan.guardFor} onChange={(e) => set({ guardFor: e.currentTarget.value })}>
          <option value="">{t('notSet')}</option>
          {goalOptions}
        </select>
      </label>
      <ol class="milestones" aria-label={t('milestones')}>
        {plan.milestones.map((m, i) => (
          <li key={i} class="form-row">
            <label>
              {t('milestoneName')}
              <input name={`milestone-${i}-name`} type="text" maxLength={200} value={m.name} onInput={(e) => setMilestone(i, { name: e.currentTarget.value })} />
            </label>
            <label>
              {t('deadline')}
              <input name={`milestone-${i}-deadline`} type="date" value={m.deadline} onInput={(e) => setMilestone(i, { deadline: e.currentTarget.value })} />
            </label>
            <label>
              {t('milestoneTarget')}
              <input
                name={`milestone-${i}-target`}
                type="number"
                step="any"
                placeholder={t('milestoneLearn')}
                value={m.target === undefined ? '' : String(m.target)}
                onInput={(e) => {
                  const v = e.currentTarget.value.trim();
                  const { target: _old, ...rest } = m;
                  set({ milestones: plan.milestones.map((x, j) => (j === i ? (v === '' ? rest : { ...rest, target: Number(v) }) : x)) });
                }}
              />
            </label>
            <button type="button" class="link" onClick={() => set({ milestones: plan.milestones.filter((_, j) => j !== i) })}>
              {t('remove')}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" name="add-milestone" onClick={() => set({ milestones: [...plan.milestones, { name: '', deadline: '' }] })}>
        {t('addMilestone')}
      </button>
    </fieldset>
  );
}
