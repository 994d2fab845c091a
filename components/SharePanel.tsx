import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AllGoalsView, Replies, TabView } from '@/lib/messages';
import { snapshotToJson } from '@/lib/share/json';
import { scopeText } from '@/lib/share/format';
import type { Snapshot } from '@/lib/share/snapshot';
import { request } from './api';
import { ShareActions } from './ShareActions';
import { shareLabels, snapshotOf } from './share';
import { useI18n } from './i18n';

type Saved = Replies['page/list-snapshots']['snapshots'][number];

function SavedSnapshot({ item, onDelete }: { item: Saved; onDelete: (id: number) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [open, setOpen] = useState(false);
  const summary = t('snapshotSummary', {
    scope: scopeText(item.snapshot, shareLabels(i18n)),
    date: i18n.dateTime(item.takenAt),
    count: i18n.number(item.snapshot.goals.length),
  });
  return (
    <li class="snapshot-item" data-snapshot-id={item.id}>
      <span class="snapshot-summary">
        <bdi>{summary}</bdi>
      </span>
      <div class="snapshot-buttons">
        <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('share')}
        </button>
        <button type="button" class="link danger" onClick={() => onDelete(item.id)} aria-label={`${t('deleteSnapshot')}: ${summary}`}>
          {t('deleteSnapshot')}
        </button>
      </div>
      {open && <ShareActions snapshot={() => item.snapshot} label={summary} />}
    </li>
  );
}

/** Share what is shown now (this page or all goals), take snapshots, and share or delete saved ones. */
export function SharePanel({ view, all }: { view: TabView | null; all: AllGoalsView | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  const page = view?.page ?? null;
  const [scope, setScope] = useState<'tab' | 'all'>(page ? 'tab' : 'all');
  const [saved, setSaved] = useState<Saved[] | null>(null);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);

  const load = useCallback(async () => {
    try {
      const { snapshots } = await request('page/list-snapshots', {});
      setSaved([...snapshots].sort((a, b) => b.takenAt.localeCompare(a.takenAt)));
    } catch (e) {
      setNote({ text: t('error', { message: e instanceof Error ? e.message : String(e) }), error: true });
      setSaved([]);
    }
  }, []);
  useEffect(() => void load(), [load]);

  const live = (which: 'tab' | 'all'): Snapshot =>
    snapshotOf({ scope: which, page, goals: which === 'tab' ? (view?.goals ?? []) : (all?.goals ?? []), locale: i18n.locale, words: i18n });

  const take = async (which: 'tab' | 'all') => {
    try {
      await request('page/save-snapshot', { json: snapshotToJson(live(which)) });
      setNote({ text: t('snapshotSaved'), error: false });
      await load();
    } catch (e) {
      setNote({ text: t('error', { message: e instanceof Error ? e.message : String(e) }), error: true });
    }
  };

  const remove = async (id: number) => {
    try {
      await request('page/delete-snapshot', { id });
      setNote({ text: t('snapshotDeleted'), error: false });
      setSaved((list) => (list ?? []).filter((s) => s.id !== id));
    } catch (e) {
      setNote({ text: t('error', { message: e instanceof Error ? e.message : String(e) }), error: true });
    }
  };

  const effectiveScope = page ? scope : 'all';
  return (
    <section class="share-panel" aria-labelledby="share-now-h">
      <h2 id="share-now-h">{t('shareNow')}</h2>
      <fieldset class="scope-choice">
        <legend>{t('shareScope')}</legend>
        <label>
          <input type="radio" name="share-scope" value="tab" checked={effectiveScope === 'tab'} disabled={!page} onChange={() => setScope('tab')} /> {t('thisPage')}
        </label>
        <label>
          <input type="radio" name="share-scope" value="all" checked={effectiveScope === 'all'} onChange={() => setScope('all')} /> {t('allGoals')}
        </label>
      </fieldset>
      <ShareActions snapshot={() => live(effectiveScope)} />
      <div class="share-row">
        <button type="button" class="primary" data-action="snapshot-tab" disabled={!page} onClick={() => void take('tab')}>
          {t('takeSnapshotPage')}
        </button>
        <button type="button" class="primary" data-action="snapshot-all" onClick={() => void take('all')}>
          {t('takeSnapshotAll')}
        </button>
      </div>
      {note && (
        <p role={note.error ? 'alert' : 'status'} class={note.error ? 'error' : 'notice'}>
          {note.text}
        </p>
      )}
      <h2>{t('snapshotHistory')}</h2>
      {saved === null ? (
        <p class="empty">{t('loading')}</p>
      ) : saved.length === 0 ? (
        <p class="empty">{t('noSnapshots')}</p>
      ) : (
        <ul class="snapshots">
          {saved.map((s) => (
            <SavedSnapshot key={s.id} item={s} onDelete={(id) => void remove(id)} />
          ))}
        </ul>
      )}
    </section>
  );
}
