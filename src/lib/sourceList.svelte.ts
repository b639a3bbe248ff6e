/**
 * The list of publications (models/sources.ts, 12 KiB) for the Source notes under the sliders: not in the first
 * load (issue #9), since every note starts closed. It loads once the first chart is drawn and the page is idle, or
 * at once when a note is opened before that; a note lists its citations as soon as it has arrived.
 */
import type * as SourcesModule from '../../models/sources.ts';
import { afterFirstChart } from './deferredLoading.ts';

type Sources = typeof SourcesModule;

let loaded = $state.raw<Sources>();
let loading: Promise<void> | undefined;

/** Starts loading the list (once); resolves when it is there. */
export function loadSources(): Promise<void> {
  loading ??= import('../../models/sources.ts').then((module) => {
    loaded = module;
  });
  return loading;
}

let scheduled = false;

/** The list, once loaded (reactive); the first call schedules its loading after the first chart. */
export function sources(): Sources | undefined {
  if (!scheduled) {
    scheduled = true;
    afterFirstChart(() => void loadSources());
  }
  return loaded;
}
