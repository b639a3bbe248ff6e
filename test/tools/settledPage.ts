import type { Browser, BrowserContext, Page } from 'playwright-core';

import { newPage } from '../e2e/browser.ts';

/**
 * The explorer at `url` in a 1440×900 page, as the step tools measure it: the tour marked seen, the first chart drawn
 * and the parts that load after it (components/Deferred.svelte) in place, so their loading and mounting never land
 * in a measured step.
 */
export async function openSettledPage(
  browser: Browser,
  url: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await newPage(browser, { viewport: { width: 1440, height: 900 } });
  await context.addInitScript(() => {
    localStorage.setItem('deal-explorer.tour', JSON.stringify({ version: 1, seen: true }));
  });
  await page.goto(url);
  await page.waitForSelector('figure[data-chart] canvas');
  await page.waitForFunction('document.querySelector(".deferred") === null');
  return { context, page };
}
