// An assumption that cannot move anything in the scenario is dimmed and says why, in the model's words
// (`inapplicable`); one that applies says nothing. The reason follows the whole scenario, not only the preset.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { inapplicable, PARAMS, presetValues, project } from '../../models/index.ts';
import { nextFrames, openApp, poll, text, useApp } from './page-helpers.ts';

/** Every assumption shown as not applying, with the sentence it shows. */
function shownReasons(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-param].irrelevant', (els) =>
    Object.fromEntries(
      els.map((el) => [
        el.getAttribute('data-param') ?? '',
        el.querySelector('.relevance')?.textContent?.trim() ?? '',
      ]),
    ),
  );
}

describe('applicability', () => {
  const app = useApp({ viewport: { width: 1440, height: 900 } });

  it('“Revenue share at end of decline” says when it applies under the default terms; “Total cap” says nothing', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const shareEnd = page.locator('[data-param="shareEnd"]');
    await poll(() => text(shareEnd.locator('.relevance'))).toBe('Applies when the shape is Linear or Step.');
    expect(await shareEnd.getAttribute('class')).toMatch(/\birrelevant\b/);
    // The slider is described by its reason, so a screen reader hears it too.
    expect(await page.getAttribute('#param-shareEnd', 'aria-describedby')).toContain('param-shareEnd-reason');

    const cap = page.locator('[data-param="shareCap"]');
    expect(await cap.locator('.relevance').count()).toBe(0);
    expect(await cap.getAttribute('class')).not.toMatch(/\birrelevant\b/);
    expect(await page.getAttribute('#param-shareCap', 'aria-describedby')).toBe('param-shareCap-desc');
  });

  it('shows exactly the model’s reasons, and follows the scenario as it changes', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    // Every group is mounted right after the first paint.
    await poll(() => page.locator('[data-param]').count()).toBe(PARAMS.length);
    const values = presetValues('amended-2026');
    await poll(() => shownReasons(page)).toEqual(Object.fromEntries(inapplicable(values, project(values))));

    // Choosing the linear shape makes the decline's end rate apply, and turning the cap off dims the cap.
    await page.locator('[data-param="shareShape"] label', { hasText: 'Linear' }).click();
    await poll(() => page.locator('[data-param="shareEnd"] .relevance').count()).toBe(0);
    await page.locator('[data-param="shareCapOn"] input[type="checkbox"]').click();
    await poll(() => text(page.locator('[data-param="shareCap"] .relevance'))).toBe(
      'Applies when a total cap applies.',
    );
    const changed = { ...values, shareShape: 'linear' as const, shareCapOn: false };
    await poll(() => shownReasons(page)).toEqual(Object.fromEntries(inapplicable(changed, project(changed))));
  });

  it('dragging a slider keeps it under the pointer: the reasons above it catch up on release', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    // "Raised in the Mar 2026 round" at $0 makes "OpenAI's equity value, end of 2025" (above it) apply.
    const above = page.locator('[data-param="valuation2025"] .relevance');
    await poll(() => above.count()).toBe(1);
    await poll(() => page.locator('[data-param]').count()).toBe(PARAMS.length);
    const slider = page.locator('#param-round2026Raised');
    await slider.scrollIntoViewIfNeeded();
    await nextFrames(page);
    const start = (await slider.boundingBox())!;
    const y = start.y + start.height / 2;
    await page.mouse.move(start.x + start.width * 0.6, y);
    await page.mouse.down();
    await page.mouse.move(start.x + start.width * 0.3, y, { steps: 4 });
    await page.mouse.move(start.x - 20, y, { steps: 4 });
    await poll(() => page.inputValue('#param-round2026Raised')).toBe('0');
    // A reason line is a whole line of text (~18 px); the reset button appearing may shift a fraction of a pixel.
    expect(
      Math.abs((await slider.boundingBox())!.y - start.y),
      'the slider moved under the pointer',
    ).toBeLessThan(1);
    expect(await above.count()).toBe(1);
    await page.mouse.up();
    await poll(() => above.count()).toBe(0);
    expect(await text(page.locator('[data-param="valuation2026"] .relevance'))).toBe(
      'Applies when there is a 2026 round.',
    );
  });
});
