import { browser } from 'wxt/browser';
import { MessageRouter } from '@/lib/background/router';
import { createHandlers, type TabPages } from '@/lib/background/service';
import { goalLogic } from '@/lib/background/goal-logic';
import { openGoalpostDb, type GoalpostDatabase } from '@/lib/db/open';
import type { PageReport, ViewChanged } from '@/lib/messages';
import { interpretPage } from '@/lib/interpret/page';
import { badgeText } from '@/lib/i18n/status';
import { t } from '@/lib/i18n';
import { formatPercentOfTarget } from '@/lib/format';

export default defineBackground(() => {
  let database: Promise<GoalpostDatabase> | undefined;
  const db = () => (database ??= openGoalpostDb());

  // storage.session survives the service worker being stopped and restarted, and is cleared with the browser.
  const tabPages: TabPages = {
    async get(tabId) {
      const key = `tab:${tabId}`;
      const stored = await browser.storage.session.get(key);
      return (stored[key] as PageReport | undefined) ?? null;
    },
    set: (tabId, report) => browser.storage.session.set({ [`tab:${tabId}`]: report }),
    delete: (tabId) => browser.storage.session.remove(`tab:${tabId}`),
  };

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
    createHandlers({
      db,
      interpret: interpretPage,
      badgeText: (progress) => badgeText(progress, t, (v) => formatPercentOfTarget(v, navigator.language)),
      tabPages,
      logic: goalLogic,
      now: () => new Date(),
      showWarningCount(tabId, count) {
        const action = browser.action ?? browser.browserAction;
        void action.setBadgeText({ tabId, text: count ? String(count) : '' }).catch(() => {});
        void action.setBadgeBackgroundColor({ tabId, color: '#9a6700' }).catch(() => {});
      },
      broadcastChanged(tabId) {
        const message: ViewChanged = { kind: 'background/view-changed', tabId };
        browser.runtime.sendMessage(message).catch(() => {
          // No extension page is open to listen: nothing to refresh.
        });
      },
    }),
  );

  browser.runtime.onMessage.addListener((message, sender) => router.handle(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => void tabPages.delete(tabId));
});
