import { useEffect, useState } from 'preact/hooks';
import type { Reading } from '@/lib/readings';
import { t } from '@/lib/i18n';
import { request, targetTabId } from './api';
import { GoalForm } from './GoalForm';
import { openSidePanel } from './side-panel';

/** Quick goal entry, prefilled from what the active tab's dashboard shows. */
export function Popup() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [readings, setReadings] = useState<Reading[] | null>(null);

  useEffect(() => {
    void (async () => {
      const id = await targetTabId();
      setTabId(id);
      const view = id === null ? null : await request('page/get-tab-view', { tabId: id }).catch(() => null);
      setReadings(view?.page?.readings ?? []);
    })();
  }, []);

  return (
    <div class="popup">
      <header class="popup-head">
        <h1>{t('appName')}</h1>
        <button type="button" onClick={() => void openSidePanel(tabId)}>
          {t('openSidePanel')}
        </button>
      </header>
      {readings && <GoalForm readings={readings} onSaved={() => {}} />}
    </div>
  );
}
