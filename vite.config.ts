import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { earlyChartWorker } from './build/earlyChartWorker.ts';
import { previewPages } from './build/previewPages.ts';

// Deterministic test environment: every test worker is forked from this process and inherits
// these variables, so dates and Intl formatting do not depend on the machine running the tests.
const TEST_ENV = { TZ: 'UTC', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' } as const;
if (process.env.VITEST) Object.assign(process.env, TEST_ENV);

export default defineConfig({
  base: './',
  plugins: [
    svelte(),
    // The chart worker starts from index.html, before the page's code has loaded (build/earlyChartWorker.ts).
    earlyChartWorker(),
    // Link previews: one page and one 1200×630 card per preset (build/previewPages.ts). SITE_URL, the deployed
    // address, makes their image addresses absolute, as chat apps require.
    previewPages({ siteUrl: process.env.SITE_URL }),
    // Offline after the first visit: a Workbox service worker precaches the build's hashed files. A new build's
    // worker takes over at once and deletes the old files (nothing stale lingers); the page offers a reload
    // (src/lib/serviceWorker.svelte.ts registers it, in production builds only).
    VitePWA({
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg}'],
        navigateFallback: 'index.html',
        // A file opened in a tab (a preview card) is that file, not the app.
        navigateFallbackDenylist: [/\.(png|svg|js|css)$/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  // The chart worker's bundle (chart.js and the chart builders, no Svelte): property reads taken as free of side
  // effects, so chart.js's scales no chart registers (their classes read defaults at definition) are dropped.
  // package.json's sideEffects does the like for models/, whose modules are pure.
  worker: { rolldownOptions: { treeshake: { propertyReadSideEffects: false } } },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // Every browser that runs ES2022 preloads modules itself: no polyfill in the first load.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Writing the service worker (Workbox, after the bundle) takes seconds by design: not worth a warning each
      // build.
      checks: { bundlerTimings: false },
      // Everything the page needs before its first chart in one file: left to itself, the bundler splits out each
      // module a later chunk shares, and a dozen small files compress worse than one (issue #9). Later chunks
      // import what they share from it.
      output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
          environment: 'node',
          env: TEST_ENV,
          setupFiles: ['test/setup/env.ts'],
          benchmark: {
            include: ['test/**/*.bench.ts'],
            exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          env: TEST_ENV,
          setupFiles: ['test/setup/env.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser + one preview server per file, files run one after another in one worker.
          fileParallelism: false,
          maxWorkers: 1,
          pool: 'forks',
        },
      },
    ],
  },
});
