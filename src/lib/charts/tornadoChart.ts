import {
  formatParamValue,
  KPI_META,
  PARAM_BY_ID,
  type KpiId,
  type NumberMeta,
  type Projection,
  type ScenarioValues,
  type TornadoBar,
} from '../../../models/index.ts';
import { formatKpi } from '../kpiFormat.ts';
import {
  annotate,
  compactLegend,
  hasValue,
  NARROW_CHART,
  tooltipLabel,
  type ChartSpec,
  type Datum,
} from './common.ts';
import { wrapLabel } from './msftValueChart.ts';
import type { ChartTheme } from './theme.ts';

/** What a tick callback's `this` offers (chart.js passes the scale). */
interface CategoryAxis {
  getLabelForValue(value: number): string;
  readonly chart: { readonly width: number };
}

/** How many bars the chart shows (the table lists them all). */
export const TORNADO_BARS = 12;
export const LOW_LABEL = 'Assumption at the low end of its range';
export const HIGH_LABEL = 'Assumption at the high end of its range';

/**
 * A tornado of one headline figure: a bar per assumption, from the figure as it stands to the figure with that
 * assumption at the low end (one colour) and at the high end (another) of its range, the others held; the longest
 * at the top. A year that never comes within the horizon is drawn at the year after it and read "never".
 */
export function tornadoChart(
  bars: readonly TornadoBar[],
  kpi: KpiId,
  p: Projection,
  v: ScenarioValues,
  theme: ChartTheme,
): ChartSpec {
  const meta = KPI_META[kpi];
  const never = v.horizonEnd + 1;
  const now = p.kpis[kpi] ?? (meta.unit === 'year' ? never : 0);
  const shown = bars.slice(0, TORNADO_BARS);
  const param = (id: string) => PARAM_BY_ID.get(id) as NumberMeta;
  const labels = shown.map((b) => param(b.id).label);
  const end = (x: number | null): number => x ?? never;
  const format = (x: number | null) => formatKpi(kpi, x);
  const line = (b: TornadoBar, which: 'low' | 'high') =>
    `${param(b.id).label} at ${formatParamValue(param(b.id), which === 'low' ? b.lowInput : b.highInput)}: ${format(b[which])}`;
  const dataset = (which: 'low' | 'high') =>
    annotate(
      {
        type: 'bar' as const,
        label: which === 'low' ? LOW_LABEL : HIGH_LABEL,
        data: shown.map((b): Datum => [now, end(b[which])]),
        backgroundColor: which === 'low' ? theme.cost : theme.azure,
        borderSkipped: false,
        grouped: false,
        // The category axis's id names the figure, so a new figure (a new unit on the value axis) rebuilds the
        // chart's options rather than patching numbers into the old ones.
        yAxisID: `by-${kpi}`,
        order: which === 'low' ? 1 : 0,
      },
      { notes: shown.map((b) => [line(b, which)]) },
    );
  const tick = (x: number): string => {
    if (meta.unit === 'year') return x >= never ? 'never' : Number.isInteger(x) ? String(x) : '';
    return formatKpi(kpi, x);
  };
  const axis = {
    tick,
    tooltip: (x: number) => (meta.unit === 'year' && x >= never ? 'never' : formatKpi(kpi, x)),
  };
  const options = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    indexAxis: 'y' as const,
    interaction: { mode: 'index' as const, axis: 'y' as const, intersect: false },
    plugins: {
      legend: {
        labels: {
          color: theme.text,
          boxWidth: 12,
          boxHeight: 12,
          ...compactLegend,
          // Low end first, as the datasets are listed (their drawing order differs).
          sort: (a: { datasetIndex?: number }, b: { datasetIndex?: number }) =>
            (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0),
        },
      },
      tooltip: {
        filter: hasValue,
        callbacks: {
          title: (items: { label: string }[]) => items[0]?.label ?? '',
          label: tooltipLabel({ y: { tick: axis.tooltip, tooltip: axis.tooltip } }),
        },
      },
    },
    scales: {
      x: {
        type: 'linear' as const,
        ticks: {
          color: theme.muted,
          callback: (x: number | string) => tick(Number(x)),
          ...(meta.unit === 'year' ? { stepSize: 1 } : {}),
        },
        grid: { color: theme.grid },
        title: { display: true, text: meta.label, color: theme.muted },
      },
      [`by-${kpi}`]: {
        type: 'category' as const,
        axis: 'y' as const,
        ticks: {
          color: theme.text,
          autoSkip: false,
          // Long names wrap (narrower on a phone), so none is cut at the chart's edge.
          callback(this: CategoryAxis, value: number | string) {
            return wrapLabel(this.getLabelForValue(Number(value)), this.chart.width < NARROW_CHART ? 14 : 26);
          },
        },
        grid: { display: false },
      },
    },
  };
  return {
    id: 'tornado',
    title: `What moves ${lowerFirst(meta.label)}`,
    subtitle:
      shown.length > 0
        ? `Now ${format(p.kpis[kpi])}. Each bar: the figure with one assumption at the low or the high end of its range, the others held; longest first. Click a bar for its slider.`
        : 'No assumption that applies moves this figure.',
    config: { type: 'bar', data: { labels, datasets: [dataset('low'), dataset('high')] }, options },
    table: () => ({
      caption: `${meta.label} with each assumption at the low and the high end of its range, the others held (now ${format(p.kpis[kpi])})`,
      columns: ['Assumption', 'Low end', `${meta.label} at low end`, 'High end', `${meta.label} at high end`],
      rows: bars.map((b) => [
        param(b.id).label,
        formatParamValue(param(b.id), b.lowInput),
        format(b.low),
        formatParamValue(param(b.id), b.highInput),
        format(b.high),
      ]),
    }),
  };
}

function lowerFirst(s: string): string {
  // "Value to Microsoft" reads "What moves value to Microsoft"; names ("OpenAI …", "Microsoft’s …") keep theirs.
  return /^[A-Z][a-z]/.test(s) && !/^(OpenAI|Microsoft|Azure)/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}
