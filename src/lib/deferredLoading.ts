/**
 * When the parts of the page left out of the first load (issue #9) load: after the first chart is on screen, so
 * their code never competes with it for the network or a core, then when the page is idle.
 */

/** However the charts fare, the rest of the page loads by then. */
const LATEST_MS = 4000;

let markDrawn: () => void = () => undefined;
const drawn = new Promise<void>((resolve) => (markDrawn = resolve));
let fallback: ReturnType<typeof setTimeout> | undefined;

/** Called by the chart board when the renderer reports its first chart drawn. */
export function markFirstChartDrawn(): void {
  clearTimeout(fallback);
  markDrawn();
}

/** Resolves once the first chart is drawn (or LATEST_MS after the first call, if it never is). */
export function firstChartDrawn(): Promise<void> {
  fallback ??= setTimeout(markFirstChartDrawn, LATEST_MS);
  return drawn;
}

/** Runs `task` once the first chart is drawn and the page is idle; returns a cancel. */
export function afterFirstChart(task: () => void): () => void {
  let cancelled = false;
  let idle: number | undefined;
  void firstChartDrawn().then(() => {
    if (cancelled) return;
    const run = () => !cancelled && task();
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: 1000 });
    else setTimeout(run, 0);
  });
  return () => {
    cancelled = true;
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
