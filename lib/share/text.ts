import { escapeMarkdown } from './escape';
import {
  cleanText,
  commonDateRange,
  formatDate,
  formatDateRange,
  formatDateTime,
  forecastText,
  formulaDetailLines,
  formulaLine,
  neededText,
  paceText,
  progressText,
  scopeText,
  statusEmoji,
  statusWord,
  warningText,
} from './format';
import { ENGLISH_FORMULA_LABELS, type ShareLabels } from './labels';
import type { Snapshot, SnapshotGoal } from './snapshot';

/** Escapes text for the target format; Intl-formatted dates pass through untouched (they are not user text). */
type Escape = (text: string) => string;

/** One goal as label/value rows, shared by the Markdown and the plain-text layouts. */
interface GoalLines {
  heading: string;
  rows: Array<[label: string, value: string]>;
  /** A formula goal's formula (label, value) and, under it, what is missing and each part. */
  formula: { label: string; value: string; details: string[] } | null;
  warnings: string[];
}

function goalLines(g: SnapshotGoal, labels: ShareLabels, showRange: boolean, esc: Escape): GoalLines {
  const rows: Array<[string, string]> = [[esc(labels.progress), esc(progressText(g, labels))]];
  const pace = paceText(g, labels);
  const forecast = forecastText(g, labels);
  const needed = neededText(g, labels);
  const plan = [pace, forecast && `${labels.forecast} ${forecast}`, needed && `${labels.needed} ${needed}`].filter(
    (x): x is string => Boolean(x),
  );
  if (plan.length) rows.push([esc(labels.pace), esc(plan.join(' · '))]);
  rows.push([esc(labels.deadline), formatDate(g.deadline, labels.locale)]);
  if (showRange && g.dateRange) rows.push([esc(labels.dataRange), formatDateRange(g.dateRange, labels.locale)]);
  const formula = formulaLine(g, labels);
  return {
    heading: esc(`${statusEmoji(g.status.code)} ${statusWord(g.status, labels)}`),
    rows,
    formula: formula ? { label: esc((labels.formula ?? ENGLISH_FORMULA_LABELS).formula), value: esc(formula), details: formulaDetailLines(g, labels).map(esc) } : null,
    warnings: g.warnings.map((w) => esc(warningText(w, labels))),
  };
}

function headerParts(s: Snapshot, labels: ShareLabels, esc: Escape): { title: string; scope: string; taken: string; range: string | null } {
  const range = commonDateRange(s);
  return {
    title: esc(labels.title),
    scope: esc(scopeText(s, labels)),
    taken: `${esc(labels.takenAt)}: ${formatDateTime(s.takenAt, labels.locale, labels.timeZone)}`,
    range: range ? `${esc(labels.dataRange)}: ${formatDateRange(range, labels.locale)}` : null,
  };
}

/**
 * Markdown for Slack, Teams and WhatsApp: single-asterisk emphasis (bold in Slack and WhatsApp, italic in
 * CommonMark), list items rather than line breaks (CommonMark would join plain lines into one paragraph).
 */
export function snapshotToMarkdown(s: Snapshot, labels: ShareLabels): string {
  const esc: Escape = (text) => escapeMarkdown(cleanText(text));
  const h = headerParts(s, labels, esc);
  const out = [`*${h.title}* · ${h.scope}`, '', [h.taken, h.range].filter(Boolean).join(' · ')];
  const showRange = commonDateRange(s) === null;
  if (s.goals.length === 0) out.push('', esc(labels.noGoals));
  for (const g of s.goals) {
    const lines = goalLines(g, labels, showRange, esc);
    out.push('', `${lines.heading} · *${esc(g.name)}*`);
    for (const [label, value] of lines.rows) out.push(`- ${label}: ${value}`);
    if (lines.formula) {
      out.push(`- ${lines.formula.label}: ${lines.formula.value}`);
      for (const d of lines.formula.details) out.push(`  - ${d}`);
    }
    for (const w of lines.warnings) out.push(`- ⚠️ ${w}`);
  }
  return out.join('\n') + '\n';
}

/** East Asian wide characters take two columns in monospace; enough to keep the label column straight. */
function columns(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return n;
}

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - columns(text)));

/** Plain text for places that show asterisks literally (SMS, email bodies, tickets). */
export function snapshotToPlainText(s: Snapshot, labels: ShareLabels): string {
  const esc: Escape = cleanText;
  const h = headerParts(s, labels, esc);
  const out = [`${h.title} · ${h.scope}`, h.taken];
  if (h.range) out.push(h.range);
  const showRange = commonDateRange(s) === null;
  const all = s.goals.map((g) => ({ name: esc(g.name), ...goalLines(g, labels, showRange, esc) }));
  const labelWidth = Math.max(0, ...all.flatMap((l) => [...l.rows.map(([label]) => label), ...(l.formula ? [l.formula.label] : [])].map(columns)));
  if (all.length === 0) out.push('', esc(labels.noGoals));
  for (const lines of all) {
    out.push('', `${lines.heading} — ${lines.name}`);
    for (const [label, value] of lines.rows) out.push(`   ${pad(label, labelWidth)}  ${value}`);
    if (lines.formula) {
      out.push(`   ${pad(lines.formula.label, labelWidth)}  ${lines.formula.value}`);
      for (const d of lines.formula.details) out.push(`   ${pad('', labelWidth)}  · ${d}`);
    }
    for (const w of lines.warnings) out.push(`   ⚠ ${w}`);
  }
  return out.join('\n') + '\n';
}
