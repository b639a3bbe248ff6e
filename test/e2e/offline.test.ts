// Offline (issue #12): after a first visit the page works with the network gone, and a new build is picked up
// without leaving the old one behind. These contexts allow service workers (the others block them).
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  DEFAULT_CONTEXT_OPTIONS,
  DIST_DIR,
  formatViolations,
  launchBrowser,
  ROOT_DIR,
  runAxe,
} from './browser.ts';
import { expectedForLink, kpiText, poll, waitForCharts, watchPage } from './page-helpers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A static host whose folder can be swapped, as a deploy swaps one build for the next. */
function staticHost(): { server: Server; setRoot: (dir: string) => void; listen: () => Promise<string> } {
  let root = DIST_DIR;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return {
    server,
    setRoot: (dir) => (root = dir),
    listen: () =>
      new Promise((done) =>
        server.listen(0, '127.0.0.1', () =>
          done(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`),
        ),
      ),
  };
}

async function controlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

describe('offline and updates', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let url: string;
  let secondBuild: string;
  const host = staticHost();

  beforeAll(async () => {
    // The second build: the same app with one change to its page (what any deploy changes: a file's content).
    secondBuild = mkdtempSync(join(tmpdir(), 'deal-explorer-build-'));
    await build({
      root: ROOT_DIR,
      configFile: resolve(ROOT_DIR, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: secondBuild, emptyOutDir: true },
      plugins: [
        {
          name: 'test:second-build',
          transformIndexHtml: (html: string) =>
            html.replace('</head>', '<meta name="build-mark" content="second" /></head>'),
        },
      ],
    });
    [browser, url] = await Promise.all([launchBrowser(), host.listen()]);
    context = await browser.newContext({ ...DEFAULT_CONTEXT_OPTIONS, serviceWorkers: 'allow' });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await new Promise((done) => host.server.close(done));
    if (secondBuild) rmSync(secondBuild, { recursive: true, force: true });
  });

  it('works offline after the first visit: the page, another scenario, a preset page and an embed', async () => {
    const seen = watchPage(page);
    const query = '?preset=seeds-2025&v=2&shareEnd=10';
    await page.goto(`${url}${query}`);
    await waitForCharts(page);
    await controlled(page);
    await context.setOffline(true);
    try {
      await page.reload();
      await waitForCharts(page);
      expect(await kpiText(page, 'msftTotalValueNpv')).toBe(expectedForLink(query).kpis.msftTotalValueNpv);
      // A scenario never opened before: the app's page from the cache, the scenario from its link.
      await page.goto(`${url}?preset=bubble&v=2`);
      await waitForCharts(page);
      expect(await kpiText(page, 'msftTotalValueNpv')).toBe(
        expectedForLink('?preset=bubble&v=2').kpis.msftTotalValueNpv,
      );
      await page.goto(`${url}p/agi-early/`);
      await waitForCharts(page);
      expect(await page.inputValue('#preset-select')).toBe('agi-early');
      await page.goto(`${url}?embed=compute`);
      await page.waitForFunction(
        () => (document.querySelector<HTMLCanvasElement>('.embed canvas')?.width ?? 0) > 0,
      );
    } finally {
      await context.setOffline(false);
    }
    expect(seen.pageErrors).toEqual([]);
  });

  it('a new build takes over: the open page says so, the next load is the new build, the old files are gone', async () => {
    await page.goto(url);
    await waitForCharts(page);
    await controlled(page);
    expect(await page.locator('meta[name="build-mark"]').count()).toBe(0);
    host.setRoot(secondBuild);
    // Any navigation checks for a new worker; this page is still the old build, served from its cache.
    await page.reload();
    await waitForCharts(page);
    const notice = page.locator('.update-notice');
    await notice.waitFor({ timeout: 30_000 });
    expect((await notice.textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      'A new version of Deal Explorer is available. Reload',
    );
    expect(formatViolations(await runAxe(page, { resultTypes: ['violations'] })), 'with the notice').toBe('');
    await notice.getByRole('button', { name: 'Reload' }).click();
    await poll(() => page.locator('meta[name="build-mark"]').count()).toBe(1);
    await waitForCharts(page);
    // Offline, the new build is what the cache holds: nothing of the old one lingers.
    await context.setOffline(true);
    try {
      await page.reload();
      await waitForCharts(page);
      expect(await page.locator('meta[name="build-mark"]').count()).toBe(1);
    } finally {
      await context.setOffline(false);
    }
    const stored = await page.evaluate(async () => {
      const names = await caches.keys();
      const entries = await Promise.all(
        names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)),
      );
      return { names, entries: entries.flat() };
    });
    expect(stored.names.filter((n) => n.includes('precache'))).toHaveLength(1);
    const index = stored.entries.filter((u) => new URL(u).pathname === '/index.html');
    expect(index).toHaveLength(1);
  });
});
