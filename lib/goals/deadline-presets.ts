/** Deadline shortcuts offered when entering a goal, computed from today's ISO date. */
export type DeadlinePreset = 'end-of-month' | 'end-of-quarter' | 'end-of-year' | 'in-3-months' | 'in-6-months' | 'in-12-months';

export const DEADLINE_PRESETS: readonly DeadlinePreset[] = ['end-of-month', 'end-of-quarter', 'end-of-year', 'in-3-months', 'in-6-months', 'in-12-months'];

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);

export function deadlineFor(preset: DeadlinePreset, today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const month = m - 1;
  switch (preset) {
    case 'end-of-month':
      return iso(y, month + 1, 0);
    case 'end-of-quarter':
      return iso(y, Math.floor(month / 3) * 3 + 3, 0);
    case 'end-of-year':
      return iso(y, 12, 0);
    case 'in-3-months':
    case 'in-6-months':
    case 'in-12-months': {
      const add = preset === 'in-3-months' ? 3 : preset === 'in-6-months' ? 6 : 12;
      // Clamp to the target month's last day: 31 Aug + 6 months is 28/29 Feb, not 3 Mar.
      const last = new Date(Date.UTC(y, month + add + 1, 0)).getUTCDate();
      return iso(y, month + add, Math.min(d, last));
    }
  }
}
