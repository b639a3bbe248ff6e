// UI latency benchmark of the production build in headless Chromium at 1440×900:
//   npm run bench:ui            (builds, then runs this script)
//   npx tsx test/bench-ui/slider-latency.ts [presses] [drag moves]   (after `npm run build`)
//   FIRST_LOAD_ONLY=1 [LOADS=9] [REPEAT_LOADS=…] [PREV_DIST=…] npx tsx test/bench-ui/slider-latency.ts   (the first load alone)
//   STEP_COST_ONLY=1 [PREV_DIST=…] npx tsx test/bench-ui/slider-latency.ts   (main-thread work per step alone)
//
// Key-press latency is Chromium's own input-to-screen measure, the EventLatency trace events that Chrome's INP
// metric is built on: from the input event's timestamp to the presentation of the first frame that shows what its
// handlers changed. Here that is the key press, the scenario update, Svelte's DOM update, chart.js redrawing the
// charts on screen, style, layout, paint, raster and the compositor drawing the frame. The trace records only the
// `input` category, so tracing costs next to nothing. Inputs are spaced 40–56 ms apart, so they never queue and
// land at every phase of the 60 Hz frame clock. Drag steps are measured by a probe in the page (see dragLatency).
//
// The same measurement on a page holding one slider and one text node is the floor: what any page scores here.
// It is repeated with the frame clock unthrottled (--disable-frame-rate-limit --disable-gpu-vsync), which leaves
// out the wait for the next frame and shows what the page's own work costs from input to screen.
//
// Main-thread work per slider step (issue #9): Chromium's TaskDuration (DevTools protocol, Performance.getMetrics)
// read before each key press and once the step has settled (taskDuration.ts), 15 steps on each of the 8 key
// assumptions, which between them move every chart on screen, each step crossing the slider's preset value. Beside
// it, the same probe with every step off the preset, on the page with its slider events stopped (the slider's thumb
// moves, nothing else: the page's size, layers and observers alone), on the page with its charts hidden, on the
// one-slider page, and, with PREV_DIST=<dist of an earlier build>, on that build.
//
// First load: when the first chart has pixels on screen (relative to navigation start), and the gzipped size of
// the JavaScript the page loads before it can paint (the scripts and module preloads in dist/index.html, and the
// chart worker, which draws the first chart). Then, apart, a returning visitor's first chart (the service worker's
// cache).
//
// Memory over 1,000 steps (MEMORY_STEPS): the main thread's and the chart worker's JavaScript heaps after garbage
// collection, the page's DOM nodes, canvases and workers, before and after.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

import type { Browser, Page } from 'playwright-core';

import { KEY_ASSUMPTIONS, PARAM_BY_ID, type NumberMeta } from '../../models/index.ts';
import { DIST_DIR, launchBrowser, newPage, startPreviewServer } from '../e2e/browser.ts';
import { eventLatencies, type Trace } from './eventLatency.ts';
import { mainThreadPerStep } from './taskDuration.ts';

const PRESSES = Number(process.argv[2] ?? 200);
const DRAG_MOVES = Number(process.argv[3] ?? 100);
const WARMUP = 10;
const LOADS = Number(process.env.LOADS ?? 5);
/** Returning visits (REPEAT_LOADS=0 leaves them out): see repeatVisit. */
const REPEAT_LOADS = Number(process.env.REPEAT_LOADS ?? LOADS);
/** FIRST_LOAD_ONLY=1 measures the first load alone (with PREV_DIST beside it), and nothing after it. */
const FIRST_LOAD_ONLY = process.env.FIRST_LOAD_ONLY === '1';
/** STEP_COST_ONLY=1 measures the main-thread work per step alone (with PREV_DIST beside it), and nothing else. */
const STEP_COST_ONLY = process.env.STEP_COST_ONLY === '1';
const TARGET_P95_MS = 16;
const VIEWPORT = { width: 1440, height: 900 };
/** The 2030 revenue slider, in Key assumptions: it moves every chart. */
const SLIDER = '#key-rev2030';
const REV_2030 = PARAM_BY_ID.get('rev2030') as NumberMeta;
/** The key assumptions' sliders, at the top of the assumptions panel. */
const STEP_SLIDERS = KEY_ASSUMPTIONS.map((id) => `#key-${id}`);
const STEPS_PER_SLIDER = Number(process.env.STEPS_PER_SLIDER ?? 15);
const MEMORY_STEPS = Number(process.env.MEMORY_STEPS ?? 1000);
/** An earlier build's dist/ to measure beside this one (e.g. main at the branch point, built in /tmp). */
const PREV_DIST = process.env.PREV_DIST;
const MAIN_THREAD_TARGET = { median: 6, p95: 12 };
const UNTHROTTLED = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];
/** A page with nothing but a slider and the text it sets. */
const FLOOR_PAGE =
  '<input id="s" type="range" min="0" max="100" value="50"><p id="o">50</p>' +
  '<script>s.oninput = () => { o.textContent = s.value; };</script>';

interface Stats {
  n: number;
  median: number;
  p95: number;
  max: number;
}

function stats(samples: readonly number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? NaN };
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function statsLine(label: string, s: Stats): string {
  return `${label.padEnd(62)} n=${s.n}  median ${ms(s.median).padStart(8)}  p95 ${ms(s.p95).padStart(8)}  max ${ms(s.max).padStart(8)}`;
}

/**
 * Presses ArrowRight and ArrowLeft in turn on the focused slider (a warm-up, then PRESSES under an `input`-category
 * trace); returns each press's EventLatency in ms.
 */
async function keyPressLatencies(browser: Browser, page: Page): Promise<number[]> {
  const input = (i: number) => page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
  for (let i = 0; i < WARMUP; i++) await input(i);
  await page.waitForTimeout(100);
  await browser.startTracing(page, { categories: ['input'] });
  for (let i = 0; i < PRESSES; i++) {
    await input(i);
    await page.waitForTimeout(40 + ((i * 7) % 17)); // let it reach the screen; vary the phase against the frame clock
  }
  await page.waitForTimeout(200);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as Trace;
  const { presented, unpresented } = eventLatencies(trace, 'KEY_PRESSED');
  if (presented.length < PRESSES * 0.9) {
    throw new Error(
      `expected ${PRESSES} key-press latencies in the trace, found ${presented.length} ` +
        `(and ${unpresented} that ended without a presented frame)`,
    );
  }
  return presented;
}

const headlineFigure = (page: Page) =>
  page.textContent('[data-kpi="msftTotalValueNpv"] [data-testid="kpi-value"]');

async function openApp(browser: Browser, url: string, hideCharts = false) {
  const { context, page } = await newPage(browser, { viewport: VIEWPORT });
  // A returning visitor: the guided first visit (src/lib/tour.ts) would take focus and paint over the page.
  await context.addInitScript(() => {
    if (location.protocol !== 'about:')
      localStorage.setItem('deal-explorer.tour', JSON.stringify({ version: 1, seen: true }));
  });
  await page.goto(url);
  await page.waitForSelector('figure[data-chart] canvas');
  if (hideCharts) await page.addStyleTag({ content: '.charts { display: none; }' });
  await page.waitForTimeout(500);
  return { context, page };
}

/**
 * Key presses on the revenue slider, alternating right and left. `offPreset` first moves it one step, so every
 * press stays off the preset (the usual case while exploring); otherwise every other press returns to the preset,
 * which also adds and removes the "changed" marks and the change lines under the headline figures. `hideCharts`
 * measures the page without its charts: what would remain if chart.js drew them somewhere else.
 */
async function keyboardLatency(
  browser: Browser,
  url: string,
  offPreset: boolean,
  hideCharts = false,
): Promise<number[]> {
  const { context, page } = await openApp(browser, url, hideCharts);
  await page.focus(SLIDER);
  if (offPreset) await page.keyboard.press('ArrowRight');
  const before = await headlineFigure(page);
  await page.keyboard.press('ArrowRight');
  if ((await headlineFigure(page)) === before)
    throw new Error('a key press did not change the headline figure');
  await page.keyboard.press('ArrowLeft');
  const latencies = await keyPressLatencies(browser, page);
  await context.close();
  return latencies;
}

/**
 * Pointer drag on the revenue slider: one press, then moves back and forth 1.5 steps of the $5B slider.
 *
 * Chromium ends its EventLatency spans for drag steps once the main thread has handled them, without the frame
 * (pointer moves are delivered at the start of a frame), so they cannot say when a step reached the screen. A probe
 * in the page measures instead, from each pointermove's timestamp to the second requestAnimationFrame after it: the
 * first rAF runs in the frame that carries the update, the second once that frame has been produced. That is an
 * upper bound, up to one frame interval above the presentation time.
 */
async function dragLatency(browser: Browser, url: string): Promise<number[]> {
  const { context, page } = await openApp(browser, url);
  await page.locator(SLIDER).scrollIntoViewIfNeeded();
  const box = await page.locator(SLIDER).boundingBox();
  if (!box) throw new Error(`${SLIDER} has no box`);
  const y = box.y + box.height / 2;
  const x = box.x + box.width / 2;
  const stepPx = (box.width / ((REV_2030.max - REV_2030.min) / REV_2030.step)) * 1.5;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const before = await headlineFigure(page);
  await page.mouse.move(x + stepPx, y);
  if ((await headlineFigure(page)) === before)
    throw new Error('a drag step did not change the headline figure');
  const move = (i: number) => page.mouse.move(i % 2 === 0 ? x : x + stepPx, y);
  for (let i = 0; i < WARMUP; i++) await move(i);
  // A string, not a function: tsx's keepNames would wrap a function in a helper the page does not have.
  await page.evaluate(`
    window.__drag = [];
    addEventListener('pointermove', (e) => {
      requestAnimationFrame(() => requestAnimationFrame(() => window.__drag.push(performance.now() - e.timeStamp)));
    }, { capture: true });
  `);
  for (let i = 0; i < DRAG_MOVES; i++) {
    await move(i);
    await page.waitForFunction(`window.__drag.length >= ${i + 1}`, null, { polling: 'raf' });
    await page.waitForTimeout((i * 7) % 17); // vary the phase against the frame clock
  }
  const latencies = (await page.evaluate('window.__drag')) as number[];
  await page.mouse.up();
  await context.close();
  return latencies;
}

async function floorLatency(browser: Browser): Promise<number[]> {
  const { context, page } = await newPage(browser, { viewport: VIEWPORT });
  await page.setContent(FLOOR_PAGE);
  await page.focus('#s');
  const latencies = await keyPressLatencies(browser, page);
  await context.close();
  return latencies;
}

type TimeDomain = 'timeTicks' | 'threadTicks';

/**
 * Main-thread ms per step on the 8 key sliders (see taskDuration.ts), as wall time (`timeTicks`, the protocol's
 * default) or as the thread's CPU time (`threadTicks`, which leaves out time the thread waited for a core: on this
 * shared 2-core machine, waking the chart worker often costs the main thread its core for a while).
 * `hideCharts` as in keyboardLatency; `offPreset` as in mainThreadPerStep. `sliderOnly` stops each slider's input
 * and change events before the page sees them, so a step moves the slider's thumb and nothing else: what a step
 * costs this page with none of its figures, charts or marks to update (its size, layers and observers, and the
 * probe's frames), beside the floor page's. The step less this is the cost of what the page updates.
 */
async function stepCost(
  browser: Browser,
  url: string,
  domain: TimeDomain,
  { hideCharts = false, offPreset = false, sliderOnly = false } = {},
) {
  const { context, page } = await openApp(browser, url, hideCharts);
  // The parts of the page that load after the first chart (components/Deferred.svelte) are in place first: their
  // loading and mounting is first-load work, which would otherwise land in the first slider's steps.
  await page.waitForFunction('document.querySelector(".deferred") === null');
  if (sliderOnly)
    await page.evaluate(`for (const type of ['input', 'change'])
      addEventListener(type, (e) => e.stopImmediatePropagation(), { capture: true });`);
  const headline = await headlineFigure(page);
  const samples = await mainThreadPerStep(page, STEP_SLIDERS, STEPS_PER_SLIDER, domain, { offPreset });
  if (sliderOnly && (await headlineFigure(page)) !== headline)
    throw new Error("the slider-alone run changed the headline figure: the sliders' events reached the page");
  await context.close();
  return samples;
}

async function floorStepCost(browser: Browser, domain: TimeDomain) {
  const { context, page } = await newPage(browser, { viewport: VIEWPORT });
  await page.setContent(FLOOR_PAGE);
  const samples = await mainThreadPerStep(page, ['#s'], STEPS_PER_SLIDER * STEP_SLIDERS.length, domain);
  await context.close();
  return samples;
}

interface MemoryReading {
  mainHeap: number;
  workerHeap: number | null;
  nodes: number;
  listeners: number;
  canvases: number;
  workers: number;
  /** chart.js charts alive in the renderer (the page's data-live-charts). */
  charts: string | null;
}

/**
 * Memory over `steps` key presses on the revenue slider, each drawn before the next: heaps after garbage
 * collection (the page's, and the chart worker's where there is one), DOM nodes and listeners, canvases and
 * workers, after a warm-up and at the end. Needs a browser started with --js-flags=--expose-gc.
 */
async function memoryOverSteps(browser: Browser, url: string, steps: number) {
  const { context, page } = await openApp(browser, url);
  const cdp = await context.newCDPSession(page);
  const read = async (): Promise<MemoryReading> => {
    await cdp.send('HeapProfiler.collectGarbage');
    const worker = page.workers()[0];
    const workerHeap = worker
      ? await worker.evaluate(
          'globalThis.gc?.(), globalThis.gc?.(), performance.memory?.usedJSHeapSize ?? null',
        )
      : null;
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    return {
      mainHeap: usedSize,
      workerHeap: workerHeap as number | null,
      nodes: dom.nodes,
      listeners: dom.jsEventListeners,
      canvases: await page.evaluate('document.querySelectorAll("canvas").length'),
      workers: page.workers().length,
      charts: await page.getAttribute('html', 'data-live-charts'),
    };
  };
  await page.focus(SLIDER);
  const press = async (i: number) => {
    await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    if (i % 2 === 0) await page.keyboard.press('ArrowRight'); // drift, so scenarios keep changing
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  };
  for (let i = 0; i < 50; i++) await press(i);
  await page.waitForTimeout(500);
  const before = await read();
  for (let i = 0; i < steps; i++) await press(i);
  await page.waitForTimeout(500);
  const after = await read();
  await context.close();
  return { before, after };
}

/**
 * tsx compiles this file with esbuild's keepNames, which wraps named functions in `__name(...)`; functions sent
 * to the page (page.evaluate, addInitScript) then need that helper there too.
 */
async function newBenchPage(browser: Browser, serviceWorkers: 'allow' | 'block' = 'block') {
  const { context, page } = await newPage(browser, { viewport: VIEWPORT, serviceWorkers });
  await page.addInitScript('globalThis.__name ??= (fn) => fn;');
  return { context, page };
}

async function firstLoad(page: Page, url: string) {
  // Before any page script: watch each frame for a chart canvas with pixels, and remember when that frame was
  // produced (the rAF after the one that saw the pixels).
  await page.addInitScript(() => {
    const w = window as unknown as { __firstChart?: { seen: number; painted: number } };
    // A canvas drawn on the main thread is read back; one handed to the chart worker cannot be, and its figure
    // says when the worker has drawn it (data-drawn-version).
    const hasPixels = (c: HTMLCanvasElement) => {
      if (c.closest<HTMLElement>('figure')?.dataset.drawnVersion !== undefined) return true;
      if (c.width === 0 || c.height === 0) return false;
      let data: Uint8ClampedArray | undefined;
      try {
        data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
      } catch {
        return false; // transferred to a worker that has not drawn yet
      }
      if (!data) return false;
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
      return false;
    };
    const check = () => {
      const canvases = [...document.querySelectorAll<HTMLCanvasElement>('figure[data-chart] canvas')];
      if (canvases.some(hasPixels)) {
        const seen = performance.now();
        requestAnimationFrame(() => (w.__firstChart = { seen, painted: performance.now() }));
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  const jsRequested: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') jsRequested.push(new URL(r.url()).pathname);
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as { __firstChart?: unknown }).__firstChart !== undefined, null, {
    polling: 100,
    timeout: 30_000,
  });
  const metrics = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    const chart = (window as unknown as { __firstChart: { seen: number; painted: number } }).__firstChart;
    return {
      firstChartPainted: chart.painted,
      firstContentfulPaint: fcp,
      domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN,
      load: nav?.loadEventEnd ?? NaN,
    };
  });
  return { ...metrics, jsRequested };
}

/**
 * A returning visitor's load, reported apart from the first load and never instead of it: a first visit installs
 * the service worker, which precaches the build (and Chromium keeps compiled code for the scripts a service worker
 * caches at install); once it controls the page, the same page loads again, from that cache.
 */
async function repeatVisit(browser: Browser, url: string) {
  const { context, page } = await newBenchPage(browser, 'allow');
  await page.goto(url);
  await page.waitForFunction('navigator.serviceWorker.controller !== null', null, { timeout: 30_000 });
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  const load = await firstLoad(page, url);
  await context.close();
  return load;
}

/**
 * Gzipped size of the JS the first chart needs: what dist/index.html loads up front (module scripts and module
 * preloads) and the chart worker it starts.
 */
function firstLoadJs(dist = DIST_DIR): {
  files: { file: string; raw: number; gzip: number }[];
  gzip: number;
  raw: number;
} {
  const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
  ].map((m) => m[1] ?? '');
  const workers = readdirSync(resolve(dist, 'assets'))
    .filter((f) => /^chartWorker-.*\.js$/.test(f))
    .map((f) => `./assets/${f}`);
  const files = [...new Set([...refs, ...workers])].map((ref) => {
    const bytes = readFileSync(resolve(dist, ref.replace(/^\.?\//, '')));
    return { file: ref, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return {
    files,
    raw: files.reduce((a, f) => a + f.raw, 0),
    gzip: files.reduce((a, f) => a + f.gzip, 0),
  };
}

const server = await startPreviewServer();
const browser = await launchBrowser();
try {
  const chromiumVersion = browser.version();

  // ── First load ────────────────────────────────────────────────────────────────────────────────────────
  // Loads of this build and the previous one in turn, so both meet the same load on the machine.
  const prevLoadServer = PREV_DIST ? await startPreviewServer(PREV_DIST) : undefined;
  const loads: Awaited<ReturnType<typeof firstLoad>>[] = [];
  const prevLoads: typeof loads = [];
  for (let i = 0; i < (STEP_COST_ONLY ? 0 : LOADS); i++) {
    const { context, page } = await newBenchPage(browser);
    loads.push(await firstLoad(page, server.url));
    await context.close();
    if (prevLoadServer) {
      const prev = await newBenchPage(browser);
      prevLoads.push(await firstLoad(prev.page, prevLoadServer.url));
      await prev.context.close();
    }
  }
  // Returning visits, this build's and the previous one's in turn.
  const repeats: typeof loads = [];
  const prevRepeats: typeof loads = [];
  for (let i = 0; i < REPEAT_LOADS; i++) {
    repeats.push(await repeatVisit(browser, server.url));
    if (prevLoadServer) prevRepeats.push(await repeatVisit(browser, prevLoadServer.url));
  }
  await prevLoadServer?.close();
  const js = firstLoadJs();
  const prevJs = PREV_DIST ? firstLoadJs(PREV_DIST) : undefined;
  const firstLoadLines = () => {
    const chart = stats(loads.map((l) => l.firstChartPainted));
    const fcp = stats(loads.map((l) => l.firstContentfulPaint));
    const dcl = stats(loads.map((l) => l.domContentLoaded));
    const prev = (pick: (l: (typeof loads)[number]) => number) => ms(stats(prevLoads.map(pick)).median);
    return [
      `First load (${LOADS} loads, fresh context each; ms from navigation start)`,
      `  first chart painted      median ${ms(chart.median)}  (min ${ms(Math.min(...loads.map((l) => l.firstChartPainted)))}, max ${ms(chart.max)})`,
      ...(prevLoads.length > 0
        ? [`  previous build: first chart painted median ${prev((l) => l.firstChartPainted)}`]
        : []),
      `  first contentful paint   median ${ms(fcp.median)}` +
        (prevLoads.length > 0 ? `  (previous build ${prev((l) => l.firstContentfulPaint)})` : ''),
      `  DOMContentLoaded         median ${ms(dcl.median)}` +
        (prevLoads.length > 0 ? `  (previous build ${prev((l) => l.domContentLoaded)})` : ''),
      ...(repeats.length > 0
        ? [
            `  returning visit (service worker cache, ${REPEAT_LOADS} loads): first chart painted median ` +
              ms(stats(repeats.map((l) => l.firstChartPainted)).median) +
              (prevRepeats.length > 0
                ? `  (previous build ${ms(stats(prevRepeats.map((l) => l.firstChartPainted)).median)})`
                : ''),
          ]
        : []),
      `  JS requested by the page: ${[...new Set(loads.flatMap((l) => l.jsRequested))].join(', ')}`,
      '',
      'First-load JavaScript (referenced by dist/index.html)',
      ...js.files.map((f) => `  ${f.file}  ${kb(f.raw)} raw, ${kb(f.gzip)} gzip`),
      `  total: ${kb(js.raw)} raw, ${kb(js.gzip)} gzip (${js.gzip} bytes)`,
      ...(prevJs ? [`  previous build: ${kb(prevJs.raw)} raw, ${kb(prevJs.gzip)} gzip`] : []),
      '',
    ];
  };
  if (FIRST_LOAD_ONLY) {
    console.log(['', ...firstLoadLines()].join('\n'));
    process.exit(0);
  }

  // ── Main-thread work per step ─────────────────────────────────────────────────────────────────────────
  const prevServer = PREV_DIST ? await startPreviewServer(PREV_DIST) : undefined;
  const stepRuns = async (domain: TimeDomain) => ({
    steps: await stepCost(browser, server.url, domain),
    prev: prevServer ? await stepCost(browser, prevServer.url, domain) : undefined,
    offPreset: await stepCost(browser, server.url, domain, { offPreset: true }),
    sliderOnly: await stepCost(browser, server.url, domain, { sliderOnly: true }),
    hidden: await stepCost(browser, server.url, domain, { hideCharts: true }),
    floor: await floorStepCost(browser, domain),
  });
  const wall = await stepRuns('timeTicks');
  const cpu = await stepRuns('threadTicks');
  const stepCostLines = () => [
    `Main-thread work per slider step (Chromium TaskDuration, ${STEPS_PER_SLIDER} steps × ${STEP_SLIDERS.length} key sliders)`,
    ...(
      [
        ['wall time (timeTicks, the protocol default)', wall],
        ['thread CPU time (threadTicks)', cpu],
      ] as const
    ).flatMap(([label, run]) => [
      `  ${label}`,
      statsLine('    this build', stats(run.steps.all)),
      ...Object.entries(run.steps.bySlider).map(([id, v]) => statsLine(`      ${id}`, stats(v))),
      ...(run.prev ? [statsLine(`    previous build (${PREV_DIST})`, stats(run.prev.all))] : []),
      statsLine('    this build, every step off the preset', stats(run.offPreset.all)),
      statsLine('    this build, the slider alone (the page updates nothing)', stats(run.sliderOnly.all)),
      statsLine('    this build, charts hidden (what was below moves up)', stats(run.hidden.all)),
      statsLine('    floor: one-slider page', stats(run.floor.all)),
    ]),
    `  target median ≤ ${MAIN_THREAD_TARGET.median} ms and p95 ≤ ${MAIN_THREAD_TARGET.p95} ms (wall time): ` +
      (stats(wall.steps.all).median <= MAIN_THREAD_TARGET.median &&
      stats(wall.steps.all).p95 <= MAIN_THREAD_TARGET.p95
        ? 'met'
        : 'NOT met'),
    '',
  ];
  if (STEP_COST_ONLY) {
    await prevServer?.close();
    console.log(['', ...stepCostLines()].join('\n'));
    process.exit(0);
  }

  // ── Slider latency ────────────────────────────────────────────────────────────────────────────────────
  const keyboard = stats(await keyboardLatency(browser, server.url, true));
  const toggling = stats(await keyboardLatency(browser, server.url, false));
  const drag = DRAG_MOVES > 0 ? stats(await dragLatency(browser, server.url)) : undefined;
  const noCharts = stats(await keyboardLatency(browser, server.url, true, true));
  const floor = stats(await floorLatency(browser));

  const keyboardPrev = prevServer ? stats(await keyboardLatency(browser, prevServer.url, true)) : undefined;
  await prevServer?.close();

  // ── Memory ────────────────────────────────────────────────────────────────────────────────────────────
  const gcBrowser = await launchBrowser(['--js-flags=--expose-gc', '--enable-precise-memory-info']);
  const memory = MEMORY_STEPS > 0 ? await memoryOverSteps(gcBrowser, server.url, MEMORY_STEPS) : undefined;
  await gcBrowser.close();
  // A second browser, launched only now: an unthrottled one may produce frames while the first is measured.
  const unthrottled = await launchBrowser(UNTHROTTLED);
  const keyboardFree = stats(await keyboardLatency(unthrottled, server.url, true));
  const floorFree = stats(await floorLatency(unthrottled));
  await unthrottled.close();

  // ── Report ────────────────────────────────────────────────────────────────────────────────────────────
  const met = (s: Stats) => (s.p95 <= TARGET_P95_MS ? 'met' : 'NOT met');

  const lines = [
    '',
    `Deal Explorer UI benchmark — production build, headless Chromium ${chromiumVersion}, ${VIEWPORT.width}×${VIEWPORT.height}`,
    '',
    `Slider latency, input → frame presented (Chromium EventLatency), ${SLIDER}`,
    '  60 Hz frame clock (Chromium default)',
    statsLine('    keyboard, off the preset', keyboard),
    statsLine('    keyboard, every other press on the preset', toggling),
    drag ? statsLine('    pointer drag (to the 2nd rAF: an upper bound)', drag) : '    pointer drag: skipped',
    statsLine('    keyboard, off the preset, charts hidden', noCharts),
    statsLine('    floor: one-slider page, keyboard', floor),
    '  frame clock unthrottled (no wait for the next frame)',
    statsLine('    keyboard, off the preset', keyboardFree),
    statsLine('    floor: one-slider page, keyboard', floorFree),
    `  target p95 ≤ ${TARGET_P95_MS} ms: keyboard ${met(keyboard)}` +
      (drag ? `, pointer ${met(drag)}` : '') +
      `; the floor page ${met(floor)} (${met(floorFree)} unthrottled)`,
    ...(keyboardPrev
      ? [statsLine(`  previous build (${PREV_DIST}), keyboard, off the preset`, keyboardPrev)]
      : []),
    '',
    ...stepCostLines(),
    ...(memory
      ? [
          `Memory over ${MEMORY_STEPS} steps (after garbage collection; before → after)`,
          `  main-thread heap   ${kb(memory.before.mainHeap)} → ${kb(memory.after.mainHeap)}`,
          `  chart worker heap  ${memory.before.workerHeap === null ? 'n/a' : kb(memory.before.workerHeap)} → ${memory.after.workerHeap === null ? 'n/a' : kb(memory.after.workerHeap)}`,
          `  DOM nodes ${memory.before.nodes} → ${memory.after.nodes}, listeners ${memory.before.listeners} → ${memory.after.listeners}, canvases ${memory.before.canvases} → ${memory.after.canvases}, workers ${memory.before.workers} → ${memory.after.workers}, chart.js charts ${memory.before.charts} → ${memory.after.charts}`,
          '',
        ]
      : []),
    ...firstLoadLines(),
  ];
  console.log(lines.join('\n'));
} finally {
  await browser.close();
  await server.close();
}
