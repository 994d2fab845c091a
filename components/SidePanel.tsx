import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AllGoalsView, TabView } from '@/lib/messages';
import type { Reading } from '@/lib/readings';
import { t } from '@/lib/i18n';
import { onViewChanged, request, targetTabId } from './api';
import { GoalCard } from './GoalCard';
import { GoalForm } from './GoalForm';
import { ReadingItem } from './ReadingItem';
import { downloadSnapshotJson } from './snapshot-download';

type Tab = 'page' | 'all';

export function SidePanel({ locale = navigator.language || 'en' }: { locale?: string }) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<TabView | null>(null);
  const [all, setAll] = useState<AllGoalsView | null>(null);
  const [shown, setShown] = useState<Tab>('page');
  const [error, setError] = useState<string | null>(null);
  const [draftFrom, setDraftFrom] = useState<Reading | null>(null);

  const refresh = useCallback(async (id: number | null) => {
    try {
      setError(null);
      const [tabView, allView] = await Promise.all([
        id === null ? Promise.resolve(null) : request('page/get-tab-view', { tabId: id }),
        request('page/get-all-goals', {}),
      ]);
      setView(tabView);
      setAll(allView);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  useEffect(() => {
    let current: number | null = null;
    void targetTabId().then((id) => {
      current = id;
      setTabId(id);
      void refresh(id);
    });
    return onViewChanged((changed) => {
      if (changed === null || changed === current) void refresh(current);
    });
  }, [refresh]);

  const page = view?.page ?? null;
  return (
    <div class="panel">
      <nav class="tabs" role="tablist">
        <button role="tab" aria-selected={shown === 'page'} onClick={() => setShown('page')}>
          {t('thisPage')}
        </button>
        <button role="tab" aria-selected={shown === 'all'} onClick={() => setShown('all')}>
          {t('allGoals')}
        </button>
      </nav>
      {error && (
        <p role="alert" class="error">
          {t('error', { message: error })}
        </p>
      )}
      {shown === 'page' && (
        <section aria-label={t('thisPage')}>
          {!page && <p class="empty">{t('noDashboard')}</p>}
          {page?.state === 'loading' && <p class="empty">{t('pageLoading')}</p>}
          {page?.state === 'empty' && <p class="empty">{t('pageEmpty')}</p>}
          {view && view.goals.length > 0 && (
            <>
              <h2>{t('goalsHeading')}</h2>
              {view.goals.map((g) => (
                <GoalCard key={g.goal.id} view={g} locale={locale} />
              ))}
            </>
          )}
          {page && (
            <>
              <h2>{t('readingsHeading')}</h2>
              {page.readings.length === 0 ? (
                <p class="empty">{t('noReadings')}</p>
              ) : (
                <ul class="readings">
                  {page.readings.map((r, i) => (
                    <ReadingItem key={i} reading={r} locale={locale} onSetGoal={view?.unmatched.includes(i) ? setDraftFrom : undefined} />
                  ))}
                </ul>
              )}
            </>
          )}
          {draftFrom && (
            <GoalForm
              readings={page?.readings ?? []}
              initial={draftFrom}
              onSaved={() => {
                setDraftFrom(null);
                void refresh(tabId);
              }}
            />
          )}
          {view && (
            <button type="button" class="primary" onClick={() => downloadSnapshotJson(view, locale)}>
              {t('downloadJson')}
            </button>
          )}
        </section>
      )}
      {shown === 'all' && (
        <section aria-label={t('allGoals')}>
          {all?.goals.map((g) => <GoalCard key={g.goal.id} view={g} locale={locale} />)}
        </section>
      )}
    </div>
  );
}
