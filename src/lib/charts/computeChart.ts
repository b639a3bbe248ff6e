import { SEEDS_COMPUTE_LABEL, SEEDS_COMPUTE_THROUGH_2030 } from '../../../models/actuals.ts';
import { PROVIDERS } from '../../../models/engine/compute.ts';
import { THROUGH_YEAR } from '../../../models/engine/paths.ts';
import type { Projection } from '../../../models/engine/project.ts';
import { formatUsd } from '../../../models/format.ts';
import {
  baseOptions,
  cumulative,
  shortLabel,
  USD_AXIS,
  yearLabels,
  type ChartOverlays,
  type ChartSpec,
} from './common.ts';
import { pinLines } from './pinLines.ts';
import type { ChartTheme } from './theme.ts';
import { CHART_TITLES } from './titles.ts';

export const IDLE_LABEL = 'Of which idle (paid, not needed)';
export const CUMULATIVE_LABEL = 'Cumulative';
/** The reported ~$450B through 2030: a reference on the cumulative axis, named in the legend, never over the bars. */
export const SEEDS_LABEL = SEEDS_COMPUTE_LABEL;

/** Providers' names in a phone's legend. */
const SHORT_PROVIDER: Partial<Record<string, string>> = {
  azure: 'Azure',
  stargate: 'Stargate',
  google: 'Google',
  ownCapacity: 'Own capacity',
  decentralized: 'Decentralized',
};

/** What the compute chart's subtitle says (the page writes it under the card on every step, without building the
 *  chart). */
export function computeSubtitle(p: Projection): string {
  return `${formatUsd(p.kpis.computeSpendThrough2030)} through ${THROUGH_YEAR}, ${formatUsd(p.kpis.azureRevenueThrough2030)} of it on Azure; ${
    p.kpis.partnersExceedAzureYear === null
      ? 'Azure is paid more than the other clouds together every year'
      : `the other clouds together out-pay Azure from ${p.kpis.partnersExceedAzureYear}`
  }. ${
    p.kpis.idleComputeTotal > 0
      ? `${formatUsd(p.kpis.idleComputeTotal)} of contracted capacity sits idle but is paid for (2025–45).`
      : 'No contracted capacity sits idle.'
  }`;
}

/**
 * OpenAI's compute spend by provider, stacked by year with Azure at the base, and cumulative spend on the right.
 * Contracted capacity beyond the year's need (take-or-pay) is paid for and so inside the bars; a line marks it.
 */
export function computeChart(p: Projection, theme: ChartTheme, overlays: ChartOverlays = {}): ChartSpec {
  const labels = yearLabels(p.years);
  const s = p.series;
  const base = baseOptions(theme, 'Spend per year (US$)', { y: USD_AXIS, y1: USD_AXIS });
  // Point styles in the legend: squares for the providers, a line for the total, a diamond for the report.
  const options = {
    ...base,
    plugins: { ...base.plugins, legend: { labels: { ...base.plugins.legend.labels, usePointStyle: true } } },
  };
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

  const shown = PROVIDERS.filter((pr) => pr.id === 'azure' || s.computeByProvider[pr.id].some((x) => x > 0));
  const datasets: ChartSpec['config']['data']['datasets'] = shown.map((pr) =>
    shortLabel(
      {
        type: 'bar' as const,
        label: pr.label,
        data: s.computeByProvider[pr.id],
        backgroundColor:
          pr.id === 'azure' ? theme.azure : theme.providers[PROVIDERS.findIndex((x) => x.id === pr.id) - 1]!,
        stack: 'providers',
        yAxisID: 'y',
        pointStyle: 'rect' as const,
        order: 1,
      },
      SHORT_PROVIDER[pr.id] ?? pr.label,
    ),
  );
  // Idle capacity is inside the bars (take-or-pay: paid in full); a dashed line says how much of each year's bar.
  const hasIdle = s.idleCompute.some((x) => x > 0);
  if (hasIdle) {
    datasets.push(
      shortLabel(
        {
          type: 'line' as const,
          label: IDLE_LABEL,
          data: s.idleCompute.map((x) => (x > 0 ? x : null)),
          yAxisID: 'y',
          // Its own stack: drawn at its own value, not on top of the providers.
          stack: 'idle',
          borderColor: theme.idle,
          backgroundColor: theme.idle,
          borderWidth: 2,
          borderDash: [5, 3],
          // A cross: capacity paid for and not used (a diamond is a reported figure).
          pointStyle: 'crossRot' as const,
          pointRadius: 5,
          spanGaps: false,
          order: 0,
        },
        'Of which idle',
      ),
    );
  }
  datasets.push({
    type: 'line',
    label: CUMULATIVE_LABEL,
    data: cumulative(s.computeSpend),
    yAxisID: 'y1',
    borderColor: theme.text,
    backgroundColor: theme.text,
    borderWidth: 1.5,
    pointStyle: 'line',
    pointRadius: 0,
    order: 0,
  });
  datasets.push(...pinLines(overlays, labels, (q) => q.series.computeSpend, 'compute spend', theme));
  // The reported total is through 2030: a dashed level on the cumulative axis up to 2030 and a diamond (a
  // reported figure, as the rounds on the equity chart) at 2030, where the cumulative line meets it or not. Its
  // name is in the legend, so no label sits over the bars.
  const through = labels.indexOf(String(THROUGH_YEAR));
  datasets.push(
    shortLabel(
      {
        type: 'line' as const,
        label: SEEDS_LABEL,
        data: p.years.map((y) => (y <= THROUGH_YEAR ? SEEDS_COMPUTE_THROUGH_2030 : null)),
        yAxisID: 'y1',
        stack: 'seeds',
        borderColor: theme.text,
        backgroundColor: theme.round,
        borderWidth: 1.5,
        borderDash: [5, 4],
        pointStyle: 'rectRot' as const,
        pointBorderColor: theme.labelBackground,
        pointRadius: labels.map((_, i) => (i === through ? 7 : 0)),
        pointHoverRadius: labels.map((_, i) => (i === through ? 8 : 0)),
        spanGaps: false,
        order: 0,
      },
      `Reported ~${formatUsd(SEEDS_COMPUTE_THROUGH_2030, 0)} by ${THROUGH_YEAR}`,
    ),
  );
  return {
    id: 'compute',
    title: CHART_TITLES.compute,
    subtitle: computeSubtitle(p),
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
