/**
 * When the parts of the page left out of the first load (issue #9) load: after the first chart is on screen, so
 * their code never competes with it for the network or a core, then when the page is idle.
 */

/** However the charts fare, the rest of the page loads by then. */
const LATEST_MS = 4000;

let markDrawn: () => void = () => undefined;
const firstChart = new Promise<void>((resolve) => (markDrawn = resolve));
let drawn = false;

/** Called by the chart board when the renderer reports its first chart drawn. */
export function markFirstChartDrawn(): void {
  if (drawn) return;
  drawn = true;
  markDrawn();
}

/** Runs `task` once the first chart is drawn (or LATEST_MS have passed) and the page is idle; returns a cancel. */
export function afterFirstChart(task: () => void): () => void {
  let cancelled = false;
  let idle: number | undefined;
  const fallback = setTimeout(markFirstChartDrawn, LATEST_MS);
  void firstChart.then(() => {
    clearTimeout(fallback);
    if (cancelled) return;
    const run = () => !cancelled && task();
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: 1000 });
    else setTimeout(run, 0);
  });
  return () => {
    cancelled = true;
    clearTimeout(fallback);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
