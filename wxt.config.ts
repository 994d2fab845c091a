import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SUPPORTED_DASHBOARD_MATCHES } from './lib/dashboards';

// WXT has no Preact module; the preset is added as a plain Vite plugin (also in vitest.config.ts,
// because WxtVitest does not copy Vite plugins).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Goalpost',
    description: 'See whether your marketing goals are on track, right beside the dashboards you already use.',
    permissions: ['storage', 'tabs', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: [...SUPPORTED_DASHBOARD_MATCHES],
    action: { default_title: 'Goalpost' },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'goalpost@goalpost.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
});
