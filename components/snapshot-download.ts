import type { TabView } from '@/lib/messages';
import { buildSnapshot } from '@/lib/share/snapshot';
import { snapshotToJson } from '@/lib/share/json';
import { snapshotFilename } from '@/lib/share/filenames';
import { downloadText } from './download';

/** Freezes what the side panel shows for this tab and saves it as the documented snapshot JSON. */
export function downloadSnapshotJson(view: TabView, locale: string, now = new Date()): void {
  const snapshot = buildSnapshot({
    takenAt: now.toISOString(),
    scope: view.page ? { kind: 'tab', pageUrl: view.page.pageUrl, title: view.page.title } : { kind: 'all' },
    locale,
    readings: view.page?.readings ?? [],
    goals: view.goals.map((g) => ({
      goal: g.goal,
      progress: g.progress,
      history: g.trend,
      ...(g.matched ? { matchedReading: g.matched.reading, explanation: g.matched.explanation } : {}),
    })),
  });
  downloadText(snapshotFilename(snapshot, 'json'), snapshotToJson(snapshot), 'application/json');
}
