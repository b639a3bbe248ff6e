import { describe, expect, it } from 'vitest';
import { openaiRevenue } from '../../models/engine/revenue.ts';
import { B, expectRel, scenario, yearsThrough } from './support.ts';

describe('openaiRevenue', () => {
  describe('target mode, $13B in 2025 → $280B in 2030', () => {
    const v = scenario({ revMode: 'target', rev2025: 13 * B, revTarget: 280 * B, revTargetYear: 2030 });
    const revenue = openaiRevenue(v, yearsThrough(2030));
    // constant growth g with 13e9 × (1 + g)^5 = 280e9, so revenue(y) = 13e9 × (280/13)^((y − 2025)/5)
    const cases: [number, number][] = [
      [2025, 13 * B],
      [2026, 13 * B * (280 / 13) ** (1 / 5)],
      [2027, 13 * B * (280 / 13) ** (2 / 5)], // ≈ 44.48e9
      [2029, 13 * B * (280 / 13) ** (4 / 5)],
      [2030, 280 * B],
    ];
    it.each(cases)('%i', (year, expected) => {
      expectRel(revenue[year - 2025], expected, 1e-12);
    });

    it('reaches the target in the target year within 1e-6 relative', () => {
      expectRel(revenue[5], 280e9, 1e-6);
    });

    it('grows at a constant rate until the target year', () => {
      const g = (280 / 13) ** (1 / 5); // ≈ 1.8479
      for (let i = 1; i < revenue.length; i++) expectRel(revenue[i]! / revenue[i - 1]!, g, 1e-12);
    });

    it('ignores the decay-mode starting growth', () => {
      const other = openaiRevenue({ ...v, revGrowthStart: 3 }, yearsThrough(2030));
      expect(other).toEqual(revenue);
    });
  });

  it('lets growth decay from the target-year growth toward the terminal rate after the target year', () => {
    const v = scenario({
      revMode: 'target',
      rev2025: 12.5 * B,
      revTarget: 50 * B,
      revTargetYear: 2027,
      revGrowthTerminal: 0.1,
      revGrowthHalfLife: 1,
    });
    const revenue = openaiRevenue(v, yearsThrough(2029));
    // growth (50/12.5)^(1/2) − 1 = 1: 12.5, 25, 50
    // 2028: growth 0.1 + (1 − 0.1) × 0.5^1 = 0.55 → 50 × 1.55 = 77.5
    // 2029: growth 0.1 + 0.9 × 0.5^2 = 0.325 → 77.5 × 1.325 = 102.6875
    const expected = [12.5 * B, 25 * B, 50 * B, 77.5 * B, 102.6875 * B];
    expected.forEach((e, i) => expectRel(revenue[i], e, 1e-12));
  });

  it('starts decay-mode growth at the 2026 rate and halves the gap to the terminal rate every half-life', () => {
    const v = scenario({
      revMode: 'decay',
      rev2025: 13 * B,
      revGrowthStart: 1.3,
      revGrowthTerminal: 0.1,
      revGrowthHalfLife: 1.5,
      revTarget: 500 * B, // ignored in decay mode
    });
    const revenue = openaiRevenue(v, yearsThrough(2028));
    // 2026: 13e9 × (1 + 1.3) = 29.9e9
    const r2026 = 29.9 * B;
    // 2027: growth 0.1 + 1.2 × 0.5^(1/1.5) = 0.1 + 1.2 × 0.629960525 ≈ 0.855953 → ≈ 55.493e9
    const r2027 = r2026 * (1 + 0.1 + 1.2 * 0.5 ** (1 / 1.5));
    // 2028: growth 0.1 + 1.2 × 0.5^(2/1.5) ≈ 0.576220 → ≈ 87.469e9
    const r2028 = r2027 * (1 + 0.1 + 1.2 * 0.5 ** (2 / 1.5));
    expectRel(revenue[0], 13 * B, 1e-15);
    expectRel(revenue[1], r2026, 1e-12);
    expectRel(revenue[2], r2027, 1e-12);
    expectRel(revenue[2], 55.493e9, 1e-4);
    expectRel(revenue[3], r2028, 1e-12);
  });

  it('keeps growing at the terminal rate once the decay has run its course', () => {
    const v = scenario({
      revMode: 'decay',
      rev2025: 10 * B,
      revGrowthStart: 0.2,
      revGrowthTerminal: 0.2,
      revGrowthHalfLife: 2,
    });
    const revenue = openaiRevenue(v, yearsThrough(2030));
    // start = terminal: 10e9 × 1.2^(y − 2025); 2030: 10e9 × 2.48832 = 24.8832e9
    expectRel(revenue[5], 24.8832 * B, 1e-12);
  });
});
