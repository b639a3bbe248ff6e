import type { Chart, Plugin } from 'chart.js';

export interface ValueLabelOptions {
  readonly color: string;
  /** For texts written inside a bar. */
  readonly insideColor?: string;
}

/**
 * Writes a dataset's `valueLabels` (see `annotate`) beside its bars: after the end of each horizontal bar, or
 * inside its end where `valueLabelsInside` asks and the bar is wide enough (else after the value in
 * `valueLabelsClear`, where a point sits beside the bar); above each vertical one. Charts leave room for them
 * with their value axis's `grace`.
 */
export const valueLabelPlugin: Plugin<'bar' | 'line', ValueLabelOptions> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart: Chart, _args, options) {
    const { ctx } = chart;
    chart.data.datasets.forEach((dataset, i) => {
      const {
        valueLabels: texts,
        valueLabelsClear: clear,
        valueLabelsInside: inside,
      } = dataset as {
        valueLabels?: readonly (string | null)[];
        valueLabelsClear?: readonly (number | null)[];
        valueLabelsInside?: readonly boolean[];
      };
      if (!texts || !chart.isDatasetVisible(i)) return;
      const meta = chart.getDatasetMeta(i);
      if (meta.type !== 'bar') return;
      const horizontal = chart.options.indexAxis === 'y';
      const valueScale = chart.scales[horizontal ? 'x' : 'y'];
      ctx.save();
      ctx.font = `600 ${chart.width < 360 ? 10 : 11}px ${chart.options.font?.family ?? 'system-ui'}`;
      ctx.fillStyle = options.color;
      meta.data.forEach((bar, j) => {
        const text = texts[j];
        if (!text) return;
        const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as {
          x: number;
          y: number;
          base: number;
        };
        // A point drawn beside the bar (the stake's market mark): the text goes after it.
        const beside = clear?.[j];
        const past =
          beside === null || beside === undefined || !valueScale
            ? -Infinity
            : valueScale.getPixelForValue(beside) + 10;
        if (horizontal) {
          ctx.textBaseline = 'middle';
          const end = Math.max(x, base);
          if (inside?.[j] && Math.abs(x - base) >= ctx.measureText(text).width + 10) {
            ctx.textAlign = 'right';
            ctx.fillStyle = options.insideColor ?? options.color;
            ctx.fillText(text, end - 5, y);
            ctx.fillStyle = options.color;
          } else {
            ctx.textAlign = 'left';
            ctx.fillText(text, Math.max(end, past) + 4, y);
          }
        } else {
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          ctx.fillText(text, x, Math.min(y, base) - 3);
        }
      });
      ctx.restore();
    });
  },
};
