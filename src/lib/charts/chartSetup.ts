// Registers only the chart.js parts the page uses (not chart.js/auto), to keep the first load small. No DOM here:
// the chart worker loads this too.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { setDefaultLegendItems } from './common.ts';
import { markerPlugin } from './markerPlugin.ts';
import { valueLabelPlugin } from './valueLabelPlugin.ts';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
  // Fills the simulation's fan bands.
  Filler,
  markerPlugin,
  valueLabelPlugin,
);
// The charts' legends rename items on a phone (compactLegend), starting from chart.js's own items.
setDefaultLegendItems(Chart.defaults.plugins.legend.labels.generateLabels);

/** The page's font for chart text (read from its CSS by the main thread, which the worker cannot). */
export function setChartFont(family: string): void {
  Chart.defaults.font.family = family || 'system-ui';
}

export { Chart };
