import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SUPPORTED_DASHBOARD_MATCHES } from './lib/dashboards';

/**
 * The pages (side panel, popup, options) are one build. Left to itself the bundler splits the code
 * they share into several chunks, and every file an extension page loads costs a trip through the
 * browser process (10–20 ms each in a trace of the side panel opening here). So what the side panel
 * imports up front goes into one chunk (`ui`): it loads its few-byte entry and that chunk, in
 * parallel. What only the popup and options import up front (the goal form, the sentence parser, the
 * templates, the dashboards' labels in 22 languages) goes into a second (`ui-forms`), which the side
 * panel — the page whose opening speed is a target — never loads up front (its chunk fell from 508
 * to 360 kB, Goalpost's part of its first render by ~10 ms: npm run bench -- --only=panel). What the
 * pages load later (All goals, goal detail, share) stays in chunks of its own.
 */
function pageChunks(config: InlineConfig): void {
  const output = config.build?.rollupOptions?.output;
  if (!output || Array.isArray(output)) throw new Error('wxt.config.ts: expected WXT to set one output for the pages');
  const panelEntry = fileURLToPath(new URL('./entrypoints/sidepanel/main.tsx', import.meta.url));
  let panelImports: Set<string> | null = null;
  const ownModule = /[\\/](lib|components)[\\/]/;
  type Info = { importedIds: readonly string[] } | null;
  const staticallyFrom = (entry: string, info: (id: string) => Info): Set<string> => {
    const seen = new Set<string>([entry]);
    for (const id of seen) for (const next of info(id)?.importedIds ?? []) seen.add(next);
    return seen;
  };
  output.codeSplitting = {
    groups: [
      {
        name: (id: string, ctx: { getModuleInfo(id: string): Info }) => {
          panelImports ??= staticallyFrom(panelEntry, (m) => ctx.getModuleInfo(m));
          if (panelImports.size < 2) throw new Error(`wxt.config.ts: found nothing the side panel imports from ${panelEntry}`);
          // Only Goalpost's own modules go to the popup's chunk: the bundler's and WXT's helpers serve every page.
          return panelImports.has(id) || !ownModule.test(id) ? 'ui' : 'ui-forms';
        },
        tags: ['$initial'],
        test: (id: string) => !/[\\/]entrypoints[\\/]/.test(id),
      },
    ],
  };
}

/**
 * PouchDB (team sync, background only) can build a design document's filter from its source text with
 * `Function`: code from a server, which Goalpost never asks it to run, which the extension's CSP would
 * refuse anyway, and which Mozilla's linter reports as eval. That one line becomes a refusal; if a
 * PouchDB update moves it, the build fails here rather than ship it.
 */
function noEvalInPouch() {
  const line = 'return Function.apply(null, keys).apply(null, values);';
  const plugin = 'goalpost-no-eval-in-pouchdb';
  return {
    name: plugin,
    transform(code: string, id: string) {
      if (!/[\\/]pouchdb-utils[\\/]/.test(id) || !code.includes('function scopeEval')) return null;
      if (!code.includes(line)) throw new Error(`wxt.config.ts: pouchdb-utils' scopeEval changed (${id}); re-check that no server code can be evaluated`);
      return code.replace(line, "throw new Error('Goalpost does not run code from a database.');");
    },
  };
}

// WXT has no Preact module; the preset is added as a plain Vite plugin (also in vitest.config.ts,
// because WxtVitest does not copy Vite plugins).
export default defineConfig({
  // A second checkout's work (or a helper's) can build beside the main one without overwriting it.
  outDir: process.env.GOALPOST_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), noEvalInPouch()],
  }),
  hooks: {
    // WXT puts the popup's (and on Firefox the side panel's) <title> into the toolbar button and
    // sidebar titles; point them at the localised messages instead.
    'build:manifestGenerated'(_wxt, manifest) {
      for (const action of [manifest.action, manifest.browser_action]) if (action) action.default_title = '__MSG_actionTitle__';
      const sidebar = (manifest as { sidebar_action?: { default_title?: string } }).sidebar_action;
      if (sidebar) sidebar.default_title = '__MSG_extName__';
    },
    // The content script loads on every dashboard view and must stay under 30 kB: it talks to the
    // runtime through the browser's own promise-based API (Chrome MV3 and Firefox both have one)
    // instead of webextension-polyfill (~10 kB). So does the picker injected into pages on demand.
    // Every other entrypoint keeps the polyfill.
    'vite:build:extendConfig'(entrypoints, config) {
      if (entrypoints.some((e) => e.type === 'sidepanel')) pageChunks(config);
      if (!entrypoints.every((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
      const native = fileURLToPath(import.meta.resolve('wxt/browser'));
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) alias.unshift({ find: /^wxt\/browser$/, replacement: native });
      else config.resolve = { ...config.resolve, alias: { ...alias, 'wxt/browser': native } };
    },
  },
  manifest: ({ browser }) => ({
    // Manifest strings come from public/_locales/<locale>/messages.json (kept in step with lib/i18n).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each permission is used: storage (storage.session for tab reports), contextMenus ("Set a goal
    // for this number"), scripting (reading sites the user grants at run time), activeTab (the popup
    // and panel may see which site the current tab is, to offer "Allow on this site"), alarms (team
    // sync's one-shot syncs, which must outlive a stopped service worker), sidePanel.
    permissions: ['storage', 'contextMenus', 'scripting', 'activeTab', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: [...SUPPORTED_DASHBOARD_MATCHES],
    // Any other site only when the user picks a number on it and grants that one site at run time;
    // likewise the team's sync server, which may be plain http only on this computer (a CouchDB the
    // team runs locally, as the README's docker line starts it).
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_openSidePanelCommand__',
      },
    },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'goalpost@goalpost.invalid',
              // data_collection_permissions is understood from Firefox 140 (142 on Android).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
});
