import type { TabView } from '@/lib/messages';
import type { StoredSettings } from '@/lib/settings';
import { onViewChanged, request, targetTabId } from './api';
import { cardsForWindow } from './first-screen';

/**
 * A page's first questions to the background — its settings and, for the side panel, the tab's view —
 * asked once, as early as possible. The side panel asks them from a tiny classic script in its <head>
 * (entrypoints/first-requests.ts), which runs while the panel's modules are still loading, so the
 * background's answer and the modules arrive together instead of one after the other. The page's own
 * code takes the answers from here; without the early script (component tests, other pages) it asks itself.
 * An answer is dropped if the background says, meanwhile, that what it answered has changed.
 */
export interface FirstRequests {
  settings: Early<StoredSettings> | null;
  view: (Early<TabView | null> & { tabId: Promise<number | null> }) | null;
}
interface Early<T> {
  answer: Promise<T>;
  changed: boolean;
}

// Shared between the early script and the page's modules, which are separate bundles.
const SLOT = '__goalpostFirstRequests';
type Slot = { [SLOT]?: FirstRequests };

/** Asks the first questions now unless they were asked already; `withView` adds the tab's view. */
export function startFirstRequests({ withView }: { withView: boolean }): void {
  const slot = globalThis as Slot;
  const asked = (slot[SLOT] ??= { settings: null, view: null });
  const settings = asked.settings ? null : { answer: request('page/get-settings', {}), changed: false };
  const view = !withView || asked.view ? null : early(targetTabId());
  if (!settings && !view) return;
  settings?.answer.catch(() => {}); // whoever takes an answer reports its failure
  asked.settings ??= settings;
  asked.view ??= view;
  const off = onViewChanged((tabId) => {
    // A settings change is announced for every tab (tabId null); a new reading for its tab.
    if (settings && tabId === null) settings.changed = true;
    if (view) void view.tabId.then((id) => (tabId === null || tabId === id ? (view.changed = true) : undefined));
    if (asked.settings !== settings && asked.view !== view) off(); // both taken: nothing left to watch
  });
}

function early(tabId: Promise<number | null>): NonNullable<FirstRequests['view']> {
  // Only the goals the first frame shows: the whole view follows once they are on screen (SidePanel.tsx).
  const answer = tabId.then((id) => (id === null ? null : request('page/get-tab-view', { tabId: id, firstScreen: cardsForWindow() })));
  answer.catch(() => {});
  return { tabId, answer, changed: false };
}

/** The settings asked for early, once; null when they were not asked or may have changed since. */
export function takeFirstSettings(): Promise<StoredSettings> | null {
  const asked = (globalThis as Slot)[SLOT];
  const settings = asked?.settings ?? null;
  if (asked) asked.settings = null;
  return settings && !settings.changed ? settings.answer : null;
}

/** The tab and its view asked for early, once; the view is null when it may have changed since. */
export function takeFirstView(): { tabId: Promise<number | null>; view: Promise<TabView | null> | null } | null {
  const asked = (globalThis as Slot)[SLOT];
  const view = asked?.view ?? null;
  if (asked) asked.view = null;
  return view && { tabId: view.tabId, view: view.changed ? null : view.answer };
}
