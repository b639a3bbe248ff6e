// A bad link never breaks the page: each problem is named in the notice, every good value in the same link is
// applied, nothing from the link is rendered as markup, and the page keeps working.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { decodeScenario, MAX_LINK_LENGTH } from '../../models/index.ts';
import {
  allKpiTexts,
  allNumberFieldValues,
  expectedForLink,
  kpiText,
  openApp,
  poll,
  urlParams,
  useApp,
} from './page-helpers.ts';
const XSS = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';

function query(entries: [string, string][]): string {
  return `?${new URLSearchParams(entries).toString()}`;
}

/** The notice's list items, as shown. */
async function noticeItems(page: Page): Promise<string[]> {
  return page.$$eval('[role="alert"] li', (items) => items.map((li) => li.textContent?.trim() ?? ''));
}

/** Elements that only a link rendered as markup could have created. */
async function injectedMarkup(page: Page): Promise<{ img: number; scripts: number; onerror: number }> {
  return page.evaluate(() => ({
    img: document.querySelectorAll('img[src="x"]').length,
    scripts: [...document.scripts].filter((s) => s.textContent?.includes('alert(')).length,
    onerror: document.querySelectorAll('[onerror]').length,
  }));
}

describe('bad links', () => {
  const app = useApp();

  afterEach(async () => {
    expect(await injectedMarkup(app.page)).toEqual({ img: 0, scripts: 0, onerror: 0 });
  });

  it('names every bad field, applies the good ones, renders nothing as HTML and keeps working', async () => {
    const { page } = app;
    const link = query([
      ['preset', 'seeds-2025'],
      ['v', '2'],
      ['bogus', '1'], // unknown key
      ['shareStart', 'abc'], // not a number
      ['shareEnd', '90'], // out of range (0–30%): clamped
      ['rev2030', '300'], // good
      ['computeMode', 'share'], // good
      [XSS, XSS], // markup as key and value
      ['agiYear', XSS], // markup as a value of a known field
    ]);
    await openApp(page, app.server.url, link);

    const expected = decodeScenario(link);
    const items = await noticeItems(page);
    expect(items).toEqual(expected.problems.map((p) => p.message));
    expect(items).toHaveLength(5);
    expect(items.find((m) => m.includes('"bogus"'))).toBeDefined();
    expect(
      items.find((m) => m.includes('Revenue share at start (shareStart)') && m.includes('"abc"')),
    ).toBeDefined();
    expect(
      items.find((m) => m.includes('(shareEnd)') && m.includes('90%') && m.includes('used 30.0%')),
    ).toBeDefined();
    // The markup is shown as text, verbatim.
    expect(items.find((m) => m.includes(`Unknown setting "${XSS}"`))).toBeDefined();
    expect(items.find((m) => m.includes('AGI verified in (agiYear)') && m.includes(XSS))).toBeDefined();

    // Good values (and the clamped one) are applied; bad ones keep the preset's value.
    expect(await page.inputValue('#preset-select')).toBe('seeds-2025');
    expect(await page.inputValue('#param-rev2030')).toBe('300');
    expect(await page.inputValue('#param-shareEnd')).toBe('30');
    expect(await page.inputValue('#param-shareStart')).toBe('20');
    expect(await page.inputValue('#param-agiYear')).toBe('2045');
    expect(await page.isChecked('[data-param="computeMode"] input[value="share"]')).toBe(true);
    const good = expectedForLink(link);
    expect(await allNumberFieldValues(page)).toEqual(good.sliders);
    expect(await allKpiTexts(page)).toEqual(good.kpis);

    // The page still works: a slider moves the figures, and the link is rewritten without the bad parts.
    const before = await kpiText(page, 'revenueSharePaidThrough2030');
    await page.focus('#param-shareStart');
    await page.keyboard.press('ArrowLeft');
    expect(await page.inputValue('#param-shareStart')).toBe('19.5');
    await poll(() => kpiText(page, 'revenueSharePaidThrough2030')).not.toBe(before);
    await poll(() => urlParams(page)).toEqual({
      preset: 'seeds-2025',
      v: '2',
      shareStart: '19.5',
      shareEnd: '30',
      rev2030: '300',
      computeMode: 'share',
    });

    // Dismiss removes the notice.
    await page.getByRole('button', { name: 'Dismiss link problems' }).click();
    await poll(() => page.locator('[role="alert"]').count()).toBe(0);
  });

  it('an unknown preset falls back to the latest terms and keeps the good values', async () => {
    const { page } = app;
    const link = query([
      ['preset', SCRIPT],
      ['shareCap', '50'],
      ['v', '7'],
    ]);
    await openApp(page, app.server.url, link);
    expect(await noticeItems(page)).toEqual(decodeScenario(link).problems.map((p) => p.message));
    const items = await noticeItems(page);
    expect(items[0]).toBe(`Unknown preset "${SCRIPT}": showing the latest terms (amended-2026) instead.`);
    expect(items[1]).toContain('Unknown link version "7"');
    expect(await page.inputValue('#preset-select')).toBe('amended-2026');
    expect(await page.inputValue('#param-shareCap')).toBe('50');
    expect(await kpiText(page, 'revenueSharePaidThrough2030')).toBe('$50.0B');
  });

  it('an absurdly long link is reported, read up to its limit, and the page stays usable', async () => {
    const { page } = app;
    const link = query([
      ['preset', 'seeds-2025'],
      ['shareEnd', '10'],
      ['padding', 'x'.repeat(10_000)],
      ...Array.from({ length: 300 }, (_, i): [string, string] => [`k${i}`, '1']),
    ]);
    expect(link.length).toBeGreaterThan(10_000);
    await openApp(page, app.server.url, link);
    const all = decodeScenario(link).problems.map((p) => p.message);
    // The notice lists the first 8 problems and offers the rest.
    expect(await noticeItems(page)).toEqual(all.slice(0, 8));
    await page.getByRole('button', { name: `Show all ${all.length} problems` }).click();
    const items = await noticeItems(page);
    expect(items).toEqual(all);
    expect(items[0]).toMatch(
      new RegExp(
        `^The link is [\\d,]+ characters long \\(at most ${MAX_LINK_LENGTH.toLocaleString('en-US')} expected\\)`,
      ),
    );
    // The padding value is quoted, cut short, nowhere in full.
    expect(items.find((m) => m.includes('"padding"'))).toBeDefined();
    expect(await page.locator('[role="alert"]').innerText()).not.toContain('x'.repeat(50));
    expect(await page.inputValue('#param-shareEnd')).toBe('10');

    const before = await kpiText(page, 'revenueSharePaidThrough2030');
    await page.focus('#param-shareEnd');
    await page.keyboard.press('ArrowRight');
    await poll(() => kpiText(page, 'revenueSharePaidThrough2030')).not.toBe(before);
    await poll(() => urlParams(page)).toEqual({ preset: 'seeds-2025', v: '2', shareEnd: '10.5' });
  });
});

describe('mangled links (issue #8)', () => {
  const app = useApp();

  it('settings after a "#", and a full link pasted into the query, are read and named in the notice', async () => {
    const { page } = app;
    const hashed = '?preset=bubble&shareEnd=10#&shareCap=50';
    await openApp(page, app.server.url, hashed);
    expect(await noticeItems(page)).toEqual(decodeScenario(hashed).problems.map((p) => p.message));
    expect((await noticeItems(page))[0]).toContain('"#"');
    expect(await page.inputValue('#param-shareCap')).toBe('50');
    expect(await page.inputValue('#param-shareEnd')).toBe('10');

    const nested = '?https://example.org/deal-explorer/?preset=bubble&shareEnd=10';
    await openApp(page, app.server.url, nested);
    const items = await noticeItems(page);
    expect(items).toEqual(decodeScenario(nested).problems.map((p) => p.message));
    expect(items).toHaveLength(1);
    expect(items[0]).toContain('another link');
    expect(await page.inputValue('#param-shareEnd')).toBe('10');
    expect(await allKpiTexts(page)).toEqual(expectedForLink('?preset=bubble&shareEnd=10').kpis);
  });

  it('a page anchor is no problem', async () => {
    const { page } = app;
    await openApp(page, app.server.url, '?preset=bubble&shareEnd=10#figures');
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    expect(await page.inputValue('#param-shareEnd')).toBe('10');
  });
});
