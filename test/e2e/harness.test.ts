import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser, newPage, startPreviewServer } from './browser.ts';
import type { PreviewServerHandle } from './browser.ts';

describe('e2e harness', () => {
  let browser: Browser | undefined;
  let server: PreviewServerHandle | undefined;

  beforeAll(async () => {
    server = await startPreviewServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('serves the built app and loads it in headless Chromium', async () => {
    if (!browser || !server) throw new Error('harness not started');
    const { context, page } = await newPage(browser);
    try {
      const response = await page.goto(server.url, { waitUntil: 'load' });
      expect(response, 'page.goto returned no response').not.toBeNull();
      expect(response?.status()).toBe(200);
      const title = await page.title();
      expect(title.trim()).not.toBe('');
    } finally {
      await context.close();
    }
  });

  it('runs with a fixed locale and time zone', async () => {
    if (!browser || !server) throw new Error('harness not started');
    const { context, page } = await newPage(browser);
    try {
      await page.goto(server.url);
      const env = await page.evaluate(() => ({
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        locale: navigator.language,
      }));
      expect(env).toEqual({ timeZone: 'UTC', locale: 'en-US' });
    } finally {
      await context.close();
    }
  });
});
