import { formatMultiple, formatUsd, type Projection } from '../../../models/index.ts';
import { baseOptions, cumulative, USD_AXIS, yearLabels, type ChartSpec } from './common.ts';
import type { ChartTheme } from './theme.ts';

/**
 * What Microsoft gets, undiscounted: cumulative revenue share, hosting profit and 2019 profit share, less what it
 * pays OpenAI, plus its stake's value that year, against the money it invested.
 */
export function msftValueChart(p: Projection, theme: ChartTheme): ChartSpec {
  const labels = yearLabels(p.years);
  const s = p.series;
  const options = baseOptions(theme, 'Cumulative value (US$)', { y: USD_AXIS });
  const scales = {
    ...options.scales,
    x: { ...options.scales.x, stacked: true },
    y: { ...options.scales.y, stacked: true },
  };
  const parts = [
    { label: 'Stake value', data: s.msftStakeValue, color: theme.stake },
    { label: 'Revenue share received', data: cumulative(s.revenueSharePaid), color: theme.rate },
    { label: 'Hosting profit on Azure', data: cumulative(s.msftHostingProfit), color: theme.providers[4]! },
    { label: '2019 profit share', data: cumulative(s.msftProfitShare), color: theme.providers[2]! },
    {
      label: 'Share paid to OpenAI',
      data: cumulative(s.msftShareToOpenAI).map((x) => -x),
      color: theme.negative,
    },
  ].filter((d) => d.data.some((x) => x !== 0));
  const datasets: ChartSpec['config']['data']['datasets'] = parts.map((d) => ({
    type: 'bar' as const,
    label: d.label,
    data: d.data,
    backgroundColor: d.color,
    stack: 'value',
    order: 1,
  }));
  datasets.push({
    type: 'line',
    label: 'Invested',
    data: p.years.map(() => p.kpis.msftInvested),
    borderColor: theme.text,
    backgroundColor: theme.text,
    borderDash: [6, 4],
    borderWidth: 1.5,
    pointRadius: 0,
    order: 0,
  });
  const multiple = p.kpis.msftMultipleOnInvestment;
  return {
    id: 'msft-value',
    title: 'What Microsoft gets',
    subtitle: `Worth ${formatUsd(p.kpis.msftTotalValueNpv)} today${multiple === null ? '' : `, ${formatMultiple(multiple)} the ${formatUsd(p.kpis.msftInvested)} invested`}.`,
    config: { type: 'bar', data: { labels, datasets }, options: { ...options, scales } },
    table: () => ({
      caption: 'What Microsoft gets, cumulative by year (undiscounted)',
      columns: ['Year', ...parts.map((d) => d.label), 'Invested'],
      rows: p.years.map((y, i) => [
        String(y),
        ...parts.map((d) => formatUsd(d.data[i]!)),
        formatUsd(p.kpis.msftInvested),
      ]),
    }),
  };
}
