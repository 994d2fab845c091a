/**
 * `npm run demo`: the built extension in a throwaway Chromium profile, the bundled demo dashboards
 * served at their real URLs inside that profile only, example goals from the seeds seeded, and the
 * side panel page beside the dashboard. Headless (no display, or --headless): screenshots instead.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, openExtensionPage, ROOT, tabIdOf } from '../test/e2e/harness';
import { DEMO_DASHBOARDS, demoGoals } from './demo-data';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = join(ROOT, 'demo-output');

const session = await launchWithExtension({ headless });
session.serve(DEMO_DASHBOARDS);

// Seed the example goals through the extension's own message protocol, as the popup would.
const seeder = await openExtensionPage(session, 'popup.html');
for (const goal of demoGoals(new Date())) {
  const reply = await seeder.evaluate((g) => chrome.runtime.sendMessage({ kind: 'page/save-goal', payload: { goal: g } }), goal);
  if (!reply?.ok) throw new Error(`Could not seed goal “${goal.name}”: ${reply?.error}`);
}
await seeder.close();

if (headless) mkdirSync(outDir, { recursive: true });
const shots: string[] = [];
for (const d of DEMO_DASHBOARDS) {
  const dashboard = await session.context.newPage();
  await dashboard.goto(d.url);
  const probe = await openExtensionPage(session, 'popup.html');
  const tabId = await tabIdOf(probe, d.url.slice(0, d.url.indexOf('/', 8) + 1));
  await probe.close();
  const panel = await openExtensionPage(session, `sidepanel.html?tab=${tabId}`);
  await panel.setViewportSize({ width: 420, height: 900 });
  // The content script reads once the dashboard has settled; the panel refreshes when it has.
  await panel.locator('li.reading').first().waitFor({ timeout: 20_000 }).catch(() => {});
  await panel.waitForTimeout(500);
  if (headless) {
    const base = join(outDir, d.name);
    await dashboard.screenshot({ path: `${base}-dashboard.png` });
    await panel.screenshot({ path: `${base}-sidepanel.png`, fullPage: true });
    shots.push(`${base}-dashboard.png`, `${base}-sidepanel.png`);
  }
  if (!headless) break; // one dashboard with the panel beside it; the others are a URL away
}

if (headless) {
  console.log(`Goalpost demo: screenshots saved to\n${shots.map((s) => `  ${s}`).join('\n')}`);
  await session.close();
} else {
  console.log('Goalpost demo running. Demo dashboards:');
  for (const d of DEMO_DASHBOARDS) console.log(`  ${d.url}`);
  console.log('Close the browser window (or press Ctrl+C) to end.');
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
}

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string } | undefined> } };
