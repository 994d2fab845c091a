import type { LabelLanguage, MetricLabels } from '../types';
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fa } from './fa';
import { fr } from './fr';
import { he } from './he';
import { hi } from './hi';
import { id } from './id';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import { th } from './th';
import { tr } from './tr';
import { uk } from './uk';
import { vi } from './vi';
import { zhHans } from './zh-Hans';
import { zhHant } from './zh-Hant';

/**
 * Every language's labels, keyed by LabelLanguage; metric-labels.ts assembles them per metric. The
 * first label of each is the display name, copied into names-data.ts for the pages: after changing
 * one, run `npx tsx scripts/metric-names.ts` (test/metrics/names.test.ts fails until then).
 */
export const LABELS_BY_LANGUAGE: Readonly<Record<LabelLanguage, MetricLabels>> = {
  en, fa, ar, 'zh-Hant': zhHant, 'zh-Hans': zhHans, de, fr, es,
  it, pt, nl, pl, ru, uk, tr, ja, ko, id, vi, th, he, hi,
};
