import type { Chart, Plugin } from 'chart.js';

/** A dashed reference line across the plot at a value of one scale, with a short label. */
export interface Marker {
  /** 'x' draws a vertical line at a category index; 'y'/'y1' a horizontal line at a value. */
  readonly scaleID: string;
  value: number;
  readonly label: { content: string; readonly position: 'start' | 'center' | 'end' };
}

export interface MarkerOptions {
  readonly color: string;
  readonly textColor: string;
  readonly labelBackground: string;
  readonly markers: Record<string, Marker>;
}

/**
 * Draws reference lines (last paid year, cap reached, break-even, the seeds' $450B). It replaces
 * chartjs-plugin-annotation, whose option resolution took about a third of every chart update while a slider moved;
 * these markers need nothing but a line and a label.
 */
export const markerPlugin: Plugin<'bar' | 'line', MarkerOptions> = {
  id: 'markers',
  afterDatasetsDraw(chart: Chart, _args, options) {
    const { ctx, chartArea } = chart;
    for (const m of Object.values(options.markers ?? {})) {
      const scale = chart.scales[m.scaleID];
      if (!scale) continue;
      const at = scale.getPixelForValue(m.value);
      if (!Number.isFinite(at)) continue;
      const vertical = m.scaleID === 'x';
      ctx.save();
      ctx.strokeStyle = options.color;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([5, 4]);
      ctx.beginPath();
      if (vertical) {
        ctx.moveTo(at, chartArea.top);
        ctx.lineTo(at, chartArea.bottom);
      } else {
        ctx.moveTo(chartArea.left, at);
        ctx.lineTo(chartArea.right, at);
      }
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.font = `11px ${chart.options.font?.family ?? 'system-ui'}`;
      const width = ctx.measureText(m.label.content).width + 6;
      const height = 15;
      let x: number;
      let y: number;
      if (vertical) {
        x = Math.min(Math.max(at - width / 2, chartArea.left), chartArea.right - width);
        const span = chartArea.bottom - chartArea.top - height;
        y =
          chartArea.top +
          (m.label.position === 'start' ? 2 : m.label.position === 'center' ? span / 2 : span - 2);
      } else {
        x = chartArea.left + 4;
        y = at - height - 2;
      }
      ctx.fillStyle = options.labelBackground;
      ctx.fillRect(x, y, width, height);
      ctx.fillStyle = options.textColor;
      ctx.textBaseline = 'middle';
      ctx.fillText(m.label.content, x + 3, y + height / 2);
      ctx.restore();
    }
  },
};
