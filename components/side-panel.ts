import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/** Opens Goalpost's side panel (Chrome `sidePanel`, Firefox `sidebarAction`); must run in a user gesture. */
export async function openSidePanel(tabId: number | null): Promise<void> {
  const api = browser as unknown as { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebarAction };
  if (api.sidePanel && tabId !== null) await api.sidePanel.open({ tabId });
  else if (api.sidebarAction) await api.sidebarAction.open();
}
