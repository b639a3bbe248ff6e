// How soon the simulation's bands follow a rested slider, in the production build in headless Chromium:
//   npx tsx test/bench-ui/simulation-latency.ts [rounds]   (after `npm run build`)
// With PREV_DIST=<dist of an earlier build> (e.g. /work/base-dist), that build is measured in the same run, its
// rounds alternating with this build's so a busy machine slows both alike.
//
// For each round a key press moves the 2030 revenue slider; a probe in the page timestamps the key press and the
// moments the panel shows the first 1,000 simulations and then all 10,000 of the new scenario (the panel's
// data-simulation-state). The page waits 150 ms of rest before it starts, so that wait is reported apart.
import type { Page } from 'playwright-core';
import { DIST_DIR, launchBrowser, newPage, startPreviewServer } from '../e2e/browser.ts';

const ROUNDS = Number(process.argv[2] ?? 15);
const REST_MS = 150;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const PREV_DIST = process.env.PREV_DIST;

type Probe = { press: number; partial: number; complete: number };

/** Opens the page of a build and waits for its first simulation; returns a function that measures one round. */
async function opened(page: Page, url: string): Promise<(round: number) => Promise<[number, number]>> {
  await page.goto(`${url}/`);
  await page.waitForSelector('[data-simulation-state="complete"]', { timeout: 120_000 });
  await page.evaluate(() => {
    const w = window as unknown as { probe: Probe };
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
  return async (round) => {
    await page.focus('#param-rev2030');
    await page.keyboard.press(round % 2 === 0 ? 'ArrowLeft' : 'ArrowRight');
    await page.waitForFunction(() => (window as unknown as { probe: Probe }).probe.complete > 0, null, {
      timeout: 120_000,
    });
    const p = await page.evaluate(() => (window as unknown as { probe: Probe }).probe);
    return [(p.partial || p.complete) - p.press - REST_MS, p.complete - p.press - REST_MS];
  };
}

const builds = [{ name: 'this build', dist: DIST_DIR }];
if (PREV_DIST) builds.push({ name: `PREV_DIST (${PREV_DIST})`, dist: PREV_DIST });
const servers = await Promise.all(builds.map((b) => startPreviewServer(b.dist)));
const browser = await launchBrowser();
try {
  const rounds: ((round: number) => Promise<[number, number]>)[] = [];
  for (const server of servers) {
    const { page } = await newPage(browser, { viewport: { width: 1440, height: 900 } });
    rounds.push(await opened(page, server.url));
  }
  const first: number[][] = builds.map(() => []);
  const all: number[][] = builds.map(() => []);
  for (let i = 0; i < ROUNDS; i++) {
    for (let b = 0; b < builds.length; b++) {
      const [f, a] = await rounds[b]!(i);
      first[b]!.push(f);
      all[b]!.push(a);
    }
  }
  builds.forEach((b, k) =>
    console.log(
      `${b.name}: after the ${REST_MS} ms rest, first 1,000 simulations' bands median ${median(first[k]!).toFixed(0)} ms, all 10,000 median ${median(all[k]!).toFixed(0)} ms (${ROUNDS} rounds)`,
    ),
  );
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
