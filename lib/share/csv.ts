import { formulaDetailLines, formulaLine, metricName, statusWord, warningText } from './format';
import { ENGLISH_FORMULA_LABELS, type ShareLabels } from './labels';
import type { Snapshot, SnapshotGoal } from './snapshot';

/** Excel reads a BOM-less CSV in the system code page, which garbles Persian, Arabic and Chinese. */
export const UTF8_BOM = '\uFEFF';

type Cell = { text: string } | { number: number | null };

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection). The full-width
 * forms are included because some CJK spreadsheet setups treat them the same.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Numbers go out unguarded and with '.' decimals, so -12.5 stays a number in every spreadsheet. */
function numberCell(n: number | null): string {
  if (n === null || !Number.isFinite(n)) return '';
  const v = Math.round(n * 1e6) / 1e6;
  return String(Object.is(v, -0) ? 0 : v);
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

const cellValue = (c: Cell): string => ('text' in c ? guardFormula(c.text) : numberCell(c.number));

function goalRow(g: SnapshotGoal, s: Snapshot, labels: ShareLabels, withFormula: boolean): Cell[] {
  const pace = g.pace.paceRatio === null ? null : Math.round(g.pace.paceRatio * 10000) / 100;
  const formula: Cell[] = withFormula ? [{ text: formulaLine(g, labels) ?? '' }, { text: formulaDetailLines(g, labels).join('; ') }] : [];
  return [
    { text: g.name },
    { text: metricName(g, labels) },
    { text: g.unit },
    { text: g.currency ?? '' },
    { number: g.current },
    { number: g.target.absolute },
    { number: g.percentOfTarget },
    { text: statusWord(g.status, labels) },
    { number: pace },
    { number: g.pace.expectedNow },
    { number: g.forecast?.value ?? null },
    { number: g.needed?.perWeek ?? null },
    { text: g.start },
    { text: g.deadline },
    { text: g.dateRange?.start ?? '' },
    { text: g.dateRange?.end ?? '' },
    { text: g.warnings.map((w) => warningText(w, labels)).join('; ') },
    { text: s.takenAt },
    ...formula,
  ];
}

/** Header and one row per goal, as the cells will read in a spreadsheet (guarded, numbers as written). */
export function snapshotToCsvRows(s: Snapshot, labels: ShareLabels): string[][] {
  const c = labels.columns;
  const header = [
    c.name, c.metric, c.unit, c.currency, c.current, c.target, c.percent, c.status, c.pace, c.expectedNow,
    c.forecast, c.neededPerWeek, c.start, c.deadline, c.rangeStart, c.rangeEnd, c.warnings, c.takenAt,
  ].map((text): Cell => ({ text }));
  // Formula columns only when a goal is computed from one, so other exports keep their columns; last, so
  // sheets that read the columns before them by position still work.
  const withFormula = s.goals.some((g) => g.formula);
  if (withFormula) {
    const words = labels.formula ?? ENGLISH_FORMULA_LABELS;
    header.push({ text: words.formula }, { text: words.parts });
  }
  return [header, ...s.goals.map((g) => goalRow(g, s, labels, withFormula))].map((row) => row.map(cellValue));
}

/** RFC 4180 with CRLF and a BOM first; dates ISO and numbers raw so the sheet can compute with them. */
export function snapshotToCsv(s: Snapshot, labels: ShareLabels): string {
  return UTF8_BOM + snapshotToCsvRows(s, labels).map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** RFC 4180 reader (quoted fields, doubled quotes, CRLF or LF); ignores a leading BOM and a final newline. */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < input.length) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\r' && input[i + 1] === '\n') {
      endRow();
      i++;
    } else if (ch === '\n' || ch === '\r') endRow();
    else field += ch;
    i++;
  }
  if (field !== '' || row.length > 0 || quoted) endRow();
  return rows;
}
