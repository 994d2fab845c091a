// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { GoalCard } from '../../components/GoalCard';
import { I18nProvider, makeI18n } from '../../components/i18n';
import { en } from '../../lib/i18n';
import { newGoal } from '../../lib/goals/model';
import { derivedFormula } from '../../lib/metrics/derived';
import { computeProgress } from '../../lib/progress';
import { DEFAULT_PROGRESS_SETTINGS } from '../../lib/progress/settings';
import { makeObservation } from '../support/goal-fixtures';

afterEach(() => cleanup());

const goal = { ...newGoal({ id: 'cac', metric: 'cac', target: { kind: 'stay-below', value: 40 }, start: '2026-11-01', deadline: '2026-12-31' }, '2026-11-01T00:00:00.000Z'), formula: derivedFormula('cac') };
const range = { start: '2026-11-01', end: '2026-11-20' };
const cost = makeObservation({ metric: 'cost', value: 1000, currency: 'USD', source: 'google-ads', dateRange: range, readAt: '2026-11-21T09:00:00.000Z' });
const customers = makeObservation({ metric: 'new-customers', value: 40, source: 'ga4', dateRange: range, readAt: '2026-11-21T10:00:00.000Z' });

function card(history: ReturnType<typeof makeObservation>[]) {
  const progress = computeProgress({ goal, history, settings: { ...DEFAULT_PROGRESS_SETTINGS, today: '2026-11-21' }, activeGoalCount: 1 });
  return render(
    <I18nProvider value={makeI18n('en', en, 'en-US')}>
      <GoalCard view={{ goal, progress, trend: [] }} />
    </I18nProvider>,
  ).container;
}

describe('a formula goal’s card', () => {
  it('shows the formula and each part with its number and dashboard', () => {
    const c = card([cost, customers]);
    expect(c.querySelector('.formula-text')!.textContent).toBe('Cost ÷ New customers');
    const parts = [...c.querySelectorAll('.formula-parts li')].map((li) => li.textContent);
    expect(parts.some((t) => t!.startsWith('Google Ads cost: $1,000'))).toBe(true);
    expect(parts.some((t) => t!.startsWith('GA4 new customers: 40'))).toBe(true);
    expect(c.querySelector('[data-testid="goal-values"]')!.textContent).toContain('$25');
  });

  it('with a part missing it names the part and shows no value', () => {
    const c = card([cost]);
    expect(c.querySelector('[data-testid="goal-values"]')).toBeNull();
    expect(c.querySelector('.formula-parts li.missing')!.textContent).toContain('not read yet');
    expect(c.querySelector('.goal-reason')!.textContent).toMatch(/Incomplete/);
  });
});
