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

export const IDLE_LABEL = 'Of which idle (paid, not needed)';

/**
 * OpenAI's compute spend by provider, stacked by year with Azure at the base, and cumulative spend on the right.
 * Contracted capacity beyond the year's need (take-or-pay) is paid for and so inside the bars; a line marks it.
 */
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
  // Idle capacity is inside the bars (take-or-pay: paid in full); a dashed line says how much of each year's bar.
  const hasIdle = s.idleCompute.some((x) => x > 0);
  if (hasIdle) {
    datasets.push({
      type: 'line',
      label: IDLE_LABEL,
      data: s.idleCompute.map((x) => (x > 0 ? x : null)),
      yAxisID: 'y',
      // Its own stack: drawn at its own value, not on top of the providers.
      stack: 'idle',
      borderColor: theme.idle,
      backgroundColor: theme.idle,
      borderWidth: 2,
      borderDash: [5, 3],
      pointStyle: 'rectRot',
      pointRadius: 5,
      spanGaps: false,
      order: 0,
    });
  }
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
    subtitle: `${formatUsd(p.kpis.computeSpendThrough2030)} through ${THROUGH_YEAR}, ${formatUsd(p.kpis.azureRevenueThrough2030)} of it on Azure; ${
      p.kpis.partnersExceedAzureYear === null
        ? 'Azure is paid more than the other clouds together every year'
        : `the other clouds together out-pay Azure from ${p.kpis.partnersExceedAzureYear}`
    }. ${
      p.kpis.idleComputeTotal > 0
        ? `${formatUsd(p.kpis.idleComputeTotal)} of contracted capacity sits idle but is paid for (2025–45).`
        : 'No contracted capacity sits idle.'
    }`,
    config: { type: 'bar', data: { labels, datasets }, options: { ...options, scales } },
    table: () => ({
      caption: 'Compute spend by provider and year (nominal), idle contracted capacity included in the total',
      columns: ['Year', ...shown.map((pr) => pr.label), 'Total', IDLE_LABEL],
      rows: p.years.map((y, i) => [
        String(y),
        ...shown.map((pr) => formatUsd(s.computeByProvider[pr.id][i]!)),
        formatUsd(s.computeSpend[i]!),
        formatUsd(s.idleCompute[i]!),
      ]),
    }),
  };
}
