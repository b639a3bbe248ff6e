import { afterFirstChart } from './deferredLoading.ts';

/**
 * A module left out of the first load (issue #9): loaded once, after the first chart when the page is idle (the
 * first read of `current` schedules it), or at once by `load()`. `current` is reactive: a reader runs again when
 * the module arrives.
 */
export class LateModule<M> {
  #loaded = $state.raw<M>();
  #loading: Promise<M> | undefined;
  #scheduled = false;

  constructor(private readonly importer: () => Promise<M>) {}

  /** Loads the module, once; resolves with it. */
  load(): Promise<M> {
    return (this.#loading ??= this.importer().then((m) => (this.#loaded = m)));
  }

  /** The module once loaded. */
  get current(): M | undefined {
    if (!this.#scheduled) {
      this.#scheduled = true;
      afterFirstChart(() => void this.load());
    }
    return this.#loaded;
  }
}
