import { useState } from 'preact/hooks';
import type { Channel, RaceStage } from '@/lib/goals/types';
import { CHANNELS, RACE_STAGES } from '@/lib/goals/model';
import type { GoalView } from '@/lib/messages';
import type { StatusCode } from '@/lib/progress/types';
import { STATUS_LABEL_KEY } from '@/lib/i18n/status';
import { GoalCard } from './GoalCard';
import { CHANNEL_LABEL, STAGE_LABEL } from './GoalForm';
import { useI18n } from './i18n';
import { tPlural } from '@/lib/i18n/plural';

export type GroupBy = 'stage' | 'channel';
const STATUS_ORDER: readonly StatusCode[] = ['behind', 'at-risk', 'on-track', 'achieved', 'missed', 'stale', 'too-early', 'no-data'];

interface Group {
  key: string;
  title: string;
  goals: GoalView[];
}

export function groupGoals(goals: readonly GoalView[], by: GroupBy, title: (key: string) => string): Group[] {
  const order: readonly string[] = by === 'stage' ? RACE_STAGES : CHANNELS;
  const buckets = new Map<string, GoalView[]>();
  for (const g of goals) {
    const key = (by === 'stage' ? g.goal.stage : g.goal.channel) ?? '';
    const list = buckets.get(key);
    if (list) list.push(g);
    else buckets.set(key, [g]);
  }
  return [...order, '']
    .filter((k) => buckets.has(k))
    .map((k) => ({ key: k || 'none', title: title(k), goals: buckets.get(k)! }));
}

/** Every goal, grouped by RACE stage or channel, filtered by status, each with its trend. */
export function AllGoals({ goals, onOpen }: { goals: readonly GoalView[]; onOpen: (goalId: string) => void }) {
  const i18n = useI18n();
  const { t, number } = i18n;
  const [by, setBy] = useState<GroupBy>('stage');
  const [status, setStatus] = useState<StatusCode | ''>('');
  const [showArchived, setShowArchived] = useState(false);

  const title = (k: string) =>
    by === 'stage' ? (k ? t(STAGE_LABEL[k as RaceStage]) : t('stageNone')) : k ? t(CHANNEL_LABEL[k as Channel]) : t('channelNone');
  const shown = goals.filter((g) => (showArchived || g.goal.status !== 'archived') && (!status || g.progress.status.code === status));
  const groups = groupGoals(shown, by, title);

  return (
    <div class="all-goals">
      <div class="toolbar">
        <label>
          {t('groupBy')}
          <select name="group-by" value={by} onChange={(e) => setBy(e.currentTarget.value as GroupBy)}>
            <option value="stage">{t('groupStage')}</option>
            <option value="channel">{t('groupChannel')}</option>
          </select>
        </label>
        <label>
          {t('filterStatus')}
          <select name="status-filter" value={status} onChange={(e) => setStatus(e.currentTarget.value as StatusCode | '')}>
            <option value="">{t('filterAll')}</option>
            {STATUS_ORDER.map((s) => (
              <option key={s} value={s}>
                {t(STATUS_LABEL_KEY[s])}
              </option>
            ))}
          </select>
        </label>
        <label class="check">
          <input type="checkbox" name="show-archived" checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} /> {t('showArchived')}
        </label>
      </div>
      {goals.length === 0 ? (
        <p class="empty">{t('noGoalsYet')}</p>
      ) : groups.length === 0 ? (
        <p class="empty">{t('noGoalsMatch')}</p>
      ) : (
        groups.map((g) => (
          <section key={g.key} class="goal-group" data-group={g.key} aria-labelledby={`gg-${g.key}`}>
            <h2 id={`gg-${g.key}`}>
              {g.title} <span class="count">({tPlural(i18n, 'goalCount', g.goals.length, { count: number(g.goals.length) })})</span>
            </h2>
            {g.goals.map((v) => (
              <GoalCard key={v.goal.id} view={v} compact onOpen={onOpen} />
            ))}
          </section>
        ))
      )}
    </div>
  );
}
