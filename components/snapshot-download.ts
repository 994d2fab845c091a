import type { TabView } from '@/lib/messages';
import { snapshotToJson } from '@/lib/share/json';
import { snapshotFilename } from '@/lib/share/filenames';
import { downloadText } from './download';
import { snapshotOf } from './share';

/** Freezes what the side panel shows for this tab and saves it as the documented snapshot JSON. */
export function downloadSnapshotJson(view: TabView, locale: string, now = new Date()): void {
  const snapshot = snapshotOf({ scope: 'tab', page: view.page, goals: view.goals, locale, now });
  downloadText(snapshotFilename(snapshot, 'json'), snapshotToJson(snapshot), 'application/json');
}
