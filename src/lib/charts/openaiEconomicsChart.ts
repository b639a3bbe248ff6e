import type { Projection } from '../../../models/engine/project.ts';
import { formatUsd, formatYear } from '../../../models/format.ts';
import { SERIES_META } from '../../../models/outputs.ts';
import { NOT_APPLICABLE } from '../kpiCards.ts';
import {
  baseOptions,
  shortLabel,
  USD_AXIS,
  yearLabels,
  yearMarker,
  type ChartOverlays,
  type ChartSpec,
} from './common.ts';
import { pinLines } from './pinLines.ts';
import { fanDatasets, withAlpha } from './bands.ts';
import type { ChartTheme } from './theme.ts';
import { CHART_TITLES } from './titles.ts';

export const OPERATING_LABEL = 'Operating cash flow (pre-tax)';
export const FREE_CASH_LABEL = 'Free cash flow (after tax)';
export const FUNDING_LABEL = 'New equity raised';

/** What the OpenAI economics chart's subtitle says (the page writes it under the card on every step, without
 *  building the chart). */
export function openaiEconomicsSubtitle(p: Projection): string {
  const breakEven = p.kpis.openaiBreakEvenYear;
  const raised = p.ledger.openai.cashToRaiseUntilBreakEven;
  return breakEven === null
    ? 'Operating cash flow stays negative through the horizon.'
    : `Cash-flow positive from ${formatYear(breakEven)}, at about ${formatUsd(p.kpis.openaiBreakEvenRevenue!)} of revenue${
        raised > 0 ? `; until then it raises ${formatUsd(raised)} of new equity (from 2026, nominal)` : ''
      }.`;
}

/**
 * OpenAI's economics, nominal per year: revenue and compute spend as lines; operating cash flow (pre-tax) and free
 * cash flow (after tax) as bars side by side, one colour each whatever the sign (the legend's swatch is the bars'
 * colour); the new equity it raises as triangles; break-even marked.
 */
export function openaiEconomicsChart(
  p: Projection,
  theme: ChartTheme,
  overlays: ChartOverlays = {},
): ChartSpec {
  const bands = overlays.bands;
  const labels = yearLabels(p.years);
  const s = p.series;
  const options = baseOptions(theme, 'US$ per year (nominal)', { y: USD_AXIS });
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
    shortLabel(
      {
        type: 'bar' as const,
        label: OPERATING_LABEL,
        data: s.openaiOperatingCashFlow,
        backgroundColor: theme.operating,
        order: 1,
      },
      'Operating cash flow',
    ),
    shortLabel(
      {
        type: 'bar' as const,
        label: FREE_CASH_LABEL,
        data: s.openaiFreeCashFlow,
        backgroundColor: theme.freeCash,
        order: 1,
      },
      'Free cash flow',
    ),
    shortLabel(
      {
        type: 'line' as const,
        label: FUNDING_LABEL,
        // A triangle in each year OpenAI raises; none in the others.
        data: s.fundingRaised.map((x) => (x > 0 ? x : null)),
        showLine: false,
        pointStyle: 'triangle' as const,
        pointRadius: 7,
        pointHoverRadius: 8,
        borderColor: theme.funding,
        backgroundColor: theme.funding,
        order: 0,
      },
      'Equity raised',
    ),
  ];
  datasets.push(...pinLines(overlays, labels, (q) => q.series.openaiFreeCashFlow, 'free cash flow', theme));
  if (bands?.series.openaiRevenue) {
    datasets.push(
      ...fanDatasets(
        bands.series.openaiRevenue,
        'Revenue',
        { fill: withAlpha(theme.revenue, 0.12), line: theme.revenue },
        bands.samples,
      ),
    );
  }
  if (bands?.series.openaiOperatingCashFlow) {
    datasets.push(
      ...fanDatasets(
        bands.series.openaiOperatingCashFlow,
        'Operating cash flow',
        { fill: withAlpha(theme.operating, 0.4), line: theme.freeCash },
        bands.samples,
      ),
    );
  }
  // A flow the terms do not have (no revenue share under the 2019 deal, no Azure OpenAI share under the latest
  // terms) is "not applicable" in every year, not $0.0B.
  const flow = (series: readonly number[]) => {
    const applies = series.some((x) => x !== 0);
    return (i: number) => (applies ? formatUsd(series[i]!) : NOT_APPLICABLE);
  };
  const sharePaid = flow(s.revenueSharePaid);
  const shareReceived = flow(s.msftShareToOpenAI);
  return {
    id: 'openai-economics',
    title: CHART_TITLES['openai-economics'],
    subtitle: openaiEconomicsSubtitle(p),
    config: { type: 'bar', data: { labels, datasets }, options },
    table: () => ({
      caption: "OpenAI's revenue, costs, cash flow and new equity by year (nominal)",
      columns: [
        'Year',
        'Revenue',
        'Compute spend',
        SERIES_META.idleComputeRecovered.label,
        'Other costs',
        'Revenue share paid',
        'Azure OpenAI share received',
        OPERATING_LABEL,
        'Tax',
        FREE_CASH_LABEL,
        FUNDING_LABEL,
      ],
      rows: p.years.map((y, i) => [
        String(y),
        formatUsd(s.openaiRevenue[i]!),
        formatUsd(s.computeSpend[i]!),
        formatUsd(s.idleComputeRecovered[i]!),
        formatUsd(s.openaiOtherCosts[i]!),
        sharePaid(i),
        shareReceived(i),
        formatUsd(s.openaiOperatingCashFlow[i]!),
        formatUsd(s.openaiTax[i]!),
        formatUsd(s.openaiFreeCashFlow[i]!),
        formatUsd(s.fundingRaised[i]!),
      ]),
    }),
  };
}
