// @vitest-environment happy-dom
/**
 * Goals computed from a formula (ROAS = revenue ÷ cost, CAC = cost ÷ new customers) in every snapshot
 * format: each says it is computed, lists its parts with where and when they were read, and a goal
 * missing a part has no value anywhere — the part it lacks is named instead (issue #17).
 */
import { describe, expect, it } from 'vitest';
import { makeI18n } from '../../components/i18n';
import { shareLabels } from '../../components/share';
import { fa } from '../../lib/i18n/fa';
import { derivedFormula, type FormulaPart, type GoalFormula } from '../../lib/metrics/derived';
import { computeProgress } from '../../lib/progress/compute';
import { DEFAULT_PROGRESS_SETTINGS } from '../../lib/progress/settings';
import type { Observation } from '../../lib/progress/types';
import type { SourceId } from '../../lib/dashboards';
import type { MetricId } from '../../lib/metrics/types';
import { parseCsv, snapshotToCsv } from '../../lib/share/csv';
import { snapshotToHtml } from '../../lib/share/html';
import { snapshotToJson, validateSnapshotJson } from '../../lib/share/json';
import { ENGLISH_SHARE_LABELS } from '../../lib/share/labels';
import { layoutSnapshotCard } from '../../lib/share/png-card';
import { buildSnapshot, type Snapshot } from '../../lib/share/snapshot';
import { snapshotToMarkdown, snapshotToPlainText } from '../../lib/share/text';
import { makeGoal, makeObservation } from '../support/goal-fixtures';

const OCTOBER = { start: '2026-10-01', end: '2026-10-31' };
const from = (metric: MetricId, source: SourceId): FormulaPart => ({ metric, sources: [source] });
const read = (metric: MetricId, source: SourceId, value: number, extra: Partial<Observation> = {}) =>
  makeObservation({
    metric,
    source,
    value,
    text: `$${value}`,
    currency: metric === 'revenue' || metric === 'cost' ? 'USD' : undefined,
    dateRange: OCTOBER,
    readAt: '2026-11-02T09:00:00.000Z',
    where: `${source} report`,
    ...extra,
  });

const roasFormula: GoalFormula = { ...derivedFormula('roas'), numerator: [from('revenue', 'ga4')], denominator: [from('cost', 'google-ads')] };
const cacFormula: GoalFormula = { ...derivedFormula('cac'), numerator: [from('cost', 'google-ads')], denominator: [from('new-customers', 'ga4')] };

function formulaSnapshot(locale = 'en', custom?: GoalFormula): Snapshot {
  const goals = [
    makeGoal({ id: 'roas', name: 'ROAS at least 1', metric: 'roas', scope: {}, start: '2026-10-01', deadline: '2026-12-31', target: { kind: 'stay-above', value: 1, setAt: '2026-10-01T00:00:00.000Z' }, baseline: undefined, formula: roasFormula }),
    makeGoal({ id: 'cac', name: 'CAC under $60', metric: 'cac', scope: {}, start: '2026-10-01', deadline: '2026-12-31', target: { kind: 'stay-below', value: 60, setAt: '2026-10-01T00:00:00.000Z' }, baseline: undefined, formula: custom ?? cacFormula }),
  ];
  const history = [read('revenue', 'ga4', 4300), read('cost', 'google-ads', 15_639.25)];
  return buildSnapshot({
    takenAt: '2026-11-02T10:00:00.000Z',
    scope: { kind: 'all' },
    locale,
    readings: [],
    goals: goals.map((goal) => ({
      goal,
      progress: computeProgress({ goal, history, settings: { ...DEFAULT_PROGRESS_SETTINGS, today: '2026-11-02' }, activeGoalCount: 2 }),
    })),
  });
}

describe('a formula goal in a snapshot', () => {
  const s = formulaSnapshot();
  const [roas, cac] = s.goals;

  it('carries the formula, each part with its source, value, dates and read time, and the value computed from them', () => {
    expect(roas!.current).toBeCloseTo(4300 / 15_639.25, 4);
    // Holding a line of 1 with 0.27: a quarter of the way there, never shown as done.
    expect(roas!.percentOfTarget).toBeCloseTo(27.49, 1);
    expect(roas!.formula).toMatchObject({ id: 'roas', title: 'ROAS', text: 'GA4 revenue ÷ Google Ads cost', status: 'complete', range: OCTOBER, prorated: false, missing: [] });
    expect(roas!.formula!.parts.map((p) => [p.side, p.name, p.state, p.source, p.value, p.currency, p.readAt])).toEqual([
      ['numerator', 'GA4 revenue', 'read', 'ga4', 4300, 'USD', '2026-11-02T09:00:00.000Z'],
      ['denominator', 'Google Ads cost', 'read', 'google-ads', 15_639.25, 'USD', '2026-11-02T09:00:00.000Z'],
    ]);
  });

  it('a goal missing a part has no value, says it is incomplete and names the part it lacks', () => {
    expect(cac!.current).toBeNull();
    expect(cac!.percentOfTarget).toBeNull();
    expect(cac!.formula).toMatchObject({ status: 'incomplete', missing: ['GA4 new customers'] });
    expect(cac!.formula!.parts.find((p) => p.state === 'missing')).toMatchObject({ name: 'GA4 new customers', value: null, reason: 'no-reading' });
    // The cost it did read is listed, so the reader sees what is there and what is not.
    expect(cac!.formula!.parts.find((p) => p.state === 'read')).toMatchObject({ name: 'Google Ads cost', value: 15_639.25 });
  });

  it('two ad accounts in different currencies are refused with the reason, not added up', () => {
    const mixed: GoalFormula = { ...cacFormula, numerator: [from('cost', 'google-ads'), from('cost', 'meta-ads')] };
    const goal = makeGoal({ id: 'cac2', metric: 'cac', scope: {}, start: '2026-10-01', deadline: '2026-12-31', formula: mixed });
    const history = [read('cost', 'google-ads', 1000), read('cost', 'meta-ads', 800, { currency: 'EUR' }), read('new-customers', 'ga4', 40)];
    const progress = computeProgress({ goal, history, settings: { ...DEFAULT_PROGRESS_SETTINGS, today: '2026-11-02' }, activeGoalCount: 1 });
    const snap = buildSnapshot({ takenAt: '2026-11-02T10:00:00.000Z', scope: { kind: 'all' }, locale: 'en', readings: [], goals: [{ goal, progress }] });
    const g = snap.goals[0]!;
    expect(g.current).toBeNull();
    expect(g.formula).toMatchObject({ status: 'refused', refusal: 'currency-mismatch' });
    expect(snapshotToPlainText(snap, ENGLISH_SHARE_LABELS)).toMatch(/Not computed: .*(USD|EUR)/);
  });

  it('survives JSON round trip and is accepted by the importer; a tampered one showing a value while incomplete is refused', () => {
    const checked = validateSnapshotJson(snapshotToJson(s));
    expect(checked.ok).toBe(true);
    expect(checked.ok && checked.snapshot.goals[1]!.formula!.missing).toEqual(['GA4 new customers']);
    const tampered = JSON.parse(snapshotToJson(s)) as { goals: Array<{ current: number | null }> };
    tampered.goals[1]!.current = 54.49;
    const refused = validateSnapshotJson(JSON.stringify(tampered));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toMatch(/goals\[1\]\.current/);
  });

  it('a version 1 file from before formulas (no formula field) still reads', () => {
    const old = JSON.parse(snapshotToJson(s)) as { goals: Array<Record<string, unknown>> };
    for (const g of old.goals) delete g.formula;
    expect(validateSnapshotJson(JSON.stringify(old)).ok).toBe(true);
  });

  it('plain text and Markdown state the formula, the missing part and each part', () => {
    // Intl puts thin and no-break spaces in dates and times.
    const norm = (t: string) => t.replace(/[\u2009\u202f\u00a0]/g, ' ');
    for (const text of [snapshotToPlainText(s, ENGLISH_SHARE_LABELS), snapshotToMarkdown(s, ENGLISH_SHARE_LABELS)].map(norm)) {
      expect(text).toContain('ROAS = GA4 revenue ÷ Google Ads cost (computed from its parts)');
      expect(text).toContain('CAC = Google Ads cost ÷ GA4 new customers (computed from its parts)');
      expect(text).toContain('Incomplete — missing GA4 new customers');
      expect(text).toMatch(/GA4 revenue: \\?\$4,300 · Oct 1 – 31, 2026 · read Nov 2, 2026/);
      expect(text).toContain('GA4 new customers: not read yet');
    }
  });

  it('CSV adds a formula column and a parts column, only when a goal has a formula', () => {
    const rows = parseCsv(snapshotToCsv(s, ENGLISH_SHARE_LABELS));
    const header = rows[0]!;
    const formula = header.indexOf('Formula');
    const parts = header.indexOf('Formula parts');
    expect(formula).toBeGreaterThan(0);
    expect(rows[1]![formula]).toBe('ROAS = GA4 revenue ÷ Google Ads cost (computed from its parts)');
    expect(rows[2]![parts]).toMatch(/^Incomplete — missing GA4 new customers.*; Google Ads cost: \$15,639 · /);
    // The value column of the incomplete goal is empty, not the cost.
    expect(rows[2]![header.indexOf('Current')]).toBe('');
    const plain = { ...s, goals: s.goals.map(({ formula: _f, ...g }) => g) };
    expect(parseCsv(snapshotToCsv(plain, ENGLISH_SHARE_LABELS))[0]).not.toContain('Formula');
  });

  it('the HTML page lists the parts, and a name the user typed stays text', () => {
    const hostile: GoalFormula = { id: 'custom', name: '<img src=x onerror=alert(1)>', numerator: [from('cost', 'google-ads')], denominator: [from('new-users', 'ga4')], scale: 1, unit: 'currency', direction: 'lower' };
    const html = snapshotToHtml(formulaSnapshot('en', hostile), ENGLISH_SHARE_LABELS);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const sections = [...doc.querySelectorAll('section.formula')];
    expect(sections).toHaveLength(2);
    expect([...sections[0]!.querySelectorAll('li')].map((li) => li.getAttribute('data-state'))).toEqual(['read', 'read']);
    expect(sections[1]!.textContent).toContain('<img src=x onerror=alert(1)> = Google Ads cost ÷ GA4 new users');
    expect(doc.querySelector('img')).toBeNull();
  });

  it('the image card draws the formula line and its parts under each formula goal', () => {
    const plain = { ...s, goals: s.goals.map(({ formula: _f, ...g }) => g) };
    const layout = layoutSnapshotCard(s, ENGLISH_SHARE_LABELS);
    const texts = layout.ops.flatMap((op) => (op.kind === 'text' ? [op.text] : []));
    expect(texts.some((t) => t.startsWith('CAC = Google Ads cost ÷ GA4 new customers') && t.includes('missing GA4 new customers'))).toBe(true);
    expect(texts.some((t) => t.includes('GA4 revenue: $4,300 · '))).toBe(true);
    // The card grows by the formula lines, so they never draw over the next goal.
    expect(layout.height).toBeGreaterThan(layoutSnapshotCard(plain, ENGLISH_SHARE_LABELS).height);
  });

  it('in Persian, the formula, its parts and what is missing are in Persian', () => {
    const labels = shareLabels(makeI18n('fa', fa, 'fa'));
    const snap = formulaSnapshot('fa');
    const text = snapshotToPlainText(snap, labels);
    expect(text).toContain(labels.formula!.formula);
    expect(text).toContain(fa['share.formulaComputed']);
    expect(text).toContain(fa.formulaPartMissing);
    expect(snap.goals[1]!.formula!.missing[0]).not.toBe('GA4 new customers');
    expect(text).toMatch(/[۰-۹]/);
  });
});
