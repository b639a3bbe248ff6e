/** How far from the screen a panel counts as near: it catches up before it scrolls into view. */
export const NEAR_MARGIN = '50% 0px';

/**
 * A panel below the first screen (the ledgers, the simulation's panel) need not follow a slider step by step while
 * no one can see it (issue #9). What it shows follows the scenario while the panel is on screen or near it, and
 * whenever the scenario rests; a step made while it is out of sight leaves it as it was, and it catches up as soon
 * as it comes near the screen or the slider rests. So nothing on screen is ever behind the figures.
 */
/**
 * Whether an element is on screen or within `margin` of it (an IntersectionObserver's rootMargin), kept up to date
 * once watched (`{@attach near.watch}`); `initial` until the first report.
 */
export class NearScreen {
  current = $state(false);

  constructor(
    private readonly margin: string,
    initial = false,
  ) {
    this.current = initial;
  }

  readonly watch = (element: Element): (() => void) => {
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries.at(-1);
        if (last) this.current = last.isIntersecting;
      },
      { rootMargin: this.margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  };
}

export class OffScreenHold {
  /** Near the screen; true until the first report, so a panel starts current. */
  readonly #near = new NearScreen(NEAR_MARGIN, true);

  constructor(private readonly resting: () => boolean) {}

  /** Watches the panel's element (`{@attach hold.watch}`). */
  readonly watch = this.#near.watch;

  /** Whether the panel follows the scenario now. */
  get following(): boolean {
    return this.#near.current || this.resting();
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
