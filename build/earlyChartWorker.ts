/**
 * Starts the chart worker from index.html (issue #9): a small inline script in the head, before the stylesheet and
 * the page's code, creates the worker, so its script loads and compiles while the page's own chunk is still
 * loading. Started from the page's code instead, the worker's thread waits for the main thread, busy mounting the
 * page, and the first chart waits for both in turn. src/lib/charts/chartHost.ts takes the worker it finds there
 * (and starts one itself when there is none: in development, or in a browser that cannot draw in a worker).
 */
import type { Plugin } from 'vite';

/** Where the inline script leaves the worker for chartHost.ts (and the message of an error before it looks). */
export const EARLY_WORKER_GLOBAL = '__chartWorker';

/**
 * The inline script: the same test as chartHost.ts's canDrawOffscreen, then the worker with the same options. It
 * notes the worker's 'ready' (its first message) if that comes before the page's code listens.
 */
export function earlyWorkerScript(url: string): string {
  return (
    `(function(){if(typeof OffscreenCanvas==='undefined'||typeof HTMLCanvasElement==='undefined'||` +
    `!('transferControlToOffscreen' in HTMLCanvasElement.prototype)||typeof Worker==='undefined')return;` +
    `var w=new Worker(${JSON.stringify(url)},{type:'module',name:'charts'});` +
    `w.onerror=function(e){w.failed=e.message||'the chart worker did not start'};` +
    `w.onmessage=function(e){if(e.data&&e.data.type==='ready')w.ready=true};` +
    `window.${EARLY_WORKER_GLOBAL}=w})()`
  );
}

export function earlyChartWorker(): Plugin {
  return {
    name: 'deal-explorer:early-chart-worker',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const files = Object.keys(context.bundle ?? {}).filter((f) =>
          /(^|\/)chartWorker-[\w-]+\.js$/.test(f),
        );
        if (files.length !== 1)
          throw new Error(`early chart worker: expected one chart worker, found ${files}`);
        // Right after the charset, before the stylesheet (an inline script waits for the stylesheets above it)
        // and the page's code. Relative, like every address in the build (base './'); a preset's page sets
        // <base> before it.
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('early chart worker: index.html has no <meta charset>');
        const script = `<script>${earlyWorkerScript(`./${files[0]}`)}</script>`;
        return html.replace(charset, (meta) => `${meta}\n    ${script}`);
      },
    },
  };
}
