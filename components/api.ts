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

/** The browser's UI language ("en-US", "fa"…); navigator's when the i18n API is not there. */
export function browserUiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || navigator.language || 'en';
  } catch {
    return navigator.language || 'en';
  }
}

/** The URL of the tab a page works for, when the browser tells it (tabs permission); null otherwise. */
export async function tabUrl(tabId: number): Promise<string | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tab.url ?? null;
  } catch {
    return null;
  }
}

/** Whether Goalpost may read pages of this origin ("https://example.com"). */
export async function hasOriginPermission(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [`${origin}/*`] });
  } catch {
    return false;
  }
}

/** Asks the user to let Goalpost read an origin; must run in a user gesture. */
export async function requestOriginPermission(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [`${origin}/*`] });
}

/** Every origin pattern Goalpost holds, the manifest's included. */
export async function grantedOrigins(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  return all.origins ?? [];
}

export async function revokeOrigin(pattern: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [pattern] });
}

/** Opens Goalpost's options page (in a tab: manifest `open_in_tab`). */
export async function openOptions(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
