import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '@/lib/i18n';
import type { SyncConfig, SyncErrorCode, SyncStatus } from '@/lib/sync/types';
import { onViewChanged, request, requestOriginPermission } from './api';
import { useI18n } from './i18n';

/** The words for each way a sync can fail; every code has its own sentence in every catalogue. */
export const SYNC_ERROR_KEY: Record<SyncErrorCode, MessageKey> = {
  'wrong-password': 'syncError.wrong-password',
  'no-permission': 'syncError.no-permission',
  'permission-not-granted': 'syncError.permission-not-granted',
  offline: 'syncError.offline',
  quota: 'syncError.quota',
  'not-found': 'syncError.not-found',
  'bad-server': 'syncError.bad-server',
  'bad-url': 'syncError.bad-url',
};

export type SyncConfigProblem = 'url-invalid' | 'url-not-https' | 'url-credentials' | 'database-invalid' | 'login-pair';

const PROBLEM_KEY: Record<SyncConfigProblem, MessageKey> = {
  'url-invalid': 'syncUrlInvalid',
  'url-not-https': 'syncUrlNotHttps',
  'url-credentials': 'syncUrlCredentials',
  'database-invalid': 'syncDatabaseInvalid',
  'login-pair': 'syncLoginPair',
};

/** Plain http is only safe when the server is this computer: nothing crosses a network in the clear. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);
/** CouchDB's own rule for database names. */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]*$/;
const URL_EXAMPLE = 'https://couch.example.com';
const DATABASE_CHARS = '_ $ ( ) + - /';

export type CheckedSyncConfig =
  | { ok: true; url: string; database: string; user: string; password: string; origin: string }
  | { ok: false; problem: SyncConfigProblem };

/**
 * What the user typed, checked before anything is asked of the browser or the server: an http(s)
 * address (HTTPS unless localhost / 127.0.0.1) without credentials in it, a CouchDB database name, and
 * user and password both or neither. `origin` is what Goalpost asks permission for: the server's host
 * without its port, since a match pattern with a port is refused by Firefox and the host's every port
 * is still that one server.
 */
export function checkSyncConfig(input: { url: string; database: string; user: string; password: string }, saved?: { url: string; user: string } | null): CheckedSyncConfig {
  const text = input.url.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'url-invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'url-not-https' };
  if (!url.hostname) return { ok: false, problem: 'url-invalid' };
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) return { ok: false, problem: 'url-not-https' };
  if (url.username || url.password) return { ok: false, problem: 'url-credentials' };
  const database = input.database.trim();
  if (!DATABASE_NAME.test(database) || database.length > 238) return { ok: false, problem: 'database-invalid' };
  const user = input.user.trim();
  // A server may live under a path (https://host/couchdb); only a trailing slash is noise.
  const root = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  // An empty password keeps the saved one, which the background does only for the same server and user.
  const keepsSaved = !input.password && !!user && saved?.url === root && saved.user === user;
  if (!user !== !input.password && !keepsSaved) return { ok: false, problem: 'login-pair' };
  return { ok: true, url: root, database, user, password: input.password, origin: `${url.protocol}//${url.hostname}` };
}

/** "5 minutes ago", "yesterday" in the UI locale (Intl), from an ISO time and the current time. */
export function relativeTime(iso: string, nowMs: number, locale: string): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const seconds = Math.round((then - nowMs) / 1000);
  let rtf: Intl.RelativeTimeFormat;
  try {
    rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  } catch {
    rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  }
  const abs = Math.abs(seconds);
  if (abs < 45) return rtf.format(0, 'second');
  if (abs < 45 * 60) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 22 * 3600) return rtf.format(Math.round(seconds / 3600), 'hour');
  if (abs < 26 * 86400) return rtf.format(Math.round(seconds / 86400), 'day');
  if (abs < 320 * 86400) return rtf.format(Math.round(seconds / (30 * 86400)), 'month');
  return rtf.format(Math.round(seconds / (365 * 86400)), 'year');
}

/** The background calls the section makes; tests pass their own. */
export interface SyncCalls {
  status(): Promise<SyncStatus>;
  configure(config: SyncConfig): Promise<SyncStatus>;
  syncNow(): Promise<SyncStatus>;
  /** Must be the first thing awaited in a click: the browser asks only during a user gesture. */
  askPermission(origin: string): Promise<boolean>;
}

export const backgroundSyncCalls: SyncCalls = {
  status: () => request('page/sync-status', {}),
  configure: (config) => request('page/sync-configure', { config }),
  syncNow: () => request('page/sync-now', {}),
  askPermission: (origin) => requestOriginPermission(origin),
};

type Note = { text: string; error: boolean } | null;

/** While a sync runs the status is asked again this often, so the page shows when it ends. */
const SYNCING_POLL_MS = 1500;

function SyncStatusView({ status, now }: { status: SyncStatus; now: () => number }) {
  const { t, number, locale, dateTime } = useI18n();
  const stateKey: Record<SyncStatus['state'], MessageKey> = { off: 'syncStateOff', idle: 'syncStateIdle', syncing: 'syncStateSyncing', error: 'syncStateError' };
  return (
    <div class="sync-status" data-state={status.state}>
      <p role="status" class="sync-state">
        {t(stateKey[status.state])}
      </p>
      {status.error && (
        <div role="alert" class="error sync-error" data-error-code={status.error.code}>
          <p>{Object.hasOwn(SYNC_ERROR_KEY, status.error.code) ? t(SYNC_ERROR_KEY[status.error.code]) : t('syncStateError')}</p>
          {status.error.detail && (
            <p class="hint sync-detail">
              {t('syncServerSaid')} <bdi>{status.error.detail}</bdi>
            </p>
          )}
        </div>
      )}
      {status.state !== 'off' && (
        <dl class="sync-facts">
          <dt>{t('syncLastSync')}</dt>
          <dd data-sync="last">
            {status.lastSyncAt ? (
              <>
                {relativeTime(status.lastSyncAt, now(), locale)} <time dateTime={status.lastSyncAt}>({dateTime(status.lastSyncAt)})</time>
              </>
            ) : (
              t('syncNever')
            )}
          </dd>
          <dt>{t('syncPending')}</dt>
          <dd data-sync="pending">{number(status.pending)}</dd>
          <dt>{t('syncConflicts')}</dt>
          <dd data-sync="conflicts">
            {number(status.conflicts)}
            {status.conflicts > 0 && <span class="hint"> {t('syncConflictsWhere')}</span>}
          </dd>
        </dl>
      )}
      {status.rejected.length > 0 && (
        <section class="sync-rejected" aria-labelledby="sync-rejected-h">
          <h3 id="sync-rejected-h">{t('syncRejectedHeading')}</h3>
          <p class="hint">{t('syncRejectedHint')}</p>
          <ul class="host-list">
            {status.rejected.map((r, i) => (
              <li key={`${r.id}|${r.at}|${i}`} data-rejected-id={r.id}>
                <bdi dir="ltr">{r.id}</bdi> — <bdi>{r.reason}</bdi> · <time dateTime={r.at}>{dateTime(r.at)}</time>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/**
 * Options → Team sync: off until the user gives a server and turns it on; then the state of the last
 * sync in words, what waits to be sent, conflicts, and documents the server sent that were refused.
 */
export function TeamSync({ calls = backgroundSyncCalls, now = Date.now }: { calls?: SyncCalls; now?: () => number }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [loadFailed, setLoadFailed] = useState<string | null>(null);
  const [url, setUrl] = useState('');
  const [database, setDatabase] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  const filled = useRef(false);
  const callsRef = useRef(calls);
  callsRef.current = calls;

  const show = (s: SyncStatus) => {
    setStatus(s);
    setLoadFailed(null);
    // Prefill once from what the background has: later reloads must not overwrite what is being typed.
    if (s.server && !filled.current) {
      filled.current = true;
      setUrl(s.server.url);
      setDatabase(s.server.database);
      setUser(s.server.user);
    }
  };

  const load = async () => {
    try {
      show(await callsRef.current.status());
    } catch (e) {
      setLoadFailed(e instanceof Error ? e.message : String(e));
    }
  };

  useEffect(() => {
    void load();
    return onViewChanged((tabId) => {
      if (tabId === null) void load();
    });
  }, []);

  useEffect(() => {
    if (status?.state !== 'syncing') return;
    const timer = setTimeout(() => void load(), SYNCING_POLL_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const on = status !== null && status.state !== 'off';
  const failed = (e: unknown) => setNote({ text: t('error', { message: e instanceof Error ? e.message : String(e) }), error: true });

  const turnOn = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const checked = checkSyncConfig({ url, database, user, password }, on ? status?.server : null);
    if (!checked.ok) {
      setNote({ text: t(PROBLEM_KEY[checked.problem], { example: URL_EXAMPLE, localhost: 'localhost', loopback: '127.0.0.1', chars: DATABASE_CHARS }), error: true });
      return;
    }
    setNote(null);
    setBusy(true);
    try {
      let granted = false;
      try {
        granted = await calls.askPermission(checked.origin);
      } catch {
        // An origin the manifest cannot grant is refused by throwing; to the user it is the same refusal.
        granted = false;
      }
      if (!granted) {
        setNote({ text: t(SYNC_ERROR_KEY['permission-not-granted']), error: true });
        return;
      }
      const next = await calls.configure({ url: checked.url, database: checked.database, user: checked.user, password: checked.password, enabled: true });
      filled.current = true;
      setUrl(checked.url);
      setPassword('');
      show(next);
      if (!next.error) setNote({ text: t('syncTurnedOn'), error: false });
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  };

  const syncNow = async () => {
    if (busy) return;
    setBusy(true);
    setNote(null);
    try {
      show(await calls.syncNow());
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  };

  const turnOff = async () => {
    if (busy) return;
    setBusy(true);
    try {
      // The server and user stay filled in for turning it on again; the password is not kept.
      show(await calls.configure({ url: url.trim(), database: database.trim(), user: user.trim(), password: '', enabled: false }));
      setPassword('');
      setNote({ text: t('syncTurnedOff'), error: false });
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="team-sync" aria-labelledby="team-sync-h" data-sync-state={status?.state ?? 'loading'}>
      <h2 id="team-sync-h">{t('syncHeading')}</h2>
      <p class="hint">{t('syncIntro')}</p>
      {status ? <SyncStatusView status={status} now={now} /> : loadFailed ? <p class="error">{t('error', { message: loadFailed })}</p> : <p class="empty">{t('loading')}</p>}
      <form class="sync-form" onSubmit={(e) => void turnOn(e)} aria-labelledby="team-sync-h" autoComplete="off">
        <label>
          {t('syncUrl')}
          <input name="sync-url" type="url" inputMode="url" dir="ltr" autoComplete="off" spellcheck={false} value={url} aria-describedby="sync-url-hint" onInput={(e) => setUrl(e.currentTarget.value)} />
        </label>
        <p class="hint" id="sync-url-hint">
          {t('syncUrlHint', { example: URL_EXAMPLE, localhost: 'localhost', loopback: '127.0.0.1' })}
        </p>
        <label>
          {t('syncDatabase')}
          <input name="sync-database" type="text" dir="ltr" autoComplete="off" spellcheck={false} value={database} onInput={(e) => setDatabase(e.currentTarget.value)} />
        </label>
        <label>
          {t('syncUser')}
          <input name="sync-user" type="text" dir="ltr" autoComplete="off" spellcheck={false} value={user} onInput={(e) => setUser(e.currentTarget.value)} />
        </label>
        <label>
          {t('syncPassword')}
          <input name="sync-password" type="password" dir="ltr" autoComplete="off" value={password} aria-describedby={on && status?.server?.user ? 'sync-password-hint' : undefined} onInput={(e) => setPassword(e.currentTarget.value)} />
        </label>
        {on && status?.server?.user && (
          <p class="hint" id="sync-password-hint">
            {t('syncPasswordKept')}
          </p>
        )}
        <p class="hint">{t('syncPermissionHint')}</p>
        <div class="form-actions">
          <button type="submit" class="primary" data-action="sync-turn-on" disabled={busy}>
            {on ? t('syncSaveServer') : t('syncTurnOn')}
          </button>
          {on && (
            <>
              <button type="button" data-action="sync-now" disabled={busy} onClick={() => void syncNow()}>
                {t('syncNow')}
              </button>
              <button type="button" data-action="sync-turn-off" disabled={busy} onClick={() => void turnOff()}>
                {t('syncTurnOff')}
              </button>
            </>
          )}
        </div>
      </form>
      {note && (
        <p role={note.error ? 'alert' : 'status'} class={note.error ? 'error' : 'notice'} data-sync-note>
          {note.text}
        </p>
      )}
    </section>
  );
}
