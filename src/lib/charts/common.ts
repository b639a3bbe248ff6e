import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { formatPercent, formatUsd } from '../../../models/format.ts';
import type { Projection } from '../../../models/engine/project.ts';
import type { Marker, MarkerOptions } from './markerPlugin.ts';
import type { Bands } from './bands.ts';
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
    /** The median line of a fan band (see bands.ts). */
    bandMedian?: boolean;
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

/**
 * What the page draws over the charts beyond the scenario's own projection (Monte Carlo fan bands, pinned
 * scenarios to compare): plain data only, so it can be posted to a worker. Each feature adds one optional field.
 */
export interface ChartOverlays {
  /** Pinned scenarios (at most three), each drawn as a thin dashed line of the chart's main series. */
  pins?: readonly PinOverlay[];
  /** Fan bands from the simulation of this very scenario (never of an earlier one): see bands.ts. */
  bands?: Bands;
}

/** One pinned scenario to draw over the charts: its name and its projection (plain data). */
export interface PinOverlay {
  readonly label: string;
  readonly projection: Projection;
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

/**
 * Whether a dataset is an edge of a fan band (see bands.ts): neither is in the tooltip (the median's line gives
 * the band's range there); the lower edge, which carries the fill, names the band in the legend.
 */
export function isBandEdge(dataset: object | undefined): boolean {
  return (dataset as { bandEdge?: string } | undefined)?.bandEdge !== undefined;
}
/** Whether a dataset draws part of a fan band: an edge or the median. */
export function isBandPart(dataset: object | undefined): boolean {
  return isBandEdge(dataset) || (dataset as { bandMedian?: boolean } | undefined)?.bandMedian === true;
}
export function isUpperBandEdge(dataset: object | undefined): boolean {
  return (dataset as { bandEdge?: string } | undefined)?.bandEdge === 'upper';
}

/** Tooltips list points with a value, leaving out a fan band's edges (its median's line gives the band's range). */
export function hasValueOffBand(item: TooltipItem<'bar' | 'line'>): boolean {
  return hasValue(item) && !isBandEdge(item.dataset);
}

/** Below this width (a phone) a chart's legend is set smaller and names its series shortly. */
export const NARROW_CHART = 480;

/** What a legend item needs from chart.js to be renamed. */
interface LegendItemLike {
  text: string;
  datasetIndex?: number;
}
interface LegendChart {
  readonly width: number;
  readonly data: { readonly datasets: readonly object[] };
}
type GenerateLabels = (chart: never) => LegendItemLike[];

/** A series' name for a phone's legend (the tooltip and the table keep the full name). */
export function shortLabel<T extends object>(dataset: T, short: string): T {
  return Object.assign(dataset, { shortLabel: short });
}

/**
 * Legend items named shortly on a narrow chart: each dataset's `shortLabel` (see `shortLabel`) where it has one.
 * `defaults` is chart.js's own item builder (colours, point styles), passed in so this stays a pure function.
 */
export function legendItems(chart: LegendChart, defaults: GenerateLabels): LegendItemLike[] {
  const items = defaults(chart as never);
  if (chart.width >= NARROW_CHART) return items;
  // A phone's legend leaves out the simulation's bands (the panel "How sure is this?" explains them, and the
  // median's tooltip gives each year's range), so the plot keeps its height.
  return items
    .filter((item) => !isBandPart(chart.data.datasets[item.datasetIndex ?? -1]))
    .map((item) => {
      const short = (chart.data.datasets[item.datasetIndex ?? -1] as { shortLabel?: string } | undefined)
        ?.shortLabel;
      return short ? { ...item, text: short } : item;
    });
}

/**
 * A legend that leaves a phone's chart its plot (issue #8): smaller type and tighter spacing on a narrow chart,
 * and short series names (`shortLabel`). chart.js resolves the font for the chart's current width, on every
 * resize.
 */
export const compactLegend = {
  padding: 8,
  font: (ctx: { chart: { width: number } }) => ({ size: ctx.chart.width < NARROW_CHART ? 11 : 12 }),
  generateLabels(this: unknown, chart: LegendChart): LegendItemLike[] {
    return legendItems(chart, defaultLegendItems);
  },
};

/** chart.js's default legend items, once chart.js is loaded in the page (see chartjs.ts); none before. */
let defaultLegendItems: GenerateLabels = () => [];
export function setDefaultLegendItems(generate: GenerateLabels): void {
  defaultLegendItems = generate;
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
          ...compactLegend,
          // Datasets' `order` sets drawing order (lines over bars); the legend keeps the order they are listed in.
          sort: (a: { datasetIndex?: number }, b: { datasetIndex?: number }) =>
            (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0),
          // A fan band's upper edge is drawn but not listed: the band's lower edge names the whole band.
          filter: (item: { datasetIndex?: number }, data: { datasets: readonly object[] }) =>
            !isUpperBandEdge(data.datasets[item.datasetIndex ?? -1]),
        },
      },
      tooltip: { filter: hasValueOffBand, callbacks: { label: tooltipLabel(axes) } },
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

/** A vertical marker at a year on a category axis of year labels, labelled above the plot. */
export function yearMarker(labels: readonly string[], year: number, text: string): Marker {
  return { scaleID: 'x', value: labels.indexOf(String(year)), label: { content: text } };
}

/** Running total of a series. */
export function cumulative(series: readonly number[]): number[] {
  let total = 0;
  return series.map((x) => (total += x));
}

export function yearLabels(years: readonly number[]): string[] {
  return years.map(String);
}
