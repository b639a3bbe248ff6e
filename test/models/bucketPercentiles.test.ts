import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectNumbers, columnPercentiles, marksBytes } from '../../models/uncertainty/bucketPercentiles.ts';
import { percentilesInPlace } from '../../models/uncertainty/percentiles.ts';
import { Arena, wasmSimd } from '../../models/wasm/arena.ts';

const BANDS = [0.1, 0.5, 0.9];
const TAILS = [0.005, 0.995];

/** percentilesInPlace over a copy: the reference. */
function reference(values: readonly number[], ps: readonly number[]): number[] {
  return percentilesInPlace(Float64Array.from(values), values.length, ps);
}

/**
 * columnPercentiles of `values` placed at an offset in a longer column, with and without its ends given; the
 * column and scratch as plain arrays (counted by the JavaScript) and in an arena (by the WebAssembly), which must
 * agree exactly.
 */
function both(values: readonly number[], ps: readonly number[]): [number[], number[]] {
  const inJs = bothIn(values, ps, (length) => new Float64Array(length));
  const arena = new Arena((2 * values.length + 7) * 8 + 64 + marksBytes(values.length));
  const inWasm = bothIn(values, ps, (length) => arena.f64(length));
  expect(inWasm, 'the WebAssembly gives what the JavaScript gives').toEqual(inJs);
  return inJs;
}

function bothIn(
  values: readonly number[],
  ps: readonly number[],
  column_: (length: number) => Float64Array,
): [number[], number[]] {
  const column = column_(values.length + 7).fill(-1e300);
  column.set(values, 5);
  const scratch = column_(values.length);
  const plain = columnPercentiles(column, 5, values.length, ps, scratch);
  let min = Infinity;
  let max = -Infinity;
  for (const x of values) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const withEnds = columnPercentiles(column, 5, values.length, ps, scratch, min, max);
  expect(Array.from(column.subarray(5, 5 + values.length)), 'the column is left as it is').toEqual(values);
  return [plain, withEnds];
}

function expectSameAsReference(values: readonly number[], ps: readonly number[]): void {
  const want = reference(values, ps);
  const [plain, withEnds] = both(values, ps);
  expect(plain).toEqual(want);
  expect(withEnds).toEqual(want);
}

describe('columnPercentiles', () => {
  it('runs its passes in WebAssembly here (Node has SIMD), so the tests below compare both ways', () => {
    expect(wasmSimd()).toBe(true);
  });

  it('falls back on the JavaScript, with the same numbers, in an arena with no room for its marks', () => {
    const values = Array.from({ length: 5000 }, (_, i) => ((i * 7919) % 5000) / 7);
    const arena = new Arena(2 * 8 * values.length);
    const column = arena.f64(values.length);
    column.set(values);
    const scratch = arena.f64(values.length);
    // A first, short column takes the table and marks for 1,024 values; then the arena is filled up.
    expect(columnPercentiles(column, 0, 300, BANDS, scratch)).toEqual(reference(values.slice(0, 300), BANDS));
    while (arena.fits(1024)) arena.alloc(1024);
    expect(arena.fits(marksBytes(values.length)), 'no room for the marks').toBe(false);
    expect(columnPercentiles(column, 0, values.length, BANDS, scratch)).toEqual(reference(values, BANDS));
  });

  it('counts buckets in WebAssembly as hand-computed: 0 to 2 over a span of 2 (scale 256, 512 buckets), halves to even', () => {
    const arena = new Arena(1024);
    const column = arena.f64(11);
    // −1 below the span and 3 beyond it go to the end buckets. (x − min) × scale rounds to the nearest bucket,
    // halves to even: 1.5 and 2.5 to 2, 0.75 to 1, 0.5 to 0. Eight values go four at a time, the last three one
    // by one.
    column.set([0, 0.5, 1, 1.5 / 256, 2, -1, 3, 2.5 / 256, 1.5 / 256, 0.75 / 256, 0.5 / 256]);
    const table = arena.alloc(arena.summary.TABLE_BYTES.value);
    const marks = arena.alloc(32);
    arena.summary.countBuckets(column.byteOffset, 11, 0, 256, 512, table, marks);
    const counts = new Int32Array(arena.memory.buffer, table + arena.summary.COUNTS.value, 513);
    const nonZero = Object.fromEntries([...counts.entries()].filter(([, c]) => c > 0));
    expect(nonZero).toEqual({ 0: 3, 1: 1, 2: 3, 128: 1, 256: 1, 512: 2 });
    // Each value's bucket, marked for the copy pass.
    expect(Array.from(new Uint16Array(arena.memory.buffer, marks, 11))).toEqual([
      0, 128, 256, 2, 512, 0, 512, 2, 2, 1, 0,
    ]);
  });

  it('equals percentilesInPlace on a hand-checked column: 1..1000 shuffled', () => {
    const values = Array.from({ length: 1000 }, (_, i) => ((i * 617) % 1000) + 1);
    // h = 999 × 0.1 = 99.9: x[99] + 0.9 (x[100] − x[99]) = 100 + 0.9 = 100.9; the median 500.5; P90 900.1.
    const [plain] = both(values, BANDS);
    expect(plain[0]).toBeCloseTo(100.9, 12);
    expect(plain[1]).toBe(500.5);
    expect(plain[2]).toBeCloseTo(900.1, 12);
    expectSameAsReference(values, BANDS);
  });

  it('equals percentilesInPlace on random columns, long enough to be counted in buckets', () => {
    const value = fc.oneof(
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      fc.integer({ min: -3, max: 3 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 2000 }), fc.boolean(), (values, tails) => {
        expectSameAsReference(values, tails ? TAILS : BANDS);
      }),
      { numRuns: 300 },
    );
    // Longer columns, counted into more buckets: a few values drawn from, and repeated across, the column.
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 4097, max: 12_000 }),
        fc.integer({ min: 1, max: 7919 }),
        (some, n, stride) => {
          const values = Array.from(
            { length: n },
            (_, i) => some[(i * stride) % some.length]! * (1 + (i % 13)),
          );
          expectSameAsReference(values, BANDS);
        },
      ),
      { numRuns: 40 },
    );
  });

  // Columns of 3,000, 5,000 and 10,000 values are counted into 512, 1,024 and 2,048 buckets.
  it.each([3000, 5000, 10_000])('equals percentilesInPlace on adversarial columns of %i', (n) => {
    const cases: Record<string, number[]> = {
      'all equal': Array.from({ length: n }, () => 42),
      'all but one equal': Array.from({ length: n }, (_, i) => (i === 1234 ? 1e9 : 7)),
      'two values': Array.from({ length: n }, (_, i) => (i % 3 === 0 ? -1 : 1)),
      'ties everywhere': Array.from({ length: n }, (_, i) => Math.floor(i / 500)),
      sorted: Array.from({ length: n }, (_, i) => i * 0.5),
      reversed: Array.from({ length: n }, (_, i) => -i),
      // One outlier leaves nearly every value in one bucket: the selection within it does the work.
      'one far outlier': Array.from({ length: n }, (_, i) => (i === 0 ? 1e15 : Math.sin(i))),
      'a span wider than a double': Array.from(
        { length: n },
        (_, i) => (i % 2 ? 1.5e308 : -1.5e308) * (i / n),
      ),
      'never (Infinity)': Array.from({ length: n }, (_, i) => (i % 4 === 0 ? Infinity : 2030 + (i % 7))),
      '−Infinity and Infinity': Array.from({ length: n }, (_, i) =>
        i % 5 === 0 ? -Infinity : i % 5 === 1 ? Infinity : i,
      ),
      'signed zeros': Array.from({ length: n }, (_, i) => (i % 2 ? 0 : -0)),
      subnormals: Array.from({ length: n }, (_, i) => i * 5e-324),
      // Without the ends given, the buckets span the first 1,024 values; later ones beyond go to the end buckets.
      'wider after the first values': Array.from({ length: n }, (_, i) =>
        i < 1024 ? Math.sin(i) : Math.sin(i) * 1e6,
      ),
      'the whole tail after the first values': Array.from({ length: n }, (_, i) => (i < 1024 ? 5 : 5 + i)),
      'Infinity only after the first values': Array.from({ length: n }, (_, i) =>
        i < 1024 ? i : i % 3 === 0 ? Infinity : i % 3 === 1 ? -Infinity : -i,
      ),
      'equal first values, then not': Array.from({ length: n }, (_, i) => (i < 2000 ? 3 : i % 2 ? -0.5 : 3)),
      'a tie of a third, signed zeros among the rest': Array.from({ length: n }, (_, i) =>
        i % 3 === 0 ? 0.5 : i % 7 === 0 ? -0 : i % 11 === 0 ? 0 : Math.sin(i) ** 3,
      ),
    };
    for (const [name, values] of Object.entries(cases)) {
      for (const ps of [BANDS, TAILS, [0, 1], [0.25]]) {
        const want = reference(values, ps);
        const [plain, withEnds] = both(values, ps);
        expect(plain, name).toEqual(want);
        expect(withEnds, name).toEqual(want);
      }
    }
  });
});

describe('collectNumbers', () => {
  const values = [3, NaN, -1.5, Infinity, 0.25, NaN, 2];
  // Hand-computed: the numbers in order, their ends, the finite ones' sum 3 − 1.5 + 0.25 + 2 = 3.75, and never.
  const want = { numbers: [3, -1.5, Infinity, 0.25, 2], stats: [-1.5, Infinity, 3.75, 1] };

  it('copies the numbers and sums them, in JavaScript and in WebAssembly alike', () => {
    const arena = new Arena(256);
    for (const make of [(n: number) => new Float64Array(n), (n: number) => arena.f64(n)]) {
      const column = make(values.length);
      column.set(values);
      const numbers = make(values.length);
      const stats = new Float64Array(4);
      const n = collectNumbers(column, numbers, stats);
      expect(Array.from(numbers.subarray(0, n))).toEqual(want.numbers);
      expect(Array.from(stats)).toEqual(want.stats);
    }
  });

  it('adds in column order, as the JavaScript does, on random columns', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double(), fc.constant(NaN)), { minLength: 1, maxLength: 300 }),
        (xs) => {
          const arena = new Arena(2 * 8 * xs.length + 64);
          const inJs = [new Float64Array(xs), new Float64Array(xs.length), new Float64Array(4)] as const;
          const column = arena.f64(xs.length);
          column.set(xs);
          const inWasm = [column, arena.f64(xs.length), new Float64Array(4)] as const;
          const n = collectNumbers(...inJs);
          expect(collectNumbers(...inWasm)).toBe(n);
          expect(Array.from(inWasm[1].subarray(0, n))).toEqual(Array.from(inJs[1].subarray(0, n)));
          expect(Array.from(inWasm[2])).toEqual(Array.from(inJs[2]));
        },
      ),
      { numRuns: 200 },
    );
  });
});
