import type { SourceId } from '../dashboards';
import type { DateRange } from '../parse/types';
import type { PageNote } from './notes';
import type { Reading, ReadingPlace, ReadingScope } from '../readings';

/**
 * What an adapter is given. Adapters never read the clock or `location`. `today` (an ISO date) is
 * only needed to interpret relative dates ("Last 28 days"), which happens in the background.
 */
export interface AdapterContext {
  doc: Document;
  url: URL;
  /** BCP 47 tag from `<html lang>` (or the dashboard's own setting when the adapter knows better). */
  locale: string;
  today?: string;
}

/** A reading as the background interprets it; pageUrl and readAt are added from the page read. */
export type ReadingDraft = Omit<Reading, 'pageUrl' | 'readAt'>;

/** A reading with the element it was found in (tests and in-page tools; see lib/interpret/page.ts). */
export interface FoundReading {
  reading: ReadingDraft;
  /** The element that shows the number (badges are anchored beside it). Never sent over messages. */
  element: Element;
}

export type PageState = 'ready' | 'loading' | 'empty';

/** A found page once interpreted: the shape the old single-step reader returned (see `interpretedResult`). */
export interface AdapterResult {
  source: SourceId;
  state: PageState;
  dateRange: DateRange | null;
  scope: ReadingScope;
  readings: FoundReading[];
  /** Column/card labels seen on the page that name no catalogue metric: reported, never guessed. */
  unrecognised: string[];
  /** Things the user should know about this read ("only the 25 rendered rows of a virtualised table were read"). */
  notes: PageNote[];
}

/**
 * One dashboard's finder: a plain object, listed in the registry (lib/adapters/registry.ts). It only
 * locates cells and cards and returns their text; lib/interpret/ turns that into readings.
 */
export interface Adapter {
  id: SourceId;
  /** Display name ("Google Analytics 4"). */
  name: string;
  matches(url: URL): boolean;
  find(ctx: AdapterContext): FoundPage;
  /** The same find, pausing between rows (see `FindSteps`); adapters without it are run in one go. */
  steps?(ctx: AdapterContext): FindSteps;
}

/**
 * A find that pauses (`yield`) between rows (a few at a time: lib/adapters/find.ts), so the read loop
 * can spread a big page over idle time instead of blocking the dashboard for one long task; run to the
 * end at once it is `find`.
 */
export type FindSteps = Generator<void, FoundPage, void>;

// ---------------------------------------------------------------------------------------------
// Split reading: the content script only *finds* (DOM → raw text), the background *interprets*
// (raw text → readings). Parsers, the metric catalogue and date tables stay out of the content
// script, which loads on every dashboard view and must stay small and cheap on the page's thread.

/** One number-bearing cell or card as the page printed it. */
export interface RawCell {
  /** Column header or card label as printed (cleaned of icons, as text). */
  label: string;
  /** A metric named by the page's own markup: GA4 cell class API name (`sessions`), Google Ads
   *  `essfield` (`stats.cost`), Meta `data-surface` column (`spend`). Interpreted per source. */
  key?: string;
  /** Text that qualifies the value, e.g. Meta's result type under Results ("Link clicks"). */
  qualifier?: string;
  /** The number as printed (cleaned of icons/percent-of-total, as text). */
  text: string;
  /**
   * The exact number where the page holds one beside a shortened text on screen (Search Console's
   * `title="2,778"` behind "2.79K"): the value is read from it, `text` stays what a person sees.
   */
  exact?: string;
  /** Row key (campaign, channel, query…) for table rows; absent for totals rows and scorecards. */
  row?: string;
  /** Human-readable locator in English: "Campaigns table, totals row, Cost column". */
  where: string;
  /** The same locator as structure (names as printed); the UI words it in its language. */
  at?: ReadingPlace;
  /** Cells of one table or card group share number-format evidence (neighbours for ambiguity). */
  group: number;
}

/** What the content script sends: structure and text only. */
export interface RawPage {
  source: SourceId;
  state: PageState;
  scope: ReadingScope;
  /** BCP 47 tag from `<html lang>` or the dashboard's own setting. */
  locale: string;
  /** Date-range control texts, most trustworthy first; URL date parameters are read by the background from the URL. */
  dateTexts: string[];
  cells: RawCell[];
  /** Things the user should know about this read ("only the rendered rows of a virtualised table were read"). */
  notes: PageNote[];
  /** Ids of numbers the user picked on this page that it no longer shows (lib/picker). */
  missingPicks?: string[];
}

export interface FoundPage {
  raw: RawPage;
  /** `elements[i]` shows `raw.cells[i]` (badges anchor beside it); never sent. */
  elements: Element[];
  /**
   * For cells whose text is exactly `cleanText(elements[i], rereads[i])`: what to strip to read that
   * cell again alone when only its text changed (lib/content/changes.ts). Absent for other cells.
   */
  rereads?: Array<((el: Element) => boolean) | undefined>;
  /** Every element whose text the find read, with how many times (set by `findPageSteps`). */
  reads?: Map<Element, number>;
  /**
   * Elements whose visibility the find judged (cells, their ancestors, controls): a change of their
   * attributes may show or hide something, so it calls for a new find (lib/content/changes.ts).
   */
  judged?: { has(el: Element): boolean };
}
