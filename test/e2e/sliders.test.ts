// Moving an assumption with the keyboard, the mouse or the number field updates the figures, the charts and
// (after the debounce) the link.
import { describe, expect, it } from 'vitest';

import { formatParamValue, PRESETS } from '../../models/index.ts';
import {
  canvasPixels,
  expectedForLink,
  kpiText,
  nextFrames,
  allNumberFieldValues,
  allSliderValues,
  NUMBER_PARAMS,
  numberParam,
  openApp,
  poll,
  sliderValue,
  subtitle,
  text,
  urlParams,
  useApp,
} from './page-helpers.ts';

describe('assumption sliders', () => {
  const app = useApp({ viewport: { width: 1440, height: 900 } });

  it('every slider shows the exact value of the scenario, in every preset', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const mismatches: string[] = [];
    for (const preset of PRESETS) {
      if ((await page.inputValue('#preset-select')) !== preset.id) {
        await page.selectOption('#preset-select', preset.id);
        await poll(() => urlParams(page).then((q) => q.preset)).toBe(preset.id);
      }
      const expected = expectedForLink(`?preset=${preset.id}`).sliders;
      // The number field shows the exact value.
      expect(await allNumberFieldValues(page), preset.id).toEqual(expected);
      // A slider can only sit on its step grid (min + k × step): a value off the grid is drawn at the nearest
      // step, so the slider would show a different number than the scenario uses.
      const sliders = await allSliderValues(page);
      for (const p of NUMBER_PARAMS)
        if (Number(sliders[p.id]) !== expected[p.id])
          mismatches.push(`${preset.id} ${p.id}: slider at ${sliders[p.id]}, value ${expected[p.id]}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('keyboard: arrow keys on a slider update the figure, the chart and the link', async () => {
    const { page } = app;
    await openApp(page, app.server.url, '?preset=seeds-2025');
    const before = {
      kpi: await kpiText(page, 'revenueSharePaidThrough2030'),
      subtitle: await subtitle(page, 'revenue-share'),
      pixels: await canvasPixels(page, 'revenue-share'),
    };
    expect(await sliderValue(page, 'shareEnd')).toBe('8');
    expect(before.kpi).toBe(expectedForLink('?preset=seeds-2025').kpis.revenueSharePaidThrough2030);

    await page.focus('#param-shareEnd');
    await page.keyboard.press('ArrowRight');
    expect(await sliderValue(page, 'shareEnd')).toBe('8.5');
    const raised = expectedForLink('?preset=seeds-2025&shareEnd=8.5').kpis.revenueSharePaidThrough2030;
    expect(raised).not.toBe(before.kpi);
    await poll(() => kpiText(page, 'revenueSharePaidThrough2030')).toBe(raised);
    await poll(() => subtitle(page, 'revenue-share')).not.toBe(before.subtitle);
    expect(await subtitle(page, 'revenue-share')).toContain(raised);
    await nextFrames(page);
    expect(await canvasPixels(page, 'revenue-share')).not.toBe(before.pixels);
    expect(await page.getAttribute('[data-param="shareEnd"]', 'class')).toMatch(/\bchanged\b/);
    expect(await page.isVisible('[data-param="shareEnd"] button[aria-label^="Reset"]')).toBe(true);
    // The link follows once the slider has been still for the debounce.
    await poll(() => urlParams(page)).toMatchObject({ preset: 'seeds-2025', shareEnd: '8.5' });

    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await sliderValue(page, 'shareEnd')).toBe('7.5');
    const lowered = expectedForLink('?preset=seeds-2025&shareEnd=7.5').kpis.revenueSharePaidThrough2030;
    await poll(() => kpiText(page, 'revenueSharePaidThrough2030')).toBe(lowered);
    await poll(() => urlParams(page)).toMatchObject({ shareEnd: '7.5' });
  });

  it('keyboard: raising the binding $38B cap on the latest terms raises revenue share paid', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const before = await kpiText(page, 'revenueSharePaidThrough2030');
    expect(before).toBe('$38.0B');
    const pixels = await canvasPixels(page, 'revenue-share');
    await page.focus('#param-shareCap');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    expect(await sliderValue(page, 'shareCap')).toBe('43');
    await poll(() => kpiText(page, 'revenueSharePaidThrough2030')).toBe('$43.0B');
    await nextFrames(page);
    expect(await canvasPixels(page, 'revenue-share')).not.toBe(pixels);
    await poll(() => urlParams(page)).toMatchObject({ preset: 'amended-2026', shareCap: '43' });
  });

  it('crossing the preset value shows and clears the change lines without moving anything on the page', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const layout = () =>
      page.evaluate(() => ({
        // Whole pixels: an empty line box and one holding text can differ by 1/64 px, which nobody sees.
        cards: [...document.querySelectorAll('[data-kpi]')].map((c) =>
          Math.round(c.getBoundingClientRect().height),
        ),
        chartsTop: Math.round(
          document.querySelector('figure[data-chart]')!.getBoundingClientRect().top + scrollY,
        ),
      }));
    const change = () =>
      text(page.locator('[data-kpi="revenueSharePaidThrough2030"] [data-testid="kpi-change"]'));
    const atPreset = await layout();
    expect(await change()).toBe('');

    await page.focus('#param-shareCap');
    await page.keyboard.press('ArrowRight');
    await poll(change).toBe('Change against the preset:\u00a0+$1.0B vs preset');
    expect(await layout()).toEqual(atPreset);

    await page.keyboard.press('ArrowLeft');
    await poll(change).toBe('');
    expect(await layout()).toEqual(atPreset);
  });

  it('pointer: dragging a slider thumb updates the figures and the link', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const slider = page.locator('#param-rev2030');
    await slider.scrollIntoViewIfNeeded();
    const before = {
      value: Number(await slider.inputValue()),
      npv: await kpiText(page, 'msftTotalValueNpv'),
      subtitle: await subtitle(page, 'openai-economics'),
      pixels: await canvasPixels(page, 'openai-economics'),
    };
    expect(before.value).toBe(280);
    const box = await slider.boundingBox();
    if (!box) throw new Error('#param-rev2030 has no box');
    // Press on the thumb, then drag it a third of the track to the left.
    const { min, max } = numberParam('rev2030');
    const y = box.y + box.height / 2;
    const startX = box.x + ((280e9 - min) / (max - min)) * box.width;
    await page.mouse.move(startX, y);
    await page.mouse.down();
    await page.mouse.move(startX - box.width / 3, y, { steps: 6 });
    await page.mouse.up();

    const after = Number(await slider.inputValue());
    expect(after).toBeLessThan(before.value - 100);
    expect(after).toBeGreaterThanOrEqual(50);
    const expected = expectedForLink(`?rev2030=${after}`).kpis;
    await poll(() => kpiText(page, 'msftTotalValueNpv')).toBe(expected.msftTotalValueNpv);
    expect(expected.msftTotalValueNpv).not.toBe(before.npv);
    // This chart is below the fold while the slider moves: it is redrawn, and its subtitle with it, once the
    // slider rests.
    await poll(() => subtitle(page, 'openai-economics')).not.toBe(before.subtitle);
    await poll(() => canvasPixels(page, 'openai-economics')).not.toBe(before.pixels);
    await poll(() => urlParams(page)).toMatchObject({ rev2030: String(after) });
  });

  it('number field: a typed value applies; an invalid one is reported and not applied', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const field = page.getByRole('spinbutton', { name: 'Total cap in billions of US dollars' });
    const error = page.locator('#param-shareCap-error');
    await field.fill('');
    await poll(() => text(error)).toBe('Enter a number.');
    await field.pressSequentially('60');
    await poll(() => text(error)).toBe('');
    expect(await sliderValue(page, 'shareCap')).toBe('60');
    await poll(() => kpiText(page, 'revenueSharePaidThrough2030')).toBe('$60.0B');
    await poll(() => urlParams(page)).toMatchObject({ shareCap: '60' });

    // Out of range: the field says so and the last good value stays.
    await field.fill('500');
    const cap = numberParam('shareCap');
    await poll(() => text(error)).toBe(
      `Enter ${formatParamValue(cap, cap.min)} to ${formatParamValue(cap, cap.max)}.`,
    );
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await sliderValue(page, 'shareCap')).toBe('60');
    expect(await kpiText(page, 'revenueSharePaidThrough2030')).toBe('$60.0B');

    // Leaving the field drops the bad draft and shows the applied value again.
    await field.press('Tab');
    await poll(() => field.inputValue()).toBe('60');
    expect(await text(error)).toBe('');
    expect(await field.getAttribute('aria-invalid')).toBe('false');
  });

  it('number field: exponent notation and long numbers are read exactly or refused, never NaN', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const cap = numberParam('shareCap');
    const capField = page.getByRole('spinbutton', { name: 'Total cap in billions of US dollars' });
    const capError = page.locator('#param-shareCap-error');
    const range = `Enter ${formatParamValue(cap, cap.min)} to ${formatParamValue(cap, cap.max)}.`;
    const sliderBefore = await sliderValue(page, 'shareCap');
    const kpisBefore = await kpiText(page, 'revenueSharePaidThrough2030');
    for (const typed of ['1e21', '12345678901234567890123']) {
      await capField.fill(typed);
      await poll(() => text(capError), typed).toBe(range);
      expect(await sliderValue(page, 'shareCap')).toBe(sliderBefore);
      expect(await kpiText(page, 'revenueSharePaidThrough2030')).toBe(kpisBefore);
    }
    await capField.press('Tab');

    // 0.0000001% is a valid (tiny) rate: it applies exactly, and the link writes it without an exponent.
    const startField = page.getByRole('spinbutton', { name: 'Revenue share at start in %' });
    await startField.fill('0.0000001');
    await poll(() => urlParams(page)).toMatchObject({ shareStart: '0.0000001' });
    expect(await text(page.locator('#param-shareStart-error'))).toBe('');
    const search = await page.evaluate(() => location.search);
    expect(search).not.toMatch(/NaN|Infinity/);
    const expected = expectedForLink(search);
    expect(await kpiText(page, 'revenueSharePaidThrough2030')).toBe(
      expected.kpis.revenueSharePaidThrough2030,
    );
    expect(await sliderValue(page, 'shareStart')).toBe('0');
  });
});
