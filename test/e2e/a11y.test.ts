// Accessibility: axe-core finds no serious or critical violation (desktop, phone with the assumptions open,
// table views open); the keyboard alone reaches and moves every slider; every slider is named by its label.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { formatParamValue, KEY_ASSUMPTIONS, type ParamId } from '../../models/index.ts';
import { formatViolations, runAxe } from './browser.ts';
import { CHART_IDS, NUMBER_PARAMS, openApp, param, poll, useApp } from './page-helpers.ts';

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const violations = await runAxe(page, { resultTypes: ['violations'] });
  // Compared as text so a failure lists each violation on one line rather than dumping axe's result objects.
  expect(formatViolations(violations), `serious or critical axe violations on ${where}`).toBe('');
}

interface Focused {
  id: string;
  tag: string;
  type: string | null;
  value: string;
  min: string;
  max: string;
  step: string;
}

function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const input = el as HTMLInputElement;
    return {
      id: el.id,
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type'),
      value: input.value ?? '',
      min: input.min ?? '',
      max: input.max ?? '',
      step: input.step ?? '',
    };
  });
}

describe('accessibility', () => {
  const app = useApp({ viewport: DESKTOP });

  it('axe: the default page at desktop width', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    await expectNoSeriousViolations(page, 'the default page at 1440×900');
  });

  it('axe: the default page in dark mode, with every source note open', async () => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await openApp(page, app.server.url);
      // Source notes sit on the striped background of assumptions that do not apply: their links must still read.
      await page.$$eval('details.source', (els) =>
        els.forEach((d) => ((d as HTMLDetailsElement).open = true)),
      );
      await expectNoSeriousViolations(page, 'the dark page with every source note open');
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });

  it('axe: desktop with every chart shown as a table', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    for (const id of CHART_IDS) {
      const button = page.locator(`figure[data-chart="${id}"] header button[aria-controls^="table-"]`);
      await button.click();
      await poll(() => button.getAttribute('aria-expanded')).toBe('true');
      expect(await page.isVisible(`#table-${id} table`)).toBe(true);
    }
    await expectNoSeriousViolations(page, 'the desktop page with the five table views open');
  });

  it('axe: phone width with the assumptions expanded', async () => {
    const { page } = app;
    await page.setViewportSize(PHONE);
    try {
      await openApp(page, app.server.url);
      const toggle = page.getByRole('button', { name: /^(Show|Hide) assumptions$/ });
      await toggle.click();
      await poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
      await expectNoSeriousViolations(page, 'the phone page (390×844) with the assumptions expanded');
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });

  it('every slider is named by its label', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    expect(await page.locator('[data-param] input[type="range"]').count()).toBe(NUMBER_PARAMS.length);
    expect(await page.locator('[data-key-param] input[type="range"]').count()).toBe(KEY_ASSUMPTIONS.length);
    // A key assumption has two sliders (in "Key assumptions" and in its own group), both named by its label.
    const ids = await Promise.all(
      NUMBER_PARAMS.map(async (p) =>
        Promise.all(
          (await page.getByRole('slider', { name: p.label, exact: true }).all()).map((s) =>
            s.getAttribute('id'),
          ),
        ),
      ),
    );
    expect(ids).toEqual(
      NUMBER_PARAMS.map((p) =>
        KEY_ASSUMPTIONS.includes(p.id as ParamId) ? [`key-${p.id}`, `param-${p.id}`] : [`param-${p.id}`],
      ),
    );
    // The value is read out in its unit, not as a bare number.
    expect(await page.getAttribute('#param-shareCap', 'aria-valuetext')).toBe(
      formatParamValue(param('shareCap'), 38e9),
    );
  });

  it('the keyboard alone reaches every slider with Tab and moves it with the arrow keys', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    // The key assumptions' copies come first; each is reached but only moved in its own group, so every
    // assumption moves exactly one step.
    const sliders = [
      ...KEY_ASSUMPTIONS.map((id) => `key-${id}`),
      ...NUMBER_PARAMS.map((p) => `param-${p.id}`),
    ];
    const reached: string[] = [];
    const order: string[] = [];
    // Each slider step recomputes the whole page (~0.1 s here), so each slider is moved once, by one step:
    // right on every other slider and left on the rest (the other way at the end of a range), so both keys are
    // exercised across the set.
    for (let i = 0; i < 400 && reached.length < sliders.length; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (!f) break; // Tabbed past the end of the page.
      order.push(f.id ? `#${f.id}` : f.tag);
      if (f.tag !== 'input' || f.type !== 'range' || reached.includes(f.id)) continue;
      reached.push(f.id);
      if (f.id.startsWith('key-')) continue;

      const value = Number(f.value);
      const up = value <= Number(f.min) || (reached.length % 2 === 1 && value < Number(f.max));
      const key = up ? 'ArrowRight' : 'ArrowLeft';
      await page.keyboard.press(key);
      const after = await focused(page);
      expect(after?.id, `${key} kept the focus on #${f.id}`).toBe(f.id);
      expect(Number(after?.value), `${key} on #${f.id} (${f.value})`).toBeCloseTo(
        value + (up ? 1 : -1) * Number(f.step),
        9,
      );
    }
    expect(reached, `focus order: ${order.join(' ')}`).toEqual(sliders);
    // The moves reached the scenario: every slider now differs from the preset.
    expect(await page.locator('[data-param].changed input[type="range"]').count()).toBe(NUMBER_PARAMS.length);
  });
});
