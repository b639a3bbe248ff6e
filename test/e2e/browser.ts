/**
 * End-to-end test harness: a system Chromium driven by playwright-core, and Vite's preview
 * server serving the already-built `dist/` folder (`npm run test:e2e` builds it first).
 *
 * Nothing here downloads a browser: Chromium comes from Debian (`apt-get install chromium`)
 * or from the path in the CHROMIUM_PATH environment variable.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import axe from 'axe-core';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { preview } from 'vite';

/** Repository root (this file lives in test/e2e/). */
export const ROOT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST_DIR = resolve(ROOT_DIR, 'dist');

const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Containers often have a tiny /dev/shm; use /tmp for shared memory instead.
  '--disable-dev-shm-usage',
];

/** Deterministic browser context: fixed locale, time zone, viewport and motion preference. */
export const DEFAULT_CONTEXT_OPTIONS: BrowserContextOptions = {
  locale: 'en-US',
  timezoneId: 'UTC',
  viewport: { width: 1280, height: 800 },
  deviceScaleFactor: 1,
  reducedMotion: 'reduce',
  colorScheme: 'light',
  // The production build registers a service worker (offline use). Tests that are not about it must see the
  // network as it is, so it is blocked here; test/e2e/offline.test.ts allows it in its own contexts.
  serviceWorkers: 'block',
};

/**
 * Path of the Chromium executable: `$CHROMIUM_PATH` if set, else `/usr/bin/chromium`.
 * Throws with install instructions when neither exists.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `CHROMIUM_PATH is set to "${fromEnv}", but no file exists there. ` +
        'Point CHROMIUM_PATH at a Chromium/Chrome executable, or unset it and install Chromium with: ' +
        'apt-get update && apt-get install -y chromium',
    );
  }
  if (existsSync(DEFAULT_CHROMIUM_PATH)) return DEFAULT_CHROMIUM_PATH;
  throw new Error(
    `Chromium was not found at ${DEFAULT_CHROMIUM_PATH} and CHROMIUM_PATH is not set. ` +
      'Install it with: apt-get update && apt-get install -y chromium ' +
      '(prefix with sudo if not root), or set CHROMIUM_PATH to the path of a Chromium/Chrome executable.',
  );
}

/** Launches headless Chromium, with `extraArgs` after ours. Close it with `browser.close()` (e.g. in `afterAll`). */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    timeout: 60_000,
  });
}

/** A fresh context + page with {@link DEFAULT_CONTEXT_OPTIONS} (overridable). */
export async function newPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...DEFAULT_CONTEXT_OPTIONS, ...options });
  const page = await context.newPage();
  return { context, page };
}

export interface PreviewServerHandle {
  /** Base URL of the app, with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves the already-built `dist/` folder with Vite's preview server on 127.0.0.1 and a free
 * port chosen by the OS. Run `vite build` first (`npm run test:e2e` does).
 */
export async function startPreviewServer(distDir = DIST_DIR): Promise<PreviewServerHandle> {
  if (!existsSync(resolve(distDir, 'index.html'))) {
    throw new Error(
      `No built app at ${distDir}/index.html. Run \`npm run build\` first (\`npm run test:e2e\` builds it).`,
    );
  }
  const server = await preview({
    root: ROOT_DIR,
    configFile: resolve(ROOT_DIR, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: distDir },
    preview: {
      host: '127.0.0.1',
      port: 0, // let the OS pick a free port
      strictPort: true,
      open: false,
    },
  });
  const address = server.httpServer.address() as AddressInfo | string | null;
  if (address === null || typeof address === 'string') {
    await server.close();
    throw new Error(`Vite preview server is not listening on a TCP port (address: ${String(address)})`);
  }
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => server.close(),
  };
}

export type AxeViolation = axe.Result;

/**
 * Injects axe-core into the page and runs it on the whole document; returns only the
 * violations whose impact is `serious` or `critical`.
 */
export async function runAxe(page: Page, options: axe.RunOptions = {}): Promise<AxeViolation[]> {
  const alreadyLoaded = await page.evaluate(() => 'axe' in window);
  if (!alreadyLoaded) await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(async (runOptions) => {
    const w = window as unknown as { axe: typeof axe };
    return w.axe.run(document, runOptions);
  }, options);
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** One line per violation, for readable assertion messages. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `[${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.nodes.length} node(s): ` +
        `${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')})`,
    )
    .join('\n');
}
