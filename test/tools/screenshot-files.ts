// Screenshots of the Saved and Export panels (issue #12) at desktop and phone widths, light and dark, with a saved
// scenario listed and an import problem shown, for looking at what we built.
//
//   npx tsx test/tools/screenshot-files.ts [outDir]   (run `npm run build` first)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, startPreviewServer } from '../e2e/browser.ts';

const outDir = process.argv[2] ?? 'screenshots';
mkdirSync(outDir, { recursive: true });
const badFile = join(outDir, 'partly-bad.json');
writeFileSync(badFile, JSON.stringify({ preset: 7, link: '?preset=seeds-2025&v=2&shareEnd=9&nonsense=1' }));

const server = await startPreviewServer();
const browser = await launchBrowser();
try {
  for (const [name, width, height] of [
    ['desktop', 1440, 900],
    ['phone', 390, 844],
    ['narrow', 320, 700],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
      await page.goto(`${server.url}?preset=amended-2026&v=2&shareCap=50`);
      await page.waitForSelector('canvas');
      await page.evaluate(() => localStorage.clear());
      await page.getByRole('button', { name: 'Saved', exact: true }).click();
      await page.fill('#saved-name', 'Cap at $50B, a long name to see how the list wraps on a phone');
      await page.getByRole('button', { name: 'Save this scenario' }).click();
      await page.fill('#saved-name', 'Second scenario');
      await page.getByRole('button', { name: 'Save this scenario' }).click();
      await page.screenshot({ path: join(outDir, `saved-${name}-${scheme}.png`) });
      await page.getByRole('button', { name: 'Saved', exact: true }).click();
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await page.setInputFiles('#import-file', badFile);
      await page.locator('#export-panel [role="alert"]').waitFor();
      await page.screenshot({ path: join(outDir, `export-${name}-${scheme}.png`) });
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await page.locator('figure[data-chart="compute"]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(outDir, `chart-${name}-${scheme}.png`) });
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${outDir}/`);
