import { useState } from 'preact/hooks';
import type { Channel, RaceStage } from '@/lib/goals/types';
import { CHANNELS, RACE_STAGES } from '@/lib/goals/model';
import type { GoalView } from '@/lib/messages';
import type { StatusCode } from '@/lib/progress/types';
import { STATUS_LABEL_KEY } from '@/lib/i18n/status';
import { GoalCard } from './GoalCard';
import { CHANNEL_LABEL, STAGE_LABEL } from './labels';
import { useI18n } from './i18n';
import { tPlural } from '@/lib/i18n/plural';

export type GroupBy = 'stage' | 'channel' | 'objective';
const STATUS_ORDER: readonly StatusCode[] = ['behind', 'at-risk', 'on-track', 'achieved', 'missed', 'stale', 'too-early', 'no-data'];

interface Group {
  key: string;
  title: string;
  goals: GoalView[];
}

const PRIORITY_ORDER: Record<string, number> = { high: 0, medium: 1, low: 2 };

/**
 * Within a group: higher priority first (the order given otherwise kept), and each guard-rail goal
 * right after the goal it protects, so "spend up" and "while ROAS stays ≥ 3" are read together.
 */
export function planOrder(goals: readonly GoalView[]): GoalView[] {
  const rank = (v: GoalView) => PRIORITY_ORDER[v.goal.priority ?? ''] ?? 3;
  const sorted = [...goals].sort((a, b) => rank(a) - rank(b));
  const ids = new Set(sorted.map((v) => v.goal.id));
  const guards = sorted.filter((v) => v.goal.guardFor && ids.has(v.goal.guardFor) && v.goal.guardFor !== v.goal.id);
  const out: GoalView[] = [];
  const place = (v: GoalView, seen: Set<string>) => {
    out.push(v);
    for (const g of guards) if (g.goal.guardFor === v.goal.id && !seen.has(g.goal.id)) place(g, new Set([...seen, g.goal.id]));
  };
  for (const v of sorted) if (!guards.includes(v)) place(v, new Set([v.goal.id]));
  // Guard rails in a loop (A guards B guards A) have no partner outside it: keep them anyway.
  for (const v of sorted) if (!out.includes(v)) out.push(v);
  return out;
}

export function groupGoals(goals: readonly GoalView[], by: GroupBy, title: (key: string) => string): Group[] {
  const objectives = [...new Set(goals.flatMap((g) => (g.goal.objective ? [g.goal.objective] : [])))].sort((a, b) => a.localeCompare(b));
  const order: readonly string[] = by === 'stage' ? RACE_STAGES : by === 'channel' ? CHANNELS : objectives;
  const buckets = new Map<string, GoalView[]>();
  for (const g of goals) {
    const key = (by === 'stage' ? g.goal.stage : by === 'channel' ? g.goal.channel : g.goal.objective) ?? '';
    const list = buckets.get(key);
    if (list) list.push(g);
    else buckets.set(key, [g]);
  }
  return [...order, '']
    .filter((k) => buckets.has(k))
    .map((k, i) => ({ key: by === 'objective' && k ? `objective-${i}` : k || 'none', title: title(k), goals: planOrder(buckets.get(k)!) }));
}

/** Every goal, grouped by RACE stage or channel, filtered by status, each with its trend. */
export function AllGoals({ goals, onOpen }: { goals: readonly GoalView[]; onOpen: (goalId: string) => void }) {
  const i18n = useI18n();
  const { t, number } = i18n;
  const [by, setBy] = useState<GroupBy>('stage');
  const [status, setStatus] = useState<StatusCode | ''>('');
  const [showArchived, setShowArchived] = useState(false);

  const title = (k: string) =>
    by === 'objective'
      ? k || t('objectiveNone')
      : by === 'stage'
        ? k
          ? t(STAGE_LABEL[k as RaceStage])
          : t('stageNone')
        : k
          ? t(CHANNEL_LABEL[k as Channel])
          : t('channelNone');
  const names = new Map(goals.map((v) => [v.goal.id, v.goal.name]));
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
            <option value="objective">{t('groupObjective')}</option>
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
              <GoalCard key={v.goal.id} view={v} compact onOpen={onOpen} relations={relationsOf(v, names)} />
            ))}
          </section>
        ))
      )}
    </div>
  );
}

/** The names of the goals this one is tied to in a plan, when they exist. */
function relationsOf(v: GoalView, names: ReadonlyMap<string, string>): { guardOf?: string; after?: string } {
  const guardOf = v.goal.guardFor ? names.get(v.goal.guardFor) : undefined;
  const after = v.goal.after ? names.get(v.goal.after) : undefined;
  return { ...(guardOf ? { guardOf } : {}), ...(after ? { after } : {}) };
}
