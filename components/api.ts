import { browser } from 'wxt/browser';
import type { Message, MessageKind, Replies, Reply, Requests, ViewChanged } from '@/lib/messages';

/** Sends a typed request to the background and unwraps its reply; a refusal becomes an Error with its message. */
export async function request<K extends MessageKind>(kind: K, payload: Requests[K]): Promise<Replies[K]> {
  const message: Message<K> = { kind, payload };
  const reply = (await browser.runtime.sendMessage(message)) as Reply<K> | undefined;
  if (!reply) throw new Error('Goalpost’s background did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

/** Calls `onChange` when the background says a view may have changed; returns the unsubscribe. */
export function onViewChanged(onChange: (tabId: number | null) => void): () => void {
  const listener = (message: unknown) => {
    const m = message as Partial<ViewChanged> | null;
    if (m?.kind === 'background/view-changed') onChange(m.tabId ?? null);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** The tab a page works for: `?tab=ID` (tests, screen readers, side panel opened as a tab) or the active tab. */
export async function targetTabId(): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
