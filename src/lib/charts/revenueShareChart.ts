import { formatPercent, formatUsd, type Projection, type ScenarioValues } from '../../../models/index.ts';
import { baseOptions, PERCENT_AXIS, USD_AXIS, yearLabels, yearMarker, type ChartSpec } from './common.ts';
import type { ChartTheme } from './theme.ts';

/** Revenue share OpenAI → Microsoft: the rate as a line, payments as bars, the cap and last paid year marked. */
export function revenueShareChart(p: Projection, v: ScenarioValues, theme: ChartTheme): ChartSpec {
  const labels = yearLabels(p.years);
  const s = p.series;
  const capBinds = p.kpis.revenueShareCapReachedYear !== null;
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
  if (labels.includes(String(v.shareLastYear))) {
    annotations.lastYear = yearMarker(labels, v.shareLastYear, `Last year paid: ${v.shareLastYear}`);
  }
  if (capBinds) {
    annotations.cap = yearMarker(
      labels,
      p.kpis.revenueShareCapReachedYear!,
      `${formatUsd(v.shareCap)} cap reached`,
      'center',
    );
  }
  if (v.agiClause && labels.includes(String(v.agiYear))) {
    annotations.agi = yearMarker(labels, v.agiYear, `AGI verified: ${v.agiYear}`, 'end');
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
    datasets.push({
      type: 'bar',
      label: 'Owed without the cap',
      data: s.revenueShareUncapped,
      yAxisID: 'y',
      backgroundColor: theme.shareGhost,
      grouped: false,
      order: 2,
    });
  }
  return {
    id: 'revenue-share',
    title: 'Revenue share, OpenAI → Microsoft',
    subtitle: `${formatUsd(p.kpis.revenueSharePaidThrough2030)} paid 2025–2030${capBinds ? ` (${formatUsd(p.kpis.revenueShareUncappedThrough2030)} without the cap)` : ''}.`,
    config: { type: 'bar', data: { labels, datasets }, options: { ...options, scales } },
    table: () => ({
      caption: 'Revenue share by year',
      columns: ['Year', 'Rate', 'Paid', 'Owed without cap'],
      rows: p.years.map((y, i) => [
        String(y),
        formatPercent(s.revenueShareRate[i]!),
        formatUsd(s.revenueSharePaid[i]!),
        formatUsd(s.revenueShareUncapped[i]!),
      ]),
    }),
  };
}
