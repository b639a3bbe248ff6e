import { describe, expect, it } from 'vitest';
import { project, type ScenarioValues } from '../../models/index.ts';
import { B, expectRel, scenario } from './support.ts';

/**
 * A scenario small enough to project by hand (money in $B below):
 * - revenue doubles from 10 to 320 in 2030: 10, 20, 40, 80, 160, 320;
 * - flat 20% revenue share, no cap: 2, 4, 8, 16, 32, 64;
 * - Microsoft pays OpenAI 10% of a flat 1 of Azure OpenAI revenue: 0.1 a year;
 * - gross margin 0.2 → 0.6 in 2029: 0.2, 0.3, 0.4, 0.5, 0.6, 0.6; training 25% of revenue; no contracts:
 *   compute = revenue × (1.25 − margin) = 10.5, 19, 34, 60, 104, 208;
 * - Azure has first call through 2027, then takes 20% (Stargate 80%): Azure 10.5, 19, 34, 12, 20.8, 41.6;
 * - other costs 10% of revenue, so operating cash flow = revenue × (margin − 0.55) + 0.1:
 *   −3.4, −4.9, −5.9, −3.9, 8.1, 16.1;
 * - hosting profit 50% of Azure: 5.25, 9.5, 17, 6, 10.4, 20.8;
 * - Microsoft's cash flow = share + hosting − 0.1: 7.15, 13.4, 24.9, 21.9, 42.3, 84.7;
 * - valuation: 500 in 2025 (multiple 50), then multiple 10 + 40 × 0.5^(y − 2025): 30, 20, 15, 12.5, 11.25,
 *   so 500, 600, 800, 1200, 2000, 3600; a 25% undiluted stake is worth 900 in 2030;
 * - invested 1 + 9 = 10; discount rate 10%.
 */
const HAND: Partial<ScenarioValues> = {
  horizonEnd: 2030,
  revMode: 'target',
  rev2025: 10 * B,
  revTarget: 320 * B,
  revTargetYear: 2030,
  shareShape: 'flat',
  shareStart: 0.2,
  shareLastYear: 2040,
  shareCapOn: false,
  agiClause: false,
  azureShareRate: 0.1,
  azureOpenAIRev2025: 1 * B,
  azureOpenAIGrowth: 0,
  computeMode: 'share',
  gmStart: 0.2,
  gmEnd: 0.6,
  gmEndYear: 2029,
  trainingShareStart: 0.25,
  trainingShareEnd: 0.25,
  opexShare: 0.1,
  azureCommit: 0,
  oracleValue: 0,
  coreweaveValue: 0,
  awsValue: 0,
  rofrEndYear: 2027,
  azureWeight: 0.2,
  stargateWeight: 0.8,
  googleWeight: 0,
  ownWeight: 0,
  decShare: 0,
  hostingMargin: 0.5,
  inv2019: 1 * B,
  inv2021: 0,
  inv2023: 9 * B,
  inv2024: 0,
  equityMode: 'stake',
  msftStake: 0.25,
  foundationStake: 0.2,
  dilution: 0,
  valuation2025: 500 * B,
  valuationAnchorYear: 2025,
  terminalMultiple: 10,
  multipleHalfLife: 1,
  discountRate: 0.1,
};

const expectSeries = (actual: readonly number[], expected: readonly number[], rel = 1e-9) => {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, i) => expectRel(actual[i], e * B, rel));
};

describe('project', () => {
  const p = project(scenario(HAND));

  it('projects every year from 2025 through the horizon', () => {
    expect(p.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
  });

  it('computes the hand-checked series', () => {
    expectSeries(p.series.openaiRevenue, [10, 20, 40, 80, 160, 320]);
    expectSeries(p.series.revenueSharePaid, [2, 4, 8, 16, 32, 64]);
    expectSeries(p.series.computeSpend, [10.5, 19, 34, 60, 104, 208]);
    expectSeries(p.series.azureRevenueFromOpenAI, [10.5, 19, 34, 12, 20.8, 41.6]);
    expectSeries(p.series.openaiOperatingCashFlow, [-3.4, -4.9, -5.9, -3.9, 8.1, 16.1]);
    expectSeries(p.series.msftHostingProfit, [5.25, 9.5, 17, 6, 10.4, 20.8]);
    expectSeries(p.series.msftShareToOpenAI, [0.1, 0.1, 0.1, 0.1, 0.1, 0.1]);
    expectSeries(p.series.msftCashFlow, [7.15, 13.4, 24.9, 21.9, 42.3, 84.7]);
    expectSeries(p.series.openaiValuation, [500, 600, 800, 1200, 2000, 3600]);
    expectSeries(p.series.msftStakeValue, [125, 150, 200, 300, 500, 900]);
    expectSeries(p.series.foundationStakeValue, [100, 120, 160, 240, 400, 720]); // 20% of the valuation
    expect(p.series.msftProfitShare).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('discounts cash flows and the stake at the horizon to 2025', () => {
    // 7.15 + 13.4/1.1 + 24.9/1.1² + 21.9/1.1³ + 42.3/1.1⁴ + (84.7 + 900)/1.1⁵ ≈ 696.68
    const npv = 7.15 + 13.4 / 1.1 + 24.9 / 1.21 + 21.9 / 1.331 + 42.3 / 1.4641 + (84.7 + 900) / 1.61051;
    expectRel(p.kpis.msftTotalValueNpv, npv * B);
    expectRel(p.kpis.msftTotalValueNpv, 696.68 * B, 1e-5);
    expect(p.kpis.msftInvested).toBe(10 * B);
    expectRel(p.kpis.msftMultipleOnInvestment, npv / 10); // ≈ 69.67×
    expectRel(p.kpis.msftStakeValueAtHorizon, 900 * B);
  });

  it('finds the break-even year and interpolates the break-even revenue', () => {
    expect(p.kpis.openaiBreakEvenYear).toBe(2029);
    // cash flow −3.9 in 2028, 8.1 in 2029: crosses zero 3.9 / 12 = 0.325 of the way: 80 + 0.325 × 80 = 106
    expectRel(p.kpis.openaiBreakEvenRevenue, 106 * B);
  });

  it('finds the first year the other providers out-pay Azure', () => {
    // 2028: Stargate 48 > Azure 12 (through 2027 Azure had all of it)
    expect(p.kpis.partnersExceedAzureYear).toBe(2028);
  });

  it('sums the "through 2030" figures over 2025–2030', () => {
    expectRel(p.kpis.revenueSharePaidThrough2030, 126 * B); // 2 + 4 + 8 + 16 + 32 + 64
    expectRel(p.kpis.revenueShareUncappedThrough2030, 126 * B);
    expect(p.kpis.revenueShareCapReachedYear).toBeNull();
    expectRel(p.kpis.computeSpendThrough2030, 435.5 * B); // 10.5 + 19 + 34 + 60 + 104 + 208
    expectRel(p.kpis.azureRevenueThrough2030, 137.9 * B); // 10.5 + 19 + 34 + 12 + 20.8 + 41.6
  });

  it('leaves out the years after 2030 from the "through 2030" figures', () => {
    const longer = project(scenario({ ...HAND, horizonEnd: 2033 }));
    expect(longer.years).toHaveLength(9);
    expect(longer.series.revenueSharePaid[6]).toBeGreaterThan(0); // 2031 is paid (last paid year 2040)
    expectRel(longer.kpis.revenueSharePaidThrough2030, 126 * B);
    expectRel(longer.kpis.computeSpendThrough2030, 435.5 * B);
    expectRel(longer.kpis.azureRevenueThrough2030, 137.9 * B);
  });

  it('reports a break-even in 2025 at 2025 revenue when the first year is already positive', () => {
    // margin 0.8 flat, no training, other costs 5%: compute = 0.2 × revenue, so
    // cash flow = revenue × (1 − 0.2 − 0.05 − 0.2) + 0.1 = 10 × 0.55 + 0.1 = 5.6 in 2025
    const early = project(
      scenario({
        ...HAND,
        gmStart: 0.8,
        gmEnd: 0.8,
        trainingShareStart: 0,
        trainingShareEnd: 0,
        opexShare: 0.05,
      }),
    );
    expectRel(early.series.openaiOperatingCashFlow[0], 5.6 * B);
    expect(early.kpis.openaiBreakEvenYear).toBe(2025);
    expectRel(early.kpis.openaiBreakEvenRevenue, 10 * B);
  });

  it('reports no break-even and no partner crossover when they never happen', () => {
    // other costs 50%: cash flow = revenue × (margin − 0.95) + 0.1 < 0 every year; Azure first call to 2045
    const never = project(scenario({ ...HAND, opexShare: 0.5, rofrEndYear: 2045 }));
    expect(never.kpis.openaiBreakEvenYear).toBeNull();
    expect(never.kpis.openaiBreakEvenRevenue).toBeNull();
    expect(never.kpis.partnersExceedAzureYear).toBeNull();
  });

  it('has no multiple on investment when nothing was invested', () => {
    const free = project(scenario({ ...HAND, inv2019: 0, inv2023: 0 }));
    expect(free.kpis.msftInvested).toBe(0);
    expect(free.kpis.msftMultipleOnInvestment).toBeNull();
  });

  it('pays the 2019 profit share instead of a stake in profit-share mode', () => {
    const legacy = project(
      scenario({
        ...HAND,
        equityMode: 'profitShare',
        legacyShareBefore: 0.75,
        legacyShareAfter: 0.49,
        legacyCapMultiple: 100,
      }),
    );
    // 2029: 8.1 × 0.75 = 6.075 (6.075 of 10 recouped)
    // 2030: 3.925 to recoup needs 3.925 / 0.75 = 5.2333 of profit; 3.925 + (16.1 − 5.2333) × 0.49 = 9.24967
    const recoup = 3.925 + (16.1 - 3.925 / 0.75) * 0.49;
    expectSeries(legacy.series.msftProfitShare, [0, 0, 0, 0, 6.075, recoup]);
    expect(legacy.series.msftStake).toEqual([0, 0, 0, 0, 0, 0]);
    expect(legacy.kpis.msftStakeValueAtHorizon).toBe(0);
    const npv =
      7.15 + 13.4 / 1.1 + 24.9 / 1.21 + 21.9 / 1.331 + (42.3 + 6.075) / 1.4641 + (84.7 + recoup) / 1.61051;
    expectRel(legacy.kpis.msftTotalValueNpv, npv * B);
  });

  it('is deterministic', () => {
    expect(project(scenario(HAND))).toEqual(p);
  });
});

describe('project, multiple on a vanishing investment', () => {
  it('is null rather than Infinity', () => {
    const p = project(scenario({ inv2019: 0, inv2021: 0, inv2023: 0, inv2024: 1e-300 }));
    expect(p.kpis.msftMultipleOnInvestment).toBeNull();
  });
});
