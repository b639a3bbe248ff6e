// What the first-load tools (firstLoadTrace.ts, firstLoadProfile.ts) share: the bench's first-chart probe and a
// traced cold load.
import type { Page } from 'playwright-core';

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
export async function tracedLoad<E>(
  page: Page,
  url: string,
  categories: readonly string[],
): Promise<{ painted: number; events: E[] }> {
  const browser = page.context().browser()!;
  await page.addInitScript(FIRST_CHART_PROBE);
  await browser.startTracing(page, { categories: [...categories] });
  await page.goto(url);
  await page.waitForFunction('window.__firstChart !== undefined', null, { polling: 50 });
  const painted = (await page.evaluate('window.__firstChart.painted')) as number;
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: E[] };
  return { painted, events: trace.traceEvents };
}
