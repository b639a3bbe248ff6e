// Learning the deal (issue #12): "How this is computed" shows the numbers of the scenario on screen and its
// assumption links focus their sliders; glossary links jump to their term; the timeline opens a version's preset;
// every new view is axe clean, light and dark.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { decodeScenario, project } from '../../models/index.ts';
import { explain } from '../../models/learn/explain.ts';
import { formatViolations, runAxe } from './browser.ts';
import {
  allKpiTexts,
  expectedForLink,
  nextFrames,
  openApp,
  poll,
  text,
  urlParams,
  useApp,
} from './page-helpers.ts';

async function expectAxeClean(page: Page, where: string) {
  expect(formatViolations(await runAxe(page)), `serious or critical axe violations on ${where}`).toBe('');
}

function explainer(page: Page, id: string) {
  return page.locator(`.explainer[data-explain="${id}"]`);
}

async function arithmetic(page: Page, id: string): Promise<string[]> {
  return explainer(page, id).locator('.arithmetic li').allTextContents();
}

describe('learning the deal, desktop', () => {
  const app = useApp({ viewport: { width: 1440, height: 900 } });

  it('“How this is computed” shows the plugged-in numbers, and follows a changed slider', async () => {
    const { page } = app;
    await openApp(page, app.server.url, '?preset=amended-2026&v=2&shareCap=50');
    const box = explainer(page, 'revenueSharePaidThrough2030');
    expect(await box.locator('.explainer-body').count(), 'nothing computed before it is opened').toBe(0);
    await box.locator('summary').click();
    const { scenario } = decodeScenario('?preset=amended-2026&v=2&shareCap=50');
    const expected = explain('revenueSharePaidThrough2030', project(scenario.values), scenario.values);
    // The explanations' code loads with the first one opened.
    await poll(() => arithmetic(page, 'revenueSharePaidThrough2030')).toEqual(expected.arithmetic);
    expect(expected.arithmetic.at(-1)).toMatch(/= \$50\.00B$/);

    // A slider moved with the explanation open: its numbers follow.
    await page.fill('[data-param="shareCap"] input[role="spinbutton"]', '60');
    await poll(() => arithmetic(page, 'revenueSharePaidThrough2030').then((a) => a.at(-1))).toMatch(
      /= \$60\.00B$/,
    );
    await poll(() => text(box.locator('dd[data-symbol="P₂₀₂₈"]'))).toBe(
      explain('revenueSharePaidThrough2030', project({ ...scenario.values, shareCap: 60e9 }), {
        ...scenario.values,
        shareCap: 60e9,
      }).inputs.find((q) => q.symbol === 'P₂₀₂₈')!.shown,
    );
  });

  it('every headline card and chart has one, axe clean with all of them open, light and dark', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    expect(await page.locator('[data-kpi] .explainer').count()).toBe(8);
    expect(await page.locator('figure[data-chart] .explainer').count()).toBe(5);
    for (const summary of await page.locator('.explainer summary').all()) await summary.click();
    await poll(() => page.locator('.explainer-body').count()).toBe(13);
    await expectAxeClean(page, 'the page with every explanation open');
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await expectAxeClean(page, 'the page with every explanation open (dark)');
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });

  it('an assumption link focuses its slider', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const box = explainer(page, 'msftStakeValueAtMark');
    await box.locator('summary').click();
    await box.locator('a[data-assumption="round2026Raised"]').click();
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('param-round2026Raised');
    // The focused slider is on screen.
    await poll(() =>
      page.$eval('#param-round2026Raised', (el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }),
    ).toBe(true);
  });

  it('a glossary link jumps to its term', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const link = page.locator('[data-kpi="msftStakeValueAtMark"] .kpi-basis a.term-link');
    expect(await text(link)).toBe('Market mark');
    await link.click();
    await poll(() => page.evaluate(() => location.hash)).toBe('#term-market-mark');
    await poll(() =>
      page.$eval('#term-market-mark', (el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.top < innerHeight;
      }),
    ).toBe(true);
    // An anchor is not a setting: the scenario is untouched and no notice appears.
    expect(await page.locator('.link-notice').count()).toBe(0);
    expect(await text(page.locator('#term-market-mark'))).toBe('Market mark');
  });

  it('a link to a term opens at the term', async () => {
    const { page } = app;
    await openApp(page, app.server.url, '#term-dilution');
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('term-dilution');
    const top = await page.$eval('#term-dilution', (el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(900);
  });

  it('a timeline button opens its version, and says so', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const entry = page.locator('[data-timeline="recap-2025"]');
    // Off-screen cards skip rendering (content-visibility), and Playwright's role queries skip what is not rendered.
    await entry.scrollIntoViewIfNeeded();
    await entry.getByRole('button', { name: 'Open this version: Oct 2025 recapitalization' }).click();
    await poll(() => page.inputValue('#preset-select')).toBe('recap-2025');
    await poll(() => urlParams(page)).toMatchObject({ preset: 'recap-2025' });
    await poll(() => allKpiTexts(page)).toEqual(expectedForLink('?preset=recap-2025').kpis);
    expect(await text(entry.locator('.timeline-current'))).toBe('Shown in the figures now');
    expect(await text(page.locator('.timeline [role="status"]'))).toBe(
      'Now showing “Oct 2025 recapitalization” in the figures and charts above.',
    );
  });

  it('marks context as context, never with a preset', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    // The Learn section loads after the first paint.
    await page.locator('#timeline-context').waitFor({ state: 'attached' });
    const context = page.locator('[data-timeline][data-kind="context"]');
    expect(await context.count()).toBe(2);
    for (const c of await context.all()) {
      expect(await text(c.locator('.timeline-kind'))).toBe('Context, not a model input');
      expect(await c.getByRole('button').count()).toBe(0);
    }
  });

  it('axe: the timeline and glossary, light and dark', async () => {
    const { page } = app;
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await openApp(page, app.server.url);
      await page.locator('#glossary-title').scrollIntoViewIfNeeded();
      await expectAxeClean(page, `the Learn section (${scheme})`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });
});

describe('learning the deal, phone', () => {
  const app = useApp({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  it('an assumption link opens the folded panel and focuses the slider', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    expect(await page.locator('#param-shareCap').isVisible()).toBe(false);
    const box = explainer(page, 'revenueSharePaidThrough2030');
    await box.locator('summary').click();
    await box.locator('a[data-assumption="shareCap"]').click();
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('param-shareCap');
    expect(await page.locator('#param-shareCap').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Hide assumptions' }).count()).toBe(1);
  });
});

describe('the guided first visit', () => {
  const app = useApp({ viewport: { width: 390, height: 844 } }, { tour: true });

  async function stepTitle(page: Page) {
    return text(page.locator('.tour h2'));
  }

  it('shows once, walks through four steps without covering their target, and is remembered', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const tour = page.getByRole('dialog', { name: 'Choose a version of the deal' });
    await tour.waitFor();
    await expectAxeClean(page, 'the tour, step 1');
    // Focus moves into the tour.
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('tour-title');
    const targets = [
      '#preset-select',
      '.panel-toggle',
      '[data-kpi="msftTotalValueNpv"]',
      '[aria-controls="share-panel"]',
    ];
    const titles: string[] = [];
    for (let i = 0; i < targets.length; i++) {
      titles.push(await stepTitle(page));
      const [card, target] = await Promise.all([
        page.locator('.tour').boundingBox(),
        page.locator(targets[i]!).boundingBox(),
      ]);
      const overlap =
        card!.y < target!.y + target!.height &&
        card!.y + card!.height > target!.y &&
        card!.x < target!.x + target!.width &&
        card!.x + card!.width > target!.x;
      expect(overlap, `step ${i + 1} covers ${targets[i]}`).toBe(false);
      if (i < targets.length - 1) await page.getByRole('button', { name: 'Next' }).click();
    }
    expect(titles).toEqual([
      'Choose a version of the deal',
      'Move an assumption',
      'Read a headline figure',
      'Share what you see',
    ]);
    await page.getByRole('button', { name: 'Done' }).click();
    await poll(() => page.locator('.tour').count()).toBe(0);
    await openApp(page, app.server.url);
    // The tour would start a frame after the charts are drawn: give it that frame and more.
    await nextFrames(page);
    expect(await page.locator('.tour').count(), 'not shown again').toBe(0);
  });

  it('Escape dismisses it; corrupt saved data shows it again; a shared link never starts it', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    await page.evaluate(() => localStorage.setItem('deal-explorer.tour', '{not json'));
    await openApp(page, app.server.url);
    await page.locator('.tour').waitFor();
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await expectAxeClean(page, 'the tour (dark)');
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
    await page.keyboard.press('Escape');
    await poll(() => page.locator('.tour').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('deal-explorer.tour'))).toBe(
      '{"version":1,"seen":true}',
    );

    await page.evaluate(() => localStorage.clear());
    await openApp(page, app.server.url, '?preset=recap-2025');
    await page.locator('#learn').waitFor({ state: 'attached' });
    expect(await page.locator('.tour').count()).toBe(0);
    // The button starts it anywhere.
    await page.getByRole('button', { name: 'Take the tour' }).click();
    await page.locator('.tour').waitFor();
    await page.getByRole('button', { name: 'Close the tour' }).click();
    await poll(() => page.locator('.tour').count()).toBe(0);
    await poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Take the tour');
  });
});
