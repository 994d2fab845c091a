import { explainStatus } from './describe';
import { EARLY_WINDOW } from './settings';
import type { Explained, StatusBands, StatusCode } from './types';
import type { Volume } from './volume';

/** Everything the verdict depends on, already worked out by the engine. */
export interface StatusFacts {
  /** Null when there is a current value; otherwise why there is none. */
  /** The earlier phase this goal starts after is not met yet. */
  waiting: boolean;
  noData: 'none' | 'no-scope' | 'formula-incomplete' | 'formula-refused' | 'no-comparable' | 'no-period' | 'no-target' | null;
  deadlinePassed: boolean;
  /** The current reading's data runs to the deadline, so a miss is a fact and not a gap in reading. */
  dataReachesDeadline: boolean;
  met: boolean;
  /** A cap (cumulative, lower is better) already exceeded: no later day can undo it. */
  overCap: boolean;
  /** stay-above / stay-below: the goal is to hold a line, not to get somewhere. */
  hold: boolean;
  volume: Volume | null;
  stale: boolean;
  elapsed: number;
  /** Progress ÷ expected progress on the pace line. */
  paceRatio: number | null;
  /** Without a pace line: how close the value is to the target as it stands (1 = at target). */
  asIsRatio: number | null;
  bands: StatusBands;
  /** Formatted numbers and words for the texts. */
  params: Record<string, string | number>;
}

/**
 * The verdict, in order of what matters most: no number → nothing to say; after the deadline →
 * met or missed (or not read to the end); too little volume → no verdict; met → achieved; not read
 * lately → stale; too early → none yet; then the pace bands.
 */
export function decideStatus(f: StatusFacts): Explained<StatusCode> {
  const p = f.params;
  if (f.waiting) return explainStatus('too-early', 'waiting', p);
  if (f.noData) return explainStatus('no-data', f.noData, p);
  if (f.deadlinePassed) {
    if (f.met) return explainStatus('achieved', 'met-at-deadline', p);
    if (f.dataReachesDeadline) return explainStatus('missed', 'deadline', p);
    return explainStatus('stale', 'deadline-no-reading', p);
  }
  if (f.overCap) return explainStatus('missed', 'over-cap', p);
  if (f.volume?.low) return explainStatus('too-early', 'low-volume', { ...p, volume: f.volume.value, volumeMetric: f.volume.metric, minVolume: f.volume.min });
  if (f.met && !f.hold) return explainStatus('achieved', 'met', p);
  if (f.stale) return explainStatus('stale', 'not-read', p);
  if (f.met && f.hold) return explainStatus('on-track', 'holding', p);
  if (f.elapsed < EARLY_WINDOW) return explainStatus('too-early', 'early-window', p);
  if (f.paceRatio !== null) return band(f.paceRatio, f.bands, 'pace', { ...p, pacePercent: Math.round(f.paceRatio * 100) });
  if (f.asIsRatio !== null) return band(f.asIsRatio, f.bands, 'as-is', p);
  return explainStatus('no-data', 'none', p);
}

function band(ratio: number, bands: StatusBands, basis: string, params: Record<string, string | number>): Explained<StatusCode> {
  if (ratio >= bands.onTrack) return explainStatus('on-track', basis === 'pace' ? 'pace' : 'holding', params);
  if (ratio >= bands.atRisk) return explainStatus('at-risk', basis, params);
  return explainStatus('behind', basis, params);
}
