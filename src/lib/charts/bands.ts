import { formatUsd } from '../../../models/format.ts';
import type { KpiSpread, SimulatedSeries } from '../../../models/uncertainty/simulate.ts';
import { annotate, type ChartSpec } from './common.ts';

/**
 * What the simulation gives the charts: each charted series' 10th, 50th and 90th percentiles by year, and the
 * headline's spread. Plain data (structured-cloneable), from the simulation of the scenario shown.
 */
export interface Bands {
  readonly samples: number;
  readonly series: Partial<Record<SimulatedSeries, BandData>>;
  readonly headline: KpiSpread;
}

/** A series' band; a year is null while the scenario shown has not been simulated yet. */
export interface BandData {
  readonly p10: readonly (number | null)[];
  readonly p50: readonly (number | null)[];
  readonly p90: readonly (number | null)[];
}

/**
 * The bands to draw while the scenario shown differs from the one simulated (a slider is moving): the same
 * datasets with no points, so nothing of another scenario is drawn and the charts keep their structure (they are
 * patched, not rebuilt, on every step).
 */
export function blankBands(bands: Bands, years: number): Bands {
  const none = new Array<null>(years).fill(null);
  const series: Partial<Record<SimulatedSeries, BandData>> = {};
  for (const key of Object.keys(bands.series) as SimulatedSeries[])
    series[key] = { p10: none, p50: none, p90: none };
  return { samples: bands.samples, series, headline: { p10: null, p50: null, p90: null, mean: null } };
}

type Dataset = ChartSpec['config']['data']['datasets'][number];

/** A colour given as #rrggbb, made translucent. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

export const bandLabel = (name: string) => `${name}, 80% of simulations`;
export const medianLabel = (name: string) => `${name}, simulated median`;

/**
 * A fan band for one series: its 90th percentile (an edge, unlisted), its 10th filled up to it (listed as the
 * band: 80% of the simulated scenarios fall inside), and its median as a dashed line whose tooltip gives the band's
 * range. Append them in this order: the fill reaches the dataset before it.
 */
export function fanDatasets(
  band: BandData,
  name: string,
  colour: { readonly fill: string; readonly line: string },
  samples: number,
  yAxisID = 'y',
): Dataset[] {
  const n = samples.toLocaleString('en-US');
  return [
    Object.assign(
      {
        type: 'line' as const,
        label: `${name}, 90th percentile`,
        data: [...band.p90],
        yAxisID,
        borderWidth: 0,
        pointRadius: 0,
        pointHoverRadius: 0,
        fill: false,
        order: 3,
      },
      { bandEdge: 'upper' },
    ),
    Object.assign(
      {
        type: 'line' as const,
        label: bandLabel(name),
        data: [...band.p10],
        yAxisID,
        borderWidth: 0,
        pointRadius: 0,
        pointHoverRadius: 0,
        backgroundColor: colour.fill,
        fill: '-1',
        order: 3,
      },
      { bandEdge: 'lower' },
    ),
    annotate(
      {
        type: 'line' as const,
        label: medianLabel(name),
        data: [...band.p50],
        yAxisID,
        borderColor: colour.line,
        backgroundColor: colour.line,
        borderDash: [6, 4],
        borderWidth: 1.5,
        pointRadius: 0,
        fill: false,
        order: 0,
      },
      {
        bandMedian: true,
        notes: band.p50.map((_, i) =>
          band.p10[i] === null || band.p90[i] === null
            ? null
            : [`80% of ${n} simulations: ${formatUsd(band.p10[i]!)} to ${formatUsd(band.p90[i]!)}`],
        ),
      },
    ),
  ];
}

/** "80% of 10,000 simulations fall between $144.0B and $302.5B; median $204.6B." for a subtitle or a sentence. */
export function spreadSentence(spread: KpiSpread, samples: number): string {
  if (spread.p10 === null || spread.p90 === null || spread.p50 === null) return '';
  return `80% of ${samples.toLocaleString('en-US')} simulations fall between ${formatUsd(spread.p10)} and ${formatUsd(spread.p90)}; median ${formatUsd(spread.p50)}.`;
}
