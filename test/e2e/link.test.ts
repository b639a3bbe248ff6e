// A scenario survives as a link: what the page writes to the URL reloads to the same scenario, a hand-written
// link shows exactly its values, and an older deal version offers to carry the changes to the latest terms.
import { describe, expect, it } from 'vitest';
import {
  allKpiTexts,
  allNumberFieldValues,
  allSliderValues,
  expectedForLink,
  openApp,
  poll,
  text,
  urlParams,
  waitForCharts,
  useApp,
} from './page-helpers.ts';
describe('scenario links', () => {
  const app = useApp();

  it('a number, a choice and a flag set on the page survive a reload', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    await page.focus('#param-rev2030');
    await page.keyboard.press('ArrowRight'); // 280 → 281 ($B)
    await page.check('[data-param="shareShape"] input[type="radio"][value="linear"]');
    await page.uncheck('[data-param="shareCapOn"] input[type="checkbox"]');
    await poll(() => urlParams(page)).toEqual({
      preset: 'amended-2026',
      v: '2',
      shareShape: 'linear',
      shareCapOn: 'false',
      rev2030: '281',
    });
    const query = await page.evaluate(() => location.search);
    const sliders = await allSliderValues(page);
    const kpis = await allKpiTexts(page);
    const expected = expectedForLink(query);
    expect(await allNumberFieldValues(page)).toEqual(expected.sliders);
    expect(sliders.rev2030).toBe('281');
    expect(kpis).toEqual(expected.kpis);

    await page.reload();
    await waitForCharts(page);
    expect(await page.evaluate(() => location.search)).toBe(query);
    expect(await allSliderValues(page)).toEqual(sliders);
    expect(await allNumberFieldValues(page)).toEqual(expected.sliders);
    expect(await allKpiTexts(page)).toEqual(kpis);
    expect(await page.isChecked('[data-param="shareShape"] input[value="linear"]')).toBe(true);
    expect(await page.isChecked('[data-param="shareCapOn"] input[type="checkbox"]')).toBe(false);
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    const changed = await page.$$eval('[data-param].changed', (els) =>
      els.map((e) => e.getAttribute('data-param')),
    );
    expect(changed.sort()).toEqual(['rev2030', 'shareCapOn', 'shareShape']);
  });

  it('a hand-written link shows exactly its values, and the latest-terms button keeps them', async () => {
    const { page } = app;
    const link = '?preset=seeds-2025&v=2&shareEnd=10&computeMode=share';
    await openApp(page, app.server.url, link);
    const expected = expectedForLink(link);
    expect(expected.sliders.shareEnd).toBe(10);
    expect(await allNumberFieldValues(page)).toEqual(expected.sliders);
    expect(await page.inputValue('#param-shareEnd')).toBe('10');
    expect(await allKpiTexts(page)).toEqual(expected.kpis);
    expect(await page.inputValue('#preset-select')).toBe('seeds-2025');
    expect(await page.isChecked('[data-param="computeMode"] input[value="share"]')).toBe(true);
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    // The link is left exactly as opened until something changes.
    expect(await page.evaluate(() => location.search)).toBe(link);

    // An older deal version: the banner offers to apply the two changes to the latest terms.
    const banner = page.locator('[data-testid="version-banner"]');
    expect(await banner.count()).toBe(1);
    const button = banner.getByRole('button');
    expect(await text(button)).toBe('Apply your 2 changes to the latest terms');
    await button.click();
    await poll(() => urlParams(page)).toEqual({
      preset: 'amended-2026',
      v: '2',
      shareEnd: '10',
      computeMode: 'share',
    });
    await poll(() => banner.count()).toBe(0);
    expect(await page.inputValue('#preset-select')).toBe('amended-2026');
    const latest = expectedForLink('?preset=amended-2026&shareEnd=10&computeMode=share');
    expect(await allNumberFieldValues(page)).toEqual(latest.sliders);
    expect(await page.inputValue('#param-shareEnd')).toBe('10');
    expect(await allKpiTexts(page)).toEqual(latest.kpis);

    // The switch is a new history entry: Back returns to the older terms with the same changes.
    await page.goBack();
    await poll(() => page.inputValue('#preset-select')).toBe('seeds-2025');
    expect(await page.evaluate(() => location.search)).toBe(link);
    expect(await allNumberFieldValues(page)).toEqual(expected.sliders);
    expect(await allKpiTexts(page)).toEqual(expected.kpis);
  });

  it('an older version without changes offers to view the latest terms', async () => {
    const { page } = app;
    await openApp(page, app.server.url, '?preset=recap-2025&v=2');
    const banner = page.locator('[data-testid="version-banner"]');
    expect(await text(banner.getByRole('button'))).toBe('View the latest terms');
    await banner.getByRole('button').click();
    await poll(() => urlParams(page)).toEqual({ preset: 'amended-2026', v: '2' });
    expect(await banner.count()).toBe(0);
    expect(await allKpiTexts(page)).toEqual(expectedForLink('').kpis);
  });

  it('a change made just before Back is in the link when Forward returns, and when the page is left', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    await page.selectOption('#preset-select', 'seeds-2025');
    await poll(() => urlParams(page)).toMatchObject({ preset: 'seeds-2025' });
    expect(await page.inputValue('#param-shareEnd')).toBe('8');

    // Back within the link's 250 ms debounce: the step and Back run in one task, so on a loaded machine too the URL
    // has not been written yet when the history moves.
    await page.focus('#param-shareEnd');
    const searchAtBack = await page.evaluate(() => {
      const slider = document.querySelector<HTMLInputElement>('#param-shareEnd')!;
      slider.stepUp();
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      const search = location.search;
      history.back();
      return search;
    });
    expect(new URLSearchParams(searchAtBack).get('shareEnd')).toBeNull();
    await poll(() => page.inputValue('#preset-select')).toBe('amended-2026');
    await page.goForward();
    await poll(() => page.inputValue('#preset-select')).toBe('seeds-2025');
    expect(await urlParams(page)).toMatchObject({ preset: 'seeds-2025', shareEnd: '8.5' });
    expect(await page.inputValue('#param-shareEnd')).toBe('8.5');

    // Leaving the page within the debounce: the entry left behind holds the change.
    await page.keyboard.press('ArrowRight');
    await page.goto('about:blank');
    await page.goBack();
    await waitForCharts(page);
    expect(await urlParams(page)).toMatchObject({ preset: 'seeds-2025', shareEnd: '9' });
    expect(await page.inputValue('#param-shareEnd')).toBe('9');
  });

  it('a version 1 link opens migrated, and the notice names each setting that no longer exists', async () => {
    const { page } = app;
    await openApp(
      page,
      app.server.url,
      '?preset=amended-2026&v=1&revTarget=200&terminalMultiple=8&shareCap=50',
    );
    expect(await page.inputValue('#param-rev2030')).toBe('200');
    expect(await page.inputValue('#param-shareCap')).toBe('50');
    const notice = await text(page.locator('[role="alert"]'));
    expect(notice).toContain('Target revenue (revTarget) is now "OpenAI revenue, 2030" (rev2030)');
    expect(notice).toContain('Terminal revenue multiple (terminalMultiple) is no longer a setting');
    expect(await allKpiTexts(page)).toEqual(
      expectedForLink('?preset=amended-2026&v=2&rev2030=200&shareCap=50').kpis,
    );
  });
});
