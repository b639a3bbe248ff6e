import { describe, expect, it } from 'vitest';
import { legacyProfitShare, valuation } from '../../models/engine/equity.ts';
import { project } from '../../models/index.ts';
import { B, expectRel, scenario, yearsThrough } from './support.ts';

describe('valuation', () => {
  const years = yearsThrough(2029);
  const revenue = [10, 20, 40, 80, 160].map((x) => x * B);

  it('uses the 2025 and 2026 valuations when the anchor year is 2026, then a converging multiple', () => {
    const v = scenario({
      valuation2025: 500 * B,
      valuation2026: 600 * B,
      valuationAnchorYear: 2026,
      terminalMultiple: 6,
      multipleHalfLife: 2,
    });
    const val = valuation(v, years, revenue);
    expect(val[0]).toBe(500 * B);
    expect(val[1]).toBe(600 * B);
    // 2026 multiple 600 / 20 = 30; multiple(y) = 6 + (30 − 6) × 0.5^((y − 2026) / 2)
    expectRel(val[2], 40 * B * (6 + 24 * 0.5 ** 0.5), 1e-12); // 40 × 22.9706 ≈ 918.8e9
    expectRel(val[3], 80 * B * 18, 1e-12); // 80 × (6 + 24 × 0.5) = 1440e9
    expectRel(val[4], 160 * B * (6 + 24 * 0.5 ** 1.5), 1e-12); // 160 × 14.4853 ≈ 2317.6e9
  });

  it('ignores the 2026 valuation when the anchor year is 2025', () => {
    const v = scenario({
      valuation2025: 500 * B,
      valuation2026: 1500 * B,
      valuationAnchorYear: 2025,
      terminalMultiple: 10,
      multipleHalfLife: 1,
    });
    const val = valuation(v, years, revenue);
    // 2025 multiple 500 / 10 = 50; multiple(y) = 10 + 40 × 0.5^(y − 2025): 30, 20, 15, 12.5
    expect(val[0]).toBe(500 * B);
    expectRel(val[1], 20 * 30 * B, 1e-12); // 600e9
    expectRel(val[2], 40 * 20 * B, 1e-12); // 800e9
    expectRel(val[3], 80 * 15 * B, 1e-12); // 1200e9
    expectRel(val[4], 160 * 12.5 * B, 1e-12); // 2000e9
  });
});

describe('project: dilution of the stakes', () => {
  const p = project(scenario({ msftStake: 0.27, foundationStake: 0.26, dilution: 0.03 }));
  const cases: [number, number][] = [
    [2025, 0.27], // no dilution in the first year
    [2026, 0.2619], // 0.27 × 0.97
    [2027, 0.254043], // 0.27 × 0.97²
    [2030, 0.27 * 0.8587340257], // 0.27 × 0.97⁵
  ];
  it.each(cases)('Microsoft holds %i: %d', (year, expected) => {
    expectRel(p.series.msftStake[year - 2025], expected, 1e-12);
  });

  it('values each stake at the diluted share of the valuation', () => {
    // 2026: Microsoft 0.2619 and the Foundation 0.26 × 0.97 = 0.2522 of the $852B valuation.
    expectRel(p.series.msftStakeValue[1], 0.2619 * 852 * B, 1e-12);
    expectRel(p.series.foundationStakeValue[1], 0.2522 * 852 * B, 1e-12);
  });

  it('holds no stake under the 2019 profit share', () => {
    const legacy = project(scenario({ equityMode: 'profitShare' }));
    expect(legacy.series.msftStake.every((x) => x === 0)).toBe(true);
    expect(legacy.series.msftStakeValue.every((x) => x === 0)).toBe(true);
  });
});

describe('legacyProfitShare', () => {
  const v = scenario({ legacyShareBefore: 0.75, legacyShareAfter: 0.49, legacyCapMultiple: 100 });

  it('takes 75% until recouped, splits the recoup year, then 49% up to the cap', () => {
    // invested 10e9, cap 100 × 10e9 = 1000e9
    const profit = [-5, 4, 8, 20, 2000, 2000, 500].map((x) => x * B);
    const paid = legacyProfitShare(v, 10 * B, profit);
    // 2025: loss → 0
    // 2026: 4 × 0.75 = 3 (received 3)
    // 2027: 8 × 0.75 = 6 ≤ 7 still to recoup (received 9)
    // 2028: 1 to recoup needs 1 / 0.75 = 4/3 of profit; pay 1 + (20 − 4/3) × 0.49 = 10.146667 (received 19.146667)
    // 2029: 2000 × 0.49 = 980 (received 999.146667)
    // 2030: 980 would pass the cap: 1000 − 999.146667 = 0.853333
    // 2031: cap reached → 0
    const recoupYear = 1 + (20 - 4 / 3) * 0.49;
    const expected = [0, 3, 6, recoupYear, 980, 1000 - 9 - recoupYear - 980, 0].map((x) => x * B);
    expected.forEach((e, i) => expectRel(paid[i], e, 1e-12));
    expectRel(
      paid.reduce((a, b) => a + b, 0),
      1000 * B,
      1e-12,
    );
  });

  it('stops at a low cap multiple', () => {
    const low = scenario({ legacyShareBefore: 0.75, legacyShareAfter: 0.49, legacyCapMultiple: 2 });
    // invested 1e9, cap 2e9: 10 × 0.75 = 7.5 > 1 to recoup → 1 + (10 − 4/3) × 0.49 = 5.2467 > 2 → capped at 2
    const paid = legacyProfitShare(low, 1 * B, [10 * B, 10 * B]);
    expectRel(paid[0], 2 * B, 1e-12);
    expect(paid[1]).toBe(0);
  });

  it('pays nothing in loss years and nothing for an investment of zero', () => {
    expect(legacyProfitShare(v, 10 * B, [-1 * B, 0, -3 * B])).toEqual([0, 0, 0]);
    // cap = 100 × 0 = 0
    expect(legacyProfitShare(v, 0, [5 * B, 5 * B])).toEqual([0, 0]);
  });
});
