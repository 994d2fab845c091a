/**
 * The permissions the built extension asks for, written out in full: adding one is a reviewed change
 * to this file, not a side effect. Host access is limited to the supported dashboards; any other
 * site only through optional permissions the user grants at run time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';
import { DASHBOARD_MATCHES, dashboardScriptFile, SUPPORTED_DASHBOARD_MATCHES, type DashboardId } from '../../lib/dashboards';

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

describe('Chromium manifest', () => {
  it('asks for exactly these API permissions', () => {
    // alarms: team sync's one-shot syncs, which outlive a stopped service worker.
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'scripting', 'sidePanel', 'storage']);
  });

  it('reads only the supported dashboards without asking, and any other https site only once granted', () => {
    expect([...manifest.host_permissions].sort()).toEqual([...SUPPORTED_DASHBOARD_MATCHES].sort());
    // Plain http only on this computer: a team-sync server run locally (Options → Team sync).
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*']);
    // One script per dashboard, each only where its dashboard lives, together exactly the host permissions.
    const scripts = manifest.content_scripts as Array<{ matches: string[]; js: string[] }>;
    expect(scripts.map((s) => s.js).sort()).toEqual(Object.keys(DASHBOARD_MATCHES).map((id) => [dashboardScriptFile(id as DashboardId).slice(1)]).sort());
    for (const script of scripts) {
      const id = (Object.keys(DASHBOARD_MATCHES) as DashboardId[]).find((d) => script.js[0] === dashboardScriptFile(d).slice(1))!;
      expect([...script.matches].sort()).toEqual([...DASHBOARD_MATCHES[id]].sort());
    }
  });

  it('keeps each content script within the budget (≤ 30 kB minified, ≤ 12 kB gzip)', () => {
    const scripts = [...(manifest.content_scripts as Array<{ js: string[] }>).flatMap((s) => s.js), 'content-scripts/site.js'];
    for (const file of scripts) {
      const code = readFileSync(join(EXTENSION_DIR, file));
      expect(code.length, file).toBeLessThanOrEqual(30 * 1024);
      expect(gzipSync(code, { level: 9 }).length, file).toBeLessThanOrEqual(12 * 1024);
    }
  });

  it('loads no remote code and exposes nothing to web pages', () => {
    expect(manifest.content_security_policy).toBeUndefined(); // MV3 default: script-src 'self'
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('has every file its pages load, the side panel’s early script (a plain tag the bundler does not check) included', () => {
    const pages = ['sidepanel.html', 'popup.html', 'options.html'];
    const loaded = pages.flatMap((page) => [...readFileSync(join(EXTENSION_DIR, page), 'utf8').matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!));
    expect(loaded).toContain('/first-requests.js');
    for (const file of loaded) expect(existsSync(join(EXTENSION_DIR, file)), file).toBe(true);
  });

  // Each file an extension page loads is a trip through the browser process; wxt.config.ts keeps the
  // code the side panel needs up front in one chunk and the stylesheet inside it (components/styles.ts);
  // the popup and options add one chunk with the goal form, which the side panel loads only on demand.
  it('opens each page from its entry and one or two shared chunks, with no stylesheet file to wait for', () => {
    const loadsUpFront = (files: string[], text: string) => files.some((f) => readFileSync(join(EXTENSION_DIR, f), 'utf8').includes(text));
    // A template's id: the templates come with the goal form and its sentence parser (lib/goals/templates.ts).
    const formCode = (files: string[]) => loadsUpFront(files, 'visitors-30pct-6-months');
    // A Russian synonym of "Sessions", not its display name: the dashboards' labels in 22 languages
    // (lib/metrics/lang) are for reading pages and sentences; the pages show names (lib/metrics/names.ts).
    const labelData = (files: string[]) => loadsUpFront(files, 'Количество сеансов');
    // The snapshot format's name (lib/share/snapshot.ts): snapshots are built on a share click, not for the first screen.
    const snapshotCode = (files: string[]) => loadsUpFront(files, 'goalpost-snapshot');
    for (const page of ['sidepanel.html', 'popup.html', 'options.html']) {
      const html = readFileSync(join(EXTENSION_DIR, page), 'utf8');
      const modules = [...html.matchAll(/<(?:script type="module"|link rel="modulepreload")[^>]*(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
      expect(modules, page).toHaveLength(page === 'sidepanel.html' ? 2 : 3);
      if (page !== 'options.html') expect(formCode(modules), `${page} loads the goal form up front`).toBe(page === 'popup.html');
      if (page === 'sidepanel.html') expect(labelData(modules), 'the side panel loads every language’s dashboard labels up front').toBe(false);
      if (page === 'sidepanel.html') expect(snapshotCode(modules), 'the side panel loads the snapshot builders up front').toBe(false);
      expect(html, page).not.toMatch(/rel="stylesheet"/);
      // Nothing else is imported before the first render: the chunks import only each other.
      for (const file of modules) {
        const imported = [...readFileSync(join(EXTENSION_DIR, file), 'utf8').matchAll(/(?:^|[;}])\s*import\s*(?:[\w{},\s$*]+from\s*)?["'`]\.\/([^"'`]+)["'`]/g)].map((m) => `/chunks/${m[1]}`);
        for (const dep of imported) expect(modules, `${file} imports ${dep}`).toContain(dep);
      }
    }
  });
});
