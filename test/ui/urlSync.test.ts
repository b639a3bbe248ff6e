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
});
