// chart.js for the main thread: the registered parts (charts/chartSetup.ts) with the page's font. The page's
// charts are drawn by the chart worker where the browser can (charts/chartHost.ts); this is for drawing on the
// main thread (the fallback, or a chart built for export).
import { Chart, setChartFont } from './charts/chartSetup.ts';

setChartFont(getComputedStyle(document.documentElement).getPropertyValue('--font-sans'));

export { Chart };
