import {
  formatUsd,
  PROVIDERS,
  SEEDS_COMPUTE_LABEL,
  SEEDS_COMPUTE_THROUGH_2030,
  THROUGH_YEAR,
  type Projection,
} from '../../../models/index.ts';
import { baseOptions, cumulative, USD_AXIS, yearLabels, type ChartSpec } from './common.ts';
import type { ChartTheme } from './theme.ts';

/** OpenAI's compute spend by provider, stacked by year with Azure at the base, and cumulative spend on the right. */
export function computeChart(p: Projection, theme: ChartTheme): ChartSpec {
  const labels = yearLabels(p.years);
  const s = p.series;
  const options = baseOptions(theme, 'Spend per year (US$)', { y: USD_AXIS, y1: USD_AXIS });
  const scales = {
    ...options.scales,
    x: { ...options.scales.x, stacked: true },
    y: { ...options.scales.y, stacked: true },
    y1: {
      position: 'right' as const,
      min: 0,
      ticks: { color: theme.muted, callback: (x: number | string) => USD_AXIS.tick(Number(x)) },
      grid: { display: false },
      title: { display: true, text: 'Cumulative from 2025 (US$)', color: theme.muted },
    },
  };
  options.plugins.markers.markers.seeds = {
    scaleID: 'y1',
    value: SEEDS_COMPUTE_THROUGH_2030,
    label: { content: SEEDS_COMPUTE_LABEL, position: 'start' },
  };

  const shown = PROVIDERS.filter((pr) => pr.id === 'azure' || s.computeByProvider[pr.id].some((x) => x > 0));
  const datasets: ChartSpec['config']['data']['datasets'] = shown.map((pr) => ({
    type: 'bar' as const,
    label: pr.label,
    data: s.computeByProvider[pr.id],
    backgroundColor:
      pr.id === 'azure' ? theme.azure : theme.providers[PROVIDERS.findIndex((x) => x.id === pr.id) - 1]!,
    stack: 'providers',
    yAxisID: 'y',
    order: 1,
  }));
  datasets.push({
    type: 'line',
    label: 'Cumulative',
    data: cumulative(s.computeSpend),
    yAxisID: 'y1',
    borderColor: theme.text,
    backgroundColor: theme.text,
    borderWidth: 1.5,
    pointRadius: 0,
    order: 0,
  });
  return {
    id: 'compute',
    title: 'OpenAI compute spend by provider',
    subtitle: `${formatUsd(p.kpis.computeSpendThrough2030)} through ${THROUGH_YEAR}, ${formatUsd(p.kpis.azureRevenueThrough2030)} of it on Azure.`,
    config: { type: 'bar', data: { labels, datasets }, options: { ...options, scales } },
    table: () => ({
      caption: 'Compute spend by provider and year',
      columns: ['Year', ...shown.map((pr) => pr.label), 'Total'],
      rows: p.years.map((y, i) => [
        String(y),
        ...shown.map((pr) => formatUsd(s.computeByProvider[pr.id][i]!)),
        formatUsd(s.computeSpend[i]!),
      ]),
    }),
  };
}
