/**
 * The list of publications (models/sources.ts, 12 KiB) for the Source notes under the sliders: not in the first
 * load (issue #9), since every note starts closed. It loads once the first chart is drawn and the page is idle, or
 * at once when a note is opened before that; a note lists its citations as soon as it has arrived.
 */
import { LateModule } from './lateModule.svelte.ts';

const list = new LateModule(() => import('../../models/sources.ts'));

/** Starts loading the list (once); resolves when it is there. */
export const loadSources = () => list.load();

/** The list, once loaded (reactive); the first call schedules its loading after the first chart. */
export const sources = () => list.current;
