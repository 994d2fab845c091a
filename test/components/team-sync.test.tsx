// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import * as api from './api-mock';
import { settings } from './fixtures';
import { AppRoot, I18nProvider, makeI18n } from '../../components/i18n';
import { Options } from '../../components/Options';
import { checkSyncConfig, relativeTime, SYNC_ERROR_KEY, TeamSync, type SyncCalls } from '../../components/TeamSync';
import { en, type Catalogue, type UiLanguage } from '../../lib/i18n';
import { ar } from '../../lib/i18n/ar';
import { fa } from '../../lib/i18n/fa';
import { zhHans } from '../../lib/i18n/zh-Hans';
import { zhHant } from '../../lib/i18n/zh-Hant';
import type { SyncConfig, SyncErrorCode, SyncStatus } from '../../lib/sync/types';

vi.mock('../../components/api', () => import('./api-mock'));
afterEach(() => cleanup());

const NOW = Date.parse('2026-12-04T12:00:00.000Z');
const OFF: SyncStatus = { state: 'off', lastSyncAt: null, pending: 0, error: null, rejected: [], conflicts: 0 };
const CODES = Object.keys(SYNC_ERROR_KEY) as SyncErrorCode[];
const CATALOGUES: Array<[UiLanguage, Catalogue]> = [
  ['en', en],
  ['fa', fa],
  ['ar', ar],
  ['zh-Hans', zhHans],
  ['zh-Hant', zhHant],
];

function fakeCalls(initial: SyncStatus = OFF, overrides: Partial<Omit<SyncCalls, 'configure'>> = {}) {
  let current = initial;
  return {
    status: vi.fn(async () => current),
    configure: vi.fn(async (config: SyncConfig) => {
      current = config.enabled ? { ...OFF, state: 'idle', lastSyncAt: new Date(NOW).toISOString(), server: { url: config.url, database: config.database, user: config.user } } : { ...current, state: 'off', error: null };
      return current;
    }),
    syncNow: vi.fn(async () => current),
    askPermission: vi.fn(async (_origin: string) => true),
    ...overrides,
  };
}

function show(calls: SyncCalls, language: UiLanguage = 'en', catalogue: Catalogue = en) {
  return render(
    <I18nProvider value={makeI18n(language, catalogue, language === 'en' ? 'en-US' : language)}>
      <TeamSync calls={calls} now={() => NOW} />
    </I18nProvider>,
  );
}

function fill(values: { url: string; database?: string; user?: string; password?: string }) {
  fireEvent.input(screen.getByLabelText('Server address'), { target: { value: values.url } });
  fireEvent.input(screen.getByLabelText('Database'), { target: { value: values.database ?? 'goalpost-team' } });
  fireEvent.input(screen.getByLabelText('User name'), { target: { value: values.user ?? 'alice' } });
  fireEvent.input(screen.getByLabelText('Password'), { target: { value: values.password ?? 's3cret' } });
}

describe('Options → Team sync', () => {
  it('is off by default, says nothing leaves the computer, and offers only "Turn on"', async () => {
    const calls = fakeCalls();
    show(calls);
    expect(await screen.findByText('Team sync is off.')).toBeTruthy();
    expect(screen.getByText(/nothing leaves your computer/)).toBeTruthy();
    expect(screen.getByText(/never your language or badge settings/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Turn on' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sync now' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Turn off' })).toBeNull();
    const password = screen.getByLabelText('Password') as HTMLInputElement;
    expect(password.type).toBe('password');
    expect(password.getAttribute('autocomplete')).toBe('off');
    expect(calls.configure).not.toHaveBeenCalled();
    expect(calls.askPermission).not.toHaveBeenCalled();
  });

  it('refuses http://example.com with a clear message, then asks permission for an https server and turns sync on', async () => {
    const calls = fakeCalls();
    show(calls);
    await screen.findByText('Team sync is off.');
    fill({ url: 'http://example.com' });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The address must start with https. Plain http is allowed only for a server on this computer (localhost or 127.0.0.1).',
    );
    expect(calls.askPermission).not.toHaveBeenCalled();
    expect(calls.configure).not.toHaveBeenCalled();

    fill({ url: 'https://couch.example.com:6984/db-root/' });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    await waitFor(() => expect(calls.configure).toHaveBeenCalledTimes(1));
    expect(calls.askPermission).toHaveBeenCalledWith('https://couch.example.com');
    expect(calls.configure.mock.calls[0]![0]).toEqual({ url: 'https://couch.example.com:6984/db-root', database: 'goalpost-team', user: 'alice', password: 's3cret', enabled: true });
    expect(await screen.findByText('Team sync is turned on.')).toBeTruthy();
    expect(screen.getByText('Team sync is on.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Turn off' })).toBeTruthy();
    // The password is not left on the page once it is handed over.
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
  });

  it('accepts plain http for a server on this computer only', () => {
    const base = { database: 'goalpost', user: 'u', password: 'p' };
    expect(checkSyncConfig({ ...base, url: 'http://localhost:5984' })).toMatchObject({ ok: true, url: 'http://localhost:5984', origin: 'http://localhost' });
    expect(checkSyncConfig({ ...base, url: 'http://127.0.0.1:5984/' })).toMatchObject({ ok: true, url: 'http://127.0.0.1:5984', origin: 'http://127.0.0.1' });
    expect(checkSyncConfig({ ...base, url: 'http://localhost.evil.example' })).toEqual({ ok: false, problem: 'url-not-https' });
    expect(checkSyncConfig({ ...base, url: 'http://192.168.1.10:5984' })).toEqual({ ok: false, problem: 'url-not-https' });
    expect(checkSyncConfig({ ...base, url: 'ftp://couch.example.com' })).toEqual({ ok: false, problem: 'url-not-https' });
    expect(checkSyncConfig({ ...base, url: 'couch.example.com' })).toEqual({ ok: false, problem: 'url-invalid' });
    expect(checkSyncConfig({ ...base, url: 'https://bob:pw@couch.example.com' })).toEqual({ ok: false, problem: 'url-credentials' });
    expect(checkSyncConfig({ ...base, url: 'https://couch.example.com', database: 'Goals' })).toEqual({ ok: false, problem: 'database-invalid' });
    expect(checkSyncConfig({ ...base, url: 'https://couch.example.com', password: '' })).toEqual({ ok: false, problem: 'login-pair' });
    // A server that needs no login (a test server on this computer) has neither.
    expect(checkSyncConfig({ url: 'http://127.0.0.1:5984', database: 'team', user: '', password: '' })).toMatchObject({ ok: true });
  });

  it('shows the words for "permission not granted" when the browser refuses, and configures nothing', async () => {
    for (const refuse of [async () => false, async () => Promise.reject(new Error('Only permissions specified in the manifest may be requested.'))]) {
      const calls = fakeCalls(OFF, { askPermission: vi.fn(refuse) });
      show(calls);
      await screen.findByText('Team sync is off.');
      fill({ url: 'https://couch.example.com' });
      fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));
      expect((await screen.findByRole('alert')).textContent).toBe(en['syncError.permission-not-granted']);
      expect(calls.configure).not.toHaveBeenCalled();
      cleanup();
    }
  });

  it('shows last sync (relative and exact), pending changes, conflicts, and skipped documents as text', async () => {
    const hostile = '<img src=x onerror="window.hacked=1">';
    const status: SyncStatus = {
      state: 'idle',
      lastSyncAt: '2026-12-04T11:55:00.000Z',
      pending: 3,
      error: null,
      conflicts: 2,
      rejected: [{ id: `goal:${hostile}`, reason: `name: ${hostile}`, at: '2026-12-04T11:50:00.000Z' }],
      server: { url: 'https://couch.example.com', database: 'team', user: 'alice' },
    };
    const calls = fakeCalls(status);
    const { container } = show(calls);
    await screen.findByText('Team sync is on.');
    const last = container.querySelector('[data-sync="last"]')!;
    expect(last.textContent).toContain('5 minutes ago');
    expect(last.textContent).toContain(makeI18n('en', en, 'en-US').dateTime(status.lastSyncAt!));
    expect(container.querySelector('[data-sync="pending"]')!.textContent).toBe('3');
    expect(container.querySelector('[data-sync="conflicts"]')!.textContent).toContain('2');
    expect(container.querySelector('[data-sync="conflicts"]')!.textContent).toContain('Open the side panel');
    const skipped = screen.getByRole('region', { name: 'Documents from the server that were skipped' });
    expect(skipped.textContent).toContain(`goal:${hostile}`);
    expect(skipped.textContent).toContain(`name: ${hostile}`);
    expect(container.querySelector('img')).toBeNull();
    // The server set earlier is shown for editing (its password is not).
    expect((screen.getByLabelText('Server address') as HTMLInputElement).value).toBe('https://couch.example.com');
    expect((screen.getByLabelText('Database') as HTMLInputElement).value).toBe('team');
    expect((screen.getByLabelText('User name') as HTMLInputElement).value).toBe('alice');
  });

  it('"Sync now" asks for a sync and shows its answer; "Turn off" keeps the local data and says so', async () => {
    const on: SyncStatus = { ...OFF, state: 'idle', lastSyncAt: '2026-12-04T10:00:00.000Z', pending: 4, server: { url: 'https://couch.example.com', database: 'team', user: 'alice' } };
    const calls = fakeCalls(on, { syncNow: vi.fn(async () => ({ ...on, pending: 0, error: { code: 'offline' as const, detail: 'fetch failed' }, state: 'error' as const })) });
    const { container } = show(calls);
    await screen.findByText('Team sync is on.');
    expect(container.querySelector('[data-sync="pending"]')!.textContent).toBe('4');
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    const alert = await screen.findByRole('alert');
    expect(calls.syncNow).toHaveBeenCalledTimes(1);
    expect(alert.getAttribute('data-error-code')).toBe('offline');
    expect(alert.textContent).toContain(en['syncError.offline']);
    expect(alert.textContent).toContain('fetch failed');
    fireEvent.click(screen.getByRole('button', { name: 'Turn off' }));
    await waitFor(() => expect(calls.configure).toHaveBeenCalledTimes(1));
    expect(calls.configure.mock.calls[0]![0]).toMatchObject({ enabled: false, url: 'https://couch.example.com', database: 'team', user: 'alice' });
    expect(await screen.findByText('Team sync is off. Your goals and readings stay in this browser.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sync now' })).toBeNull();
  });

  it('once on, an empty password keeps the saved one for the same server and user, and says so', async () => {
    const on: SyncStatus = { ...OFF, state: 'idle', lastSyncAt: '2026-12-04T10:00:00.000Z', server: { url: 'https://couch.example.com', database: 'team', user: 'alice' } };
    const calls = fakeCalls(on);
    show(calls);
    await screen.findByText('Team sync is on.');
    const password = screen.getByLabelText('Password') as HTMLInputElement;
    expect(password.value).toBe('');
    expect(document.getElementById(password.getAttribute('aria-describedby')!)!.textContent).toBe(en.syncPasswordKept);
    fireEvent.click(screen.getByRole('button', { name: 'Save and sync' }));
    await waitFor(() => expect(calls.configure).toHaveBeenCalledTimes(1));
    expect(calls.configure.mock.calls[0]![0]).toEqual({ url: 'https://couch.example.com', database: 'team', user: 'alice', password: '', enabled: true });

    // Another user is another login: its password must be typed.
    fireEvent.input(screen.getByLabelText('User name'), { target: { value: 'bob' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and sync' }));
    expect((await screen.findByRole('alert')).textContent).toBe(en.syncLoginPair);
    expect(calls.configure).toHaveBeenCalledTimes(1);
  });

  it('shows what the server said as text, never as markup', async () => {
    const detail = '<img src=x onerror="globalThis.hacked=1">Name or password is incorrect.';
    const calls = fakeCalls({ ...OFF, state: 'error', error: { code: 'wrong-password', detail }, server: { url: 'https://couch.example.com', database: 'team', user: 'alice' } });
    const { container } = show(calls);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(`${en['syncError.wrong-password']}${en.syncServerSaid} ${detail}`);
    expect(container.querySelector('img')).toBeNull();
    expect((globalThis as { hacked?: number }).hacked).toBeUndefined();
  });

  it.each(CATALOGUES)('every sync error has its own sentence in %s, from that catalogue', async (language, catalogue) => {
    const seen = new Map<string, SyncErrorCode>();
    for (const code of CODES) {
      const calls = fakeCalls({ ...OFF, state: 'error', error: { code, detail: '' } });
      show(calls, language, catalogue);
      const alert = await screen.findByRole('alert');
      const text = alert.textContent!.trim();
      expect(text, code).toBe(catalogue[SYNC_ERROR_KEY[code]]);
      expect(seen.get(text), `${code} says the same as ${seen.get(text)}`).toBeUndefined();
      seen.set(text, code);
      if (language !== 'en') {
        expect(text, `${language} ${code} fell back to English`).not.toBe(en[SYNC_ERROR_KEY[code]]);
        expect(text).toMatch(language === 'fa' || language === 'ar' ? /\p{Script=Arabic}/u : /\p{Script=Han}/u);
      }
      cleanup();
    }
    expect(seen.size).toBe(CODES.length);
  });

  it('tells relative time in the UI language through Intl', () => {
    expect(relativeTime('2026-12-04T11:55:00.000Z', NOW, 'en')).toBe('5 minutes ago');
    expect(relativeTime('2026-12-03T12:00:00.000Z', NOW, 'en')).toBe('yesterday');
    expect(relativeTime('2026-12-04T11:55:00.000Z', NOW, 'fa')).toBe(new Intl.RelativeTimeFormat('fa', { numeric: 'auto' }).format(-5, 'minute'));
    expect(relativeTime('not a date', NOW, 'en')).toBe('');
  });
});

describe('Team sync in the Options page', () => {
  it('is mounted in Options, asks the background through request(), and mirrors in Persian', async () => {
    const configured: SyncConfig[] = [];
    api.setHandlers({
      'page/get-settings': () => settings({ uiLanguage: 'fa' }),
      'page/sync-status': () => OFF,
      'page/sync-configure': ({ config }) => {
        configured.push(config);
        return { ...OFF, state: 'idle' };
      },
    });
    api.requestOriginPermission.mockClear();
    const { container } = render(
      <AppRoot>
        <Options />
      </AppRoot>,
    );
    const section = (await screen.findByRole('region', { name: fa.syncHeading })) as HTMLElement;
    expect(container.querySelector('.app-root')!.getAttribute('dir')).toBe('rtl');
    await within(section).findByText(fa.syncStateOff);
    const url = within(section).getByLabelText(fa.syncUrl) as HTMLInputElement;
    // Addresses stay left to right inside the mirrored page.
    expect(url.getAttribute('dir')).toBe('ltr');
    fireEvent.input(url, { target: { value: 'https://couch.example.com' } });
    fireEvent.input(within(section).getByLabelText(fa.syncDatabase), { target: { value: 'team' } });
    fireEvent.input(within(section).getByLabelText(fa.syncUser), { target: { value: 'bob' } });
    fireEvent.input(within(section).getByLabelText(fa.syncPassword), { target: { value: 'pw' } });
    fireEvent.click(within(section).getByRole('button', { name: fa.syncTurnOn }));
    await waitFor(() => expect(configured).toHaveLength(1));
    expect(api.requestOriginPermission).toHaveBeenCalledWith('https://couch.example.com');
    expect(api.sent('page/sync-configure')[0]!.config).toEqual({ url: 'https://couch.example.com', database: 'team', user: 'bob', password: 'pw', enabled: true });
    expect(await within(section).findByText(fa.syncStateIdle)).toBeTruthy();
  });
});
