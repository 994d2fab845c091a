import { formatDateEn, fromDayNumber } from '../goals/dates';
import { explainWarning } from './describe';
import type { Explained, Observation, StatusCode, WarningCode } from './types';
import type { PreparedHistory } from './history';
import type { Volume } from './volume';

export interface WarningFacts {
  metric: string;
  /** Beside the English name, so the UI prints the metric in its own language (lib/i18n fillTemplate). */
  metricId: string;
  status: StatusCode;
  pacePercent: number | null;
  /** English text, and the raw value in the goal's unit for the UI to print in its locale. */
  neededPerWeek: { text: string; value: number; unit: string; currency: string | null } | null;
  missingOnPage?: { pageUrl: string };
  /** Set when the current reading's dates are not the goal period. */
  rangeMismatch: { range: string; period: string; prorated: boolean } | null;
  lastReadDay: number | null;
  todayDay: number;
  cadenceDays: number;
  deadlinePassed: boolean;
  goalActive: boolean;
  deadline: string;
  reviewDueOn: string | null;
  unitName: string;
  history: PreparedHistory;
  current: Observation | null;
  volume: Volume | null;
  activeGoalCount: number;
  focusLimit: number;
}

/** Every warning that applies, in a stable order (the UI may show only the first few). */
export function collectWarnings(f: WarningFacts): Explained<WarningCode>[] {
  const out: Explained<WarningCode>[] = [];
  const metric = { metric: f.metric, metricId: f.metricId };
  if ((f.status === 'behind' || f.status === 'at-risk') && f.pacePercent !== null) {
    const needed = f.neededPerWeek;
    const neededParams = needed ? { neededPerWeek: needed.text, neededPerWeekValue: needed.value, unit: needed.unit, ...(needed.currency ? { currency: needed.currency } : {}) } : {};
    out.push(explainWarning('behind-pace', { ...metric, pacePercent: f.pacePercent, ...neededParams }));
  }
  if (f.missingOnPage) out.push(explainWarning('metric-not-found', { ...metric, pageUrl: f.missingOnPage.pageUrl }));
  if (f.rangeMismatch) {
    out.push(explainWarning('range-mismatch', { range: f.rangeMismatch.range, period: f.rangeMismatch.period, ...(f.rangeMismatch.prorated ? { prorated: 1 } : {}) }));
  }
  if (f.lastReadDay !== null && f.todayDay - f.lastReadDay > f.cadenceDays && !f.deadlinePassed) {
    out.push(explainWarning('stale', { lastRead: formatDateEn(fromDayNumber(f.lastReadDay)), lastReadIso: fromDayNumber(f.lastReadDay), daysSince: f.todayDay - f.lastReadDay, cadenceDays: f.cadenceDays }));
  }
  if (f.deadlinePassed && f.goalActive) out.push(explainWarning('deadline-passed', { deadline: formatDateEn(f.deadline), deadlineIso: f.deadline }));
  if (f.reviewDueOn) out.push(explainWarning('review-due', { dueOn: formatDateEn(f.reviewDueOn), dueOnIso: f.reviewDueOn }));
  const h = f.history;
  if (h.unitMismatch) out.push(explainWarning('unit-mismatch', { ...metric, count: h.unitMismatch.count, otherUnit: h.unitMismatch.otherUnit, unit: f.unitName }));
  if (h.currencyMismatch && h.currency) {
    out.push(explainWarning('currency-mismatch', { count: h.currencyMismatch.count, otherCurrency: h.currencyMismatch.otherCurrency, currency: h.currency }));
  }
  const usedAsCurrent = f.current !== null && f.current.confidence !== 'sure';
  // Unsure readings older than the current one no longer matter; newer ones are what the user just saw.
  const currentReadAt = f.current?.readAt;
  const relevantUnsure = h.unsure.filter((o) => usedAsCurrent || currentReadAt === undefined || o.readAt >= currentReadAt);
  if (relevantUnsure.length > 0) {
    const example = relevantUnsure[relevantUnsure.length - 1]!;
    out.push(explainWarning('ambiguous-reading', { count: relevantUnsure.length, text: example.text, ...(usedAsCurrent ? { usedAsCurrent: 1 } : {}) }));
  }
  if (f.volume?.low) out.push(explainWarning('low-volume', { ...metric, volume: f.volume.value, volumeMetric: f.volume.metric, minVolume: f.volume.min }));
  if (f.activeGoalCount > f.focusLimit) out.push(explainWarning('too-many-active-goals', { count: f.activeGoalCount, limit: f.focusLimit }));
  return out;
}
