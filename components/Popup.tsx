import { useEffect, useState } from 'preact/hooks';
import type { Reading } from '@/lib/readings';
import { openOptions, request, tabUrl, targetTabId } from './api';
import { isSupportedDashboardUrl } from '@/lib/dashboards';
import { TrackNumber } from './TrackNumber';
import { GoalForm } from './GoalForm';
import { openSidePanel } from './side-panel';
import { GOAL_TEMPLATES, type GoalTemplate } from '@/lib/goals/templates';
import { useI18n } from './i18n';

/** Quick goal entry, prefilled from what the active tab's dashboard shows, or from a seeds' example. */
export function Popup() {
  const { t, language } = useI18n();
  const [tabId, setTabId] = useState<number | null>(null);
  const [readings, setReadings] = useState<Reading[] | null>(null);
  const [template, setTemplate] = useState<GoalTemplate | null>(null);
  /** A site that is not a supported dashboard: the user may pick a number on it. */
  const [otherSite, setOtherSite] = useState<string | null>(null);

  useEffect(() => {
    // The benchmark reads this mark: the form is filled and usable.
    if (readings !== null) {
      try {
        if (performance.getEntriesByName('goalpost:interactive').length === 0) performance.mark('goalpost:interactive');
      } catch {
        // No performance API: nothing to measure.
      }
    }
  }, [readings !== null]);

  useEffect(() => {
    void (async () => {
      const id = await targetTabId().catch(() => null);
      setTabId(id);
      const url = id === null ? null : await tabUrl(id);
      if (url?.startsWith('https://') && !isSupportedDashboardUrl(url)) setOtherSite(new URL(url).origin);
      const view = id === null ? null : await request('page/get-tab-view', { tabId: id }).catch(() => null);
      setReadings(view?.page?.readings ?? []);
    })();
  }, []);

  return (
    <div class="popup">
      <header class="popup-head">
        <h1>{t('appName')}</h1>
        <div class="popup-actions">
          <button type="button" onClick={() => void openSidePanel(tabId)}>
            {t('openSidePanel')}
          </button>
          <button type="button" class="link" onClick={() => void openOptions().catch(() => {})}>
            {t('openSettings')}
          </button>
        </div>
      </header>
      {otherSite && tabId !== null && <TrackNumber tabId={tabId} origin={otherSite} onStarted={() => window.close()} />}
      {readings === null ? (
        <p class="empty">{t('loading')}</p>
      ) : (
        <>
          <label class="template-pick">
            {t('templates')}
            <select
              name="template"
              value={template?.id ?? ''}
              onChange={(e) => setTemplate(GOAL_TEMPLATES.find((x) => x.id === e.currentTarget.value) ?? null)}
            >
              <option value="">{t('noneOnPage')}</option>
              {GOAL_TEMPLATES.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.names[language]}
                </option>
              ))}
            </select>
          </label>
          <GoalForm readings={readings} template={template} autoFocus onSaved={() => {}} />
        </>
      )}
    </div>
  );
}
