import type { Projection, ScenarioValues } from '../../../models/index.ts';
import type { ChartOverlays, ChartSpec } from './common.ts';
import { computeChart } from './computeChart.ts';
import { msftValueChart } from './msftValueChart.ts';
import { openaiEconomicsChart } from './openaiEconomicsChart.ts';
import { revenueShareChart } from './revenueShareChart.ts';
import type { ChartTheme } from './theme.ts';
import { valuationChart } from './valuationChart.ts';

export type { ChartOverlays, ChartSpec, ChartTable } from './common.ts';
export type { Bands } from './bands.ts';

/** Every chart of the page, in reading order, from one projection and what is drawn over it. */
export function buildCharts(
  p: Projection,
  v: ScenarioValues,
  theme: ChartTheme,
  overlays: ChartOverlays = {},
): ChartSpec[] {
  return [
    revenueShareChart(p, v, theme, overlays),
    computeChart(p, theme, overlays),
    msftValueChart(p, v, theme, overlays),
    openaiEconomicsChart(p, theme, overlays),
    valuationChart(p, v, theme, overlays),
  ];
}
