import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { formatPercent, formatUsd } from '../../../models/index.ts';
import type { Marker, MarkerOptions } from './markerPlugin.ts';
import type { ChartTheme } from './theme.ts';

/** One point: a value, a floating bar's [start, end] (the waterfall), or nothing. */
export type Datum = number | [number, number] | null;

/** A chart.js configuration mixing bars and lines, as every chart here does. */
export type MixedConfig = ChartConfiguration<'bar' | 'line', Datum[], string>;

/**
 * Extra tooltip lines for each point of a dataset (a stake's percentage, a ledger part's basis), or null. They
 * travel with the dataset and are patched with its data, so a tooltip never reads an older projection.
 */
export type Notes = readonly (readonly string[] | null)[];

/** Attaches per-point tooltip lines (and optionally a text drawn at each bar's end) to a dataset. */
export function annotate<T extends object>(
  dataset: T,
  extra: {
    notes?: Notes;
    valueLabels?: readonly (string | null)[];
    /** Per bar, a value a point is drawn at beside it: its text goes after that point. */
    valueLabelsClear?: readonly (number | null)[];
    /** Per bar, whether its text goes inside its end (where a point beside it would be mistaken for it). */
    valueLabelsInside?: readonly boolean[];
  },
): T {
  return Object.assign(dataset, extra);
}

/** A dataset's per-point tooltip lines, if it has any. */
export function notesOf(dataset: object): Notes | undefined {
  return (dataset as { notes?: Notes }).notes;
}

/** The "view as table" alternative: the same numbers as the chart, formatted for people. */
export interface ChartTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface ChartSpec {
  readonly id: string;
  readonly title: string;
  /** One sentence under the title: how to read the chart. */
  readonly subtitle: string;
  readonly config: MixedConfig;
  /** Built on demand: formatting every cell on every slider step would cost more than drawing the chart. */
  readonly table: () => ChartTable;
}

export type Formatter = (value: number) => string;

/** How an axis writes its numbers: coarse on ticks ($40B), precise in tooltips and tables ($38.0B). */
export interface AxisFormat {
  readonly tick: Formatter;
  readonly tooltip: Formatter;
}

export const USD_AXIS: AxisFormat = { tick: (v) => formatUsd(v, 0), tooltip: (v) => formatUsd(v) };
export const PERCENT_AXIS: AxisFormat = {
  tick: (v) => formatPercent(v, 0),
  tooltip: (v) => formatPercent(v),
};

/**
 * Tooltip lines as "Series: $12.3B", in the format of the axis the dataset is drawn on, then the point's notes
 * (if any). Points without a value (a year before the projection) are left out.
 */
export function tooltipLabel(axes: Record<string, AxisFormat>) {
  return (item: TooltipItem<'bar' | 'line'>): string | string[] => {
    const axis = (item.dataset as { yAxisID?: string }).yAxisID ?? 'y';
    const format = (axes[axis] ?? axes.y!).tooltip;
    const y = item.parsed.y;
    const line = `${item.dataset.label ?? ''}: ${y === null || y === undefined ? '—' : format(y)}`;
    const notes = notesOf(item.dataset)?.[item.dataIndex];
    return notes ? [line, ...notes] : line;
  };
}

/** Tooltips skip points with no value, so a year before the projection lists only what was reported. */
export function hasValue(item: TooltipItem<'bar' | 'line'>): boolean {
  const raw = item.raw as Datum | undefined;
  return raw !== null && raw !== undefined;
}

/** Options every chart shares: no animation (figures follow the slider), themed axes and a formatted tooltip. */
export function baseOptions(theme: ChartTheme, yTitle: string, axes: Record<string, AxisFormat>) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    // Data are in year order with one value per label: lets chart.js skip sorting and lookups on every update.
    normalized: true,
    interaction: { mode: 'index' as const, intersect: false },
    plugins: {
      legend: {
        labels: {
          color: theme.text,
          boxWidth: 12,
          boxHeight: 12,
          // Datasets' `order` sets drawing order (lines over bars); the legend keeps the order they are listed in.
          sort: (a: { datasetIndex?: number }, b: { datasetIndex?: number }) =>
            (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0),
        },
      },
      tooltip: { filter: hasValue, callbacks: { label: tooltipLabel(axes) } },
      markers: {
        color: theme.marker,
        textColor: theme.text,
        labelBackground: theme.labelBackground,
        markers: {} as Record<string, Marker>,
      } satisfies MarkerOptions,
    },
    scales: {
      x: {
        // No rotation search on every update: labels that do not fit are skipped instead.
        ticks: { color: theme.muted, maxRotation: 0, autoSkip: true },
        grid: { display: false },
        title: { display: true, text: 'Year', color: theme.muted },
      },
      y: {
        ticks: { color: theme.muted, callback: (v: number | string) => axes.y!.tick(Number(v)) },
        grid: { color: theme.grid },
        title: { display: true, text: yTitle, color: theme.muted },
      },
    },
  };
}

/** A vertical marker at a year on a category axis of year labels, with a short label. */
export function yearMarker(
  labels: readonly string[],
  year: number,
  text: string,
  position: 'start' | 'center' | 'end' = 'start',
): Marker {
  return { scaleID: 'x', value: labels.indexOf(String(year)), label: { content: text, position } };
}

/** Running total of a series. */
export function cumulative(series: readonly number[]): number[] {
  let total = 0;
  return series.map((x) => (total += x));
}

export function yearLabels(years: readonly number[]): string[] {
  return years.map(String);
}
