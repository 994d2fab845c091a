/**
 * The one message protocol between Goalpost's contexts: kind → payload schema → reply.
 * Kinds are named by direction, because who may send a kind is decided by it:
 *  - `content/…`: from Goalpost's content script in a dashboard tab (untrusted page data inside);
 *  - `page/…`: from Goalpost's own extension pages (popup, side panel, options);
 *  - `background/…`: broadcasts from the background to extension pages.
 */
import type { Refusal } from './interpret/page';
import { PAGE_NOTE_CODES, type PageNote } from './adapters/notes';
import type { AdapterResult, PageState, RawPage } from './adapters/types';
import type { StatusCode } from './progress/types';
import type { Goal } from './goals/types';
import type { GoalProgress } from './progress/types';
import type { Reading } from './readings';
import type { DateRange } from './parse/types';
import { goalSchema, readingPlaceSchema, readingScopeSchema, settingsSchema } from './schemas';
import { SOURCE_IDS } from './dashboards';
import { METRIC_IDS } from './metrics/catalogue';
import type { Observation } from './progress/types';
import type { StoredSettings } from './settings';
import type { Snapshot } from './share/snapshot';
import type { MetricId } from './metrics/types';
import type { PickLocator } from './picker/locator';
import type { PagePick } from './picker/picked-cells';
import { pickLocatorSchema, type Pick } from './picker/pick';
import type { PickerTexts } from './picker/overlay';
import type { ConflictChoice, GoalConflict, SyncConfig, SyncStatus } from './sync/types';
import { array, boolean, isoDateTime, number, object, oneOf, optional, string, type Check } from './validate';

/** What the content script sends after reading a page: the cells it found, as text. */
export interface PageRead {
  pageUrl: string;
  title: string;
  readAt: string;
  raw: RawPage;
  /**
   * Set when `raw.cells` holds only the cells that changed since this frame's read at `since`:
   * `raw.cells[i]` replaces cell `at[i]` of that read. A big table updating one number then costs
   * the page a small message, not thousands of cells. The background refuses it when it no longer
   * has that read (a restarted service worker); the content script then sends the whole read.
   */
  changes?: { since: string; at: number[] };
  /**
   * Set when this message is one part of a read too big for one message (lib/content/split.ts):
   * `raw.cells` are cells `start`… of the read's `total`, and every part of read `read` carries the
   * same page fields. The background interprets the read once all its cells are in
   * (lib/background/page-parts.ts). Never together with `changes`.
   */
  part?: { read: string; start: number; total: number };
}

/** A badge the content script shows beside `raw.cells[cell]`. */
export interface CellBadge {
  cell: number;
  /** "62% · Behind" in the UI language. */
  text: string;
  status: StatusCode;
  /** The goal's name, for the badge's accessible label. */
  goal: string;
  /** Set when the number is one part of a formula goal ("Part of CAC"): the goal's value is not this number. */
  part?: string;
}

/** What the background made of a page read: its readings, interpreted. */
export interface PageReport {
  pageUrl: string;
  /** The dashboard tab's title, as text. */
  title: string;
  source: AdapterResult['source'];
  state: PageState;
  dateRange: DateRange | null;
  scope: AdapterResult['scope'];
  readings: Reading[];
  /** `readings[i]` was read from `raw.cells[cells[i]]` (context menu and badges map back through it). */
  cells: number[];
  unrecognised: string[];
  notes: PageNote[];
  /** Numbers not read because their unit contradicts their column's metric (lib/interpret/page.ts). */
  refused?: Refusal[];
  /** Numbers the user picked on this page that the page no longer shows. */
  missingPicks?: Array<Pick>;
  readAt: string;
}

/** A goal as the side panel shows it for a tab. */
export interface GoalView {
  goal: Goal;
  progress: GoalProgress;
  /** The reading on this page the goal matched, with why it was chosen. */
  matched?: { reading: Reading; index: number; explanation: string };
  /** The goal's daily values (oldest first, downsampled) for sparklines and snapshots. */
  trend: Array<{ readAt: string; value: number }>;
}

export interface TabView {
  tabId: number;
  page: PageReport | null;
  goals: GoalView[];
  /** Indexes into page.readings of the readings no goal matches ("Set a goal for this"). */
  unmatched: number[];
  /** Index into page.readings of the number the user right-clicked "Set a goal for this number" on. */
  draft: number | null;
  /** Set on an answer asked for a first screen only (`firstScreen`): how many of this page's goals it
   *  leaves out (0 when they all fit). Such an answer never carries `allGoals`. */
  moreGoals?: number;
  /** Every goal's view (what 'page/get-all-goals' answers), computed in the same pass when the
   *  background has it, so the side panel needs one request. A goal also in `goals` comes as its index
   *  there, so each view crosses once (the side panel resolves them). */
  allGoals?: Array<GoalView | number>;
}

export interface AllGoalsView {
  goals: GoalView[];
}

/** Request payloads by kind. */
export interface Requests {
  'content/page-read': PageRead;
  /** `firstScreen`: answer with only that many of the page's goals, what a first screen shows (see moreGoals). */
  'page/get-tab-view': { tabId: number; firstScreen?: number };
  'page/get-all-goals': Record<string, never>;
  'page/save-goal': { goal: Goal };
  'page/delete-goal': { goalId: string };
  'page/get-goal-history': { goalId: string };
  'page/get-settings': Record<string, never>;
  'page/save-settings': { settings: StoredSettings };
  'page/export-goals': { includeHistory: boolean };
  'page/import-goals': { text: string };
  'page/save-snapshot': { json: string };
  'page/list-snapshots': Record<string, never>;
  'page/delete-snapshot': { id: number };
  'content/get-picks': Record<string, never>;
  'content/pick-guess': { label: string };
  'content/save-pick': { locator: PickLocator; metric: MetricId };
  'page/start-picker': { tabId: number };
  'page/list-picks': Record<string, never>;
  'page/delete-pick': { id: string };
  'page/sync-status': Record<string, never>;
  /** Saves the server (and turns sync on or off); the page asked for the origin's permission first. */
  'page/sync-configure': { config: SyncConfig };
  'page/sync-now': Record<string, never>;
  'page/sync-conflicts': Record<string, never>;
  'page/sync-resolve': { goalId: string; choice: ConflictChoice };
}

/** Reply data by kind. */
export interface Replies {
  'content/page-read': { stored: number; badges: CellBadge[] };
  'page/get-tab-view': TabView;
  'page/get-all-goals': AllGoalsView;
  'page/save-goal': { goal: Goal };
  'page/delete-goal': { deleted: Goal | null };
  'page/get-goal-history': { observations: Observation[] };
  'page/get-settings': StoredSettings;
  'page/save-settings': StoredSettings;
  'page/export-goals': { json: string; filename: string };
  'page/import-goals': { goals: number; observations: number };
  'page/save-snapshot': { id: number };
  'page/list-snapshots': { snapshots: Array<{ id: number; takenAt: string; snapshot: Snapshot }> };
  'page/delete-snapshot': { deleted: number };
  'content/get-picks': { picks: PagePick[] };
  'content/pick-guess': { metric: MetricId | null };
  'content/save-pick': { pick: Pick };
  'page/start-picker': { started: boolean };
  'page/list-picks': { picks: Pick[] };
  'page/delete-pick': { deleted: Pick | null };
  'page/sync-status': SyncStatus;
  'page/sync-configure': SyncStatus;
  'page/sync-now': SyncStatus;
  'page/sync-conflicts': { conflicts: GoalConflict[] };
  /** The conflicts still unresolved. */
  'page/sync-resolve': { conflicts: GoalConflict[] };
}

export type MessageKind = keyof Requests;
export type Message<K extends MessageKind = MessageKind> = { kind: K; payload: Requests[K] };
export type Reply<K extends MessageKind> = { ok: true; data: Replies[K] } | { ok: false; error: string };

/** Background → content script: which found cell was last right-clicked (reply: `{ cell: number | null }`). */
export interface ContextCellQuery {
  kind: 'background/context-cell';
}

/** Background → the picker injected into a tab: start, in the UI language. */
export interface PickerStart {
  kind: 'background/picker-start';
  texts: PickerTexts;
  metrics: Array<{ id: MetricId; name: string }>;
  dir: 'ltr' | 'rtl';
}

/** Background → content script: the page's picks changed; ask for them again and re-read. */
export interface PicksChanged {
  kind: 'background/picks-changed';
}

/** Broadcast to extension pages when what they show may have changed. */
export interface ViewChanged {
  kind: 'background/view-changed';
  tabId: number | null;
}

const MAX_CELLS_PER_PAGE = 5000;

const rawCellSchema = object({
  label: string({ max: 300 }),
  key: optional(string({ max: 200 })),
  qualifier: optional(string({ max: 200 })),
  text: string({ max: 200 }),
  exact: optional(string({ max: 200 })),
  row: optional(string({ max: 300 })),
  where: string({ max: 500 }),
  at: optional(readingPlaceSchema),
  group: number({ min: 0, max: MAX_CELLS_PER_PAGE, integer: true }),
});

export const rawPageSchema: Check<RawPage> = object({
  source: oneOf(SOURCE_IDS),
  state: oneOf(['ready', 'loading', 'empty'] as const),
  scope: readingScopeSchema,
  locale: string({ max: 35 }),
  dateTexts: array(string({ max: 300 }), { max: 10 }),
  cells: array(rawCellSchema, { max: MAX_CELLS_PER_PAGE }),
  notes: array(object({ code: oneOf(PAGE_NOTE_CODES), n: optional(number({ min: 0, integer: true })), of: optional(number({ min: 0, integer: true })), detail: optional(string({ max: 200 })) }), { max: 50 }),
  missingPicks: optional(array(string({ min: 1, max: 100 }), { max: 200 })),
});

export const pageReadSchema: Check<PageRead> = object({
  pageUrl: string({ max: 4000, pattern: /^https:\/\// }),
  title: string({ max: 300 }),
  readAt: isoDateTime(),
  raw: rawPageSchema,
  changes: optional(object({ since: isoDateTime(), at: array(number({ min: 0, max: MAX_CELLS_PER_PAGE - 1, integer: true }), { max: MAX_CELLS_PER_PAGE }) })),
  part: optional(object({ read: string({ min: 1, max: 40 }), start: number({ min: 0, max: MAX_CELLS_PER_PAGE - 1, integer: true }), total: number({ min: 1, max: MAX_CELLS_PER_PAGE, integer: true }) })),
});

const tabId = number({ min: 0, integer: true });

/** Keep one side, or a merged goal that passes the same checks as any saved goal. */
const syncChoiceSchema: Check<ConflictChoice> = (v, path) => {
  const keep = (v as { keep?: unknown } | null)?.keep;
  if (keep === 'merged') return object({ keep: oneOf(['merged'] as const), goal: goalSchema })(v, path);
  return object({ keep: oneOf(['mine', 'theirs'] as const) })(v, path) as ConflictChoice;
};

export const REQUEST_SCHEMAS: { [K in MessageKind]: Check<Requests[K]> } = {
  'content/page-read': pageReadSchema,
  'page/get-tab-view': object({ tabId, firstScreen: optional(number({ min: 1, max: 1000, integer: true })) }),
  'page/get-all-goals': object({}) as Check<Record<string, never>>,
  'page/save-goal': object({ goal: goalSchema }),
  'page/delete-goal': object({ goalId: string({ min: 1, max: 100 }) }),
  'page/get-goal-history': object({ goalId: string({ min: 1, max: 100 }) }),
  'page/get-settings': object({}) as Check<Record<string, never>>,
  'page/save-settings': object({ settings: settingsSchema }),
  'page/export-goals': object({ includeHistory: boolean() }),
  'page/import-goals': object({ text: string({ max: 64 * 1024 * 1024 }) }),
  'page/save-snapshot': object({ json: string({ max: 8 * 1024 * 1024 }) }),
  'page/list-snapshots': object({}) as Check<Record<string, never>>,
  'page/delete-snapshot': object({ id: number({ min: 1, integer: true }) }),
  'content/get-picks': object({}) as Check<Record<string, never>>,
  'content/pick-guess': object({ label: string({ max: 300 }) }),
  'content/save-pick': object({ locator: pickLocatorSchema, metric: oneOf(METRIC_IDS) }),
  'page/start-picker': object({ tabId }),
  'page/list-picks': object({}) as Check<Record<string, never>>,
  'page/delete-pick': object({ id: string({ min: 1, max: 100 }) }),
  'page/sync-status': object({}) as Check<Record<string, never>>,
  'page/sync-configure': object({
    config: object({
      url: string({ min: 1, max: 2000 }),
      database: string({ min: 1, max: 238 }),
      user: string({ max: 300 }),
      password: string({ max: 1000 }),
      enabled: boolean(),
    }),
  }),
  'page/sync-now': object({}) as Check<Record<string, never>>,
  'page/sync-conflicts': object({}) as Check<Record<string, never>>,
  'page/sync-resolve': object({ goalId: string({ min: 1, max: 100 }), choice: syncChoiceSchema }),
};

export const isMessageKind = (k: unknown): k is MessageKind => typeof k === 'string' && Object.hasOwn(REQUEST_SCHEMAS, k);

/** Which senders may send a kind: content scripts in dashboard frames, or Goalpost's own pages. */
export const senderClassOf = (kind: MessageKind): 'content' | 'page' => (kind.startsWith('content/') ? 'content' : 'page');
