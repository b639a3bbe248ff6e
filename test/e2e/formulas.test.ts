// Formulas in the page: a number field takes "=expression" (evaluated on Enter, its result shown, the expression
// in the link); a series formula is previewed against the built-in path, applied, shared and restored by the
// link; a refused one says what and where, and changes nothing; a hostile link gives a notice and the rest stands.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compileFormulas } from '../../models/formula/index.ts';
import { decodeScenario, formatParamValue, presetValues, project } from '../../models/index.ts';
import { kpiCards } from '../../src/lib/kpiCards.ts';
import { formatViolations, runAxe } from './browser.ts';
import {
  allKpiTexts,
  numberParam,
  openApp,
  poll,
  sliderValue,
  text,
  urlParams,
  useApp,
} from './page-helpers.ts';

/** The headline figures the page must show for a link, its series formulas applied. */
function expectedKpis(query: string): Record<string, string> {
  const { scenario } = decodeScenario(query);
  const series = scenario.extras?.formulas?.series ?? {};
  const { overrides } = compileFormulas(series).overridesFor(scenario.values);
  const cards = kpiCards(
    project(scenario.values, overrides),
    project(presetValues(scenario.preset)),
    scenario.values,
  );
  return Object.fromEntries(cards.map((c) => [c.id, c.value]));
}

async function noticeItems(page: Page): Promise<string[]> {
  return page.$$eval('[role="alert"] li', (items) => items.map((li) => li.textContent?.trim() ?? ''));
}

const rev2030 = numberParam('rev2030');
const REVENUE = '13e9 * 1.8^(t - 2025)';

describe('formulas', () => {
  const app = useApp();

  it('a number field evaluates "=852 * 0.27" on Enter, shows the result and keeps the expression in the link', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const field = page.locator('#param-rev2030 ~ .number-field input');
    const result = page.locator('#param-rev2030-result');
    await field.fill('=852 * 0.27');
    await poll(() => text(result)).toBe('Press Enter to work it out.');
    const before = await allKpiTexts(page);
    await field.press('Enter');
    await poll(() => text(result)).toBe(`= ${formatParamValue(rev2030, 230.04e9)}`);
    await poll(() => urlParams(page)).toMatchObject({
      rev2030: '230.04',
      'expr.rev2030': '852 * 0.27',
    });
    expect(await field.inputValue()).toBe('=852 * 0.27');
    expect(await sliderValue(page, 'rev2030')).toBe('230');
    const search = await page.evaluate(() => location.search);
    await poll(() => allKpiTexts(page)).toEqual(expectedKpis(search));
    expect(await allKpiTexts(page)).not.toEqual(before);

    // Reloading restores the value and the expression; moving the slider drops the expression.
    await openApp(page, app.server.url, search);
    await poll(() => field.inputValue()).toBe('=852 * 0.27');
    expect(await text(result)).toBe(`= ${formatParamValue(rev2030, 230.04e9)}`);
    await page.locator('#param-rev2030').fill('300');
    await poll(() => field.inputValue()).toBe('300');
    await poll(() => urlParams(page)).not.toHaveProperty('expr.rev2030');
  });

  it('a refused expression says what and where, and changes nothing', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const field = page.locator('#param-rev2030 ~ .number-field input');
    const before = { kpis: await allKpiTexts(page), url: await urlParams(page) };
    await field.fill('=852 *');
    await field.press('Enter');
    await poll(() => text(page.locator('#param-rev2030-error'))).toBe(
      'Unexpected end of expression at character 7.',
    );
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await field.fill('=852 * 10');
    await field.press('Enter');
    await poll(() => text(page.locator('#param-rev2030-error'))).toBe(
      `Enter ${formatParamValue(rev2030, rev2030.min)} to ${formatParamValue(rev2030, rev2030.max)}.`,
    );
    expect(await allKpiTexts(page)).toEqual(before.kpis);
    expect(await urlParams(page)).toEqual(before.url);
  });

  it('a series formula is previewed against the built-in path, applied, in the link, and restored on reload', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const before = await allKpiTexts(page);
    await page.getByRole('button', { name: 'Write a formula' }).click();
    const formula = page.getByRole('textbox', { name: 'Formula' });
    await formula.fill(REVENUE);
    const apply = page.getByRole('button', { name: 'Apply' });
    expect(await apply.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.locator('figure[data-chart="formula-preview"]');
    await poll(() => text(preview.locator('[data-testid="chart-subtitle"]'))).toBe(
      // 13e9 × 1.8^5 = $245.6B; 13e9 × 1.8^20 = $1,657.3T.
      'In 2030: $245.6B by your formula, $280.0B built in; in 2045: $1,657.3T and $1.01T.',
    );
    // Nothing changes until it is applied.
    expect(await allKpiTexts(page)).toEqual(before);
    await apply.click();
    await poll(() => urlParams(page)).toMatchObject({ 'formula.openaiRevenue': REVENUE });
    const search = await page.evaluate(() => location.search);
    await poll(() => allKpiTexts(page)).toEqual(expectedKpis(search));
    expect(await allKpiTexts(page)).not.toEqual(before);
    expect(await text(page.locator('[data-formula="openaiRevenue"] code'))).toBe(REVENUE);
    // A formula moves the figures as a changed assumption would: the cards say how far from the preset, and
    // Reset (which removes it) is offered.
    const headlineChange = page.locator('[data-kpi="msftTotalValueNpv"] [data-testid="kpi-change"]');
    await poll(() => text(headlineChange)).toMatch(/ vs preset$/);
    expect(await page.getByRole('button', { name: 'Reset', exact: true }).isDisabled()).toBe(false);

    await openApp(page, app.server.url, search);
    await poll(() => text(page.locator('[data-formula="openaiRevenue"] code'))).toBe(REVENUE);
    await poll(() => allKpiTexts(page)).toEqual(expectedKpis(search));

    // Remove returns to the built-in path.
    await page.getByRole('button', { name: 'Remove the formula for OpenAI revenue' }).click();
    await poll(() => urlParams(page)).not.toHaveProperty('formula.openaiRevenue');
    await poll(() => allKpiTexts(page)).toEqual(before);
    await poll(() => text(headlineChange)).toBe('');
    expect(await page.getByRole('button', { name: 'Reset', exact: true }).isDisabled()).toBe(true);
  });

  it('Reset removes a series formula with the changed assumptions, back to the preset', async () => {
    const { page } = app;
    await openApp(page, app.server.url, `?formula.openaiRevenue=${encodeURIComponent(REVENUE)}&rev2025=14`);
    await poll(() => text(page.locator('[data-formula="openaiRevenue"] code'))).toBe(REVENUE);
    const before = await allKpiTexts(page);
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await poll(() => urlParams(page)).not.toHaveProperty('formula.openaiRevenue');
    expect(await urlParams(page)).not.toHaveProperty('rev2025');
    await poll(() => allKpiTexts(page)).toEqual(expectedKpis('?preset=amended-2026'));
    expect(await allKpiTexts(page)).not.toEqual(before);
  });

  it('a refused formula shows its message and position inline, and changes nothing', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const before = await allKpiTexts(page);
    await page.getByRole('button', { name: 'Write a formula' }).click();
    const formula = page.getByRole('textbox', { name: 'Formula' });
    await formula.fill('rev2030 * (1 + ');
    await formula.press('Enter');
    await poll(() => text(page.locator('#formula-error'))).toBe(
      'Unexpected end of expression at character 15.',
    );
    expect(await formula.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('button', { name: 'Apply' }).isDisabled()).toBe(true);
    await formula.fill('13e9 * 3^(t - 2025)');
    await formula.press('Enter');
    await poll(() => text(page.locator('#formula-error'))).toBe(
      'Gives $20,726.2T in 2038; OpenAI revenue must be $100M to $10,000.0T each year.',
    );
    expect(await page.getByRole('button', { name: 'Apply' }).isDisabled()).toBe(true);
    expect(await allKpiTexts(page)).toEqual(before);
    expect(await urlParams(page)).toEqual({});
  });

  it('a link with a hostile formula gives a notice; the rest of the scenario stands', async () => {
    const { page } = app;
    const link =
      '?preset=amended-2026&v=2&shareCap=50&formula.openaiRevenue=cos.constructor&formula.revenueShareRate=0.1&expr.rev2030=1%2F0';
    await openApp(page, app.server.url, link);
    await poll(() => noticeItems(page)).toEqual([
      'Formula for openaiRevenue "cos.constructor": Reading a property or an index (. or [ ]) at character 4 is not allowed in a formula: the built-in path is used.',
      'Expression for rev2030 "=1/0": Gives Infinity, not a finite number: the link\'s value was kept.',
    ]);
    expect(await sliderValue(page, 'shareCap')).toBe('50');
    await poll(() => allKpiTexts(page)).toEqual(
      expectedKpis('?preset=amended-2026&v=2&shareCap=50&formula.revenueShareRate=0.1'),
    );
    expect(await text(page.locator('[data-formula="openaiRevenue"] .refused'))).toBe(
      'Not applied (built-in path used): Reading a property or an index (. or [ ]) at character 4 is not allowed in a formula.',
    );
  });

  it('is axe clean with the editor and a preview open', async () => {
    const { page } = app;
    await openApp(
      page,
      app.server.url,
      `?formula.revenueShareRate=${encodeURIComponent('t <= 2030 ? 0.2 : 0')}`,
    );
    await page.getByRole('textbox', { name: 'Formula' }).fill(REVENUE);
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.locator('figure[data-chart="formula-preview"] canvas').waitFor();
    await page.locator('#formulas').scrollIntoViewIfNeeded();
    const violations = await runAxe(page, { resultTypes: ['violations'] });
    expect(formatViolations(violations)).toBe('');
  });
});

describe('formulas on a touch screen', () => {
  const app = useApp({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  it('the formula key opens an expression with the full keyboard; the number keypad comes back after', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    await page.click('.panel-toggle');
    const field = page.locator('#param-rev2030 ~ .number-field input');
    const key = page.locator('[data-param="rev2030"] .formula-key');
    await poll(() => key.isVisible()).toBe(true);
    expect(await key.getAttribute('aria-label')).toBe(`Type a formula for ${rev2030.label}`);
    // The decimal keypad, which has no "=", until the key is pressed.
    expect(await field.getAttribute('inputmode')).toBe('decimal');
    await key.tap();
    await poll(() =>
      page.evaluate(() => document.activeElement?.closest('[data-param]')?.getAttribute('data-param')),
    ).toBe('rev2030');
    expect(await field.getAttribute('inputmode')).toBe('text');
    expect(await field.inputValue()).toBe('=');
    await page.keyboard.type('852 * 0.27');
    await page.keyboard.press('Enter');
    await poll(() => urlParams(page)).toMatchObject({ rev2030: '230.04', 'expr.rev2030': '852 * 0.27' });
    // Leaving the field brings the number keypad back; pressing the key again resumes the expression.
    await field.blur();
    await poll(() => field.getAttribute('inputmode')).toBe('decimal');
    await key.tap();
    await poll(() => field.inputValue()).toBe('=852 * 0.27');
    // Pressed and left without typing: nothing changes, and no error.
    await page.locator('#param-shareCap ~ .number-field input').focus();
    await page.locator('[data-param="shareCap"] .formula-key').tap();
    await page.locator('#param-shareCap ~ .number-field input').blur();
    await poll(() => page.locator('#param-shareCap ~ .number-field input').inputValue()).toBe(
      String(await page.locator('#param-shareCap').inputValue()),
    );
    expect(await text(page.locator('#param-shareCap-error'))).toBe('');
    // Every formula key is named after its assumption and passes axe, light and dark.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(formatViolations(await runAxe(page)), `axe with the formula keys, ${colorScheme}`).toBe('');
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
