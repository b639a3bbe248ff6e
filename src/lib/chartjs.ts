// Registers only the chart.js parts the page uses (not chart.js/auto), to keep the first load small.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LogarithmicScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { setDefaultLegendItems } from './charts/common.ts';
import { markerPlugin } from './charts/markerPlugin.ts';
import { valueLabelPlugin } from './charts/valueLabelPlugin.ts';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  LogarithmicScale,
  Tooltip,
  Legend,
  // Fills the simulation's fan bands (issue #10).
  Filler,
  markerPlugin,
  valueLabelPlugin,
);
// The charts' legends rename items on a phone (compactLegend), starting from chart.js's own items.
setDefaultLegendItems(Chart.defaults.plugins.legend.labels.generateLabels);
Chart.defaults.font.family =
  getComputedStyle(document.documentElement).getPropertyValue('--font-sans') || 'system-ui';

export { Chart };
