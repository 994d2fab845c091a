// @vitest-environment happy-dom
/**
 * SMART reasons carry a stable code and params; en.ts has a `smart.<code>` template for each that
 * says exactly what the engine says, and the UI renders the translated template (falling back to the
 * English reason).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { smartReason, SmartLetters } from '../../components/GoalCard';
import { makeI18n } from '../../components/i18n';
import { dayNumber } from '../../lib/goals/dates';
import type { Goal } from '../../lib/goals/types';
import { fill } from '../../lib/format';
import { en, type Catalogue } from '../../lib/i18n';
import { ar } from '../../lib/i18n/ar';
import { fa } from '../../lib/i18n/fa';
import { zhHans } from '../../lib/i18n/zh-Hans';
import { zhHant } from '../../lib/i18n/zh-Hant';
import { smartChecks, type SmartInput } from '../../lib/progress/smart';
import type { SmartCheck, SmartLetter } from '../../lib/progress/types';
import { makeGoal } from '../support/goal-fixtures';

afterEach(cleanup);

const TODAY = '2026-01-10';
const check = (letter: SmartLetter, goal: Goal, extra: Partial<SmartInput> = {}): SmartCheck =>
  smartChecks({ goal, target: goal.target.value, startValue: goal.baseline?.value ?? null, series: [], today: TODAY, ...extra }).find((c) => c.letter === letter)!;

/** A conversion rate (a ratio, higher is better) at 5% on 1 Jan 2026, a quarter to go. */
const rate = (target: number, partial: Partial<Goal> = {}) =>
  makeGoal({ metric: 'conversion-rate', baseline: { value: 5, obtained: 'typed' }, target: { kind: 'reach', value: target, setAt: '2026-01-01T00:00:00.000Z' }, ...partial });
/** Four weekly daily values over 28 days before the goal, from `from` to `to`. */
const series = (from: number, to: number) => [0, 1, 2, 3].map((w) => ({ day: dayNumber('2025-12-04') + 7 * w + (w === 3 ? 7 : 0), value: from + ((to - from) * w) / 3 }));

const CASES: Array<[string, () => SmartCheck]> = [
  ['specific.ok', () => check('S', makeGoal({ scope: { account: 'Saudi Arabia' } }))],
  ['specific.row', () => check('S', makeGoal({ scope: { source: 'ga4', filter: 'Saudi Arabia' } }))],
  ['specific.channel', () => check('S', makeGoal({ scope: {}, channel: 'organic' }))],
  ['specific.channel-source', () => check('S', makeGoal({ scope: { source: 'google-ads' }, channel: 'paid-search' }))],
  ['specific.channel-row', () => check('S', makeGoal({ scope: {}, channel: 'email' }))],
  ['time-bound.suggest-milestone', () => check('T', makeGoal({ start: '2026-01-01', deadline: '2026-12-31' }))],
  ['specific.picked', () => check('S', makeGoal({ scope: { source: 'generic' }, channel: 'email' }))],
  ['specific.channel-unread', () => check('S', makeGoal({ scope: { source: 'ga4' }, channel: 'social' }))],
  ['specific.all-channels', () => check('S', makeGoal({ scope: {}, channel: 'all' }))],
  ['specific.whole-account', () => check('S', makeGoal({ scope: { source: 'ga4' } }))],
  ['specific.missing', () => check('S', makeGoal({ scope: {} }))],
  ['measurable.no-target', () => check('M', makeGoal(), { target: null })],
  ['measurable.no-baseline', () => check('M', makeGoal({ baseline: undefined }))],
  ['measurable.ok', () => check('M', makeGoal())],
  ['achievable.no-start', () => check('A', makeGoal({ baseline: undefined }))],
  ['achievable.already-there', () => check('A', rate(4, { target: { kind: 'stay-above', value: 4, setAt: '2026-01-01T00:00:00.000Z' } }))],
  ['achievable.modest', () => check('A', rate(5.1))],
  ['achievable.no-history', () => check('A', rate(6))],
  ['achievable.ok', () => check('A', rate(6), { series: series(5, 5.2) })],
  ['achievable.unrealistic', () => check('A', rate(10), { series: series(5, 5.2) })],
  ['achievable.unrealistic.no-growth', () => check('A', rate(6), { series: series(5.2, 5) })],
  ['relevant.objective', () => check('R', makeGoal({ stage: undefined }))],
  ['relevant.stage', () => check('R', makeGoal({ objective: undefined, stage: 'convert' }))],
  ['relevant.objective-and-stage', () => check('R', makeGoal())],
  ['relevant.missing', () => check('R', makeGoal({ objective: undefined, stage: undefined }))],
  ['time-bound.too-short', () => check('T', makeGoal({ start: '2026-01-01', deadline: '2026-01-05' }))],
  ['time-bound.too-long', () => check('T', makeGoal({ start: '2026-01-01', deadline: '2028-01-01' }))],
  ['time-bound.ok', () => check('T', makeGoal())],
  ['evaluated.no-cadence', () => check('E', makeGoal({ reviewCadenceDays: 0 }))],
  ['evaluated.overdue', () => check('E', makeGoal(), { today: '2026-02-01' })],
  ['evaluated.ok', () => check('E', makeGoal())],
];
/** Not reachable through smartChecks (an unknown metric fails before M); its template is checked by text. */
const UNREACHABLE = { 'measurable.unknown-metric': 'The metric is not one the dashboards show.' };

const SMART_KEYS = Object.keys(en).filter((k) => k.startsWith('smart.'));
const TRANSLATIONS: Array<[string, Catalogue]> = [
  ['fa', fa],
  ['ar', ar],
  ['zh-Hant', zhHant],
  ['zh-Hans', zhHans],
];

describe('SMART codes and their English templates', () => {
  it.each(CASES)('%s: the engine gives the code, and the template says exactly the reason', (code, make) => {
    const c = make();
    expect(c.code).toBe(code);
    const template = (en as Record<string, string>)[`smart.${code}`];
    expect(template, `smart.${code}`).toBeDefined();
    expect(fill(template!, c.params ?? {})).toBe(c.reason);
  });

  it('every check has a code and params; every smart.* key is a code the engine uses', () => {
    for (const [, make] of CASES) {
      const c = make();
      expect(typeof c.code).toBe('string');
      expect(c.params).toBeTypeOf('object');
    }
    for (const [code, text] of Object.entries(UNREACHABLE)) expect((en as Record<string, string>)[`smart.${code}`]).toBe(text);
    expect(SMART_KEYS.sort()).toEqual([...CASES.map(([c]) => `smart.${c}`), ...Object.keys(UNREACHABLE).map((c) => `smart.${c}`)].sort());
  });

  it('codes and params survive a JSON round trip (they travel from the background to the panels)', () => {
    const c = CASES[0]![1]();
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });
});

describe('rendering SMART reasons', () => {
  const english = makeI18n('en', en, 'en-US');
  const persian = makeI18n('fa', fa, 'fa');

  it('English shows the engine’s own reason', () => {
    for (const [, make] of CASES) {
      const c = make();
      expect(smartReason(english, c)).toBe(c.reason);
    }
  });

  it.each(TRANSLATIONS)('%s fills every template, with no placeholder left', (language, catalogue) => {
    const i18n = makeI18n(language as 'fa', catalogue, language);
    for (const [code, make] of CASES) {
      const text = smartReason(i18n, make());
      expect(text, code).not.toMatch(/\{\w+\}/);
      expect(text, code).not.toBe(make().reason);
    }
  });

  it('names the metric and the RACE stage in the language and formats numbers with Intl', () => {
    const s = smartReason(persian, CASES.find(([c]) => c === 'specific.ok')![1]());
    expect(s).toBe('یک معیار با دامنهٔ مشخص: جلسه\u200cها برای Saudi Arabia.');
    // The channel is named in the language, not by its id.
    expect(smartReason(persian, check('S', makeGoal({ scope: {}, channel: 'organic' })))).toBe(
      'جلسه\u200cها فقط برای ارگانیک / سئو خوانده می\u200cشود: Search Console، یا ردیف «Organic Search» در GA4 یا Looker Studio.',
    );
    expect(smartReason(persian, check('R', makeGoal({ objective: undefined, stage: 'convert' })))).toBe('به کسب\u200cوکار گره خورده است: مرحلهٔ تبدیل در RACE.');
    expect(smartReason(persian, check('E', makeGoal()))).toBe(`بازبینی هر ۳۰ روز؛ بازبینی بعدی در ${persian.date('2026-01-31')}.`);
    expect(persian.date('2026-01-31')).not.toContain('Jan');
    expect(smartReason(persian, check('M', makeGoal()))).toBe(`در داشبورد از ${persian.value(8000, 'count')} تا ${persian.value(10_000, 'count')} سنجیده می\u200cشود.`);
    expect(persian.value(8000, 'count')).toContain('۸٬۰۰۰');
    expect(smartReason(persian, check('T', makeGoal()))).toBe(`از ${persian.date('2026-01-01')} تا ${persian.date('2026-03-31')} (۹۰ روز).`);
    expect(smartReason(makeI18n('zh-Hant', zhHant, 'zh-Hant'), check('S', makeGoal({ scope: {}, channel: 'all' })))).toBe('讀取所有流量來源的工作階段（全站總計）。');
  });

  it('falls back to the English reason without a code or a template', () => {
    const c = check('T', makeGoal());
    expect(smartReason(persian, { letter: c.letter, pass: c.pass, reason: c.reason })).toBe(c.reason);
    expect(smartReason(makeI18n('fa', { ...fa, 'smart.time-bound.ok': '' }, 'fa'), c)).toBe(c.reason);
    expect(smartReason(persian, { ...c, code: 'time-bound.unheard-of' })).toBe(c.reason);
  });

  it('SmartLetters shows the translated reason to screen readers and pointers', () => {
    const checks = smartChecks({ goal: makeGoal(), target: 10_000, startValue: 8_000, series: [], today: TODAY });
    const i18n = makeI18n('zh-Hans', zhHans, 'zh-Hans');
    const { container } = render(<SmartLetters checks={checks} i18n={i18n} />);
    const t = container.querySelector('li[data-letter="T"]')!;
    const reason = `周期为 ${i18n.date('2026-01-01')} 至 ${i18n.date('2026-03-31')}（90 天）。`;
    expect(reason).not.toContain('Jan');
    expect(t.getAttribute('title')).toBe(`有时限的: ${reason}`);
    expect(t.querySelector('.visually-hidden')!.textContent).toBe(`T（有时限的）通过：${reason}`);
  });
});
