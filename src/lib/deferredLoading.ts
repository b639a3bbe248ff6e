/**
 * When the parts of the page left out of the first load (issue #9) load: after the first chart is on screen, so
 * their code never competes with it for the network or a core, then when the page is idle.
 */

/** However the charts fare, the rest of the page loads by then. */
const LATEST_MS = 4000;
/** The longest the waiting parts wait for the frame that shows the first chart. */
const FRAME_WAIT_MS = 1000;

let markDrawn: () => void = () => undefined;
const drawn = new Promise<void>((resolve) => (markDrawn = resolve));
let fallback: ReturnType<typeof setTimeout> | undefined;

let marked = false;

/**
 * Called by the chart board when the renderer reports its first chart drawn. What waits for it starts once the
 * frame that shows the chart has been produced (the second animation frame from the report, as the bench's probe
 * sees it): the report arrives in a task, the page's next frame carries the chart's figure, and work started in
 * between (the later assumption groups take tens of milliseconds to mount) would hold that frame up (issue #9).
 */
export function markFirstChartDrawn(): void {
  if (marked) return;
  marked = true;
  clearTimeout(fallback);
  requestAnimationFrame(() => requestAnimationFrame(() => markDrawn()));
  // A hidden tab produces no frames: the rest of the page loads all the same.
  setTimeout(markDrawn, FRAME_WAIT_MS);
}

/** Resolves once the first chart is drawn (or LATEST_MS after the first call, if it never is). */
export function firstChartDrawn(): Promise<void> {
  fallback ??= setTimeout(() => {
    marked = true;
    markDrawn();
  }, LATEST_MS);
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
