import type { Projection } from '../../../models/engine/project.ts';
import type { ScenarioValues } from '../../../models/schema/scenario.ts';
import { markFirstChartDrawn } from '../deferredLoading.ts';
import type { ChartHost } from './chartHost.ts';
import type { ChartOverlays } from './common.ts';
import type { ChartSize, ForwardedEvent, FromRenderer, ThemeName } from './protocol.ts';

interface Card {
  readonly figure: HTMLElement;
  readonly canvas: HTMLCanvasElement;
}

function onScreen(element: HTMLElement): boolean {
  const r = element.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
}

/** The page's pointer events, as the chart.js events a chart in the worker is given. */
const FORWARDED: readonly [keyof HTMLElementEventMap, ForwardedEvent][] = [
  ['pointermove', 'mousemove'],
  ['pointerleave', 'mouseout'],
  ['click', 'click'],
];

/**
 * What the page keeps of its charts: their cards (canvas, size, visibility, pointer) and the subtitles the
 * renderer reports with each drawing, so a subtitle changes with its chart (and a chart off screen costs the page
 * no text update until it is drawn). Each figure carries, for tests and tools, the scenario version its chart
 * shows (`data-drawn-version`, to compare with the page's `data-chart-version`), a digest of the data chart.js
 * holds (`data-digest`), the tooltip shown (`data-tooltip`), and its canvas the plot's box (`data-plot-area`);
 * the page (`data-live-charts`) how many chart.js charts the renderer holds.
 */
export class ChartBoard {
  readonly subtitles: Record<string, string> = $state({});
  private version = 0;
  private sentOverlays: ChartOverlays | undefined;
  // Not state: the cards are read only when a report arrives.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly cards = new Map<string, Card>();

  constructor(private readonly host: ChartHost) {
    host.onReport = (message) => this.receive(message);
  }

  /**
   * Sends the scenario to the renderer, which draws it within the next frame. The overlays go only when they are
   * not the object sent last (a slider step changes the projection and values alone), and as they are: plain data,
   * never state proxies, so cloning them first would be work for nothing.
   */
  show(projection: Projection, values: ScenarioValues, theme: ThemeName, overlays: ChartOverlays): void {
    this.version++;
    document.documentElement.dataset.chartVersion = String(this.version);
    const fresh = overlays !== this.sentOverlays;
    this.sentOverlays = overlays;
    this.host.send({
      type: 'scenario',
      version: this.version,
      projection,
      values,
      theme,
      ...(fresh && { overlays }),
    });
  }

  /** Hands a chart's canvas to the renderer; returns what undoes it. */
  attach(id: string, figure: HTMLElement, canvas: HTMLCanvasElement, box: HTMLElement): () => void {
    this.cards.set(id, { figure, canvas });
    const size = (): ChartSize => ({
      width: box.clientWidth,
      height: box.clientHeight,
      dpr: devicePixelRatio,
    });
    const undo: (() => void)[] = [];
    if (this.host.offscreen) {
      const offscreen = canvas.transferControlToOffscreen();
      this.host.send({ type: 'attach', id, canvas: offscreen, size: size(), visible: onScreen(figure) }, [
        offscreen,
      ]);
      // A table in its place hides the box (no size): the chart keeps its last one.
      const resize = () => {
        const s = size();
        if (s.width > 0 && s.height > 0) this.host.send({ type: 'resize', id, size: s });
      };
      const observer = new ResizeObserver(resize);
      observer.observe(box);
      // Zooming or moving to another screen changes the ratio, not always the box.
      let ratio = matchMedia(`(resolution: ${devicePixelRatio}dppx)`);
      const onRatio = () => {
        resize();
        ratio.removeEventListener('change', onRatio);
        ratio = matchMedia(`(resolution: ${devicePixelRatio}dppx)`);
        ratio.addEventListener('change', onRatio);
      };
      ratio.addEventListener('change', onRatio);
      for (const [type, event] of FORWARDED) {
        const forward = (e: Event) => {
          const { offsetX: x, offsetY: y } = e as MouseEvent;
          this.host.send({ type: 'pointer', id, event, x, y });
        };
        canvas.addEventListener(type, forward);
        undo.push(() => canvas.removeEventListener(type, forward));
      }
      undo.push(() => {
        observer.disconnect();
        ratio.removeEventListener('change', onRatio);
      });
    } else this.host.send({ type: 'attach', id, canvas, size: size(), visible: onScreen(figure) });
    const visibility = new IntersectionObserver(([entry]) =>
      this.host.send({ type: 'visible', id, visible: entry?.isIntersecting ?? true }),
    );
    visibility.observe(figure);
    return () => {
      visibility.disconnect();
      for (const u of undo) u();
      this.host.send({ type: 'detach', id });
      this.cards.delete(id);
    };
  }

  private receive(message: FromRenderer): void {
    if (message.type === 'failed') {
      console.error(`The charts could not be drawn: ${message.message}`);
      return;
    }
    if (message.type === 'tooltip') {
      const figure = this.cards.get(message.id)?.figure;
      if (!figure) return;
      if (message.lines) figure.dataset.tooltip = message.lines.join('\n');
      else delete figure.dataset.tooltip;
      return;
    }
    const root = document.documentElement.dataset;
    if (root.liveCharts !== String(message.live)) root.liveCharts = String(message.live);
    if (Object.keys(message.charts).length > 0) markFirstChartDrawn();
    for (const [id, drawn] of Object.entries(message.charts)) {
      if (this.subtitles[id] !== drawn.subtitle) this.subtitles[id] = drawn.subtitle;
      const card = this.cards.get(id);
      if (!card) continue;
      card.figure.dataset.drawnVersion = String(drawn.version);
      card.figure.dataset.digest = drawn.digest;
      if (card.canvas.dataset.plotArea !== drawn.plotArea) card.canvas.dataset.plotArea = drawn.plotArea;
    }
  }
}
