import { browser } from 'wxt/browser';
import { openSidePanel } from '@/components/side-panel';
import { MessageRouter } from '@/lib/background/router';
import { createHandlers, type TabPages } from '@/lib/background/service';
import { goalLogic } from '@/lib/background/goal-logic';
import { sessionStore } from '@/lib/background/session-store';
import { sessionSummaries } from '@/lib/background/goal-summaries';
import { openGoalpostDb, type GoalpostDatabase } from '@/lib/db/open';
import { dailyCompaction } from '@/lib/db/compaction';
import type { ContextCellQuery, PageReport, PickerStart, PicksChanged, ViewChanged } from '@/lib/messages';
import { DASHBOARD_MATCHES, dashboardScriptFile, grantedSitePatterns, SUPPORTED_DASHBOARD_MATCHES, type DashboardId } from '@/lib/dashboards';
import { interpretPage } from '@/lib/interpret/page';
import { badgeText } from '@/lib/i18n/status';
import { wordsFor } from '@/lib/i18n/background';
import { formatPercentOfTarget } from '@/lib/format';
import { METRIC_IDS } from '@/lib/metrics/catalogue';
import { metricDisplayName } from '@/lib/metrics/names';
import { formulaTitle } from '@/lib/metrics/derived';
import { SyncEngine } from '@/lib/sync/engine';
import { openMirror, openRemote } from '@/lib/sync/pouch';
import { createSync, relinkPulled, syncOnPanelOpen } from '@/lib/background/sync-handlers';

const SET_GOAL_MENU = 'goalpost-set-goal';
const GRANTED_SITES_SCRIPT = 'goalpost-granted-sites';
/** The generic reader and picked numbers, for sites the user allowed. */
const SITE_SCRIPT = '/content-scripts/site.js';
const PICKER_SCRIPT = '/picker.js';

/** Puts the number picker into the tab's top frame and starts it in the UI language. */
async function startPicker(tabId: number, uiLanguageSetting: string): Promise<void> {
  const words = wordsFor(uiLanguageSetting, navigator.language);
  const { t } = words;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [PICKER_SCRIPT] });
  } catch {
    throw new Error(t('pickNotAllowed'));
  }
  const collator = new Intl.Collator(words.locale);
  const start: PickerStart = {
    kind: 'background/picker-start',
    dir: words.dir,
    metrics: METRIC_IDS.map((id) => ({ id, name: metricDisplayName(id, words.language) })).sort((a, b) => collator.compare(a.name, b.name)),
    texts: {
      banner: t('pickerBanner'),
      cancel: t('cancel'),
      chosen: t('pickerChosen'),
      metric: t('pickerMetric'),
      chooseMetric: t('pickerChooseMetric'),
      track: t('pickerTrack'),
      saved: t('pickerSaved'),
      noNumber: t('pickerNoNumber'),
      failed: t('pickerFailed'),
    },
  };
  await browser.tabs.sendMessage(tabId, start, { frameId: 0 });
}

/**
 * Runs a content script in the open tabs matching `patterns`: the browser injects content scripts only
 * into pages loaded after they are registered or installed, and these tabs are already open.
 */
async function injectIntoOpenTabs(patterns: readonly string[], file: ReturnType<typeof dashboardScriptFile> | typeof SITE_SCRIPT): Promise<void> {
  for (const tab of await browser.tabs.query({ url: [...patterns] }).catch(() => [])) {
    if (tab.id !== undefined) void browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [file] }).catch(() => {});
  }
}

/** Registers the content script for exactly the sites the user granted (and none once revoked). */
async function syncGrantedSites(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const patterns = grantedSitePatterns(origins);
  await browser.scripting.unregisterContentScripts({ ids: [GRANTED_SITES_SCRIPT] }).catch(() => {});
  if (patterns.length)
    await browser.scripting
      .registerContentScripts([{ id: GRANTED_SITES_SCRIPT, matches: patterns, js: [SITE_SCRIPT], allFrames: true, runAt: 'document_idle' }])
      .catch(() => {});
  // "Set a goal for this number" works wherever the content script reads.
  await browser.contextMenus.update(SET_GOAL_MENU, { documentUrlPatterns: [...SUPPORTED_DASHBOARD_MATCHES, ...patterns] }).catch(() => {});
}

/** Tells open extension pages to refresh what they show for `tabId` (null: everything). */
function notify(tabId: number | null): void {
  const message: ViewChanged = { kind: 'background/view-changed', tabId };
  browser.runtime.sendMessage(message).catch(() => {
    // No extension page is open to listen: nothing to refresh.
  });
}

export default defineBackground(() => {
  let database: Promise<GoalpostDatabase> | undefined;
  const db = () => (database ??= openGoalpostDb());

  const session = sessionStore(browser.storage.session);
  const tabPages: TabPages = {
    get: async (tabId) => ((await session.get(`tab:${tabId}`)) as PageReport | undefined) ?? null,
    set: (tabId, report) => session.set(`tab:${tabId}`, report),
    delete: (tabId) => session.remove([`tab:${tabId}`, `draft:${tabId}`]),
    async getDraft(tabId) {
      const cell = await session.get(`draft:${tabId}`);
      return typeof cell === 'number' ? cell : null;
    },
  };

  // Team sync (off until the user sets a server in Options and grants its origin). Its settings,
  // password included, live in storage.local only, which this extension's pages and worker alone read.
  void browser.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => {});
  let forgetCaches = () => {};
  let conflictsShown = -1;
  const engine = new SyncEngine({
    appDb: db,
    mirror: openMirror,
    remote: (config) => openRemote(config),
    store: {
      get: async (key) => (await browser.storage.local.get(key))[key],
      set: (key, value) => browser.storage.local.set({ [key]: value }),
    },
    hasOrigin: (pattern) => browser.permissions.contains({ origins: [pattern] }).catch(() => false),
    now: () => new Date(),
    randomId: () => crypto.randomUUID(),
    async appChanged(changed) {
      await relinkPulled(await db(), goalLogic, changed);
      forgetCaches();
      notify(null);
    },
    statusChanged(status) {
      // The side panel lists conflicts when told that everything changed.
      if (status.conflicts !== conflictsShown) notify(null);
      conflictsShown = status.conflicts;
    },
  });
  const sync = createSync({ engine, alarms: browser.alarms, setTimer: (fn, ms) => setTimeout(fn, ms), clearTimer: (t) => clearTimeout(t as ReturnType<typeof setTimeout>) });
  browser.alarms.onAlarm.addListener((alarm) => void sync.onAlarm(alarm.name).catch(() => {}));
  void sync.started().catch(() => {});

  const service = createHandlers({
    db,
    interpret: interpretPage,
    badgeText(progress, uiLanguageSetting) {
      const words = wordsFor(uiLanguageSetting, navigator.language);
      return badgeText(progress, words.t, (v) => formatPercentOfTarget(v, words.locale));
    },
    badgePartOf(formula, uiLanguageSetting) {
      const words = wordsFor(uiLanguageSetting, navigator.language);
      return words.t('badgePartOf', { kpi: formulaTitle(formula, words.language) });
    },
    tabPages,
    // Goals' views kept for a restarted worker's first answer to the side panel (issue #18).
    summaries: sessionSummaries(browser.storage.session),
    logic: goalLogic,
    now: () => new Date(),
    showWarningCount(tabId, count) {
      const action = browser.action ?? browser.browserAction;
      void action.setBadgeText({ tabId, text: count ? String(count) : '' }).catch(() => {});
      void action.setBadgeBackgroundColor({ tabId, color: '#9a6700' }).catch(() => {});
    },
    broadcastChanged: notify,
    startPicker,
    picksChanged(tabId) {
      const message: PicksChanged = { kind: 'background/picks-changed' };
      void browser.tabs.sendMessage(tabId, message).catch(() => {});
    },
    sharedWrite: (change) => void sync.localChange(change).catch(() => {}),
    onOutsideWrite: (forget) => void (forgetCaches = forget),
    // For the bench (scripts/bench/year.ts), which reads it through DevTools: the caches' sizes.
    measureCaches: (measure) => void Object.assign(globalThis, { goalpostCacheSizes: measure }),
  });

  const router = new MessageRouter(
    {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      isGrantedPage: async (url) => {
        try {
          return await browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] });
        } catch {
          return false;
        }
      },
    },
    { ...service, ...sync.handlers, 'page/get-tab-view': syncOnPanelOpen(service['page/get-tab-view'], sync) },
  );

  browser.runtime.onMessage.addListener((message, sender) => router.handle(message, sender));

  // History older than a week is compacted once a day, a few seconds after a dashboard's read rather
  // than during it (lib/db/compaction.ts, docs/storage.md). Stopped midway, it goes on after the next read.
  const compaction = dailyCompaction(db, () => new Date(), {
    onError: (e) => console.warn('Goalpost could not compact old history; it tries again after the next read.', e),
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { kind?: unknown } | null)?.kind === 'content/page-read') compaction.afterRead();
  });

  // Sites the user allowed (Options, or "Allow on this site") are read with the same content script.
  browser.permissions.onAdded.addListener(async ({ origins = [] }) => {
    await syncGrantedSites();
    // Start reading at once in tabs already open on a newly allowed site.
    const patterns = grantedSitePatterns(origins);
    if (patterns.length) await injectIntoOpenTabs(patterns, SITE_SCRIPT);
  });
  browser.permissions.onRemoved.addListener(() => void syncGrantedSites());
  browser.runtime.onStartup.addListener(() => void syncGrantedSites());
  // Dashboards already open when Goalpost is installed or updated are read at once instead of after a
  // reload. (An old version's script in such a tab notices it is orphaned and takes its badges down.)
  browser.runtime.onInstalled.addListener(() => {
    for (const [id, matches] of Object.entries(DASHBOARD_MATCHES)) void injectIntoOpenTabs(matches, dashboardScriptFile(id as DashboardId));
  });

  // "Set a goal for this number": open the side panel (inside the click's user gesture), then ask the
  // content script which number was right-clicked and leave it as the tab's draft for the panel.
  // The menu exists before the granted sites are added to where it shows.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create(
      {
        id: SET_GOAL_MENU,
        title: browser.i18n.getMessage('setGoalMenu') || 'Set a goal for this number',
        contexts: ['all'],
        documentUrlPatterns: [...SUPPORTED_DASHBOARD_MATCHES],
      },
      () => void syncGrantedSites(),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SET_GOAL_MENU || tab?.id === undefined) return;
    const tabId = tab.id;
    void openSidePanel(tab?.id ?? null).catch(() => {});
    const query: ContextCellQuery = { kind: 'background/context-cell' };
    void browser.tabs
      .sendMessage(tabId, query, { frameId: info.frameId ?? 0 })
      .then(async (reply) => {
        const cell = (reply as { cell?: unknown } | undefined)?.cell;
        if (typeof cell !== 'number' || !Number.isInteger(cell)) return;
        await session.set(`draft:${tabId}`, cell);
        notify(tabId);
      })
      .catch(() => {});
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-side-panel') void openSidePanel(tab?.id ?? null).catch(() => {});
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabPages.delete(tabId));
});
