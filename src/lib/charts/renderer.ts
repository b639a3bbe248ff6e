/**
 * Draws the page's charts: from a scenario's projection (made by the page), builds every chart's config (the pure builders) and brings
 * the charts on screen up to date in one pass per animation frame. The same code runs in the chart worker (canvases
 * transferred by the page, sizes and pointer events sent by message) and on the main thread where a browser has no
 * OffscreenCanvas (chart.js then watches sizes and events itself).
 *
 * Per step it does the least it can: a scenario arriving several times in a frame is drawn once; a chart whose
 * data, labels, colours, marks and notes are unchanged is not updated at all; a chart off screen is brought up to
 * date when it scrolls into view or once the scenario rests; a chart of the same structure is patched (chart.js
 * keeps its resolved options) rather than reconfigured.
 */
import {
  BasicPlatform,
  type Chart as ChartJs,
  type ChartConfiguration,
  type ChartEvent,
  type Plugin,
} from 'chart.js';
import { Chart, setChartFont } from './chartSetup.ts';
import type { ChartOverlays, ChartSpec } from './common.ts';
import { buildCharts } from './index.ts';
import { plotAreaOf } from './markerPlugin.ts';
import { patchChart, structureKey, type PatchableChart } from './patch.ts';
import type { ChartSize, DrawnChart, ForwardedEvent, FromRenderer, ToRenderer } from './protocol.ts';
import { DARK_THEME, LIGHT_THEME } from './theme.ts';

/** How long the scenario must rest before charts off screen are brought up to date. */
export const REST_MS = 200;

export interface RendererHost {
  /** True in the worker: canvases are OffscreenCanvases, sized and given events by message. */
  readonly offscreen: boolean;
  report(message: FromRenderer): void;
  /** Runs `draw` before the next frame is produced (requestAnimationFrame). */
  frame(draw: () => void): void;
  /** Runs `task` after `ms` milliseconds; returns a function that cancels it. */
  later(task: () => void, ms: number): () => void;
}

type Listener = (event: ChartEvent, x: number, y: number) => void;

/**
 * chart.js's platform for an OffscreenCanvas, which cannot listen for events: it keeps the listeners chart.js
 * registers so the page's pointer events, forwarded by message, can be handed to them.
 */
class ForwardedEventsPlatform extends BasicPlatform {
  readonly listeners = new Map<string, Listener>();
  override addEventListener(_chart: ChartJs, type: string, listener: Listener): void {
    this.listeners.set(type, listener);
  }
  override removeEventListener(_chart: ChartJs, type: string): void {
    this.listeners.delete(type);
  }
  dispatch(type: ForwardedEvent, x: number, y: number): void {
    // `native` marks the position as already relative to the canvas (chart.js's getRelativePosition); chart.js
    // filters plugins by its type.
    const native = { type } as Event;
    this.listeners.get(type)?.({ type, native, x, y }, x, y);
  }
}

interface Slot {
  readonly id: string;
  readonly canvas: OffscreenCanvas | HTMLCanvasElement;
  size: ChartSize;
  visible: boolean;
  chart?: ChartJs;
  structure: string;
  fingerprint: string;
  digest: string;
  /** The scenario version the chart shows. */
  version: number;
  tooltip: string;
}

/** The latest scenario, with the overlays last sent (a message leaves them out when unchanged). */
type Request = Extract<ToRenderer, { type: 'scenario' }> & { readonly overlays: ChartOverlays };

/** Everything of a config that patching copies into a live chart: equal fingerprints draw the same picture. */
export function fingerprint(config: ChartSpec['config']): string {
  const datasets = config.data.datasets.map((d) => {
    const x = d as unknown as Record<string, unknown>;
    return [
      x.data,
      Array.isArray(x.backgroundColor) ? x.backgroundColor : null,
      x.stepped ?? null,
      x.notes ?? null,
      x.valueLabels ?? null,
      x.valueLabelsClear ?? null,
      x.valueLabelsInside ?? null,
    ];
  });
  const markers = (config.options?.plugins as { markers?: { markers?: object } } | undefined)?.markers
    ?.markers;
  return `${structureKey(config)}\n${JSON.stringify([config.data.labels, datasets, markers ?? null])}`;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short name for a long string. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** What chart.js holds after an update: its labels and each dataset's name and data. */
export function liveDigest(chart: Pick<ChartJs, 'data'>): string {
  return hash(JSON.stringify([chart.data.labels, chart.data.datasets.map((d) => [d.label ?? '', d.data])]));
}

/** The tooltip a chart shows, as lines (title, then each item's lines), or null. */
function tooltipLines(chart: ChartJs): string[] | null {
  const t = chart.tooltip;
  if (!t || t.getActiveElements().length === 0) return null;
  return [...t.title, ...t.body.flatMap((b) => [...b.before, ...b.lines, ...b.after])];
}

export class ChartRenderer {
  private readonly slots = new Map<string, Slot>();
  private request: Request | undefined;
  private specs = new Map<string, ChartSpec>();
  private builtVersion = -1;
  private frameQueued = false;
  private cancelRest: () => void = () => undefined;
  /** Reports each chart's tooltip as it changes (for the page's tests and anything that reads it aloud). */
  private readonly tooltipReporter: Plugin = {
    id: 'tooltipReporter',
    afterEvent: (chart) => {
      const slot = [...this.slots.values()].find((s) => s.chart === chart);
      if (!slot) return;
      const lines = tooltipLines(chart as ChartJs);
      const key = lines ? lines.join('\n') : '';
      if (key === slot.tooltip) return;
      slot.tooltip = key;
      this.host.report({ type: 'tooltip', id: slot.id, lines });
    },
  };

  constructor(private readonly host: RendererHost) {}

  handle(message: ToRenderer): void {
    try {
      this.receive(message);
    } catch (error) {
      this.host.report({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  private receive(message: ToRenderer): void {
    switch (message.type) {
      case 'font':
        setChartFont(message.family);
        return;
      case 'attach': {
        this.slots.get(message.id)?.chart?.destroy();
        this.slots.set(message.id, {
          id: message.id,
          canvas: message.canvas,
          size: message.size,
          visible: message.visible,
          structure: '',
          fingerprint: '',
          digest: '',
          version: -1,
          tooltip: '',
        });
        this.scheduleFrame();
        this.restartRest();
        return;
      }
      case 'detach': {
        this.slots.get(message.id)?.chart?.destroy();
        this.slots.delete(message.id);
        return;
      }
      case 'resize': {
        const slot = this.slots.get(message.id);
        if (!slot) return;
        slot.size = message.size;
        if (slot.chart) this.applySize(slot.chart, message.size);
        return;
      }
      case 'visible': {
        const slot = this.slots.get(message.id);
        if (!slot) return;
        slot.visible = message.visible;
        if (slot.visible && this.request && slot.version !== this.request.version) this.scheduleFrame();
        return;
      }
      case 'scenario':
        this.request = { ...message, overlays: message.overlays ?? this.request?.overlays ?? {} };
        this.scheduleFrame();
        this.restartRest();
        return;
      case 'pointer': {
        const chart = this.slots.get(message.id)?.chart;
        if (chart?.platform instanceof ForwardedEventsPlatform)
          chart.platform.dispatch(message.event, message.x, message.y);
        return;
      }
    }
  }

  private scheduleFrame(): void {
    if (this.frameQueued) return;
    this.frameQueued = true;
    this.host.frame(() => {
      this.frameQueued = false;
      this.pass(false);
    });
  }

  private restartRest(): void {
    this.cancelRest();
    this.cancelRest = this.host.later(() => this.pass(true), REST_MS);
  }

  /** Brings the charts on screen (or, with `all`, every chart) up to the latest scenario, then reports. */
  private pass(all: boolean): void {
    const request = this.request;
    if (!request) return;
    if (this.builtVersion !== request.version) {
      const theme = request.theme === 'dark' ? DARK_THEME : LIGHT_THEME;
      const specs = buildCharts(request.projection, request.values, theme, request.overlays);
      this.specs = new Map(specs.map((s) => [s.id, s]));
      this.builtVersion = request.version;
    }
    const charts: Record<string, DrawnChart> = {};
    let created = false;
    for (const slot of this.slots.values()) {
      const spec = this.specs.get(slot.id);
      if (!spec || slot.version === request.version || !(all || slot.visible)) continue;
      // Creating a chart costs tens of ms (layout, ticks, first compile of chart.js's code): on screen, one chart
      // is created per frame, in page order, so the first one shows without waiting for the others (issue #9).
      if (!all && created && !slot.chart) {
        this.scheduleFrame();
        break;
      }
      created ||= !slot.chart;
      this.draw(slot, spec);
      slot.version = request.version;
      charts[slot.id] = {
        version: slot.version,
        digest: slot.digest,
        plotArea: plotAreaOf(slot.chart!),
        subtitle: spec.subtitle,
      };
    }
    const live = Object.keys(Chart.instances).length;
    this.host.report({ type: 'drawn', version: request.version, charts, live });
  }

  private draw(slot: Slot, spec: ChartSpec): void {
    const print = fingerprint(spec.config);
    if (slot.chart && print === slot.fingerprint) return; // the same picture: nothing to draw
    const structure = structureKey(spec.config);
    const config = spec.config as unknown as ChartConfiguration;
    if (!slot.chart) {
      slot.chart = this.create(slot, config);
      // chart.js lays out and draws a chart it creates on an attached canvas (always so in the worker): another
      // update would do it all again.
      if (!slot.chart.attached) slot.chart.update('none');
    } else {
      if (structure === slot.structure) patchChart(slot.chart as unknown as PatchableChart, spec.config);
      else {
        slot.chart.data = config.data;
        slot.chart.options = this.hostOptions(config.options, slot.size) ?? {};
      }
      slot.chart.update('none');
    }
    slot.structure = structure;
    slot.fingerprint = print;
    slot.digest = liveDigest(slot.chart);
  }

  private create(slot: Slot, config: ChartConfiguration): ChartJs {
    const options = this.hostOptions(config.options, slot.size);
    if (!this.host.offscreen)
      return new Chart(slot.canvas as HTMLCanvasElement, {
        ...config,
        options,
        plugins: [this.tooltipReporter],
      });
    // chart.js takes an OffscreenCanvas's size as the chart's size in CSS pixels, then scales it by the ratio.
    slot.canvas.width = slot.size.width;
    slot.canvas.height = slot.size.height;
    return new Chart(slot.canvas as unknown as HTMLCanvasElement, {
      ...config,
      options,
      plugins: [this.tooltipReporter],
      platform: ForwardedEventsPlatform,
    });
  }

  /** In the worker nothing watches the canvas: the page's size and pixel ratio are given, not measured. */
  private hostOptions(
    options: ChartConfiguration['options'],
    size: ChartSize,
  ): ChartConfiguration['options'] {
    if (!this.host.offscreen) return options;
    return { ...options, responsive: false, devicePixelRatio: size.dpr };
  }

  private applySize(chart: ChartJs, size: ChartSize): void {
    const options = chart.config.options as { devicePixelRatio?: number } | undefined;
    if (options && options.devicePixelRatio !== size.dpr) {
      options.devicePixelRatio = size.dpr;
      chart.update('none');
    }
    chart.resize(size.width, size.height);
  }
}
