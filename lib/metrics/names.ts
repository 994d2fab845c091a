import { METRIC_NAMES } from './names-data';
import type { LabelLanguage, MetricId } from './types';

/** The name to show for a metric in a language: its first label there, else the English one. */
export function metricDisplayName(id: MetricId, lang: LabelLanguage = 'en'): string {
  return METRIC_NAMES[lang][id] ?? METRIC_NAMES.en[id] ?? id;
}
