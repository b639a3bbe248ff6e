import type { MixedConfig } from './common.ts';

/**
 * What a chart's options depend on: dataset kinds and names, which markers exist, the theme. Two configs with
 * the same structure differ only in numbers, marker positions and texts, per-bar colours, tooltip notes and
 * bar-end texts.
 */
export function structureKey(config: MixedConfig): string {
  const datasets = config.data.datasets
    .map((d) => `${d.type}:${d.label}:${(d as { yAxisID?: string }).yAxisID ?? ''}`)
    .join('|');
  const plugins = config.options?.plugins as
    { markers?: { markers?: object }; legend?: { labels?: { color?: unknown } } } | undefined;
  const markers = Object.keys(plugins?.markers?.markers ?? {}).join(',');
  return `${config.type}#${datasets}#${markers}#${String(plugins?.legend?.labels?.color)}`;
}

interface LiveMarker {
  value?: unknown;
  label?: { content?: unknown };
}

/** The parts of a live chart.js chart that patching touches (typed loosely: chart.js's own types are per chart type). */
export interface PatchableChart {
  data: { labels?: unknown[]; datasets: Record<string, unknown>[] };
  options: { plugins?: { markers?: { markers?: Record<string, LiveMarker> } } };
}

/**
 * Copies what changes between two slider steps into a live chart of the same structure, so chart.js keeps its
 * resolved options (re-resolving five charts' options on every step cost most of a frame) and only re-reads data.
 */
export function patchChart(chart: PatchableChart, next: MixedConfig): void {
  chart.data.labels = next.data.labels as unknown[];
  next.data.datasets.forEach((d, i) => {
    const live = chart.data.datasets[i]!;
    live.data = d.data;
    if (Array.isArray(d.backgroundColor)) live.backgroundColor = d.backgroundColor;
    if ('stepped' in d) live.stepped = (d as { stepped?: unknown }).stepped;
    // Tooltip notes and bar-end texts belong to the numbers: a tooltip must never describe the last projection.
    if ('notes' in d) live.notes = (d as { notes?: unknown }).notes;
    if ('valueLabels' in d) live.valueLabels = (d as { valueLabels?: unknown }).valueLabels;
    if ('valueLabelsClear' in d)
      live.valueLabelsClear = (d as { valueLabelsClear?: unknown }).valueLabelsClear;
    if ('valueLabelsInside' in d)
      live.valueLabelsInside = (d as { valueLabelsInside?: unknown }).valueLabelsInside;
  });
  const nextMarkers = (next.options?.plugins as { markers?: { markers?: Record<string, LiveMarker> } })
    ?.markers?.markers;
  const liveMarkers = chart.options.plugins?.markers?.markers;
  if (!nextMarkers || !liveMarkers) return;
  for (const [key, marker] of Object.entries(nextMarkers)) {
    const live = liveMarkers[key];
    if (!live) continue;
    live.value = marker.value;
    if (marker.label && live.label) live.label.content = marker.label.content;
  }
}
