// Screenshots of the production build at desktop and phone widths, for looking at what we built. In the
// full-page images, cards far below the first screen may be blank: content-visibility skips painting them until a
// reader scrolls near (scroll there and take a viewport screenshot to check them); the viewport images are what people see.
//
//   npx tsx test/tools/screenshot.ts [query] [outDir]   (run `npm run build` first)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, startPreviewServer } from '../e2e/browser.ts';

const query = process.argv[2] ?? '';
const outDir = process.argv[3] ?? 'screenshots';
mkdirSync(outDir, { recursive: true });

const server = await startPreviewServer();
const browser = await launchBrowser();
try {
  for (const [name, width, height, scheme] of [
    ['desktop', 1440, 900, 'light'],
    ['phone', 390, 844, 'light'],
    ['desktop-dark', 1440, 900, 'dark'],
    ['phone-dark', 390, 844, 'dark'],
    ['narrow', 320, 700, 'light'],
    ['narrow-dark', 320, 700, 'dark'],
  ] as const) {
    const page = await browser.newPage({
      viewport: { width, height },
      colorScheme: scheme,
      deviceScaleFactor: 1,
    });
    await page.goto(`${server.url}/${query}`);
    await page.waitForSelector('canvas');
    // Every chart drawn (each figure's drawn version caught up with the page's), then the page idle.
    await page.waitForFunction(() => {
      const version = document.documentElement.dataset.chartVersion;
      const figures = [...document.querySelectorAll<HTMLElement>('figure[data-drawn-version]')];
      return figures.length > 0 && figures.every((f) => f.dataset.drawnVersion === version);
    });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(outDir, `${name}.png`) });
    await page.screenshot({ path: join(outDir, `${name}-full.png`), fullPage: true });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${outDir}/`);
