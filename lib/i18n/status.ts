import type { MessageKey } from './en';
import type { StatusCode } from '../progress/types';

export const STATUS_LABEL_KEY: Record<StatusCode, MessageKey> = {
  achieved: 'statusAchieved',
  'on-track': 'statusOnTrack',
  'at-risk': 'statusAtRisk',
  behind: 'statusBehind',
  missed: 'statusMissed',
  'no-data': 'statusNoData',
  stale: 'statusStale',
  'too-early': 'statusTooEarly',
};

/** The short text of an on-page badge: "62% · Behind". */
export function badgeText(
  progress: { fraction: number | null; status: { code: StatusCode }; approximate: boolean },
  t: (key: MessageKey) => string,
  formatPercent: (value: number) => string,
): string {
  const label = t(STATUS_LABEL_KEY[progress.status.code]);
  if (progress.fraction === null) return label;
  return `${progress.approximate ? '≈' : ''}${formatPercent(progress.fraction * 100)} · ${label}`;
}
