import { escapeHtml } from './escape';
import {
  cleanText,
  commonDateRange,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatPercentOfTarget,
  forecastText,
  formulaLine,
  formulaPartText,
  formulaProblem,
  metricName,
  neededText,
  paceText,
  progressText,
  safeLocale,
  scopeText,
  statusColor,
  statusEmoji,
  statusWord,
  textDirection,
  warningText,
} from './format';
import { ENGLISH_FORMULA_LABELS, type ShareLabels } from './labels';
import type { Snapshot, SnapshotGoal, SnapshotReading } from './snapshot';
import { progressBarSvg, sparklineSvg, trendPoints } from './svg';

/** Nothing in the file may fetch anything, even if a future edit slips in a reference. */
export const SNAPSHOT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

// Local font names only: a web font would be a request.
const STYLE = `
:root{color-scheme:light;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0}
*{box-sizing:border-box}
body{margin:0 auto;max-width:760px;padding:24px;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Tahoma,"Noto Sans","PingFang TC","Microsoft JhengHei",sans-serif;color:var(--fg);background:#fff}
h1{font-size:20px;margin:0 0 4px}
.meta{color:var(--muted);margin:0}
.goal{border:1px solid var(--line);border-radius:8px;padding:12px 16px;margin:16px 0;break-inside:avoid}
.goal h2{font-size:16px;margin:0;flex:1;overflow-wrap:anywhere}
.head{display:flex;gap:12px;align-items:baseline}
.status{font-weight:600;white-space:nowrap}
.bars{display:flex;gap:16px;align-items:center;margin:8px 0}
.bar{flex:none}
.numbers{font-variant-numeric:tabular-nums;font-weight:600}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:8px 0 0}
dt{color:var(--muted)}
dd{margin:0}
ul.warnings{margin:8px 0 0;padding-inline-start:20px;color:#9a6700}
.formula{margin:8px 0 0}.formula p{margin:0}.formula-problem{color:#9a6700}ul.formula-parts{margin:4px 0 0;padding-inline-start:20px}
details{margin-top:8px;color:var(--muted)}
table{border-collapse:collapse;width:100%;margin-top:8px;font-size:12px}
th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:start;vertical-align:top}
footer{color:var(--muted);font-size:12px;margin-top:24px}
@media print{body{max-width:none;padding:0;font-size:11pt}.goal{border-color:#999}details{display:none}a{color:inherit}}
`;

const t = (text: string): string => escapeHtml(cleanText(text));

function row(label: string, value: string | null): string {
  return value === null ? '' : `<dt>${t(label)}</dt><dd>${t(value)}</dd>`;
}

function goalHtml(g: SnapshotGoal, labels: ShareLabels, showRange: boolean, rtl: boolean): string {
  const color = statusColor(g.status.code);
  const percent = g.percentOfTarget === null ? labels.none : formatPercentOfTarget(g.percentOfTarget, labels.locale);
  const bar = progressBarSvg({
    width: 320,
    height: 10,
    fraction: g.percentOfTarget === null ? null : g.percentOfTarget / 100,
    rtl,
    fill: color,
    track: '#e6e9ec',
    label: percent,
  });
  const spark = sparklineSvg({
    width: 160,
    height: 36,
    points: trendPoints(g.trend),
    target: g.target.absolute,
    rtl,
    stroke: color,
    targetStroke: '#8c959f',
    label: `${labels.progress}: ${metricName(g, labels)}`,
  });
  const pace = [paceText(g, labels), neededText(g, labels) && `${labels.needed} ${neededText(g, labels)}`].filter(Boolean).join(' · ');
  const warnings = g.warnings.length
    ? `<ul class="warnings">${g.warnings.map((w) => `<li>⚠ ${t(warningText(w, labels))}</li>`).join('')}</ul>`
    : '';
  const formula = formulaHtml(g, labels);
  const smart = g.smart.length
    ? `<details><summary>SMART ${g.smart.map((s) => `${t(s.letter)}${s.pass ? '✓' : '✗'}`).join(' ')}</summary><ul>${g.smart
        .map((s) => `<li>${t(s.letter)} ${s.pass ? '✓' : '✗'} ${t(s.reason)}</li>`)
        .join('')}</ul></details>`
    : '';
  return `<article class="goal">
<div class="head"><h2>${t(g.name)}</h2><span class="status" style="color:${color}">${t(`${statusEmoji(g.status.code)} ${statusWord(g.status, labels)}`)}</span></div>
<div class="bars">${bar}${spark}</div>
<div class="numbers">${t(progressText(g, labels))}</div>
<dl>${row(labels.columns.metric, metricName(g, labels))}${row(labels.pace, pace || null)}${row(labels.forecast, forecastText(g, labels))}${row(
    labels.deadline,
    formatDate(g.deadline, labels.locale),
  )}${showRange && g.dateRange ? row(labels.dataRange, formatDateRange(g.dateRange, labels.locale)) : ''}</dl>
${formula}${warnings}${smart}
</article>`;
}

/** The formula, what keeps it from a value (if anything), and each part with where and when it was read. */
function formulaHtml(g: SnapshotGoal, labels: ShareLabels): string {
  const line = formulaLine(g, labels);
  if (!line || !g.formula) return '';
  const words = labels.formula ?? ENGLISH_FORMULA_LABELS;
  const problem = formulaProblem(g, labels);
  const parts = g.formula.parts
    .map((p) => `<li data-part="${escapeHtml(p.metric)}" data-state="${escapeHtml(p.state)}">${t(formulaPartText(p, labels))}</li>`)
    .join('');
  return `<section class="formula" aria-label="${escapeHtml(cleanText(words.formula))}"><p><strong>${t(words.formula)}</strong>: ${t(line)}</p>${
    problem ? `<p class="formula-problem">⚠ ${t(problem)}</p>` : ''
  }<ul class="formula-parts">${parts}</ul></section>`;
}

function readingsTable(readings: readonly SnapshotReading[], labels: ShareLabels): string {
  if (readings.length === 0) return '';
  const c = labels.readingColumns;
  const head = [c.metric, c.value, c.dateRange, c.source, c.where, c.readAt].map((h) => `<th>${t(h)}</th>`).join('');
  const body = readings
    .map((r) => {
      const cells = [
        `${r.label}`,
        r.text,
        r.dateRange ? formatDateRange(r.dateRange, labels.locale) : labels.none,
        r.source,
        [r.where, r.row ?? ''].filter(Boolean).join(' · '),
        formatDateTime(r.readAt, labels.locale, labels.timeZone),
      ];
      return `<tr>${cells.map((x) => `<td>${t(x)}</td>`).join('')}</tr>`;
    })
    .join('\n');
  return `<section><h2>${t(labels.readings)}</h2><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></section>`;
}

/** One self-contained file: opens offline, prints cleanly, and cannot run code or load anything. */
export function snapshotToHtml(s: Snapshot, labels: ShareLabels): string {
  const locale = safeLocale(labels.locale);
  const dir = textDirection(locale);
  const range = commonDateRange(s);
  const taken = `${labels.takenAt}: ${formatDateTime(s.takenAt, labels.locale, labels.timeZone)}`;
  const meta = [taken, range ? `${labels.dataRange}: ${formatDateRange(range, labels.locale)}` : ''].filter(Boolean).join(' · ');
  const goals = s.goals.length
    ? s.goals.map((g) => goalHtml(g, labels, range === null, dir === 'rtl')).join('\n')
    : `<p>${t(labels.noGoals)}</p>`;
  return `<!doctype html>
<html lang="${escapeHtml(locale)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(SNAPSHOT_CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t(`${labels.title} · ${scopeText(s, labels)}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${t(labels.title)}</h1><p class="meta">${t(scopeText(s, labels))}</p><p class="meta">${t(meta)}</p></header>
<main>
${goals}
${readingsTable(s.readings, labels)}
</main>
<footer>Goalpost · ${t(s.takenAt)}</footer>
</body>
</html>
`;
}
