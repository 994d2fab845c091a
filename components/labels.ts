import type { DeadlinePreset } from '@/lib/goals/deadline-presets';
import type { Channel, GoalPriority, RaceStage, TargetKind } from '@/lib/goals/types';
import type { MessageKey } from '@/lib/i18n';

/** The UI words for the goal model's ids, one table each, shared by the form, the cards and the lists. */
export const TARGET_KIND_LABEL: Record<TargetKind, MessageKey> = {
  reach: 'targetReach',
  'increase-by-percent': 'targetIncreaseByPercent',
  'increase-by': 'targetIncreaseBy',
  'decrease-by-percent': 'targetDecreaseByPercent',
  'decrease-to': 'targetDecreaseTo',
  'stay-above': 'targetStayAbove',
  'stay-below': 'targetStayBelow',
};

export const PRESET_LABEL: Record<DeadlinePreset, MessageKey> = {
  'end-of-month': 'presetEndOfMonth',
  'end-of-quarter': 'presetEndOfQuarter',
  'end-of-year': 'presetEndOfYear',
  'in-3-months': 'presetIn3Months',
  'in-6-months': 'presetIn6Months',
  'in-12-months': 'presetIn12Months',
};

export const STAGE_LABEL: Record<RaceStage, MessageKey> = {
  plan: 'stagePlan',
  reach: 'stageReach',
  act: 'stageAct',
  convert: 'stageConvert',
  engage: 'stageEngage',
};

export const CHANNEL_LABEL: Record<Channel, MessageKey> = {
  all: 'channelAll',
  'paid-search': 'channelPaidSearch',
  display: 'channelDisplay',
  social: 'channelSocial',
  email: 'channelEmail',
  sms: 'channelSms',
  organic: 'channelOrganic',
  direct: 'channelDirect',
  referral: 'channelReferral',
};


export const PRIORITY_LABEL: Record<GoalPriority, MessageKey> = {
  high: 'priorityHigh',
  medium: 'priorityMedium',
  low: 'priorityLow',
};
