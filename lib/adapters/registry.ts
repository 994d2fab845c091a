/**
 * Every adapter, most specific first; the generic reader is last and takes any other web page.
 * A throwing adapter is isolated here: the caller gets an empty result with a note, never an exception.
 */
import { generic } from './generic';
import { ga4 } from './ga4';
import { googleAds } from './google-ads';
import { lookerStudio } from './looker-studio';
import { metaAds } from './meta-ads';
import { searchConsole } from './search-console';
import type { Adapter, AdapterContext, AdapterResult } from './types';

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

/** Reads the page with the adapter for its URL. Never throws. */
export function readPage(ctx: AdapterContext, adapters: readonly Adapter[] = ADAPTERS): AdapterResult {
  const adapter = adapterFor(ctx.url, adapters);
  try {
    return adapter.read(ctx);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      source: adapter.id,
      state: 'ready',
      dateRange: null,
      scope: {},
      readings: [],
      unrecognised: [],
      notes: [`The ${adapter.name} reader failed on this page (${reason.slice(0, 200)}); nothing was read.`],
    };
  }
}
