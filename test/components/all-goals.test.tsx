// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import * as api from './api-mock';
import { goalView, settings, noPage } from './fixtures';
import { SidePanel } from '../../components/SidePanel';
import type { GoalView } from '../../lib/messages';

vi.mock('../../components/api', () => import('./api-mock'));
afterEach(() => cleanup());

const GOALS: GoalView[] = [
  goalView({ id: 'a', name: 'Impressions up', stage: 'reach', channel: 'paid-search' }, 'on-track'),
  goalView({ id: 'b', name: 'Organic conversion rate', stage: 'convert', channel: 'organic', metric: 'conversion-rate' }, 'behind'),
  goalView({ id: 'c', name: 'Paid CTR', stage: 'reach', channel: 'paid-search', metric: 'ctr' }, 'at-risk'),
  goalView({ id: 'd', name: 'Newsletter', stage: 'engage', channel: 'email', metric: 'subscribers' }, 'achieved'),
  { ...goalView({ id: 'e', name: 'No stage yet' }, 'no-data', { trend: [] }, { current: null, fraction: null }), goal: { ...goalView({ id: 'e', name: 'No stage yet' }).goal, stage: undefined } },
  goalView({ id: 'f', name: 'Old archived goal', stage: 'reach', status: 'archived' }, 'missed'),
];

async function openAllGoals() {
  api.setHandlers({
    'page/get-tab-view': () => noPage(),
    'page/get-all-goals': () => ({ goals: GOALS }),
    'page/get-settings': () => settings(),
    'page/get-goal-history': () => ({ observations: [] }),
  });
  const r = render(<SidePanel />);
  fireEvent.click(await screen.findByRole('tab', { name: 'All goals' }));
  await screen.findByRole('combobox', { name: 'Group by' });
  return r;
}

const groupsOf = (container: Element) =>
  [...container.querySelectorAll('section.goal-group')].map((s) => [s.getAttribute('data-group'), [...s.querySelectorAll('article.goal')].map((a) => a.getAttribute('aria-label'))]);

describe('side panel: all goals', () => {
  it('groups by RACE stage in funnel order, goals without a stage last, archived hidden by default', async () => {
    const { container } = await openAllGoals();
    expect(groupsOf(container)).toEqual([
      ['reach', ['Impressions up', 'Paid CTR']],
      ['convert', ['Organic conversion rate']],
      ['engage', ['Newsletter']],
      ['none', ['No stage yet']],
    ]);
    expect(container.querySelector('section.goal-group[data-group="reach"] h2')!.textContent).toBe('Reach (2 goals)');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show archived goals' }));
    expect(groupsOf(container)[0]).toEqual(['reach', ['Impressions up', 'Paid CTR', 'Old archived goal']]);
  });

  it('groups by channel when the user chooses it', async () => {
    const { container } = await openAllGoals();
    fireEvent.change(screen.getByRole('combobox', { name: 'Group by' }), { target: { value: 'channel' } });
    expect(groupsOf(container).map((g) => g[0])).toEqual(['paid-search', 'email', 'organic', 'none']);
    expect(container.querySelector('section.goal-group[data-group="paid-search"] h2')!.textContent).toContain('Paid search');
  });

  it('filters by status and says when nothing matches', async () => {
    const { container } = await openAllGoals();
    const filter = screen.getByRole('combobox', { name: 'Show' });
    fireEvent.change(filter, { target: { value: 'behind' } });
    expect(groupsOf(container)).toEqual([['convert', ['Organic conversion rate']]]);
    fireEvent.change(filter, { target: { value: 'stale' } });
    expect(screen.getByText('No goal has this status.')).toBeTruthy();
  });

  it('draws a trend sparkline with target and pace lines for each goal', async () => {
    const { container } = await openAllGoals();
    const card = container.querySelector('article.goal[data-goal-id="a"]')!;
    const svg = card.querySelector('svg.spark')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toContain('Trend of Impressions up: 4 readings, target 10,000');
    expect(svg.querySelector('path.spark-line')!.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){3}$/);
    expect(svg.querySelector('line.spark-target')).not.toBeNull();
    expect(svg.querySelector('line.spark-pace')).not.toBeNull();
    // Badge carries text, not only colour.
    expect(card.querySelector('.badge')!.textContent).toContain('On track');
  });

  it('tells a new user how to make a first goal', async () => {
    api.setHandlers({
      'page/get-tab-view': () => noPage(),
      'page/get-all-goals': () => ({ goals: [] }),
    });
    render(<SidePanel />);
    fireEvent.click(await screen.findByRole('tab', { name: 'All goals' }));
    await waitFor(() => expect(screen.getByText(/No goals yet/)).toBeTruthy());
  });

  it('renders all 50 goals with long histories, each with its sparkline', async () => {
    const many: GoalView[] = Array.from({ length: 50 }, (_, i) => {
      const v = goalView({ id: `g${i}`, name: `Goal ${i}`, stage: (['reach', 'act', 'convert', 'engage'] as const)[i % 4] }, 'on-track');
      return { ...v, trend: Array.from({ length: 60 }, (_, d) => ({ readAt: new Date(Date.UTC(2026, 9, 1 + d)).toISOString(), value: 100 * d })) };
    });
    api.setHandlers({
      'page/get-tab-view': () => noPage(),
      'page/get-all-goals': () => ({ goals: many }),
    });
    const { container } = render(<SidePanel />);
    const tab = await screen.findByRole('tab', { name: 'All goals' });
    fireEvent.click(tab);
    // How fast is for `npm run bench` to say; here only that every goal is there.
    await waitFor(() => expect(container.querySelectorAll('article.goal')).toHaveLength(50));
    expect(container.querySelectorAll('article.goal svg')).not.toHaveLength(0);
  });
});

describe('all goals: plans', () => {
  it('groups by business objective, higher priority first, each guard rail right after the goal it protects', async () => {
    const { planOrder, groupGoals } = await import('../../components/AllGoals');
    const views = [
      goalView({ id: 'roas', name: 'ROAS ≥ 3', objective: 'Profitable growth', guardFor: 'spend' }),
      goalView({ id: 'ctr', name: 'CTR 1%', objective: 'Profitable growth', priority: 'low' }),
      goalView({ id: 'spend', name: 'Spend +20%', objective: 'Profitable growth', priority: 'high' }),
      goalView({ id: 'leads', name: 'Leads 500', objective: 'More leads' }),
      goalView({ id: 'loose', name: 'Default objective' }),
    ];
    expect(planOrder(views).map((v) => v.goal.id)).toEqual(['spend', 'roas', 'ctr', 'leads', 'loose']);
    const groups = groupGoals(views, 'objective', (k) => k || 'none');
    expect(groups.map((g) => [g.title, g.goals.map((v) => v.goal.id)])).toEqual([
      ['More leads', ['leads']],
      ['More qualified leads', ['loose']],
      ['Profitable growth', ['spend', 'roas', 'ctr']],
    ]);
  });

  it('a guard rail and a later phase say which goal they belong to', async () => {
    GOALS.push(goalView({ id: 'g', name: 'ROAS stays ≥ 3', stage: 'convert', guardFor: 'a' }), goalView({ id: 'h', name: 'Phase two', stage: 'convert', after: 'b' }));
    try {
      const { container } = await openAllGoals();
      await waitFor(() => expect(container.querySelector('article[data-goal-id="g"] .goal-relation')).toBeTruthy());
      expect(container.querySelector('article[data-goal-id="g"] .goal-relation')!.textContent).toBe('Guard rail of “Impressions up”');
      expect(container.querySelector('article[data-goal-id="h"] .goal-relation')!.textContent).toBe('Starts after “Organic conversion rate”');
    } finally {
      GOALS.splice(-2, 2);
    }
  });
});
