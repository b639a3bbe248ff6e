// The chart worker: chart.js draws the page's charts here, into canvases the page transferred, so a slider step
// costs the main thread only what the page's text shows (see renderer.ts and chartHost.ts).
import type { FromWorker, ToRenderer } from './protocol.ts';
import { ChartRenderer } from './renderer.ts';

const scope = self as unknown as {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<ToRenderer>) => void) | null;
  requestAnimationFrame?: (callback: () => void) => number;
};

const renderer = new ChartRenderer({
  offscreen: true,
  report: (message) => scope.postMessage(message),
  frame: (draw) => {
    if (scope.requestAnimationFrame) scope.requestAnimationFrame(draw);
    else setTimeout(draw, 0);
  },
  later: (task, ms) => {
    const timer = setTimeout(task, ms);
    return () => clearTimeout(timer);
  },
});

scope.onmessage = (event) => renderer.handle(event.data);
// From a task of its own, so it reaches the page after the browser's notice that this script has run, which is
// what releases the messages the page sent before (chartHost.ts waits for it).
setTimeout(() => scope.postMessage({ type: 'ready' } satisfies FromWorker));
