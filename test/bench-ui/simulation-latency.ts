// How soon the simulation's bands follow a rested slider, in the production build in headless Chromium:
//   npx tsx test/bench-ui/simulation-latency.ts [rounds]   (after `npm run build`)
//
// For each round a key press moves the 2030 revenue slider; a probe in the page timestamps the key press and the
// moments the panel shows the first 1,000 simulations and then all 10,000 of the new scenario (the panel's
// data-simulation-state). The page waits 150 ms of rest before it starts, so that wait is reported apart.
import { launchBrowser, newPage, startPreviewServer } from '../e2e/browser.ts';

const ROUNDS = Number(process.argv[2] ?? 15);
const REST_MS = 150;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const server = await startPreviewServer();
const browser = await launchBrowser();
try {
  const { page } = await newPage(browser, { viewport: { width: 1440, height: 900 } });
  await page.goto(`${server.url}/`);
  await page.waitForSelector('[data-simulation-state="complete"]', { timeout: 120_000 });
  await page.evaluate(() => {
    const w = window as unknown as { probe: { press: number; partial: number; complete: number } };
    w.probe = { press: 0, partial: 0, complete: 0 };
    addEventListener(
      'keydown',
      () => {
        w.probe = { press: performance.now(), partial: 0, complete: 0 };
      },
      true,
    );
    const panel = document.querySelector('#how-sure')!;
    new MutationObserver(() => {
      const state = panel.getAttribute('data-simulation-state');
      if (state === 'partial' && !w.probe.partial) w.probe.partial = performance.now();
      if (state === 'complete' && !w.probe.complete) w.probe.complete = performance.now();
    }).observe(panel, { attributes: true, attributeFilter: ['data-simulation-state'] });
  });
  await page.focus('#param-rev2030');
  const first: number[] = [];
  const all: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight');
    await page.waitForFunction(
      () => (window as unknown as { probe: { complete: number } }).probe.complete > 0,
      null,
      {
        timeout: 120_000,
      },
    );
    const p = await page.evaluate(
      () => (window as unknown as { probe: { press: number; partial: number; complete: number } }).probe,
    );
    first.push((p.partial || p.complete) - p.press - REST_MS);
    all.push(p.complete - p.press - REST_MS);
  }
  console.log(
    `after the ${REST_MS} ms rest: first 1,000 simulations' bands median ${median(first).toFixed(0)} ms, all 10,000 median ${median(all).toFixed(0)} ms (${ROUNDS} rounds)`,
  );
} finally {
  await browser.close();
  await server.close();
}
