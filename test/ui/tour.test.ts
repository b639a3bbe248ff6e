import { describe, expect, it } from 'vitest';

import { placeCard, rememberTourSeen, shouldStartTour, TOUR_KEY, TOUR_STEPS } from '../../src/lib/tour.ts';

/** An in-memory Storage; `broken` makes every call throw, as blocked storage does. */
function memory(initial: Record<string, string> = {}, broken = false) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    storage: () => ({
      getItem: (k: string) => {
        if (broken) throw new Error('SecurityError');
        return data.get(k) ?? null;
      },
      setItem: (k: string, v: string) => {
        if (broken) throw new Error('QuotaExceededError');
        data.set(k, v);
      },
    }),
  };
}

describe('the guided first visit', () => {
  it('has four steps: the picker, a slider, a headline figure, Share', () => {
    expect(TOUR_STEPS.map((s) => s.id)).toEqual(['picker', 'slider', 'figure', 'share']);
  });

  it('starts on a plain first visit, and not once seen', () => {
    const m = memory();
    expect(shouldStartTour('', '', m.storage)).toBe(true);
    rememberTourSeen(m.storage);
    expect(m.data.get(TOUR_KEY)).toBe('{"version":1,"seen":true}');
    expect(shouldStartTour('', '', m.storage)).toBe(false);
  });

  it('does not start on a link with settings, a preset or an anchor', () => {
    const m = memory();
    expect(shouldStartTour('?preset=recap-2025', '', m.storage)).toBe(false);
    expect(shouldStartTour('?shareCap=50', '', m.storage)).toBe(false);
    expect(shouldStartTour('', '#term-dilution', m.storage)).toBe(false);
    expect(shouldStartTour('?', '#', m.storage)).toBe(true);
  });

  it('treats unreadable saved data as not seen, and blocked or missing storage as "do not start"', () => {
    for (const corrupt of ['{', 'null', '"yes"', '{"seen":"true"}', '[]'])
      expect(shouldStartTour('', '', memory({ [TOUR_KEY]: corrupt }).storage), corrupt).toBe(true);
    expect(shouldStartTour('', '', memory({}, true).storage)).toBe(false);
    expect(shouldStartTour('', '', () => null)).toBe(false);
    expect(() => rememberTourSeen(memory({}, true).storage)).not.toThrow();
  });
});

describe('placeCard: never over the target', () => {
  const viewport = { width: 390, height: 844 };
  const card = { width: 352, height: 200 };
  const overlaps = (top: number, target: { top: number; bottom: number }) =>
    top < target.bottom && top + card.height > target.top;

  it('goes below a target with room under it, above one near the bottom', () => {
    const high = { top: 150, bottom: 190, left: 16, width: 358 };
    const below = placeCard(high, card, viewport);
    expect(below).toMatchObject({ side: 'below', top: 200 });
    const low = { top: 700, bottom: 740, left: 16, width: 358 };
    const above = placeCard(low, card, viewport);
    expect(above).toMatchObject({ side: 'above', top: 490 });
    expect(overlaps(below.top, high) || overlaps(above.top, low)).toBe(false);
  });

  it('keeps the card on screen sideways, at 320 px too', () => {
    const p = placeCard(
      { top: 10, bottom: 50, left: 300, width: 20 },
      { width: 304, height: 200 },
      { width: 320, height: 700 },
    );
    expect(p.left).toBe(8);
    expect(p.left + 304).toBeLessThanOrEqual(320 - 8);
  });

  it('with no room on either side, sits at the edge that leaves more of the target in view', () => {
    const tall = { top: 100, bottom: 800, left: 0, width: 390 };
    expect(placeCard(tall, card, viewport)).toMatchObject({ side: 'edge', top: 8 });
  });
});
