/**
 * Keeps the page URL equal to the scenario. While a slider moves the URL is replaced, debounced, because
 * browsers rate-limit history updates (Safari throws after 100 calls in 30 s) and a history entry per step would
 * make Back useless. Choosing a preset pushes an entry so Back returns to the previous one.
 */
export class UrlSync {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: string | undefined;

  constructor(private readonly delayMs = 250) {}

  /** Replaces the URL's query with `query` after the slider has been still for a moment. */
  replaceSoon(query: string): void {
    this.#pending = query;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), this.delayMs);
  }

  /** Writes a pending replacement now (before a push, so the entry left behind is the exact old scenario). */
  flush(): void {
    clearTimeout(this.#timer);
    if (this.#pending === undefined) return;
    const query = this.#pending;
    this.#pending = undefined;
    if (query !== location.search.slice(1)) history.replaceState(null, '', `?${query}`);
  }

  push(query: string): void {
    this.flush();
    if (query !== location.search.slice(1)) history.pushState(null, '', `?${query}`);
  }

  /** Drops a pending replacement (the page moved to another history entry before it was written). */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#pending = undefined;
  }

  dispose(): void {
    clearTimeout(this.#timer);
  }
}
