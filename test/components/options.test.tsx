// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import * as api from './api-mock';
import { settings } from './fixtures';
import { AppRoot } from '../../components/i18n';
import { Options, normaliseHost } from '../../components/Options';
import { SUPPORTED_DASHBOARD_MATCHES } from '../../lib/dashboards';
import type { StoredSettings } from '../../lib/settings';

vi.mock('../../components/api', () => import('./api-mock'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function openOptions(stored: StoredSettings = settings({ badgesOffOn: ['lookerstudio.google.com'] })) {
  let current = stored;
  api.setHandlers({
    'page/get-settings': () => current,
    'page/save-settings': ({ settings: s }) => {
      current = s;
      return s;
    },
    'page/export-goals': () => ({ json: '{"format":"goalpost-goals"}', filename: 'goalpost-goals-2026-11-24.json' }),
    'page/import-goals': ({ text }) => {
      if (!text.startsWith('{')) throw new Error('Nothing was imported: the file is not JSON.');
      return { goals: 3, observations: 120 };
    },
  });
  const r = render(
    <AppRoot>
      <Options />
    </AppRoot>,
  );
  await screen.findByRole('heading', { level: 1, name: 'Goalpost settings' });
  return r;
}

describe('options page', () => {
  it('saves bands, focus limit, review cadence, language and badge sites', async () => {
    await openOptions();
    fireEvent.input(screen.getByLabelText('On track from (% of pace)'), { target: { value: '95' } });
    fireEvent.input(screen.getByLabelText('At risk from (% of pace)'), { target: { value: '80' } });
    fireEvent.input(screen.getByLabelText('Warn when more active goals than'), { target: { value: '7' } });
    fireEvent.input(screen.getByLabelText('Default review cadence (days)'), { target: { value: '14' } });
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'zh-Hant' } });
    fireEvent.input(screen.getByLabelText('Site (hostname)'), { target: { value: 'https://Shop.Example.com/admin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove lookerstudio.google.com' }));
    fireEvent.input(screen.getByLabelText('Gross margin (%)'), { target: { value: '30' } });
    expect(screen.getByText('Break-even ROAS is 1 ÷ margin: 3.33.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(api.sent('page/save-settings')).toHaveLength(1));
    expect(api.sent('page/save-settings')[0]!.settings).toEqual({
      bands: { onTrack: 0.95, atRisk: 0.8 },
      focusLimit: 7,
      defaultCadenceDays: 14,
      uiLanguage: 'zh-Hant',
      badgesOffOn: ['shop.example.com'],
      margin: 0.3,
    });
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
  });

  it('refuses bands the wrong way round and a bad hostname, saving nothing', async () => {
    await openOptions();
    fireEvent.input(screen.getByLabelText('Site (hostname)'), { target: { value: 'not a host!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(screen.getByText('Enter a hostname such as analytics.example.com.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('At risk from (% of pace)'), { target: { value: '120' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('The at-risk band must not be above the on-track band.')).toBeTruthy();
    expect(api.sent('page/save-settings')).toHaveLength(0);
  });

  it('imports a file, and on a bad file shows the error and that nothing changed', async () => {
    await openOptions();
    const input = screen.getByLabelText('Import goals from a file') as HTMLInputElement;
    const choose = (content: string) => {
      Object.defineProperty(input, 'files', { configurable: true, value: [new File([content], 'goals.json', { type: 'application/json' })] });
      fireEvent.change(input);
    };
    choose('garbage');
    expect((await screen.findByRole('alert')).textContent).toBe('Nothing was imported: the file is not JSON. Nothing was changed.');
    choose('{"format":"goalpost-goals"}');
    expect(await screen.findByText('Imported 3 goals and 120 readings.')).toBeTruthy();
    expect(api.sent('page/import-goals').map((p) => p.text)).toEqual(['garbage', '{"format":"goalpost-goals"}']);
  });

  it('exports goals as a download', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:x';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await openOptions();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Include reading history' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export goals' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(api.sent('page/export-goals')).toEqual([{ includeHistory: false }]);
    expect(await blobs[0]!.text()).toBe('{"format":"goalpost-goals"}');
    expect(screen.getByText('Saved goalpost-goals-2026-11-24.json.')).toBeTruthy();
  });

  it('lists sites granted through the picker (not the manifest’s dashboards) and revokes them', async () => {
    api.grantedOrigins.mockResolvedValue([...SUPPORTED_DASHBOARD_MATCHES, 'https://shop.example.com/*']);
    await openOptions();
    const item = (await screen.findByText('https://shop.example.com/*')).closest('li')!;
    expect(document.querySelectorAll('li[data-origin]')).toHaveLength(1);
    api.grantedOrigins.mockResolvedValue([...SUPPORTED_DASHBOARD_MATCHES]);
    fireEvent.click(within(item).getByRole('button', { name: 'Revoke: https://shop.example.com/*' }));
    await waitFor(() => expect(api.revokeOrigin).toHaveBeenCalledWith('https://shop.example.com/*'));
    expect(await screen.findByText('No other sites allowed.')).toBeTruthy();
  });

  it('normalises hostnames', () => {
    expect(normaliseHost(' HTTPS://Analytics.Example.com:8443/x ')).toBe('analytics.example.com');
    expect(normaliseHost('shop.example.com/path')).toBe('shop.example.com');
    expect(normaliseHost('-bad-.com')).toBeNull();
  });
});
