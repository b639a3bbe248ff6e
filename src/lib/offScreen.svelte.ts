/** How far from the screen a panel counts as near: it catches up before it scrolls into view. */
export const NEAR_MARGIN = '50% 0px';

/**
 * A panel below the first screen (the ledgers, the simulation's panel) need not follow a slider step by step while
 * no one can see it (issue #9). What it shows follows the scenario while the panel is on screen or near it, and
 * whenever the scenario rests; a step made while it is out of sight leaves it as it was, and it catches up as soon
 * as it comes near the screen or the slider rests. So nothing on screen is ever behind the figures.
 */
export class OffScreenHold {
  /** Near the screen; true until the first report, so a panel starts current. */
  #near = $state(true);

  constructor(private readonly resting: () => boolean) {}

  /** Watches the panel's element (`{@attach hold.watch}`). */
  readonly watch = (element: Element): (() => void) => {
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries.at(-1);
        if (last) this.#near = last.isIntersecting;
      },
      { rootMargin: NEAR_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  };

  /** Whether the panel follows the scenario now. */
  get following(): boolean {
    return this.#near || this.resting();
  }

  /**
   * `get()` while the panel follows the scenario; otherwise what it gave last. While held, the result depends on
   * nothing the slider changes, so nothing downstream of it runs on a step.
   */
  follow<T>(get: () => T): { readonly current: T } {
    let held: { value: T } | undefined;
    const current = $derived.by(() => {
      if (this.following || held === undefined) held = { value: get() };
      return held.value;
    });
    return {
      get current() {
        return current;
      },
    };
  }
}
