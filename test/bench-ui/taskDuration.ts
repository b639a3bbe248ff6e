/**
 * Main-thread work per slider step, as Chromium itself counts it: the `TaskDuration` metric of the DevTools
 * protocol's Performance domain (the summed duration of the tasks the page's main thread ran), read before a key
 * press and again once the step has settled. What the page does on other threads (the chart worker, the
 * compositor) is not in it: this is what a step costs the thread that handles input.
 */
import type { CDPSession, Page } from 'playwright-core';

import { CHART_IDS } from '../../src/lib/charts/titles.ts';

export interface StepSamples {
  /** Every step's main-thread time, ms, in order. */
  all: number[];
  /** The same, by slider. */
  bySlider: Record<string, number[]>;
}

async function taskDurationMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const task = metrics.find((m) => m.name === 'TaskDuration');
  if (!task) throw new Error('Performance.getMetrics reported no TaskDuration');
  return task.value * 1000;
}

/**
 * Waits until a step has settled: two frames, then, on a page whose charts report what they drew
 * (`data-chart-version` and each figure's `data-drawn-version`), until every chart on screen shows the current
 * scenario and one more frame has run (the renderer's report and the subtitles it carries are then handled).
 * Only the renderer's charts (CHART_IDS) report: a chart the page draws itself (the tornado, the simulation's
 * histogram) never does, and waiting for it ran the probe's 120-frame limit out at every step it was on screen.
 * The figures are read from the document's live list of them: matching the page's 4,000-odd elements against a
 * selector per chart in every frame cost the probe itself ~0.4 ms of main-thread time a step, counted as the
 * page's (the one-slider floor page never pays it).
 * A string, so that tsx's helpers are not needed in the page.
 */
export const SETTLE = `new Promise((resolve) => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const onScreen = (e) => { const r = e.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; };
  const charts = new Set(${JSON.stringify(CHART_IDS)});
  const figures = document.getElementsByTagName('figure');
  const drawn = () => {
    const version = document.documentElement.dataset.chartVersion;
    if (version === undefined) return true;
    return [...figures]
      .filter((f) => charts.has(f.dataset.chart) && onScreen(f))
      .every((f) => f.dataset.drawnVersion === version);
  };
  (async () => {
    await frame();
    await frame();
    for (let i = 0; i < 120 && !drawn(); i++) await frame();
    await frame();
    setTimeout(resolve, 0);
  })();
})`;

/**
 * Presses ArrowRight once on each slider (off the preset, unmeasured), then `steps` times ArrowLeft and ArrowRight
 * in turn, each measured from just before the press to once it has settled. The same probe on any page, so a
 * one-slider page measured the same way is the floor (the probe's own cost included).
 * Each step crosses the slider's preset value (back onto it, then off again), so the assumption's changed mark, its
 * reset button, the change counts and the headline figures' change lines come and go as well. With `offPreset`, a second unmeasured press first, so every step stays off the preset: what a
 * step costs while someone explores, a few steps from where they started.
 */
export async function mainThreadPerStep(
  page: Page,
  sliders: readonly string[],
  steps: number,
  /** `timeTicks` (wall time, the protocol's default) or `threadTicks` (the thread's CPU time: less noisy on a shared machine). */
  timeDomain: 'timeTicks' | 'threadTicks' = 'timeTicks',
  { offPreset = false }: { offPreset?: boolean } = {},
): Promise<StepSamples> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain });
  const samples: StepSamples = { all: [], bySlider: {} };
  try {
    for (const slider of sliders) {
      await page.focus(slider);
      for (let i = 0; i < (offPreset ? 2 : 1); i++) {
        await page.keyboard.press('ArrowRight');
        await page.evaluate(SETTLE);
      }
      const mine: number[] = (samples.bySlider[slider] = []);
      for (let i = 0; i < steps; i++) {
        const before = await taskDurationMs(cdp);
        await page.keyboard.press(i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight');
        await page.evaluate(SETTLE);
        const busy = (await taskDurationMs(cdp)) - before;
        mine.push(busy);
        samples.all.push(busy);
      }
    }
  } finally {
    await cdp.detach();
  }
  return samples;
}
