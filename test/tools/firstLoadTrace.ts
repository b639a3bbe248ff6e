// The first load's critical path, from a Chromium trace of one cold load (issue #9):
//   npx vite build --logLevel warn && npx tsx test/tools/firstLoadTrace.ts [loads] [PREV_DIST=<dist>]
//
// For each load: when each script was requested and finished (from navigation start), and the main thread's and
// the chart worker's tasks longer than 2 ms (compile, evaluate, function calls, style, layout, paint), in order,
// ending at the first chart painted (the bench's probe: the frame after a figure reports its drawing). Then the
// same for a floor page: a page that starts a module worker drawing one rectangle into a transferred
// OffscreenCanvas, what this machine allows any page that draws in a worker. Medians over the loads at the end.

import { launchBrowser, newPage, startPreviewServer } from '../e2e/browser.ts';
import { tracedLoad, type TraceEvent } from './firstLoadTracing.ts';

const LOADS = Number(process.argv[2] ?? 3);
const PREV_DIST = process.env.PREV_DIST;
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'loading',
  '__metadata',
];

const FLOOR_HTML =
  '<!doctype html><canvas id="c" width="600" height="300"></canvas><script type="module">' +
  "const w = new Worker('./floor-worker.js', { type: 'module' });" +
  "const off = document.getElementById('c').transferControlToOffscreen();" +
  'w.postMessage(off, [off]);' +
  'w.onmessage = () => requestAnimationFrame(() => (window.__firstChart = { painted: performance.now() }));' +
  '</script>';
const FLOOR_WORKER =
  "onmessage = (e) => { const g = e.data.getContext('2d'); g.fillStyle = '#36c'; g.fillRect(10, 10, 200, 100);" +
  ' requestAnimationFrame(() => postMessage(1)); };';

function summarize(label: string, url: string, events: TraceEvent[], painted: number) {
  const threadName = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  // Time zero: the main frame's navigationStart mark.
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'),
  );
  const t0 = nav?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const at = (ts: number) => ((ts - t0) / 1000).toFixed(0).padStart(5);
  const lines: string[] = [`── ${label}: first chart painted at ${painted.toFixed(0)} ms`];
  const requests = new Map<string, { url: string; sent: number; finished?: number }>();
  for (const e of events) {
    const d = e.args?.data;
    if (e.name === 'ResourceSendRequest' && d?.requestId && d.url)
      requests.set(d.requestId, { url: d.url, sent: e.ts });
    if (e.name === 'ResourceFinish' && d?.requestId) {
      const r = requests.get(d.requestId);
      if (r) r.finished = e.ts;
    }
  }
  const origin = new URL(url).origin;
  for (const r of requests.values())
    if (
      /\.(js|html|css)$|\/$/.test(r.url) &&
      r.sent - t0 < painted * 1000 &&
      new URL(r.url).origin === origin
    )
      lines.push(
        `  net   ${at(r.sent)} → ${r.finished ? at(r.finished) : '  ?  '} ms  ${new URL(r.url).pathname}`,
      );
  const threads = ['CrRendererMain', 'DedicatedWorker thread'];
  const tasks = events
    .filter((e) => e.ph === 'X' && (e.dur ?? 0) >= 2000 && e.ts >= t0 && e.ts - t0 < painted * 1000)
    .filter((e) => threads.includes(threadName.get(`${e.pid}:${e.tid}`) ?? ''))
    .filter((e) => !['RunTask', 'ThreadControllerImpl::RunTask', 'RunMicrotasks'].includes(e.name))
    .sort((a, b) => a.ts - b.ts);
  // Only the outermost of nested slices on each thread.
  const ends = new Map<string, number>();
  for (const e of tasks) {
    const key = `${e.pid}:${e.tid}`;
    if ((ends.get(key) ?? 0) > e.ts) continue;
    ends.set(key, e.ts + (e.dur ?? 0));
    const who = threadName.get(key) === 'CrRendererMain' ? 'main  ' : 'worker';
    const url = e.args?.data?.url ? ` ${new URL(e.args.data.url).pathname}` : '';
    const cpu = e.tdur === undefined ? '' : ` (cpu ${(e.tdur / 1000).toFixed(0)})`;
    lines.push(
      `  ${who}${at(e.ts)} +${((e.dur ?? 0) / 1000).toFixed(0).padStart(4)} ms${cpu}  ${e.name}${url}`,
    );
  }
  lines.sort((a, b) => Number(a.slice(8, 14)) - Number(b.slice(8, 14)));
  return lines.join('\n');
}

const server = await startPreviewServer();
const prev = PREV_DIST ? await startPreviewServer(PREV_DIST) : undefined;
const browser = await launchBrowser();
const results: Record<string, number[]> = { 'this build': [], floor: [] };
if (prev) results['previous build'] = [];
try {
  for (let i = 0; i < LOADS; i++) {
    const targets: [string, string][] = [['this build', server.url]];
    if (prev) targets.push(['previous build', prev.url]);
    targets.push(['floor', `${server.url}__floor/`]);
    for (const [label, url] of targets) {
      const { context, page } = await newPage(browser, { viewport: { width: 1440, height: 900 } });
      // A returning visitor: the guided first visit would paint over the page (as in the bench).
      await context.addInitScript(
        "localStorage.setItem('deal-explorer.tour', JSON.stringify({ version: 1, seen: true }))",
      );
      await context.route('**/__floor/**', (route) => {
        const worker = route.request().url().endsWith('floor-worker.js');
        return route.fulfill({
          contentType: worker ? 'text/javascript' : 'text/html',
          body: worker ? FLOOR_WORKER : FLOOR_HTML,
        });
      });
      const { painted, events } = await tracedLoad(page, url, CATEGORIES);
      results[label]!.push(painted);
      if (i === 0) console.log(summarize(label, url, events, painted));
      await context.close();
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  console.log(`\nFirst chart painted, median of ${LOADS} traced loads (tracing slows each a little):`);
  for (const [label, xs] of Object.entries(results))
    console.log(
      `  ${label.padEnd(15)} ${median(xs).toFixed(0)} ms  (${xs.map((x) => x.toFixed(0)).join(', ')})`,
    );
} finally {
  await browser.close();
  await server.close();
  await prev?.close();
}
