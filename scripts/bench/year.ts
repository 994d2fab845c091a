/**
 * `npm run bench`: a year of heavy use on the built extension in Chromium — 20 dashboards read every 5
 * minutes through the working day, 50 goals — then what it left: the IndexedDB size, the observation and
 * goal-day counts, the background's in-memory caches, and the side panel's first render against an
 * empty extension page. The model of a day is scripts/bench/year-model.ts.
 *
 * What drives it. Goals are saved with the background's own `page/save-goal` message. A year of reads
 * through real content-script messages one by one would take hours, so each read is stored by the
 * background's own code run in an extension page of the same build, against the extension's real
 * IndexedDB (scripts/bench/year-page.ts): the goal linking of `content/page-read`, recordReadings in
 * one transaction per read, and the daily compaction. The readings are what the real interpreter read
 * on 20 fixture dashboards, with their numbers moved on at each data refresh. At the end, the real
 * dashboards are opened in tabs and read by the real content script, and the side panel is opened.
 */
import { findPage } from '../../lib/adapters/registry';
import { samePage } from '../../lib/dashboards';
import type { ReadingDraft } from '../../lib/adapters/types';
import type { Goal } from '../../lib/goals/types';
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { backgroundWorker, EXTENSION_DIR, launchWithExtension, openExtensionPage, ROOT, stopServiceWorker, tabIdOf, type ExtensionSession } from '../../test/e2e/harness';
import type { CacheSize } from '../../lib/background/lru';
import { installEmptyPage, median, panelOpensInTurn, type PanelOpen } from './panel';
import { openFixture, readWith } from '../../test/support/dom';
import { FIXTURES_DIR } from '../../test/support/fixtures';
import { addDay, workingDays, type YearDashboard } from './year-model';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string; data?: unknown }> } };

/** Four fixture dashboards of each source, each made a different account (an agency's 20 clients). */
const FIXTURES = [
  'ga4/traffic-acquisition-durations-ar', 'ga4/pages-shares-en', 'ga4/traffic-acquisition-th', 'ga4/exploration-en',
  'google-ads/campaigns-en', 'google-ads/campaigns-pt-BR', 'google-ads/campaigns-summary-de', 'google-ads/campaigns-zh',
  'meta-ads/campaigns-en', 'meta-ads/campaigns-current-en', 'meta-ads/campaigns-tr', 'meta-ads/campaigns-zh',
  'search-console/performance-en', 'search-console/performance-ja', 'search-console/performance-ko', 'search-console/performance-ar',
  'looker-studio/report-en', 'looker-studio/report-ja', 'looker-studio/scorecards-tr', 'looker-studio/simple-table-es',
];
export const YEAR_GOALS = 50;

export interface YearDashboardPage extends YearDashboard {
  fixture: string;
}

async function dashboardsFromFixtures(): Promise<YearDashboardPage[]> {
  const out: YearDashboardPage[] = [];
  for (const [i, name] of FIXTURES.entries()) {
    const page = await openFixture(name);
    try {
      const { interpretation } = readWith((ctx) => findPage(ctx), page.ctx);
      // The first dashboard keeps the account its page shows: it is the one opened and read for real at
      // the end, and its goals must match that read. The others are other clients' accounts.
      const own = interpretation.readings[0]?.reading.scope.account;
      const account = i === 0 && own ? own : `client-${i + 1}`;
      const readings: ReadingDraft[] = interpretation.readings.map(({ reading }) => reading).filter((r) => !r.doubt).map((r) => ({ ...r, scope: { ...r.scope, account } }));
      const refreshesPerDay = /^(google-ads|meta-ads)\//.test(name) ? 9 : 3;
      // Several fixtures share a report's URL; as other clients' reports they are other pages, or the
      // first dashboard's goals would count them as read on its page and now missing from it.
      let url = page.fixture.expected.url;
      if (out[0] && samePage(url, out[0].url)) url = url.replace(/#([^?]*)/, `#$1/client-${i + 1}`);
      out.push({ fixture: name, url, readings, refreshesPerDay });
    } finally {
      await page.close();
    }
  }
  return out;
}

/** 50 goals spread over the 20 dashboards, each on one number the dashboard shows (a total or a row). */
function yearGoals(dashboards: readonly YearDashboardPage[], start: string, deadline: string): Goal[] {
  const goals: Goal[] = [];
  for (let i = 0; i < YEAR_GOALS; i++) {
    const d = dashboards[i % dashboards.length]!;
    const r = d.readings[(Math.floor(i / dashboards.length) * 7) % d.readings.length]!;
    goals.push({
      id: `year-goal-${i}`,
      name: `${r.label} ${i + 1}`,
      metric: r.metric,
      scope: { source: r.source, account: r.scope.account!, ...(r.scope.row ? { filter: r.scope.row } : {}) },
      target: { kind: 'reach', value: Math.max(1, Math.round(r.value * 1.5)), setAt: `${start}T00:00:00.000Z` },
      targetHistory: [],
      start,
      deadline,
      milestones: [],
      reviewCadenceDays: 30,
      status: 'active',
      notes: '',
      createdAt: `${start}T00:00:${String(i % 60).padStart(2, '0')}.000Z`,
      updatedAt: `${start}T00:00:00.000Z`,
    });
  }
  return goals;
}

export interface YearResult {
  dashboards: YearDashboardPage[];
  goals: Goal[];
  days: number;
  lastDay: string;
}

type Steps = Record<string, { count: number; totalMs: number; maxMs: number }>;
type YearPage = {
  setDashboards(d: YearDashboard[], compaction?: boolean): void;
  runDays(days: string[], first: number): Promise<{ sent: number; made: number; added: number; replaced: number; compacted: number; longestCompactionTx: number; steps: Steps; spent: Record<string, number> }>;
  counts(): Promise<{ observations: number; goalDays: number }>;
  compactFor(today: string): Promise<{ removed: number; longestTransactionMs: number } | null>;
  close(): void;
};
const yearPage = () => (globalThis as unknown as { __goalpostYear: YearPage }).__goalpostYear;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const count = (n: number) => n.toLocaleString('en');

/**
 * Runs the simulated year in `session` (a fresh profile), printing what it did and what it left with
 * `say`. GOALPOST_YEAR_NO_COMPACTION=1 runs it without compaction (how docs/storage.md's figures for
 * an uncompacted history were measured).
 */
export async function simulateYear(session: ExtensionSession, opts: { calendarDays: number; say: (s?: string) => void }): Promise<YearResult> {
  const { say } = opts;
  const lastDay = addDay(new Date().toISOString().slice(0, 10), -1);
  const days = workingDays(lastDay, opts.calendarDays);
  const dashboards = await dashboardsFromFixtures();
  const goals = yearGoals(dashboards, days[0]!, addDay(lastDay, 60));
  const compaction = process.env.GOALPOST_YEAR_NO_COMPACTION !== '1';

  const pageFile = 'bench-year.html';
  writeFileSync(join(EXTENSION_DIR, pageFile), '<!doctype html><meta charset="utf-8"><title>Goalpost bench</title><p>year</p>');
  process.on('exit', () => rmSync(join(EXTENSION_DIR, pageFile), { force: true }));
  const page = await openExtensionPage(session, pageFile);
  for (const goal of goals) {
    const saved = await page.evaluate((g) => chrome.runtime.sendMessage({ kind: 'page/save-goal', payload: { goal: g } }), goal);
    if (!saved.ok) throw new Error(`goal ${goal.id} not saved: ${saved.error}`);
  }
  const bundle = await build({ entryPoints: [join(ROOT, 'scripts/bench/year-page.ts')], bundle: true, minify: true, write: false, format: 'iife', charset: 'utf8', logLevel: 'error' });
  // Evaluated through DevTools, which the extension page's script policy does not apply to.
  await page.evaluate(bundle.outputFiles[0]!.text);
  await page.evaluate(([d, c]) => (globalThis as unknown as { __goalpostYear: YearPage }).__goalpostYear.setDashboards(d, c), [dashboards.map(({ fixture: _f, ...d }) => d), compaction] as [YearDashboard[], boolean]);
  const totals = { sent: 0, made: 0, added: 0, replaced: 0, compacted: 0, longestCompactionTx: 0 };
  const spent: Record<string, number> = {};
  const steps: Steps = {};
  const started = performance.now();
  const CHUNK = 5;
  for (let i = 0; i < days.length; i += CHUNK) {
    const r = await page.evaluate(([chunk, first]) => (globalThis as unknown as { __goalpostYear: YearPage }).__goalpostYear.runDays(chunk, first), [days.slice(i, i + CHUNK), i] as [string[], number]);
    totals.sent += r.sent;
    totals.made += r.made;
    totals.added += r.added;
    totals.replaced += r.replaced;
    totals.compacted += r.compacted;
    totals.longestCompactionTx = Math.max(totals.longestCompactionTx, r.longestCompactionTx);
    for (const [k, v] of Object.entries(r.spent)) spent[k] = (spent[k] ?? 0) + v;
    for (const [k, v] of Object.entries(r.steps)) {
      const s = (steps[k] ??= { count: 0, totalMs: 0, maxMs: 0 });
      s.count += v.count;
      s.totalMs += v.totalMs;
      s.maxMs = Math.max(s.maxMs, v.maxMs);
    }
    if ((i / CHUNK) % 10 === 9) console.log(`  … ${Math.min(i + CHUNK, days.length)} of ${days.length} days`);
  }
  // Today's run, which the background would make after the first read the bench makes next.
  const today = await page.evaluate((d) => (globalThis as unknown as { __goalpostYear: YearPage }).__goalpostYear.compactFor(d), new Date().toISOString().slice(0, 10));
  if (today) {
    totals.compacted += today.removed;
    totals.longestCompactionTx = Math.max(totals.longestCompactionTx, today.longestTransactionMs);
  }
  const counts = await page.evaluate(() => (globalThis as unknown as { __goalpostYear: YearPage }).__goalpostYear.counts());
  await page.evaluate(() => (globalThis as unknown as { __goalpostYear: YearPage }).__goalpostYear.close());
  const storage = await page.evaluate(async () => {
    const e = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: { indexedDB?: number } };
    return { usage: e.usage ?? 0, indexedDB: e.usageDetails?.indexedDB ?? null };
  });
  await page.close();
  const readingsPerRead = dashboards.reduce((n, d) => n + d.readings.length, 0);
  say(`simulated ${days.length} working days (${days[0]} to ${lastDay}${opts.calendarDays < 365 ? `; a quick run: ${opts.calendarDays} calendar days, not a year` : ''}) on ${dashboards.length} dashboards (${count(readingsPerRead)} numbers across them) and ${goals.length} goals, in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  say('  driven: goals through page/save-goal messages; each read stored by the background’s own code (goal linking of content/page-read, recordReadings, the daily compaction) in an extension page against the extension’s IndexedDB');
  say(`  ${count(totals.made)} reads made by content scripts (every 5 min), ${count(totals.sent)} sent to the background (data refreshes and page loads; the rest changed nothing), ${count(totals.added)} observations added (identical re-reads of a day deduplicated) and ${count(totals.replaced)} replaced in place (a number no goal takes keeps its latest value of the day), ${count(totals.compacted)} compacted away${compaction ? '' : ' (compaction OFF: GOALPOST_YEAR_NO_COMPACTION=1)'}`);
  const size = storage.indexedDB ?? storage.usage;
  say(`  IndexedDB: ${mb(size)} (navigator.storage.estimate${storage.indexedDB === null ? ' usage' : ' usageDetails.indexedDB'}; ${mb(storage.usage)} in all) — target ≤ 50 MB after a year: ${size <= 50 * 1024 * 1024 ? 'meets target' : 'MISSES target'}${opts.calendarDays < 365 ? ' (this run is shorter than a year)' : ''}`);
  say(`  ${count(counts.observations)} observations, ${count(counts.goalDays)} goal-day records`);
  const perRead = (spent.record ?? 0) / Math.max(1, totals.sent);
  const deletes = steps.delete;
  say(`  compaction: ${((spent.compact ?? 0) / 1000).toFixed(1)} s in all, ${(((spent.compact ?? 0) / Math.max(1, days.length))).toFixed(0)} ms a working day; its transactions (what a page read may wait for) mean ${deletes ? (deletes.totalMs / deletes.count).toFixed(1) : '—'} ms for a batch of deletes against ${perRead.toFixed(1)} ms for a page read's own, longest ${totals.longestCompactionTx.toFixed(1)} ms`);
  say(`  compaction's transactions: ${Object.entries(steps).map(([k, v]) => `${k} ${count(v.count)} × mean ${(v.totalMs / v.count).toFixed(1)} ms, max ${v.maxMs.toFixed(1)} ms`).join('; ')}`);
  say(`  time in the page: ${Object.entries(spent).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}`);
  // What was written around the background: it must read the database afresh, as after a browser restart.
  await stopServiceWorker(session);
  // The files as they rest: deleted records leave space in the browser's storage files until it
  // compacts them, which it may do once no connection is open (the worker stopped, the page closed).
  await new Promise((r) => setTimeout(r, 15_000));
  const rested = await openExtensionPage(session, pageFile);
  const settled = await rested.evaluate(async () => {
    const e = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: { indexedDB?: number } };
    return e.usageDetails?.indexedDB ?? e.usage ?? 0;
  });
  await rested.close();
  say(`  IndexedDB 15 s after every connection closed: ${mb(settled)} — target ≤ 50 MB: ${settled <= 50 * 1024 * 1024 ? 'meets target' : 'MISSES target'}`);
  return { dashboards, goals, days: days.length, lastDay };
}

/** The background's in-memory caches and their sizes (handed to DevTools by the background for the bench). */
export async function cacheSizes(session: ExtensionSession): Promise<Record<string, CacheSize> | null> {
  const worker = await backgroundWorker(session);
  return worker.evaluate(() => (globalThis as { goalpostCacheSizes?: () => Record<string, CacheSize> }).goalpostCacheSizes?.() ?? null);
}

/**
 * The year bench section of `npm run bench`: the simulated year (a month with `quick`), then the real
 * dashboards opened and read by the content script, the side panel opened in turn with the empty
 * extension page, warm and after the service worker stopped, and the caches' sizes.
 */
export async function benchYear(opts: { quick: boolean; say: (s?: string) => void; calendarDays?: number }): Promise<void> {
  const { say } = opts;
  installEmptyPage();
  const session = await launchWithExtension();
  try {
    const year = await simulateYear(session, { calendarDays: opts.calendarDays ?? (opts.quick ? 30 : 365), say });
    const { tabId, goalsOnPage } = await openYearDashboards(session, year.dashboards, year.goals);
    const turns = opts.quick ? 5 : 9;
    const ratio = (panel: readonly PanelOpen[], empty: readonly number[]) => {
      const p = median(panel.map((o) => o.first));
      const e = median(empty);
      return p === undefined || e === undefined ? null : { p, e, r: p / e };
    };
    const line = (what: string, panel: readonly PanelOpen[], empty: readonly number[]) => {
      const m = ratio(panel, empty);
      if (!m) return say(`  ${what}: the panel did not report a first render (mark goalpost:first-render missing)`);
      say(`  ${what}: median ${m.p.toFixed(1)} ms over ${panel.length} opens — target ≤ 150 ms: ${m.p <= 150 ? 'meets target' : 'MISSES target'}; the empty extension page opened the same way ${m.e.toFixed(1)} ms in the same turns: ${m.r.toFixed(2)}× — target ≤ 1.2×: ${m.r <= 1.2 ? 'meets target' : 'MISSES target'}`);
    };
    say(`side panel first render after the year, on the first dashboard's tab (${goalsOnPage} goals on This page, ${year.goals.length} in All goals):`);
    const warm = await panelOpensInTurn(session, tabId, goalsOnPage, turns);
    line('warm (worker running)', warm.panel, warm.emptyPage);
    // Measured while warm: a restarted worker answers the panel from the views it kept (lib/background/goal-summaries.ts)
    // and reads no history until a write or a goal's detail needs it, so its caches start empty.
    const sizes = await cacheSizes(session);
    if (!sizes) say('  the background did not hand over its cache sizes (goalpostCacheSizes missing)');
    else
      say(
        `  background caches after the year: ${Object.entries(sizes)
          .map(([name, c]) => `${name} ${count(c.entries)} entries (${count(c.weight)} of at most ${count(c.max)}${name === 'pageReads' ? ' frames' : name === 'histories' || name === 'progress' ? ' observations' : ''}), ≈ ${mb(c.bytes)} as JSON`)
          .join('; ')}`,
      );
    // Cold opens in the two states a stopped worker leaves. With no Goalpost page open, the extension's
    // renderer process ends with the worker, and Chromium starts it again for whichever page opens next
    // (the worker runs in it too): the usual case when the panel is opened from Chromium's side panel menu.
    // With another Goalpost page open (Options here), the process is running and only the worker starts.
    // Each time the process has a moment to end before the next page opens.
    const stopped = async () => {
      await stopServiceWorker(session);
      await new Promise((r) => setTimeout(r, 500));
    };
    const cold = await panelOpensInTurn(session, tabId, goalsOnPage, turns, stopped);
    line('cold, no Goalpost page open (worker stopped; Chromium starts the extension\'s process for each page)', cold.panel, cold.emptyPage);
    const options = await openExtensionPage(session, 'options.html');
    const beside = await panelOpensInTurn(session, tabId, goalsOnPage, turns, stopped);
    await options.close();
    line('cold, the Options page open (worker stopped; the extension\'s process running)', beside.panel, beside.emptyPage);
  } finally {
    await session.close();
  }
}

/**
 * Opens every dashboard in a tab of its own, read by the real content script, and waits until the
 * first one's reading reached the background; returns its tab id and how many goals its page shows.
 */
export async function openYearDashboards(session: ExtensionSession, dashboards: readonly YearDashboardPage[], goals: readonly Goal[]): Promise<{ tabId: number; goalsOnPage: number }> {
  // One URL per page is served: the same URL for two fixtures would serve only one of them.
  const seen = new Set<string>();
  const pages = dashboards.filter((d) => !seen.has(d.url.split('#')[0]!) && seen.add(d.url.split('#')[0]!));
  session.serve(pages.map((d) => ({ url: d.url, fixture: join(FIXTURES_DIR, `${d.fixture}.html`) })));
  for (const d of pages) await (await session.context.newPage()).goto(d.url);
  const probe = await openExtensionPage(session, 'bench-year.html');
  try {
    const tabIds = await Promise.all(pages.map((d) => tabIdOf(probe, d.url.split('#')[0]!)));
    const tabId = tabIds[0]!;
    // The goals made on the first dashboard's numbers (yearGoals spreads them over the dashboards in turn).
    const expected = goals.filter((_g, i) => dashboards[i % dashboards.length] === pages[0]).length;
    const view = (id: number) => probe.evaluate((t) => chrome.runtime.sendMessage({ kind: 'page/get-tab-view', payload: { tabId: t } }), id) as Promise<{ data?: { page: unknown; goals: unknown[] } }>;
    // Every tab's first read reaches the background at once as the tabs load: the panel is timed once
    // they have all been stored, as on a morning when the dashboards are already open.
    let onPage = 0;
    for (let waited = 0; waited < 120_000; waited += 250) {
      const views = await Promise.all(tabIds.map(view));
      onPage = views[0]?.data?.goals.length ?? 0;
      if (onPage >= expected && views.every((v) => v.data?.page)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    // The daily compaction the reads started (a few seconds after the first) has run by then.
    await new Promise((r) => setTimeout(r, 8000));
    return { tabId, goalsOnPage: Math.max(1, onPage) };
  } finally {
    await probe.close();
  }
}
