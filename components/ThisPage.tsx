import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { TabView } from '@/lib/messages';
import type { Reading } from '@/lib/readings';
import { isSupportedDashboardUrl } from '@/lib/dashboards';
import { hasOriginPermission, requestOriginPermission, tabUrl } from './api';
import { GoalCard } from './GoalCard';
import { lazyComponent } from './lazy';
import { pure, useProgressiveCount } from './progressive';
import { NotRead } from './NotRead';
import { ReadingsList } from './ReadingsList';
import { useI18n } from './i18n';
import { TrackNumber } from './TrackNumber';

// Shown only on request (more formats): its own chunk, off the first screen.
// The snapshot builders load with the share buttons (or on the click), not with the first screen.
const TabShareActions = lazyComponent(() => import('./ShareActions').then((m) => m.TabShareActions));
// Shown when the user sets a goal on a number: with the sentence parser and the templates it is most of
// the pages' code, which the side panel's first screen does not load (the popup's chunk, wxt.config.ts).
const GoalForm = lazyComponent(() => import('./goal-form-on-demand').then((m) => m.GoalForm));
// Rendered a few at a time (useProgressiveCount): a card already shown is not rendered again for the next ones.
const PureGoalCard = pure(GoalCard);

/**
 * The tab's https site when it is not a supported dashboard (numbers there are picked by the user),
 * and whether Goalpost may read it yet.
 */
function useOtherSite(tabId: number | null, pageUrl: string | null): { origin: string; granted: boolean } | null {
  const [site, setSite] = useState<{ origin: string; granted: boolean } | null>(null);
  useEffect(() => {
    let alive = true;
    setSite(null);
    if (tabId === null) return;
    void (async () => {
      const url = pageUrl ?? (await tabUrl(tabId));
      if (!url || !url.startsWith('https://') || isSupportedDashboardUrl(url)) return;
      const origin = new URL(url).origin;
      const granted = await hasOriginPermission(origin);
      if (alive) setSite({ origin, granted });
    })();
    return () => {
      alive = false;
    };
  }, [tabId, pageUrl]);
  return site;
}

/** Page-printed words inside a sentence of another direction: isolated so they cannot reorder it. */
const isolate = (text: string) => `\u2068${text}\u2069`;

function Empty({ title, hint, children }: { title: string; hint?: string; children?: ComponentChildren }) {
  return (
    <div class="empty-state" data-testid="empty-state">
      <p class="empty">{title}</p>
      {hint && <p class="hint">{hint}</p>}
      {children}
    </div>
  );
}

export interface ThisPageProps {
  view: TabView | null;
  tabId: number | null;
  /** A reading to open the goal form for (context menu "Set a goal for this number"); `key` changes per request. */
  draftRequest?: { key: string; index: number } | null;
  onOpenGoal(goalId: string): void;
  onSaved(): void;
}

/** What Goalpost read on the tab, the goals it matched, and "Set a goal for this". */
export function ThisPage({ view, tabId, draftRequest = null, onOpenGoal, onSaved }: ThisPageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [draftFrom, setDraftFrom] = useState<Reading | null>(null);
  const [moreFormats, setMoreFormats] = useState(false);
  const [permissionNote, setPermissionNote] = useState<string | null>(null);
  const page = view?.page ?? null;
  const otherSite = useOtherSite(tabId, page?.pageUrl ?? null);
  const needsPermission = !page && otherSite && !otherSite.granted ? otherSite.origin : null;
  // Cards below the fold render right after the first screen is painted.
  const cardsNow = useProgressiveCount(view?.goals.length ?? 0);
  // What sits below the goal cards (the readings, the share bar) follows them: no frame builds it off screen,
  // nor while the view holds only the first screen's goals.
  const belowCards = !view?.moreGoals && cardsNow >= (view?.goals.length ?? 0);

  useEffect(() => {
    const r = draftRequest ? page?.readings[draftRequest.index] : undefined;
    if (r) setDraftFrom(r);
  }, [draftRequest?.key]);

  if (!view && tabId !== null) return <Empty title={t('loading')} />;

  const missing = (view?.goals ?? []).filter((g) => g.progress.warnings.some((w) => w.code === 'metric-not-found'));
  const ask = async (origin: string) => {
    try {
      setPermissionNote((await requestOriginPermission(origin)) ? null : t('permissionDenied'));
    } catch (e) {
      setPermissionNote(t('error', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <section aria-label={t('thisPage')} class="this-page">
      {!page &&
        (needsPermission ? (
          <Empty title={t('permissionNeeded', { host: new URL(needsPermission).host })} hint={t('permissionHint')}>
            <button type="button" class="primary" data-action="grant" onClick={() => void ask(needsPermission)}>
              {t('grantAccess')}
            </button>
            {permissionNote && <p role="alert" class="error">{permissionNote}</p>}
          </Empty>
        ) : (
          <Empty title={t('noDashboard')} hint={t('noDashboardHint')} />
        ))}
      {otherSite && tabId !== null && <TrackNumber tabId={tabId} origin={otherSite.origin} />}
      {(page?.missingPicks ?? []).map((pick) => (
        <p key={pick.id} class="warning-banner" role="note" data-testid="pick-missing">
          <span aria-hidden="true">⚠ </span>
          {t('picksMissing', { label: isolate(pick.locator.label), sample: isolate(pick.locator.sample) })}
        </p>
      ))}
      {page?.state === 'loading' && <Empty title={t('pageLoading')} hint={t('pageLoadingHint')} />}
      {page?.state === 'empty' && <Empty title={t('pageEmpty')} hint={t('pageEmptyHint')} />}
      {missing.length > 0 && (
        <p class="warning-banner" role="note" data-testid="metric-not-found">
          <span aria-hidden="true">⚠ </span>
          {t('metricsMissing', { names: missing.map((g) => g.goal.name).join(', ') })}
        </p>
      )}
      {view && view.goals.length > 0 && (
        <>
          <h2>{t('goalsHeading')}</h2>
          {view.goals.slice(0, cardsNow).map((g) => (
            <PureGoalCard key={g.goal.id} view={g} onOpen={onOpenGoal} />
          ))}
        </>
      )}
      {page && page.state === 'ready' && view && view.goals.length === 0 && page.readings.length > 0 && <p class="hint">{t('noGoalsHere')}</p>}
      {draftFrom && (
        <GoalForm
          key={`${draftFrom.metric}|${draftFrom.where}|${draftFrom.scope.row ?? ''}`}
          readings={page?.readings ?? []}
          initial={draftFrom}
          autoFocus
          onSaved={() => {
            setDraftFrom(null);
            onSaved();
          }}
          onCancel={() => setDraftFrom(null)}
        />
      )}
      {page && belowCards && (
        <>
          <h2>{t('readingsHeading')}</h2>
          {page.readings.length === 0 ? (
            page.state === 'ready' && <Empty title={t('noReadings')} hint={t('noReadingsHint')} />
          ) : (
            <ReadingsList readings={page.readings} unmatched={view?.unmatched ?? []} onSetGoal={setDraftFrom} />
          )}
          <NotRead page={page} />
        </>
      )}
      {view && belowCards && (
        <div class="share-bar">
          <button type="button" class="primary" data-format="json" onClick={() => void import('./snapshot-download').then((m) => m.downloadSnapshotJson(view, i18n.locale, new Date(), i18n))}>
            {t('downloadJson')}
          </button>{' '}
          <button type="button" class="link" aria-expanded={moreFormats} onClick={() => setMoreFormats(!moreFormats)}>
            {t('moreFormats')}
          </button>
          {moreFormats && <TabShareActions view={view} />}
        </div>
      )}
    </section>
  );
}
