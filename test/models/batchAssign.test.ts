import { describe, expect, it } from 'vitest';
import { assignerFor } from '../../models/engine/batch/assign.ts';

describe('assignerFor', () => {
  const columns = [Float64Array.from([1, 2, 3]), Float64Array.from([10, 20, 30])];

  it("writes sample s's value of each column into its id's field, leaving the rest", () => {
    const values: Record<string, unknown> = { rev2030: 0, taxRate: 0.21, costOfEquity: 0 };
    assignerFor(['rev2030', 'costOfEquity'])(values, columns, 2);
    expect(values).toEqual({ rev2030: 3, taxRate: 0.21, costOfEquity: 30 });
  });

  it('gives the same function for the same ids, so its optimized code carries over', () => {
    expect(assignerFor(['a', 'b'])).toBe(assignerFor(['a', 'b']));
    expect(assignerFor(['a', 'b'])).not.toBe(assignerFor(['b', 'a']));
  });

  it('writes ids that are not plain identifiers as well (by key, never as code)', () => {
    const values: Record<string, unknown> = {};
    assignerFor(['x; globalThis.hacked = 1', 'a.b'])(values, columns, 0);
    expect(values).toEqual({ 'x; globalThis.hacked = 1': 1, 'a.b': 10 });
    expect((globalThis as Record<string, unknown>).hacked).toBeUndefined();
  });
});
