/**
 * Runs the adapter for a URL out of a given list, isolating it: the caller gets an empty page with a
 * note, never an exception. Each content script passes its own list (dashboards, or the generic
 * reader for sites the user allowed), so neither bundles readers it never runs.
 */
import { recordingReads } from './common';
import type { SourceId } from '../dashboards';
import type { PageNote } from './notes';
import type { Adapter, AdapterContext, FindSteps, FoundPage } from './types';

const ADAPTER_STEPS_PER_STEP = 4;

/** The first adapter in `adapters` that claims the URL, or null. */
export function matchingAdapter(url: URL, adapters: readonly Adapter[]): Adapter | null {
  for (const adapter of adapters) {
    try {
      if (adapter.matches(url)) return adapter;
    } catch {
      // A broken matcher must not stop the others from being asked.
    }
  }
  return null;
}

/**
 * The find, pausing every few rows; the result also says which elements' text it read
 * (`FoundPage.reads`). Never throws, whichever step an adapter fails in.
 */
export function* findStepsWith(ctx: AdapterContext, adapter: Adapter): FindSteps {
  const reads = new Map<Element, number>();
  try {
    const steps = adapter.steps ? adapter.steps(ctx) : oneStep(adapter, ctx);
    // An adapter pauses after each row; a few rows are tens of microseconds of work even on a wide
    // table, far inside an idle slice, while pausing after each cost a twentieth of a big table's find
    // (Chromium profile of the 10k-node bench page). So this pauses every few of them.
    const run = () => {
      let step = steps.next();
      for (let i = 1; i < ADAPTER_STEPS_PER_STEP && !step.done; i++) step = steps.next();
      return step;
    };
    for (;;) {
      // Reads are noted only while this find's own step runs, whatever runs between steps.
      const step = recordingReads(reads, run);
      if (step.done) return { ...step.value, reads };
      yield;
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return emptyPage(adapter.id, ctx.locale, [{ code: 'reader-failed', detail: `${adapter.name}: ${reason}`.slice(0, 200) }]);
  }
}

/** A page on which nothing was read (no reader claims it, or its reader failed). */
function emptyPage(source: SourceId, locale: string, notes: PageNote[]): FoundPage {
  return { raw: { source, state: 'ready', scope: {}, locale, dateTexts: [], cells: [], notes }, elements: [] };
}

/**
 * The find for a page no reader in the list claims: it shows nothing Goalpost reads, and read no text,
 * so the page's own changes never call for another find.
 */
export function* nothingFound(ctx: AdapterContext): FindSteps {
  return { ...emptyPage('generic', ctx.locale, []), reads: new Map() };
}

/** An adapter without steps runs in one go. */
function* oneStep(adapter: Adapter, ctx: AdapterContext): FindSteps {
  return adapter.find(ctx);
}
