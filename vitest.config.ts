import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

/**
 * Four test levels (STYLE.md): unit (pure), integration (real handlers on the embedded AWS
 * emulators), infra (CDK assertions), e2e (the built app in Chromium). `npm test` runs all.
 */
export default defineConfig({
  test: {
    env: {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
    },
    projects: [
      {
        // `$lib` as in the SPA, for the unit tests of web/src/lib.
        resolve: { alias: { $lib: fileURLToPath(new URL('./web/src/lib', import.meta.url)) } },
        plugins: [svelte({ configFile: false })],
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], globalSetup: ['test/unit/global-setup.ts'] },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/integration/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          fileParallelism: false,
        },
      },
    ],
  },
});
