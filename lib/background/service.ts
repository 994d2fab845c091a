/**
 * What the background does for each message, over the database and the per-tab page reports.
 * No browser globals: the entrypoint passes in the database, tab storage, clock and broadcaster.
 */
import type { Goal } from '../goals/types';
import type { GoalView, PageReport, TabView } from '../messages';
import type { GoalProgress, Observation, ProgressInput } from '../progress/types';
import type { Reading } from '../readings';
import { deleteGoal, getSettings, listGoals, putGoal } from '../db/goals';
import { goalHistory, linkExistingObservations, recordReadings } from '../db/observations';
import type { GoalpostDatabase } from '../db/open';
import type { Handlers } from './router';
import { localIsoDate } from '../time';
import { samePage } from '../dashboards';
import { downsampleTrend } from '../share/snapshot';

/** The latest page report of each tab; kept where a restarted service worker finds it again. */
export interface TabPages {
  get(tabId: number): Promise<PageReport | null>;
  set(tabId: number, report: PageReport): Promise<void>;
  delete(tabId: number): Promise<void>;
}

/** How goals meet readings (lib/goals/match.ts) and how progress is computed (lib/progress). */
export interface GoalLogic {
  bestReading(goal: Goal, readings: readonly Reading[]): { index: number; explanation: string } | null;
  fitsGoal(goal: Goal, observation: Observation): boolean;
  computeProgress(input: ProgressInput): GoalProgress;
}

export interface ServiceDeps {
  db: () => Promise<GoalpostDatabase>;
  tabPages: TabPages;
  logic: GoalLogic;
  now: () => Date;
  /** Tells open extension pages to re-read; `null` = every view. */
  broadcastChanged(tabId: number | null): void;
}

export function createHandlers(deps: ServiceDeps): Handlers {
  const { logic } = deps;

  async function viewsFor(goals: Goal[], page: PageReport | null): Promise<GoalView[]> {
    const db = await deps.db();
    const settingsStored = await getSettings(db);
    const today = localIsoDate(deps.now());
    const activeGoalCount = goals.filter((g) => g.status === 'active').length;
    return Promise.all(
      goals.map(async (goal) => {
        const history = await goalHistory(db, goal.id);
        const best = page ? logic.bestReading(goal, page.readings) : null;
        const progress = logic.computeProgress({
          goal,
          history,
          settings: { bands: settingsStored.bands, focusLimit: settingsStored.focusLimit, today },
          activeGoalCount,
          // "Metric not found": it was read from this very page before and is not on it now.
          ...(page && !best && history.some((o) => samePage(o.pageUrl, page.pageUrl)) ? { missingOnPage: { pageUrl: page.pageUrl } } : {}),
        });
        const trend = downsampleTrend(history.map((o) => ({ readAt: o.readAt, value: o.value })));
        const view: GoalView = { goal, progress, trend };
        if (best && page) view.matched = { reading: page.readings[best.index]!, explanation: best.explanation };
        return view;
      }),
    );
  }

  return {
    async 'content/page-read'(report, sender) {
      const tabId = sender.tab!.id!;
      // The page's own claim about its URL is not trusted: the frame URL comes from the browser.
      const pageUrl = sender.url ?? report.pageUrl;
      const trusted: PageReport = { ...report, pageUrl, readings: report.readings.map((r) => ({ ...r, pageUrl })) };
      const db = await deps.db();
      const goals = (await listGoals(db)).filter((g) => g.status === 'active');
      const linked = new Map<number, string[]>();
      for (const goal of goals) {
        const best = logic.bestReading(goal, trusted.readings);
        if (best) linked.set(best.index, [...(linked.get(best.index) ?? []), goal.id]);
      }
      await deps.tabPages.set(tabId, trusted);
      const { added } = await recordReadings(db, trusted.readings, (_r, i) => linked.get(i) ?? []);
      deps.broadcastChanged(tabId);
      return { stored: added };
    },

    async 'page/get-tab-view'({ tabId }): Promise<TabView> {
      const db = await deps.db();
      const page = await deps.tabPages.get(tabId);
      const goals = await listGoals(db);
      if (!page) return { tabId, page: null, goals: [], unmatched: [] };
      // A goal belongs on this page when it matched a reading here, or was read here before and is missing now.
      const all = await viewsFor(goals, page);
      const shown = all.filter((v) => v.matched || v.progress.warnings.some((w) => w.code === 'metric-not-found'));
      const matchedIndexes = new Set(
        shown.flatMap((v) => (v.matched ? [page.readings.indexOf(v.matched.reading)] : [])),
      );
      const unmatched = page.readings.flatMap((r, i) => (matchedIndexes.has(i) || goals.some((g) => g.metric === r.metric) ? [] : [i]));
      return { tabId, page, goals: shown, unmatched };
    },

    async 'page/get-all-goals'() {
      const db = await deps.db();
      return { goals: await viewsFor(await listGoals(db), null) };
    },

    async 'page/save-goal'({ goal }) {
      const db = await deps.db();
      await putGoal(db, goal);
      await linkExistingObservations(db, goal.id, goal.metric, (o) => logic.fitsGoal(goal, o));
      deps.broadcastChanged(null);
      return { goal };
    },

    async 'page/delete-goal'({ goalId }) {
      const deleted = await deleteGoal(await deps.db(), goalId);
      deps.broadcastChanged(null);
      return { deleted };
    },
  };
}
