import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalQuantile, quantile, rangeMean, seededRng, SHAPES, type Range } from '../../models/index.ts';
import { percentilesInPlace } from '../../models/uncertainty/percentiles.ts';
import { expectRel } from './support.ts';

describe('seededRng', () => {
  it('gives the same stream for the same seed and another for another seed', () => {
    const a = seededRng(42);
    const b = seededRng(42);
    const c = seededRng(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
  });

  it('gives the numbers each seed has always given: a link carries its seed, so its samples must not change', () => {
    // The first outputs of the original sfc32 (state in closure variables), recorded before its state moved to an
    // Int32Array; each is (a 32-bit integer + 0.5) / 2^32.
    const one = seededRng(1);
    expect(Array.from({ length: 4 }, () => one())).toEqual([
      0.4256499296752736, 0.7904217106988654, 0.691014812909998, 0.5241122805746272,
    ]);
    const largest = seededRng(0xffffffff);
    expect([largest(), largest()]).toEqual([0.32916384807322174, 0.021318244165740907]);
  });

  it('draws strictly between 0 and 1, evenly (mean 1/2, a tenth in each tenth)', () => {
    const rng = seededRng(7);
    const n = 100_000;
    const deciles = new Array<number>(10).fill(0);
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = rng();
      if (!(u > 0 && u < 1)) outside++;
      sum += u;
      deciles[Math.floor(u * 10)]!++;
    }
    expect(outside).toBe(0);
    // Standard error of the mean of n uniforms: 1/sqrt(12n) ≈ 0.0009; of a decile's count: sqrt(n × 0.09) ≈ 95.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.004);
    for (const count of deciles) expect(Math.abs(count - n / 10)).toBeLessThan(500);
  });
});

describe('normalQuantile', () => {
  it('matches the standard normal table', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
    expectRel(normalQuantile(0.975), 1.959963984540054, 1e-8);
    expectRel(normalQuantile(0.05), -1.6448536269514722, 1e-8);
    expectRel(normalQuantile(0.001), -3.090232306167813, 1e-8);
    expectRel(normalQuantile(0.999), 3.090232306167813, 1e-8);
  });
});

describe('ranges as 90% intervals', () => {
  const range = (shape: Range['shape']): Range => ({ low: 2, high: 10, shape });

  it.each(SHAPES)('%s: low is the 5th percentile and high the 95th', (shape) => {
    expectRel(quantile(range(shape), 0.05), 2, 1e-8);
    expectRel(quantile(range(shape), 0.95), 10, 1e-8);
  });

  it('places the middle where each shape does: halfway, or the geometric mean for a lognormal', () => {
    expectRel(quantile(range('uniform'), 0.5), 6);
    expectRel(quantile(range('triangular'), 0.5), 6);
    expectRel(quantile(range('normal'), 0.5), 6);
    expectRel(quantile(range('lognormal'), 0.5), Math.sqrt(20), 1e-8);
    // A uniform interval 2..10 is stretched by 1/18 of its width on each side: 1.556..10.444.
    expectRel(quantile(range('uniform'), 0), 2 - 8 / 18);
    expectRel(quantile(range('uniform'), 1), 10 + 8 / 18);
  });

  it.each(SHAPES)('%s: the mean of many draws is the analytic mean', (shape) => {
    const rng = seededRng(11);
    const n = 200_000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += quantile(range(shape), rng());
    // The widest spread (lognormal, σ ≈ 2.6 here) gives a standard error near 0.006; allow 5 of them.
    expect(Math.abs(sum / n - rangeMean(range(shape)))).toBeLessThan(0.03);
  });

  it('collapses to its point whatever the shape', () => {
    for (const shape of SHAPES) expect(quantile({ low: 3.3, high: 3.3, shape }, 0.01)).toBe(3.3);
  });
});

describe('percentilesInPlace', () => {
  /** Type 7 from a sorted copy: the reference. */
  function reference(xs: number[], p: number): number {
    const s = [...xs].sort((a, b) => a - b);
    const h = (s.length - 1) * p;
    const k = Math.floor(h);
    return k + 1 < s.length ? s[k]! + (h - k) * (s[k + 1]! - s[k]!) : s[k]!;
  }

  it('equals interpolation between the sorted order statistics', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e12, max: 1e12, noNaN: true }), { minLength: 1, maxLength: 300 }),
        (xs) => {
          const got = percentilesInPlace(Float64Array.from(xs), xs.length, [0.1, 0.5, 0.9]);
          [0.1, 0.5, 0.9].forEach((p, i) => {
            const want = reference(xs, p);
            expect(Math.abs(got[i]! - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
          });
        },
      ),
    );
  });

  it('gives hand-computed values', () => {
    // Sorted 1..10: h = 0.9 → 1.9; h = 4.5 → 5.5; h = 8.1 → 9.1.
    const a = Float64Array.from([7, 3, 10, 1, 9, 2, 8, 5, 4, 6]);
    const [p10, p50, p90] = percentilesInPlace(a, 10, [0.1, 0.5, 0.9]);
    expectRel(p10, 1.9);
    expectRel(p50, 5.5);
    expectRel(p90, 9.1);
    expect(percentilesInPlace(Float64Array.from([4, Infinity, Infinity]), 3, [0.5, 0.9])).toEqual([
      Infinity,
      Infinity,
    ]);
  });
});
