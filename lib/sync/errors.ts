/**
 * What went wrong with a sync, as one of the codes the UI has words for. PouchDB reports the server's
 * HTTP status on its errors; a fetch that never reached the server has none.
 */
import type { SyncErrorCode } from './types';

export function syncErrorOf(e: unknown): { code: SyncErrorCode; detail: string } {
  const err = (typeof e === 'object' && e !== null ? e : {}) as { status?: unknown; name?: unknown; message?: unknown; reason?: unknown; error?: unknown };
  const status = typeof err.status === 'number' ? err.status : undefined;
  const name = typeof err.name === 'string' ? err.name : '';
  const message = [err.message, err.reason, typeof err.error === 'string' ? err.error : undefined].find((m) => typeof m === 'string' && m) as string | undefined;
  const detail = (message ?? (typeof e === 'string' ? e : name) ?? '').slice(0, 200);
  if (status === 401) return { code: 'wrong-password', detail };
  if (status === 403) return { code: 'no-permission', detail };
  if (status === 404) return { code: 'not-found', detail };
  if (status === 413 || status === 507 || name === 'QuotaExceededError' || /quota/i.test(detail)) return { code: 'quota', detail };
  // No answer at all: fetch threw ("Failed to fetch" in Chromium, "NetworkError…" in Firefox,
  // "fetch failed" in Node), which PouchDB passes on without a status or with its own 500.
  if (name === 'TypeError' || /failed to fetch|networkerror|fetch failed|load failed|ECONNREFUSED|ECONNRESET|socket hang up/i.test(detail)) return { code: 'offline', detail };
  return { code: 'bad-server', detail };
}

/** Plain http only for a server on this computer: nothing then crosses a network in the clear. */
const LOOPBACK = new Set(['localhost', '127.0.0.1']);

/** The server root the user gave, checked: https (or http on loopback), no credentials inside. */
export function checkServerUrl(text: string): { ok: true; url: string; originPattern: string } | { ok: false } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false };
  }
  const allowed = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (!allowed || url.username || url.password || url.search || url.hash) return { ok: false };
  const path = url.pathname.replace(/\/+$/, '');
  // Permission patterns cannot carry a port in Firefox, and the host's every port is still that one server.
  return { ok: true, url: `${url.origin}${path}`, originPattern: `${url.protocol}//${url.hostname}/*` };
}

/** CouchDB's rule for database names. */
export const isDatabaseName = (name: string) => /^[a-z][a-z0-9_$()+/-]*$/.test(name) && name.length <= 238;

/**
 * PouchDB reads every answer as JSON, so a proxy's HTML error page (nginx's 413 "Request Entity Too
 * Large", a 502) would surface as a parse error and lose the status that says what went wrong: such an
 * answer is handed on as CouchDB would have put it.
 */
export function withJsonErrors(fetchFn: typeof fetch): typeof fetch {
  return async (input, init) => {
    const response = await fetchFn(input, init);
    if (response.ok || /json/i.test(response.headers.get('content-type') ?? '')) return response;
    const body = JSON.stringify({ error: `http_${response.status}`, reason: response.statusText || `HTTP ${response.status}` });
    return new Response(body, { status: response.status, statusText: response.statusText, headers: { 'content-type': 'application/json' } });
  };
}
