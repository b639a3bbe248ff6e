// Issue #10: which assumption drives a figure (a tornado whose bars lead to their sliders), what it would take to
// reach a figure (goal seek, applied in one click and carried by the link), and pinned scenarios compared (charts
// and a table, pins in the link). Expected numbers come from the model the page uses.
import { describe, expect, it } from 'vitest';

import { compileFormulas } from '../../models/formula/index.ts';
import {
  decodeScenario,
  formatUsd,
  PARAM_BY_ID,
  presetValues,
  project,
  seek,
  tornado,
} from '../../models/index.ts';
import { compareTable } from '../../src/lib/compareTable.ts';
import { formatViolations, runAxe } from './browser.ts';
import { openApp, poll, text, urlParams, useApp } from './page-helpers.ts';

describe('sensitivity, goal seek and compare', () => {
  const app = useApp({ viewport: { width: 1440, height: 900 } });

  it('draws the headline tornado once in view; a bar’s button focuses its slider in the open panel', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const bars = tornado(presetValues('amended-2026'), 'msftTotalValueNpv');
    await page.locator('#tornado-title').scrollIntoViewIfNeeded();
    const card = page.locator('figure[data-chart="tornado"]');
    await poll(() => card.count()).toBe(1);
    expect(await text(card.locator('[data-testid="chart-subtitle"]'))).toContain(
      `Now ${formatUsd(project(presetValues('amended-2026')).kpis.msftTotalValueNpv)}.`,
    );
    // The table view lists every bar in order.
    await card.getByRole('button', { name: 'View as table' }).click();
    const firstRow = card.locator('tbody tr').first().locator('th');
    expect(await text(firstRow)).toBe('Revenue growth in 2031');
    expect(await card.locator('tbody tr').count()).toBe(bars.length);
    await card.getByRole('button', { name: 'View as chart' }).click();
    // Going to the third bar's slider.
    await page.locator('.jump').getByRole('button', { name: 'OpenAI revenue, 2030' }).click();
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('param-rev2030');
    await page.keyboard.press('ArrowRight');
    await poll(() => urlParams(page)).toMatchObject({ rev2030: '281' });
    // The tornado follows the slider.
    const moved = project({ ...presetValues('amended-2026'), rev2030: 281e9 }).kpis.msftTotalValueNpv;
    await poll(() => text(card.locator('[data-testid="chart-subtitle"]'))).toContain(
      `Now ${formatUsd(moved)}.`,
    );
  });

  it('measures the tornado in a worker, with the scenario’s series formulas applied to every swing', async () => {
    const { page } = app;
    const link = `?preset=amended-2026&v=2&formula.openaiRevenue=${encodeURIComponent('13e9 * 1.8^(t - 2025)')}`;
    await openApp(page, app.server.url, link);
    const { scenario } = decodeScenario(link);
    const set = compileFormulas(scenario.extras!.formulas!.series!);
    const bars = tornado(scenario.values, 'msftTotalValueNpv', {
      overridesFor: (v) => set.overridesFor(v).overrides,
    });
    // The formula replaces the revenue path: the 2030 revenue no longer moves anything, so it has no bar.
    expect(bars.map((b) => b.id)).not.toContain('rev2030');
    await page.locator('#tornado-title').scrollIntoViewIfNeeded();
    const card = page.locator('figure[data-chart="tornado"]');
    await poll(() => card.count()).toBe(1);
    await card.getByRole('button', { name: 'View as table' }).click();
    await poll(() => card.locator('tbody tr th').allTextContents()).toEqual(
      bars.map((b) => PARAM_BY_ID.get(b.id)!.label),
    );
    expect(page.workers().some((w) => w.url().includes('tornadoWorker'))).toBe(true);
  });

  it('clicking a bar of the chart focuses that slider', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    await page.locator('#tornado-title').scrollIntoViewIfNeeded();
    const canvas = page.locator('figure[data-chart="tornado"] canvas');
    await poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.width)).toBeGreaterThan(0);
    // The top bar ("Revenue growth in 2031"), found where chart.js drew it.
    const point = await canvas.evaluate((c: HTMLCanvasElement) => {
      const box = c.getBoundingClientRect();
      return { x: box.left, y: box.top, w: box.width, h: box.height };
    });
    // Scan down the middle-right of the plot for the first bar: a click there selects the first category.
    for (let y = point.y + 40; y < point.y + point.h; y += 6) {
      await page.mouse.click(point.x + point.w * 0.75, y);
      const id = await page.evaluate(() => document.activeElement?.id);
      if (id?.startsWith('param-')) {
        expect(id).toBe('param-revGrowth2031');
        return;
      }
    }
    throw new Error('no bar found to click');
  });

  it('goal seek: finds the 2030 revenue for $300B, applies it and the link carries it', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const expected = seek(presetValues('amended-2026'), {
      kpi: 'msftTotalValueNpv',
      target: 300e9,
      param: 'rev2030',
    });
    expect(expected.reached).toBe(true);
    if (!expected.reached) return;
    await page.locator('[data-testid="seek-target"]').fill('300');
    await page.getByRole('button', { name: 'Find' }).click();
    const answer = page.locator('[data-testid="seek-answer"]');
    await poll(() => text(answer.locator('p'))).toBe(
      `Value to Microsoft reaches $300.0B (${formatUsd(expected.achieved!)}, the nearest its slider's step gives) with OpenAI revenue, 2030 at $347.0B (now $280.0B), everything else as it is.`,
    );
    await page.locator('[data-testid="seek-apply"]').click();
    await poll(() => urlParams(page)).toMatchObject({ rev2030: '347' });
    await poll(() => page.inputValue('#param-rev2030')).toBe('347');
  });

  it('goal seek: says no value reaches an impossible target and offers the closest', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const closest = project({ ...presetValues('amended-2026'), rev2030: 600e9 }).kpis.msftTotalValueNpv;
    await page.locator('[data-testid="seek-target"]').fill('3000');
    await page.getByRole('button', { name: 'Find' }).click();
    await poll(() => text(page.locator('[data-testid="seek-answer"] p'))).toBe(
      `No value of OpenAI revenue, 2030 from $5.0B to $600.0B brings Value to Microsoft to $3.00T: the closest it comes is ${formatUsd(closest)}, with OpenAI revenue, 2030 at $600.0B.`,
    );
    expect(await text(page.locator('[data-testid="seek-apply"]'))).toBe(
      'Apply the closest: set OpenAI revenue, 2030 to $600.0B',
    );
    await page.locator('[data-testid="seek-target"]').fill('lots');
    await page.getByRole('button', { name: 'Find' }).click();
    await poll(() => text(page.locator('#seek-error'))).toBe(
      'Enter a number in billions of dollars, e.g. 300.',
    );
  });

  it('compare: a preset pinned from the picker shows the table with the model’s numbers, and survives a reload', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    await page.selectOption('#compare-select', 'seeds-2025');
    await poll(() => urlParams(page)).toMatchObject({ pin1: 'seeds-2025' });
    const values = presetValues('amended-2026');
    const seeds = presetValues('seeds-2025');
    const rows = compareTable({ label: '', projection: project(values), values }, [
      { label: '', projection: project(seeds), values: seeds },
    ]);
    // A pin's figure on another basis carries that basis in its cell, and its difference is "not comparable".
    const expectedCells = rows.map((r) => [
      r.figures[0],
      `${r.figures[1]}${r.pinBases[0] ?? ''}`,
      r.differences[0],
    ]);
    const table = page.locator('[data-testid="compare-table"]');
    const read = () =>
      table
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
        );
    await poll(read).toEqual(expectedCells);
    expect(await text(table.locator('tbody tr').first().locator('td').nth(1))).toBe(
      formatUsd(project(seeds).kpis.msftTotalValueNpv),
    );
    await page.reload();
    await poll(() => read()).toEqual(expectedCells);
    expect(await text(page.locator('.pins li').first())).toContain('Pin 1: As the 2025 seed texts report it');
    // Pinning this scenario as it stands freezes its changes into the link.
    await page.focus('#param-shareCap');
    await page.keyboard.press('ArrowRight');
    await page.locator('[data-testid="pin-current"]').click();
    await poll(() => urlParams(page)).toMatchObject({ pin1: 'seeds-2025', pin2: 'amended-2026_shareCap*39' });
    await page.getByRole('button', { name: 'Remove Pin 1: As the 2025 seed texts report it' }).click();
    await poll(() => urlParams(page)).toMatchObject({ pin1: 'amended-2026_shareCap*39' });
  });

  it('a bad pin in a link gives a notice naming it, and the good pin stays', async () => {
    const { page } = app;
    await openApp(page, app.server.url, '?pin1=nope&pin2=bubble');
    const notice = page.locator('.notice');
    await poll(() => text(notice)).toContain('Pin 1 ("nope"): unknown preset "nope" (the pin was left out).');
    expect(await text(page.locator('.pins li').first())).toContain('Pin 1: What if the AI bubble deflates?');
    expect(decodeScenario('?pin1=nope&pin2=bubble').scenario.extras?.pins).toHaveLength(1);
  });

  it('is axe clean, light and dark, with pins, the tornado and a goal seek answer on screen', async () => {
    const { page } = app;
    await openApp(page, app.server.url, '?pin1=seeds-2025&pin2=original-2019');
    await page.locator('#tornado-title').scrollIntoViewIfNeeded();
    await poll(() => page.locator('figure[data-chart="tornado"]').count()).toBe(1);
    await page.locator('[data-testid="seek-target"]').fill('300');
    await page.getByRole('button', { name: 'Find' }).click();
    await poll(() => page.locator('[data-testid="seek-apply"]').count()).toBe(1);
    expect(formatViolations(await runAxe(page, { resultTypes: ['violations'] })), 'light').toBe('');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(formatViolations(await runAxe(page, { resultTypes: ['violations'] })), 'dark').toBe('');
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
