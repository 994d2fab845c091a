// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import * as api from './api-mock';
import { goalView, settings, noPage } from './fixtures';
import { SidePanel } from '../../components/SidePanel';
import type { GoalView } from '../../lib/messages';
import type { Goal } from '../../lib/goals/types';
import { makeObservation } from '../support/goal-fixtures';

vi.mock('../../components/api', () => import('./api-mock'));
afterEach(() => cleanup());

async function openDetail(view: GoalView) {
  let stored: Goal | null = view.goal;
  api.setHandlers({
    'page/get-tab-view': () => noPage(),
    'page/get-all-goals': () => ({ goals: stored ? [{ ...view, goal: stored }] : [] }),
    'page/get-settings': () => settings(),
    'page/get-goal-history': () => ({
      observations: [
        makeObservation({ metric: 'clicks', value: 1000, readAt: '2026-10-05T09:00:00.000Z' }),
        makeObservation({ metric: 'clicks', value: 4000, readAt: '2026-11-01T09:00:00.000Z' }),
        makeObservation({ metric: 'clicks', value: 6200, readAt: '2026-11-24T09:00:00.000Z' }),
      ],
    }),
    'page/save-goal': ({ goal }) => {
      stored = goal;
      return { goal };
    },
    'page/delete-goal': ({ goalId }) => {
      const deleted = stored && stored.id === goalId ? stored : null;
      stored = null;
      return { deleted };
    },
  });
  const r = render(<SidePanel />);
  fireEvent.click(await screen.findByRole('tab', { name: 'All goals' }));
  fireEvent.click(await screen.findByRole('button', { name: `Details: ${view.goal.name}` }));
  await screen.findByRole('heading', { level: 2, name: view.goal.name });
  return r;
}

describe('goal detail', () => {
  it('draws the larger chart from the goal’s history', async () => {
    const { container } = await openDetail(goalView({ id: 'g1', name: 'Clicks to 10K', stage: 'reach' }, 'behind'));
    await waitFor(() => expect(container.querySelector('svg.chart')).not.toBeNull());
    expect(api.sent('page/get-goal-history')).toEqual([{ goalId: 'g1' }]);
    expect(container.querySelector('svg.chart')!.getAttribute('data-points')).toBe('3');
    expect(container.querySelector('.chart-box figcaption')!.textContent).toContain('3 readings from Oct 5, 2026 to Nov 24, 2026');
  });

  it('edits the goal; a new target keeps the old one in the target history', async () => {
    const { container } = await openDetail(goalView({ id: 'g1', name: 'Clicks to 10K', stage: 'reach' }, 'behind'));
    fireEvent.click(screen.getByRole('button', { name: 'Edit goal' }));
    const form = screen.getByRole('form', { name: 'Edit goal' }) as HTMLFormElement;
    expect((form.querySelector('select[name="metric"]') as HTMLSelectElement).disabled).toBe(true);
    fireEvent.input(form.querySelector('input[name="target"]')!, { target: { value: '12000' } });
    fireEvent.input(form.querySelector('input[name="name"]')!, { target: { value: 'Clicks to 12K' } });
    fireEvent.submit(form);
    await waitFor(() => expect(api.sent('page/save-goal')).toHaveLength(1));
    const saved = api.sent('page/save-goal')[0]!.goal;
    expect(saved.id).toBe('g1');
    expect(saved.name).toBe('Clicks to 12K');
    expect(saved.target).toMatchObject({ kind: 'reach', value: 12000 });
    expect(saved.targetHistory).toEqual([{ kind: 'reach', value: 10000, setAt: '2026-01-01T00:00:00.000Z' }]);
    await waitFor(() => expect(container.querySelectorAll('.target-history li')).toHaveLength(2));
    expect(container.querySelector('.target-history li[data-old-target="10000"]')!.textContent).toContain('Reach 10,000');
  });

  it('review of a met goal: raise the target (history kept, reviewed now) or archive', async () => {
    const view = goalView({ id: 'g1', name: 'Clicks to 10K', stage: 'reach' }, 'achieved', {}, { current: 10500, fraction: 1.05 });
    await openDetail(view);
    const review = screen.getByRole('form', { name: /Target met/ });
    fireEvent.input(within(review).getByLabelText('New target'), { target: { value: '15000' } });
    fireEvent.click(within(review).getByRole('button', { name: 'Raise the target' }));
    await waitFor(() => expect(api.sent('page/save-goal')).toHaveLength(1));
    const raised = api.sent('page/save-goal')[0]!.goal;
    expect(raised.target.value).toBe(15000);
    expect(raised.targetHistory.map((t) => t.value)).toEqual([10000]);
    expect(raised.lastReviewedAt).toEqual(expect.any(String));

    fireEvent.click(within(screen.getByRole('form', { name: /Target met/ })).getByRole('button', { name: 'Archive the goal' }));
    await waitFor(() => expect(api.sent('page/save-goal')).toHaveLength(2));
    expect(api.sent('page/save-goal')[1]!.goal.status).toBe('archived');
  });

  it('review of a missed goal: notes what is needed and sets a new deadline', async () => {
    await openDetail(goalView({ id: 'g1', name: 'Clicks to 10K', stage: 'reach', notes: '' }, 'missed'));
    const review = screen.getByRole('form', { name: /Not there yet/ });
    fireEvent.click(within(review).getByRole('button', { name: 'Save review' }));
    expect(await screen.findByText('Write down what is needed first.')).toBeTruthy();
    fireEvent.input(within(review).getByLabelText('What is needed'), { target: { value: 'New ad copy and a landing page test' } });
    fireEvent.input(within(review).getByLabelText('New deadline'), { target: { value: '2027-03-31' } });
    fireEvent.click(within(review).getByRole('button', { name: 'Save review' }));
    await waitFor(() => expect(api.sent('page/save-goal')).toHaveLength(1));
    const saved = api.sent('page/save-goal')[0]!.goal;
    expect(saved.deadline).toBe('2027-03-31');
    expect(saved.notes).toMatch(/^\d{4}-\d{2}-\d{2}: New ad copy and a landing page test$/);
    expect(saved.lastReviewedAt).toEqual(expect.any(String));
  });

  it('deletes with Undo: delete-goal, then save-goal with the goal the reply returned', async () => {
    const view = goalView({ id: 'g1', name: 'Clicks to 10K', stage: 'reach' }, 'behind');
    await openDetail(view);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(api.sent('page/delete-goal')).toEqual([{ goalId: 'g1' }]));
    const notice = await screen.findByTestId('notice');
    expect(notice.textContent).toContain('Goal deleted.');
    fireEvent.click(within(notice).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(api.sent('page/save-goal')).toHaveLength(1));
    expect(api.sent('page/save-goal')[0]!.goal).toEqual(view.goal);
    expect(await screen.findByText('Goal restored.')).toBeTruthy();
  });
});
