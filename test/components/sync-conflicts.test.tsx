// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import * as api from './api-mock';
import { adsReadings, settings, tabView } from './fixtures';
import { makeGoal } from '../support/goal-fixtures';
import { I18nProvider, makeI18n } from '../../components/i18n';
import { SidePanel } from '../../components/SidePanel';
import { SyncConflicts, type ConflictCalls } from '../../components/SyncConflicts';
import { en, type Catalogue, type UiLanguage } from '../../lib/i18n';
import { fa } from '../../lib/i18n/fa';
import type { Goal } from '../../lib/goals/types';
import type { ConflictChoice, GoalConflict } from '../../lib/sync/types';

vi.mock('../../components/api', () => import('./api-mock'));
afterEach(() => cleanup());

const MINE = makeGoal({ id: 'g-cpa', name: 'Clicks to 10K', metric: 'clicks', target: { kind: 'reach', value: 35_000, setAt: '2026-11-01T00:00:00.000Z' }, updatedAt: '2026-12-03T09:00:00.000Z' });
const THEIRS: Goal = { ...MINE, name: 'Clicks to 10K (Q1)', target: { kind: 'reach', value: 30_000, setAt: '2026-11-02T00:00:00.000Z' }, updatedAt: '2026-12-03T10:30:00.000Z' };

function editEdit(mine: Goal = MINE, theirs: Goal = THEIRS): GoalConflict {
  return {
    goalId: mine.id,
    kind: 'edit-edit',
    mine,
    theirs,
    mineBy: 'alice',
    theirsBy: 'bob',
    fields: [
      { field: 'name', mine: mine.name, theirs: theirs.name },
      { field: 'target', mine: mine.target, theirs: theirs.target },
    ],
  };
}

const DELETED: GoalConflict = { goalId: 'g-gone', kind: 'delete-edit', mine: null, theirs: { ...MINE, id: 'g-gone', name: 'Spend under $5K' }, mineBy: 'alice', theirsBy: 'bob', fields: [] };

function fakeCalls(conflicts: GoalConflict[]) {
  let list = conflicts;
  return {
    list: vi.fn(async () => ({ conflicts: list })),
    resolve: vi.fn(async (goalId: string, _choice: ConflictChoice) => {
      list = list.filter((c) => c.goalId !== goalId);
      return { conflicts: list };
    }),
  } satisfies ConflictCalls;
}

function show(calls: ConflictCalls, language: UiLanguage = 'en', catalogue: Catalogue = en, onResolved?: () => void) {
  return render(
    <I18nProvider value={makeI18n(language, catalogue, language === 'en' ? 'en-US' : language)}>
      <SyncConflicts calls={calls} onResolved={onResolved} />
    </I18nProvider>,
  );
}

describe('side panel: goals changed by two people', () => {
  it('shows nothing while there is no conflict', async () => {
    const calls = fakeCalls([]);
    const { container } = show(calls);
    await waitFor(() => expect(calls.list).toHaveBeenCalled());
    expect(container.textContent).toBe('');
  });

  it('lists a notice per goal, then shows both versions field by field with who changed each and when', async () => {
    const calls = fakeCalls([editEdit(), DELETED]);
    const { container } = show(calls);
    const region = await screen.findByRole('region', { name: 'Goals changed by two people' });
    const notices = [...region.querySelectorAll('li.conflict-notice')];
    expect(notices.map((n) => n.getAttribute('data-goal-id'))).toEqual(['g-cpa', 'g-gone']);
    expect(notices[0]!.textContent).toContain('Clicks to 10K');
    expect(notices[0]!.textContent).toContain('Changed by two people');

    fireEvent.click(within(region).getByRole('button', { name: 'Compare versions: Clicks to 10K' }));
    const detail = container.querySelector('.conflict-detail') as HTMLElement;
    expect(document.activeElement).toBe(within(detail).getByRole('heading', { name: 'Clicks to 10K' }));
    const table = within(detail).getByRole('table', { name: 'Both versions of Clicks to 10K, field by field' });
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Name', 'Clicks to 10K', 'Clicks to 10K (Q1)'],
      ['Target', 'Reach 35,000', 'Reach 30,000'],
    ]);
    const i18n = makeI18n('en', en, 'en-US');
    expect(table.querySelector('th[data-side="mine"]')!.textContent).toBe(`MineChanged by alice, ${i18n.dateTime(MINE.updatedAt)}`);
    expect(table.querySelector('th[data-side="theirs"]')!.textContent).toBe(`TheirsChanged by bob, ${i18n.dateTime(THEIRS.updatedAt)}`);
  });

  it('"Keep mine" sends that choice and the list refreshes from the reply', async () => {
    const calls = fakeCalls([editEdit(), DELETED]);
    const onResolved = vi.fn();
    const { container } = show(calls, 'en', en, onResolved);
    fireEvent.click(await screen.findByRole('button', { name: 'Compare versions: Clicks to 10K' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(calls.resolve).toHaveBeenCalledWith('g-cpa', { keep: 'mine' }));
    expect((await screen.findByRole('status')).textContent).toContain('Resolved: Clicks to 10K.');
    expect([...container.querySelectorAll('li.conflict-notice')].map((n) => n.getAttribute('data-goal-id'))).toEqual(['g-gone']);
    expect(container.querySelector('.conflict-detail')).toBeNull();
    expect(onResolved).toHaveBeenCalledTimes(1);
  });

  it('"Keep theirs" sends theirs', async () => {
    const calls = fakeCalls([editEdit()]);
    show(calls);
    fireEvent.click(await screen.findByRole('button', { name: 'Compare versions: Clicks to 10K' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep theirs' }));
    await waitFor(() => expect(calls.resolve).toHaveBeenCalledWith('g-cpa', { keep: 'theirs' }));
  });

  it('"Merge" offers a mine/theirs radio group per field and saves the goal as chosen', async () => {
    const calls = fakeCalls([editEdit()]);
    show(calls);
    fireEvent.click(await screen.findByRole('button', { name: 'Compare versions: Clicks to 10K' }));
    fireEvent.click(screen.getByRole('button', { name: 'Merge' }));
    const name = screen.getByRole('radiogroup', { name: 'Name' });
    const target = screen.getByRole('radiogroup', { name: 'Target' });
    // Focus goes to the first choice, which starts on "mine".
    expect(document.activeElement).toBe(within(name).getByRole('radio', { name: 'Mine — Clicks to 10K' }));
    expect((within(target).getByRole('radio', { name: 'Mine — Reach 35,000' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(name).getByRole('radio', { name: 'Theirs — Clicks to 10K (Q1)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save merged goal' }));
    await waitFor(() => expect(calls.resolve).toHaveBeenCalledTimes(1));
    const [goalId, choice] = calls.resolve.mock.calls[0]!;
    expect(goalId).toBe('g-cpa');
    expect(choice).toEqual({ keep: 'merged', goal: { ...MINE, name: THEIRS.name } });
  });

  it('a goal deleted by one person and edited by another says it was kept, and "Delete it" / "Keep it" choose the right side', async () => {
    const calls = fakeCalls([DELETED]);
    const { container } = show(calls);
    fireEvent.click(await screen.findByRole('button', { name: 'Compare versions: Spend under $5K' }));
    expect(screen.getByText('One person deleted this goal while another edited it; it was kept.')).toBeTruthy();
    // Who deleted it and who edited it, each on its own side.
    expect(container.querySelector('p[data-side="mine"]')!.textContent).toBe('Deleted by alice');
    expect(container.querySelector('p[data-side="theirs"]')!.textContent).toBe(`Changed by bob, ${makeI18n('en', en, 'en-US').dateTime(MINE.updatedAt)}`);
    fireEvent.click(screen.getByRole('button', { name: 'Delete it' }));
    // Mine is the deleted side here: keeping it deletes the goal.
    await waitFor(() => expect(calls.resolve).toHaveBeenCalledWith('g-gone', { keep: 'mine' }));

    cleanup();
    const other = fakeCalls([{ ...DELETED, mine: DELETED.theirs, theirs: null }]);
    show(other);
    fireEvent.click(await screen.findByRole('button', { name: 'Compare versions: Spend under $5K' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(other.resolve).toHaveBeenCalledWith('g-gone', { keep: 'mine' }));
  });

  it('renders hostile goal names, user names and values as text', async () => {
    const hostile = '<img src=x onerror="globalThis.hacked=1"><b>bold</b>';
    const mine = { ...MINE, name: hostile, notes: `<script>globalThis.hacked=1</script>` };
    const conflict: GoalConflict = { ...editEdit(mine, { ...THEIRS, notes: hostile }), mineBy: hostile, fields: [{ field: 'notes', mine: mine.notes, theirs: hostile }] };
    const { container } = show(fakeCalls([conflict]));
    fireEvent.click(await screen.findByRole('button', { name: `Compare versions: ${hostile}` }));
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(container.querySelector('.conflict-detail h3')!.textContent).toBe(hostile);
    expect(container.querySelector('td[data-side="theirs"]')!.textContent).toBe(hostile);
    expect(container.querySelector('th[data-side="mine"]')!.textContent).toContain(`Changed by ${hostile}`);
    expect((globalThis as { hacked?: number }).hacked).toBeUndefined();
  });

  it('speaks Persian: field names from the goal form’s own labels, buttons and notice translated', async () => {
    const { container } = show(fakeCalls([editEdit()]), 'fa', fa);
    fireEvent.click(await screen.findByRole('button', { name: `${fa.conflictOpen}: Clicks to 10K` }));
    const labels = [...container.querySelectorAll('tbody th')].map((th) => th.textContent);
    expect(labels).toEqual([fa.conflictFieldName, fa.target]);
    for (const key of ['conflictKeepMine', 'conflictKeepTheirs', 'conflictMerge'] as const) expect(screen.getByRole('button', { name: fa[key] })).toBeTruthy();
    expect(container.textContent).not.toMatch(/Keep mine|Theirs|Changed by/);
  });
});

describe('the conflict notices in the side panel', () => {
  it('appear above the tabs when the background reports a conflict, and resolving refreshes the goals', async () => {
    let conflicts: GoalConflict[] = [editEdit()];
    api.setHandlers({
      'page/get-tab-view': () => tabView(adsReadings(2), []),
      'page/get-all-goals': () => ({ goals: [] }),
      'page/get-settings': () => settings(),
      'page/sync-conflicts': () => ({ conflicts }),
      'page/sync-resolve': ({ goalId }) => {
        conflicts = conflicts.filter((c) => c.goalId !== goalId);
        return { conflicts };
      },
    });
    const { container } = render(<SidePanel />);
    const region = await screen.findByRole('region', { name: 'Goals changed by two people' });
    expect(region.compareDocumentPosition(container.querySelector('[role="tabpanel"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(within(region).getByRole('button', { name: 'Compare versions: Clicks to 10K' }));
    const viewsBefore = api.sent('page/get-tab-view').length;
    fireEvent.click(within(region).getByRole('button', { name: 'Keep theirs' }));
    await waitFor(() => expect(api.sent('page/sync-resolve')).toEqual([{ goalId: 'g-cpa', choice: { keep: 'theirs' } }]));
    await waitFor(() => expect(api.sent('page/get-tab-view').length).toBeGreaterThan(viewsBefore));
    expect(container.querySelector('li.conflict-notice')).toBeNull();
  });

  it('stay away when sync is off (the background has no conflicts to give)', async () => {
    api.setHandlers({
      'page/get-tab-view': () => tabView(adsReadings(2), []),
      'page/get-all-goals': () => ({ goals: [] }),
      'page/get-settings': () => settings(),
    });
    const { container } = render(<SidePanel />);
    await screen.findByText('What Goalpost read');
    await waitFor(() => expect(api.sent('page/sync-conflicts')).toHaveLength(1));
    expect(container.querySelector('.sync-conflicts')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
