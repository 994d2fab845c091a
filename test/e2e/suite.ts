import { afterAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { tabIdOf, tabView, type ExtensionSession } from './harness';
import type { TabView } from '../../lib/messages';

/**
 * The teardown every suite ends with: no request left the machine from any context (background,
 * extension pages, content scripts, fixture pages), and the browser closes — then `also`, if given —
 * whether or not that check passed.
 */
export function closeAfterAll(session: () => ExtensionSession | undefined, also?: () => void | Promise<void>): void {
  afterAll(() => {
    expect(session()?.unexpectedRequests ?? []).toEqual([]);
  });
  afterAll(async () => {
    try {
      await session()?.close();
    } finally {
      await also?.();
    }
  });
}

/**
 * Serves `file` at the dashboard's real `url`, opens it in a new tab and waits until the background's
 * view of that tab is `settled` (pages render after load and the reader waits for them to settle).
 * Serving replaces what was served before: fixtures in several languages share a real URL.
 */
export async function openAtRealUrl(
  session: ExtensionSession,
  probe: Page,
  url: string,
  file: string,
  settled: (view: TabView) => boolean,
): Promise<{ page: Page; tabId: number; view: TabView }> {
  session.serve([{ url, fixture: file }]);
  const page = await session.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(probe, page.url());
  let view: TabView | undefined;
  const describe = (v: TabView) => (settled(v) ? 'settled' : `not yet: ${v.page ? `${v.page.state}, ${v.page.readings.length} readings` : 'nothing read'}`);
  await expect.poll(async () => describe((view = await tabView(probe, tabId))), { timeout: 20_000, interval: 250 }).toBe('settled');
  return { page, tabId, view: view! };
}
