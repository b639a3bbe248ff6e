import { describe, expect, it } from 'vitest';
import { openaiRevenue } from '../../models/engine/revenue.ts';
import type { ScenarioValues } from '../../models/index.ts';
import { B, expectRel, scenario, yearsThrough } from './support.ts';

/** A reported path in $B, 2025–2030, chosen so no two years are equal (a mix-up of years shows). */
const PATH: Partial<ScenarioValues> = {
  rev2025: 12 * B,
  rev2026: 25 * B,
  rev2027: 41 * B,
  rev2028: 90 * B,
  rev2029: 150 * B,
  rev2030: 100 * B, // a fall in 2030: the points are taken as given, not smoothed
};

describe('openaiRevenue', () => {
  describe('follows the reported points year by year through 2030', () => {
    const v = scenario({ ...PATH, revGrowth2031: 0.5, revGrowthTerminal: 0.02, revGrowthHalfLife: 1 });
    const revenue = openaiRevenue(v, yearsThrough(2030));
    const cases: [number, number][] = [
      [2025, 12],
      [2026, 25],
      [2027, 41],
      [2028, 90],
      [2029, 150],
      [2030, 100],
    ];
    it.each(cases)('%i: $%dB', (year, expected) => {
      expect(revenue[year - 2025]).toBe(expected * B);
    });

    it('returns one value per year asked for', () => {
      expect(revenue).toHaveLength(6);
      expect(openaiRevenue(v, yearsThrough(2027))).toEqual([12 * B, 25 * B, 41 * B]);
    });

    it('does not let the growth after 2030 change the reported years', () => {
      const other = openaiRevenue({ ...v, revGrowth2031: 0, revGrowthHalfLife: 10 }, yearsThrough(2030));
      expect(other).toEqual(revenue);
    });
  });

  describe('after 2030, growth starts at the 2031 rate and halves its gap to the long-run rate every half-life', () => {
    // [name, growth 2031, long-run, half-life, revenue 2031–2034 in $B from 100 in 2030]
    const cases: [string, number, number, number, number[]][] = [
      [
        // gap 0.48 halves every year: growth 0.5, 0.26, 0.14, 0.08
        'half-life 1 year',
        0.5,
        0.02,
        1,
        [150, 150 * 1.26, 150 * 1.26 * 1.14, 150 * 1.26 * 1.14 * 1.08],
      ],
      [
        // gap 0.48 × 0.5^(t/2): growth 0.5, 0.02 + 0.48 × √½, 0.26, 0.02 + 0.24 × √½
        'half-life 2 years',
        0.5,
        0.02,
        2,
        [
          150,
          150 * (1.02 + 0.48 * Math.SQRT1_2),
          150 * (1.02 + 0.48 * Math.SQRT1_2) * 1.26,
          150 * (1.02 + 0.48 * Math.SQRT1_2) * 1.26 * (1.02 + 0.24 * Math.SQRT1_2),
        ],
      ],
      [
        // gap 0.8 quarters every year: growth 0.84, 0.24, 0.09, 0.0525
        'half-life half a year',
        0.84,
        0.04,
        0.5,
        [184, 184 * 1.24, 184 * 1.24 * 1.09, 184 * 1.24 * 1.09 * 1.0525],
      ],
      [
        // growth below the long-run rate rises toward it: gap −0.04 halves: 0, 0.02, 0.03, 0.035
        'from below the long-run rate',
        0,
        0.04,
        1,
        [100, 102, 102 * 1.03, 102 * 1.03 * 1.035],
      ],
      [
        // no gap: a constant 3% a year
        'already at the long-run rate',
        0.03,
        0.03,
        4,
        [103, 106.09, 109.2727, 112.550881],
      ],
    ];
    it.each(cases)('%s', (_, g2031, terminal, halfLife, expected) => {
      const v = scenario({
        ...PATH,
        revGrowth2031: g2031,
        revGrowthTerminal: terminal,
        revGrowthHalfLife: halfLife,
      });
      const revenue = openaiRevenue(v, yearsThrough(2034));
      expect(revenue.slice(0, 6)).toEqual([12, 25, 41, 90, 150, 100].map((x) => x * B));
      expected.forEach((e, i) => expectRel(revenue[6 + i], e * B, 1e-12));
    });
  });

  it('reaches the long-run rate by 2045 whatever the half-life: the gap tapers away over the last ten years', () => {
    const v = scenario({ ...PATH, revGrowth2031: 1, revGrowthTerminal: 0.03, revGrowthHalfLife: 10 });
    const revenue = openaiRevenue(v, yearsThrough(2045));
    const growth = (year: number) => revenue[year - 2025]! / revenue[year - 2026]! - 1;
    // 2035 is before the taper: 0.03 + 0.97 × 0.5^(4/10); 2040 is halfway through it: × 5/10; 2045: the rate.
    expectRel(growth(2035), 0.03 + 0.97 * 0.5 ** 0.4, 1e-9);
    expectRel(growth(2040), 0.03 + 0.97 * 0.5 ** 0.9 * 0.5, 1e-9);
    expectRel(growth(2045), 0.03, 1e-9);
  });

  it('grows the latest reported year, whatever the years before it', () => {
    const a = openaiRevenue(
      scenario({ ...PATH, revGrowth2031: 0.1, revGrowthTerminal: 0.03 }),
      yearsThrough(2031),
    );
    const b = openaiRevenue(
      scenario({ ...PATH, rev2026: 5 * B, rev2029: 600 * B, revGrowth2031: 0.1, revGrowthTerminal: 0.03 }),
      yearsThrough(2031),
    );
    expectRel(a[6], 110 * B, 1e-12);
    expectRel(b[6], 110 * B, 1e-12);
  });
});
