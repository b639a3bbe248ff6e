/**
 * The chart builders on the page's side, loaded after the first chart (the chart worker draws with its own copy):
 * the page needs them only for a chart's table or image, and the printed brief.
 */
import type * as Builders from './index.ts';

let loaded = $state.raw<typeof Builders>();
let loading: Promise<typeof Builders> | undefined;

/** Loads the builders, once. */
export function loadChartBuilders(): Promise<typeof Builders> {
  return (loading ??= import('./index.ts').then((m) => (loaded = m)));
}

/** The builders once loaded (a reader runs again when they arrive), starting the load if it has not begun. */
export function chartBuilders(): typeof Builders | undefined {
  if (!loaded) void loadChartBuilders();
  return loaded;
}
