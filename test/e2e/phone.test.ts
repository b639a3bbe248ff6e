// Phones (issue #8): with the assumptions open the headline figures were ~4,800 px below the slider being moved, so
// a strip of the key figures stays in view; charts had ~170 px of plot under their legends.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { CHART_IDS, kpiText, openApp, poll, text, useApp } from './page-helpers.ts';

const STRIP = '[data-testid="kpi-strip"]';
const stripValue = (page: Page, id: string) =>
  text(page.locator(`${STRIP} [data-strip-kpi="${id}"] [data-testid="strip-value"]`));

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function box(page: Page, selector: string): Promise<Box> {
  const b = await page.locator(selector).boundingBox();
  if (!b) throw new Error(`${selector} is not shown`);
  return b;
}

async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('on a phone', () => {
  const app = useApp({ viewport: { width: 390, height: 844 } });

  for (const width of [390, 320]) {
    it(`${width} px: moving a slider with the assumptions open shows the figures it moves, without covering or moving it`, async () => {
      const { page } = app;
      const height = 700;
      await page.setViewportSize({ width, height });
      await openApp(page, app.server.url);
      // Folded, the figures come first: no strip (once the page has settled: on a loaded machine the observers
      // that place it may report after the first paint).
      await poll(() => page.isVisible(STRIP)).toBe(false);

      await page.click('.panel-toggle');
      await poll(() => page.isVisible('#param-shareCap')).toBe(true);
      // The total cap's slider, in the middle of the screen.
      await page.evaluate((h) => {
        const r = document.querySelector('#param-shareCap')!.getBoundingClientRect();
        scrollBy(0, r.top - h / 2);
      }, height);
      await poll(() => page.isVisible(STRIP)).toBe(true);

      const strip = page.locator(STRIP);
      expect(await strip.getAttribute('aria-label')).toMatch(/figures/i);
      // A labelled region that does not announce every slider step.
      expect(await strip.evaluate((e) => e.closest('[aria-live]:not([aria-live="off"])'))).toBeNull();
      expect(await strip.evaluate((e) => e.querySelector('[aria-live]:not([aria-live="off"])'))).toBeNull();

      const before = await stripValue(page, 'revenueSharePaidThrough2030');
      expect(before).toBe('$38.0B');
      const slider = await box(page, '#param-shareCap');

      // Drag the slider: press on its track and move the pointer along it.
      const y = slider.y + slider.height / 2;
      await page.mouse.move(slider.x + slider.width * 0.3, y);
      await page.mouse.down();
      await page.mouse.move(slider.x + slider.width * 0.6, y, { steps: 5 });
      // While the pointer is still down: the strip shows the figure the card shows, and it moved.
      const card = await kpiText(page, 'revenueSharePaidThrough2030');
      expect(card).not.toBe(before);
      await poll(() => stripValue(page, 'revenueSharePaidThrough2030')).toBe(card);
      await poll(() =>
        text(page.locator(`${STRIP} [data-strip-kpi="revenueSharePaidThrough2030"] .strip-change`)),
      ).toMatch(/^Change against the preset:\s*\+\$/);

      // The strip is on screen, clear of the slider, which has not moved from under the pointer.
      const shown = await box(page, STRIP);
      expect(shown.y).toBeGreaterThanOrEqual(0);
      expect(shown.y + shown.height).toBeLessThanOrEqual(height);
      expect(shown.x).toBeGreaterThanOrEqual(0);
      expect(shown.x + shown.width).toBeLessThanOrEqual(width);
      const during = await box(page, '#param-shareCap');
      expect(overlaps(shown, during), 'the strip covers the slider').toBe(false);
      expect(during).toEqual(slider);
      await page.mouse.up();

      // Every name fits its two lines; no sideways scrolling.
      const clipped = await page.$$eval(`${STRIP} dt`, (dts) =>
        dts.filter((dt) => dt.scrollHeight > dt.clientHeight + 1).map((dt) => dt.textContent?.trim()),
      );
      expect(clipped).toEqual([]);
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);

      // A slider the keyboard reaches under the strip: it ends up clear of the strip (the strip goes to the other
      // edge, or focus scrolls the slider out from under it), and stepping it moves nothing.
      await page.evaluate(() => {
        const r = document.querySelector('#param-shareLastYear')!.getBoundingClientRect();
        scrollBy(0, r.top - 20);
      });
      await page.focus('#param-shareLastYear');
      const focused = await box(page, '#param-shareLastYear');
      await poll(async () => overlaps(await box(page, STRIP), focused)).toBe(false);
      await page.keyboard.press('ArrowLeft');
      await poll(() => stripValue(page, 'revenueSharePaidThrough2030')).toBe(
        await kpiText(page, 'revenueSharePaidThrough2030'),
      );
      expect(await box(page, '#param-shareLastYear')).toEqual(focused);
      expect(overlaps(await box(page, STRIP), focused)).toBe(false);

      // Once the figures are on screen, the strip goes.
      await page.locator('[data-kpi="msftTotalValueNpv"]').scrollIntoViewIfNeeded();
      await poll(() => page.isVisible(STRIP)).toBe(false);
    });

    it(`${width} px: every chart keeps at least 200 px of plot under its legend`, async () => {
      const { page } = app;
      await page.setViewportSize({ width, height: 800 });
      await openApp(page, app.server.url);
      const heights: Record<string, number> = {};
      for (const id of CHART_IDS) {
        const canvas = page.locator(`figure[data-chart="${id}"] canvas`);
        await canvas.scrollIntoViewIfNeeded();
        await poll(() => canvas.getAttribute('data-plot-area')).toMatch(/^\d+ \d+ \d+ \d+$/);
        const [top, , bottom] = (await canvas.getAttribute('data-plot-area'))!.split(' ').map(Number);
        heights[id] = bottom! - top!;
      }
      for (const [id, h] of Object.entries(heights))
        expect(h, `${id}: ${JSON.stringify(heights)}`).toBeGreaterThanOrEqual(200);
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    });
  }

  it('desktop: no strip, the figures sit beside the assumptions', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1440, height: 900 });
    await openApp(page, app.server.url);
    await page.focus('#param-shareCap');
    await page.keyboard.press('ArrowRight');
    await poll(() => kpiText(page, 'revenueSharePaidThrough2030')).toBe('$39.0B');
    expect(await page.isVisible(STRIP)).toBe(false);
  });
});
