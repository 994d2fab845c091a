import { isMetricId } from '../metrics/catalogue';
import { metricDisplayName } from '../metrics/names';
import type { LabelLanguage } from '../metrics/types';
import type { DateRange } from '../parse/types';
import type { StatusCode } from '../progress/types';
import { cleanText, fill, formatDateRange, formatDateTime, formatPercent, formatPercentOfTarget, formatValue, own, safeLocale } from '../format';
import { ENGLISH_FORMULA_LABELS, type ShareLabels } from './labels';
import type { Snapshot, SnapshotFormulaPart, SnapshotGoal, SnapshotMessage } from './snapshot';

export * from '../format';

/** Emoji carry colour in chat apps; they always come with a status word, never alone. */
export const STATUS_EMOJI: Record<StatusCode, string> = {
  achieved: '✅',
  'on-track': '🟢',
  'at-risk': '🟡',
  behind: '🔴',
  missed: '❌',
  'no-data': '⚪',
  stale: '⏳',
  'too-early': '🔵',
};

export const statusEmoji = (code: string): string => own<string>(STATUS_EMOJI, code) ?? '⚪';

/** Colour is a second cue next to the status word, never the only one. */
export const STATUS_COLORS: Record<string, string> = {
  achieved: '#1a7f37',
  'on-track': '#1a7f37',
  'at-risk': '#b58105',
  behind: '#cf222e',
  missed: '#6e7781',
  'no-data': '#8c959f',
  stale: '#8c959f',
  'too-early': '#0969da',
};

export const statusColor = (code: string): string => own(STATUS_COLORS, code) ?? '#8c959f';

/** Unknown codes (from a newer Goalpost) fall back to the English text the file carries. */
export function statusWord(status: SnapshotMessage<string>, labels: ShareLabels): string {
  return own<string>(labels.status, status.code) ?? status.text;
}

export function warningText(w: SnapshotGoal['warnings'][number], labels: ShareLabels): string {
  const template = own<string>(labels.warning, w.code);
  return template ? fill(template, w.params) : w.text;
}

/** The catalogue language metric and part names are written in for a locale (English when it has none). */
export function labelLanguage(locale: string): LabelLanguage {
  try {
    const l = new Intl.Locale(safeLocale(locale)).maximize();
    if (l.language === 'zh') return l.script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
    return (['en', 'fa', 'ar', 'de', 'fr', 'es'] as const).find((x) => x === l.language) ?? 'en';
  } catch {
    return 'en';
  }
}

/** The UI's own name first, then the catalogue's display name in that language; the id for unknown metrics. */
export function metricName(g: Pick<SnapshotGoal, 'metric'>, labels: ShareLabels): string {
  const mine = own<string>(labels.metricNames, g.metric);
  if (mine) return mine;
  if (!isMetricId(g.metric)) return g.metric;
  return metricDisplayName(g.metric, labelLanguage(labels.locale));
}

const value = (n: number | null, g: SnapshotGoal, labels: ShareLabels): string =>
  n === null ? labels.none : formatValue(n, g.unit, g.currency, labels.locale);

/** "7,420 / 10,000 (74%)", with "≈" when the reading was compact or ambiguous. */
export function progressText(g: SnapshotGoal, labels: ShareLabels): string {
  const current = (g.approximate && g.current !== null ? labels.approximate : '') + value(g.current, g, labels);
  const target = value(g.target.absolute, g, labels);
  const percent = g.percentOfTarget === null ? '' : ` (${formatPercentOfTarget(g.percentOfTarget, labels.locale)})`;
  return `${current} / ${target}${percent}`;
}

export function paceText(g: SnapshotGoal, labels: ShareLabels): string | null {
  if (g.pace.paceRatio === null) return null;
  return fill(labels.paceValue, { percent: formatPercent(g.pace.paceRatio * 100, labels.locale) });
}

export function forecastText(g: SnapshotGoal, labels: ShareLabels): string | null {
  return g.forecast ? value(g.forecast.value, g, labels) : null;
}

export function neededText(g: SnapshotGoal, labels: ShareLabels): string | null {
  if (!g.needed || g.status.code === 'achieved') return null;
  return fill(labels.perWeek, { value: value(g.needed.perWeek, g, labels) });
}

/** The date range every goal's reading shares (goals without one aside): printed once in the header then. */
export function commonDateRange(s: Snapshot): DateRange | null {
  const ranges = s.goals.map((g) => g.dateRange).filter((r): r is DateRange => r !== null);
  const first = ranges[0];
  if (!first) return null;
  return ranges.every((r) => r.start === first.start && r.end === first.end) ? first : null;
}

/** Page title and host; never the full URL, whose path and query can carry account ids. */
export function scopeText(s: Snapshot, labels: ShareLabels): string {
  if (s.scope.kind === 'all') return labels.allGoals;
  let host = '';
  try {
    host = new URL(s.scope.pageUrl).host;
  } catch {
    host = '';
  }
  return cleanText([s.scope.title ?? '', host].filter(Boolean).join(' — ')) || labels.allGoals;
}

/** "ROAS = GA4 revenue ÷ Google Ads cost (computed from its parts)"; null for a goal read as printed. */
export function formulaLine(g: SnapshotGoal, labels: ShareLabels): string | null {
  if (!g.formula) return null;
  const words = labels.formula ?? ENGLISH_FORMULA_LABELS;
  return `${g.formula.title} = ${g.formula.text} (${words.computed})`;
}

/** "GA4 revenue: US$4,300.00 · 1 Oct – 31 Oct 2026 · read 4 Dec 2026, 10:00", or "Cost: not read yet". */
export function formulaPartText(part: SnapshotFormulaPart, labels: ShareLabels): string {
  const words = labels.formula ?? ENGLISH_FORMULA_LABELS;
  if (part.state === 'missing' || part.value === null) return `${part.name}: ${part.state === 'stale' ? words.tooOld : words.notRead}`;
  const bits = [formatValue(part.value, part.unit, part.currency, labels.locale)];
  if (part.dateRange) bits.push(formatDateRange(part.dateRange, labels.locale));
  if (part.readAt) bits.push(fill(words.readAt, { time: formatDateTime(part.readAt, labels.locale, labels.timeZone) }));
  if (part.prorated) {
    bits.push(fill(words.prorated, { range: formatDateRange(part.prorated.to, labels.locale), percent: formatPercent(part.prorated.sharePercent, labels.locale) }));
  }
  if (part.state === 'stale') bits.push(words.tooOld);
  return `${part.name}: ${bits.join(' · ')}`;
}

/** What keeps a formula goal from having a value ("Incomplete — missing Cost"), or null when it has one. */
export function formulaProblem(g: SnapshotGoal, labels: ShareLabels): string | null {
  const f = g.formula;
  if (!f || f.status === 'complete') return null;
  const words = labels.formula ?? ENGLISH_FORMULA_LABELS;
  return f.status === 'incomplete' ? fill(words.incomplete, { parts: f.missing.join(', ') }) : fill(words.refused, { why: f.message });
}

/** The problem first (if any), then each part: the lines a formula goal adds under its formula. */
export function formulaDetailLines(g: SnapshotGoal, labels: ShareLabels): string[] {
  if (!g.formula) return [];
  const problem = formulaProblem(g, labels);
  return [...(problem ? [problem] : []), ...g.formula.parts.map((p) => formulaPartText(p, labels))];
}
