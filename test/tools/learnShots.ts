// Screenshots of the Learn views (issue #12): the tour's steps, "How this is computed" open, the timeline and the
// glossary, at 1440×900, 390×844 and 320×700, light and dark. Run `npm run build` first.
//
//   npx tsx test/tools/learnShots.ts [outDir]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, startPreviewServer } from '../e2e/browser.ts';

const outDir = process.argv[2] ?? 'screenshots/learn';
mkdirSync(outDir, { recursive: true });

const server = await startPreviewServer();
const browser = await launchBrowser();
try {
  for (const [name, width, height] of [
    ['desktop', 1440, 900],
    ['phone', 390, 844],
    ['narrow', 320, 700],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const tag = `${name}-${scheme}`;
      const page = await browser.newPage({
        viewport: { width, height },
        colorScheme: scheme,
        deviceScaleFactor: 1,
      });
      await page.goto(server.url);
      await page.waitForSelector('.tour');
      for (let step = 1; step <= 4; step++) {
        await page.waitForTimeout(150);
        await page.screenshot({ path: join(outDir, `${tag}-tour-${step}.png`) });
        if (step < 4) await page.getByRole('button', { name: 'Next' }).click();
      }
      await page.getByRole('button', { name: 'Done' }).click();
      const card = page.locator('[data-kpi="msftStakeValueAtMark"]');
      await card.locator('summary').click();
      await card.scrollIntoViewIfNeeded();
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(outDir, `${tag}-explainer-card.png`) });
      const chart = page.locator('[data-chart="revenue-share"]');
      await chart.locator('.explainer summary').click();
      await chart.locator('.explainer-body').scrollIntoViewIfNeeded();
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(outDir, `${tag}-explainer-chart.png`) });
      await page.locator('#timeline-title').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(outDir, `${tag}-timeline.png`) });
      await page.locator('#timeline-context').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(outDir, `${tag}-context.png`) });
      await page.locator('#glossary-title').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(outDir, `${tag}-glossary.png`) });
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${outDir}/`);
