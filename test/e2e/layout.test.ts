// Layout: no sideways scrolling on a phone or a desktop, the phone's collapsible assumptions panel, and the
// page loading cleanly in dark mode and with or without reduced motion.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import {
  encodeScenario,
  inapplicable,
  LATEST_PRESET_ID,
  PARAMS,
  presetValues,
  project,
  type ParamId,
  type ScenarioValues,
} from '../../models/index.ts';
import { openApp, poll, useApp } from './page-helpers.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

/** Page width against viewport width, and the elements sticking out to the right (for the failure message). */
async function overflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; wide: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 0.5 && e.offsetParent !== null)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${[...e.classList].join('.')}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  });
}

async function expectNoSidewaysScroll(page: Page, when: string): Promise<void> {
  const o = await overflow(page);
  expect(
    o.scrollWidth,
    `${when}: page is wider than the viewport; sticking out: ${o.wide.join(', ')}`,
  ).toBeLessThanOrEqual(o.clientWidth);
}

/**
 * The latest terms with every numeric assumption one step off the preset. (Choices and switches stay, and so does a
 * number whose step decides whether another assumption applies, e.g. a decentralized share above 0% makes its
 * discount apply: that rightly changes what the row says. While a slider is dragged those notes hold still, which
 * applicability.test.ts checks.)
 */
function numbersChanged(): ScenarioValues {
  const base = presetValues(LATEST_PRESET_ID);
  const reasons = (v: ScenarioValues) => JSON.stringify([...inapplicable(v, project(v))]);
  let values: ScenarioValues = { ...base };
  for (const p of PARAMS) {
    if (p.kind !== 'number') continue;
    const v = base[p.id as keyof typeof base] as number;
    const next = { ...values, [p.id]: v + p.step <= p.max ? v + p.step : v - p.step };
    if (reasons(next) === reasons(values)) values = next;
  }
  return values;
}

/** A link to {@link numbersChanged}. */
function numbersChangedQuery(): string {
  return `?${encodeScenario({ preset: LATEST_PRESET_ID, values: numbersChanged() }).toString()}`;
}

/**
 * Heights of every assumption row and group heading, and where the first chart starts (whole pixels). The groups
 * are laid out in full first: a group off screen (`content-visibility: auto`) keeps a placeholder height until it
 * has been rendered once, and whether it had been by the time of measuring depended on timing (on a phone the first
 * chart moved by one group's placeholder less its real height, 424 px, in one CI run out of many).
 */
async function assumptionLayout(page: Page) {
  return page.evaluate(() => {
    for (const group of document.querySelectorAll<HTMLElement>('.group'))
      group.style.contentVisibility = 'visible';
    const height = (e: Element) => Math.round(e.getBoundingClientRect().height);
    return {
      rows: Object.fromEntries(
        [...document.querySelectorAll('[data-param]')].map((e) => [e.getAttribute('data-param'), height(e)]),
      ),
      headings: [...document.querySelectorAll('.assumptions-bar, .group > summary')].map(height),
      chartsTop: Math.round(
        document.querySelector('figure[data-chart]')!.getBoundingClientRect().top + scrollY,
      ),
    };
  });
}

describe('layout', () => {
  const app = useApp({ viewport: DESKTOP });

  it('phone (390×844): no sideways scrolling; the assumptions panel expands and collapses', async () => {
    const { page } = app;
    await page.setViewportSize(PHONE);
    try {
      await openApp(page, app.server.url);
      await expectNoSidewaysScroll(page, 'default page');

      const toggle = page.getByRole('button', { name: /^(Show|Hide) assumptions$/ });
      expect(await toggle.isVisible()).toBe(true);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await toggle.getAttribute('aria-controls')).toBe('assumption-groups');
      expect((await toggle.innerText()).trim()).toBe('Show assumptions');
      expect(await page.isVisible('#param-shareStart')).toBe(false);
      // The figures come first.
      expect(await page.isVisible('[data-kpi="msftTotalValueNpv"]')).toBe(true);

      await toggle.click();
      await poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
      expect((await toggle.innerText()).trim()).toBe('Hide assumptions');
      expect(await page.isVisible('#param-shareStart')).toBe(true);
      expect(await page.isVisible('#param-horizonEnd')).toBe(true);
      await expectNoSidewaysScroll(page, 'assumptions expanded');

      // A table view and the share panel (a long link in a field) stay within the width too.
      await page.locator('figure[data-chart="revenue-share"] header button[aria-controls^="table-"]').click();
      await poll(() => page.isVisible('#table-revenue-share table')).toBe(true);
      await page.getByRole('button', { name: 'Share', exact: true }).click();
      await poll(() => page.isVisible('#share-link')).toBe(true);
      await expectNoSidewaysScroll(page, 'table view and share panel open');

      await toggle.click();
      await poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await page.isVisible('#param-shareStart')).toBe(false);
    } finally {
      await page.setViewportSize(DESKTOP);
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    }
  });

  it('phone (390×844): a link notice and the version banner fit the width', async () => {
    const { page } = app;
    await page.setViewportSize(PHONE);
    try {
      const longKey = 'anExtremelyLongUnknownSettingNameWithoutAnySpaces';
      await openApp(page, app.server.url, `?preset=seeds-2025&v=1&shareEnd=10&${longKey}=1&revTarget=abc`);
      expect(await page.isVisible('[role="alert"]')).toBe(true);
      expect(await page.isVisible('[data-testid="version-banner"]')).toBe(true);
      await expectNoSidewaysScroll(page, 'notice and banner shown');
    } finally {
      await page.setViewportSize(DESKTOP);
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    }
  });

  for (const [name, viewport] of [
    ['desktop (1440×900)', DESKTOP],
    ['phone (390×844)', PHONE],
  ] as const) {
    it(`${name}: changing assumptions moves nothing, so a slider stays under the pointer`, async () => {
      const { page } = app;
      await page.setViewportSize(viewport);
      try {
        const measure = async (query: string) => {
          await openApp(page, app.server.url, query);
          if (await page.isVisible('.panel-toggle')) await page.click('.panel-toggle');
          await poll(() => page.locator('[data-param]').count()).toBe(PARAMS.length);
          return assumptionLayout(page);
        };
        const atPreset = await measure('');
        const changed = await measure(numbersChangedQuery());
        const stepped = numbersChanged();
        const base = presetValues(LATEST_PRESET_ID);
        const moved = PARAMS.filter((p) => stepped[p.id as ParamId] !== base[p.id as ParamId]).length;
        expect(moved).toBeGreaterThan(PARAMS.filter((p) => p.kind === 'number').length - 5);
        expect(await page.locator('[data-param].changed').count()).toBe(moved);
        expect(changed).toEqual(atPreset);
      } finally {
        await page.setViewportSize(DESKTOP);
      }
    });
  }

  it('desktop (1440×900): no sideways scrolling; assumptions always shown, no panel toggle', async () => {
    const { page } = app;
    await page.setViewportSize(DESKTOP);
    try {
      await openApp(page, app.server.url);
      await expectNoSidewaysScroll(page, 'default page');
      expect(await page.getByRole('button', { name: /^(Show|Hide) assumptions$/ }).count()).toBe(0);
      expect(await page.isVisible('#param-shareStart')).toBe(true);
      // Figures sit beside the assumptions, in the first screen.
      const kpis = await page.locator('.kpis').boundingBox();
      const panel = await page.locator('section.assumptions').boundingBox();
      expect(kpis && panel && kpis.x > panel.x + panel.width - 1).toBe(true);
      expect(kpis && kpis.y < DESKTOP.height).toBe(true);

      await page.locator('figure[data-chart="valuation"] header button[aria-controls^="table-"]').click();
      await poll(() => page.isVisible('#table-valuation table')).toBe(true);
      await expectNoSidewaysScroll(page, 'table view open');
    } finally {
      await page.setViewportSize(DESKTOP);
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    }
  });

  it.each([
    { colorScheme: 'dark', reducedMotion: 'reduce' },
    { colorScheme: 'light', reducedMotion: 'no-preference' },
  ] as const)(
    'loads without errors with colorScheme $colorScheme, reducedMotion $reducedMotion',
    async (prefs) => {
      const { page } = app;
      await page.emulateMedia(prefs);
      try {
        await openApp(page, app.server.url);
        const env = await page.evaluate(() => {
          const rgb =
            getComputedStyle(document.body)
              .backgroundColor.match(/[\d.]+/g)
              ?.map(Number) ?? [];
          const [r = 0, g = 0, b = 0] = rgb;
          return {
            dark: matchMedia('(prefers-color-scheme: dark)').matches,
            reduce: matchMedia('(prefers-reduced-motion: reduce)').matches,
            luminance: (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255,
          };
        });
        expect(env.dark).toBe(prefs.colorScheme === 'dark');
        expect(env.reduce).toBe(prefs.reducedMotion === 'reduce');
        if (prefs.colorScheme === 'dark') expect(env.luminance).toBeLessThan(0.3);
        else expect(env.luminance).toBeGreaterThan(0.7);
        expect(await page.locator('[data-kpi] [data-testid="kpi-value"]').count()).toBe(8);
        expect(app.seen.consoleErrors).toEqual([]);
      } finally {
        await page.setViewportSize(DESKTOP);
        await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      }
    },
  );

  // Issue #8: the Share panel opened at x = −181 px on a phone; at 320 px "Show assumptions" covered the
  // "Assumptions" heading; cards with long figures overflowed sideways.
  it('from 320 px up: the Share panel stays on screen, the heading stays clear, long figures stay in their cards', async () => {
    const { page } = app;
    // Revenue and horizon at their maximum and almost nothing invested: figures of many digits.
    const base = presetValues(LATEST_PRESET_ID);
    const values: Record<string, unknown> = { ...base };
    const numbers = PARAMS.filter((p) => p.kind === 'number');
    const invested = numbers.filter((p) => /^inv\d/.test(p.id));
    for (const p of invested) values[p.id] = p === invested.at(-1) ? Math.max(p.min, p.step) : p.min;
    for (const p of numbers) if (/^rev/.test(p.id) || p.id === 'horizonEnd') values[p.id] = p.max;
    const link = `?${encodeScenario({ preset: LATEST_PRESET_ID, values: values as typeof base }).toString()}`;
    const box = async (selector: string) => {
      const b = await page.locator(selector).boundingBox();
      if (!b) throw new Error(`${selector} is not shown`);
      return b;
    };
    try {
      for (const width of [320, 360, 390, 600, 860, 1024, 1440]) {
        await page.setViewportSize({ width, height: 800 });
        await openApp(page, app.server.url, link);
        await expectNoSidewaysScroll(page, `${width} px`);

        const cards = await page.$$eval('[data-kpi]', (els) =>
          els.map((e) => ({
            id: e.getAttribute('data-kpi'),
            figure: e.querySelector('[data-testid="kpi-value"]')?.textContent?.trim() ?? '',
            text: e.textContent ?? '',
            over: e.scrollWidth - e.clientWidth,
          })),
        );
        // The multiple on a tiny investment ("290,213.9×" in the value card's detail) is the longest figure.
        expect(
          cards.some((c) => /[\d,]{7,}\.\d×/.test(c.text)),
          'a long figure is shown',
        ).toBe(true);
        expect(
          cards.filter((c) => c.over > 0),
          `${width} px: cards wider than they are`,
        ).toEqual([]);

        if (width <= 860) {
          const heading = await box('#assumptions-title');
          const toggle = await box('button[aria-controls="assumption-groups"]');
          const apart =
            toggle.x >= heading.x + heading.width ||
            toggle.y >= heading.y + heading.height ||
            toggle.x + toggle.width <= heading.x;
          expect(apart, `${width} px: the toggle covers the heading`).toBe(true);
        }

        await page.getByRole('button', { name: 'Share', exact: true }).click();
        const panel = await box('#share-panel');
        expect(panel.x, `${width} px: Share panel's left edge`).toBeGreaterThanOrEqual(0);
        expect(panel.x + panel.width, `${width} px: Share panel's right edge`).toBeLessThanOrEqual(width);
        await page.locator('#share-panel').getByRole('button', { name: 'Close' }).click();
      }
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });
});
