// How sure is this: the simulation runs in a worker once the scenario rests, draws fan bands over the very
// scenario shown, states the odds with the same numbers as the command line, and its ranges travel in the link.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeScenario, probabilitySentences, simulate } from '../../models/index.ts';
import { formatViolations, runAxe } from './browser.ts';
import { openApp, poll, subtitle, text, urlParams, useApp, waitForCharts } from './page-helpers.ts';

const PANEL = '#how-sure';

/**
 * Waits until the panel shows the complete simulation of the scenario now in the page (and, if given, that the
 * simulated scenario's link contains `part`).
 */
async function simulated(page: Page, part = ''): Promise<void> {
  await page.waitForFunction(
    ([panel, part]) => {
      const el = document.querySelector(panel!);
      return (
        el?.getAttribute('data-simulation-state') === 'complete' &&
        (el.getAttribute('data-simulated-query') ?? '').includes(part!)
      );
    },
    [PANEL, part],
    { timeout: 60_000 },
  );
}

function sentences(page: Page): Promise<string[]> {
  return page.$$eval(`${PANEL} [data-probability]`, (items) =>
    items.map((li) => li.textContent?.trim() ?? ''),
  );
}

describe('how sure is this', () => {
  const app = useApp();

  it('states the odds with the numbers the model gives for the same link and seed', async () => {
    const { page } = app;
    const link = '?preset=amended-2026&v=2&seed=42&samples=1000';
    await openApp(page, app.server.url, link);
    await simulated(page);
    const { scenario } = decodeScenario(link);
    const sim = simulate(scenario.values, { samples: 1000, seed: 42 });
    expect(await sentences(page)).toEqual(probabilitySentences(sim).map((s) => s.text));
    expect(await page.getAttribute(PANEL, 'data-simulation-samples')).toBe('1000');
    await poll(() => subtitle(page, 'msft-value')).toContain('Total: 80% of 1,000 simulations fall between');
    expect(await page.isVisible('figure[data-chart="headline-histogram"] canvas')).toBe(true);
  });

  it('draws new bands for the new scenario once a slider rests, and never the old ones over it', async () => {
    const { page } = app;
    await openApp(page, app.server.url, '?samples=1000');
    await simulated(page);
    // The subtitle comes back with the chart's drawing, a frame or so after the simulation's answer.
    await poll(() => subtitle(page, 'msft-value')).toContain('80% of 1,000 simulations');
    const before = await subtitle(page, 'msft-value');
    await page.focus('#param-shareCap');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    // Until the new scenario is simulated, no band is drawn: the old one would belong to another scenario. The
    // subtitle comes with the chart's drawing, so read it once the charts show the latest scenario sent.
    await waitForCharts(page);
    const snapshot = await page.evaluate(() => ({
      state: document.querySelector('#how-sure')!.getAttribute('data-simulation-state'),
      query: document.querySelector('#how-sure')!.getAttribute('data-simulated-query'),
      subtitle: document.querySelector('figure[data-chart="msft-value"] [data-testid="chart-subtitle"]')!
        .textContent,
    }));
    if (snapshot.state === 'complete') expect(snapshot.query).toContain('shareCap=43');
    else expect(snapshot.subtitle).not.toContain('simulations');
    await simulated(page, 'shareCap=43');
    await poll(() => subtitle(page, 'msft-value')).toContain('80% of 1,000 simulations');
    const after = await subtitle(page, 'msft-value');
    expect(after).not.toBe(before);
  });

  it('carries ranges, the seed and the sample count in the link, and sets a range from the panel', async () => {
    const { page } = app;
    await openApp(page, app.server.url, '?r.rev2030=150_300_normal&r.costOfEquity=off&seed=7&samples=1000');
    await simulated(page);
    await page.click(`${PANEL} summary`);
    const row = page.locator(`${PANEL} tr[data-range="rev2030"]`);
    expect(await text(row)).toContain('$150.0B to $300.0B');
    expect(await text(row)).toContain('Normal');
    expect(await text(row)).toContain('Your range');
    expect(await page.locator(`${PANEL} tr[data-range="costOfEquity"]`).count()).toBe(0);
    expect(await text(page.locator(`${PANEL} [data-testid="idle-ranges"]`))).toContain(
      'OpenAI cost of equity',
    );
    expect(await page.inputValue(`${PANEL} input[type="number"]`)).toBe('7');

    await page.selectOption(`${PANEL} form select >> nth=0`, 'shareCap');
    await page.fill('#range-low', '30');
    await page.fill('#range-high', '60');
    await page.selectOption(`${PANEL} form select >> nth=1`, 'uniform');
    await page.click(`${PANEL} form button[type="submit"]`);
    await poll(() => urlParams(page)).toMatchObject({
      'r.rev2030': '150_300_normal',
      'r.shareCap': '30_60_uniform',
      'r.costOfEquity': 'off',
      seed: '7',
      samples: '1000',
    });
    await page.reload();
    await simulated(page);
    await page.click(`${PANEL} summary`);
    expect(await text(page.locator(`${PANEL} tr[data-range="shareCap"]`))).toContain('$30.0B to $60.0B');

    // A range that cannot be is refused where it is typed, and nothing changes.
    await page.selectOption(`${PANEL} form select >> nth=0`, 'opexShare');
    await page.fill('#range-low', '40');
    await page.fill('#range-high', '20');
    await page.click(`${PANEL} form button[type="submit"]`);
    await poll(() => text(page.locator('#range-error'))).toBe('The low end must be below the high end.');
    expect(await urlParams(page)).not.toHaveProperty('r.opexShare');
  });

  it('names a bad range in a link and keeps the rest of the scenario', async () => {
    const { page } = app;
    await openApp(
      page,
      app.server.url,
      '?shareCap=50&r.rev2030=300_200_normal&r.bogus=1_2_uniform&samples=1000',
    );
    const notices = await page.$$eval('[role="alert"] li', (items) =>
      items.map((li) => li.textContent?.trim() ?? ''),
    );
    expect(notices).toEqual([
      'Range for OpenAI revenue, 2030 (r.rev2030): the low end must be below the high end; ignored.',
      'Range "r.bogus": there is no numeric assumption "bogus"; ignored.',
    ]);
    expect(await page.inputValue('#param-shareCap')).toBe('50');
    await simulated(page);
    expect(await page.getAttribute(PANEL, 'data-simulation-samples')).toBe('1000');
  });

  it('is axe clean with its ranges open', async () => {
    const { page } = app;
    await openApp(page, app.server.url, '?samples=1000');
    await simulated(page);
    await page.click(`${PANEL} summary`);
    await page.locator(PANEL).scrollIntoViewIfNeeded();
    const violations = await runAxe(page, { resultTypes: ['violations'] });
    expect(formatViolations(violations)).toBe('');

    // While a new scenario waits for its simulation the earlier results stay on screen, marked as stale: they
    // must stay readable (a faded block failed contrast once). The worker is silenced so the wait lasts.
    const worker = page.workers().find((w) => w.url().includes('simulation'));
    expect(worker, 'the simulation worker').toBeDefined();
    await worker!.evaluate(() => {
      self.postMessage = () => {};
    });
    await page.focus('#param-shareCap');
    await page.keyboard.press('ArrowRight');
    await page.locator(PANEL).scrollIntoViewIfNeeded();
    await poll(() => page.getAttribute(PANEL, 'data-simulation-state')).toBe('pending');
    expect(await text(page.locator(`${PANEL} [data-testid="simulation-status"]`))).toBe(
      'Simulating this scenario…',
    );
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(formatViolations(await runAxe(page)), `axe while stale, ${colorScheme}`).toBe('');
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
