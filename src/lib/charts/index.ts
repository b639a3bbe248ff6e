import type { Projection, ScenarioValues } from '../../../models/index.ts';
import type { ChartOverlays, ChartSpec } from './common.ts';
import { computeChart } from './computeChart.ts';
import { msftValueChart } from './msftValueChart.ts';
import { openaiEconomicsChart } from './openaiEconomicsChart.ts';
import { revenueShareChart } from './revenueShareChart.ts';
import type { ChartTheme } from './theme.ts';
import { valuationChart } from './valuationChart.ts';

export type { ChartOverlays, ChartSpec, ChartTable } from './common.ts';

/** Every chart of the page, in reading order, from one projection and what is drawn over it. */
export function buildCharts(
  p: Projection,
  v: ScenarioValues,
  theme: ChartTheme,
  // Not read yet: fan bands and pinned scenarios add their fields to ChartOverlays and read them here.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  overlays: ChartOverlays = {},
): ChartSpec[] {
  return [
    revenueShareChart(p, v, theme),
    computeChart(p, theme),
    msftValueChart(p, v, theme),
    openaiEconomicsChart(p, theme),
    valuationChart(p, v, theme),
  ];
}
