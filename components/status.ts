import type { MessageKey } from '@/lib/i18n';
import type { StatusCode } from '@/lib/progress/types';

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
