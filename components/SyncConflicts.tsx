import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { SOURCE_NAMES } from '@/lib/goals/match';
import type { Goal, GoalStatus, Target } from '@/lib/goals/types';
import type { MessageKey } from '@/lib/i18n';
import { formulaText, type GoalFormula } from '@/lib/metrics/derived';
import { isMetricId } from '@/lib/metrics/catalogue';
import type { ConflictChoice, ConflictField, GoalConflict } from '@/lib/sync/types';
import { onViewChanged, request } from './api';
import { useI18n, type I18n } from './i18n';
import { CHANNEL_LABEL, PRIORITY_LABEL, STAGE_LABEL, TARGET_KIND_LABEL } from './labels';

/** The background calls the conflict view makes; tests pass their own. */
export interface ConflictCalls {
  list(): Promise<{ conflicts: GoalConflict[] }>;
  resolve(goalId: string, choice: ConflictChoice): Promise<{ conflicts: GoalConflict[] }>;
}

export const backgroundConflictCalls: ConflictCalls = {
  list: () => request('page/sync-conflicts', {}),
  resolve: (goalId, choice) => request('page/sync-resolve', { goalId, choice }),
};

/** A goal field's name as the goal form words it where that fits; the rest have their own words. */
const FIELD_LABEL: Partial<Record<keyof Goal, MessageKey>> = {
  name: 'conflictFieldName',
  metric: 'metric',
  scope: 'readsFrom',
  target: 'target',
  targetHistory: 'targetHistory',
  baseline: 'baseline',
  start: 'start',
  deadline: 'deadline',
  milestones: 'milestones',
  channel: 'channel',
  stage: 'stage',
  objective: 'conflictFieldObjective',
  priority: 'priority',
  after: 'startsAfter',
  formula: 'formulaLegend',
  guardFor: 'guardFor',
  reviewCadenceDays: 'cadence',
  lastReviewedAt: 'conflictFieldLastReviewed',
  status: 'conflictFieldStatus',
  notes: 'notes',
  createdAt: 'conflictFieldCreated',
  updatedAt: 'conflictFieldUpdated',
};

const GOAL_STATE_LABEL: Record<GoalStatus, MessageKey> = {
  active: 'goalStateActive',
  achieved: 'statusAchieved',
  missed: 'statusMissed',
  archived: 'archived',
};

const own = <T extends object>(table: T, key: unknown): key is keyof T => typeof key === 'string' && Object.hasOwn(table, key);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function fieldLabel(field: string, t: I18n['t']): string {
  return own(FIELD_LABEL, field) ? t(FIELD_LABEL[field]!) : field;
}

function targetText(v: unknown, i18n: I18n): string | null {
  if (!isObject(v) || typeof v.value !== 'number') return null;
  const kind = own(TARGET_KIND_LABEL, v.kind) ? i18n.t(TARGET_KIND_LABEL[v.kind]) : String(v.kind);
  return `${kind} ${i18n.number(v.value)}`;
}

/**
 * One field's value as plain text in the UI language. The values came from another browser through the
 * team's server, so nothing about their shape is assumed: what is not the expected type is shown as JSON.
 */
export function fieldValueText(field: string, value: unknown, i18n: I18n): string {
  const { t } = i18n;
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return t('notSet');
  try {
    switch (field) {
      case 'metric':
        if (isMetricId(value)) return i18n.metricName(value);
        break;
      case 'target': {
        const text = targetText(value, i18n);
        if (text) return text;
        break;
      }
      case 'targetHistory':
        if (Array.isArray(value)) {
          return value
            .map((h: Target) => {
              const text = targetText(h, i18n) ?? JSON.stringify(h);
              return typeof h?.setAt === 'string' ? `${text} (${i18n.date(h.setAt.slice(0, 10))})` : text;
            })
            .join(' · ');
        }
        break;
      case 'start':
      case 'deadline':
        if (typeof value === 'string') return i18n.date(value);
        break;
      case 'lastReviewedAt':
      case 'createdAt':
      case 'updatedAt':
        if (typeof value === 'string') return i18n.dateTime(value);
        break;
      case 'channel':
        if (own(CHANNEL_LABEL, value)) return t(CHANNEL_LABEL[value]);
        break;
      case 'stage':
        if (own(STAGE_LABEL, value)) return t(STAGE_LABEL[value]);
        break;
      case 'priority':
        if (own(PRIORITY_LABEL, value)) return t(PRIORITY_LABEL[value]);
        break;
      case 'status':
        if (own(GOAL_STATE_LABEL, value)) return t(GOAL_STATE_LABEL[value]);
        break;
      case 'baseline':
        if (isObject(value) && typeof value.value === 'number') return i18n.number(value.value);
        break;
      case 'scope':
        if (isObject(value)) {
          const parts = [own(SOURCE_NAMES, value.source) ? SOURCE_NAMES[value.source] : t('anyDashboard')];
          if (typeof value.account === 'string' && value.account) parts.push(value.account);
          if (typeof value.filter === 'string' && value.filter) parts.push(value.filter);
          return parts.join(' · ');
        }
        break;
      case 'milestones':
        if (Array.isArray(value)) {
          return value
            .map((m: unknown) => {
              if (!isObject(m)) return JSON.stringify(m);
              const parts = [String(m.name ?? '')];
              if (typeof m.deadline === 'string') parts.push(i18n.date(m.deadline));
              if (typeof m.target === 'number') parts.push(i18n.number(m.target));
              return parts.filter(Boolean).join(' ');
            })
            .join(' · ');
        }
        break;
      case 'formula':
        if (isObject(value)) return formulaText(value as unknown as GoalFormula, i18n.language);
        break;
    }
  } catch {
    // A value the formatters cannot take still shows, as JSON below.
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return i18n.number(value);
  return JSON.stringify(value) ?? String(value);
}

function goalTitle(c: GoalConflict, i18n: I18n): string {
  const goal = c.mine ?? c.theirs;
  if (goal && typeof goal.name === 'string' && goal.name.trim()) return goal.name;
  return goal && isMetricId(goal.metric) ? i18n.metricName(goal.metric) : c.goalId;
}

const validTime = (iso: unknown): iso is string => typeof iso === 'string' && !Number.isNaN(Date.parse(iso));

/**
 * "Changed by Bob, Dec 4, 2026, 10:00 UTC" from what is known of one version (when it was written, else
 * the goal's own updatedAt); null when nothing is. A deleted version says "Deleted by…" instead.
 */
function changedText(by: string | null, at: string | null | undefined, goal: Goal | null, i18n: I18n, deleted = false): string | null {
  const iso = validTime(at) ? at : validTime(goal?.updatedAt) ? goal!.updatedAt : null;
  const when = iso ? i18n.dateTime(iso) : null;
  if (deleted) {
    if (by && when) return i18n.t('conflictDeletedByAt', { who: by, when });
    return by ? i18n.t('conflictDeletedBy', { who: by }) : null;
  }
  if (by && when) return i18n.t('conflictChangedByAt', { who: by, when });
  if (by) return i18n.t('conflictChangedBy', { who: by });
  if (when) return i18n.t('conflictChangedAt', { when });
  return null;
}

/** The merged goal: one version (mine, or theirs when mine is gone) with each differing field as chosen. */
export function mergedGoal(c: GoalConflict, picks: Record<string, 'mine' | 'theirs'>): Goal | null {
  const base = c.mine ?? c.theirs;
  if (!base) return null;
  const goal: Record<string, unknown> = { ...base };
  for (const f of c.fields) {
    const value = picks[f.field] === 'theirs' ? f.theirs : f.mine;
    if (value === undefined) delete goal[f.field];
    else goal[f.field] = value;
  }
  return goal as unknown as Goal;
}

type Busy = 'mine' | 'theirs' | 'merged' | null;

function ConflictDetail({ conflict, busy, onResolve, onClose }: { conflict: GoalConflict; busy: Busy; onResolve: (choice: ConflictChoice, kind: Busy) => void; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [merging, setMerging] = useState(false);
  const [picks, setPicks] = useState<Record<string, 'mine' | 'theirs'>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const firstChoice = useRef<HTMLInputElement>(null);
  const title = goalTitle(conflict, i18n);
  const id = `conflict-${conflict.goalId.replace(/[^\w-]/g, '_')}`;

  useLayoutEffect(() => heading.current?.focus(), []);
  useLayoutEffect(() => {
    if (merging) firstChoice.current?.focus();
  }, [merging]);

  const mineChanged = changedText(conflict.mineBy, conflict.mineAt, conflict.mine, i18n);
  const theirsChanged = changedText(conflict.theirsBy, conflict.theirsAt, conflict.theirs, i18n);
  const disabled = busy !== null;

  if (conflict.kind === 'delete-edit') {
    // The deleted side is the null one: keeping it deletes the goal, keeping the other keeps it.
    const deletedIsMine = conflict.mine === null;
    const editedText = deletedIsMine ? theirsChanged : mineChanged;
    const deletedText = deletedIsMine
      ? changedText(conflict.mineBy, conflict.mineAt, null, i18n, true)
      : changedText(conflict.theirsBy, conflict.theirsAt, null, i18n, true);
    return (
      <div class="conflict-detail" data-goal-id={conflict.goalId} data-kind="delete-edit" role="group" aria-labelledby={`${id}-h`}>
        <h3 id={`${id}-h`} tabIndex={-1} ref={heading}>
          <bdi>{title}</bdi>
        </h3>
        <p>{t('conflictDeleteEdit')}</p>
        {deletedText && <p class="hint" data-side={deletedIsMine ? 'mine' : 'theirs'}>{deletedText}</p>}
        {editedText && <p class="hint" data-side={deletedIsMine ? 'theirs' : 'mine'}>{editedText}</p>}
        <div class="form-actions">
          <button type="button" class="danger" data-action="conflict-delete" disabled={disabled} aria-busy={busy === 'mine' || busy === 'theirs' || undefined} onClick={() => onResolve(deletedIsMine ? { keep: 'mine' } : { keep: 'theirs' }, deletedIsMine ? 'mine' : 'theirs')}>
            {t('conflictDeleteIt')}
          </button>
          <button type="button" class="primary" data-action="conflict-keep" disabled={disabled} onClick={() => onResolve(deletedIsMine ? { keep: 'theirs' } : { keep: 'mine' }, deletedIsMine ? 'theirs' : 'mine')}>
            {t('conflictKeepIt')}
          </button>
          <button type="button" class="link" data-action="conflict-back" onClick={onClose}>
            {t('back')}
          </button>
        </div>
      </div>
    );
  }

  const merged = mergedGoal(conflict, picks);
  const saveMerged = (e: Event) => {
    e.preventDefault();
    if (merged) onResolve({ keep: 'merged', goal: merged }, 'merged');
  };

  return (
    <div class="conflict-detail" data-goal-id={conflict.goalId} data-kind="edit-edit" role="group" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} tabIndex={-1} ref={heading}>
        <bdi>{title}</bdi>
      </h3>
      <p class="hint">{t('conflictExplain')}</p>
      {merging ? (
        <form class="conflict-merge" onSubmit={saveMerged}>
          <p class="hint">{t('conflictMergeHint')}</p>
          {conflict.fields.map((f: ConflictField, i) => {
            const name = `${id}-${String(f.field)}`;
            const pick = picks[f.field] ?? 'mine';
            return (
              <fieldset key={String(f.field)} data-field={String(f.field)} role="radiogroup" aria-labelledby={`${name}-legend`}>
                <legend id={`${name}-legend`}>{fieldLabel(String(f.field), t)}</legend>
                <label class="check">
                  <input ref={i === 0 ? firstChoice : undefined} type="radio" name={name} value="mine" checked={pick === 'mine'} onChange={() => setPicks({ ...picks, [f.field]: 'mine' })} />
                  <span>
                    {t('conflictMine')} — <bdi>{fieldValueText(String(f.field), f.mine, i18n)}</bdi>
                  </span>
                </label>
                <label class="check">
                  <input type="radio" name={name} value="theirs" checked={pick === 'theirs'} onChange={() => setPicks({ ...picks, [f.field]: 'theirs' })} />
                  <span>
                    {t('conflictTheirs')} — <bdi>{fieldValueText(String(f.field), f.theirs, i18n)}</bdi>
                  </span>
                </label>
              </fieldset>
            );
          })}
          <div class="form-actions">
            <button type="submit" class="primary" data-action="conflict-save-merged" disabled={disabled || !merged}>
              {t('conflictSaveMerged')}
            </button>
            <button type="button" data-action="conflict-merge-cancel" onClick={() => setMerging(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <table class="conflict-table">
            <caption class="visually-hidden">{t('conflictCompare', { name: title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('conflictField')}</th>
                <th scope="col" data-side="mine">
                  {t('conflictMine')}
                  {mineChanged && <span class="conflict-who">{mineChanged}</span>}
                </th>
                <th scope="col" data-side="theirs">
                  {t('conflictTheirs')}
                  {theirsChanged && <span class="conflict-who">{theirsChanged}</span>}
                </th>
              </tr>
            </thead>
            <tbody>
              {conflict.fields.map((f) => (
                <tr key={String(f.field)} data-field={String(f.field)}>
                  <th scope="row">{fieldLabel(String(f.field), t)}</th>
                  <td data-side="mine">
                    <bdi>{fieldValueText(String(f.field), f.mine, i18n)}</bdi>
                  </td>
                  <td data-side="theirs">
                    <bdi>{fieldValueText(String(f.field), f.theirs, i18n)}</bdi>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="form-actions">
            <button type="button" class="primary" data-action="conflict-keep-mine" disabled={disabled} onClick={() => onResolve({ keep: 'mine' }, 'mine')}>
              {t('conflictKeepMine')}
            </button>
            <button type="button" data-action="conflict-keep-theirs" disabled={disabled} onClick={() => onResolve({ keep: 'theirs' }, 'theirs')}>
              {t('conflictKeepTheirs')}
            </button>
            {conflict.fields.length > 0 && merged && (
              <button type="button" data-action="conflict-merge" disabled={disabled} onClick={() => setMerging(true)}>
                {t('conflictMerge')}
              </button>
            )}
            <button type="button" class="link" data-action="conflict-back" onClick={onClose}>
              {t('back')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

/**
 * The side panel's "changed by two people" notices: one per goal whose versions from two browsers
 * disagree, each opening both versions field by field to keep one or merge them. Shows nothing while
 * there is no conflict (or sync is off), so the panel is unchanged for everyone not syncing.
 */
export function SyncConflicts({ calls = backgroundConflictCalls, onResolved }: { calls?: ConflictCalls; onResolved?: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [conflicts, setConflicts] = useState<GoalConflict[]>([]);
  const [openId, setOpenId] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const section = useRef<HTMLElement>(null);
  const returnFocus = useRef<string | null>(null);
  const callsRef = useRef(calls);
  callsRef.current = calls;

  useEffect(() => {
    let alive = true;
    const load = async () => {
      try {
        const { conflicts: list } = await callsRef.current.list();
        if (alive) setConflicts(Array.isArray(list) ? list : []);
      } catch {
        // Sync off or a background without it: no conflicts to show, and nothing to alarm anyone with.
      }
    };
    void load();
    const off = onViewChanged((tabId) => {
      if (tabId === null) void load();
    });
    return () => {
      alive = false;
      off();
    };
  }, []);

  // Back from a conflict (or one resolved): focus returns to its notice, else to the list's heading.
  useLayoutEffect(() => {
    if (openId !== null || returnFocus.current === null) return;
    const goalId = returnFocus.current;
    returnFocus.current = null;
    const root = section.current;
    if (!root) return;
    const button = [...root.querySelectorAll<HTMLButtonElement>('[data-action="open-conflict"]')].find((b) => b.dataset.goalId === goalId);
    (button ?? root.querySelector<HTMLElement>('h2'))?.focus();
  }, [openId, conflicts]);

  const open = openId ? conflicts.find((c) => c.goalId === openId) ?? null : null;

  const close = () => {
    returnFocus.current = openId;
    setOpenId(null);
  };

  const resolve = async (choice: ConflictChoice, kind: Busy) => {
    if (!open || busy) return;
    setBusy(kind);
    setError(null);
    try {
      const reply = await calls.resolve(open.goalId, choice);
      const list = Array.isArray(reply.conflicts) ? reply.conflicts : [];
      setConflicts(list);
      if (!list.some((c) => c.goalId === open.goalId)) {
        returnFocus.current = open.goalId;
        setOpenId(null);
        setMessage(t('conflictResolved', { name: goalTitle(open, i18n) }));
        onResolved?.();
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  if (conflicts.length === 0 && !message && !error) return null;
  return (
    <section class="sync-conflicts" aria-labelledby="sync-conflicts-h" data-testid="sync-conflicts" ref={section}>
      <h2 id="sync-conflicts-h" tabIndex={-1}>
        {t('conflictsHeading')}
      </h2>
      {message && (
        <p role="status" class="notice">
          <span>{message}</span>
          <button type="button" class="link" aria-label={t('close')} onClick={() => setMessage(null)}>
            <span aria-hidden="true">×</span>
          </button>
        </p>
      )}
      {error && (
        <p role="alert" class="error">
          {t('error', { message: error })}
        </p>
      )}
      {open ? (
        <ConflictDetail key={open.goalId} conflict={open} busy={busy} onResolve={(choice, kind) => void resolve(choice, kind)} onClose={close} />
      ) : (
        conflicts.length > 0 && (
          <ul class="conflict-list">
            {conflicts.map((c) => {
              const title = goalTitle(c, i18n);
              return (
                <li key={c.goalId} class="conflict-notice" data-goal-id={c.goalId} data-kind={c.kind}>
                  <span>
                    <bdi class="conflict-goal">{title}</bdi> <span class="conflict-mark">{t('conflictMark')}</span>
                  </span>
                  <button type="button" data-action="open-conflict" data-goal-id={c.goalId} aria-label={`${t('conflictOpen')}: ${title}`} onClick={() => setOpenId(c.goalId)}>
                    {t('conflictOpen')}
                  </button>
                </li>
              );
            })}
          </ul>
        )
      )}
    </section>
  );
}
