import { describe, expect, it } from 'vitest';
import { equity, legacyProfitShare, stakeMark } from '../../models/engine/equity.ts';
import { openaiCashFlows } from '../../models/engine/openaiCash.ts';
import { linearBetween, presentValue, sumThrough } from '../../models/engine/paths.ts';
import { project, type ScenarioValues } from '../../models/index.ts';
import { B, expectRel, scenario, yearsThrough } from './support.ts';

const inB = (xs: readonly number[]) => xs.map((x) => x * B);

/** Asserts a series element by element, `expected` in $B. */
const expectSeries = (actual: readonly number[], expected: readonly number[], rel = 1e-12) => {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, i) => expectRel(actual[i], e * B, rel));
};

/** Equity with no 2026 round, cost of equity 10%, no long-run growth: a flow F forever is worth F / 0.1. */
const plain = (changes: Partial<ScenarioValues> = {}) =>
  scenario({
    equityMode: 'stake',
    msftStake: 0.27,
    foundationStake: 0.26,
    round2026Raised: 0,
    costOfEquity: 0.1,
    revGrowthTerminal: 0,
    ...changes,
  });

describe('presentValue', () => {
  // Flows at year end, the first year undiscounted; the terminal value is the last flow growing forever.
  it('discounts year i by (1 + rate)^i and adds the last flow as a perpetuity', () => {
    // 100 + 110 / 1.1 + 121 / 1.21 = 300; terminal 121 / 0.1 = 1210, discounted by 1.21: 1000
    const pv = presentValue(inB([100, 110, 121]), 0.1, 0, 0);
    expectRel(pv.total, 1300 * B, 1e-12);
    expectRel(pv.afterSplit, 1200 * B, 1e-12); // after the first year: 100 + 1000
  });

  it('grows the terminal value at the long-run rate: a flow growing at g is worth F(1 + g) / (r − g) a year on', () => {
    // 10 + (10 + 10 × 1.05 / 0.05) / 1.1 = 10 + 220 / 1.1 = 210
    expectRel(presentValue(inB([10, 10]), 0.1, 0.05, 1).total, 210 * B, 1e-12);
    // a flow already growing at 5%: 10 + (10.5 + 10.5 × 1.05 / 0.05) / 1.1 = 10 + 231 / 1.1 = 10 + 10.5 / 0.05 = 220
    expectRel(presentValue(inB([10, 10.5]), 0.1, 0.05, 1).total, 220 * B, 1e-12);
  });

  // [split, after the split in $B] for 100, 110, 121 at 10% with no growth
  const splits: [number, number][] = [
    [0, 1200],
    [1, 1100],
    [2, 1000], // only the terminal value lies beyond the last year
  ];
  it.each(splits)('splits after index %i: %d', (split, after) => {
    const pv = presentValue(inB([100, 110, 121]), 0.1, 0, split);
    expectRel(pv.afterSplit, after * B, 1e-12);
    expectRel(pv.total, 1300 * B, 1e-12);
  });

  it('bounds the terminal value by its cap', () => {
    // terminal min(1210, 50) = 50, discounted by 1.21
    const pv = presentValue(inB([100, 110, 121]), 0.1, 0, 2, 50 * B);
    expectRel(pv.total, (300 + 50 / 1.21) * B, 1e-12);
    expectRel(pv.afterSplit, (50 / 1.21) * B, 1e-12);
  });

  it('keeps a negative flow negative', () => {
    // −10 − 10 / 1.1 − (10 / 0.1) / 1.1 = −110
    expectRel(presentValue(inB([-10, -10]), 0.1, 0, 1).total, -110 * B, 1e-12);
  });
});

describe('linearBetween and sumThrough', () => {
  const cases: [number, number][] = [
    [2024, 0.2],
    [2025, 0.2],
    [2027, 0.4],
    [2030, 0.7],
    [2031, 0.7],
  ];
  it.each(cases)('0.2 in 2025 → 0.7 in 2030, at %i: %d', (year, expected) => {
    expectRel(linearBetween(year, 2025, 0.2, 2030, 0.7), expected, 1e-12);
  });

  it('steps right after the first year when the years are out of order', () => {
    expect(linearBetween(2028, 2028, 1, 2026, 5)).toBe(1);
    expect(linearBetween(2029, 2028, 1, 2026, 5)).toBe(5);
  });

  it('sums through a year, inclusive', () => {
    expect(sumThrough([2025, 2026, 2027], [1, 2, 4], 2026)).toBe(3);
    expect(sumThrough([2025, 2026, 2027], [1, 2, 4], 2024)).toBe(0);
    expect(sumThrough([2025, 2026, 2027], [1, 2, 4], 2040)).toBe(7);
  });
});

describe('openaiCashFlows', () => {
  it('carries losses forward, offsetting at most 80% of a year’s income', () => {
    const v = scenario({ taxRate: 0.2 });
    const cf = openaiCashFlows(v, inB([-10, -5, 10, 20, 30]));
    // losses 10, then 15; 2027 offsets min(15, 8) = 8: tax (10 − 8) × 0.2 = 0.4, 7 left;
    // 2028 offsets min(7, 16) = 7: tax 13 × 0.2 = 2.6; 2029 nothing left: tax 6
    expectSeries(cf.tax, [0, 0, 0.4, 2.6, 6]);
    expectSeries(cf.freeCashFlow, [-10, -5, 9.6, 17.4, 24]);
    expectRel(cf.terminalFreeCashFlow, 24 * B, 1e-12);
  });

  it('taxes the terminal flow in full even while losses remain to offset', () => {
    const cf = openaiCashFlows(scenario({ taxRate: 0.2 }), inB([-100, 10]));
    // 2026 offsets 8 of its 10: tax 0.4; the steady-state flow pays the full 20%: 8
    expectSeries(cf.tax, [0, 0.4]);
    expectRel(cf.terminalFreeCashFlow, 8 * B, 1e-12);
  });

  // [tax rate, operating cash flow in $B, tax, terminal free cash flow]
  const cases: [number, number[], number[], number][] = [
    [0.21, [-3, -1], [0, 0], -1], // losses only: no tax; a negative terminal flow is untaxed
    [0.21, [0, 0], [0, 0], 0],
    [0, [-5, 10], [0, 0], 10], // no tax at all
    [0.21, [50, 50], [10.5, 10.5], 39.5], // profitable from the start
  ];
  it.each(cases)('tax rate %d on %j: tax %j', (rate, ocf, tax, terminal) => {
    const cf = openaiCashFlows(scenario({ taxRate: rate }), inB(ocf));
    expectSeries(cf.tax, tax);
    expectSeries(
      cf.freeCashFlow,
      ocf.map((x, i) => x - tax[i]!),
    );
    expectRel(cf.terminalFreeCashFlow, terminal * B, 1e-12);
  });
});

describe('equity', () => {
  it('values a flow growing at g forever at F(1 + g) / (ke − g), paying it all out', () => {
    const v = plain({ costOfEquity: 0.12, revGrowthTerminal: 0.02 });
    // 10, 10.2, 10.404: worth 10.2 / 0.1 = 102 at the end of 2025, then 104.04, 106.1208
    const e = equity(v, yearsThrough(2027), inB([10, 10.2, 10.404]));
    expectSeries(e.value, [102, 104.04, 106.1208]);
    expectSeries(e.distributions, [10, 10.2, 10.404]);
    expectSeries(e.cash, [0, 0, 0]);
    expectSeries(e.raised, [0, 0, 0]);
    expect(e.msftStake).toEqual([0.27, 0.27, 0.27]);
    expect(e.foundationStake).toEqual([0.26, 0.26, 0.26]);
  });

  it('takes an explicit terminal value in place of the perpetuity', () => {
    // no flows: 500 at the end of 2027, discounted a year at a time at 10%
    const e = equity(plain(), yearsThrough(2027), [0, 0, 0], 500 * B);
    expectSeries(e.value, [500 / 1.21, 500 / 1.1, 500]);
    expectSeries(e.distributions, [0, 0, 0]);
  });

  it('dilutes by the Mar 2026 round (122 / 852) and keeps its cash to fund later losses', () => {
    const v = plain({ round2026Raised: 122 * B, valuation2026: 852 * B });
    // terminal 40 / 0.1 = 400; future flows: 2028 400, 2027 (40 + 400) / 1.1 = 400, 2026 370 / 1.1, 2025
    const future2026 = 370 / 1.1;
    const future2025 = (future2026 - 20) / 1.1;
    const e = equity(v, yearsThrough(2028), inB([-5, -20, -30, 40]));
    // 2025: the burn is funded before the stakes were set (no dilution); 2026: 122 − 20 = 102 in cash;
    // 2027: 72; 2028: positive, everything paid out
    expectSeries(e.raised, [5, 122, 0, 0]);
    expectSeries(e.cash, [0, 102, 72, 0]);
    expectSeries(e.distributions, [0, 0, 0, 112]);
    expectSeries(e.value, [future2025, 102 + future2026, 472, 400]);
    const keep = 1 - 122 / 852; // 730 / 852
    expectRel(e.msftStake[0], 0.27, 1e-15);
    [1, 2, 3].forEach((i) => {
      expectRel(e.msftStake[i], 0.27 * keep, 1e-12); // ≈ 0.231338
      expectRel(e.foundationStake[i], 0.26 * keep, 1e-12);
    });
    expectRel(e.msftStake[1], 0.2313380282, 1e-9);
  });

  it('raises only when cash would go negative, diluting by the raise’s share of the post-money value', () => {
    // terminal 20 / 0.1 = 200; future: 2027 200, 2026 (20 + 200) / 1.1 = 200, 2025 (−10 + 200) / 1.1
    const e = equity(plain(), yearsThrough(2027), inB([-5, -10, 20]));
    expectSeries(e.raised, [5, 10, 0]);
    expectSeries(e.value, [190 / 1.1, 200, 200]);
    expectSeries(e.cash, [0, 0, 0]);
    expectSeries(e.distributions, [0, 0, 20]);
    // 2026 raises 10 of a post-money 200: holders keep 95%
    expect(e.msftStake.map((s) => Number(s.toFixed(12)))).toEqual([0.27, 0.2565, 0.2565]);
    expect(e.foundationStake.map((s) => Number(s.toFixed(12)))).toEqual([0.26, 0.247, 0.247]);
  });

  it('keeps back what later losses need and pays out the rest, raising nothing', () => {
    // reserve: 2027 needs 3, 2026 needs 4 + 3 = 7, so 2025 keeps 7 of its 10
    const e = equity(plain(), yearsThrough(2028), inB([10, -4, -3, 20]));
    expectSeries(e.distributions, [3, 0, 0, 20]);
    expectSeries(e.cash, [7, 3, 0, 0]);
    expectSeries(e.raised, [0, 0, 0, 0]);
    // future: 2028 200, 2027 200, 2026 197 / 1.1, 2025 (−4 + 197 / 1.1) / 1.1; value = cash + future
    expectSeries(e.value, [7 + (-4 + 197 / 1.1) / 1.1, 3 + 197 / 1.1, 200, 200]);
    expect(e.msftStake).toEqual([0.27, 0.27, 0.27, 0.27]);
  });

  it('dilutes by both the round and a raise in 2026 when the round does not cover the year', () => {
    const v = plain({ round2026Raised: 122 * B, valuation2026: 852 * B });
    // 2026: −150 + 122 = −28 raised at a post-money 560 (the explicit terminal value): keep 95% of 730 / 852
    const e = equity(v, yearsThrough(2026), inB([0, -150]), 560 * B);
    expectSeries(e.raised, [0, 150]);
    expectSeries(e.value, [410 / 1.1, 560]);
    expectRel(e.msftStake[1], 0.27 * (730 / 852) * 0.95, 1e-12);
    expectRel(e.foundationStake[1], 0.26 * (730 / 852) * 0.95, 1e-12);
  });

  it('floors the value at zero and hands a worthless company to whoever funds it', () => {
    // −10 forever is worth −100: value 0; the 2026 raise buys everything
    const e = equity(plain(), yearsThrough(2027), inB([-10, -10, -10]));
    expect(e.value).toEqual([0, 0, 0]);
    expectSeries(e.raised, [10, 10, 10]);
    expect(e.msftStake).toEqual([0.27, 0, 0]);
    expect(e.foundationStake).toEqual([0.26, 0, 0]);
  });

  it('holds no stake under the 2019 profit share, while the Foundation is still diluted', () => {
    const e = equity(plain({ equityMode: 'profitShare' }), yearsThrough(2027), inB([-5, -10, 20]));
    expect(e.msftStake).toEqual([0, 0, 0]);
    expectRel(e.foundationStake[2], 0.247, 1e-12);
  });
});

describe('stakeMark', () => {
  // [case, changes, year, valuation $B, stake]
  const cases: [string, Partial<ScenarioValues>, number, number, number][] = [
    ['the Mar 2026 round', {}, 2026, 852, (0.27 * 730) / 852],
    ['a smaller round', { round2026Raised: 100 * B, valuation2026: 1000 * B }, 2026, 1000, 0.27 * 0.9],
    ['no 2026 round', { round2026Raised: 0, valuation2025: 500 * B }, 2025, 500, 0.27],
    ['the 2019 profit share', { equityMode: 'profitShare' }, 2026, 852, 0],
    ['30% and no round', { msftStake: 0.3, round2026Raised: 0 }, 2025, 500, 0.3],
  ];
  it.each(cases)('%s', (_, changes, year, valuation, stake) => {
    const mark = stakeMark(scenario({ msftStake: 0.27, ...changes }));
    expect(mark.year).toBe(year);
    expectRel(mark.valuation, valuation * B, 1e-15);
    expectRel(mark.stake, stake, 1e-12);
  });
});

describe('project: the Mar 2026 round', () => {
  // Under the Apr 2026 terms the round's cash funds every later loss, so it is the only dilution.
  const p = project(scenario());
  const after = (0.27 * 730) / 852; // ≈ 0.2313

  it('dilutes the 27% stake by 122 / 852 and nothing after', () => {
    expectRel(p.series.msftStake[0], 0.27, 1e-15);
    for (let i = 1; i < p.years.length; i++) expectRel(p.series.msftStake[i], after, 1e-12);
    expectRel(p.series.fundingRaised[1], 122 * B, 1e-12);
    for (let i = 2; i < p.years.length; i++) expect(p.series.fundingRaised[i]).toBe(0);
  });

  it('marks the stake at the round: 0.27 × 730 / 852 × $852B = $197.1B', () => {
    expectRel(p.kpis.msftStakeValueAtMark, 197.1 * B, 1e-12);
    expect(p.kpis.msftStakeMarkYear).toBe(2026);
  });

  it('values each stake at its diluted share of the projected equity value', () => {
    p.years.forEach((_, i) => {
      expectRel(p.series.msftStakeValue[i], p.series.msftStake[i]! * p.series.openaiValuation[i]!, 1e-12);
      expectRel(
        p.series.foundationStakeValue[i],
        p.series.foundationStake[i]! * p.series.openaiValuation[i]!,
        1e-12,
      );
    });
  });

  it('holds no stake under the 2019 profit share', () => {
    const legacy = project(scenario({ equityMode: 'profitShare' }));
    expect(legacy.series.msftStake.every((x) => x === 0)).toBe(true);
    expect(legacy.series.msftStakeValue.every((x) => x === 0)).toBe(true);
    expect(legacy.kpis.msftStakeValueAtMark).toBeNull();
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
