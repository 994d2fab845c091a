import { describe, expect, it } from 'vitest';
import { snapshotFilename } from '../../lib/share/filenames';

describe('snapshotFilename', () => {
  it('names the file by the UTC minute it was taken', () => {
    expect(snapshotFilename({ takenAt: '2026-11-24T15:30:59.999Z' }, 'json')).toBe('goalpost-snapshot-2026-11-24T1530.json');
    expect(snapshotFilename({ takenAt: '2026-11-24T19:00:00+03:30' }, 'png')).toBe('goalpost-snapshot-2026-11-24T1530.png');
  });

  it('keeps to safe characters whatever it is given', () => {
    expect(snapshotFilename({ takenAt: '2026-01-02T03:04:05Z' }, '.CSV')).toBe('goalpost-snapshot-2026-01-02T0304.csv');
    expect(snapshotFilename({ takenAt: '2026-01-02T03:04:05Z' }, '../../evil/<x>')).toBe('goalpost-snapshot-2026-01-02T0304.evilx');
    expect(snapshotFilename({ takenAt: 'not a date' }, '')).toBe('goalpost-snapshot.txt');
    expect(snapshotFilename({ takenAt: '2026-01-02T03:04:05Z' }, 'md')).toMatch(/^[a-z0-9.-]+T[0-9]+\.md$/);
  });
});
