import { formatUsd, KPI_META, type Simulation } from '../../../models/index.ts';
import { baseOptions, type ChartSpec } from './common.ts';
import type { Marker } from './markerPlugin.ts';
import type { ChartTheme } from './theme.ts';

export const HISTOGRAM_ID = 'headline-histogram';

/** The bin of the histogram that holds a value (the outermost bins also hold the tails). */
function binOf(edges: readonly number[], x: number): number {
  const bins = edges.length - 1;
  for (let i = 0; i < bins; i++) if (x < edges[i + 1]!) return i;
  return bins - 1;
}

/**
 * How the simulated scenarios spread the headline (value to Microsoft, present value in 2025 dollars after tax):
 * one bar per bin, the count of simulations in it as a share of all of them, the median and this scenario's own
 * figure marked.
 */
export function histogramChart(sim: Simulation, projected: number, theme: ChartTheme): ChartSpec {
  const { edges, counts } = sim.histogram;
  const labels = counts.map((_, i) => formatUsd((edges[i]! + edges[i + 1]!) / 2, 0));
  const shares = counts.map((c) => c / sim.samples);
  const options = baseOptions(theme, 'Share of simulations', {
    y: { tick: (v) => `${Math.round(v * 100)}%`, tooltip: (v) => `${(v * 100).toFixed(1)}%` },
  });
  options.scales.x.title.text = `${KPI_META.msftTotalValueNpv.label} (present value in 2025 dollars, after tax)`;
  options.plugins.legend = { ...options.plugins.legend, display: false } as typeof options.plugins.legend;
  const spread = sim.kpis.msftTotalValueNpv;
  const markers: Record<string, Marker> = {};
  if (spread.p50 !== null)
    markers.median = {
      scaleID: 'x',
      value: binOf(edges, spread.p50),
      label: { content: `Median ${formatUsd(spread.p50)}` },
    };
  markers.scenario = {
    scaleID: 'x',
    value: binOf(edges, projected),
    label: { content: `Headline figure ${formatUsd(projected)}` },
  };
  options.plugins.markers.markers = markers;
  const n = sim.samples.toLocaleString('en-US');
  return {
    id: HISTOGRAM_ID,
    title: 'How the value to Microsoft spreads',
    subtitle: `${n} simulations of this scenario; each bar is the share of them that lands in its range. The outermost bars also hold the 0.5% beyond them on each side.`,
    config: {
      type: 'bar',
      data: {
        labels,
        datasets: [
          {
            type: 'bar',
            label: 'Share of simulations',
            data: shares,
            backgroundColor: theme.stake,
            categoryPercentage: 1,
            barPercentage: 0.92,
          },
        ],
      },
      options,
    },
    table: () => ({
      caption: `Value to Microsoft across ${n} simulations (present value in 2025 dollars, after tax)`,
      columns: ['From', 'To', 'Simulations', 'Share'],
      rows: counts.map((c, i) => [
        i === 0 ? 'the lowest' : formatUsd(edges[i]!),
        i === counts.length - 1 ? 'the highest' : formatUsd(edges[i + 1]!),
        c.toLocaleString('en-US'),
        `${((c / sim.samples) * 100).toFixed(1)}%`,
      ]),
    }),
  };
}
