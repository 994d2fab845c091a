/**
 * What the background does for each message, over the database and the per-tab page reports.
 * No browser globals: the entrypoint passes in the database, tab storage, clock and broadcaster.
 */
import type { PageNote } from '../adapters/notes';
import type { Refusal } from '../interpret/page';
import { goalPeriod, type Goal } from '../goals/types';
import type { CellBadge, GoalView, PageRead, PageReport, TabView } from '../messages';
import type { RawPage, ReadingDraft } from '../adapters/types';
import type { DateRange } from '../parse/types';
import type { GoalProgress, Observation, ProgressInput } from '../progress/types';
import type { Reading } from '../readings';
import type { StoredSettings } from '../settings';
import { deleteGoal, getSettings, listGoals, putGoal, putSettings } from '../db/goals';
import { deleteSnapshot, listSnapshots, saveSnapshot } from '../db/snapshots';
import { importAll, readAllForExport } from '../db/transfer';
import { exportGoals, parseGoalsImport } from '../goals/transfer';
import { validateSnapshotJson } from '../share/json';
import { goalHistories, linkExistingObservations, recordReadings } from '../db/observations';
import { equivalentMetrics } from '../metrics/equivalent';
import { formulaMetrics, formulaTitle, type GoalFormula } from '../metrics/derived';
import { formulaTrend } from '../progress/formula-history';
import type { GoalpostDatabase } from '../db/open';
import type { Handlers } from './router';
import { pageBadges } from './badges';
import { localIsoDate } from '../time';
import { samePage } from '../dashboards';
import { downsampleTrend } from '../share/snapshot';
import { deletePick, listPicks, picksForPage, savePick } from '../db/picks';
import { pickPage, type Pick } from '../picker/pick';
import { metricFromLabel } from '../metrics/labels';
import { linkReadings } from './link';
import { pageParts } from './page-parts';
import { pagesReadOn, type GoalSummaries, type GoalSummary } from './goal-summaries';
import type { LocalChange } from '../sync/engine';
import type { SyncKind } from './sync-handlers';
import { cacheSize, Lru, type CacheSize } from './lru';

/** The latest page report of each tab; kept where a restarted service worker finds it again. */
export interface TabPages {
  get(tabId: number): Promise<PageReport | null>;
  set(tabId: number, report: PageReport): Promise<void>;
  delete(tabId: number): Promise<void>;
  /** The cell the user asked to set a goal for from the context menu, if any. */
  getDraft(tabId: number): Promise<number | null>;
}

/** How goals meet readings (lib/goals/match.ts) and how progress is computed (lib/progress). */
export interface GoalLogic {
  bestReading(goal: Goal, readings: readonly Reading[]): { index: number; explanation: string } | null;
  fitsGoal(goal: Goal, observation: Observation): boolean;
  computeProgress(input: ProgressInput): GoalProgress;
}

/** What the background makes of a page's raw cells (lib/interpret). */
export interface Interpretation {
  dateRange: DateRange | null;
  readings: Array<{ cell: number; reading: ReadingDraft }>;
  unrecognised: string[];
  notes: PageNote[];
  refused: Refusal[];
}

export interface ServiceDeps {
  db: () => Promise<GoalpostDatabase>;
  interpret(raw: RawPage, ctx: { url: URL; today: string }): Interpretation;
  /** Badge text for a goal's progress on the page ("62% · Behind"), in the UI language the settings choose. */
  badgeText(progress: GoalProgress, uiLanguageSetting: string): string;
  /** The label of a badge beside one part of a formula goal ("Part of CAC"); English when absent. */
  badgePartOf?(formula: GoalFormula, uiLanguageSetting: string): string;
  tabPages: TabPages;
  logic: GoalLogic;
  now: () => Date;
  /** Shows the number of warnings for a tab on the toolbar icon. */
  showWarningCount(tabId: number, count: number): void;
  /** Tells open extension pages to re-read; `null` = every view. */
  broadcastChanged(tabId: number | null): void;
  /** Puts the number picker into the tab's page, in the UI language the settings choose. */
  startPicker(tabId: number, uiLanguageSetting: string): Promise<void>;
  /** Tells the tab's content script that its page's picks changed. */
  picksChanged(tabId: number): void;
  /** Goals' views as last computed, kept where a restarted worker finds them (lib/background/goal-summaries.ts). */
  summaries?: GoalSummaries;
  /** Team sync (lib/sync): each write to what a team shares, once it is stored. */
  sharedWrite?(change: LocalChange): void;
  /** Team sync writes pulled records into the database: `forget` drops what these handlers keep in memory. */
  onOutsideWrite?(forget: () => void): void;
  /** Hands over a measure of the in-memory caches' sizes (the bench reads it from the worker). */
  measureCaches?(measure: () => Record<string, CacheSize>): void;
  /** Observations the history caches hold at most; `HISTORY_CACHE_OBSERVATIONS` when absent (tests set less). */
  historyCacheObservations?: number;
}

/**
 * How many observations the caches of goals' histories hold at most (each of the two below). A year
 * of daily records for 50 goals is ~18,000, so a heavy user's side panel still reads no history
 * twice; past the bound the least recently shown goals are read again when next shown.
 */
export const HISTORY_CACHE_OBSERVATIONS = 40_000;
const historyWeight = (h: readonly Observation[]) => Math.max(1, h.length);

/** The page a content-script message came from, as the browser reports it (never the page's claim). */
function senderPage(sender: { url?: string; tab?: { url?: string } }): string {
  const page = pickPage(sender.url ?? sender.tab?.url ?? '');
  if (!page) throw new Error('Numbers can be picked only on https pages.');
  return page;
}

const sameSpot = (a: Pick['locator'], b: Pick['locator']) =>
  a.label === b.label && a.path === b.path && JSON.stringify(a.table ?? null) === JSON.stringify(b.table ?? null);

const countActive = (goals: readonly Goal[]) => goals.filter((g) => g.status === 'active').length;

/** A database read done once and shared until `forget()`; a failed read is not kept. */
function readOnce<T>(read: () => Promise<T>): { get(): Promise<T>; forget(): void } {
  let kept: Promise<T> | null = null;
  return {
    get: () =>
      (kept ??= read().catch((e: unknown) => {
        kept = null;
        throw e;
      })),
    forget: () => {
      kept = null;
    },
  };
}

/** Everything but team sync's messages, which lib/background/sync-handlers.ts answers. */
export function createHandlers(deps: ServiceDeps): Omit<Handlers, SyncKind> {
  const { logic } = deps;

  /**
   * Goals' day records, kept while the service worker lives: the side panel reopens far more often
   * than readings arrive. Every write that can change a goal's history forgets that goal's entry.
   */
  const historyCache = new Lru<string, Observation[]>(deps.historyCacheObservations ?? HISTORY_CACHE_OBSERVATIONS, historyWeight);

  /**
   * Guards the summaries kept for a restarted worker (lib/background/goal-summaries.ts): a view is
   * written there only if no write to its goal's history began or ran while it was computed.
   */
  const epochs = new Map<string, number>();
  const writing = new Map<string, number>();
  let allEpoch = 0;
  let writingAll = 0;
  const epochOf = (id: string) => `${allEpoch}/${epochs.get(id) ?? 0}`;
  const isWriting = (id: string) => writingAll > 0 || (writing.get(id) ?? 0) > 0;
  const bump = (ids: readonly string[] | 'all', by: number) => {
    if (ids === 'all') {
      allEpoch++;
      writingAll += by;
    } else
      for (const id of ids) {
        epochs.set(id, (epochs.get(id) ?? 0) + 1);
        writing.set(id, (writing.get(id) ?? 0) + by);
        if (!writing.get(id)) writing.delete(id);
      }
  };
  /** Before a write that can change these goals' histories: their kept summaries go first. */
  async function historiesChanging(ids: readonly string[] | 'all'): Promise<void> {
    bump(ids, 1);
    await deps.summaries?.delete(ids).catch(() => {});
  }
  /** After that write (whether it succeeded or not). */
  function historiesChanged(ids: readonly string[] | 'all'): void {
    bump(ids, -1);
    if (ids === 'all') historyCache.clear();
    else for (const id of ids) historyCache.delete(id);
  }

  /**
   * The goals and the settings, read once while the service worker lives: every write to them is one of
   * this worker's handlers below, which forgets them after writing, so an opening side panel or a page
   * read does not wait for the database. Callers get their own copies.
   */
  const storedGoals = readOnce(async () => listGoals(await deps.db()));
  const storedSettings = readOnce(async () => getSettings(await deps.db()));
  const goalsNow = async () => (await storedGoals.get()).slice();
  deps.onOutsideWrite?.(() => {
    storedGoals.forget();
    historyCache.clear();
    allEpoch++;
    void deps.summaries?.delete('all').catch(() => {});
  });
  const settingsNow = async (): Promise<StoredSettings> => {
    const s = await storedSettings.get();
    return { ...s, bands: { ...s.bands } };
  };
  async function historiesOf(db: GoalpostDatabase, goals: readonly Goal[]): Promise<Map<string, Observation[]>> {
    // Taken from the cache before anything is added to it: an addition may push out an entry this view needs.
    const found = new Map<string, Observation[]>();
    for (const g of goals) {
      const h = historyCache.get(g.id);
      if (h) found.set(g.id, h);
    }
    const missing = goals.filter((g) => !found.has(g.id));
    // A goal of one metric needs a reading a day; a formula goal needs every part's readings, so it
    // takes all its linked observations rather than each day's latest.
    const [plain, formula] = [missing.filter((g) => !g.formula), missing.filter((g) => g.formula)];
    if (plain.length) for (const [id, h] of await goalHistories(db, plain.map((g) => g.id))) found.set(id, h);
    for (const g of formula) found.set(g.id, await db.getAllFromIndex('observations', 'by-goal', g.id));
    for (const g of missing) historyCache.set(g.id, found.get(g.id) ?? []);
    return new Map(goals.map((g) => [g.id, found.get(g.id) ?? []]));
  }

  /**
   * Each goal's progress and trend, computed once and reused while nothing they depend on changed: the
   * goal itself, its history (a new array whenever historyCache forgets and re-reads it), the day, the
   * settings, the number of active goals and whether it is missing on the page in view.
   */
  // Bounded like historyCache: each entry holds on to the history it was computed from.
  const progressCache = new Lru<string, { history: Observation[]; key: string; progress: GoalProgress; trend: GoalView['trend'] }>(historyCache.maxWeight, (e) => historyWeight(e.history));
  deps.measureCaches?.(() => ({
    histories: cacheSize(historyCache.size, historyCache.weight, historyCache.maxWeight, historyCache.values()),
    progress: cacheSize(progressCache.size, progressCache.weight, progressCache.maxWeight, [...progressCache.values()].map(({ progress, trend }) => ({ progress, trend }))),
    // Each frame's last read, bounded by frames (20) in the page-read handler.
    pageReads: cacheSize(lastReads.size, lastReads.size, 20, lastReads.values()),
  }));

  /** Whether a URL is `pageUrl`'s page; URLs repeat across a history, so each distinct one is compared once. */
  function samePageAs(pageUrl: string): (url: string) => boolean {
    const known = new Map<string, boolean>();
    return (url) => {
      let same = known.get(url);
      if (same === undefined) known.set(url, (same = samePage(url, pageUrl)));
      return same;
    };
  }

  /** A goal whose view needs its history: no kept summary answers it. */
  class NeedsHistory {
    constructor(readonly id: string) {}
  }

  /**
   * Every goal's view. With `kept` (a restarted worker answering a first screen), a goal whose kept
   * summary was computed for the same key is answered from it, and only the other goals' histories
   * are read.
   */
  async function viewsFor(
    goals: Goal[],
    page: PageReport | null,
    activeGoalCount: number,
    settings?: StoredSettings,
    kept?: ReadonlyMap<string, GoalSummary>,
    /** `goals` is some of the goals (each with the goals it starts after), not all of them. */
    some = false,
  ): Promise<GoalView[]> {
    const db = await deps.db();
    const settingsStored = settings ?? (await settingsNow());
    const today = localIsoDate(deps.now());
    const startedAt = new Map(goals.map((g) => [g.id, isWriting(g.id) ? null : epochOf(g.id)]));
    // One read of every goal's day records rather than one request per goal.
    const histories = await historiesOf(db, kept ? goals.filter((g) => !kept.has(g.id)) : goals);
    /** Views computed from history here, to keep for a restarted worker. */
    const fresh = new Map<string, GoalSummary>();
    const wasOnThisPage = page ? samePageAs(page.pageUrl) : () => false;
    const settingsKey = JSON.stringify([settingsStored.bands, settingsStored.focusLimit, today, activeGoalCount]);
    // A later phase waits for the goal it starts after; that goal's own progress decides whether it is met.
    const byId = new Map(goals.map((g) => [g.id, g]));
    if (!some) for (const id of progressCache.keys()) if (!byId.has(id)) progressCache.delete(id);
    const computed = new Map<string, GoalView>();
    const viewOf = (goal: Goal, seen: ReadonlySet<string>): GoalView => {
      let view = computed.get(goal.id);
      if (view) return view;
      const before = goal.after ? byId.get(goal.after) : undefined;
      const beforeMet = !before || seen.has(before.id) || before.status === 'achieved' || viewOf(before, new Set([...seen, goal.id])).progress.status.code === 'achieved';
      view = computeView(goal, beforeMet ? null : before!);
      computed.set(goal.id, view);
      return view;
    };
    const computeView = (goal: Goal, waitingFor: Goal | null): GoalView => {
        const history = histories.get(goal.id);
        const summary = history ? undefined : kept?.get(goal.id);
        if (!history && (!summary || (page && !summary.readOn))) throw new NeedsHistory(goal.id);
        const best = page ? logic.bestReading(goal, page.readings) : null;
        // "Metric not found": it was read from this very page before and is not on it now.
        const wasHere = () => (history ? history.some((o) => wasOnThisPage(o.pageUrl)) : summary!.readOn!.some(wasOnThisPage));
        const missingOnPage = page && !best && wasHere() ? { pageUrl: page.pageUrl } : null;
        const key = `${settingsKey}|${missingOnPage?.pageUrl ?? ''}|${waitingFor?.name ?? ''}|${JSON.stringify(goal)}`;
        if (!history) {
          if (summary!.key !== key) throw new NeedsHistory(goal.id);
          const view: GoalView = { goal, progress: summary!.progress, trend: summary!.trend };
          if (best && page) view.matched = { reading: page.readings[best.index]!, index: best.index, explanation: best.explanation };
          return view;
        }
        let cached = progressCache.get(goal.id);
        if (!cached || cached.history !== history || cached.key !== key) {
          const progress = logic.computeProgress({
            goal,
            history,
            settings: { bands: settingsStored.bands, focusLimit: settingsStored.focusLimit, today },
            activeGoalCount,
            ...(missingOnPage ? { missingOnPage } : {}),
            ...(waitingFor ? { waitingFor: { name: waitingFor.name } } : {}),
          });
          // A formula goal's history holds its parts, not the KPI: its trend is the KPI rebuilt day by day.
          const trend =
            cached?.history === history && (!goal.formula || cached.key === key)
              ? cached.trend
              : downsampleTrend(goal.formula ? formulaTrend(goal.formula, history, goalPeriod(goal), progress.derived) : history.map((o) => ({ readAt: o.readAt, value: o.value })));
          progressCache.set(goal.id, (cached = { history, key, progress, trend }));
          if (deps.summaries) fresh.set(goal.id, { key, progress, trend, readOn: pagesReadOn(history) });
        }
        const { progress, trend } = cached;
        const view: GoalView = { goal, progress, trend };
        if (best && page) view.matched = { reading: page.readings[best.index]!, index: best.index, explanation: best.explanation };
        return view;
    };
    let views: GoalView[] | null = null;
    while (!views) {
      const need = new Set<string>();
      computed.clear();
      views = goals.map((goal) => {
        try {
          return viewOf(goal, new Set());
        } catch (e) {
          if (!(e instanceof NeedsHistory)) throw e;
          need.add(e.id);
          return null!;
        }
      });
      if (need.size) {
        views = null;
        for (const [id, h] of await historiesOf(db, goals.filter((g) => need.has(g.id)))) histories.set(id, h);
      }
    }
    // Kept only when no write to the goal's history began meanwhile (the summary would be stale).
    for (const id of fresh.keys()) if (startedAt.get(id) !== epochOf(id) || isWriting(id)) fresh.delete(id);
    if (fresh.size) void deps.summaries?.set(fresh).catch(() => {});
    return views;
  }

  /**
   * A restarted worker's first screen on a page: which goals belong there, decided from the pages each
   * was read on (or its history, where they are not kept), then the views of only those the screen has
   * room for (with the goals they start after), from their kept summaries. Null when session storage
   * cannot be read: the whole view then, from every goal's history.
   */
  async function firstScreenGoals(goals: Goal[], page: PageReport, firstScreen: number, settings: StoredSettings): Promise<{ views: GoalView[]; more: number; matched: number[] } | null> {
    const unread = goals.filter((g) => !historyCache.has(g.id));
    const pages = await deps.summaries!.pages(unread.map((g) => g.id)).catch(() => undefined);
    if (!pages) return null;
    // A goal whose pages are not kept (a page read just changed its history) has its history read.
    const lacking = unread.filter((g) => !pages.get(g.id));
    const read = lacking.length ? await historiesOf(await deps.db(), lacking) : new Map<string, Observation[]>();
    const wasOnThisPage = samePageAs(page.pageUrl);
    const belongs: Goal[] = [];
    const matched: number[] = [];
    for (const goal of goals) {
      if (goal.status === 'archived') continue;
      const best = logic.bestReading(goal, page.readings);
      if (best) {
        belongs.push(goal);
        matched.push(best.index);
      } else {
        // The same rule as the whole view's: read on this page before, and not on it now.
        const history = historyCache.get(goal.id) ?? read.get(goal.id);
        const readOn = history ? history.map((o) => o.pageUrl) : pages.get(goal.id);
        if (!readOn) return null;
        if (readOn.some(wasOnThisPage)) belongs.push(goal);
      }
    }
    const first = belongs.slice(0, firstScreen);
    const byId = new Map(goals.map((g) => [g.id, g]));
    const needed = new Map(first.map((g) => [g.id, g]));
    for (const goal of needed.values()) {
      const before = goal.after ? byId.get(goal.after) : undefined;
      if (before) needed.set(before.id, before);
    }
    const some = [...needed.values()];
    const kept = await deps.summaries!.get(some.filter((g) => !historyCache.has(g.id)).map((g) => g.id)).catch(() => undefined);
    const views = await viewsFor(some, page, countActive(goals), settings, kept, true);
    const firstIds = new Set(first.map((g) => g.id));
    return { views: views.filter((v) => firstIds.has(v.goal.id)), more: belongs.length - first.length, matched };
  }

  async function tabView(tabId: number, firstScreen?: number): Promise<TabView> {
    // Independent reads (the tab's page from session storage, the rest usually in memory): all at once.
    const [page, goals, settings, draftCell] = await Promise.all([deps.tabPages.get(tabId), goalsNow(), settingsNow(), deps.tabPages.getDraft(tabId)]);
    // Readings no goal takes or could take (the page's goals' matched readings, and every goal's metric).
    const unmatchedOf = (p: PageReport, matched: readonly number[]) => {
      const matchedIndexes = new Set(matched);
      return p.readings.flatMap((r, i) => (matchedIndexes.has(i) || goals.some((g) => g.metric === r.metric) ? [] : [i]));
    };
    const draftOf = (p: PageReport) => {
      const draft = draftCell === null ? -1 : p.cells.indexOf(draftCell);
      return draft >= 0 ? draft : null;
    };
    // A first screen carries no other goals' views: fifty goals with a year of trend each are ~350 kB,
    // ~25 ms to cross to the panel, which asks for the whole view as soon as its first frame is up.
    if (firstScreen !== undefined && !page) return { tabId, page: null, goals: [], unmatched: [], draft: null, moreGoals: 0 };
    // A restarted worker answers a first screen from the views it kept (lib/background/goal-summaries.ts)
    // rather than reading every goal's history first; the whole view that follows reads them.
    if (firstScreen !== undefined && page && deps.summaries && goals.some((g) => !historyCache.has(g.id))) {
      const screen = await firstScreenGoals(goals, page, firstScreen, settings);
      if (screen) return { tabId, page, goals: screen.views, unmatched: unmatchedOf(page, screen.matched), draft: draftOf(page), moreGoals: screen.more };
    }
    // Every goal's view is computed once: the side panel's "All goals" uses the same answer.
    const all = await viewsFor(goals, page, countActive(goals), settings);
    if (!page) return { tabId, page: null, goals: [], unmatched: [], draft: null, allGoals: all };
    // A goal belongs on this page when it matched a reading here, or was read here before and is missing now.
    const shown = all.filter((v) => v.goal.status !== 'archived' && (v.matched || v.progress.warnings.some((w) => w.code === 'metric-not-found')));
    const unmatched = unmatchedOf(page, shown.flatMap((v) => (v.matched ? [v.matched.index] : [])));
    if (firstScreen !== undefined) {
      // What the side panel's first frame shows, and no more (see above).
      return { tabId, page, goals: shown.slice(0, firstScreen), unmatched, draft: draftOf(page), moreGoals: Math.max(0, shown.length - firstScreen) };
    }
    // The views shown on the page go once: allGoals points at them by index.
    const shownAt = new Map(shown.map((v, i) => [v, i]));
    return { tabId, page, goals: shown, unmatched, draft: draftOf(page), allGoals: all.map((v) => shownAt.get(v) ?? v) };
  }

  /**
   * Each frame's last page read, kept while the service worker lives, for reads that carry only the
   * cells that changed (`PageRead.changes`). A few frames' worth: a read it no longer has is refused.
   */
  const lastReads = new Map<string, { readAt: string; raw: RawPage }>();
  /** Reads arriving in parts, per frame, until their last part is in. */
  const parts = pageParts();
  function wholeRead(frame: string, read: PageRead): RawPage {
    const { changes } = read;
    if (!changes) return read.raw;
    const since = lastReads.get(frame);
    if (!since || since.readAt !== changes.since || changes.at.length !== read.raw.cells.length || changes.at.some((i) => i >= since.raw.cells.length)) {
      throw new Error('This page read only has changes to a read Goalpost no longer has; the whole read is needed.');
    }
    const cells = since.raw.cells.slice();
    changes.at.forEach((at, i) => (cells[at] = read.raw.cells[i]!));
    return { ...read.raw, cells };
  }

  return {
    async 'content/page-read'(sent: PageRead, sender) {
      const tabId = sender.tab!.id!;
      const frame = `${tabId}/${sender.frameId ?? 0}`;
      // A big read comes in parts (lib/content/split.ts): it is interpreted once, when the last is in.
      const read = parts.add(frame, sent);
      if (!read) return { stored: 0, badges: [] };
      // The page's own claim about its URL is not trusted: the frame URL comes from the browser.
      const pageUrl = sender.url ?? read.pageUrl;
      const raw = wholeRead(frame, read);
      lastReads.delete(frame);
      lastReads.set(frame, { readAt: read.readAt, raw });
      if (lastReads.size > 20) lastReads.delete(lastReads.keys().next().value!);
      const today = localIsoDate(deps.now());
      const found = deps.interpret(raw, { url: new URL(pageUrl), today });
      const report: PageReport = {
        pageUrl,
        title: read.title,
        source: raw.source,
        state: raw.state,
        dateRange: found.dateRange,
        scope: raw.scope,
        readings: found.readings.map(({ reading }) => ({ ...reading, pageUrl, readAt: read.readAt })),
        cells: found.readings.map(({ cell }) => cell),
        unrecognised: found.unrecognised,
        notes: [...raw.notes, ...found.notes],
        ...(found.refused.length ? { refused: found.refused } : {}),
        readAt: read.readAt,
      };
      const db = await deps.db();
      const missingIds = new Set(raw.missingPicks ?? []);
      if (missingIds.size) {
        const page = pickPage(pageUrl);
        const gone = page ? (await picksForPage(db, page)).filter((p) => missingIds.has(p.id)) : [];
        if (gone.length) report.missingPicks = gone;
      }
      const linked = linkReadings(await goalsNow(), report.readings, logic);
      // The readings are stored (and the goals' cached histories forgotten) before the tab's report is, so
      // a view that already sees the new page also sees the progress it brought; the report is kept even
      // when storing fails.
      let added = 0;
      let storedAs: Observation[] = [];
      const changing = [...new Set([...linked.values()].flat())];
      try {
        // A reading the page's own numbers contradict is shown, with the reason, but never kept as history.
        const kept = report.readings.flatMap((r, i) => (r.doubt ? [] : [i]));
        await historiesChanging(changing);
        try {
          ({ added, stored: storedAs } = await recordReadings(db, kept.map((i) => report.readings[i]!), (_r, k) => linked.get(kept[k]!) ?? []));
        } finally {
          historiesChanged(changing);
        }
        if (storedAs.length) deps.sharedWrite?.({ kind: 'observations', observations: storedAs });
      } finally {
        await deps.tabPages.set(tabId, report);
      }
      const view = await tabView(tabId);
      deps.showWarningCount(tabId, view.goals.reduce((n, g) => n + g.progress.warnings.length, 0));
      deps.broadcastChanged(tabId);
      const settings = await settingsNow();
      const badgesOff = settings.badgesOffOn.includes(new URL(pageUrl).hostname);
      const badges: CellBadge[] = badgesOff ? [] : pageBadges(view.goals, report.readings, report.cells, logic, {
        text: (progress) => deps.badgeText(progress, settings.uiLanguage),
        partOf: (formula) => deps.badgePartOf?.(formula, settings.uiLanguage) ?? `Part of ${formulaTitle(formula)}`,
      });
      return { stored: added, badges };
    },

    'page/get-tab-view': ({ tabId, firstScreen }) => tabView(tabId, firstScreen),

    async 'page/get-all-goals'() {
      const goals = await goalsNow();
      return { goals: await viewsFor(goals, null, countActive(goals)) };
    },

    async 'page/save-goal'({ goal }) {
      const db = await deps.db();
      await historiesChanging([goal.id]);
      try {
        try {
          await putGoal(db, goal);
        } finally {
          storedGoals.forget();
        }
        historyCache.delete(goal.id);
        await linkExistingObservations(db, goal.id, goal.formula ? formulaMetrics(goal.formula) : [goal.metric, ...equivalentMetrics(goal.metric)], (o) => logic.fitsGoal(goal, o));
      } finally {
        historiesChanged([goal.id]);
      }
      deps.sharedWrite?.({ kind: 'goal-saved', goal });
      deps.broadcastChanged(null);
      return { goal };
    },

    async 'page/delete-goal'({ goalId }) {
      const deleted = await deleteGoal(await deps.db(), goalId).finally(storedGoals.forget);
      historyCache.delete(goalId);
      // Its kept view would never be asked for again (undo saves the goal afresh).
      void deps.summaries?.delete([goalId]).catch(() => {});
      if (deleted) deps.sharedWrite?.({ kind: 'goal-deleted', goalId });
      deps.broadcastChanged(null);
      return { deleted };
    },

    async 'page/get-goal-history'({ goalId }) {
      const db = await deps.db();
      const observations = await db.getAllFromIndex('observations', 'by-goal', goalId);
      return { observations: observations.sort((a, b) => a.readAt.localeCompare(b.readAt)) };
    },

    'page/get-settings': () => settingsNow(),

    async 'page/save-settings'({ settings }) {
      await putSettings(await deps.db(), settings).finally(storedSettings.forget);
      deps.broadcastChanged(null);
      return settings;
    },

    async 'page/export-goals'({ includeHistory }) {
      const exportedAt = deps.now().toISOString();
      const data = exportGoals({ ...(await readAllForExport(await deps.db(), includeHistory)), exportedAt });
      return { json: JSON.stringify(data, null, 2), filename: `goalpost-goals-${exportedAt.slice(0, 10)}.json` };
    },

    async 'page/import-goals'({ text }) {
      const parsed = parseGoalsImport(text);
      if (!parsed.ok) throw new Error(`Nothing was imported: ${parsed.message}`);
      await historiesChanging('all');
      const result = await importAll(await deps.db(), parsed).finally(() => {
        storedGoals.forget();
        historiesChanged('all');
      });
      deps.sharedWrite?.({ kind: 'imported', goals: parsed.goals, observations: parsed.observations });
      deps.broadcastChanged(null);
      return result;
    },

    async 'page/save-snapshot'({ json }) {
      const checked = validateSnapshotJson(json);
      if (!checked.ok) throw new Error(`This snapshot could not be saved: ${checked.message}`);
      const id = await saveSnapshot(await deps.db(), checked.snapshot);
      deps.sharedWrite?.({ kind: 'snapshot-saved', snapshot: checked.snapshot });
      return { id };
    },

    async 'page/list-snapshots'() {
      const snapshots = await listSnapshots(await deps.db());
      return { snapshots: snapshots.map(({ id, takenAt, snapshot }) => ({ id, takenAt, snapshot })) };
    },

    async 'page/delete-snapshot'({ id }) {
      const db = await deps.db();
      const gone = deps.sharedWrite ? await db.get('snapshots', id) : undefined;
      await deleteSnapshot(db, id);
      if (gone) deps.sharedWrite?.({ kind: 'snapshot-deleted', snapshot: gone.snapshot });
      return { deleted: id };
    },

    async 'content/get-picks'(_payload, sender) {
      const picks = await picksForPage(await deps.db(), senderPage(sender));
      return { picks: picks.map(({ id, metric, locator }) => ({ id, metric, locator })) };
    },

    async 'content/pick-guess'({ label }) {
      return { metric: metricFromLabel(label) };
    },

    async 'content/save-pick'({ locator, metric }, sender) {
      const db = await deps.db();
      const page = senderPage(sender);
      // Picking the same number again changes what it is called, not how many picks there are.
      const same = (await picksForPage(db, page)).find((p) => sameSpot(p.locator, locator));
      const id = same?.id ?? `pick-${deps.now().getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      const pick: Pick = { id, page, metric, locator, createdAt: same?.createdAt ?? deps.now().toISOString() };
      await savePick(db, pick);
      deps.sharedWrite?.({ kind: 'pick-saved', pick });
      deps.picksChanged(sender.tab!.id!);
      deps.broadcastChanged(sender.tab!.id!);
      return { pick };
    },

    async 'page/start-picker'({ tabId }) {
      const settings = await settingsNow();
      await deps.startPicker(tabId, settings.uiLanguage);
      return { started: true };
    },

    async 'page/list-picks'() {
      const picks = await listPicks(await deps.db());
      return { picks: picks.sort((a, b) => a.page.localeCompare(b.page) || a.createdAt.localeCompare(b.createdAt)) };
    },

    async 'page/delete-pick'({ id }) {
      const db = await deps.db();
      const pick = (await db.get('picks', id)) ?? null;
      await deletePick(db, id);
      if (pick) deps.sharedWrite?.({ kind: 'pick-deleted', pickId: id });
      deps.broadcastChanged(null);
      return { deleted: pick };
    },
  };
}
