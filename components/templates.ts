import { deadlineFor, type DeadlinePreset } from '@/lib/goals/deadline-presets';
import type { Channel, RaceStage, TargetKind } from '@/lib/goals/types';
import type { MessageKey } from '@/lib/i18n';
import type { MetricId } from '@/lib/metrics/types';

/** A starting point from the seeds' example goals (docs: ../shared/domain.md). */
export interface GoalTemplate {
  id: string;
  nameKey: MessageKey;
  metric: MetricId;
  kind: TargetKind;
  value: number;
  deadline: DeadlinePreset;
  stage: RaceStage;
  channel?: Channel;
  scope?: { source?: import('@/lib/dashboards').SourceId; filter?: string };
}

export const GOAL_TEMPLATES: readonly GoalTemplate[] = [
  { id: 'organic-cr', nameKey: 'templateOrganicCr', metric: 'conversion-rate', kind: 'increase-by-percent', value: 25, deadline: 'end-of-year', stage: 'convert', channel: 'organic' },
  { id: 'bounce', nameKey: 'templateBounce', metric: 'bounce-rate', kind: 'decrease-to', value: 40, deadline: 'end-of-year', stage: 'act', channel: 'all' },
  { id: 'returning', nameKey: 'templateReturning', metric: 'returning-visitor-share', kind: 'reach', value: 15, deadline: 'end-of-year', stage: 'engage' },
  { id: 'visitors', nameKey: 'templateVisitors', metric: 'users', kind: 'increase-by-percent', value: 30, deadline: 'in-6-months', stage: 'reach', channel: 'all' },
  { id: 'instagram', nameKey: 'templateInstagram', metric: 'followers', kind: 'increase-by-percent', value: 20, deadline: 'in-3-months', stage: 'engage', channel: 'social' },
  { id: 'email', nameKey: 'templateEmail', metric: 'subscribers', kind: 'reach', value: 500, deadline: 'in-12-months', stage: 'engage', channel: 'email' },
  { id: 'sms', nameKey: 'templateSms', metric: 'conversion-rate', kind: 'reach', value: 10, deadline: 'end-of-quarter', stage: 'convert', channel: 'sms' },
  { id: 'paid-ctr', nameKey: 'templatePaidCtr', metric: 'ctr', kind: 'stay-above', value: 1, deadline: 'end-of-quarter', stage: 'reach', channel: 'paid-search' },
];

/** A year from today, clamped to the month's end (29 Feb + 1 year is 28 Feb). */
export function inTwelveMonths(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + 1, m, 0)).getUTCDate();
  return new Date(Date.UTC(y + 1, m - 1, Math.min(d, last))).toISOString().slice(0, 10);
}

export function templateDeadline(template: GoalTemplate, today: string): string {
  return template.deadline === 'in-12-months' ? inTwelveMonths(today) : deadlineFor(template.deadline, today);
}
