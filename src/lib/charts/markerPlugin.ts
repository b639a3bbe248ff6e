import { layouts, type Chart, type LayoutItem, type Plugin } from 'chart.js';

/** A dashed vertical line across the plot at a year, labelled in a band above the plot. */
export interface Marker {
  /** The category axis: markers are vertical lines at a category index (a year). */
  readonly scaleID: 'x';
  value: number;
  readonly label: { content: string };
}

export interface MarkerOptions {
  readonly color: string;
  readonly textColor: string;
  readonly labelBackground: string;
  readonly markers: Record<string, Marker>;
}

/** Height of one row of labels in the band, and the gap under the band (the top tick's label reaches into it). */
export const MARKER_ROW = 17;
const LABEL_HEIGHT = 15;
const BAND_GAP = 6;
/** Space between a line and its label, and between a label and a line it must not cross. */
const GAP = 3;

/** Where a label goes: its row in the band (0 nearest the plot) and its left edge. */
export interface LabelSlot {
  readonly row: number;
  readonly left: number;
}

/**
 * Places marker labels in the band above the plot, one row each, within [min, max]: a label sits beside its line
 * (after it, or before it), and no line runs up through another label (a line goes from its label's row down to
 * the plot, so a label that spans another marker's line sits in a row nearer the top than that marker's label).
 * Labels therefore never cover data, each other or another marker. Every side and row order is tried (there are
 * at most a few markers); labels after their lines are preferred.
 */
export function placeMarkerLabels(
  items: readonly { readonly x: number; readonly width: number }[],
  min: number,
  max: number,
): LabelSlot[] {
  const n = items.length;
  let best: LabelSlot[] = [];
  let bestScore = Infinity;
  for (let sides = 0; sides < 2 ** n; sides++) {
    const lefts = items.map(({ x, width }, i) => {
      const left = sides & (1 << i) ? x - GAP - width : x + GAP;
      return Math.max(min, Math.min(left, max - width));
    });
    const spans = (i: number, j: number) =>
      lefts[i]! - GAP <= items[j]!.x && items[j]!.x <= lefts[i]! + items[i]!.width + GAP;
    const before = items.filter((_, i) => sides & (1 << i)).length;
    for (const rows of permutations(n)) {
      // Label i crosses line j when it spans it from a row below j's label.
      let crossings = 0;
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) if (i !== j && spans(i, j) && rows[i]! < rows[j]!) crossings++;
      const score = crossings * 100 + before;
      if (score < bestScore) {
        bestScore = score;
        best = items.map((_, i) => ({ row: rows[i]!, left: lefts[i]! }));
      }
      if (score === 0) return best;
    }
  }
  return best;
}

function* permutations(n: number, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === n) {
    yield prefix;
    return;
  }
  for (let i = 0; i < n; i++) if (!prefix.includes(i)) yield* permutations(n, [...prefix, i]);
}

/** The markers to draw (a plugin's options as chart.js resolves them). */
function markersOf(options: MarkerOptions | undefined): Marker[] {
  return Object.values(options?.markers ?? {}).filter((m) => m.scaleID === 'x');
}

/** The band of marker labels: a layout box between the legend and the plot, one row per marker. */
class MarkerBand implements LayoutItem {
  readonly position = 'top' as const;
  // Nearest the plot: the legend (1000) and a title (2000) are further out.
  readonly weight = 0;
  readonly fullSize = false;
  // chart.js reads a box's stacking from its options.
  readonly options = {};
  width = 0;
  height = 0;
  left = 0;
  top = 0;
  right = 0;
  bottom = 0;
  rows = 0;
  isHorizontal() {
    return true;
  }
  update(width: number) {
    this.width = width;
    this.height = this.rows === 0 ? 0 : this.rows * MARKER_ROW + BAND_GAP;
  }
  draw() {}
}

const bands = new WeakMap<Chart, MarkerBand>();

/**
 * Draws reference lines at years (last paid year, cap reached, break-even, where the model starts), each labelled
 * in a band of its own above the plot, never over the bars and lines. It replaces chartjs-plugin-annotation,
 * whose option resolution took about a third of every chart update while a slider moved.
 */
/** The plot's box as "top right bottom left" in CSS pixels. */
export function plotAreaOf(chart: Pick<Chart, 'chartArea'>): string {
  const { top, bottom, left, right } = chart.chartArea;
  return [top, right, bottom, left].map(Math.round).join(' ');
}

export const markerPlugin: Plugin<'bar' | 'line', MarkerOptions> = {
  id: 'markers',
  start(chart) {
    const band = new MarkerBand();
    bands.set(chart, band);
    layouts.addBox(chart, band);
  },
  stop(chart) {
    const band = bands.get(chart);
    if (band) layouts.removeBox(chart, band);
    bands.delete(chart);
  },
  beforeLayout(chart, _args, options) {
    const band = bands.get(chart);
    if (band) band.rows = markersOf(options).length;
  },
  afterLayout(chart) {
    // The plot's box, for tools and browser tests that check a chart leaves its data room (issue #8).
    const box = plotAreaOf(chart);
    // An OffscreenCanvas (the chart worker) has no dataset: the worker reports the box to the page instead.
    const dataset = (chart.canvas as { dataset?: DOMStringMap }).dataset;
    if (dataset && dataset.plotArea !== box) dataset.plotArea = box;
  },
  afterDatasetsDraw(chart: Chart, _args, options) {
    const { ctx, chartArea } = chart;
    const band = bands.get(chart);
    const scale = chart.scales.x;
    const markers = markersOf(options);
    if (!band || !scale || markers.length === 0) return;
    ctx.save();
    ctx.font = `11px ${chart.options.font?.family ?? 'system-ui'}`;
    const items = markers.map((m) => ({
      marker: m,
      x: scale.getPixelForValue(m.value),
      width: ctx.measureText(m.label.content).width + 6,
    }));
    const shown = items.filter((it) => Number.isFinite(it.x));
    const slots = placeMarkerLabels(shown, 2, chart.width - 2);
    const rowTop = (row: number) => band.top + (band.rows - 1 - row) * MARKER_ROW;
    shown.forEach(({ marker, x, width }, i) => {
      const { row, left } = slots[i]!;
      const top = rowTop(row);
      ctx.strokeStyle = options.color;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([5, 4]);
      ctx.beginPath();
      ctx.moveTo(x, top + LABEL_HEIGHT);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = options.labelBackground;
      ctx.fillRect(left, top, width, LABEL_HEIGHT);
      ctx.fillStyle = options.textColor;
      ctx.textBaseline = 'middle';
      ctx.fillText(marker.label.content, left + 3, top + LABEL_HEIGHT / 2);
    });
    ctx.restore();
  },
};
