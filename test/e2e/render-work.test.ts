// What a slider step costs the browser beyond the page's script (issue #9): changes a step makes that need not lay
// out the page do not. Chromium's own trace says whether a change laid anything out.
import { describe, expect, it } from 'vitest';

import { openApp, useApp } from './page-helpers.ts';

interface TraceEvent {
  name: string;
}

describe('rendering work of a slider step', () => {
  const app = useApp({ viewport: { width: 1440, height: 900 } });

  it('Reset turning on and off as a slider crosses its preset value lays out nothing', async () => {
    const { page, browser } = app;
    await openApp(page, app.server.url);
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
});
