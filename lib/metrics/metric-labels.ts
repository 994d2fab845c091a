import { LABEL_LANGUAGES, METRIC_IDS } from './catalogue';
import { LABELS_BY_LANGUAGE } from './lang';
import type { LabelLanguage, MetricId } from './types';

export type Labels = Readonly<Record<LabelLanguage, readonly string[]>>;

/**
 * Each metric's labels as dashboards print them, in every language, gathered from the per-language
 * files (./lang): what reading a page's labels (labels.ts) and a goal typed as a sentence look up. The
 * first label of a language is the display name in that language (names.ts carries those alone).
 */
export const METRIC_LABELS: Readonly<Record<MetricId, Labels>> = Object.freeze(
  Object.fromEntries(
    METRIC_IDS.map((id) => [id, Object.freeze(Object.fromEntries(LABEL_LANGUAGES.map((lang) => [lang, LABELS_BY_LANGUAGE[lang][id]])))]),
  ),
) as Readonly<Record<MetricId, Labels>>;
