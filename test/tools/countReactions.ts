// How many Svelte reactions a slider step marks, checks and runs, and which (issue #9):
//   npx vite build --minify false --outDir /tmp/dist-count && npx tsx test/tools/countReactions.ts /tmp/dist-count
//
// Copies an unminified build and patches Svelte's runtime in its page chunk to count, per reaction (named by the
// start of its function's source; "T" a template effect, by its update function): its runs (update_reaction), the
// times it is marked dirty or maybe dirty (mark_reactions, prefixed "M") and the times it is checked (is_dirty,
// prefixed "D"). Then steps each key assumption as the UI benchmark does (ArrowLeft and ArrowRight in turn, each step
// settled, after a first step off the preset) and prints the counts per step, largest first. A runtime that no
// longer has the patched lines stops it with an error rather than counting nothing. The timings such a build gives
// are not the page's: use stepCostAB.ts for those.
// Environment: STEPS per slider (6), IDS (comma-separated assumption ids; the key assumptions by default), TOP (60).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { KEY_ASSUMPTIONS } from '../../models/index.ts';
import { SETTLE } from '../bench-ui/taskDuration.ts';
import { launchBrowser, startPreviewServer } from '../e2e/browser.ts';
import { openSettledPage } from './settledPage.ts';

const SOURCE = process.argv[2];
if (!SOURCE) throw new Error('usage: countReactions.ts <unminified dist>');
const STEPS = Number(process.env.STEPS ?? 6);
const TOP = Number(process.env.TOP ?? 60);
const IDS = process.env.IDS ? process.env.IDS.split(',') : KEY_ASSUMPTIONS;

/** Counts under `key` (an expression in the patched code) when counting is on. */
const count = (key: string) =>
  `if (globalThis.__runs) { const k = ${key}; globalThis.__runs[k] = (globalThis.__runs[k] ?? 0) + 1; }`;
const nameOf = (fn: string, length: number) =>
  `(${fn}?.__k ?? ((${fn}?.name ?? "") + " " + String(${fn}).slice(0, ${length}).replace(/\\s+/g, " ")))`;
const PATCHES: [string, string][] = [
  [
    'create_effect(8, () => {\n\t\t\tfn(...values.map(get));\n\t\t});',
    'const update = () => { fn(...values.map(get)); }; update.__k = "T " + String(fn).slice(0, 200).replace(/\\s+/g, " "); create_effect(8, update);',
  ],
  ['var fn = reaction.fn;', `var fn = reaction.fn; ${count(nameOf('fn', 160))}`],
  [
    '\t\tvar reaction = reactions[i];\n\t\tvar flags = reaction.f;',
    `\t\tvar reaction = reactions[i];\n\t\tvar flags = reaction.f; ${count(`"M " + ${nameOf('reaction.fn', 100)}`)} ${count('"(marked, all)"')}`,
  ],
  [
    'function is_dirty(reaction) {',
    `function is_dirty(reaction) { ${count(`"D " + ${nameOf('reaction.fn', 100)}`)} ${count('"(checked, all)"')}`,
  ],
];

const dist = mkdtempSync(join(tmpdir(), 'count-reactions-'));
cpSync(SOURCE, dist, { recursive: true });
const chunk = readdirSync(join(dist, 'assets')).find((n) => /^index-.*\.js$/.test(n));
if (!chunk) throw new Error(`no page chunk (assets/index-*.js) in ${SOURCE}`);
let js = readFileSync(join(dist, 'assets', chunk), 'utf8');
for (const [from, to] of PATCHES) {
  if (!js.includes(from))
    throw new Error(`Svelte's runtime has changed (an unminified build?): no ${JSON.stringify(from)}`);
  js = js.replace(from, to);
}
writeFileSync(join(dist, 'assets', chunk), js);

const browser = await launchBrowser();
const server = await startPreviewServer(dist);
try {
  const { page } = await openSettledPage(browser, server.url);
  await page.waitForTimeout(500);
  const counting = (on: boolean) =>
    page.evaluate(
      on
        ? 'globalThis.__runs = globalThis.__kept ?? {}'
        : 'globalThis.__kept = globalThis.__runs; globalThis.__runs = undefined',
    );
  let steps = 0;
  for (const id of IDS) {
    await page.focus(`#key-${id}`);
    await page.keyboard.press('ArrowRight'); // off the preset, not counted, as in the benchmark
    await page.evaluate(SETTLE);
    await counting(true);
    for (let i = 0; i < STEPS; i++) {
      await page.keyboard.press(i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight');
      await page.evaluate(SETTLE);
      steps++;
    }
    await counting(false);
  }
  const counts = (await page.evaluate('globalThis.__kept')) as Record<string, number>;
  const runs = Object.entries(counts)
    .filter(([k]) => !/^(M|D) |^\(/.test(k))
    .reduce((n, [, v]) => n + v, 0);
  const per = (n: number) => (n / steps).toFixed(2).padStart(8);
  console.log(
    `${steps} steps; per step: runs ${per(runs)}, marked ${per(counts['(marked, all)'] ?? 0)}, checked ${per(counts['(checked, all)'] ?? 0)}`,
  );
  for (const [k, v] of Object.entries(counts)
    .filter(([k]) => !k.startsWith('('))
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP))
    console.log(per(v), k.slice(0, 200));
} finally {
  await browser.close();
  await server.close();
  rmSync(dist, { recursive: true, force: true });
}
