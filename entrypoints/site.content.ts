import { browser } from 'wxt/browser';
import { findStepsWith } from '@/lib/adapters/find';
import { generic } from '@/lib/adapters/generic';
import { runReader } from '@/lib/content/reader';
import type { Message, PicksChanged, Reply } from '@/lib/messages';
import { withPickedSteps, type PagePick } from '@/lib/picker/picked-cells';

/**
 * Sites the user allowed ("Allow on this site", "Track a number on this site"): the generic reader
 * plus the numbers the user picked on the page. Registered by the background for exactly those sites
 * (`registration: 'runtime'`), never listed in the manifest.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    let picks: PagePick[] = [];
    const loadPicks = async () => {
      const message: Message<'content/get-picks'> = { kind: 'content/get-picks', payload: {} };
      const reply = (await browser.runtime.sendMessage(message).catch(() => undefined)) as Reply<'content/get-picks'> | undefined;
      if (!reply?.ok || ctx.isInvalid) return;
      picks = reply.data.picks;
      loop.readSoon();
    };
    const loop = runReader({
      runtime: browser.runtime as never,
      ctx,
      win: window,
      find: (page) => withPickedSteps(findStepsWith(page, generic), page.doc, picks),
      onMessage: (message) => {
        if ((message as PicksChanged | null)?.kind === 'background/picks-changed') void loadPicks();
      },
    });
    void loadPicks();
  },
});
