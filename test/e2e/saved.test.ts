// Saved scenarios (issue #12): saved, listed, opened, renamed and deleted (with undo) in this browser; names are
// text, never markup; a store another tab changes is followed; damaged or foreign data gets a notice and is kept.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { BACKUP_KEY, STORE_KEY } from '../../src/lib/savedScenarios.ts';
import { formatViolations, runAxe } from './browser.ts';
import { openApp, poll, text, urlParams, useApp, waitForCharts } from './page-helpers.ts';

const HOSTILE = '<img src=x onerror="window.__pwned=1">Cap at $50B';

async function openSaved(page: Page): Promise<void> {
  if ((await page.locator('#saved-panel').count()) === 0)
    await page.getByRole('button', { name: 'Saved', exact: true }).click();
  await page.locator('#saved-panel').waitFor();
}

function names(page: Page): Promise<string[]> {
  return page.locator('#saved-panel .saved-name').allTextContents();
}

function stored(page: Page, key = STORE_KEY): Promise<string | null> {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

describe('saved scenarios', () => {
  const app = useApp({ viewport: { width: 1440, height: 900 } });

  it('saves, lists, reopens after a reload, renames, deletes with undo; names stay text', async () => {
    const { page } = app;
    await openApp(page, app.server.url, '?preset=amended-2026&v=2&shareCap=50');
    await page.evaluate(() => localStorage.clear());
    await openSaved(page);
    expect(await page.inputValue('#saved-name')).toBe('Apr 2026 amendment (latest), 1 assumption changed');
    await page.fill('#saved-name', HOSTILE);
    await page.getByRole('button', { name: 'Save this scenario' }).click();
    await poll(() => names(page)).toEqual([HOSTILE]);
    expect(await text(page.locator('#saved-panel [role="status"]'))).toBe(`Saved “${HOSTILE}”.`);
    expect(await page.locator('#saved-panel img').count()).toBe(0);
    const store = JSON.parse((await stored(page))!) as {
      version: number;
      scenarios: { name: string; query: string }[];
    };
    expect(store.version).toBe(1);
    expect(store.scenarios.map((s) => [s.name, s.query])).toEqual([
      [HOSTILE, 'preset=amended-2026&v=2&shareCap=50'],
    ]);
    expect(formatViolations(await runAxe(page)), 'axe with the saved panel open').toBe('');

    // Another scenario, then open the first again after a reload.
    await page.goto(new URL('?preset=seeds-2025&v=2', app.server.url).toString());
    await waitForCharts(page);
    await openSaved(page);
    await page.fill('#saved-name', 'Seeds as published');
    await page.getByRole('button', { name: 'Save this scenario' }).click();
    await poll(() => names(page)).toEqual(['Seeds as published', HOSTILE]);
    expect(await text(page.locator('#saved-panel .saved-meta').first())).toMatch(
      /^As the 2025 seed texts report it · \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M$/,
    );
    await page.reload();
    await waitForCharts(page);
    await openSaved(page);
    await page.locator('[data-testid="saved-open"]', { hasText: 'Cap at $50B' }).click();
    await poll(() => urlParams(page)).toEqual({ preset: 'amended-2026', v: '2', shareCap: '50' });
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

    // Rename, then delete and undo: the entry comes back in its place.
    await page.getByRole('button', { name: 'Rename Seeds as published' }).click();
    await page.fill('#saved-panel input[id^="rename-"]', '  Seeds, 2025  ');
    await page.getByRole('button', { name: 'Rename', exact: true }).click();
    await poll(() => names(page)).toEqual(['Seeds, 2025', HOSTILE]);
    await page.getByRole('button', { name: 'Delete Seeds, 2025' }).click();
    await poll(() => names(page)).toEqual([HOSTILE]);
    expect(await text(page.locator('#saved-panel [role="status"]'))).toBe('Deleted “Seeds, 2025”. Undo');
    await page.getByRole('button', { name: 'Undo' }).click();
    await poll(() => names(page)).toEqual(['Seeds, 2025', HOSTILE]);
  }, 180_000); // axe over the whole page takes seconds on a loaded machine

  it('follows a save made in another tab', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    await page.evaluate(() => localStorage.clear());
    await openSaved(page);
    const other = await app.context.newPage();
    try {
      await openApp(other, app.server.url, '?preset=original-2019&v=2');
      await openSaved(other);
      await other.fill('#saved-name', 'From the other tab');
      await other.getByRole('button', { name: 'Save this scenario' }).click();
      await poll(() => names(page)).toEqual(['From the other tab']);
    } finally {
      await other.close();
    }
  });

  it('damaged or foreign data gets a notice, is kept aside, and loses no good entry', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const good = {
      id: 'g',
      name: 'Good one',
      query: 'preset=seeds-2025&v=2',
      savedAt: '2026-04-02T10:00:00.000Z',
    };
    const raw = JSON.stringify({ version: 1, scenarios: [{ id: 'x', name: 7 }, good] });
    await page.evaluate(
      ([key, value]) => {
        localStorage.clear();
        localStorage.setItem(key!, value!);
      },
      [STORE_KEY, raw],
    );
    await openSaved(page);
    expect(await names(page)).toEqual(['Good one']);
    expect(await page.locator('[data-testid="saved-notice"] li').allTextContents()).toEqual([
      'Saved scenario 1 could not be read (name: Invalid input: expected string, received number).',
      `The original is kept in this browser's storage under "${BACKUP_KEY}".`,
    ]);
    expect(await stored(page, BACKUP_KEY)).toBe(raw);
    await page.fill('#saved-name', 'New');
    await page.getByRole('button', { name: 'Save this scenario' }).click();
    await poll(() => names(page)).toEqual(['New', 'Good one']);
    expect(await stored(page, BACKUP_KEY)).toBe(raw);

    // Not JSON at all (another site's data under our key): nothing lost, the panel still works.
    await page.evaluate(([key]) => localStorage.setItem(key!, 'garbage{'), [STORE_KEY]);
    await page.getByRole('button', { name: 'Close' }).click();
    await openSaved(page);
    expect(await names(page)).toEqual([]);
    expect(await page.locator('[data-testid="saved-notice"] li').first().textContent()).toBe(
      'The saved scenarios in this browser are not readable (not JSON).',
    );
    const keys = await page.evaluate(() => Object.keys(localStorage).sort());
    expect(keys).toHaveLength(3); // the store, the first backup and a second one for the new damage
    const second = keys.find((k) => k.startsWith(`${BACKUP_KEY}.`))!;
    expect(await stored(page, second)).toBe('garbage{');
    expect(formatViolations(await runAxe(page)), 'axe with the notice shown').toBe('');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(formatViolations(await runAxe(page)), 'axe with the notice shown, dark').toBe('');
    await page.emulateMedia({ colorScheme: 'light' });
  }, 180_000);
});
