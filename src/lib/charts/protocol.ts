/**
 * Messages between the page and the chart renderer, which runs in a worker (drawing into canvases the page
 * transferred to it) or, where the browser cannot do that, on the main thread. Plain, structured-cloneable data.
 */
import type { Projection } from '../../../models/engine/project.ts';
import type { ScenarioValues } from '../../../models/schema/scenario.ts';
import type { ChartOverlays } from './common.ts';

export type ThemeName = 'light' | 'dark';

/** A chart's box in CSS pixels and the screen's device pixel ratio. */
export interface ChartSize {
  readonly width: number;
  readonly height: number;
  readonly dpr: number;
}

/** The chart.js event types the page forwards to a chart drawn in the worker (hover, leave, click). */
export type ForwardedEvent = 'mousemove' | 'mouseout' | 'click';

export type ToRenderer =
  | { readonly type: 'font'; readonly family: string }
  | {
      readonly type: 'attach';
      readonly id: string;
      readonly canvas: OffscreenCanvas | HTMLCanvasElement;
      readonly size: ChartSize;
      readonly visible: boolean;
    }
  | { readonly type: 'detach'; readonly id: string }
  | { readonly type: 'resize'; readonly id: string; readonly size: ChartSize }
  | { readonly type: 'visible'; readonly id: string; readonly visible: boolean }
  | {
      readonly type: 'scenario';
      /** Counts up with every scenario the page sends: a chart reports the version it shows. */
      readonly version: number;
      /**
       * What the charts draw, projected by the page (with the user's formulas in force): the renderer never loads
       * the model's engine, nor mathjs.
       */
      readonly projection: Projection;
      readonly values: ScenarioValues;
      readonly theme: ThemeName;
      /** Left out when they are the ones sent with the previous scenario (most slider steps): the renderer keeps them. */
      readonly overlays?: ChartOverlays;
    }
  | {
      readonly type: 'pointer';
      readonly id: string;
      readonly event: ForwardedEvent;
      readonly x: number;
      readonly y: number;
    };

/** What a chart shows after a draw pass. */
export interface DrawnChart {
  /** The scenario version its pixels show. */
  readonly version: number;
  /** A hash of the labels and data chart.js holds: the same on either thread for the same scenario. */
  readonly digest: string;
  /** The plot's box, "top right bottom left" in CSS pixels. */
  readonly plotArea: string;
  /** The subtitle of what it shows (sent with the chart, so the text under a title always describes it). */
  readonly subtitle: string;
}

export type FromRenderer =
  | {
      readonly type: 'drawn';
      readonly version: number;
      /** The charts brought up to this version in this pass (drawn, or unchanged and so not drawn again). */
      readonly charts: Readonly<Record<string, DrawnChart>>;
      /** chart.js charts alive in the renderer (one per card: more would be a leak). */
      readonly live: number;
    }
  /** The lines of the tooltip a chart shows, or null once it shows none. */
  | { readonly type: 'tooltip'; readonly id: string; readonly lines: readonly string[] | null }
  | { readonly type: 'failed'; readonly message: string };

/** What the chart worker sends: the renderer's reports, after a first 'ready' once its code has run (chartHost.ts). */
export type FromWorker = FromRenderer | { readonly type: 'ready' };
