import type { Projection, ScenarioValues } from '../../../models/index.ts';
import type { ChartSpec } from './common.ts';
import { computeChart } from './computeChart.ts';
import { msftValueChart } from './msftValueChart.ts';
import { openaiEconomicsChart } from './openaiEconomicsChart.ts';
import { revenueShareChart } from './revenueShareChart.ts';
import type { ChartTheme } from './theme.ts';
import { valuationChart } from './valuationChart.ts';

export type { ChartSpec, ChartTable } from './common.ts';

/** Every chart of the page, in reading order, from one projection. */
export function buildCharts(p: Projection, v: ScenarioValues, theme: ChartTheme): ChartSpec[] {
  return [
    revenueShareChart(p, v, theme),
    computeChart(p, theme),
    msftValueChart(p, v, theme),
    openaiEconomicsChart(p, theme),
    valuationChart(p, v, theme),
  ];
}
