import type { Snapshot } from './snapshot';

/**
 * "goalpost-snapshot-2026-11-24T1530.json": ASCII only, no colons (Windows) and sortable by time.
 * The time is UTC, the same instant the file's takenAt names.
 */
export function snapshotFilename(snapshot: Pick<Snapshot, 'takenAt'>, ext: string): string {
  const safeExt = ext.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 8) || 'txt';
  const d = new Date(snapshot.takenAt);
  if (Number.isNaN(d.getTime())) return `goalpost-snapshot.${safeExt}`;
  const iso = d.toISOString(); // 2026-11-24T15:30:00.000Z
  return `goalpost-snapshot-${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}.${safeExt}`;
}
