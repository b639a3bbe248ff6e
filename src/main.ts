import { mount } from 'svelte';
import App from './App.svelte';
import { readPageMode } from './lib/embed.ts';
import { registerServiceWorker } from './lib/serviceWorker.svelte.ts';
import './app.css';
import { chartHost } from './lib/charts/chartHost.ts';

/** The longest the page waits for the chart worker before mounting. */
const READY_WAIT_MS = 100;

// The chart worker starts loading chart.js now, while the page (or the embed view's chunk) loads.
const charts = chartHost();
// The page mounts once the worker index.html started is ready (it most often is by now, or is within a few
// milliseconds): the canvases and the scenario the mount sends it then reach it at once, and it draws the first
// chart while the page lays out, instead of after (chartHost.ts, ChartHost.ready).
await charts.ready(READY_WAIT_MS);

// `?embed=<chart>` shows one chart for an iframe; anything else (an unknown chart included) the whole page.
const mode = readPageMode(location.search, location.hash);
const target = document.getElementById('app')!;
// The embed view is its own chunk, so the whole page's first load carries none of it.
if (mode.embed) {
  const { embed: chart, query } = mode;
  void import('./components/EmbedView.svelte').then(({ default: EmbedView }) =>
    mount(EmbedView, { target, props: { chart, query } }),
  );
} else mount(App, { target });

if (import.meta.env.PROD) registerServiceWorker();
