import type { Projection, ScenarioValues } from '../../../models/index.ts';
import type { ChartOverlays, ChartSpec } from './common.ts';
import { computeChart, computeSubtitle } from './computeChart.ts';
import { msftValueChart, msftValueSubtitle } from './msftValueChart.ts';
import { openaiEconomicsChart, openaiEconomicsSubtitle } from './openaiEconomicsChart.ts';
import { revenueShareChart, revenueShareSubtitle } from './revenueShareChart.ts';
import type { ChartTheme } from './theme.ts';
import type { ChartId } from './titles.ts';
import { valuationChart, valuationSubtitle } from './valuationChart.ts';

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

type SubtitleOf = (p: Projection, v: ScenarioValues, overlays: ChartOverlays) => string;

/** Each chart's subtitle alone: the same text its builder puts in the spec. */
const SUBTITLES: Readonly<Record<ChartId, SubtitleOf>> = {
  'revenue-share': (p, v) => revenueShareSubtitle(p, v),
  compute: (p) => computeSubtitle(p),
  'msft-value': (p, _v, overlays) => msftValueSubtitle(p, overlays),
  'openai-economics': (p) => openaiEconomicsSubtitle(p),
  valuation: (p, v) => valuationSubtitle(p, v),
};

/**
 * One chart's subtitle, as buildChart would give it, without building the chart: the cards near the screen write
 * theirs on every slider step, and building two or three whole chart configs for it cost the page ~0.4 ms a step
 * (issue #9).
 */
export function chartSubtitle(
  id: ChartId,
  p: Projection,
  v: ScenarioValues,
  overlays: ChartOverlays = {},
): string {
  return SUBTITLES[id](p, v, overlays);
}
