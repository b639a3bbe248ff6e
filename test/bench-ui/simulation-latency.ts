// How soon the simulation's bands follow a rested slider, in the production build in headless Chromium:
//   npx tsx test/bench-ui/simulation-latency.ts [rounds]   (after `npm run build`)
// With PREV_DIST=<dist of an earlier build> (e.g. /work/base-dist), that build is measured in the same run, its
// rounds alternating with this build's so a busy machine slows both alike.
//
// For each round a key press moves the 2030 revenue slider; a probe in the page timestamps the key press and the
// moments the new scenario's bands are drawn on the revenue-share chart (on the first screen at 1440×900; the
// charts below it are drawn when scrolled to or at rest), first those of 1,000 simulations and then of all 10,000,
// and when the panel below shows them (its data-simulation-state). The figure reports each drawing's scenario
// version and a digest of its data: the first drawing after the key press is the new scenario without bands, the
// next change of digest the first bands, and the first drawing after the panel has all 10,000 the final bands. The page waits 150 ms of rest before it starts, so that wait is
// reported apart.
import type { Page } from 'playwright-core';
import { DIST_DIR, launchBrowser, newPage, startPreviewServer } from '../e2e/browser.ts';

const ROUNDS = Number(process.argv[2] ?? 15);
const REST_MS = 150;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const PREV_DIST = process.env.PREV_DIST;

type Probe = {
  press: number;
  partial: number;
  complete: number;
  /** The page's chart version at the key press: a drawing of a later version shows the new scenario. */
  version: number;
  /** The data digest of the first drawing after the key press: the new scenario, its bands not yet in. */
  stepDigest: string;
  bandsFirst: number;
  bandsAll: number;
};
type Round = { bandsFirst: number; bandsAll: number; panelFirst: number; panelAll: number };

/** Opens the page of a build and waits for its first simulation; returns a function that measures one round. */
async function opened(page: Page, url: string): Promise<(round: number) => Promise<Round>> {
  await page.goto(`${url}/`);
  await page.waitForSelector('[data-simulation-state="complete"]', { timeout: 120_000 });
  await page.evaluate(() => {
    const w = window as unknown as { probe: Probe };
    // No named helper here: tsx would wrap it in a __name() call the page does not have.
    const blank = { partial: 0, complete: 0, stepDigest: '', bandsFirst: 0, bandsAll: 0 };
    w.probe = { press: 0, version: Number(document.documentElement.dataset.chartVersion), ...blank };
    addEventListener(
      'keydown',
      () =>
        (w.probe = {
          press: performance.now(),
          version: Number(document.documentElement.dataset.chartVersion),
          ...blank,
        }),
      true,
    );
    const figure = document.querySelector<HTMLElement>('figure[data-chart="revenue-share"]')!;
    new MutationObserver(() => {
      const p = w.probe;
      const digest = figure.dataset.digest ?? '';
      if (Number(figure.dataset.drawnVersion) <= p.version) return;
      if (!p.stepDigest) p.stepDigest = digest;
      else if (!p.bandsFirst && digest !== p.stepDigest) p.bandsFirst = performance.now();
      if (p.complete && !p.bandsAll) p.bandsAll = performance.now();
    }).observe(figure, { attributes: true, attributeFilter: ['data-digest', 'data-drawn-version'] });
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
    await page.waitForFunction(
      () => {
        const p = (window as unknown as { probe: Probe }).probe;
        return p.bandsFirst > 0 && p.bandsAll > 0;
      },
      null,
      { timeout: 120_000 },
    );
    const p = await page.evaluate(() => (window as unknown as { probe: Probe }).probe);
    const after = (t: number) => t - p.press - REST_MS;
    return {
      bandsFirst: after(p.bandsFirst),
      bandsAll: after(p.bandsAll),
      panelFirst: after(p.partial || p.complete),
      panelAll: after(p.complete),
    };
  };
}

const builds = [{ name: 'this build', dist: DIST_DIR }];
if (PREV_DIST) builds.push({ name: `PREV_DIST (${PREV_DIST})`, dist: PREV_DIST });
const servers = await Promise.all(builds.map((b) => startPreviewServer(b.dist)));
const browser = await launchBrowser();
try {
  const rounds: ((round: number) => Promise<Round>)[] = [];
  for (const server of servers) {
    const { page } = await newPage(browser, { viewport: { width: 1440, height: 900 } });
    rounds.push(await opened(page, server.url));
  }
  const results: Round[][] = builds.map(() => []);
  for (let i = 0; i < ROUNDS; i++) {
    for (let b = 0; b < builds.length; b++) results[b]!.push(await rounds[b]!(i));
  }
  builds.forEach((b, k) => {
    const m = (key: keyof Round) => median(results[k]!.map((r) => r[key])).toFixed(0);
    console.log(
      `${b.name}, medians after the ${REST_MS} ms rest (${ROUNDS} rounds): bands on the revenue-share chart, ` +
        `first ${m('bandsFirst')} ms, all 10,000 ${m('bandsAll')} ms; the panel below, ` +
        `${m('panelFirst')} ms and ${m('panelAll')} ms`,
    );
  });
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
