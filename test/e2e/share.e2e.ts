/**
 * Snapshots shared from the side panel of the built extension, in English and in Arabic: every
 * format downloads and holds what the panel shows — the PNG decodes at 2× its card size, the HTML
 * opens in Chromium showing the goals without a single request, the CSV parses back to the same
 * rows, the JSON validates against the documented format.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, tabIdOf, type ExtensionSession, inDays } from './harness';
import { closeAfterAll } from './suite';
import { newGoal } from '../../lib/goals/model';
import { validateSnapshotJson } from '../../lib/share/json';
import { parseCsv, snapshotToCsvRows, UTF8_BOM } from '../../lib/share/csv';
import { ENGLISH_SHARE_LABELS } from '../../lib/share/labels';
import { DEFAULT_SETTINGS } from '../../lib/settings';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } };

const GA4_HOME = 'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome';
const GOAL_NAME = 'Active users <b>20K</b> & more';

describe.each(['en', 'ar'] as const)('sharing a snapshot from the side panel (%s UI)', (language) => {
  let session: ExtensionSession;
  let panel: Page;
  const files = new Map<string, string>();
  const outDir = mkdtempSync(join(tmpdir(), `goalpost-share-${language}-`));

  beforeAll(async () => {
    session = await launchWithExtension();
    session.serve([{ url: GA4_HOME, fixture: 'test/fixtures/ga4/home-en.html' }]);
    const probe = await openExtensionPage(session, 'popup.html');
    const goal = newGoal({ name: GOAL_NAME, metric: 'active-users', target: { kind: 'reach', value: 20000 }, start: '2026-10-01', deadline: inDays(60), scope: { source: 'ga4' } }, new Date().toISOString());
    for (const message of [
      { kind: 'page/save-settings', payload: { settings: { ...DEFAULT_SETTINGS, uiLanguage: language } } },
      { kind: 'page/save-goal', payload: { goal } },
    ]) {
      const reply = await probe.evaluate((m) => chrome.runtime.sendMessage(m), message);
      expect(reply.ok, reply.error).toBe(true);
    }
    const dashboard = await session.context.newPage();
    await dashboard.goto(GA4_HOME);
    const tabId = await tabIdOf(probe, 'https://analytics.google.com/');
    panel = await openExtensionPage(session, `sidepanel.html?tab=${tabId}`);
    await panel.locator('article.goal').first().waitFor({ timeout: 20_000 });
    await panel.locator('#tab-share').click();
    for (const format of ['json', 'csv', 'html', 'md', 'txt', 'png']) {
      const [download] = (await Promise.all([panel.waitForEvent('download'), panel.locator(`.share-actions button[data-format="${format}"]`).first().click()])) as [Download, unknown];
      // Keep the file under the name Goalpost gave it: the extension decides how a browser opens it.
      const path = join(outDir, download.suggestedFilename());
      await download.saveAs(path);
      files.set(format, path);
    }
  });

  closeAfterAll(() => session);

  it('lays the page out in the UI language’s direction', async () => {
    expect(await panel.evaluate(() => document.documentElement.dir)).toBe(language === 'ar' ? 'rtl' : 'ltr');
  });

  it('names each file after the snapshot, with its format’s extension', () => {
    for (const [format, path] of files) expect(path).toMatch(new RegExp(`goalpost-snapshot-[\\dT-]+\\.${format}$`));
  });

  it('JSON validates against the documented format and carries the goal and the reading', () => {
    const checked = validateSnapshotJson(readFileSync(files.get('json')!, 'utf8'));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.snapshot.locale.startsWith(language)).toBe(true);
    expect(checked.snapshot.goals.map((g) => g.name)).toEqual([GOAL_NAME]);
    expect(checked.snapshot.goals[0]!.current).toBe(12000);
    expect(checked.snapshot.readings.some((r) => r.metric === 'active-users' && r.value === 12000)).toBe(true);
  });

  it('JSON says where each number was read, and why it is the goal’s, in the UI language', () => {
    const checked = validateSnapshotJson(readFileSync(files.get('json')!, 'utf8'));
    if (!checked.ok) throw new Error(checked.message);
    const where = checked.snapshot.readings.find((r) => r.metric === 'active-users')!.where;
    const why = checked.snapshot.goals[0]!.explanation ?? '';
    if (language === 'en') {
      expect(where).toBe('Home, “Active users” card');
      expect(why).toBe('matched the totals in GA4 home, “Active users” card');
    } else {
      // The page's own names stay as printed ("Active users"); the words around them are Arabic.
      for (const text of [where, why]) expect(text).not.toMatch(/\b(row|column|table|card|matched|totals|home)\b/i);
      expect(where).toContain('«Active users»');
      expect(why).toContain('GA4');
    }
  });

  it('CSV opens in spreadsheet apps (UTF-8 BOM) and parses back to the same rows', () => {
    const text = readFileSync(files.get('csv')!, 'utf8');
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(GOAL_NAME);
    if (language === 'en') {
      const json = validateSnapshotJson(readFileSync(files.get('json')!, 'utf8'));
      // Each download freezes the panel at its own click: only the taken-at time may differ.
      const untimed = (rs: string[][]) => rs.map((r) => r.map((c) => c.replace(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/, '<taken at>')));
      if (json.ok) expect(untimed(rows)).toEqual(untimed(snapshotToCsvRows(json.snapshot, ENGLISH_SHARE_LABELS)));
    }
  });

  it('HTML opens in Chromium showing the goal as text, with no script and no request', async () => {
    const html = readFileSync(files.get('html')!, 'utf8');
    expect(html).not.toMatch(/<script/i);
    const viewer = await session.context.newPage();
    const before = session.unexpectedRequests.length;
    const requests: string[] = [];
    viewer.on('request', (r) => requests.push(r.url()));
    await viewer.goto(pathToFileURL(files.get('html')!).href);
    expect(await viewer.locator('body').textContent()).toContain(GOAL_NAME);
    expect(await viewer.locator('b').count()).toBe(0); // the goal name's markup stayed text
    expect(await viewer.evaluate(() => document.documentElement.dir)).toBe(language === 'ar' ? 'rtl' : 'ltr');
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(session.unexpectedRequests.length).toBe(before);
    await viewer.close();
  });

  it('Markdown and plain text read well in chat: goal, progress and a status word', () => {
    for (const format of ['md', 'txt']) {
      const text = readFileSync(files.get(format)!, 'utf8');
      expect(text).toContain(format === 'md' ? 'Active users \\<b\\>20K\\</b\\> & more' : GOAL_NAME);
      expect(text).toMatch(language === 'ar' ? /[\u0600-\u06ff]/ : /On track|Behind|At risk|Achieved|Too early|Stale|No data|Missed/);
    }
  });

  it('PNG decodes in Chromium at twice its card size', async () => {
    const png = readFileSync(files.get('png')!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    const decoded = await panel.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      return { w: img.naturalWidth, h: img.naturalHeight };
    }, png.toString('base64'));
    expect(decoded).toEqual({ w: width, h: height });
    expect(width % 2).toBe(0);
    expect(width).toBeGreaterThanOrEqual(1000);
  });
});
