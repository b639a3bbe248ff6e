import type { ChartConfiguration } from 'chart.js';
import { Chart } from '../chartjs.ts';
import { chartUnits } from './chartUnits.ts';
import type { ChartSpec } from './common.ts';

export { chartUnits };

/** Colours and the source line an exported chart is drawn with. */
export interface ChartImageStyle {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  /** Where the figures come from: the model, the scenario and its link. */
  readonly source: string;
}

/** Size of an exported chart in CSS pixels; it is drawn at `scale` device pixels per CSS pixel. */
export const IMAGE_WIDTH = 960;
const PLOT_HEIGHT = 440;
const PAD = 24;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/**
 * Draws a chart from its configuration on a fresh canvas (never the one on the page, which another thread may
 * own), at `scale` device pixels per CSS pixel, with its title, the sentence that says how to read it, its units
 * and a source line. No animation: the image is complete when this returns.
 */
export function renderChartImage(spec: ChartSpec, style: ChartImageStyle, scale = 2): HTMLCanvasElement {
  const measure = document.createElement('canvas').getContext('2d')!;
  const textWidth = IMAGE_WIDTH - 2 * PAD;
  const title = { font: `600 22px ${FONT}`, lines: wrap(measure, spec.title, `600 22px ${FONT}`, textWidth) };
  const subtitle = wrap(measure, spec.subtitle, `14px ${FONT}`, textWidth);
  const units = wrap(measure, `Units: ${chartUnits(spec)}`, `13px ${FONT}`, textWidth);
  const source = wrap(measure, style.source, `12px ${FONT}`, textWidth);
  const headerHeight = PAD + title.lines.length * 28 + subtitle.length * 19 + units.length * 18 + 10;
  const height = headerHeight + PLOT_HEIGHT + 14 + source.length * 16 + PAD;

  const { canvas: plot, chart } = drawPlot(spec, textWidth, PLOT_HEIGHT, scale);

  const out = document.createElement('canvas');
  out.width = Math.round(IMAGE_WIDTH * scale);
  out.height = Math.round(height * scale);
  const ctx = out.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = style.background;
  ctx.fillRect(0, 0, IMAGE_WIDTH, height);
  ctx.textBaseline = 'top';
  let y = PAD;
  const put = (lines: string[], font: string, color: string, lineHeight: number) => {
    ctx.font = font;
    ctx.fillStyle = color;
    for (const line of lines) {
      ctx.fillText(line, PAD, y);
      y += lineHeight;
    }
  };
  put(title.lines, title.font, style.text, 28);
  put(subtitle, `14px ${FONT}`, style.text, 19);
  put(units, `13px ${FONT}`, style.muted, 18);
  ctx.drawImage(plot, PAD, headerHeight, textWidth, PLOT_HEIGHT);
  chart.destroy();
  y = headerHeight + PLOT_HEIGHT + 14;
  put(source, `12px ${FONT}`, style.muted, 16);
  return out;
}

/**
 * The chart alone, drawn by chart.js on a fresh canvas of `width` × `height` CSS pixels at `scale` device pixels
 * each. Destroy the chart once its pixels have been used (the canvas keeps them).
 */
export function drawPlot(
  spec: ChartSpec,
  width: number,
  height: number,
  scale = 2,
): { canvas: HTMLCanvasElement; chart: Chart } {
  const plot = document.createElement('canvas');
  plot.width = width;
  plot.height = height;
  const config = spec.config as unknown as ChartConfiguration;
  const chart = new Chart(plot, {
    type: config.type,
    // Copies of the data arrays: chart.js watches the arrays it is given, and these belong to the page's chart.
    data: {
      labels: [...(config.data.labels ?? [])],
      datasets: config.data.datasets.map((d) => ({ ...d, data: [...d.data] })) as never,
    },
    options: {
      ...config.options,
      responsive: false,
      animation: false,
      devicePixelRatio: scale,
      events: [],
    } as never,
    plugins: config.plugins ?? [],
  });
  return { canvas: plot, chart };
}

/** The chart as a PNG file, drawn at twice the CSS pixel size. */
export function chartPng(spec: ChartSpec, style: ChartImageStyle, scale = 2): Promise<Blob> {
  const canvas = renderChartImage(spec, style, scale);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
      'image/png',
    ),
  );
}

/** Splits text into lines no wider than `width` at `font`, breaking at spaces (a long word gets its own line). */
function wrap(ctx: CanvasRenderingContext2D, text: string, font: string, width: number): string[] {
  ctx.font = font;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The chart alone as a canvas the page can keep (chart.js clears its own canvas when it is destroyed). */
export function plotImage(spec: ChartSpec, width: number, height: number, scale = 2): HTMLCanvasElement {
  const { canvas, chart } = drawPlot(spec, width, height, scale);
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  copy.getContext('2d')!.drawImage(canvas, 0, 0);
  chart.destroy();
  return copy;
}
