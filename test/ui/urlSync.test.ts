import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UrlSync } from '../../src/lib/urlSync.ts';

// A minimal stand-in for the browser's location and history, recording every call.
function fakeBrowser() {
  const calls: string[] = [];
  const state = { search: '?preset=amended-2026&v=1' };
  vi.stubGlobal('location', {
    get search() {
      return state.search;
    },
  });
  vi.stubGlobal('history', {
    replaceState: (_: unknown, __: string, url: string) => {
      calls.push(`replace ${url}`);
      state.search = url;
    },
    pushState: (_: unknown, __: string, url: string) => {
      calls.push(`push ${url}`);
      state.search = url;
    },
  });
  return calls;
}

describe('UrlSync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('replaces the URL once after a burst of slider steps', () => {
    const calls = fakeBrowser();
    const sync = new UrlSync(250);
    for (const x of [1, 2, 3, 4, 5]) sync.replaceSoon(`preset=amended-2026&v=1&shareCap=${x}`);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(249);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['replace ?preset=amended-2026&v=1&shareCap=5']);
  });

  it('pushes a history entry for a preset change, writing a pending step first', () => {
    const calls = fakeBrowser();
    const sync = new UrlSync(250);
    sync.replaceSoon('preset=amended-2026&v=1&shareCap=50');
    sync.push('preset=seeds-2025&v=1');
    expect(calls).toEqual(['replace ?preset=amended-2026&v=1&shareCap=50', 'push ?preset=seeds-2025&v=1']);
    vi.advanceTimersByTime(1000);
    expect(calls).toHaveLength(2);
  });

  it('writes nothing when the URL already says it', () => {
    const calls = fakeBrowser();
    const sync = new UrlSync(250);
    sync.replaceSoon('preset=amended-2026&v=1');
    vi.advanceTimersByTime(300);
    sync.push('preset=amended-2026&v=1');
    expect(calls).toEqual([]);
  });

  it('drops a pending replacement so it cannot overwrite the entry Back moved to', () => {
    const calls = fakeBrowser();
    const sync = new UrlSync(250);
    sync.replaceSoon('preset=amended-2026&v=1&shareCap=50');
    sync.cancel();
    vi.advanceTimersByTime(1000);
    sync.flush();
    expect(calls).toEqual([]);
  });

  describe('flushBeforeLeaving (issue #8: a change made less than 250 ms before Back was lost)', () => {
    function fakeNavigation() {
      const target = new EventTarget();
      const traversals: string[] = [];
      const navigate = (navigationType: string, key: string, sameDocument = true) =>
        target.dispatchEvent(
          Object.assign(new Event('navigate'), { navigationType, destination: { key, sameDocument } }),
        );
      const navigation = {
        addEventListener: target.addEventListener.bind(target),
        removeEventListener: target.removeEventListener.bind(target),
        traverseTo: (key: string) => traversals.push(key),
      };
      return { navigation, navigate, traversals };
    }
    const win = () => new EventTarget() as unknown as Window;
    const doc = (visibilityState: DocumentVisibilityState = 'visible') =>
      Object.assign(new EventTarget(), { visibilityState }) as unknown as Document;

    it('writes a pending change before Back moves the history, then makes the move again', () => {
      const calls = fakeBrowser();
      const { navigation, navigate, traversals } = fakeNavigation();
      const sync = new UrlSync(250);
      sync.flushBeforeLeaving(win(), doc(), navigation);
      sync.replaceSoon('preset=amended-2026&v=1&shareCap=50');
      navigate('traverse', 'previous-entry');
      expect(calls).toEqual(['replace ?preset=amended-2026&v=1&shareCap=50']);
      expect(traversals).toEqual([]); // not from inside the event
      vi.advanceTimersByTime(0);
      expect(traversals).toEqual(['previous-entry']);
      // The traversal made again finds nothing pending: no loop.
      navigate('traverse', 'previous-entry');
      vi.advanceTimersByTime(1000);
      expect(traversals).toEqual(['previous-entry']);
      expect(calls).toHaveLength(1);
    });

    it('leaves other navigations, and traversals with nothing pending, alone', () => {
      const calls = fakeBrowser();
      const { navigation, navigate, traversals } = fakeNavigation();
      const sync = new UrlSync(250);
      sync.flushBeforeLeaving(win(), doc(), navigation);
      navigate('traverse', 'a');
      sync.replaceSoon('preset=amended-2026&v=1&shareCap=50');
      navigate('push', 'b');
      navigate('traverse', 'c', false); // to another document: pagehide writes it
      vi.advanceTimersByTime(0);
      expect(traversals).toEqual([]);
      expect(calls).toEqual([]);
    });

    it('writes a pending change when the page is left or hidden, and stops listening when detached', () => {
      const calls = fakeBrowser();
      const w = win();
      const d = doc('hidden');
      const sync = new UrlSync(250);
      const detach = sync.flushBeforeLeaving(w, d, undefined);
      sync.replaceSoon('preset=amended-2026&v=1&shareCap=50');
      w.dispatchEvent(new Event('pagehide'));
      expect(calls).toEqual(['replace ?preset=amended-2026&v=1&shareCap=50']);
      sync.replaceSoon('preset=amended-2026&v=1&shareCap=60');
      d.dispatchEvent(new Event('visibilitychange'));
      expect(calls).toHaveLength(2);
      detach();
      sync.replaceSoon('preset=amended-2026&v=1&shareCap=70');
      w.dispatchEvent(new Event('pagehide'));
      expect(calls).toHaveLength(2);
    });
  });
});
