import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OffScreenHold } from '../../src/lib/offScreen.svelte.ts';
import { SCENARIO_REST_MS, ScenarioState } from '../../src/lib/scenario.svelte.ts';

/** An IntersectionObserver the test drives: `report(true)` says the element came near the screen. */
class FakeObserver {
  static last: FakeObserver | undefined;
  disconnected = false;
  constructor(private readonly callback: (entries: { isIntersecting: boolean }[]) => void) {
    FakeObserver.last = this;
  }
  observe(): void {}
  disconnect(): void {
    this.disconnected = true;
  }
  report(near: boolean): void {
    this.callback([{ isIntersecting: near }]);
  }
}

describe('OffScreenHold', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  function panel() {
    const scenario = new ScenarioState();
    const hold = new OffScreenHold(() => scenario.resting);
    const stop = hold.watch({} as Element);
    const followed = hold.follow(() => scenario.values.rev2030);
    return { scenario, hold, followed, observer: FakeObserver.last!, stop };
  }

  it('follows every step while the panel is near the screen', () => {
    const { scenario, followed, observer } = panel();
    observer.report(true);
    scenario.set('rev2030', 200e9);
    expect(followed.current).toBe(200e9);
    scenario.set('rev2030', 205e9);
    expect(followed.current).toBe(205e9);
  });

  it('out of sight, holds what it showed while a slider moves and catches up once the scenario rests', () => {
    const { scenario, followed, observer } = panel();
    const before = followed.current;
    observer.report(false);
    scenario.set('rev2030', 200e9);
    scenario.set('rev2030', 205e9);
    expect(scenario.resting).toBe(false);
    expect(followed.current).toBe(before);
    vi.advanceTimersByTime(SCENARIO_REST_MS - 1);
    expect(followed.current).toBe(before);
    vi.advanceTimersByTime(1);
    expect(scenario.resting).toBe(true);
    expect(followed.current).toBe(205e9);
  });

  it('out of sight, catches up as soon as it comes near the screen, the slider still moving', () => {
    const { scenario, followed, observer } = panel();
    const before = followed.current; // shown when the page opened
    observer.report(false);
    scenario.set('rev2030', 200e9);
    expect(followed.current).toBe(before);
    observer.report(true);
    expect(followed.current).toBe(200e9);
    expect(scenario.resting).toBe(false);
  });

  it('starts current before the first report, and stops watching when told', () => {
    const { scenario, followed, observer, stop } = panel();
    scenario.set('rev2030', 200e9);
    expect(followed.current).toBe(200e9);
    stop();
    expect(observer.disconnected).toBe(true);
  });
});
