/**
 * The no-network check every suite ends with is only worth something if it can see a request: this
 * proves it does, for an extension page and for the background service worker.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, openExtensionPage, type ExtensionSession } from './harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
});

it('records a request made from an extension page and from the service worker', async () => {
  const page = await openExtensionPage(session, 'popup.html');
  await page.evaluate(() => fetch('https://example.invalid/from-page').catch(() => null));
  const [worker] = session.context.serviceWorkers();
  await worker!.evaluate(() => fetch('https://example.invalid/from-worker').catch(() => null));
  await expect.poll(() => session.unexpectedRequests.length).toBe(2);
  expect(session.unexpectedRequests).toEqual([
    expect.stringContaining('example.invalid/from-page (from chrome-extension://'),
    expect.stringContaining('example.invalid/from-worker (from service worker)'),
  ]);
});
