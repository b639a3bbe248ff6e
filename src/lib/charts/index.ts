import type { Projection, ScenarioValues } from '../../../models/index.ts';
import type { ChartOverlays, ChartSpec } from './common.ts';
import { computeChart } from './computeChart.ts';
import { msftValueChart } from './msftValueChart.ts';
import { openaiEconomicsChart } from './openaiEconomicsChart.ts';
import { revenueShareChart } from './revenueShareChart.ts';
import type { ChartTheme } from './theme.ts';
import type { ChartId } from './titles.ts';
import { valuationChart } from './valuationChart.ts';

export type { ChartOverlays, ChartSpec, ChartTable } from './common.ts';
export type { Bands } from './bands.ts';

type Builder = (p: Projection, v: ScenarioValues, theme: ChartTheme, overlays: ChartOverlays) => ChartSpec;

/** Each chart's builder, in reading order. */
const BUILDERS: Readonly<Record<ChartId, Builder>> = {
  'revenue-share': revenueShareChart,
  compute: (p, _v, theme, overlays) => computeChart(p, theme, overlays),
  'msft-value': msftValueChart,
  'openai-economics': (p, _v, theme, overlays) => openaiEconomicsChart(p, theme, overlays),
  valuation: valuationChart,
};

/** Every chart of the page, in reading order, from one projection and what is drawn over it. */
export function buildCharts(
  p: Projection,
  v: ScenarioValues,
  theme: ChartTheme,
  overlays: ChartOverlays = {},
): ChartSpec[] {
  return Object.values(BUILDERS).map((build) => build(p, v, theme, overlays));
}

/** One chart of the page, as buildCharts builds it (for a card that needs only its own). */
export function buildChart(
  id: ChartId,
  p: Projection,
  v: ScenarioValues,
  theme: ChartTheme,
  overlays: ChartOverlays = {},
): ChartSpec {
  return BUILDERS[id](p, v, theme, overlays);
}
