import type { SourceId } from '../dashboards';
import type { DateRange } from '../parse/types';
import type { Reading, ReadingScope } from '../readings';

/** What an adapter is given. `today` is an ISO date; adapters never read the clock or `location`. */
export interface AdapterContext {
  doc: Document;
  url: URL;
  /** BCP 47 tag from `<html lang>` (or the dashboard's own setting when the adapter knows better). */
  locale: string;
  today: string;
}

/** A reading as an adapter finds it; the content script adds pageUrl and readAt. */
export type ReadingDraft = Omit<Reading, 'pageUrl' | 'readAt'>;

export interface FoundReading {
  reading: ReadingDraft;
  /** The element that shows the number (badges are anchored beside it). Never sent over messages. */
  element: Element;
}

export type PageState = 'ready' | 'loading' | 'empty';

export interface AdapterResult {
  source: SourceId;
  state: PageState;
  dateRange: DateRange | null;
  scope: ReadingScope;
  readings: FoundReading[];
  /** Column/card labels seen on the page that name no catalogue metric: reported, never guessed. */
  unrecognised: string[];
  /** Things the user should know about this read ("only the 25 rendered rows of a virtualised table were read"). */
  notes: string[];
}

/** One dashboard's reader: a plain object, listed in the registry (lib/adapters/registry.ts). */
export interface Adapter {
  id: SourceId;
  /** Display name ("Google Analytics 4"). */
  name: string;
  matches(url: URL): boolean;
  read(ctx: AdapterContext): AdapterResult;
}
