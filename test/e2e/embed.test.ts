// Embedding (issue #12): `?embed=<chart>` shows one chart with its headline card, its key sliders, a source line
// and "Open in Deal Explorer"; it fits a 600×450 and a 360×640 frame, is axe clean, and the embed code from Share
// renders in an iframe of another page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { decodeScenario, formatUsd, presetValues, project } from '../../models/index.ts';
import { KEY_SLIDERS } from '../../src/lib/embed.ts';
import { formatViolations, runAxe } from './browser.ts';
import { nextFrames, openApp, poll, text, useApp } from './page-helpers.ts';

async function openEmbed(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => {
    const c = document.querySelector<HTMLCanvasElement>('.embed figure[data-chart] canvas');
    return c !== null && c.width > 0 && c.height > 0;
  });
  await nextFrames(page);
}

/** Whatever of the view lies outside the frame, or makes the page scroll: nothing, when it fits. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const { scrollWidth, scrollHeight } = document.documentElement;
    if (scrollWidth > innerWidth) out.push(`page scrolls sideways (${scrollWidth} > ${innerWidth})`);
    if (scrollHeight > innerHeight) out.push(`page scrolls (${scrollHeight} > ${innerHeight})`);
    for (const sel of ['.embed-chart', '.embed-kpi', '.embed-footer', '.embed-open', '.canvas-box']) {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      if (r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight)
        out.push(`${sel} outside`);
    }
    const chart = document.querySelector('.embed-chart')!.getBoundingClientRect();
    const side = document.querySelector('.embed-kpi')!.getBoundingClientRect();
    const overlaps =
      chart.left < side.right &&
      side.left < chart.right &&
      chart.top < side.bottom &&
      side.top < chart.bottom;
    if (overlaps) out.push('chart overlaps the headline card');
    return out;
  });
}

describe('embed', () => {
  const app = useApp({ viewport: { width: 600, height: 450 } });

  it('shows one chart, its headline card and its key sliders, fitting 600×450 and 360×640', async () => {
    const { page } = app;
    for (const size of [
      { width: 600, height: 450 },
      { width: 360, height: 640 },
    ]) {
      await page.setViewportSize(size);
      await openEmbed(page, `${app.server.url}?preset=amended-2026&v=2&embed=msft-value`);
      expect(
        await page
          .locator('figure[data-chart]')
          .evaluateAll((f) => f.map((e) => e.getAttribute('data-chart'))),
      ).toEqual(['msft-value']);
      expect(
        await page
          .locator('.embed-sliders [data-param]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-param'))),
      ).toEqual([...KEY_SLIDERS['msft-value']]);
      // The whole page's parts are not there.
      expect(await page.locator('.site-header, #assumptions, .kpis').count()).toBe(0);
      expect(await text(page.locator('.embed-kpi [data-testid="kpi-value"]'))).toBe(
        formatUsd(project(presetValues('amended-2026')).kpis.msftTotalValueNpv),
      );
      expect(await overflow(page), `${size.width}×${size.height}`).toEqual([]);
    }
  });

  it('a key slider moves the headline, and "Open in Deal Explorer" carries the change but not the embed', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 600, height: 450 });
    await openEmbed(page, `${app.server.url}?preset=bubble&v=2&embed=revenue-share`);
    const before = await text(page.locator('.embed-kpi [data-testid="kpi-value"]'));
    await page.focus('#param-shareCap');
    await page.keyboard.press('End');
    await poll(() => text(page.locator('.embed-kpi [data-testid="kpi-value"]'))).not.toBe(before);
    const href = await page.getAttribute('.embed-open', 'href');
    const url = new URL(href!);
    expect(url.searchParams.get('embed')).toBeNull();
    const { scenario, problems } = decodeScenario(url.search);
    expect(problems).toEqual([]);
    expect(scenario.preset).toBe('bubble');
    expect(scenario.values.shareCap).toBe(200e9);
    const expected = project(scenario.values).kpis.revenueSharePaidThrough2030;
    expect(await text(page.locator('.embed-kpi [data-testid="kpi-value"]'))).toBe(formatUsd(expected));
    // The frame's own address is left alone (the host page owns it).
    expect(await page.evaluate(() => location.search)).toBe('?preset=bubble&v=2&embed=revenue-share');
  });

  it('is axe clean, light and dark, with its table open', async () => {
    const { page } = app;
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const size of [
        { width: 600, height: 450 },
        { width: 360, height: 640 },
      ]) {
        await page.setViewportSize(size);
        await openEmbed(page, `${app.server.url}?preset=amended-2026&v=2&shareCap=50&embed=valuation`);
        const violations = await runAxe(page, { resultTypes: ['violations'] });
        expect(formatViolations(violations), `${scheme} ${size.width}×${size.height}`).toBe('');
      }
      await page.click('.embed figure button[aria-controls]');
      expect(formatViolations(await runAxe(page, { resultTypes: ['violations'] })), `${scheme} table`).toBe(
        '',
      );
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('is no setting of the scenario: the codec never sees it, so no notice', async () => {
    const { page } = app;
    await openEmbed(page, `${app.server.url}?preset=amended-2026&v=2&embed=compute`);
    expect(await page.locator('.embed-problems').count()).toBe(0);
    await openEmbed(page, `${app.server.url}?preset=amended-2026&v=2&bogus=1&embed=compute`);
    expect((await text(page.locator('.embed-problems'))).replace(/\s+/g, ' ')).toBe(
      'One setting in this link could not be used; open it in Deal Explorer to see which.',
    );
  });

  it('an unknown chart is named, and the whole page is shown with the rest of the link', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, app.server.url, '?preset=seeds-2025&v=2&embed=pie&shareEnd=10');
    const notice = page.locator('.notice.warning');
    expect(await text(notice.locator('li'))).toBe(
      'No chart "pie" to embed: showing the whole page. Charts: revenue-share, compute, msft-value, openai-economics, valuation.',
    );
    expect(await page.inputValue('#param-shareEnd')).toBe('10');
    expect(await page.locator('.charts figure[data-chart]').count()).toBe(5);
  });

  it('Share writes embed code whose iframe renders the chart with the scenario in another page', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, app.server.url, '?preset=amended-2026&v=2&rev2030=200');
    await page.click('button[aria-controls="share-panel"]');
    await page.selectOption('#embed-chart', 'compute');
    await page.getByRole('button', { name: '360 × 640 (phone, sidebar)' }).click();
    const code = await page.inputValue('#embed-code');
    expect(code).toBe(
      `<iframe src="${app.server.url}?preset=amended-2026&amp;v=2&amp;rev2030=200&amp;embed=compute" ` +
        'title="Deal Explorer: OpenAI compute spend by provider" width="360" height="640" loading="lazy" ' +
        'style="border:0;max-width:100%"></iframe>',
    );
    // Another site's page holding the snippet (about:blank here: a different origin from the app).
    const host = await page.context().newPage();
    try {
      await host.setContent(
        `<!doctype html><html lang="en"><title>Host</title><body><h1>An article</h1>${code}</body></html>`,
      );
      const frame = host.frameLocator('iframe');
      await frame.locator('.embed figure[data-chart="compute"] canvas').waitFor();
      await poll(() =>
        frame.locator('.embed figure canvas').evaluate((c) => (c as HTMLCanvasElement).width),
      ).toBeGreaterThan(0);
      expect(await frame.locator('#param-computeTargetYear').count()).toBe(1);
      const box = await host.locator('iframe').boundingBox();
      expect([box?.width, box?.height]).toEqual([360, 640]);
    } finally {
      await host.close();
    }
  });

  it('Share with its embed code generator is axe clean, light and dark, desktop and phone', async () => {
    const { page } = app;
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const size of [
        { width: 1440, height: 900 },
        { width: 390, height: 844 },
      ]) {
        await page.setViewportSize(size);
        await openApp(page, app.server.url, '?preset=stake-30&v=2');
        await page.click('button[aria-controls="share-panel"]');
        await page.locator('#embed-code').waitFor();
        const violations = await runAxe(page, { resultTypes: ['violations'] });
        expect(formatViolations(violations), `${scheme} ${size.width}×${size.height}`).toBe('');
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
