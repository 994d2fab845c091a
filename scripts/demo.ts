/**
 * `npm run demo`: the built extension in a throwaway Chromium profile, the demo dashboards (generated
 * for today by scripts/demo/) served at their real URLs inside that profile only, example goals with
 * ~90 days of history seeded through the extension's own messages, and the side panel beside each
 * dashboard.
 *
 * Headless (no display, or --headless): for English, Persian (right to left) and Chinese, one image per
 * dashboard with the side panel beside it, plus the popup with a goal being entered, in demo-output/.
 * Each image is checked as it is taken (badges over page text, a missing badge, a side panel mirrored
 * wrongly or a card overflowing): problems are printed and the run fails. `--lang=en,fa` picks languages.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../test/e2e/harness';
import { addDays, demoData } from './demo/model';
import { DEMO_LANGUAGES, type DemoLanguage } from './demo/locales';
import { DASHBOARDS } from './demo/pages';
import { composeShot, DASHBOARD_NAMES, openDashboard, popupShot, startDemo } from './demo/session';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const langArg = process.argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
const languages = (langArg ? langArg.split(',') : headless ? DEMO_LANGUAGES : ['en']).filter((l): l is DemoLanguage => (DEMO_LANGUAGES as readonly string[]).includes(l));
const outDir = join(ROOT, 'demo-output');
const now = new Date();
const data = demoData(now);
const started = Date.now();

mkdirSync(outDir, { recursive: true });
// Images from earlier versions of the demo (one for the page, one for the panel) would only confuse.
for (const f of readdirSync(outDir)) if (/-(dashboard|sidepanel)\.png$/.test(f)) rmSync(join(outDir, f));
const pagesDir = join(outDir, 'pages');
if (existsSync(pagesDir)) rmSync(pagesDir, { recursive: true });

const POPUP_ENTRY: Record<DemoLanguage, { target: string; name: string }> = {
  en: { target: '3500', name: 'Conversions 3,500 by the end of the quarter' },
  fa: { target: '3500', name: '۳٬۵۰۰ تبدیل تا پایان فصل' },
  zh: { target: '3500', name: '本季度末前转化 3,500 次' },
};

if (!headless) {
  const demo = await startDemo({ data, language: languages[0] ?? 'en', now, headless: false, pagesDir });
  for (const d of DASHBOARDS) await openDashboard(demo, d);
  console.log(`Goalpost demo running (${data.start} – ${data.end}, sample data). Demo dashboards, each with its side panel page beside it:`);
  for (const p of demo.pages) console.log(`  ${DASHBOARD_NAMES[p.dashboard]}: ${p.url}`);
  console.log('Close the browser window (or press Ctrl+C) to end.');
  await new Promise<void>((resolve) => demo.session.context.on('close', () => resolve()));
  process.exit(0);
}

/** Whether the system has a font for Chinese (Chromium draws empty boxes without one). */
function hasCjkFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', timeout: 5000 }).trim().length > 0;
  } catch {
    return true; // no fontconfig to ask: assume the system knows what it has
  }
}
const notes: string[] = [];
if (languages.includes('zh') && !hasCjkFont()) notes.push('No Chinese font is installed, so the Chinese screenshots show empty boxes for the characters (Debian: apt-get install -y fonts-noto-cjk).');

const shots: string[] = [];
const problems: string[] = [];
for (const language of languages) {
  const demo = await startDemo({ data, language, now, headless: true, pagesDir });
  try {
    for (const dashboard of DASHBOARDS) {
      const capture = await openDashboard(demo, dashboard);
      const file = join(outDir, `${dashboard}-${language}.png`);
      await composeShot(demo, capture, file);
      shots.push(file);
      problems.push(...capture.problems.map((p) => `${dashboard} (${language}): ${p}`));
      if (dashboard === 'google-ads') {
        const popup = join(outDir, `popup-${language}.png`);
        await popupShot(demo, capture, popup, { ...POPUP_ENTRY[language], deadline: addDays(data.today, 27) });
        shots.push(popup);
      }
      await capture.page.close();
      await capture.panel?.close();
    }
    if (demo.session.unexpectedRequests.length) problems.push(...demo.session.unexpectedRequests.map((r) => `a request left the browser: ${r}`));
  } finally {
    await demo.session.close();
  }
}

console.log(`Goalpost demo (sample data for ${data.start} – ${data.end}, made in ${Math.round((Date.now() - started) / 1000)} s): screenshots saved to\n${shots.map((s) => `  ${s}`).join('\n')}`);
for (const n of notes) console.warn(`Note: ${n}`);
if (problems.length) {
  console.error(`The visual check found ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
