import type { TabView } from '@/lib/messages';
import { snapshotToJson } from '@/lib/share/json';
import { snapshotFilename } from '@/lib/share/filenames';
import { downloadText } from './download';
import type { PlaceWording } from '@/lib/i18n/place';
import { snapshotOf } from './share';

/** Freezes what the side panel shows for this tab and saves it as the documented snapshot JSON. */
export function downloadSnapshotJson(view: TabView, locale: string, now = new Date(), words?: PlaceWording): void {
  const snapshot = snapshotOf({ scope: 'tab', page: view.page, goals: view.goals, locale, now, ...(words ? { words } : {}) });
  downloadText(snapshotFilename(snapshot, 'json'), snapshotToJson(snapshot), 'application/json');
}
