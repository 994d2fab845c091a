// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import * as api from './api-mock';
import { goalView, reading, settings, tabView } from './fixtures';
import { Popup } from '../../components/Popup';
import { AppRoot } from '../../components/i18n';
import { deadlineFor } from '../../lib/goals/deadline-presets';
import { localIsoDate } from '../../lib/time';

vi.mock('../../components/api', () => import('./api-mock'));
afterEach(() => cleanup());

const READINGS = [reading('clicks', 5400, '5.4K', 'Overview, “Clicks” card'), reading('conversion-rate', 2.4, '2.4%', 'Overview, “Conv. rate” card')];

async function openPopup(readings = READINGS) {
  api.setHandlers({
    'page/get-tab-view': () => tabView(readings, []),
    'page/get-settings': () => settings({ defaultCadenceDays: 14 }),
    'page/save-goal': ({ goal }) => ({ goal }),
  });
  const r = render(
    <AppRoot>
      <Popup />
    </AppRoot>,
  );
  const form = (await screen.findByRole('form', { name: 'New goal' })) as HTMLFormElement;
  return { ...r, form };
}

const field = <T extends HTMLElement>(form: HTMLElement, name: string) => form.querySelector(`[name="${name}"]`) as T;
const letter = (form: HTMLElement, l: string) => form.querySelector(`.smart-live li[data-letter="${l}"]`)!;

describe('popup', () => {
  it('is prefilled from the tab’s first reading, with its value as the baseline, and focuses the first field', async () => {
    const { form } = await openPopup();
    expect(field<HTMLSelectElement>(form, 'reading').value).toBe('0');
    expect(field<HTMLSelectElement>(form, 'metric').value).toBe('clicks');
    expect(field<HTMLInputElement>(form, 'baseline').value).toBe('5400');
    expect(form.textContent).toContain('Now: 5,400');
    await waitFor(() => expect(document.activeElement).toBe(field(form, 'reading')));
  });

  it('every field has a label, and there is one submit button so Enter submits', async () => {
    const { form } = await openPopup();
    for (const label of ['From this page', 'Or any metric', 'Goal type', 'Baseline (where it stands now)', 'Target', 'Deadline', 'Name (optional)', 'RACE stage', 'Channel']) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    expect(form.querySelectorAll('button[type="submit"]')).toHaveLength(1);
    expect(form.querySelectorAll('[tabindex]:not([tabindex="0"])')).toHaveLength(0);
  });

  it('a seed template fills the form and takes the page’s reading of the row it names as the baseline', async () => {
    const page = [
      reading('conversion-rate', 3.1, '3.1%', 'Traffic acquisition table', { source: 'ga4' }),
      reading('conversion-rate', 2.4, '2.4%', 'Traffic acquisition table, Organic Search row', { source: 'ga4', scope: { row: 'Organic Search' } }),
    ];
    const { form } = await openPopup(page);
    fireEvent.change(screen.getByLabelText('Start from an example'), { target: { value: 'organic-conversion-rate-25pct-november' } });
    await waitFor(() => expect(field<HTMLSelectElement>(form, 'metric').value).toBe('conversion-rate'));
    // The organic row, not the site-wide 3.1%.
    expect(field<HTMLSelectElement>(form, 'reading').value).toBe('1');
    expect(field<HTMLInputElement>(form, 'baseline').value).toBe('2.4');
    expect(field<HTMLSelectElement>(form, 'kind').value).toBe('increase-by-percent');
    expect(field<HTMLInputElement>(form, 'target').value).toBe('25');
    expect(field<HTMLSelectElement>(form, 'channel').value).toBe('organic');
    expect(field<HTMLInputElement>(form, 'row').value).toBe('Organic Search');
    expect(field<HTMLInputElement>(form, 'name').value).toBe('Organic search conversion rate +25% by November');
    expect(form.textContent).toContain('Percent of the baseline: 25 means 3%.');

    fireEvent.change(screen.getByLabelText('Start from an example'), { target: { value: 'email-subscribers-500-1-year' } });
    await waitFor(() => expect(field<HTMLSelectElement>(form, 'metric').value).toBe('subscribers'));
    expect(field<HTMLSelectElement>(form, 'reading').value).toBe('-1');
    expect(field<HTMLSelectElement>(form, 'kind').value).toBe('increase-by');
    expect(field<HTMLInputElement>(form, 'target').value).toBe('500');
    expect(field<HTMLInputElement>(form, 'deadline').value).toBe(deadlineFor('in-12-months', localIsoDate(new Date())));
    fireEvent.input(field(form, 'baseline'), { target: { value: '1200' } });

    fireEvent.submit(form);
    await waitFor(() => expect(api.sent('page/save-goal')).toHaveLength(1));
    expect(api.sent('page/save-goal')[0]!.goal).toMatchObject({
      metric: 'subscribers',
      target: { kind: 'increase-by', value: 500 },
      baseline: { value: 1200 },
      channel: 'email',
      scope: { source: 'generic' },
      reviewCadenceDays: 14,
    });
    expect((await screen.findByRole('status')).textContent).toBe('Goal saved.');
  });

  it('a goal typed as a Persian sentence fills the fields, marks them as filled from it, and Enter saves it', async () => {
    const page = [reading('ctr', 0.86, '0.86%', 'Campaigns table, CTR column')];
    const { form } = await openPopup(page);
    fireEvent.input(screen.getByLabelText('Describe your goal'), { target: { value: 'نرخ کلیک جستجوی پولی حداقل ۱٪ تا سه ماه آینده' } });
    await waitFor(() => expect(field<HTMLSelectElement>(form, 'metric').value).toBe('ctr'));
    expect(field<HTMLSelectElement>(form, 'kind').value).toBe('stay-above');
    expect(field<HTMLInputElement>(form, 'target').value).toBe('1');
    expect(field<HTMLSelectElement>(form, 'channel').value).toBe('paid-search');
    expect(field<HTMLInputElement>(form, 'deadline').value).toBe(deadlineFor('in-3-months', localIsoDate(new Date())));
    for (const name of ['metric', 'kind', 'target', 'channel', 'deadline']) expect(field(form, name).getAttribute('data-from-sentence'), name).toBe('true');
    expect(field(form, 'baseline').getAttribute('data-from-sentence')).toBeNull();
    // The page's Google Ads CTR is the paid-search reading it will follow.
    expect(field<HTMLSelectElement>(form, 'reading').value).toBe('0');
    expect(letter(form, 'S').textContent).toContain('paid search');
    fireEvent.submit(form);
    await waitFor(() => expect(api.sent('page/save-goal')).toHaveLength(1));
    expect(api.sent('page/save-goal')[0]!.goal).toMatchObject({ metric: 'ctr', target: { kind: 'stay-above', value: 1 }, channel: 'paid-search', scope: { source: 'google-ads' } });
  });

  it('a sentence without a metric the dashboards show says so, and guesses nothing', async () => {
    const { form } = await openPopup();
    fireEvent.input(screen.getByLabelText('Describe your goal'), { target: { value: 'Make the brand famous by next year' } });
    await waitFor(() => expect(form.querySelector('.sentence-missing li[data-field="metric"]')).toBeTruthy());
    expect(field<HTMLSelectElement>(form, 'metric').getAttribute('data-from-sentence')).toBeNull();
  });

  it('a plan: priority, a learning-phase milestone with no number, and the goal it starts after', async () => {
    api.setHandlers({
      'page/get-tab-view': () => tabView(READINGS, []),
      'page/get-settings': () => settings(),
      'page/save-goal': ({ goal }) => ({ goal }),
      'page/get-all-goals': () => ({ goals: [goalView({ id: 'learn', name: 'Q1: learn keywords' })] }),
    });
    render(
      <AppRoot>
        <Popup />
      </AppRoot>,
    );
    const form = (await screen.findByRole('form', { name: 'New goal' })) as HTMLFormElement;
    fireEvent.input(field(form, 'target'), { target: { value: '6000' } });
    fireEvent.change(field(form, 'priority'), { target: { value: 'high' } });
    await waitFor(() => expect(form.querySelector('select[name="after"] option[value="learn"]')).toBeTruthy());
    fireEvent.change(field(form, 'after'), { target: { value: 'learn' } });
    fireEvent.click(field(form, 'add-milestone'));
    const deadline = field<HTMLInputElement>(form, 'deadline').value;
    fireEvent.input(field(form, 'milestone-0-name'), { target: { value: 'Learn what converts' } });
    fireEvent.input(field(form, 'milestone-0-deadline'), { target: { value: deadline } });
    fireEvent.submit(form);
    await waitFor(() => expect(api.sent('page/save-goal')).toHaveLength(1));
    expect(api.sent('page/save-goal')[0]!.goal).toMatchObject({ priority: 'high', after: 'learn', milestones: [{ name: 'Learn what converts', deadline }] });
    expect(api.sent('page/save-goal')[0]!.goal.milestones[0]).not.toHaveProperty('target');
  });

  it('offers the rows the page shows as what the goal reads, and saves the scope and the dates a total covers', async () => {
    const rows = [
      reading('sessions', 17_962, '17,962', 'Traffic acquisition table', { source: 'ga4' }),
      reading('sessions', 6_020, '6,020', 'Traffic acquisition table, Organic Search row', { source: 'ga4', scope: { row: 'Organic Search' } }),
      reading('sessions', 1_210, '1,210', 'Traffic acquisition table, Email row', { source: 'ga4', scope: { row: 'Email' } }),
    ];
    const { form } = await openPopup(rows);
    const offered = [...form.querySelectorAll('#goal-form-rows option')].map((o) => o.getAttribute('value'));
    expect(offered).toEqual(['Organic Search', 'Email']);
    expect(field<HTMLSelectElement>(form, 'source').value).toBe('ga4');
    expect(field<HTMLInputElement>(form, 'row').value).toBe('');
    fireEvent.input(field(form, 'row'), { target: { value: 'Organic Search' } });
    fireEvent.change(field(form, 'kind'), { target: { value: 'increase-by-percent' } });
    fireEvent.input(field(form, 'target'), { target: { value: '30' } });
    // Sessions are a total: the form asks what period the baseline total covers, the reading's dates first.
    expect(field<HTMLSelectElement>(form, 'baselineCovers').value).toBe('reading');
    fireEvent.change(field(form, 'baselineCovers'), { target: { value: 'month' } });
    expect(letter(form, 'S').textContent).toContain('Reads Sessions from the “Organic Search” row of GA4.');
    fireEvent.submit(form);
    await waitFor(() => expect(api.sent('page/save-goal')).toHaveLength(1));
    const saved = api.sent('page/save-goal')[0]!.goal;
    expect(saved.scope).toEqual({ source: 'ga4', filter: 'Organic Search' });
    expect(saved.baseline!.period).toBeDefined();
    expect(saved.baseline!.period!.end < saved.start).toBe(true);
  });

  it('SMART feedback updates live as fields are filled', async () => {
    const { form } = await openPopup();
    expect(letter(form, 'R').getAttribute('data-pass')).toBe('false');
    expect(letter(form, 'R').textContent).toContain('Tie it to a business objective');
    fireEvent.change(field(form, 'stage'), { target: { value: 'reach' } });
    await waitFor(() => expect(letter(form, 'R').getAttribute('data-pass')).toBe('true'));
    expect(letter(form, 'R').textContent).toContain('RACE stage reach');

    const start = field<HTMLInputElement>(form, 'start').value;
    const soon = new Date(Date.parse(`${start}T00:00:00Z`) + 3 * 86_400_000).toISOString().slice(0, 10);
    fireEvent.input(field(form, 'deadline'), { target: { value: soon } });
    await waitFor(() => expect(letter(form, 'T').getAttribute('data-pass')).toBe('false'));
    expect(letter(form, 'T').textContent).toContain('too short');
  });

  it('shows what is wrong before saving, and saves nothing then', async () => {
    const { form } = await openPopup();
    fireEvent.change(field(form, 'kind'), { target: { value: 'increase-by-percent' } });
    fireEvent.input(field(form, 'baseline'), { target: { value: '' } });
    fireEvent.input(field(form, 'target'), { target: { value: '20' } });
    await waitFor(() => expect(form.querySelector('.problems li[data-code="baseline-required"]')).not.toBeNull());
    fireEvent.submit(form);
    expect((await screen.findByRole('status')).textContent).toContain('A percent change needs a baseline');
    expect(api.sent('page/save-goal')).toHaveLength(0);
  });

  it('works with no dashboard in the tab: any catalogue metric', async () => {
    const { form } = await openPopup([]);
    expect(form.querySelector('[name="reading"]')).toBeNull();
    expect(screen.getByLabelText('Metric')).toBeTruthy();
    expect(field<HTMLInputElement>(form, 'baseline').value).toBe('');
  });

  it('on another site, offers to track a number there: asks for that one site, starts the picker, and gets out of the way', async () => {
    api.tabUrl.mockResolvedValueOnce('https://stats.example-shop.com/admin/overview');
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    api.requestOriginPermission.mockClear();
    await openPopup([]);
    api.setHandlers({ 'page/start-picker': () => ({ started: true }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Track a number on this site' }));
    await waitFor(() => expect(api.sent('page/start-picker')).toEqual([{ tabId: 7 }]));
    expect(api.requestOriginPermission).toHaveBeenCalledWith('https://stats.example-shop.com');
    expect(close).toHaveBeenCalled();
  });

  it('does not start the picker when the site is not allowed, and says so', async () => {
    api.tabUrl.mockResolvedValueOnce('https://stats.example-shop.com/admin/overview');
    api.requestOriginPermission.mockResolvedValueOnce(false);
    await openPopup([]);
    api.setHandlers({ 'page/start-picker': () => ({ started: true }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Track a number on this site' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Permission was not granted.');
    expect(api.sent('page/start-picker')).toEqual([]);
  });

  it('offers no picker on a supported dashboard', async () => {
    api.tabUrl.mockResolvedValueOnce('https://analytics.google.com/analytics/web/');
    await openPopup();
    expect(screen.queryByRole('button', { name: 'Track a number on this site' })).toBeNull();
  });
});
