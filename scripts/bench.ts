/**
 * `npm run bench`: measured figures for Goalpost's speed and size targets, each next to a baseline
 * measured in the same run. Targets (DEVELOPERS brief): content script ≤ 30 kB minified and ≤ 12 kB
 * gzip; full read of a 10k-node dashboard ≤ 5 ms median and ≥ 4× faster than a naive full-text scan;
 * no task over 50 ms caused by Goalpost on a busy 100k-node grid; side panel first render ≤ 150 ms
 * with 50 goals × 10,000 observations; after a simulated year of heavy use, IndexedDB ≤ 50 MB and the side
 * panel ≤ 1.2× an empty extension page. Prints figures; never fails on timing (CI does not run it).
 */
import { DASHBOARD_MATCHES, dashboardScriptFile, type DashboardId } from '../lib/dashboards';
import 'fake-indexeddb/auto';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath, EXTENSION_DIR, launchWithExtension, openExtensionPage, ROOT, stopServiceWorker, tabIdOf } from '../test/e2e/harness';
import { syntheticGa4Report } from './bench/synthetic';
import { benchSentenceParsing } from './bench/sentence';
import { contentMessageSizes } from './bench/messages';
import { benchBackgroundSize, benchSyncTimes } from './bench/sync';
import { installEmptyPage, openEmptyPage as openEmptyPageTimed, openPanel as openPanelTimed, panelOpensInTurn as opensInTurn, type PanelOpen } from './bench/panel';
import { benchYear } from './bench/year';
import { parseDashboardNumber } from '../lib/parse/number';
import { parseDateRange } from '../lib/parse/date-range';
import { numberParseSamples } from '../test/support/number-samples';
import { accuracyLines, fixtureAccuracy } from '../test/support/accuracy';
import { dateRangeSamples } from '../test/support/date-range-samples';
import { computeProgress, progressSettings } from '../lib/progress';
import { manyGoalsWithHistory } from '../test/support/goal-fixtures';
import { openGoalpostDb } from '../lib/db/open';
import { recordReadings } from '../lib/db/observations';
import { makeReading } from '../test/support/readings';

const quick = process.argv.includes('--quick');
/** `--only=panel,year`: just those sections (names in the `section(…)` calls below), to measure one change quickly. */
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const section = (name: string) => !only || only.includes(name);
const lines: string[] = [];
const say = (s = '') => {
  lines.push(s);
  console.log(s);
};
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;
const verdict = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');

function timeIt(fn: () => void, minMs = 300): number {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    fn();
    n++;
  }
  return (performance.now() - start) / n;
}

// ------------------------------------------------------------------ size
if (section('size')) {
  say('# Goalpost benchmark');
  say(`(${new Date().toISOString()}, Node ${process.version}, ${quick ? 'quick' : 'full'} run)`);
  say();
  say('## Content script size');
  // Each dashboard's script loads on every view of it; the allowed sites' one on every page of them.
  for (const file of [...(Object.keys(DASHBOARD_MATCHES) as DashboardId[]).map((id) => dashboardScriptFile(id).slice(1)), 'content-scripts/site.js']) {
    const script = readFileSync(join(EXTENSION_DIR, file));
    const gz = gzipSync(script, { level: 9 }).length;
    say(`${file}: ${kb(script.length)} minified (target ≤ 30 kB: ${verdict(script.length <= 30 * 1024)}), ${kb(gz)} gzip (target ≤ 12 kB: ${verdict(gz <= 12 * 1024)})`);
  }

  say();
  say('## Background size (what team sync adds; measured against a build without its modules)');
  for (const line of await benchBackgroundSize(ROOT, join(EXTENSION_DIR, 'background.js'))) say(line);
}

// ------------------------------------------------------------------ parsers
if (section('parsers')) {
  say();
  say('## Reading accuracy per fixture dashboard (happy-dom, find → message → interpret)');
  say('Target: every fixture 100 % right, 0 wrong-but-sure (the unit suite asserts it; the e2e suite checks the same in Chromium).');
  for (const line of accuracyLines(await fixtureAccuracy())) say(line);

  say();
  say('## Parse throughput (Node)');
  const numbers = numberParseSamples();
  const dates = dateRangeSamples();
  numbers.forEach((s) => parseDashboardNumber(s, { locale: 'en' }));
  dates.forEach((s) => parseDateRange(s, { locale: 'en', today: '2026-11-24' }));
  const perNumber = timeIt(() => numbers.forEach((s) => parseDashboardNumber(s, { locale: 'en' }))) / numbers.length;
  const perDate = timeIt(() => dates.forEach((s) => parseDateRange(s, { locale: 'en', today: '2026-11-24' }))) / dates.length;
  say(`numbers: ${Math.round(1000 / perNumber).toLocaleString('en')} strings/s over ${numbers.length} real dashboard strings`);
  say(`date ranges: ${Math.round(1000 / perDate).toLocaleString('en')} strings/s over ${dates.length} picker strings`);
  const goalSentences = benchSentenceParsing();
  say(`goal sentences: ${(goalSentences.msPerSentence * 1000).toFixed(0)} µs per sentence over ${goalSentences.sentences} sentences in five languages (target < 1 ms: ${verdict(goalSentences.msPerSentence < 1)})`);

  say();
  say('## Fuzz (no throw, no NaN, bounded time per string)');
  const fuzzRuns = quick ? 10_000 : 100_000;
  const fuzz = spawnSync('npx', ['vitest', 'run', '--testTimeout=900000', 'test/parse/number.fuzz.test.ts', 'test/parse/date-range.fuzz.test.ts', 'test/goals/transfer.fuzz.test.ts', 'test/interpret'], {
    cwd: ROOT,
    env: { ...process.env, GOALPOST_FUZZ_RUNS: String(fuzzRuns) },
    encoding: 'utf8',
  });
  const fuzzSummary = /Tests\s+(.*)$/m.exec(fuzz.stdout.replace(/\x1b\[[0-9;]*m/g, ''))?.[1]?.trim() ?? 'no summary';
  say(`${fuzzRuns.toLocaleString('en')} generated inputs per parser (numbers, durations, date ranges, goal import files, snapshot JSON): ${fuzz.status === 0 ? 'passed' : 'FAILED'} (${fuzzSummary})`);
}

// ------------------------------------------------------------------ progress and storage
if (section('storage')) {
  say();
  say('## Progress engine (Node)');
  const { today, items } = manyGoalsWithHistory(50, 10_000);
  const settings = progressSettings(today);
  const progressMs = timeIt(() => items.forEach((it) => computeProgress({ goal: it.goal, history: it.history, settings, activeGoalCount: 50 })), 1000);
  say(`50 goals × 10,000 observations each: ${ms(progressMs)} per full computation`);

  say();
  say('## Observation writes (Node, fake-indexeddb — relative figure, not a browser number)');
  const db = await openGoalpostDb('bench-writes');
  const batch = Array.from({ length: 2000 }, (_, i) => makeReading({ value: i, readAt: `2026-11-24T10:${String(i % 60).padStart(2, '0')}:00.000Z` }));
  const t0 = performance.now();
  await recordReadings(db, batch, () => ['g1']);
  say(`${Math.round(batch.length / ((performance.now() - t0) / 1000)).toLocaleString('en')} observations/s in one page-read transaction`);
  db.close();

  say();
  say('## Team sync (Node: fake-indexeddb, memory mirror, express-pouchdb on 127.0.0.1 over HTTP — relative figures)');
  for (const line of await benchSyncTimes(ROOT, [1000, 10_000])) say(line);
}

// ------------------------------------------------------------------ reading a dashboard, in Chromium
if (section('read')) {
  say();
  say('## Reading a dashboard (Chromium, the content script’s find step)');
  const bundle = await build({ entryPoints: [join(ROOT, 'scripts/bench/page-reader.ts')], bundle: true, minify: true, write: false, format: 'iife', charset: 'utf8', logLevel: 'error' });
  const readerJs = bundle.outputFiles[0]!.text;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  for (const nodes of [1_000, 10_000, 100_000]) {
    const page = await browser.newPage();
    await page.route('https://analytics.google.com/**', (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: syntheticGa4Report(nodes) }));
    await page.goto('https://analytics.google.com/analytics/web/#/p123456/reports/explorer');
    await page.addScriptTag({ content: readerJs });
    const result = await page.evaluate((runs) => {
      type Bench = { goalpostFind(): number; naiveScan(): number; longestStep(): number; rereadOneCell(value: string): number };
      const b = (globalThis as unknown as { __goalpostBench: Bench }).__goalpostBench;
      const count = document.getElementsByTagName('*').length + document.evaluate('count(//text())', document, null, XPathResult.NUMBER_TYPE, null).numberValue;
      const g: number[] = [];
      const n: number[] = [];
      let cells = 0;
      // Both readers warm up alike: the first runs are compiling, not reading.
      for (let i = 0; i < 5; i++) {
        b.goalpostFind();
        b.naiveScan();
      }
      // A sample is a few reads in a row: the page's clock ticks in 0.1 ms steps, as coarse as a
      // small page's whole read.
      const batch = count < 50_000 ? 5 : 1;
      for (let i = 0; i < runs; i++) {
        let t = performance.now();
        for (let k = 0; k < batch; k++) cells = b.goalpostFind();
        g.push((performance.now() - t) / batch);
        t = performance.now();
        for (let k = 0; k < batch; k++) b.naiveScan();
        n.push((performance.now() - t) / batch);
      }
      // One cell changes (the page's own update): what the read loop does (re-read that cell alone),
      // and what a full find would cost instead.
      const cell = document.querySelector('tbody td.sessions .cell-value');
      const inc: number[] = [];
      const full: number[] = [];
      for (let i = 0; i < runs; i++) {
        inc.push(b.rereadOneCell(String(1000 + i)));
        if (cell) cell.textContent = String(i);
        const t = performance.now();
        b.goalpostFind();
        full.push(performance.now() - t);
      }
      const steps: number[] = [];
      for (let i = 0; i < Math.min(runs, 9); i++) steps.push(b.longestStep());
      return { count, cells, g, n, inc, full, steps };
    }, nodes >= 100_000 ? 15 : 61);
    const gm = median(result.g);
    const nm = median(result.n);
    const target = nodes === 10_000 ? ` — target ≤ 5 ms and ≥ 4×: ${verdict(gm <= 5 && nm / gm >= 4)}` : '';
    say(`${nodes.toLocaleString('en')}-node report (${result.count.toLocaleString('en')} nodes, ${result.cells} cells found): Goalpost median ${ms(gm)}, p95 ${ms(p95(result.g))}; naive scan median ${ms(nm)}, p95 ${ms(p95(result.n))}; ${(nm / gm).toFixed(1)}× faster${target}`);
    say(`  incremental re-read when one cell changes: median ${ms(median(result.inc))}, p95 ${ms(p95(result.inc))} (a full find instead: median ${ms(median(result.full))})`);
    say(`  read in idle-time slices: longest single step (a slice can overrun its budget by this) median ${ms(median(result.steps))}`);
    await page.close();
  }
  await browser.close();
}

// ------------------------------------------------------------------ long tasks with the extension loaded
if (section('long-tasks')) {
  say();
  say('## Long tasks on a busy 100k-node grid (built extension vs. none, Chromium)');
  async function longTasks(withExtension: boolean): Promise<number[]> {
    const html = syntheticGa4Report(100_000).replace(
      '</body>',
      `<script>
        window.__longTasks = [];
        new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: false });
        let i = 0;
        setInterval(() => { const c = document.querySelectorAll('tbody td.sessions .cell-value')[i++ % 50]; if (c) c.textContent = String(Date.now() % 100000); }, 1000);
      </script></body>`,
    );
    const url = 'https://analytics.google.com/analytics/web/#/p123456/reports/explorer';
    if (withExtension) {
      const session = await launchWithExtension();
      await session.context.route('https://analytics.google.com/**', (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
      const page = await session.context.newPage();
      await page.goto(url);
      await page.waitForTimeout(quick ? 4000 : 10_000);
      const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
      await session.close();
      return tasks;
    }
    const plain = await chromium.launch({ executablePath: chromiumPath(), args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
    const page = await plain.newPage();
    await page.route('https://analytics.google.com/**', (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(url);
    await page.waitForTimeout(quick ? 4000 : 10_000);
    const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    await plain.close();
    return tasks;
  }
  const without = await longTasks(false);
  const withExt = await longTasks(true);
  const over = (xs: number[]) => xs.filter((d) => d > 50);
  say(`without Goalpost: ${over(without).length} tasks > 50 ms (longest ${ms(Math.max(0, ...without))}) — the page's own load and updates`);
  say(`with Goalpost:    ${over(withExt).length} tasks > 50 ms (longest ${ms(Math.max(0, ...withExt))}) — target: no more long tasks than without: ${verdict(over(withExt).length <= over(without).length)}`);
}

// ------------------------------------------------------------------ message sizes
if (section('messages')) {
  say();
  say('## Messages from the content script on a 5,000-cell page (built extension, Chromium; scripts/bench/messages.ts)');
  {
    const s = await launchWithExtension();
    const m = await contentMessageSizes(s).finally(() => s.close());
    const largest = Math.max(0, ...m.sizes);
    if (!m.sizes.length) say('no page-read message was seen: the hook did not reach the content script');
    else {
      say(`the first read: ${m.sizes.length} message${m.sizes.length > 1 ? 's' : ''}, ${kb(m.sizes.reduce((a, b) => a + b, 0))} in all, carrying ${m.cellsSent.toLocaleString('en')} cells (the background stored a read of ${m.cellsRead.toLocaleString('en')} readings)`);
      say(`  largest message: ${kb(largest)} — target ≤ 256 kB: ${verdict(largest <= 256 * 1024)}`);
    }
  }
}

// ------------------------------------------------------------------ side panel first render
if (section('panel')) {
  say();
  say('## Side panel first render (built extension, 50 goals × 10,000 observations)');
  say('Timed: navigation start of sidepanel.html → the panel’s goalpost:first-render mark, which it sets once the frame');
  say('showing the tab’s view (This page: every goal on the page with its progress) has been painted. The 50 goals all');
  say('track a metric the open dashboard shows, so This page lists all 50 (the worst case); cards below the fold follow in');
  say('the next frames, so at the mark the bench checks the cards on screen fill the window, and times all 50 separately.');
  say('Baseline, opened in turn with the panel in the same browser: an empty extension page whose one-line script');
  say('marks its first painted frame the same way — what Chromium itself takes to open any extension page on this machine.');
  const GOALS = 50;
  const perGoal = quick ? 1000 : 10_000;
  // The baseline page exists only for this run, beside the built extension it is loaded with.
  installEmptyPage();
  const session = await launchWithExtension();
  session.serve([{ url: 'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome', fixture: 'test/fixtures/ga4/home-en.html' }]);
  const seeder = await openExtensionPage(session, 'popup.html');
  // Let the background create (and upgrade) the database before seeding into it.
  await seeder.evaluate(() => chrome.runtime.sendMessage({ kind: 'page/get-settings', payload: {} }));
  const seedStart = performance.now();
  await seeder.evaluate(async ({ goals, perGoal }) => {
    // Seed straight into the extension's own IndexedDB (same origin as its pages), as months of use would.
    const open = indexedDB.open('goalpost');
    const db: IDBDatabase = await new Promise((res, rej) => {
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    const start = Date.UTC(2026, 0, 1);
    // 10,000 readings 45 minutes apart (313 days); a quick run spreads its 1,000 over the same days, so each goal has
    // the same day records (what progress and the panel read) and the same values.
    const every = (10_000 / perGoal) * 45 * 60 * 1000;
    for (let g = 0; g < goals; g++) {
      const id = `bench-goal-${g}`;
      await new Promise<void>((res, rej) => {
        const tx = db.transaction(['goals', 'observations', 'goalDays'], 'readwrite');
        tx.objectStore('goals').put({
          id, name: `Goal ${g}`, metric: 'active-users', scope: { source: 'ga4' }, target: { kind: 'reach', value: 100000, setAt: '2026-01-01T00:00:00.000Z' },
          targetHistory: [], start: '2026-01-01', deadline: '2026-12-31', milestones: [], reviewCadenceDays: 30, status: 'active', notes: '',
          createdAt: `2026-01-01T00:00:${String(g % 60).padStart(2, '0')}.000Z`, updatedAt: '2026-01-01T00:00:00.000Z',
        });
        for (let i = 0; i < perGoal; i++) {
          const readAt = new Date(start + i * every).toISOString();
          const value = Math.round((i * every) / (45 * 60 * 1000)) * 10;
          const o = {
            metric: 'active-users', value, unit: 'count', precision: 0.5, dateRange: { start: '2026-01-01', end: readAt.slice(0, 10) }, source: 'ga4', scope: {},
            label: 'Active users', text: String(value), where: 'Home', confidence: 'sure', pageUrl: 'https://analytics.google.com/analytics/web/', readAt,
            day: readAt.slice(0, 10), dedupKey: `${id}|${i}`, goalIds: [id],
          };
          tx.objectStore('observations').add(o);
          tx.objectStore('goalDays').put({ ...o, goalId: id });
        }
        tx.oncomplete = () => res();
        tx.onerror = () => rej(tx.error);
      });
    }
    db.close();
  }, { goals: GOALS, perGoal });
  // The seed went around the background, which keeps the goals it has read while it lives (all writes
  // normally pass through it): stop it, as the browser does when idle, so it reads them afresh.
  await stopServiceWorker(session);
  say(`seeded ${GOALS} × ${perGoal.toLocaleString('en')} observations in ${(performance.now() - seedStart) / 1000 > 1 ? ((performance.now() - seedStart) / 1000).toFixed(1) + ' s' : ms(performance.now() - seedStart)}${quick ? ' (quick run: 1,000 per goal over the same 313 days as 10,000 — the same day records the panel reads)' : ''}`);
  const dashboard = await session.context.newPage();
  await dashboard.goto('https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome');
  const tabId = await tabIdOf(seeder, 'https://analytics.google.com/');
  // Open the panel only once the dashboard has been read and every goal matched its reading.
  let onPage = 0;
  for (let waited = 0; waited < 60_000 && onPage < GOALS; waited += 250) {
    const reply = (await seeder.evaluate((id) => chrome.runtime.sendMessage({ kind: 'page/get-tab-view', payload: { tabId: id } }), tabId)) as { data?: { goals: unknown[] } };
    onPage = reply.data?.goals.length ?? 0;
    if (onPage < GOALS) await new Promise((r) => setTimeout(r, 250));
  }
  if (onPage < GOALS) say(`the dashboard was read but only ${onPage} of ${GOALS} goals matched it: the figures below do not show the target case`);

  // Timed as every panel section times it (scripts/bench/panel.ts), on the dashboard's tab with all 50 goals.
  const openPanel = () => openPanelTimed(session, tabId, GOALS);
  const openEmptyPage = () => openEmptyPageTimed(session);
  const panelOpensInTurn = () => opensInTurn(session, tabId, GOALS, quick ? 7 : 11);
  const { panel: warm, emptyPage } = await panelOpensInTurn();
  if (!warm.length) say('side panel did not report a first render (performance mark goalpost:first-render missing)');
  else {
    const firstRender = median(warm.map((o) => o.first));
    const full = warm.filter((o) => o.screenFull).length;
    say(`side panel first render (navigation start → This page painted with its goals and their progress): median ${ms(firstRender)} (min ${ms(Math.min(...warm.map((o) => o.first)))}, max ${ms(Math.max(...warm.map((o) => o.first)))}) over ${warm.length} opens — target ≤ 150 ms: ${verdict(firstRender <= 150)}`);
    const floor = median(emptyPage);
    if (floor !== undefined) say(`  baseline, an empty extension page: median ${ms(floor)} — Goalpost's own part of the panel's first render: ${ms(firstRender - floor)} (the panel takes ${(firstRender / floor).toFixed(1)}× the empty page)`);
    say(`  at the mark: ${median(warm.map((o) => o.cards))} of ${GOALS} goal cards in the page (median), filling the window in ${full} of ${warm.length} opens; all ${GOALS} cards in the page: median ${ms(median(warm.map((o) => o.all)))}`);
  }
  // A side panel opened after the browser stopped the idle service worker: it starts again, opens the database and
  // answers the first screen from the goals' views it kept in storage.session (lib/background/goal-summaries.ts); the
  // opens above found everything in the worker's memory. The empty page is opened in the same turns, for the ratio.
  const cold: PanelOpen[] = [];
  const coldEmpty: number[] = [];
  for (let i = 0; i < (quick ? 5 : 7); i++) {
    const e = await openEmptyPage();
    if (e !== null) coldEmpty.push(e);
    await stopServiceWorker(session);
    const o = await openPanel();
    if (o) cold.push(o);
  }
  if (cold.length) {
    const coldFirst = median(cold.map((o) => o.first));
    const coldFloor = median(coldEmpty);
    say(`  first open after the service worker was stopped (it restarts, opens the database, answers from the views it kept; the seeding page stays open, so the extension's process is running — the year section also opens the panel with no Goalpost page open): median ${ms(coldFirst)} (min ${ms(Math.min(...cold.map((o) => o.first)))}, max ${ms(Math.max(...cold.map((o) => o.first)))}) over ${cold.length} opens — target ≤ 150 ms: ${verdict(coldFirst <= 150)}`);
    if (coldFloor !== undefined) say(`    empty extension page in the same turns: median ${ms(coldFloor)} — the cold panel takes ${(coldFirst / coldFloor).toFixed(1)}× the empty page (warm: ${warm.length && emptyPage.length ? (median(warm.map((o) => o.first)) / median(emptyPage)).toFixed(1) + '×' : '—'})`);
  }
  // The same opens with the UI in Persian (right to left, Persian digits and calendar): the language must not cost a
  // marketer in Tehran more than one in London. One open after the switch is not counted: a settings change makes the
  // background recompute every goal's progress once, which is not what opening the panel costs.
  await seeder.evaluate(async () => {
    const current = (await chrome.runtime.sendMessage({ kind: 'page/get-settings', payload: {} })) as { data: object };
    await chrome.runtime.sendMessage({ kind: 'page/save-settings', payload: { settings: { ...current.data, uiLanguage: 'fa' } } });
  });
  await openPanel();
  const { panel: persian, emptyPage: persianEmpty } = await panelOpensInTurn();
  const persianFirst = median(persian.map((o) => o.first));
  const persianFloor = median(persianEmpty);
  if (persianFirst === undefined || !persian.every((o) => o.language === 'fa')) say('the side panel in Persian did not report a first render in Persian');
  else say(`  with the UI in Persian: median ${ms(persianFirst)} over ${persian.length} opens (empty page in the same turns: ${persianFloor === undefined ? '—' : ms(persianFloor)}; ${persianFloor ? (persianFirst / persianFloor).toFixed(1) + '×' : ''}) — target ≤ 150 ms: ${verdict(persianFirst <= 150)}`);
  const popupTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const popup = await openExtensionPage(session, `popup.html?tab=${tabId}`);
    const t = await popup.waitForFunction(() => performance.getEntriesByName('goalpost:interactive')[0]?.startTime ?? null, null, { timeout: 30_000 }).then((h) => h.jsonValue() as Promise<number>).catch(() => NaN);
    popupTimes.push(t);
    await popup.close();
  }
  const popupTti = median(popupTimes.filter((r) => !Number.isNaN(r)));
  say(popupTti === undefined ? 'popup did not report interactivity (mark goalpost:interactive missing)' : `popup time to interactive: median ${ms(popupTti)}`);
  await session.close();
}

// ------------------------------------------------------------------ a year of heavy use
if (section('year')) {
  say();
  say(`## A year of heavy use (built extension, Chromium; scripts/bench/year.ts)${quick ? ' — quick run: a month, not a year' : ''}`);
  await benchYear({ quick, say });
}

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
