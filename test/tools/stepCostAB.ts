// Two builds' main-thread CPU per slider step, measured in turn (issue #9):
//   npx tsx test/tools/stepCostAB.ts <dist A> <dist B> [rounds]      e.g. /work/base76 dist 6
// Environment: CSS_A='…', CSS_B='…' (a style added to one side's page, to try a rule without a build);
// SCRIPT_A='…', SCRIPT_B='…' (a script run in one side's page once it has loaded); OFF_PRESET_A=1, OFF_PRESET_B=1
// (that side's steps stay off the preset, as in mainThreadPerStep's `offPreset`); TIME_DOMAIN=timeTicks (wall time
// instead of the thread's CPU time).
//   e.g. the cost of what the page updates on a step, against the slider alone:
//   SCRIPT_B="for (const t of ['input', 'change']) addEventListener(t, (e) => e.stopImmediatePropagation(), true)" \
//     npx tsx test/tools/stepCostAB.ts dist dist 6
//
// The UI benchmark measures one build, then the other: on a shared machine the load changes between the two, and
// their medians moved by a millisecond from run to run. Here both builds are open at once and take turns, one
// slider's 15 steps at a time (the order swapped every round), so a change of load falls on both alike; the paired
// difference (B's step less A's same step) is what to read. Built A against itself it came out at -0.02 ms (6
// rounds) and +0.27 ms (4 rounds): differences under about 0.3 ms are noise. Each step is measured as in the
// benchmark (taskDuration.ts): Chromium's TaskDuration in thread time, from just before the key press to once the
// step has settled; per round, 15 steps on each key assumption, crossing its preset value every other step. The
// turns are a slider's steps, not single steps: a page left waiting while the other stepped (some 80 ms) came to
// rest (SCENARIO_REST_MS, 150 ms, after its previous step) just before its own next step, and what follows a rest
// (the simulation's results, the panels catching up) landed in that measured step. Taken back to back, as in the
// benchmark, a page's steps never rest.
import type { Page } from 'playwright-core';

import { KEY_ASSUMPTIONS } from '../../models/index.ts';
import { mainThreadPerStep } from '../bench-ui/taskDuration.ts';
import { launchBrowser, startPreviewServer } from '../e2e/browser.ts';
import { openSettledPage } from './settledPage.ts';

const [DIST_A, DIST_B] = process.argv.slice(2);
if (!DIST_A || !DIST_B) throw new Error('usage: stepCostAB.ts <dist A> <dist B> [rounds]');
const ROUNDS = Number(process.argv[4] ?? 4);
const STEPS = 15;
/** threadTicks (the thread's CPU time, the default) or timeTicks (wall time, which counts waiting for a core). */
const TIME_DOMAIN = process.env.TIME_DOMAIN === 'timeTicks' ? 'timeTicks' : 'threadTicks';

interface Side {
  page: Page;
  samples: number[];
  offPreset: boolean;
}

const quantile = (xs: readonly number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(q * xs.length) - 1)] ?? NaN;

const browser = await launchBrowser();
const servers = await Promise.all([DIST_A, DIST_B].map((dist) => startPreviewServer(dist)));
try {
  const sides: Side[] = [];
  for (const [i, server] of servers.entries()) {
    const { page } = await openSettledPage(browser, server.url);
    const css = i === 0 ? process.env.CSS_A : process.env.CSS_B;
    if (css) await page.addStyleTag({ content: css });
    const script = i === 0 ? process.env.SCRIPT_A : process.env.SCRIPT_B;
    if (script) await page.evaluate(script);
    await page.waitForTimeout(500);
    const offPreset = (i === 0 ? process.env.OFF_PRESET_A : process.env.OFF_PRESET_B) === '1';
    sides.push({ page, samples: [], offPreset });
  }
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? sides : [...sides].reverse();
    for (const id of KEY_ASSUMPTIONS)
      for (const side of order) {
        // The benchmark's steps (taskDuration.ts), one slider's at a time.
        const { all } = await mainThreadPerStep(side.page, [`#key-${id}`], STEPS, TIME_DOMAIN, {
          offPreset: side.offPreset,
        });
        side.samples.push(...all);
      }
  }
  const [a, b] = sides as [Side, Side];
  for (const [label, side] of [
    [`A ${DIST_A}`, a],
    [`B ${DIST_B}`, b],
  ] as const)
    console.log(
      `${label.padEnd(40)} n=${side.samples.length}  median ${quantile(side.samples, 0.5).toFixed(2)} ms  p95 ${quantile(side.samples, 0.95).toFixed(2)} ms`,
    );
  const paired = b.samples.map((v, i) => v - a.samples[i]!);
  console.log(
    `paired difference, B less A: median ${quantile(paired, 0.5).toFixed(2)} ms  ` +
      `(quartiles ${quantile(paired, 0.25).toFixed(2)} to ${quantile(paired, 0.75).toFixed(2)})`,
  );
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
