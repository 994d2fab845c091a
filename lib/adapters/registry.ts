/**
 * Every adapter, most specific first; the generic finder is last and takes any other web page.
 * A throwing adapter is isolated here: the caller gets an empty page with a note, never an exception.
 *
 * This is the content script's side of reading: it finds cells and returns their text
 * (`FoundPage`); lib/interpret/page.ts turns the text into readings in the background.
 */
import { recordingReads, runSteps } from './common';
import { generic } from './generic';
import { ga4 } from './ga4';
import { googleAds } from './google-ads';
import { lookerStudio } from './looker-studio';
import { metaAds } from './meta-ads';
import { searchConsole } from './search-console';
import type { Adapter, AdapterContext, FindSteps, FoundPage } from './types';

export const ADAPTERS: readonly Adapter[] = [ga4, googleAds, metaAds, searchConsole, lookerStudio, generic];

export function adapterFor(url: URL, adapters: readonly Adapter[] = ADAPTERS): Adapter {
  for (const adapter of adapters) {
    try {
      if (adapter.matches(url)) return adapter;
    } catch {
      // A broken matcher must not stop the others from being asked.
    }
  }
  return generic;
}

/** Finds the page's cells with the adapter for its URL, at once. Never throws. */
export function findPage(ctx: AdapterContext, adapters: readonly Adapter[] = ADAPTERS): FoundPage {
  return runSteps(findPageSteps(ctx, adapters));
}

/**
 * The same find, pausing between rows; the result also says which elements' text it read
 * (`FoundPage.reads`). Never throws, whichever step an adapter fails in.
 */
export function* findPageSteps(ctx: AdapterContext, adapters: readonly Adapter[] = ADAPTERS): FindSteps {
  const adapter = adapterFor(ctx.url, adapters);
  const reads = new Map<Element, number>();
  try {
    const steps = adapter.steps ? adapter.steps(ctx) : oneStep(adapter, ctx);
    for (;;) {
      // Reads are noted only while this find's own step runs, whatever runs between steps.
      const step = recordingReads(reads, () => steps.next());
      if (step.done) return { ...step.value, reads };
      yield;
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      raw: {
        source: adapter.id,
        state: 'ready',
        scope: {},
        locale: ctx.locale,
        dateTexts: [],
        cells: [],
        notes: [`The ${adapter.name} reader failed on this page (${reason.slice(0, 200)}); nothing was read.`],
      },
      elements: [],
    };
  }
}

/** An adapter without steps runs in one go. */
function* oneStep(adapter: Adapter, ctx: AdapterContext): FindSteps {
  return adapter.find(ctx);
}
