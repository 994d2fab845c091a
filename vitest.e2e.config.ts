import { defineConfig } from 'vitest/config';

// End-to-end tests drive the production build (.output/chrome-mv3) in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
