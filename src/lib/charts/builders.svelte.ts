/**
 * The chart builders on the page's side, loaded after the first chart (the chart worker draws with its own copy):
 * the page needs them only for a chart's table or image, and the printed brief.
 */
import { firstChartDrawn } from '../deferredLoading.ts';
import type * as Builders from './index.ts';

let loaded = $state.raw<typeof Builders>();
let loading: Promise<typeof Builders> | undefined;

/** Loads the builders, once. */
export function loadChartBuilders(): Promise<typeof Builders> {
  return (loading ??= import('./index.ts').then((m) => (loaded = m)));
}

/**
 * The builders once loaded (a reader runs again when they arrive), starting the load if it has not begun, but
 * never before the first chart: the cards on screen read them for their subtitles as the page mounts, and loading
 * and compiling them then took a core from the chart worker drawing that chart (issue #9).
 */
export function chartBuilders(): typeof Builders | undefined {
  if (!loaded) void firstChartDrawn().then(loadChartBuilders);
  return loaded;
}
