import { formatUsd, formatYear, type Projection } from '../../../models/index.ts';
import { baseOptions, USD_AXIS, yearLabels, yearMarker, type ChartSpec } from './common.ts';
import type { ChartTheme } from './theme.ts';

/** OpenAI's economics: revenue and compute cost as lines, operating cash flow as bars, break-even marked. */
export function openaiEconomicsChart(p: Projection, theme: ChartTheme): ChartSpec {
  const labels = yearLabels(p.years);
  const s = p.series;
  const options = baseOptions(theme, 'US$ per year', { y: USD_AXIS });
  const breakEven = p.kpis.openaiBreakEvenYear;
  if (breakEven !== null) {
    options.plugins.markers.markers.breakEven = yearMarker(
      labels,
      breakEven,
      `Cash-flow positive: ${breakEven}`,
    );
  }
  const datasets: ChartSpec['config']['data']['datasets'] = [
    {
      type: 'line',
      label: 'Revenue',
      data: s.openaiRevenue,
      borderColor: theme.revenue,
      backgroundColor: theme.revenue,
      borderWidth: 2,
      pointRadius: 2,
      order: 0,
    },
    {
      type: 'line',
      label: 'Compute spend',
      data: s.computeSpend,
      borderColor: theme.cost,
      backgroundColor: theme.cost,
      borderWidth: 2,
      pointRadius: 2,
      order: 0,
    },
    {
      type: 'bar',
      label: 'Operating cash flow',
      data: s.openaiOperatingCashFlow,
      backgroundColor: s.openaiOperatingCashFlow.map((x) => (x >= 0 ? theme.positive : theme.negative)),
      order: 1,
    },
  ];
  return {
    id: 'openai-economics',
    title: "OpenAI's economics",
    subtitle:
      breakEven === null
        ? 'Operating cash flow stays negative through the horizon.'
        : `Cash-flow positive from ${formatYear(breakEven)}, at about ${formatUsd(p.kpis.openaiBreakEvenRevenue!)} of revenue.`,
    config: { type: 'bar', data: { labels, datasets }, options },
    table: () => ({
      caption: "OpenAI's revenue, compute spend and operating cash flow by year",
      columns: [
        'Year',
        'Revenue',
        'Compute spend',
        'Other costs',
        'Revenue share paid',
        'Operating cash flow',
      ],
      rows: p.years.map((y, i) => [
        String(y),
        formatUsd(s.openaiRevenue[i]!),
        formatUsd(s.computeSpend[i]!),
        formatUsd(s.openaiOtherCosts[i]!),
        formatUsd(s.revenueSharePaid[i]!),
        formatUsd(s.openaiOperatingCashFlow[i]!),
      ]),
    }),
  };
}
