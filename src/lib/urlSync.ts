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

  /**
   * Writes a pending replacement before the history moves or the page goes away, so that a change made just
   * before Back is still in the link when Forward returns to it, and in the entry left behind when the page is
   * left. Back and Forward within the page: the Navigation API's `navigate` event comes before the move, but
   * writing the URL then aborts the move, so the move is made again once the URL is written (browsers without the
   * API lose such a change, as before). Leaving the page or hiding it: `pagehide` and `visibilitychange`.
   * Returns a function that removes the listeners.
   */
  flushBeforeLeaving(
    win: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
    doc: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'> = document,
    navigation: NavigationLike | undefined = (globalThis as { navigation?: NavigationLike }).navigation,
  ): () => void {
    const onNavigate = (event: Event) => {
      const e = event as NavigateEventLike;
      if (this.#pending === undefined || e.navigationType !== 'traverse' || !e.destination.sameDocument)
        return;
      const key = e.destination.key;
      this.flush();
      // The write above aborted the traversal: make it again, after this event.
      setTimeout(() => navigation?.traverseTo(key));
    };
    const onHide = () => this.flush();
    const onVisibility = () => {
      if (doc.visibilityState === 'hidden') this.flush();
    };
    navigation?.addEventListener('navigate', onNavigate);
    win.addEventListener('pagehide', onHide);
    doc.addEventListener('visibilitychange', onVisibility);
    return () => {
      navigation?.removeEventListener('navigate', onNavigate);
      win.removeEventListener('pagehide', onHide);
      doc.removeEventListener('visibilitychange', onVisibility);
    };
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

/** The part of the Navigation API used here (not yet in TypeScript's DOM types). */
export interface NavigationLike {
  addEventListener(type: 'navigate', listener: (event: Event) => void): void;
  removeEventListener(type: 'navigate', listener: (event: Event) => void): void;
  traverseTo(key: string): unknown;
}

interface NavigateEventLike extends Event {
  readonly navigationType: 'push' | 'replace' | 'reload' | 'traverse';
  readonly destination: { readonly key: string; readonly sameDocument: boolean };
}
