import { useState } from 'preact/hooks';
import { hasOriginPermission, request, requestOriginPermission } from './api';
import { useI18n } from './i18n';

export interface TrackNumberProps {
  tabId: number;
  /** `https://shop.example.com`: the site the number is on. */
  origin: string;
  /** The popup closes so the user can click in the page. */
  onStarted?(): void;
}

/**
 * "Track a number on this site": asks for this one site (inside the click, as browsers require),
 * then puts the picker into the page; the user clicks the number there.
 */
export function TrackNumber({ tabId, origin, onStarted }: TrackNumberProps) {
  const { t } = useI18n();
  const [note, setNote] = useState<string | null>(null);
  const start = async () => {
    setNote(null);
    try {
      // permissions.request must be the first thing the click does, before any other await.
      const granted = (await requestOriginPermission(origin)) || (await hasOriginPermission(origin));
      if (!granted) return setNote(t('permissionDenied'));
      await request('page/start-picker', { tabId });
      onStarted?.();
    } catch (e) {
      setNote(t('pickStartFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <div class="track-number">
      <button type="button" data-action="pick" onClick={() => void start()}>
        {t('trackNumber')}
      </button>
      <p class="hint">{t('trackNumberHint')}</p>
      {note && (
        <p role="alert" class="error">
          {note}
        </p>
      )}
    </div>
  );
}
