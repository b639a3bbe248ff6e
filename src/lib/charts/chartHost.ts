/**
 * The page's side of the chart renderer: a worker drawing into transferred canvases where the browser has
 * OffscreenCanvas, else the same renderer on the main thread (loaded on demand, so chart.js is never in the page's
 * first load twice). Started before the page mounts, so the worker loads chart.js while the page renders.
 */
import type { FromRenderer, FromWorker, ToRenderer } from './protocol.ts';

export interface ChartHost {
  /** True when charts are drawn in a worker: canvases are transferred and pointer events forwarded. */
  readonly offscreen: boolean;
  send(message: ToRenderer, transfer?: Transferable[]): void;
  /** Where the renderer's reports go (one listener: the page's ChartBoard). */
  onReport: (message: FromRenderer) => void;
  /**
   * Resolves once the renderer takes messages as they are sent, or after `ms` at the latest. A worker's messages
   * sent before its script has run wait in the page, and Chromium releases them only in a task of the page's main
   * thread: sent while the page mounts (one long task, then its first frame), the canvases and the scenario would
   * reach the worker only after both (issue #9). main.ts mounts once the early worker is ready.
   */
  ready(ms: number): Promise<void>;
}

/** Whether this browser can draw the charts in a worker. */
export function canDrawOffscreen(): boolean {
  return (
    typeof Worker !== 'undefined' &&
    typeof OffscreenCanvas !== 'undefined' &&
    typeof HTMLCanvasElement !== 'undefined' &&
    'transferControlToOffscreen' in HTMLCanvasElement.prototype
  );
}

/** The worker index.html started before the page's code loaded (build/earlyChartWorker.ts), taken once. */
function takeEarlyWorker(): (Worker & { failed?: string; ready?: boolean }) | undefined {
  const scope = globalThis as { __chartWorker?: Worker & { failed?: string; ready?: boolean } };
  const worker = scope.__chartWorker;
  delete scope.__chartWorker;
  return worker;
}

function workerHost(font: string): ChartHost {
  const early = takeEarlyWorker();
  const worker =
    early ??
    new Worker(new URL('./chartWorker.ts', import.meta.url), {
      type: 'module',
      name: 'charts',
    });
  // Only the early worker is waited for: one started here has all of chart.js still to load.
  let markReady: () => void = () => undefined;
  const ready =
    !early || early.ready || early.failed !== undefined
      ? Promise.resolve()
      : new Promise<void>((resolve) => (markReady = resolve));
  const host: ChartHost = {
    offscreen: true,
    send: (message, transfer = []) => worker.postMessage(message, transfer),
    onReport: () => undefined,
    ready: (ms) => Promise.race([ready, new Promise<void>((resolve) => setTimeout(resolve, ms))]),
  };
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    if (event.data.type === 'ready') markReady();
    else host.onReport(event.data);
  };
  worker.onerror = (event) => {
    markReady();
    host.onReport({ type: 'failed', message: event.message });
  };
  // An error before this page's code was there to hear it: reported once the page listens (ChartBoard).
  if (early?.failed !== undefined) {
    const message = early.failed;
    queueMicrotask(() => host.onReport({ type: 'failed', message }));
  }
  host.send({ type: 'font', family: font });
  return host;
}

function mainThreadHost(font: string): ChartHost {
  const queued: ToRenderer[] = [{ type: 'font', family: font }];
  let deliver = (message: ToRenderer): void => {
    queued.push(message);
  };
  const host: ChartHost = {
    offscreen: false,
    send: (message) => deliver(message),
    onReport: () => undefined,
    ready: () => Promise.resolve(),
  };
  void import('./renderer.ts').then(({ ChartRenderer }) => {
    const renderer = new ChartRenderer({
      offscreen: false,
      report: (message) => host.onReport(message),
      frame: (draw) => requestAnimationFrame(draw),
      later: (task, ms) => {
        const timer = setTimeout(task, ms);
        return () => clearTimeout(timer);
      },
    });
    deliver = (message) => renderer.handle(message);
    for (const message of queued.splice(0)) deliver(message);
  });
  return host;
}

let started: ChartHost | undefined;

/** The page's chart host, started on first call (main.ts calls it before mounting the page). */
export function chartHost(): ChartHost {
  const font = getComputedStyle(document.documentElement).getPropertyValue('--font-sans').trim();
  started ??= canDrawOffscreen() ? workerHost(font) : mainThreadHost(font);
  return started;
}
