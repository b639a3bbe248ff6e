import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// Deterministic test environment: every test worker is forked from this process and inherits
// these variables, so dates and Intl formatting do not depend on the machine running the tests.
const TEST_ENV = { TZ: 'UTC', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' } as const;
if (process.env.VITEST) Object.assign(process.env, TEST_ENV);

export default defineConfig({
  base: './',
  plugins: [svelte()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
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
