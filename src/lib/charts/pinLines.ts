import type { Projection } from '../../../models/index.ts';
import { shortLabel, type ChartOverlays, type ChartSpec, type Datum } from './common.ts';
import type { ChartTheme } from './theme.ts';

type Dataset = ChartSpec['config']['data']['datasets'][number];

/**
 * Dash patterns of pins 1–3: each pin differs from the others by its dash as well as its colour, so they stay apart
 * in any colour vision and in print.
 */
export const PIN_DASHES: readonly (readonly number[])[] = [
  [6, 4],
  [2, 3],
  [12, 4, 2, 4],
];

/** Point styles of pins 1–3 where a chart shows a pin as a point (the waterfall's total). */
export const PIN_POINTS = ['crossRot', 'triangle', 'star'] as const;

/** A pinned scenario's series on the chart's year labels (a year the pin does not show is empty). */
export function alignToLabels(
  labels: readonly string[],
  years: readonly number[],
  series: readonly number[],
): Datum[] {
  return labels.map((label) => {
    const i = years.indexOf(Number(label));
    return i >= 0 ? series[i]! : null;
  });
}

/**
 * One thin dashed line per pinned scenario, of the series `pick` reads off its projection ("Pin 1: … — Revenue
 * share paid"), drawn over the chart's own series.
 */
export function pinLines(
  overlays: ChartOverlays,
  labels: readonly string[],
  pick: (p: Projection) => readonly number[],
  what: string,
  theme: ChartTheme,
  yAxisID = 'y',
): Dataset[] {
  return (overlays.pins ?? []).map((pin, i) =>
    shortLabel(
      {
        type: 'line' as const,
        label: `${pin.label}: ${what}`,
        data: alignToLabels(labels, pin.projection.years, pick(pin.projection)),
        yAxisID,
        borderColor: theme.pins[i % theme.pins.length]!,
        backgroundColor: theme.pins[i % theme.pins.length]!,
        borderWidth: 1.5,
        borderDash: [...PIN_DASHES[i % PIN_DASHES.length]!],
        pointRadius: 0,
        pointHoverRadius: 3,
        pointStyle: 'line' as const,
        // Pins never stack with the bars they are drawn over.
        stack: `pin${i}`,
        order: -1,
      },
      `Pin ${i + 1}`,
    ),
  );
}
