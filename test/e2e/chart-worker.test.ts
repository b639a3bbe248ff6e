// The charts are drawn by a worker into canvases the page hands it (issue #9), or, where a browser has no
// OffscreenCanvas, by the same renderer on the main thread. Both must draw the data the pure chart builders give
// for the scenario, after every step; tooltips follow the pointer in the worker too.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { decodeScenario, DEFAULT_RANGES, project } from '../../models/index.ts';
import { buildCharts } from '../../src/lib/charts/index.ts';
import { liveDigest } from '../../src/lib/charts/renderer.ts';
import { LIGHT_THEME } from '../../src/lib/charts/theme.ts';
import { pinLabel } from '../../src/lib/pins.ts';
import { DEFAULT_CONTEXT_OPTIONS } from './browser.ts';
import {
  canvasPixels,
  CHART_IDS,
  expectedForLink,
  kpiText,
  openApp,
  poll,
  useApp,
  waitForCharts,
} from './page-helpers.ts';

/**
 * What each chart of a link must show: the builders' labels and data (hashed as the page hashes what chart.js
 * holds) and subtitle.
 */
function expectedDigests(query: string): Record<string, string> {
  const { values, extras } = decodeScenario(query).scenario;
  const pins = (extras?.pins ?? []).map((pin, i) => ({
    label: pinLabel(pin, i),
    projection: project(pin.values),
  }));
  const specs = buildCharts(project(values), values, LIGHT_THEME, { pins });
  return Object.fromEntries(
    specs.map((s) => [s.id, `${liveDigest({ data: s.config.data } as never)} ${s.subtitle}`]),
  );
}

async function drawnDigests(page: Page): Promise<Record<string, string>> {
  return page.$$eval('.charts figure[data-chart]', (figures) =>
    Object.fromEntries(
      figures.map((f) => [
        f.getAttribute('data-chart'),
        `${f.getAttribute('data-digest')} ${f.querySelector('[data-testid="chart-subtitle"]')?.textContent?.trim()}`,
      ]),
    ),
  );
}

/** Whether the page's chart canvases were handed to a worker (a transferred canvas gives no context). */
async function drawnInWorker(page: Page): Promise<boolean> {
  return page.$eval('figure[data-chart] canvas', (c) => {
    try {
      (c as HTMLCanvasElement).getContext('2d');
      return false;
    } catch {
      return true;
    }
  });
}

// Every default range held fixed: nothing to simulate, so no fan band is drawn over the charts (a simulation's
// bands arrive at a time of their own, and are tested in uncertainty.test.ts).
const NO_RANGES = DEFAULT_RANGES.map((r) => `r.${r.id}=off`).join('&');

/** Three steps of the 2030 revenue slider, then every chart must show the result. */
async function stepAndCompare(page: Page, start = `?preset=seeds-2025&${NO_RANGES}`): Promise<void> {
  await openApp(page, new URL(page.url()).origin + '/', start);
  expect(await drawnDigests(page)).toEqual(expectedDigests(start));
  await page.focus('#key-rev2030');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  const moved = `${start}&rev2030=${Number(await page.inputValue('#key-rev2030'))}`;
  await poll(() => kpiText(page, 'msftTotalValueNpv')).toBe(expectedForLink(moved).kpis.msftTotalValueNpv);
  await waitForCharts(page);
  const after = await drawnDigests(page);
  expect(after).toEqual(expectedDigests(moved));
  for (const id of CHART_IDS) expect(after[id], id).not.toBe(expectedDigests(start)[id]);
  // One chart.js chart per card, whatever was redrawn.
  expect(await page.getAttribute('html', 'data-live-charts')).toBe(String(CHART_IDS.length));
}

describe('charts drawn in a worker, or on the main thread without OffscreenCanvas', () => {
  const app = useApp({ viewport: { width: 1440, height: 900 } });

  it('the worker draws the data the builders give, before and after slider steps', async () => {
    const { page } = app;
    await page.goto(app.server.url);
    await stepAndCompare(page);
    expect(await drawnInWorker(page)).toBe(true);
  });

  it('index.html starts the worker that draws (before the page’s code loads), and the page starts no other', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const html = await (await page.request.get(app.server.url)).text();
    const started = /new Worker\("\.\/(assets\/chartWorker-[\w-]+\.js)"/.exec(html)?.[1];
    expect(started).toBeDefined();
    // Before the page's module script, which would otherwise start it.
    expect(html.indexOf('new Worker(')).toBeLessThan(html.indexOf('<script type="module"'));
    const chartWorkers = page.workers().filter((w) => w.url().includes('/assets/chartWorker-'));
    expect(chartWorkers.map((w) => new URL(w.url()).pathname)).toEqual([`/${started}`]);
    // chartHost.ts took it from where index.html left it.
    expect(await page.evaluate(() => '__chartWorker' in window)).toBe(false);
    expect(await drawnInWorker(page)).toBe(true);
  });

  it('the page loads its own copy of the chart builders only after the first chart is drawn', async () => {
    const { page } = app;
    // The report of the first chart drawn first sets the page's count of live charts, then tells the waiting
    // parts of the page: an observer of that count runs before any of them. It stops at the first chart, so it
    // stays harmless for the later tests on this page.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const live = Number(document.documentElement?.dataset.liveCharts ?? 0);
        if (live === 0) return;
        (window as unknown as { firstDrawn: number }).firstDrawn = performance.now();
        observer.disconnect();
        // The script runs before the document has its root element: watch the document for it.
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-live-charts'] });
    });
    await openApp(page, app.server.url);
    // The cards on screen read the builders for their subtitles as soon as they mount: that must not start the
    // load, which would take a core from the worker drawing the first chart.
    const builders = () =>
      page.evaluate(
        () =>
          performance.getEntriesByType('resource').find((e) => /\/assets\/charts-[\w-]+\.js$/.test(e.name))
            ?.startTime,
      );
    await poll(builders).toBeGreaterThan(0);
    const firstDrawn = await page.evaluate(() => (window as unknown as { firstDrawn: number }).firstDrawn);
    expect(firstDrawn).toBeGreaterThan(0);
    expect(await builders()).toBeGreaterThanOrEqual(firstDrawn);
  });

  it('the assumption groups mount after the first chart, two frames after its report, not in the frame showing it', async () => {
    const { page } = app;
    // Counts animation frames from the start, and notes the count when the first chart's report marks its figure
    // and when the first assumption group (after the key assumptions) appears. Both observers stop there.
    await page.addInitScript(() => {
      const w = window as unknown as {
        frames: number;
        drawnAt?: number;
        groupAt?: number;
        keyOnly?: boolean;
      };
      w.frames = 0;
      const count = () => {
        w.frames++;
        if (w.groupAt === undefined) requestAnimationFrame(count);
      };
      requestAnimationFrame(count);
      new MutationObserver((_, observer) => {
        if (w.drawnAt === undefined && document.querySelector('figure[data-drawn-version]')) {
          w.drawnAt = w.frames;
          w.keyOnly = document.querySelector('.assumption-groups details.group:not(.key-group)') === null;
        }
        if (document.querySelector('.assumption-groups details.group:not(.key-group)')) {
          w.groupAt = w.frames;
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await openApp(page, app.server.url);
    const seen = await page.evaluate(() => {
      const w = window as unknown as { drawnAt?: number; groupAt?: number; keyOnly?: boolean };
      return { drawnAt: w.drawnAt, groupAt: w.groupAt, keyOnly: w.keyOnly };
    });
    // Before the first chart only the key assumptions were there.
    expect(seen.keyOnly).toBe(true);
    // Mounting the groups (tens of milliseconds) waits until the frame carrying the first chart has been produced:
    // started in the task after the report, it held that frame up.
    expect(seen.groupAt! - seen.drawnAt!).toBeGreaterThanOrEqual(2);
  });

  it('pinned scenarios stay drawn over every step (the page sends them once, the worker keeps them)', async () => {
    const { page } = app;
    await page.goto(app.server.url);
    const start = `?preset=seeds-2025&${NO_RANGES}&pin1=original-2019`;
    await stepAndCompare(page, start);
    const pinned = expectedDigests(start);
    const unpinned = expectedDigests(`?preset=seeds-2025&${NO_RANGES}`);
    // The pin is in the charts it is drawn over, so the comparison above saw it.
    expect(CHART_IDS.some((id) => pinned[id] !== unpinned[id])).toBe(true);
  });

  it('a subtitle on screen changes with the figures, in the same update, without waiting for the renderer', async () => {
    const { page } = app;
    await page.goto(app.server.url);
    const start = `?preset=seeds-2025&${NO_RANGES}`;
    await openApp(page, new URL(page.url()).origin + '/', start);
    // The renderer no longer reports: whatever the subtitle shows from now on, the page built it.
    const renderer = page.workers().find((w) => w.url().includes('chartWorker'));
    expect(renderer, 'the chart worker').toBeDefined();
    await renderer!.evaluate(() => {
      self.postMessage = () => {};
    });
    const expected = (rev2030: number) => {
      const query = `${start}&rev2030=${rev2030}`;
      const { values } = decodeScenario(query).scenario;
      return {
        kpi: expectedForLink(query).kpis.revenueSharePaidThrough2030,
        subtitle: buildCharts(project(values), values, LIGHT_THEME).find((c) => c.id === 'revenue-share')!
          .subtitle,
      };
    };
    const shown = () =>
      page.evaluate(() => ({
        kpi: document
          .querySelector('[data-kpi="revenueSharePaidThrough2030"] [data-testid="kpi-value"]')!
          .textContent!.trim(),
        subtitle: document
          .querySelector('figure[data-chart="revenue-share"] [data-testid="chart-subtitle"]')!
          .textContent!.trim(),
      }));
    await page.focus('#key-rev2030');
    // The page's builders load after the first chart: the first step's subtitle may wait for them.
    await page.keyboard.press('ArrowRight');
    const first = expected(Number(await page.inputValue('#key-rev2030')));
    await poll(shown).toEqual(first);
    // Read as soon as the key press is handled, before any frame: the figure and the subtitle move together.
    await page.keyboard.press('ArrowRight');
    const second = expected(Number(await page.inputValue('#key-rev2030')));
    expect(second.subtitle).not.toBe(first.subtitle);
    expect(await shown()).toEqual(second);
  });

  /** A page in a browser that cannot hand a canvas to a worker. */
  async function fallbackPage(): Promise<Page> {
    const context = await app.browser.newContext({
      ...DEFAULT_CONTEXT_OPTIONS,
      viewport: { width: 1440, height: 900 },
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => app.seen.pageErrors.push(e.message));
    await page.addInitScript(() => {
      delete (HTMLCanvasElement.prototype as { transferControlToOffscreen?: unknown })
        .transferControlToOffscreen;
    });
    return page;
  }

  it('the main-thread fallback draws the same data', async () => {
    const page = await fallbackPage();
    try {
      await page.goto(app.server.url);
      await stepAndCompare(page);
      expect(await drawnInWorker(page)).toBe(false);
    } finally {
      await page.context().close();
    }
  });

  async function hoverShowsTooltip(page: Page) {
    await openApp(page, app.server.url);
    const figure = page.locator('figure[data-chart="revenue-share"]');
    const canvas = figure.locator('canvas');
    await figure.scrollIntoViewIfNeeded();
    await waitForCharts(page);
    const box = (await canvas.boundingBox())!;
    const [top, right, bottom, left] = (await canvas.getAttribute('data-plot-area'))!.split(' ').map(Number);
    // Years 2025–2035 on a category axis: 2028 is the fourth of eleven slots.
    const x = box.x + left! + ((right! - left!) * 3.5) / 11;
    await page.mouse.move(x, box.y + (top! + bottom!) / 2);
    await poll(() => figure.getAttribute('data-tooltip')).toMatch(/^2028\n/);
    const tooltip = (await figure.getAttribute('data-tooltip'))!.split('\n');

    await figure.getByRole('button', { name: 'View as table' }).click();
    const row = figure.locator('tbody tr', { has: page.locator('th', { hasText: '2028' }) });
    const [rate, paid] = await row.locator('td').allTextContents();
    expect(tooltip).toContain(`Paid: ${paid}`);
    expect(tooltip).toContain(`Rate: ${rate}`);
    await figure.getByRole('button', { name: 'View as chart' }).click();

    await page.mouse.move(box.x + box.width / 2, box.y - 40); // off the chart
    await poll(() => figure.getAttribute('data-tooltip')).toBeNull();
  }

  it('worker: switching to dark redraws every chart in the dark theme, with the same data', async () => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: 'light' });
    await openApp(page, app.server.url, `?${NO_RANGES}`);
    const digests = await drawnDigests(page);
    const light = await canvasPixels(page, 'revenue-share');
    const version = Number(await page.getAttribute('html', 'data-chart-version'));
    await page.emulateMedia({ colorScheme: 'dark' });
    await poll(() => page.getAttribute('html', 'data-chart-version')).toBe(String(version + 1));
    await waitForCharts(page);
    expect(await drawnDigests(page)).toEqual(digests);
    expect(await canvasPixels(page, 'revenue-share')).not.toBe(light);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('worker: hovering a bar shows its tooltip with the figures of the table; leaving hides it', async () => {
    await hoverShowsTooltip(app.page);
  });

  it('main-thread fallback: the same tooltip', async () => {
    const page = await fallbackPage();
    try {
      await hoverShowsTooltip(page);
      expect(await drawnInWorker(page)).toBe(false);
    } finally {
      await page.context().close();
    }
  });
});
