// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import * as api from './api-mock';
import { adsReadings, goalView, reading, settings, tabView, noPage } from './fixtures';
import { SidePanel } from '../../components/SidePanel';
import { startFirstRequests, takeFirstSettings } from '../../components/first-requests';
import type { TabView } from '../../lib/messages';

vi.mock('../../components/api', () => import('./api-mock'));

beforeEach(() => {
  api.tabUrl.mockResolvedValue(null);
});
afterEach(() => cleanup());

function serve(view: TabView, all = view.goals) {
  api.setHandlers({
    'page/get-tab-view': () => view,
    'page/get-all-goals': () => ({ goals: all }),
    'page/get-settings': () => settings(),
    'page/save-goal': ({ goal }) => ({ goal }),
  });
}

describe('side panel: this page', () => {
  it('groups readings by table or card set and collapses long tables behind an "N rows" expander', async () => {
    serve(tabView(adsReadings(20), []));
    const { container } = render(<SidePanel />);
    await screen.findByText('What Goalpost read');
    const groups = container.querySelectorAll('section.reading-group');
    expect([...groups].map((g) => g.querySelector('h3')!.textContent)).toEqual(['Overview', 'Campaigns table']);
    const table = groups[1] as HTMLElement;
    // Totals stay visible, the 20 rows wait behind the expander.
    expect(table.querySelectorAll('li.reading')).toHaveLength(2);
    const toggle = within(table).getByRole('button', { name: '20 rows' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(table.querySelectorAll('li.reading')).toHaveLength(22);
    expect(within(table).getByRole('button', { name: 'Hide rows' }).getAttribute('aria-expanded')).toBe('true');
    // The stable hooks the end-to-end test uses.
    const clicks = container.querySelector('li.reading[data-metric="clicks"]')!;
    expect(clicks.querySelector('.reading-value')!.textContent).toBe('5.4K');
    expect(clicks.textContent).toContain('Oct 1');
    expect(clicks.textContent).toContain('Overview, “Clicks” card');
  });

  it('shows each matched goal with badge text and status word, not colour alone, plus pace, forecast, needed rate and SMART letters', async () => {
    const readings = adsReadings(2);
    const view = goalView({ id: 'g1', name: 'Clicks to 10K' }, 'behind', { matched: { reading: readings[0]!, index: 0, explanation: 'same metric on the Overview card' } });
    serve(tabView(readings, [view]));
    const { container } = render(<SidePanel />);
    const card = (await screen.findByRole('article', { name: 'Clicks to 10K' })) as HTMLElement;
    expect(card.matches('article.goal')).toBe(true);
    const badge = card.querySelector('.badge')!;
    expect(badge.textContent).toMatch(/▼\s*62% · Behind/);
    expect(badge.getAttribute('data-status')).toBe('behind');
    expect(card.querySelector('[data-testid="goal-values"]')!.textContent).toBe('6,200 of 10,000');
    expect(card.textContent).toContain('Behind: 6,200 against 8,000 expected');
    expect(card.textContent).toContain('At this pace: 8,400 of 10,000 by Dec 31, 2026');
    expect(card.textContent).toContain('Needed: 100 a day (700 a week)');
    expect(card.textContent).toContain('Expected by now: 8,000');
    expect(card.querySelector('[data-testid="pace-marker"]')).not.toBeNull();
    const letters = [...card.querySelectorAll('.smart li')].map((li) => `${li.getAttribute('data-letter')}:${li.className}`);
    expect(letters).toEqual(['S:pass', 'M:pass', 'A:warn', 'R:pass', 'T:pass', 'E:pass']);
    expect(card.querySelector('.smart li[data-letter="A"]')!.textContent).toContain('A (Achievable) could be better: Needs +150%');
    // Clicks is matched, so only the other readings offer a goal.
    expect(container.querySelector('li.reading[data-metric="clicks"] button')).toBeNull();
    expect(container.querySelector('li.reading[data-metric="impressions"] button')!.textContent).toBe('Set a goal for this');
  });

  it('marks the first data render for the benchmark', async () => {
    const mark = vi.spyOn(performance, 'mark');
    serve(tabView(adsReadings(2), []));
    render(<SidePanel />);
    await screen.findByText('What Goalpost read');
    await waitFor(() => expect(mark).toHaveBeenCalledWith('goalpost:first-render'));
  });

  it('shows a window’s worth of goal cards first, then every goal’s card in order, then what lies below them', async () => {
    const readings = adsReadings(2);
    const goals = Array.from({ length: 30 }, (_, i) =>
      goalView({ id: `g${i}`, name: `Goal ${i}` }, 'behind', { matched: { reading: readings[0]!, index: 0, explanation: 'same metric' } }),
    );
    serve(tabView(readings, goals));
    const { container } = render(<SidePanel />);
    await screen.findByRole('article', { name: 'Goal 0' });
    const first = container.querySelectorAll('.this-page article.goal').length;
    expect(first).toBeGreaterThanOrEqual(3);
    expect(first).toBeLessThan(30);
    await waitFor(() => expect(container.querySelectorAll('.this-page article.goal')).toHaveLength(30));
    expect([...container.querySelectorAll('.this-page article.goal')].map((a) => a.getAttribute('data-goal-id'))).toEqual(goals.map((g) => g.goal.id));
    // The readings and the share bar come once the cards above them are all there, and below them.
    const readingsHeading = await screen.findByRole('heading', { name: 'What Goalpost read' });
    const lastCard = container.querySelectorAll('.this-page article.goal')[29]!;
    expect(lastCard.compareDocumentPosition(readingsHeading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(container.querySelector('.share-bar')).not.toBeNull();
  });

  it('shows the first screen’s goals from the early answer, then asks for the whole view and shows every goal, then the readings', async () => {
    const readings = adsReadings(2);
    const goals = Array.from({ length: 12 }, (_, i) =>
      goalView({ id: `g${i}`, name: `Goal ${i}` }, 'behind', { matched: { reading: readings[0]!, index: 0, explanation: 'same metric' } }),
    );
    const whole: TabView = { ...tabView(readings, goals), allGoals: goals.map((_, i) => i) };
    let release!: () => void;
    const wholeAsked = new Promise<void>((r) => (release = r));
    api.setHandlers({
      // As the background answers (lib/background/service.ts): a first screen, or, held back here, the whole view.
      'page/get-tab-view': async ({ firstScreen }) => {
        if (firstScreen) return { ...whole, goals: goals.slice(0, firstScreen), moreGoals: goals.length - firstScreen, allGoals: undefined };
        await wholeAsked;
        return whole;
      },
      'page/get-all-goals': () => ({ goals }),
      'page/get-settings': () => settings(),
    });
    startFirstRequests({ withView: true }); // what the panel's early script does
    onTestFinished(() => void takeFirstSettings()); // the panel takes the view; the settings are AppRoot's
    // Frames are held until the test lets them be painted.
    const frames: FrameRequestCallback[] = [];
    const raf = vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation((f) => frames.push(f));
    onTestFinished(() => raf.mockRestore());
    const { container } = render(<SidePanel />);
    await screen.findByRole('article', { name: 'Goal 3' });
    const cards = () => [...container.querySelectorAll('.this-page article.goal')].map((a) => a.getAttribute('data-goal-id'));
    expect(cards()).toEqual(['g0', 'g1', 'g2', 'g3']);
    // The whole view waits until the first screen is painted, so reading every goal does not slow its frame.
    expect(api.sent('page/get-tab-view')).toEqual([{ tabId: 7, firstScreen: 4 }]);
    frames.splice(0).forEach((f) => f(performance.now()));
    // Nothing below the cards while more goals are to come: the readings would only jump down.
    expect(screen.queryByRole('heading', { name: 'What Goalpost read' })).toBeNull();
    await waitFor(() => expect(api.sent('page/get-tab-view')).toEqual([{ tabId: 7, firstScreen: 4 }, { tabId: 7 }]));
    release();
    await waitFor(() => expect(cards()).toEqual(goals.map((g) => g.goal.id)));
    await screen.findByRole('heading', { name: 'What Goalpost read' });
    // "All goals" came with the whole view; it was not asked for separately.
    expect(api.sent('page/get-all-goals')).toEqual([]);
  });

  it('when the first screen holds all of the page’s goals, shows them with the readings at once, then takes "All goals" from the whole view', async () => {
    const readings = adsReadings(2);
    const goals = [goalView({ id: 'g0', name: 'Goal 0' }, 'behind', { matched: { reading: readings[0]!, index: 0, explanation: 'same metric' } })];
    const elsewhere = goalView({ id: 'g9', name: 'Goal elsewhere' }, 'on-track');
    const whole: TabView = { ...tabView(readings, goals), allGoals: [0, elsewhere] };
    api.setHandlers({
      // As the background answers a first screen: the page's goals, no other goal's view.
      'page/get-tab-view': ({ firstScreen }) => (firstScreen ? { ...whole, moreGoals: 0, allGoals: undefined } : whole),
      'page/get-all-goals': () => ({ goals: [...goals, elsewhere] }),
      'page/get-settings': () => settings(),
    });
    startFirstRequests({ withView: true });
    onTestFinished(() => void takeFirstSettings());
    render(<SidePanel />);
    await screen.findByRole('article', { name: 'Goal 0' });
    await screen.findByRole('heading', { name: 'What Goalpost read' });
    await waitFor(() => expect(api.sent('page/get-tab-view')).toEqual([{ tabId: 7, firstScreen: 4 }, { tabId: 7 }]));
    expect(api.sent('page/get-all-goals')).toEqual([]);
  });

  it('resolves "All goals" from the tab view, where goals shown on the page come as their index', async () => {
    const readings = adsReadings(2);
    const shown = goalView({ id: 'g1', name: 'Clicks to 10K', stage: 'reach' }, 'behind', { matched: { reading: readings[0]!, index: 0, explanation: 'same metric' } });
    const other = goalView({ id: 'g2', name: 'Impressions 200K', metric: 'impressions', stage: 'reach' }, 'on-track');
    api.setHandlers({
      'page/get-tab-view': () => ({ ...tabView(readings, [shown]), allGoals: [other, 0] }),
      'page/get-settings': () => settings(),
    });
    const { container } = render(<SidePanel />);
    fireEvent.click(await screen.findByRole('tab', { name: 'All goals' }));
    await waitFor(() => expect([...container.querySelectorAll('.all-goals article.goal')].map((a) => a.getAttribute('data-goal-id'))).toEqual(['g2', 'g1']));
    // One request: no separate "all goals" request when the tab view carries them.
    expect(api.sent('page/get-all-goals')).toHaveLength(0);
  });

  it('says what to do when the tab has no supported dashboard', async () => {
    serve(noPage());
    render(<SidePanel />);
    expect(await screen.findByText(/No supported dashboard in this tab/)).toBeTruthy();
    expect(screen.getByText(/keep this panel open beside it/)).toBeTruthy();
  });

  it('says the dashboard is loading', async () => {
    serve(tabView([], [], [], { state: 'loading' }));
    render(<SidePanel />);
    expect(await screen.findByText('The dashboard is still loading…')).toBeTruthy();
  });

  it('says when no known metric was found, and names goals whose metric is missing here', async () => {
    const missing = goalView({ id: 'g2', name: 'CPA below $40' }, 'stale', {}, {
      warnings: [{ code: 'metric-not-found', params: { metric: 'CPA', pageUrl: 'x' }, text: 'CPA was not found on the page just read (x); the dashboard may have changed or the metric is hidden.' }],
    });
    serve(tabView([], [missing]));
    render(<SidePanel />);
    expect(await screen.findByText('No metric Goalpost knows was found on this page.')).toBeTruthy();
    expect(screen.getByTestId('metric-not-found').textContent).toContain('Not found on this page: CPA below $40');
  });

  it('asks for permission on a site it may not read yet', async () => {
    serve(noPage());
    api.tabUrl.mockResolvedValue('https://shop.example.com/admin/stats');
    api.hasOriginPermission.mockResolvedValue(false);
    render(<SidePanel />);
    const grant = await screen.findByRole('button', { name: 'Allow on this site' });
    expect(screen.getByText('Goalpost may read shop.example.com only with your permission.')).toBeTruthy();
    api.requestOriginPermission.mockResolvedValue(false);
    fireEvent.click(grant);
    await waitFor(() => expect(api.requestOriginPermission).toHaveBeenCalledWith('https://shop.example.com'));
    expect(await screen.findByText('Permission was not granted.')).toBeTruthy();
  });

  it('"Set a goal for this" opens the goal form prefilled from the reading, and saves', async () => {
    const readings = [reading('impressions', 120000, '120K', 'Overview, “Impressions” card'), reading('clicks', 5400, '5.4K', 'Overview, “Clicks” card')];
    serve(tabView(readings, []));
    const { container } = render(<SidePanel />);
    await screen.findByText('What Goalpost read');
    fireEvent.click(within(container.querySelector('li.reading[data-metric="clicks"]') as HTMLElement).getByRole('button', { name: 'Set a goal for this' }));
    const form = (await screen.findByRole('form', { name: 'New goal' })) as HTMLFormElement;
    expect((form.querySelector('select[name="reading"]') as HTMLSelectElement).value).toBe('1');
    expect((form.querySelector('select[name="metric"]') as HTMLSelectElement).value).toBe('clicks');
    expect((form.querySelector('input[name="baseline"]') as HTMLInputElement).value).toBe('5400');
    expect(form.textContent).toContain('Now: 5,400');
    // The form's code may still have been loading when the button was clicked; focus follows its mount.
    await waitFor(() => expect(document.activeElement).toBe(form.querySelector('select[name="reading"]')));
    fireEvent.input(form.querySelector('input[name="target"]')!, { target: { value: '8000' } });
    fireEvent.submit(form);
    await waitFor(() => expect(api.sent('page/save-goal')).toHaveLength(1));
    const saved = api.sent('page/save-goal')[0]!.goal;
    expect(saved).toMatchObject({ metric: 'clicks', target: { kind: 'reach', value: 8000 }, baseline: { value: 5400, obtained: 'history' }, scope: { source: 'google-ads' } });
  });

  it('keeps "Download JSON" and it holds the page’s readings', async () => {
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    serve(tabView(adsReadings(1), []));
    render(<SidePanel />);
    fireEvent.click(await screen.findByRole('button', { name: 'Download JSON' }));
    // The snapshot code loads on the click, so the file comes a moment later.
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    const json = JSON.parse(await blobs[0]!.text());
    expect(json.format).toBe('goalpost-snapshot');
    expect(json.readings).toContainEqual(expect.objectContaining({ metric: 'clicks', text: '5.4K' }));
  });

  it('refreshes when the background says the view changed', async () => {
    serve(tabView(adsReadings(0), []));
    render(<SidePanel />);
    await screen.findByText('What Goalpost read');
    const before = api.sent('page/get-tab-view').length;
    api.broadcastViewChanged(7);
    await waitFor(() => expect(api.sent('page/get-tab-view').length).toBe(before + 1));
    api.broadcastViewChanged(99);
    expect(api.sent('page/get-tab-view').length).toBe(before + 1);
  });
});

describe('side panel: context menu draft', () => {
  it('opens the goal form for the right-clicked number, once, even from another tab', async () => {
    const readings = [reading('impressions', 120000, '120K', 'Overview, “Impressions” card'), reading('clicks', 5400, '5.4K', 'Overview, “Clicks” card')];
    let view: TabView = tabView(readings, []);
    api.setHandlers({ 'page/get-tab-view': () => view, 'page/get-all-goals': () => ({ goals: [] }) });
    const { container } = render(<SidePanel />);
    await screen.findByText('What Goalpost read');
    fireEvent.click(screen.getByRole('tab', { name: 'All goals' }));
    view = { ...view, draft: 1 };
    api.broadcastViewChanged(7);
    const form = (await screen.findByRole('form', { name: 'New goal' })) as HTMLFormElement;
    expect(screen.getByRole('tab', { name: 'This page' }).getAttribute('aria-selected')).toBe('true');
    expect((form.querySelector('select[name="metric"]') as HTMLSelectElement).value).toBe('clicks');
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    api.broadcastViewChanged(7);
    await waitFor(() => expect(api.sent('page/get-tab-view').length).toBeGreaterThanOrEqual(3));
    expect(container.querySelector('form.goal-form')).toBeNull();
  });
});
