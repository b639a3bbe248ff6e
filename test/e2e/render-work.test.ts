// What a slider step costs the browser beyond the page's script (issue #9): changes a step makes that need not lay
// out the page do not, and changes that need only a repaint do not rebuild its compositing layers. Chromium's own
// trace says whether a change laid anything out or layerized the page again.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { nextFrames, openApp, useApp } from './page-helpers.ts';

interface TraceEvent {
  name: string;
}

/**
 * Waits until the page is at rest: the simulation of the scenario on screen complete and drawn. Its results land
 * in the DOM some time after a change (the page's rest, then the worker), so on a loaded machine they would
 * otherwise arrive inside a traced window and count as the step's layout or layerization.
 */
async function atRest(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('#how-sure')?.getAttribute('data-simulation-state') === 'complete',
  );
  await nextFrames(page);
}

describe('rendering work of a slider step', () => {
  const app = useApp({ viewport: { width: 1440, height: 900 } });

  it('Reset turning on and off as a slider crosses its preset value lays out nothing', async () => {
    const { page, browser } = app;
    await openApp(page, app.server.url);
    await atRest(page);
    const reset = page.getByRole('button', { name: 'Reset', exact: true });
    expect(await reset.isDisabled(), 'nothing changed yet').toBe(true);
    // The toggle alone, each followed by a read that needs layout: any layout the change needs runs there.
    const toggleTwice = () =>
      page.evaluate(() => {
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.textContent?.trim() === 'Reset',
        )!;
        const sizes: number[] = [];
        for (let i = 0; i < 2; i++) {
          button.disabled = !button.disabled;
          sizes.push(document.body.offsetHeight);
        }
        return sizes;
      });
    await toggleTwice(); // warm: the first toggle may build what later ones reuse
    await browser.startTracing(page, { categories: ['devtools.timeline'] });
    const sizes = await toggleTwice();
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    expect(sizes[0], 'the page keeps its height').toBe(sizes[1]);
    const layouts = trace.traceEvents.filter((e) => e.name === 'Layout');
    expect(layouts, 'layouts while Reset was turned on and off').toEqual([]);
    expect(await reset.isDisabled(), 'back as it was').toBe(true);
  });

  it('a slider stepping across its preset value repaints without rebuilding the compositing layers', async () => {
    const { page, browser } = app;
    await openApp(page, app.server.url);
    const reset = page.getByRole('button', { name: 'Reset', exact: true });
    await page.focus('#key-rev2030');
    // Off the preset, untraced: the focus ring and the first change are drawn once here.
    await page.keyboard.press('ArrowRight');
    await atRest(page);
    expect(await reset.isDisabled(), 'off the preset').toBe(false);
    // Back onto the preset and off again: the changed marks, the Reset button and the cards' change lines come and
    // go. Made of colours that change and boxes that stay, they only repaint; a box, an edge or an opacity that
    // came and went made Chromium layerize the whole page again (PaintArtifactCompositor::Update) on every step.
    await browser.startTracing(page, { categories: ['blink', 'devtools.timeline'] });
    await page.keyboard.press('ArrowLeft');
    await nextFrames(page);
    const onPreset = await reset.isDisabled();
    await page.keyboard.press('ArrowRight');
    await nextFrames(page);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    expect(onPreset, 'the first traced step went back onto the preset').toBe(true);
    expect(await reset.isDisabled(), 'the second went off it again').toBe(false);
    expect(trace.traceEvents.filter((e) => e.name === 'Paint').length, 'steps painted').toBeGreaterThan(0);
    const layerized = trace.traceEvents.filter((e) => e.name === 'PaintArtifactCompositor::Update');
    expect(layerized, 'full layerizations while stepping across the preset').toEqual([]);
  });
});
