// Where the first load's CPU goes, function by function (issue #9):
//   npx vite build --sourcemap --logLevel warn --outDir /tmp/dist-prof && \
//     DIST=/tmp/dist-prof npx tsx test/tools/firstLoadProfile.ts [loads] [top]
//
// Traces cold loads with V8's sampling profiler on, keeps the samples up to the first chart painted (the bench's
// probe), and prints, for the page's main thread and the chart worker, the time in each phase (the outermost
// trace slices: compile, evaluate, mount, frames) and the functions with the most self time, mapped back to their
// source through the build's source maps when DIST holds them, and each project file's time with what it calls.
// Sums over the loads, divided by their number. Then the medians of the performance.mark()s the page and the worker
// make (none in the build as committed: add them to follow a change), and with TIMELINE=1 the first load's slices
// in order, each with the functions sampled most within it; SLICE="main v8.evaluateModule,…" lists the functions
// within those slices. The samples count wall time while the thread runs script: on a busy machine, or in a call
// that waits (a worker's first drawing waits for a task of the page's main thread), more than its CPU time.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';

import { DIST_DIR, launchBrowser, newPage, startPreviewServer } from '../e2e/browser.ts';
import { tracedLoad, type ProfileNode, type TraceEvent } from './firstLoadTracing.ts';

type CallFrame = ProfileNode['callFrame'];

const LOADS = Number(process.argv[2] ?? 5);
const TOP = Number(process.argv[3] ?? 25);
const DIST = process.env.DIST ?? DIST_DIR;
/** TIMELINE=1 prints the first load's slices in order, each with the functions sampled most within it. */
const TIMELINE = process.env.TIMELINE === '1';
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'loading',
  '__metadata',
];
const maps = new Map<string, SourceMapConsumer | null>();
/** Where a frame's code comes from: its source file (through the build's source map) and line, and its name. */
function located(frame: CallFrame): { source: string; line: number; name: string } {
  const file = frame.url.replace(/^https?:\/\/[^/]+\//, '');
  if (!maps.has(file)) {
    const path = resolve(DIST, `${file}.map`);
    maps.set(file, existsSync(path) ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8'))) : null);
  }
  const where = maps
    .get(file)
    ?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
  return {
    source: where?.source ? where.source.replace(/^(\.\.\/)+/, '') : file,
    line: where?.line ?? frame.lineNumber + 1,
    name: where?.name || frame.functionName || '(anonymous)',
  };
}
function original(frame: CallFrame): string {
  const { source, line, name } = located(frame);
  return `${name} ${source.replace(/^.*node_modules\//, '')}:${line}`;
}

type Tally = Map<string, number>;
const add = (t: Tally, key: string, ms: number) => t.set(key, (t.get(key) ?? 0) + ms);

function tallyLoad(
  events: TraceEvent[],
  painted: number,
  phases: Record<string, Tally>,
  self: Record<string, Tally>,
  slices: boolean,
) {
  const threadName = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'),
  );
  const t0 = nav!.ts;
  const pagePid = nav!.pid;
  const end = t0 + painted * 1000;
  const who = (e: TraceEvent) => {
    const name = threadName.get(`${e.pid}:${e.tid}`);
    if (e.pid !== pagePid) return undefined;
    return name === 'CrRendererMain' ? 'main' : name === 'DedicatedWorker thread' ? 'worker' : undefined;
  };
  // Phases: the outermost slices on each thread, by name, CPU time.
  const ends = new Map<string, number>();
  const outer: TraceEvent[] = [];
  for (const e of events
    .filter((x) => x.ph === 'X' && x.ts >= t0 && x.ts < end && who(x))
    .sort((a, b) => a.ts - b.ts)) {
    const key = `${e.pid}:${e.tid}`;
    if ((ends.get(key) ?? 0) > e.ts) continue;
    if (['RunTask', 'ThreadControllerImpl::RunTask'].includes(e.name)) continue;
    ends.set(key, e.ts + (e.dur ?? 0));
    outer.push(e);
    const url = e.args?.data?.url
      ? ` ${new URL(e.args.data.url).pathname.replace(/-[\w-]{8}\.js$/, '.js')}`
      : '';
    add(phases[who(e)!]!, `${e.name}${url}`, (e.tdur ?? e.dur ?? 0) / 1000);
  }
  // Samples: self time per function, in [t0, end).
  const samples: { thread: string; at: number; ms: number; key: string }[] = [];
  const profiles = new Map<
    string,
    { thread: string; start: number; nodes: Map<number, ProfileNode>; time: number }
  >();
  for (const e of events) {
    if (e.name === 'Profile' && e.id) {
      const thread = who(e);
      if (thread)
        profiles.set(`${e.pid}:${e.id}`, {
          thread,
          start: e.args!.data!.startTime!,
          nodes: new Map(),
          time: 0,
        });
    }
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || !e.id) continue;
    const p = profiles.get(`${e.pid}:${e.id}`);
    if (!p) continue;
    if (p.time === 0) p.time = p.start;
    for (const n of e.args?.data?.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
    const ids = e.args?.data?.cpuProfile?.samples ?? [];
    const deltas = e.args?.data?.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      const next = p.time + (deltas[i] ?? 0);
      const node = p.nodes.get(ids[i]!);
      const interval = (deltas[i + 1] ?? 0) / 1000;
      p.time = next;
      if (!node || next < t0 || next >= end) continue;
      const f = node.callFrame;
      if (f.functionName === '(idle)' || f.functionName === '(program)') continue;
      const key = f.url ? original(f) : f.functionName;
      // Inclusive time of each project source file on the stack (components, models), once per sample.
      const files = new Set<string>();
      for (
        let n: ProfileNode | undefined = node;
        n;
        n = n.parent === undefined ? undefined : p.nodes.get(n.parent)
      )
        if (n.callFrame.url) {
          const { source } = located(n.callFrame);
          if (!source.includes('node_modules') && /(^|\/)(src|models)\//.test(source))
            files.add(source.replace(/^(.*?\/)?(src|models)\//, '$2/'));
        }
      for (const file of files) add(inclusive[p.thread]!, file, interval);
      add(self[p.thread]!, key, interval);
      samples.push({ thread: p.thread, at: next, ms: interval, key });
    }
  }
  if (slices) printSlices(events, outer, samples, t0, who);
  // Self time by function within each kind of outermost slice (SLICE=<name> prints one).
  for (const e of outer) {
    const thread = who(e)!;
    const tally = (bySlice[`${thread} ${e.name}`] ??= new Map());
    for (const x of samples)
      if (x.thread === thread && x.at >= e.ts && x.at < e.ts + (e.dur ?? 0)) add(tally, x.key, x.ms);
  }
  // performance.mark()s of the page and the worker, ms from navigation start.
  const seen = new Set<string>();
  for (const e of [...events].sort((a, b) => a.ts - b.ts))
    if (e.cat === 'blink.user_timing' && who(e) && e.ts >= t0 && !seen.has(e.name)) {
      seen.add(e.name);
      (marks[e.name] ??= []).push((e.ts - t0) / 1000);
    }
  (marks['(first chart painted)'] ??= []).push(painted);
}

/** Each outermost slice of the load, with its CPU time and the functions sampled most within it. */
function printSlices(
  events: TraceEvent[],
  outer: TraceEvent[],
  samples: { thread: string; at: number; ms: number; key: string }[],
  t0: number,
  who: (e: TraceEvent) => string | undefined,
) {
  for (const e of outer) {
    if ((e.dur ?? 0) < 2000) continue;
    const thread = who(e)!;
    const inside: Tally = new Map();
    for (const x of samples)
      if (x.thread === thread && x.at >= e.ts && x.at < e.ts + (e.dur ?? 0)) add(inside, x.key, x.ms);
    const top = [...inside.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4);
    const url = e.args?.data?.url ? ` ${new URL(e.args.data.url).pathname}` : '';
    console.log(
      `${thread.padEnd(6)} ${((e.ts - t0) / 1000).toFixed(0).padStart(5)} +${((e.dur ?? 0) / 1000).toFixed(0).padStart(4)} ms (cpu ${((e.tdur ?? 0) / 1000).toFixed(0)}) ${e.name}${url}`,
    );
    for (const [key, ms] of top) console.log(`           ${ms.toFixed(1).padStart(6)} ms  ${key}`);
    // Style and layout forced inside a script (they show as the script's own time in the samples).
    for (const x of events)
      if (
        x !== e &&
        x.ph === 'X' &&
        x.pid === e.pid &&
        x.tid === e.tid &&
        ['UpdateLayoutTree', 'Layout', 'ParseAuthorStyleSheet'].includes(x.name) &&
        x.ts >= e.ts &&
        x.ts < e.ts + (e.dur ?? 0) &&
        (x.dur ?? 0) >= 1000
      )
        console.log(
          `           forced ${x.name} at ${((x.ts - t0) / 1000).toFixed(0)}: ${((x.dur ?? 0) / 1000).toFixed(1)} ms (cpu ${((x.tdur ?? 0) / 1000).toFixed(1)})`,
        );
  }
}

function print(title: string, t: Tally, loads: number, top: number) {
  const rows = [...t.entries()].sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((a, [, ms]) => a + ms, 0) / loads;
  console.log(`\n${title} (total ${total.toFixed(1)} ms per load)`);
  for (const [key, ms] of rows.slice(0, top))
    console.log(`  ${(ms / loads).toFixed(1).padStart(7)} ms  ${key}`);
}

const server = await startPreviewServer(DIST);
const browser = await launchBrowser();
const phases: Record<string, Tally> = { main: new Map(), worker: new Map() };
const self: Record<string, Tally> = { main: new Map(), worker: new Map() };
const painted: number[] = [];
const marks: Record<string, number[]> = {};
const bySlice: Record<string, Tally> = {};
const inclusive: Record<string, Tally> = { main: new Map(), worker: new Map() };
try {
  for (let i = 0; i < LOADS; i++) {
    const { context, page } = await newPage(browser, { viewport: { width: 1440, height: 900 } });
    await context.addInitScript(
      "localStorage.setItem('deal-explorer.tour', JSON.stringify({ version: 1, seen: true }))",
    );
    const load = await tracedLoad(page, server.url, CATEGORIES);
    painted.push(load.painted);
    tallyLoad(load.events, load.painted, phases, self, TIMELINE && i === 0);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`first chart painted (traced, profiled): ${painted.map((p) => p.toFixed(0)).join(', ')} ms`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
console.log('\nmarks, median ms from navigation start (loads with the mark)');
for (const [name, xs] of Object.entries(marks).sort((a, b) => median(a[1]) - median(b[1])))
  console.log(`  ${median(xs).toFixed(0).padStart(6)}  ${name} (${xs.length})`);
for (const name of (process.env.SLICE ?? '').split(',').filter(Boolean))
  print(`functions within "${name}"`, bySlice[name] ?? new Map(), LOADS, TOP);
for (const thread of ['main', 'worker'] as const) {
  print(`${thread}: phases, CPU`, phases[thread]!, LOADS, 15);
  print(`${thread}: self time by function (sampled)`, self[thread]!, LOADS, TOP);
  print(`${thread}: inclusive time by source file (sampled)`, inclusive[thread]!, LOADS, TOP);
}
