/**
 * The chart builders on the page's side, loaded after the first chart (the chart worker draws with its own copy):
 * the page needs them for a chart's table or image, the printed brief, and the subtitles of the cards near the
 * screen. Those cards read them as the page mounts; loading and compiling them then took a core from the chart
 * worker drawing the first chart (issue #9).
 */
import { LateModule } from '../lateModule.svelte.ts';

const builders = new LateModule(() => import('./index.ts'));

/** Loads the builders, once. */
export const loadChartBuilders = () => builders.load();

/** The builders once loaded (a reader runs again when they arrive); the first read schedules their loading. */
export const chartBuilders = () => builders.current;
