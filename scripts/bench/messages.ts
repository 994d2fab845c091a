/**
 * The largest message a content script sends, measured in Chromium with the built extension on a
 * 5,000-cell page (the synthetic GA4 report, scripts/bench/synthetic.ts, whose 100k nodes hold more
 * cells than a read may carry, so the read is the largest one allowed). The content script's own
 * `chrome.runtime.sendMessage` is wrapped in its isolated world, through the DevTools protocol, as soon
 * as the world exists (the first read waits for the page to be quiet, ~0.4 s, far longer), and each
 * message's size is taken as the UTF-8 length of its JSON — what the browser copies to the worker.
 * The bench also checks that the messages it saw carry the whole read, so a late hook cannot pass
 * for a small message.
 */
import type { ExtensionSession } from '../../test/e2e/harness';
import { openExtensionPage, tabIdOf } from '../../test/e2e/harness';
import { syntheticGa4Report } from './synthetic';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

export interface MessageSizes {
  /** Bytes of each content/page-read message, in the order sent. */
  sizes: number[];
  /** Cells those messages carried, and the cells of the read the background stored. */
  cellsSent: number;
  cellsRead: number;
}

const HOOK = `(() => {
  if (globalThis.__goalpostSizes) return 'already';
  const sizes = (globalThis.__goalpostSizes = []);
  const runtime = globalThis.chrome && chrome.runtime;
  const send = runtime.sendMessage.bind(runtime);
  const enc = new TextEncoder();
  runtime.sendMessage = (m, ...rest) => {
    if (m && m.kind === 'content/page-read') sizes.push({ bytes: enc.encode(JSON.stringify(m)).length, cells: m.payload.raw.cells.length, part: m.payload.part || null });
    return send(m, ...rest);
  };
  return 'hooked';
})()`;

export async function contentMessageSizes(session: ExtensionSession): Promise<MessageSizes> {
  const url = 'https://analytics.google.com/analytics/web/#/p123456/reports/explorer';
  await session.context.route('https://analytics.google.com/**', (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: syntheticGa4Report(100_000) }));
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    // The content script's world: isolated, named after the extension.
    if (context.auxData?.type !== 'isolated' || !(context.origin === `chrome-extension://${session.extensionId}` || /goalpost/i.test(context.name))) return;
    worlds.push(context.id);
    void cdp.send('Runtime.evaluate', { expression: HOOK, contextId: context.id }).catch(() => {});
  });
  await cdp.send('Runtime.enable');
  await page.goto(url);
  const probe = await openExtensionPage(session, 'popup.html');
  const tabId = await tabIdOf(probe, 'https://analytics.google.com/');
  let cellsRead = 0;
  for (let waited = 0; waited < 120_000 && cellsRead < 5000; waited += 500) {
    const reply = (await probe.evaluate((id) => chrome.runtime.sendMessage({ kind: 'page/get-tab-view', payload: { tabId: id } }), tabId)) as { data?: { page: { cells: number[] } | null } };
    cellsRead = reply.data?.page?.cells.length ?? 0;
    if (cellsRead < 5000) await page.waitForTimeout(500);
  }
  const seen: Array<{ bytes: number; cells: number }> = [];
  for (const contextId of worlds) {
    const r = await cdp.send('Runtime.evaluate', { expression: 'JSON.stringify(globalThis.__goalpostSizes || [])', contextId, returnByValue: true }).catch(() => null);
    if (r?.result.value) seen.push(...(JSON.parse(r.result.value as string) as Array<{ bytes: number; cells: number }>));
  }
  await probe.close();
  await page.close();
  await session.context.unroute('https://analytics.google.com/**');
  return { sizes: seen.map((s) => s.bytes), cellsSent: seen.reduce((n, s) => n + s.cells, 0), cellsRead };
}
