import type { Projection } from '../../../models/engine/project.ts';
import { formatPercent, formatUsd } from '../../../models/format.ts';
import type { ScenarioValues } from '../../../models/schema/scenario.ts';
import { NOT_APPLICABLE } from '../kpiCards.ts';
import {
  baseOptions,
  PERCENT_AXIS,
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

export const GHOST_LABEL = 'Owed without the cap';

/** What the revenue-share chart's subtitle says (the page writes it under the card on every step, without building
 *  the chart). */
export function revenueShareSubtitle(p: Projection, v: ScenarioValues): string {
  if (!p.series.revenueShareRate.some((r) => r > 0))
    return `Revenue share paid 2025–2030: ${NOT_APPLICABLE} (no revenue share under these terms).`;
  const paid = formatUsd(p.kpis.revenueSharePaidThrough2030);
  if (p.kpis.revenueShareCapReachedYear !== null)
    return `${paid} paid 2025–2030: the ${formatUsd(v.shareCap)} total cap is reached in ${p.kpis.revenueShareCapReachedYear} (${formatUsd(p.kpis.revenueShareUncappedThrough2030)} without the cap).`;
  return v.shareCapOn
    ? `${paid} paid 2025–2030; the ${formatUsd(v.shareCap)} total cap is not reached.`
    : `${paid} paid 2025–2030 (no cap).`;
}

/** Revenue share OpenAI → Microsoft: the rate as a line, payments as bars, the cap and last paid year marked. */
export function revenueShareChart(
  p: Projection,
  v: ScenarioValues,
  theme: ChartTheme,
  overlays: ChartOverlays = {},
): ChartSpec {
  const bands = overlays.bands;
  const labels = yearLabels(p.years);
  const s = p.series;
  const capBinds = p.kpis.revenueShareCapReachedYear !== null;
  // No rate in any year: the terms have no revenue share (the 2019 deal), so none of its figures apply.
  const hasShare = s.revenueShareRate.some((r) => r > 0);
  const options = baseOptions(theme, 'Paid per year (US$)', { y: USD_AXIS, y1: PERCENT_AXIS });
  const scales = {
    ...options.scales,
    y1: {
      position: 'right' as const,
      min: 0,
      suggestedMax: 0.3,
      ticks: { color: theme.muted, callback: (x: number | string) => PERCENT_AXIS.tick(Number(x)) },
      grid: { display: false },
      title: { display: true, text: 'Share of OpenAI revenue (%)', color: theme.muted },
    },
  };
  const annotations = options.plugins.markers.markers;
  if (hasShare && labels.includes(String(v.shareLastYear))) {
    annotations.lastYear = yearMarker(labels, v.shareLastYear, `Last year paid: ${v.shareLastYear}`);
  }
  if (capBinds) {
    annotations.cap = yearMarker(
      labels,
      p.kpis.revenueShareCapReachedYear!,
      // A total over the years, not a yearly ceiling: the label says so, above the bars.
      `${formatUsd(v.shareCap)} total cap reached: ${p.kpis.revenueShareCapReachedYear}`,
    );
  }
  if (hasShare && v.agiClause && labels.includes(String(v.agiYear))) {
    annotations.agi = yearMarker(labels, v.agiYear, `AGI verified: ${v.agiYear}`);
  }

  const datasets: ChartSpec['config']['data']['datasets'] = [
    {
      type: 'line',
      label: 'Rate',
      data: s.revenueShareRate,
      yAxisID: 'y1',
      borderColor: theme.rate,
      backgroundColor: theme.rate,
      borderWidth: 2,
      pointRadius: 2,
      stepped: v.shareShape === 'step' ? 'before' : false,
      order: 0,
    },
    {
      type: 'bar',
      label: 'Paid',
      data: s.revenueSharePaid,
      yAxisID: 'y',
      backgroundColor: theme.share,
      grouped: false,
      order: 1,
    },
  ];
  if (capBinds) {
    datasets.push(
      shortLabel(
        {
          type: 'bar' as const,
          label: GHOST_LABEL,
          data: s.revenueShareUncapped,
          yAxisID: 'y',
          backgroundColor: theme.shareGhost,
          grouped: false,
          order: 2,
        },
        'Without the cap',
      ),
    );
  }
  datasets.push(...pinLines(overlays, labels, (q) => q.series.revenueSharePaid, 'revenue share paid', theme));
  const paidBand = hasShare ? bands?.series.revenueSharePaid : undefined;
  if (paidBand) {
    datasets.push(
      ...fanDatasets(
        paidBand,
        'Paid',
        { fill: withAlpha(theme.rate, 0.25), line: theme.rate },
        bands!.samples,
      ),
    );
  }
  const na = (text: string) => (hasShare ? text : NOT_APPLICABLE);
  return {
    id: 'revenue-share',
    title: CHART_TITLES['revenue-share'],
    subtitle: revenueShareSubtitle(p, v),
    config: { type: 'bar', data: { labels, datasets }, options: { ...options, scales } },
    table: () => ({
      caption: 'Revenue share by year',
      columns: ['Year', 'Rate', 'Paid', 'Owed without cap'],
      rows: p.years.map((y, i) => [
        String(y),
        na(formatPercent(s.revenueShareRate[i]!)),
        na(formatUsd(s.revenueSharePaid[i]!)),
        // Without a cap nothing is owed beyond what is paid: the column does not apply.
        v.shareCapOn ? na(formatUsd(s.revenueShareUncapped[i]!)) : NOT_APPLICABLE,
      ]),
    }),
  };
}
