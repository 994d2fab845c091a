/**
 * Stand-in for components/api.ts: every request goes to a per-test handler table, so tests state the
 * TabView / AllGoalsView they need and inspect the requests the UI made.
 * Use: vi.mock('../../components/api', () => import('./api-mock'));
 */
import { vi } from 'vitest';
import type { MessageKind, Replies, Requests } from '../../lib/messages';

type Handler<K extends MessageKind> = (payload: Requests[K]) => Replies[K] | Promise<Replies[K]>;
export type Handlers = { [K in MessageKind]?: Handler<K> };

let handlers: Handlers = {};
const viewListeners = new Set<(tabId: number | null) => void>();

export const request = vi.fn(async <K extends MessageKind>(kind: K, payload: Requests[K]): Promise<Replies[K]> => {
  const h = handlers[kind] as Handler<K> | undefined;
  if (!h) throw new Error(`no handler for ${kind}`);
  return h(payload);
});
export const onViewChanged = vi.fn((listener: (tabId: number | null) => void) => {
  viewListeners.add(listener);
  return () => viewListeners.delete(listener);
});
export const targetTabId = vi.fn(async (): Promise<number | null> => 7);
export const browserUiLanguage = vi.fn(() => 'en-US');
export const tabUrl = vi.fn(async (_tabId: number): Promise<string | null> => null);
export const hasOriginPermission = vi.fn(async (_origin: string) => false);
export const requestOriginPermission = vi.fn(async (_origin: string) => true);
export const grantedOrigins = vi.fn(async (): Promise<string[]> => []);
export const revokeOrigin = vi.fn(async (_pattern: string) => true);
export const openOptions = vi.fn(async () => {});

/** Replaces the handler table and clears the recorded calls. */
export function setHandlers(next: Handlers): void {
  handlers = next;
  request.mockClear();
}

export function broadcastViewChanged(tabId: number | null): void {
  for (const l of viewListeners) l(tabId);
}

/** Payloads the UI sent for a kind, in order. */
export function sent<K extends MessageKind>(kind: K): Array<Requests[K]> {
  return request.mock.calls.filter((c) => c[0] === kind).map((c) => c[1] as Requests[K]);
}
