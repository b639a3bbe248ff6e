import { describe, expect, it } from 'vitest';
import { keepEqual, keepingEqual } from '../../src/lib/keepEqual.ts';

describe('keepEqual', () => {
  const a = { id: 'a', value: '$1.0B' };
  const b = { id: 'b', value: '$2.0B' };

  it('returns the new list when there is no last one', () => {
    const next = [{ ...a }];
    expect(keepEqual(undefined, next)).toBe(next);
  });

  it('returns the last list when every item is equal', () => {
    const last = [a, b];
    expect(keepEqual(last, [{ ...a }, { ...b }])).toBe(last);
  });

  it('keeps equal items and takes changed ones', () => {
    const changed = { id: 'b', value: '$2.1B' };
    const kept = keepEqual([a, b], [{ ...a }, changed]);
    expect(kept[0]).toBe(a);
    expect(kept[1]).toBe(changed);
  });

  it('compares every field, including ones only one side has', () => {
    const extra: { id: string; value: string; detail?: string } = { ...a, detail: '' };
    expect(keepEqual<typeof extra>([a], [extra])[0]).toBe(extra);
    expect(keepEqual<typeof extra>([extra], [{ ...a }])[0]).not.toBe(extra);
  });

  it('takes a longer or shorter list as changed, keeping the equal items', () => {
    const last = [a];
    const longer = keepEqual(last, [{ ...a }, b]);
    expect(longer).not.toBe(last);
    expect(longer[0]).toBe(a);
    const shorter = keepEqual([a, b], [{ ...a }]);
    expect(shorter).toHaveLength(1);
    expect(shorter[0]).toBe(a);
  });

  it('tells NaN equal to NaN and 0 from -0, as Object.is does', () => {
    const nan = { v: NaN };
    expect(keepEqual([nan], [{ v: NaN }])[0]).toBe(nan);
    const zero = { v: 0 };
    expect(keepEqual([zero], [{ v: -0 }])[0]).not.toBe(zero);
  });
});

describe('keepingEqual', () => {
  it('compares each list with the one it returned last', () => {
    const keep = keepingEqual<{ id: string; value: number }>();
    const first = keep([{ id: 'a', value: 1 }]);
    expect(keep([{ id: 'a', value: 1 }])).toBe(first);
    const second = keep([{ id: 'a', value: 2 }]);
    expect(second).not.toBe(first);
    expect(keep([{ id: 'a', value: 2 }])).toBe(second);
  });
});
