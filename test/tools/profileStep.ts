// Where a slider step's main-thread time goes, on a build (issue #9):
//   npx vite build --minify false --outDir /tmp/dist-profile && npx tsx test/tools/profileStep.ts /tmp/dist-profile
//
// Presses ArrowLeft and ArrowRight in turn on each key-assumption slider (STEPS per slider), each step settled as
// in the UI benchmark, twice: once under the JavaScript sampling profiler (self time by function and file), once
// under a devtools.timeline trace (the renderer main thread's time split into script, style, layout, paint and the
// rest). An unminified build names the page's functions. The JavaScript profile samples wall time: on a busy
// machine, time the thread waited for a core would land on whatever ran then (often just after a postMessage), so
// each sample counts for at most two sampling intervals.
// Environment: STEPS per slider (10), TOP rows (40), ONLY=js|timeline, HIDE_CHARTS=1, FLOOR=1 (the bench's
// one-slider page), CSS='…' (a style added to the page, to try a rule), DETAIL=1 (each layout, style and paint),
// TRACE_OUT=file.json (the timeline's trace, to open in DevTools or read with a script).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { CDPSession, Page } from 'playwright-core';

import { KEY_ASSUMPTIONS } from '../../models/index.ts';
import { launchBrowser, newPage, startPreviewServer } from '../e2e/browser.ts';
import { SETTLE } from '../bench-ui/taskDuration.ts';
import { openSettledPage } from './settledPage.ts';

const DIST = process.argv[2];
const STEPS = Number(process.env.STEPS ?? 10);
const TOP = Number(process.env.TOP ?? 40);
/** The JavaScript profiler's sampling interval, µs. */
const SAMPLE_US = 100;
const HIDE_CHARTS = process.env.HIDE_CHARTS === '1';
/** FLOOR=1: the bench's one-slider page instead of the app, to see what the probe itself costs. */
const FLOOR = process.env.FLOOR === '1';
const FLOOR_PAGE =
  '<input id="s" type="range" min="0" max="100" value="50"><p id="o">50</p>' +
  '<script>s.oninput = () => { o.textContent = s.value; };</script>';
const SLIDERS = FLOOR ? Array.from(KEY_ASSUMPTIONS, () => '#s') : KEY_ASSUMPTIONS.map((id) => `#key-${id}`);

// The step settles as in the UI benchmark.

async function steps(page: Page) {
  for (const slider of SLIDERS) {
    await page.focus(slider);
    for (let i = 0; i < STEPS; i++) {
      await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
      await page.evaluate(SETTLE);
    }
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

async function jsProfile(cdp: CDPSession, page: Page) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
  await cdp.send('Profiler.start');
  await steps(page);
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = profile.nodes as ProfileNode[];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const deltas = profile.timeDeltas ?? [];
  const parent = new Map<number, number>();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  // The page's own functions (top-level in its chunks, e.g. a component): every sample goes to the innermost one
  // on its stack, with the library code it called.
  const owners = new Map<string, { line: number; name: string }[]>();
  for (const file of readdirSync(resolve(DIST!, 'assets')).filter((f) => f.endsWith('.js'))) {
    const lines = readFileSync(resolve(DIST!, 'assets', file), 'utf8').split('\n');
    const starts: { line: number; name: string }[] = [];
    lines.forEach((l, i) => {
      const m =
        /^(?:async )?function\*? ?(\w+)|^(?:var|const|let) (\w+) = (?:class|\(|function)|^class (\w+)/.exec(
          l,
        );
      if (m) starts.push({ line: i + 1, name: m[1] ?? m[2] ?? m[3] ?? '?' });
    });
    owners.set(file, starts);
  }
  const ownerOf = (file: string, line: number) => {
    const starts = owners.get(file);
    if (!starts || /disclose-version|chartSetup|chartjs/.test(file)) return undefined;
    let found: string | undefined;
    for (const st of starts) if (st.line <= line) found = st.name;
    return found && `${found}  ${file}`;
  };
  const byOwner = new Map<string, number>();
  const self = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  profile.samples?.forEach((id, i) => {
    const n = byId.get(id)!;
    // A gap between samples longer than the interval is mostly time the thread waited for a core (the sampler's
    // signal lands when it runs again): capped, the profile counts the thread's CPU time, not the machine's load.
    const dt = Math.min(deltas[i + 1] ?? 0, 2 * SAMPLE_US) / 1000;
    const file = n.callFrame.url.replace(/^.*\//, '') || '(native)';
    const key = `${n.callFrame.functionName || '(anonymous)'}  ${file}:${n.callFrame.lineNumber + 1}`;
    if (n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(program)') return;
    self.set(key, (self.get(key) ?? 0) + dt);
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      const owner = ownerOf(f.url.replace(/^.*\//, ''), f.lineNumber + 1);
      if (owner) {
        byOwner.set(owner, (byOwner.get(owner) ?? 0) + dt);
        break;
      }
    }
    // Each function once per sample, however deep it recurs.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      const k = `${f.functionName || '(anonymous)'}  ${f.url.replace(/^.*\//, '') || '(native)'}:${f.lineNumber + 1}`;
      if (!seen.has(k)) inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
      seen.add(k);
    }
    byFile.set(file, (byFile.get(file) ?? 0) + dt);
    total += dt;
  });
  const per = (v: number) => `${(v / (STEPS * SLIDERS.length)).toFixed(3)} ms/step`;
  console.log(`\nJS self time (sampled, idle and (program) left out): ${per(total)}`);
  console.log('by file:');
  for (const [k, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 12))
    console.log(`  ${per(v).padStart(16)}  ${k}`);
  console.log('by the page function (innermost on the stack), with what it called:');
  for (const [k, v] of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, TOP))
    console.log(`  ${per(v).padStart(16)}  ${k}`);
  console.log('inclusive, by function:');
  for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, TOP * 2))
    console.log(`  ${per(v).padStart(16)}  ${k}`);
  console.log('self, by function:');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP))
    console.log(`  ${per(v).padStart(16)}  ${k}`);
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread time, µs. */
  tdur?: number;
  args?: {
    name?: string;
    data?: { url?: string; functionName?: string; lineNumber?: number; type?: string };
    beginData?: unknown;
  };
}

async function timeline(page: Page) {
  const browser = page.context().browser()!;
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute'],
  });
  await steps(page);
  const raw = (await browser.stopTracing()).toString();
  if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, raw);
  const events = (JSON.parse(raw) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error('no CrRendererMain thread in the trace');
  // Thread (CPU) time, each slice's own: its duration less its children's, so the rows add up to the total.
  const own = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const selfTime = new Map<string, number>();
  // The script a slice ran (a function call, an event, a timer, a frame callback), by the outermost such slice:
  // its own time and that of every slice in it (script, style, layout forced by it), thread time.
  const byScript = new Map<string, number>();
  const scriptOf = (e: TraceEvent) => {
    const d = e.args?.data;
    if (e.name === 'FunctionCall')
      return `FunctionCall ${d?.functionName || '(anonymous)'} ${(d?.url ?? '').replace(/^.*\//, '')}:${(d?.lineNumber ?? 0) + 1}`;
    if (e.name === 'EventDispatch') return `EventDispatch ${d?.type ?? ''}`;
    if (['RunMicrotasks', 'FireAnimationFrame', 'TimerFire', 'HandlePostMessage'].includes(e.name))
      return e.name;
    return undefined;
  };
  const stack: { end: number; name: string; self: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length > 0 && stack.at(-1)!.end <= upTo) {
      const done = stack.pop()!;
      selfTime.set(done.name, (selfTime.get(done.name) ?? 0) + done.self / 1000);
    }
  };
  let total = 0;
  for (const e of own) {
    close(e.ts);
    const parent = stack.at(-1);
    if (parent) parent.self -= e.tdur!;
    else total += e.tdur! / 1000;
    stack.push({ end: e.ts + (e.dur ?? 0), name: e.name, self: e.tdur! });
  }
  close(Infinity);
  let scriptEnd = -1;
  for (const e of own) {
    if (e.ts < scriptEnd) continue;
    const key = scriptOf(e);
    if (!key) continue;
    scriptEnd = e.ts + (e.dur ?? 0);
    byScript.set(key, (byScript.get(key) ?? 0) + e.tdur! / 1000);
  }
  const per = (v: number) => `${(v / (STEPS * SLIDERS.length)).toFixed(3)} ms/step`;
  const count = (name: string) => own.filter((e) => e.name === name).length / (STEPS * SLIDERS.length);
  const lifecycle = own.filter((e) => e.name === 'WebFrameWidgetImpl::UpdateLifecycle');
  const cpu = (list: TraceEvent[]) => list.reduce((a, e) => a + e.tdur! / 1000, 0) / (STEPS * SLIDERS.length);
  console.log(
    `\nper step: ${count('WebFrameWidgetImpl::UpdateLifecycle').toFixed(1)} lifecycle updates (${cpu(lifecycle).toFixed(2)} ms), ` +
      `${count('Layout').toFixed(1)} layouts, ${count('Paint').toFixed(1)} paints, ${count('UpdateLayoutTree').toFixed(1)} style recalcs, ` +
      `${count('FunctionCall').toFixed(1)} function calls, ${count('HandlePostMessage').toFixed(1)} messages in`,
  );
  if (process.env.DETAIL) {
    for (const e of own.filter((x) => ['Layout', 'UpdateLayoutTree', 'Paint'].includes(x.name)).slice(0, 60))
      console.log(e.name, (e.tdur! / 1000).toFixed(2), JSON.stringify(e.args).slice(0, 300));
  }
  console.log(`\nRenderer main thread, CPU time by slice (own time, less nested slices): ${per(total)}`);
  for (const [k, v] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`  ${per(v).padStart(16)}  ${k}`);
  console.log('\nScript slices (outermost), with all they ran, thread time:');
  for (const [k, v] of [...byScript].sort((a, b) => b[1] - a[1]).slice(0, TOP))
    console.log(`  ${per(v).padStart(16)}  ${k}`);
}

const server = await startPreviewServer(DIST);
const browser = await launchBrowser();
try {
  const runs =
    process.env.ONLY === 'timeline'
      ? [timeline]
      : process.env.ONLY === 'js'
        ? [jsProfile]
        : [jsProfile, timeline];
  for (const run of runs) {
    // The app settled (openSettledPage), so a step's profile holds the step's work, not the later parts' mounting.
    const { context, page } = FLOOR
      ? await newPage(browser, { viewport: { width: 1440, height: 900 } })
      : await openSettledPage(browser, server.url);
    if (FLOOR) await page.setContent(FLOOR_PAGE);
    if (HIDE_CHARTS) await page.addStyleTag({ content: '.charts { display: none; }' });
    if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
    await page.waitForTimeout(500);
    const dom = await page.evaluate('document.getElementsByTagName("*").length');
    console.log(`\n${run.name}: ${String(dom)} elements`);
    const cdp = await context.newCDPSession(page);
    if (run === jsProfile) await jsProfile(cdp, page);
    else await timeline(page);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
