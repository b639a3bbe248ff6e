// Choosing a deal version or what-if: the description, figures and link follow; Back returns to the previous
// preset with its values; Reset returns to the preset's values.
import { describe, expect, it } from 'vitest';
import { findPreset, formatParamValue } from '../../models/index.ts';
import {
  allKpiTexts,
  allNumberFieldValues,
  expectedForLink,
  openApp,
  param,
  poll,
  text,
  urlParams,
  useApp,
} from './page-helpers.ts';
function description(id: string): string {
  const preset = findPreset(id);
  if (!preset) throw new Error(`no preset ${id}`);
  return preset.description;
}

describe('presets', () => {
  const app = useApp();

  const presetDescription = () => text(app.page.locator('[data-testid="preset-description"]'));

  it('choosing a preset changes the description, figures and link; Back returns to the previous one', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    expect(await presetDescription()).toBe(description('amended-2026'));
    const latest = expectedForLink('?preset=amended-2026');
    expect(await allKpiTexts(page)).toEqual(latest.kpis);

    await page.selectOption('#preset-select', 'seeds-2025');
    await poll(presetDescription).toBe(description('seeds-2025'));
    const seeds = expectedForLink('?preset=seeds-2025');
    expect(seeds.kpis.revenueSharePaidThrough2030).not.toBe(latest.kpis.revenueSharePaidThrough2030);
    expect(await allKpiTexts(page)).toEqual(seeds.kpis);
    expect(await urlParams(page)).toEqual({ preset: 'seeds-2025', v: '2' });
    expect(await page.inputValue('#param-shareEnd')).toBe('8');

    // A change on seeds-2025, then (before the URL debounce has fired) another preset: Back must return to
    // seeds-2025 with that change.
    await page.focus('#param-shareEnd');
    await page.keyboard.press('ArrowRight');
    expect(await page.inputValue('#param-shareEnd')).toBe('8.5');
    await page.selectOption('#preset-select', 'bubble');
    await poll(presetDescription).toBe(description('bubble'));
    expect(await urlParams(page)).toEqual({ preset: 'bubble', v: '2' });
    expect(await allKpiTexts(page)).toEqual(expectedForLink('?preset=bubble').kpis);
    expect(await page.inputValue('#param-shareEnd')).toBe('20');

    await page.goBack();
    await poll(() => page.inputValue('#preset-select')).toBe('seeds-2025');
    expect(await urlParams(page)).toEqual({ preset: 'seeds-2025', v: '2', shareEnd: '8.5' });
    expect(await presetDescription()).toBe(description('seeds-2025'));
    expect(await page.inputValue('#param-shareEnd')).toBe('8.5');
    const seedsChanged = expectedForLink('?preset=seeds-2025&shareEnd=8.5');
    expect(await allKpiTexts(page)).toEqual(seedsChanged.kpis);
    expect(await allNumberFieldValues(page)).toEqual(seedsChanged.sliders);

    // Back again: the page as first opened (no query: the latest terms).
    await page.goBack();
    await poll(() => page.inputValue('#preset-select')).toBe('amended-2026');
    // The entry's URL is either left as it was or rewritten to the same scenario in canonical form.
    expect(['', '?preset=amended-2026&v=2']).toContain(await page.evaluate(() => location.search));
    expect(await presetDescription()).toBe(description('amended-2026'));
    expect(await allKpiTexts(page)).toEqual(latest.kpis);
    expect(await allNumberFieldValues(page)).toEqual(latest.sliders);

    // Forward goes to seeds-2025 again.
    await page.goForward();
    await poll(() => page.inputValue('#preset-select')).toBe('seeds-2025');
    expect(await page.inputValue('#param-shareEnd')).toBe('8.5');
  });

  it('Reset (all) and a field reset button restore the preset values', async () => {
    const { page } = app;
    await openApp(page, app.server.url, '?preset=seeds-2025');
    const seeds = expectedForLink('?preset=seeds-2025');
    const resetAll = page.getByRole('button', { name: 'Reset', exact: true });
    expect(await resetAll.isDisabled()).toBe(true);

    await page.focus('#param-shareEnd');
    await page.keyboard.press('ArrowRight');
    await page.check('[data-param="shareShape"] input[value="step"]');
    await page.check('[data-param="shareCapOn"] input[type="checkbox"]');
    await poll(() => urlParams(page)).toEqual({
      preset: 'seeds-2025',
      v: '2',
      shareEnd: '8.5',
      shareShape: 'step',
      shareCapOn: 'true',
    });
    expect(await page.locator('[data-param].changed').count()).toBe(3);
    expect(await allKpiTexts(page)).not.toEqual(seeds.kpis);

    // One field's reset button.
    const shareEndReset = page.locator('[data-param="shareEnd"] button[aria-label^="Reset"]');
    expect(await shareEndReset.getAttribute('aria-label')).toBe(
      `Reset Revenue share at end of decline to ${formatParamValue(param('shareEnd'), 0.08)}`,
    );
    await shareEndReset.click();
    expect(await page.inputValue('#param-shareEnd')).toBe('8');
    expect(await page.locator('[data-param="shareEnd"]').getAttribute('class')).not.toMatch(/\bchanged\b/);
    expect(await page.locator('[data-param].changed').count()).toBe(2);

    // Reset all.
    expect(await resetAll.isEnabled()).toBe(true);
    await resetAll.click();
    await poll(() => page.locator('[data-param].changed').count()).toBe(0);
    expect(await resetAll.isDisabled()).toBe(true);
    expect(await page.isChecked('[data-param="shareShape"] input[value="linear"]')).toBe(true);
    expect(await page.isChecked('[data-param="shareCapOn"] input[type="checkbox"]')).toBe(false);
    expect(await allNumberFieldValues(page)).toEqual(seeds.sliders);
    expect(await allKpiTexts(page)).toEqual(seeds.kpis);
    await poll(() => urlParams(page)).toEqual({ preset: 'seeds-2025', v: '2' });
    expect(await page.inputValue('#preset-select')).toBe('seeds-2025');
  });
});
