import { useState } from 'preact/hooks';
import type { Snapshot } from '@/lib/share/snapshot';
import type { TabView } from '@/lib/messages';
import { copySnapshot, downloadSnapshot, FORMAT_LABEL, SHARE_FORMATS, shareLabels, snapshotOf, type CopyKind, type ShareFormat } from './share';
import { useI18n } from './i18n';

const COPY_LABEL = { txt: 'copyText', md: 'copyMarkdown', png: 'copyImage' } as const;

/**
 * Download and copy buttons for one snapshot. `snapshot` is a function so a live view is frozen at the
 * moment of the click. Each download button carries `data-format`, each copy button `data-copy`.
 */
export function ShareActions({ snapshot, label }: { snapshot: () => Snapshot; label?: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);

  const run = async (action: () => Promise<string>) => {
    try {
      setNote({ text: await action(), error: false });
    } catch (e) {
      setNote({ text: t('copyFailed', { message: e instanceof Error ? e.message : String(e) }), error: true });
    }
  };
  const download = (format: ShareFormat) => run(async () => t('downloaded', { filename: await downloadSnapshot(snapshot(), format, shareLabels(i18n)) }));
  const copy = (kind: CopyKind) =>
    run(async () => {
      await copySnapshot(snapshot(), kind, shareLabels(i18n));
      return t('copied');
    });

  return (
    <div class="share-actions">
      <div class="share-row" role="group" aria-label={label ? `${t('downloadAs')} — ${label}` : t('downloadAs')}>
        {SHARE_FORMATS.map((f) => (
          <button key={f} type="button" data-format={f} onClick={() => void download(f)}>
            {t(FORMAT_LABEL[f])}
          </button>
        ))}
      </div>
      <div class="share-row" role="group" aria-label={t('copyAs')}>
        {(['txt', 'md', 'png'] as const).map((k) => (
          <button key={k} type="button" data-copy={k} onClick={() => void copy(k)}>
            {t(COPY_LABEL[k])}
          </button>
        ))}
      </div>
      {note && (
        <p class={note.error ? 'error share-note' : 'share-note'} role={note.error ? 'alert' : 'status'}>
          {note.text}
        </p>
      )}
    </div>
  );
}

/** The share buttons for what the side panel shows for this tab. */
export function TabShareActions({ view }: { view: TabView }) {
  const i18n = useI18n();
  return <ShareActions snapshot={() => snapshotOf({ scope: 'tab', page: view.page, goals: view.goals, locale: i18n.locale, words: i18n })} />;
}
