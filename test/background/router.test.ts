import { describe, expect, it, vi } from 'vitest';
import { MessageRouter, type Handlers, type Sender } from '../../lib/background/router';
import type { PageRead } from '../../lib/messages';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { RawCell, RawPage } from '../../lib/adapters/types';
import type { SyncStatus } from '../../lib/sync/types';

const EXT_ID = 'goalpostextensionid';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const GA4 = 'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome';

function report(over: Partial<PageRead> = {}, raw: Partial<RawPage> = {}): PageRead {
  return {
    pageUrl: GA4,
    title: 'Home – Analytics',
    readAt: '2026-11-24T10:00:00.000Z',
    raw: {
      source: 'ga4',
      state: 'ready',
      scope: { account: 'p123456' },
      locale: 'en',
      dateTexts: ['Oct 1 – Oct 31, 2026'],
      cells: [cell()],
      notes: [],
      ...raw,
    },
    ...over,
  };
}

const SYNC_OFF: SyncStatus = { state: 'off', lastSyncAt: null, pending: 0, error: null, rejected: [], conflicts: 0 };

const cell = (over: Partial<RawCell> = {}): RawCell => ({ label: 'Sessions', text: '12,345', where: 'Home, “Sessions” card', group: 0, ...over });

function setup(granted: string[] = []) {
  const handlers = {
    'content/page-read': vi.fn(async () => ({ stored: 1, badges: [] })),
    'page/get-tab-view': vi.fn(async ({ tabId }: { tabId: number }) => ({ tabId, page: null, goals: [], unmatched: [], draft: null })),
    'page/get-all-goals': vi.fn(async () => ({ goals: [] })),
    'page/save-goal': vi.fn(async ({ goal }) => ({ goal })),
    'page/delete-goal': vi.fn(async () => ({ deleted: null })),
    'page/get-goal-history': vi.fn(async () => ({ observations: [] })),
    'page/get-settings': vi.fn(async () => DEFAULT_SETTINGS),
    'page/save-settings': vi.fn(async ({ settings }) => settings),
    'page/export-goals': vi.fn(async () => ({ json: '{}', filename: 'x.json' })),
    'page/import-goals': vi.fn(async () => ({ goals: 0, observations: 0 })),
    'page/save-snapshot': vi.fn(async () => ({ id: 1 })),
    'page/list-snapshots': vi.fn(async () => ({ snapshots: [] })),
    'page/delete-snapshot': vi.fn(async ({ id }) => ({ deleted: id })),
    'content/get-picks': vi.fn(async () => ({ picks: [] })),
    'content/pick-guess': vi.fn(async () => ({ metric: null })),
    'content/save-pick': vi.fn(async () => {
      throw new Error('not in these tests');
    }),
    'page/start-picker': vi.fn(async () => ({ started: true })),
    'page/list-picks': vi.fn(async () => ({ picks: [] })),
    'page/delete-pick': vi.fn(async () => ({ deleted: null })),
    'page/sync-status': vi.fn(async () => SYNC_OFF),
    'page/sync-configure': vi.fn(async () => SYNC_OFF),
    'page/sync-now': vi.fn(async () => SYNC_OFF),
    'page/sync-conflicts': vi.fn(async () => ({ conflicts: [] })),
    'page/sync-resolve': vi.fn(async () => ({ conflicts: [] })),
  } satisfies Handlers;
  const router = new MessageRouter(
    { extensionId: EXT_ID, extensionOrigin: ORIGIN, isGrantedPage: async (url) => granted.some((g) => url.startsWith(g)) },
    handlers,
  );
  return { router, handlers };
}

const fromDashboard: Sender = { id: EXT_ID, url: GA4, tab: { id: 7, url: GA4 } };
const fromSidePanel: Sender = { id: EXT_ID, url: `${ORIGIN}sidepanel.html?tab=7` };

describe('MessageRouter', () => {
  it('passes a valid reading report from a dashboard tab to its handler', async () => {
    const { router, handlers } = setup();
    await expect(router.handle({ kind: 'content/page-read', payload: report() }, fromDashboard)).resolves.toEqual({ ok: true, data: { stored: 1, badges: [] } });
    expect(handlers['content/page-read']).toHaveBeenCalledOnce();
  });

  it('refuses messages from other extensions and web pages before looking at them', async () => {
    const { router, handlers } = setup();
    const reply = await router.handle({ kind: 'content/page-read', payload: report() }, { ...fromDashboard, id: 'another-extension' });
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('another extension') });
    expect(await router.handle({ kind: 'page/get-all-goals', payload: {} }, { url: 'https://evil.example/' })).toMatchObject({ ok: false });
    expect(handlers['content/page-read']).not.toHaveBeenCalled();
    expect(router.rejected['foreign-sender']).toBe(2);
  });

  it('refuses readings from tabs that are not supported dashboards, unless the user granted the site', async () => {
    const { router } = setup(['https://shop.example/']);
    const evil = 'https://analytics.google.com.evil.example/analytics/';
    const reply = await router.handle({ kind: 'content/page-read', payload: report({ pageUrl: evil }) }, { id: EXT_ID, url: evil, tab: { id: 3, url: evil } });
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('supported dashboards') });
    const granted = 'https://shop.example/admin/stats';
    const ok = await router.handle(
      { kind: 'content/page-read', payload: report({ pageUrl: granted }, { source: 'generic' }) },
      { id: EXT_ID, url: granted, tab: { id: 4, url: granted } },
    );
    expect(ok.ok).toBe(true);
    expect(router.rejected['unsupported-page']).toBe(1);
  });

  it('accepts readings from a Looker Studio report embedded in another site, judged by its frame', async () => {
    const { router } = setup();
    const frame = 'https://lookerstudio.google.com/embed/reporting/abc/page/p1';
    const reply = await router.handle(
      { kind: 'content/page-read', payload: report({ pageUrl: frame }, { source: 'looker-studio' }) },
      { id: EXT_ID, url: frame, tab: { id: 5, url: 'https://blog.example/monthly-report' } },
    );
    expect(reply.ok).toBe(true);
  });

  it('keeps page-only requests away from content scripts, and readings away from extension pages', async () => {
    const { router } = setup();
    expect(await router.handle({ kind: 'page/delete-goal', payload: { goalId: 'g1' } }, fromDashboard)).toMatchObject({ ok: false });
    expect(await router.handle({ kind: 'content/page-read', payload: report() }, fromSidePanel)).toMatchObject({ ok: false });
    expect(router.rejected['wrong-context']).toBe(2);
  });

  it.each([
    ['a missing payload', undefined],
    ['cell text that is not text', report({}, { cells: [cell({ text: 12345 as never })] })],
    ['an unknown dashboard', report({}, { source: 'myspace' as never })],
    ['a non-https page URL', report({ pageUrl: 'javascript:alert(1)' })],
    ['an impossible timestamp', report({ readAt: '2026-02-30T99:00:00Z' })],
    ['too many cells', report({}, { cells: Array.from({ length: 5001 }, () => cell()) })],
    ['an overlong label', report({}, { cells: [cell({ label: 'x'.repeat(301) })] })],
    ['a negative group', report({}, { cells: [cell({ group: -1 })] })],
    ['changes to a cell that cannot exist', report({ changes: { since: '2026-11-24T09:59:00.000Z', at: [5000] } })],
    ['changes to a read at no time', report({ changes: { since: 'yesterday', at: [0] } })],
  ])('answers %s with an error naming the problem, without calling the handler', async (_name, payload) => {
    const { router, handlers } = setup();
    const reply = await router.handle({ kind: 'content/page-read', payload }, fromDashboard);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^Bad content\/page-read message: payload/) });
    expect(handlers['content/page-read']).not.toHaveBeenCalled();
    expect(router.rejected['bad-payload']).toBe(1);
  });

  it('passes a read that carries only changed cells, with the cells they replace', async () => {
    const { router, handlers } = setup();
    const payload = report({ changes: { since: '2026-11-24T09:59:00.000Z', at: [3] } });
    expect(await router.handle({ kind: 'content/page-read', payload }, fromDashboard)).toMatchObject({ ok: true });
    expect(handlers['content/page-read']).toHaveBeenCalledWith(payload, fromDashboard);
  });

  it('answers unknown kinds and non-objects with an error instead of throwing', async () => {
    const { router } = setup();
    for (const m of [null, 42, 'content/page-read', { kind: 'constructor' }, { kind: '__proto__' }]) {
      await expect(router.handle(m, fromSidePanel)).resolves.toMatchObject({ ok: false });
    }
    expect(router.rejected['unknown-kind']).toBe(5);
  });

  it('turns a failing handler into an error reply', async () => {
    const { router, handlers } = setup();
    handlers['page/get-all-goals'].mockRejectedValueOnce(new Error('disk on fire'));
    expect(await router.handle({ kind: 'page/get-all-goals', payload: {} }, fromSidePanel)).toEqual({ ok: false, error: 'disk on fire' });
  });

  it.each([
    ['bands out of order', { ...DEFAULT_SETTINGS, bands: { onTrack: 0.8, atRisk: 0.9 } }, /atRisk is above/],
    ['a host that is not a hostname', { ...DEFAULT_SETTINGS, badgesOffOn: ['<script>'] }, /badgesOffOn\[0\]/],
    ['an unknown UI language', { ...DEFAULT_SETTINGS, uiLanguage: 'xx' }, /uiLanguage/],
  ])('refuses settings with %s', async (_name, settings, error) => {
    const { router, handlers } = setup();
    const reply = await router.handle({ kind: 'page/save-settings', payload: { settings } }, fromSidePanel);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(error) });
    expect(handlers['page/save-settings']).not.toHaveBeenCalled();
  });

  it.each([0, -1, 2.5, 1001, '4', null])('refuses a tab view asked for a first screen of %j goals', async (firstScreen) => {
    const { router, handlers } = setup();
    const reply = await router.handle({ kind: 'page/get-tab-view', payload: { tabId: 7, firstScreen } }, fromSidePanel);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/firstScreen/) });
    expect(handlers['page/get-tab-view']).not.toHaveBeenCalled();
  });

  it('drops fields a payload smuggles in', async () => {
    const { router, handlers } = setup();
    await router.handle({ kind: 'page/get-tab-view', payload: { tabId: 7, __proto__: { admin: true }, extra: '<img>' } }, fromSidePanel);
    expect(handlers['page/get-tab-view']).toHaveBeenCalledWith({ tabId: 7 }, fromSidePanel);
  });
});
