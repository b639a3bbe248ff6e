// What the first-load tools (firstLoadTrace.ts, firstLoadProfile.ts) share: the bench's first-chart probe and a
// traced cold load.
import type { Page } from 'playwright-core';

/** A JavaScript profile's node, as a trace's ProfileChunk carries it. */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  parent?: number;
}

/** A Chromium trace event, with the fields the first-load tools read. */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time in the slice: on a busy machine, wall time also counts waiting for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      url?: string;
      documentLoaderURL?: string;
      frame?: string;
      requestId?: string;
      finishTime?: number;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

/** The bench's probe (slider-latency.ts): the frame after a figure first reports a drawn chart. */
export const FIRST_CHART_PROBE = `(() => {
  const check = () => {
    if (document.querySelector('figure[data-drawn-version]')) {
      requestAnimationFrame(() => (window.__firstChart = { painted: performance.now() }));
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** Loads `url` in `page` under a Chromium trace of `categories`, until the probe sees the first chart painted. */
export async function tracedLoad(
  page: Page,
  url: string,
  categories: readonly string[],
): Promise<{ painted: number; events: TraceEvent[] }> {
  const browser = page.context().browser()!;
  await page.addInitScript(FIRST_CHART_PROBE);
  await browser.startTracing(page, { categories: [...categories] });
  await page.goto(url);
  await page.waitForFunction('window.__firstChart !== undefined', null, { polling: 50 });
  const painted = (await page.evaluate('window.__firstChart.painted')) as number;
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  return { painted, events: trace.traceEvents };
}
