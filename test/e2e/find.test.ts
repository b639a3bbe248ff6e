// Finding the levers (issue #8): a search field filters the assumptions by label, description and id, and the
// "Key assumptions" group (the model's measured top of the headline tornado) comes first, each one also in its own
// group; both controls drive the same assumption.
import { describe, expect, it } from 'vitest';

import { KEY_ASSUMPTIONS, PARAM_BY_ID } from '../../models/index.ts';
import { allKpiTexts, expectedForLink, openApp, poll, text, urlParams, useApp } from './page-helpers.ts';

describe('finding an assumption', () => {
  const app = useApp({ viewport: { width: 1440, height: 900 } });

  it('lists the key assumptions first, in the measured order', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const group = page.locator('.key-group');
    expect(await text(group.locator('h3'))).toBe('Key assumptions');
    const ids = await group
      .locator('[data-key-param]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-key-param')));
    expect(ids).toEqual([...KEY_ASSUMPTIONS]);
    // The first group on the panel, above the revenue share.
    const first = await page.locator('.assumption-groups details.group').first().getAttribute('class');
    expect(first).toMatch(/\bkey-group\b/);
  });

  it('a key assumption’s slider moves the assumption in its own group, the figures and the link', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    await page.focus('#key-costOfEquity');
    await page.keyboard.press('ArrowRight'); // 13% → 13.5%
    await poll(() => page.inputValue('#param-costOfEquity')).toBe('13.5');
    await poll(() => urlParams(page)).toMatchObject({ costOfEquity: '13.5' });
    expect(await allKpiTexts(page)).toEqual(expectedForLink('?costOfEquity=13.5').kpis);
    const own = page.locator('[data-param="costOfEquity"]');
    expect(await own.getAttribute('class')).toMatch(/\bchanged\b/);
  });

  it('filters by every word typed, says how many match, and says so when none does', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const search = page.getByRole('searchbox', { name: 'Find an assumption' });
    await search.fill('oracle contract');
    await poll(() => page.locator('[data-param]').count()).toBe(4);
    const shown = await page
      .locator('[data-param]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-param')));
    // Stargate's weight says it excludes the Oracle contract, so it matches too.
    expect(shown).toEqual(['oracleValue', 'oracleStart', 'oracleYears', 'stargateWeight']);
    expect(await page.locator('.key-group').count()).toBe(0);
    expect(await text(page.locator('#assumption-search-count'))).toBe('4 assumptions match.');
    await search.fill('CAP');
    await poll(() => page.locator('[data-param="shareCap"]').count()).toBe(1);
    for (const id of await page
      .locator('[data-param]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-param'))))
      expect(
        `${PARAM_BY_ID.get(id!)!.label} ${PARAM_BY_ID.get(id!)!.description} ${id}`.toLowerCase(),
      ).toContain('cap');
    await search.fill('zzzz');
    await poll(() => text(page.locator('#assumption-search-count'))).toBe('No assumption matches “zzzz”.');
    expect(await page.locator('[data-param]').count()).toBe(0);
    await search.fill('');
    await poll(() => page.locator('.key-group').count()).toBe(1);
    expect(await page.locator('[data-param]').count()).toBe(PARAM_BY_ID.size);
  });
});
