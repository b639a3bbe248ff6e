// Link previews (issue #12): the build writes one page per preset whose tags carry its headline figures, and a
// 1200×630 card; opened in a browser, a preset page becomes the app with that preset; the page's title and
// description follow the scenario; Share offers the preview link while the scenario is a preset as published.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { PRESETS, presetValues, project } from '../../models/index.ts';
import { pngSize } from '../../build/previewPages.ts';
import { presetPreviewText } from '../../src/lib/preview.ts';
import { kpiCards } from '../../src/lib/kpiCards.ts';
import { DIST_DIR } from './browser.ts';
import { openApp, poll, useApp, waitForCharts } from './page-helpers.ts';

function tags(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = { title: document.title };
    for (const m of document.querySelectorAll('meta[name], meta[property]')) {
      out[m.getAttribute('name') ?? m.getAttribute('property') ?? ''] = m.getAttribute('content') ?? '';
    }
    return out;
  });
}

describe('link previews in the build', () => {
  it('each preset has a page whose tags carry its figures, and a 1200×630 card', () => {
    for (const preset of PRESETS) {
      const html = readFileSync(join(DIST_DIR, 'p', preset.id, 'index.html'), 'utf8');
      const text = presetPreviewText(preset, presetValues(preset.id));
      // The figures as the page's own cards show them for this preset.
      const cards = kpiCards(
        project(presetValues(preset.id)),
        project(presetValues(preset.id)),
        presetValues(preset.id),
      );
      const value = cards.find((c) => c.id === 'msftTotalValueNpv')!.value;
      expect(text.title).toContain(value);
      const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      expect(html).toContain(`<title>${esc(text.title)}</title>`);
      for (const [attr, key, content] of [
        ['name', 'description', text.description],
        ['property', 'og:title', text.title],
        ['property', 'og:description', text.description],
        ['property', 'og:image', `p/${preset.id}/preview.png`],
        ['name', 'twitter:card', 'summary_large_image'],
        ['name', 'twitter:title', text.title],
        ['name', 'twitter:image', `p/${preset.id}/preview.png`],
      ] as const) {
        expect(html, `${preset.id} ${key}`).toContain(`<meta ${attr}="${key}" content="${esc(content)}" />`);
      }
      const png = readFileSync(join(DIST_DIR, 'p', preset.id, 'preview.png'));
      expect(pngSize(png), preset.id).toEqual({ width: 1200, height: 630 });
    }
  });
});

describe('link previews in the page', () => {
  const app = useApp();

  it('the app page carries the latest terms’ figures and card for crawlers', async () => {
    const { page } = app;
    const response = await page.request.get(app.server.url);
    const html = await response.text();
    const text = presetPreviewText(
      PRESETS.find((p) => p.id === 'amended-2026')!,
      presetValues('amended-2026'),
    );
    expect(html).toContain(`<meta property="og:description" content="${text.description}" />`);
    expect(html).toContain('<meta property="og:image" content="p/amended-2026/preview.png" />');
    const image = await page.request.get(new URL('p/amended-2026/preview.png', app.server.url).toString());
    expect(image.headers()['content-type']).toBe('image/png');
  });

  it('a preset page shows its tags, then becomes the app with that preset (no reload)', async () => {
    const { page } = app;
    const raw = await (await page.request.get(new URL('p/seeds-2025/', app.server.url).toString())).text();
    const text = presetPreviewText(
      PRESETS.find((p) => p.id === 'seeds-2025')!,
      presetValues('seeds-2025'),
    );
    expect(raw).toContain(`<meta name="twitter:description" content="${text.description}" />`);
    await page.goto(new URL('p/seeds-2025/', app.server.url).toString());
    await waitForCharts(page);
    expect(await page.evaluate(() => location.pathname + location.search)).toBe('/?preset=seeds-2025&v=2');
    expect(await page.inputValue('#preset-select')).toBe('seeds-2025');
    const read = await tags(page);
    expect(read.title).toBe(text.title);
    expect(read['og:title']).toBe(text.title);
    expect(read.description).toBe(text.description);
    expect(read['og:image:width']).toBe('1200');
  });

  it('the title and description follow the scenario', async () => {
    const { page } = app;
    await openApp(page, app.server.url, '?preset=bubble&v=2');
    const plain = presetPreviewText(
      PRESETS.find((p) => p.id === 'bubble')!,
      presetValues('bubble'),
    );
    await poll(() => page.title()).toBe(plain.title);
    await page.focus('#param-rev2030');
    await page.keyboard.press('End');
    await poll(() => page.title()).toMatch(
      /^What if the AI bubble deflates\? \(changed\): Microsoft gets \$/,
    );
    const values = { ...presetValues('bubble'), rev2030: 600e9 };
    const v = kpiCards(project(values), project(presetValues('bubble')), values).find(
      (c) => c.id === 'msftTotalValueNpv',
    )!.value;
    await poll(() => page.title()).toBe(
      `What if the AI bubble deflates? (changed): Microsoft gets ${v} · Deal Explorer`,
    );
    expect((await tags(page)).description).toContain(`Value to Microsoft: ${v} (present value, after tax).`);
  });

  it('Share offers the preview link only while the scenario is a preset as published', async () => {
    const { page } = app;
    await openApp(page, app.server.url, '?preset=stake-30&v=2');
    await page.click('button[aria-controls="share-panel"]');
    expect(await page.inputValue('#share-preview')).toBe(new URL('p/stake-30/', app.server.url).toString());
    await page.focus('#param-rev2030');
    await page.keyboard.press('ArrowRight');
    await poll(() => page.locator('#share-preview').count()).toBe(0);
  });
});
