import { describe, expect, it } from 'vitest';
import { project, type ScenarioValues } from '../../models/index.ts';
import { B, expectRel, scenario } from './support.ts';

/**
 * A scenario small enough to project by hand (money in $B below):
 * - revenue doubles from 10 to 320 in 2030: 10, 20, 40, 80, 160, 320; then grows 3% a year (the long-run rate);
 * - flat 20% revenue share through 2030, no cap: 2, 4, 8, 16, 32, 64, then nothing;
 * - Azure OpenAI Service revenue a flat 1 through 2030 (Microsoft's rights end then); Microsoft keeps a 40%
 *   margin on it (0.4) and pays OpenAI 10% of it (0.1);
 * - gross margin 0.2 → 0.6 in 2029: 0.2, 0.3, 0.4, 0.5, 0.6, 0.6; training 25% of revenue every year; no
 *   contracts: compute = revenue × (1.25 − margin) = 10.5, 19, 34, 60, 104, 208, then 0.65 × revenue;
 * - Azure has first call through 2045, so it is paid all compute; Microsoft's hosting margin 50%;
 * - other costs 10% of revenue, so operating cash flow = revenue × (margin − 0.55) + 0.1:
 *   −3.4, −4.9, −5.9, −3.9, 8.1, 16.1; from 2031 0.25 × revenue (82.4 in 2031);
 * - tax 20% after losses carried forward (18.1 by 2028), each year offsetting at most 80% of income:
 *   2029 offsets 6.48, tax 0.324; 2030 offsets the remaining 11.62, tax 0.896; 2031 tax 16.48;
 * - no 2026 round: every loss is funded by new equity at the then value; discount rate 10%, cost of equity 13%.
 */
const HAND: Partial<ScenarioValues> = {
  horizonEnd: 2030,
  rev2025: 10 * B,
  rev2026: 20 * B,
  rev2027: 40 * B,
  rev2028: 80 * B,
  rev2029: 160 * B,
  rev2030: 320 * B,
  revGrowth2031: 0.03,
  revGrowthTerminal: 0.03,
  shareShape: 'flat',
  shareStart: 0.2,
  shareLastYear: 2030,
  shareCapOn: false,
  agiClause: false,
  azureShareRate: 0.1,
  azureOpenAIRev2025: 1 * B,
  azureOpenAIGrowth: 0,
  azureOpenAIMargin: 0.4,
  ipRightsEndYear: 2030,
  computeMode: 'share',
  gmStart: 0.2,
  gmEnd: 0.6,
  gmEndYear: 2029,
  trainingShareStart: 0.25,
  trainingSharePeak: 0.25,
  trainingShareEnd: 0.25,
  trainingShareLongRun: 0.25,
  opexShare: 0.1,
  azureCommit: 0,
  oracleValue: 0,
  coreweaveValue: 0,
  awsValue: 0,
  awsExpansionValue: 0,
  rofrEndYear: 2045,
  decShare: 0,
  hostingOpMargin: 0.5,
  inv2019: 1 * B,
  inv2021: 0,
  inv2023: 9 * B,
  inv2024: 0,
  equityMode: 'stake',
  msftStake: 0.25,
  foundationStake: 0.2,
  round2026Raised: 0,
  valuation2025: 500 * B,
  discountRate: 0.1,
  costOfEquity: 0.13,
  taxRate: 0.2,
};

const expectSeries = (actual: readonly number[], expected: readonly number[], rel = 1e-9) => {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, i) => expectRel(actual[i], e * B, rel));
};

// Free cash flow after tax, 2025–2031, and the equity's value by hand (in $B).
const FCF = [-3.4, -4.9, -5.9, -3.9, 8.1 - 0.324, 16.1 - 0.896];
const FCF_2031 = 82.4 * 0.8;
// From 2031 the free cash flow grows 3% a year forever: worth FCF_2031 / (13% − 3%) at the end of 2030.
const FUTURE_2030 = FCF_2031 / (0.13 - 0.03);
const FUTURE = [0, 0, 0, 0, 0, FUTURE_2030];
for (let i = 4; i >= 0; i--) FUTURE[i] = (FCF[i + 1]! + FUTURE[i + 1]!) / 1.13;

describe('project, by hand', () => {
  const p = project(scenario(HAND));

  it('projects every year from 2025 through the horizon', () => {
    expect(p.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
  });

  it('computes the operating series', () => {
    expectSeries(p.series.openaiRevenue, [10, 20, 40, 80, 160, 320]);
    expectSeries(p.series.revenueSharePaid, [2, 4, 8, 16, 32, 64]);
    expectSeries(p.series.computeSpend, [10.5, 19, 34, 60, 104, 208]);
    expectSeries(p.series.azureRevenueFromOpenAI, [10.5, 19, 34, 60, 104, 208]);
    expectSeries(p.series.idleCompute, [0, 0, 0, 0, 0, 0]);
    expectSeries(p.series.openaiOperatingCashFlow, [-3.4, -4.9, -5.9, -3.9, 8.1, 16.1]);
    expectSeries(p.series.openaiTax, [0, 0, 0, 0, 0.324, 0.896]);
    expectSeries(p.series.openaiFreeCashFlow, FCF);
    expectSeries(p.series.msftHostingProfit, [5.25, 9.5, 17, 30, 52, 104]);
    expectSeries(p.series.msftShareToOpenAI, [0.1, 0.1, 0.1, 0.1, 0.1, 0.1]);
    expectSeries(p.series.msftAzureOpenAIProfit, [0.4, 0.4, 0.4, 0.4, 0.4, 0.4]);
    // share + Azure OpenAI profit − share to OpenAI + hosting profit
    expectSeries(p.series.msftCashFlow, [7.55, 13.8, 25.3, 46.3, 84.3, 168.3]);
  });

  it('values the equity on its discounted free cash flow and funds every loss with new equity', () => {
    expectSeries(p.series.openaiValuation, FUTURE);
    expectSeries(p.series.fundingRaised, [3.4, 4.9, 5.9, 3.9, 0, 0]);
    expectSeries(p.series.openaiDistributions, [0, 0, 0, 0, FCF[4]!, FCF[5]!]);
    expectSeries(p.series.openaiCash, [0, 0, 0, 0, 0, 0]);
    // 2025's burn was funded before the stakes were set; each later raise dilutes by its share of the value.
    let keep = 1;
    const stakes = [0.25];
    for (let i = 1; i < 6; i++) {
      const raised = i <= 3 ? -FCF[i]! : 0;
      keep *= 1 - raised / FUTURE[i]!;
      stakes.push(0.25 * keep);
    }
    stakes.forEach((s, i) => expectRel(p.series.msftStake[i], s));
    p.years.forEach((_, i) => {
      expectRel(p.series.foundationStake[i], (stakes[i]! * 0.2) / 0.25);
      expectRel(
        p.series.msftStakeValue[i]! + p.series.foundationStakeValue[i]! + p.series.othersStakeValue[i]!,
        p.series.openaiValuation[i]!,
      );
    });
  });

  it('sums Microsoft’s ledger from present values in 2025 dollars, after tax', () => {
    const pv10 = (xs: number[]) => xs.reduce((t, x, i) => t + x / 1.1 ** i, 0);
    // Revenue share and Azure OpenAI stop after 2030, so they have no terminal value.
    const share = pv10([2, 4, 8, 16, 32, 64]);
    expectRel(p.ledger.microsoft.revenueShare, share * 0.8 * B);
    expectRel(p.ledger.microsoft.azureOpenAIMargin, pv10([0.4, 0.4, 0.4, 0.4, 0.4, 0.4]) * 0.8 * B);
    expectRel(p.ledger.microsoft.azureOpenAIShare, -pv10([0.1, 0.1, 0.1, 0.1, 0.1, 0.1]) * 0.8 * B);
    // Hosting: no contracts, so all of Azure's revenue is work it wins, at the 13% cost of equity; from 2031 it is
    // 0.65 × revenue, growing 3% a year: a perpetuity from 2031.
    const pv13 = (xs: number[]) => xs.reduce((t, x, i) => t + x / 1.13 ** i, 0);
    const hosting = pv13([10.5, 19, 34, 60, 104, 208]) + (0.65 * 329.6) / (0.13 - 0.03) / 1.13 ** 5;
    expectRel(p.ledger.microsoft.hosting, hosting * 0.5 * 0.8 * B);
    expect(p.ledger.microsoft.profitShare2019).toBe(0);
    // The stake: raises at the equity's own value move no value, so it is worth 25% of the 2025 value; the ledger
    // takes off the 20% tax on its gain over the $10B invested.
    const stake = 0.25 * FUTURE[0]!;
    expectRel(p.kpis.msftStakeValueNpv, stake * B);
    expectRel(p.ledger.microsoft.stake, (stake - 0.2 * (stake - 10)) * B);
    const m = p.ledger.microsoft;
    const total =
      m.stake + m.revenueShare + m.azureOpenAIMargin + m.azureOpenAIShare + m.profitShare2019 + m.hosting;
    expectRel(p.kpis.msftTotalValueNpv, total);
    expect(p.kpis.msftInvested).toBe(10 * B);
    // Hosting and Azure OpenAI are sales, not returns on the investment.
    expectRel(p.kpis.msftMultipleOnInvestment, (m.stake + m.revenueShare) / (10 * B));
  });

  it('shows the same transfers on both sides', () => {
    const pv10 = (xs: number[]) => xs.reduce((t, x, i) => t + x / 1.1 ** i, 0);
    expectRel(p.kpis.openaiRevenueSharePaidNpv, pv10([2, 4, 8, 16, 32, 64]) * B);
    expectRel(p.ledger.openai.revenueSharePaid, -p.kpis.openaiRevenueSharePaidNpv);
    const share = p.transfers.find((t) => t.id === 'revenueShare')!;
    expect(share).toMatchObject({ from: 'openai', to: 'microsoft' });
    expectRel(share.nominalShown, 126 * B);
    expectRel(share.presentValue, p.kpis.openaiRevenueSharePaidNpv);
    expectRel(p.ledger.microsoft.revenueShare, share.presentValue * 0.8);
    const aoai = p.transfers.find((t) => t.id === 'azureOpenAIShare')!;
    expect(aoai).toMatchObject({ from: 'microsoft', to: 'openai' });
    expectRel(aoai.presentValue, p.ledger.openai.azureOpenAIShareReceived);
    expectRel(p.ledger.microsoft.azureOpenAIShare, -aoai.presentValue * 0.8);
    expect(p.ledger.openai.msftInvestmentReceived).toBe(10 * B);
    expect(p.ledger.openai.capSavingThrough2030).toBe(0);
    // Raised from 2026 until the first positive year (2029): 4.9 + 5.9 + 3.9.
    expectRel(p.ledger.openai.cashToRaiseUntilBreakEven, 14.7 * B);
  });

  it('marks the stake to the last priced round', () => {
    expectRel(p.kpis.msftStakeValueAtMark, 0.25 * 500 * B);
    expect(p.kpis.msftStakeMarkYear).toBe(2025);
    const round = project(scenario({ ...HAND, round2026Raised: 100 * B, valuation2026: 800 * B }));
    expectRel(round.kpis.msftStakeValueAtMark, 0.25 * (1 - 100 / 800) * 800 * B);
    expect(round.kpis.msftStakeMarkYear).toBe(2026);
  });

  it('finds the break-even year and interpolates the break-even revenue', () => {
    expect(p.kpis.openaiBreakEvenYear).toBe(2029);
    // cash flow −3.9 in 2028, 8.1 in 2029: crosses zero 3.9 / 12 = 0.325 of the way: 80 + 0.325 × 80 = 106
    expectRel(p.kpis.openaiBreakEvenRevenue, 106 * B);
  });

  it('sums the "through 2030" figures over 2025–2030', () => {
    expectRel(p.kpis.revenueSharePaidThrough2030, 126 * B);
    expectRel(p.kpis.revenueShareUncappedThrough2030, 126 * B);
    expect(p.kpis.revenueShareCapReachedYear).toBeNull();
    expectRel(p.kpis.computeSpendThrough2030, 435.5 * B); // 10.5 + 19 + 34 + 60 + 104 + 208
    expectRel(p.kpis.azureRevenueThrough2030, 435.5 * B);
    expect(p.kpis.partnersExceedAzureYear).toBeNull();
  });

  it('moves no total when the horizon moves', () => {
    for (const horizonEnd of [2031, 2035, 2040]) {
      const q = project(scenario({ ...HAND, horizonEnd }));
      expect(q.years).toHaveLength(horizonEnd - 2024);
      expectRel(q.kpis.msftTotalValueNpv, p.kpis.msftTotalValueNpv);
      expect(q.ledger.microsoft.revenueShare).toBe(p.ledger.microsoft.revenueShare);
      expectRel(q.ledger.microsoft.stake, p.ledger.microsoft.stake);
    }
  });

  it('pays the 2019 profit share out of free cash flow instead of a stake in profit-share mode', () => {
    const legacy = project(
      scenario({
        ...HAND,
        equityMode: 'profitShare',
        legacyShareBefore: 0.75,
        legacyShareAfter: 0.49,
        legacyCapMultiple: 100,
      }),
    );
    // 2029: 7.776 × 0.75 = 5.832; 2030: 4.168 left to recoup needs 5.5573 of profit, the rest at 49%.
    const f29 = FCF[4]!;
    const f30 = FCF[5]!;
    const first = f29 * 0.75;
    const toRecoup = 10 - first;
    const second = toRecoup + (f30 - toRecoup / 0.75) * 0.49;
    expectSeries(legacy.series.msftProfitShare, [0, 0, 0, 0, first, second]);
    expect(legacy.series.msftStake).toEqual([0, 0, 0, 0, 0, 0]);
    expect(legacy.kpis.msftStakeValueAtMark).toBeNull();
    expect(legacy.ledger.microsoft.stake).toBe(0);
    expect(legacy.ledger.microsoft.profitShare2019).toBeGreaterThan(0);
    // Capped at 100× the $10B invested, so never above $1,000B even before discounting.
    expect(legacy.ledger.microsoft.profitShare2019).toBeLessThanOrEqual(1000 * B);
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
