/**
 * Every adapter, most specific first; the generic finder is last and takes any other web page.
 * A throwing adapter is isolated here: the caller gets an empty page with a note, never an exception.
 *
 * This is the content script's side of reading: it finds cells and returns their text
 * (`FoundPage`); lib/interpret/page.ts turns the text into readings in the background.
 */
import { runSteps } from './common';
import { DASHBOARD_ADAPTERS } from './dashboard-adapters';
import { findStepsWith, matchingAdapter } from './find';
import { generic } from './generic';
import type { Adapter, AdapterContext, FindSteps, FoundPage } from './types';

export const ADAPTERS: readonly Adapter[] = [...DASHBOARD_ADAPTERS, generic];

export function adapterFor(url: URL, adapters: readonly Adapter[] = ADAPTERS): Adapter {
  return matchingAdapter(url, adapters) ?? generic;
}

/** Finds the page's cells with the adapter for its URL, at once. Never throws. */
export function findPage(ctx: AdapterContext, adapters: readonly Adapter[] = ADAPTERS): FoundPage {
  return runSteps(findPageSteps(ctx, adapters));
}

/** The same find, pausing every few rows (lib/adapters/find.ts). Never throws. */
export function findPageSteps(ctx: AdapterContext, adapters: readonly Adapter[] = ADAPTERS): FindSteps {
  return findStepsWith(ctx, adapterFor(ctx.url, adapters));
}
