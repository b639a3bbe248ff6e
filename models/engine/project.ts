import type { ScenarioValues } from '../schema/scenario.ts';
import { compute, type ComputeSeries, type ProviderId } from './compute.ts';
import { legacyProfitShare, valuation } from './equity.ts';
import { FIRST_YEAR, sumThrough, THROUGH_YEAR, zeros } from './paths.ts';
import { openaiRevenue } from './revenue.ts';
import { revenueShare } from './revenueShare.ts';

/** Year-by-year series, each aligned with `years`. Money in US dollars, rates as fractions. */
export interface ProjectionSeries {
  openaiRevenue: number[];
  revenueShareRate: number[];
  revenueSharePaid: number[];
  revenueShareUncapped: number[];
  computeSpend: number[];
  computeByProvider: Record<ProviderId, number[]>;
  inferenceCompute: number[];
  trainingCompute: number[];
  decentralizedSaving: number[];
  contractShortfall: number[];
  openaiGrossMargin: number[];
  openaiOtherCosts: number[];
  openaiOperatingCashFlow: number[];
  azureRevenueFromOpenAI: number[];
  msftHostingProfit: number[];
  azureOpenAIRevenue: number[];
  msftShareToOpenAI: number[];
  msftProfitShare: number[];
  msftCashFlow: number[];
  openaiValuation: number[];
  msftStake: number[];
  msftStakeValue: number[];
  foundationStakeValue: number[];
}

export interface ProjectionKpis {
  revenueSharePaidThrough2030: number;
  revenueShareUncappedThrough2030: number;
  revenueShareCapReachedYear: number | null;
  computeSpendThrough2030: number;
  azureRevenueThrough2030: number;
  /** Present value in 2025 of revenue share + hosting profit + profit share − share paid back + stake at horizon. */
  msftTotalValueNpv: number;
  msftInvested: number;
  /** msftTotalValueNpv ÷ msftInvested; null when nothing was invested. */
  msftMultipleOnInvestment: number | null;
  /** First year OpenAI's operating cash flow is positive; null if never within the horizon. */
  openaiBreakEvenYear: number | null;
  /** Revenue at which operating cash flow crosses zero, interpolated between years; null if never. */
  openaiBreakEvenRevenue: number | null;
  /** First year OpenAI pays the other providers together more than Azure; null if never. */
  partnersExceedAzureYear: number | null;
  msftStakeValueAtHorizon: number;
}

export interface Projection {
  years: number[];
  series: ProjectionSeries;
  kpis: ProjectionKpis;
}

/**
 * Projects a scenario year by year. Pure and deterministic: the same values always give the same projection.
 * The values must be valid (decode links with `decodeScenario`); nothing is parsed here, to keep it fast.
 */
export function project(v: ScenarioValues): Projection {
  const n = v.horizonEnd - FIRST_YEAR + 1;
  // The cumulative compute target may end after the horizon: revenue and compute are computed through it so the
  // horizon never changes earlier years, then cut back to the horizon.
  const modelled = Math.max(v.horizonEnd, v.computeTargetYear) - FIRST_YEAR + 1;
  const years: number[] = [];
  for (let i = 0; i < modelled; i++) years.push(FIRST_YEAR + i);

  const revenue = openaiRevenue(v, years);
  const c = compute(v, years, revenue);
  if (modelled > n) {
    years.length = n;
    revenue.length = n;
    truncateCompute(c, n);
  }
  const share = revenueShare(v, years, revenue);
  const invested = v.inv2019 + v.inv2021 + v.inv2023 + v.inv2024;

  const otherCosts: number[] = [];
  const ocf: number[] = [];
  const azureOpenAIRevenue: number[] = [];
  const shareToOpenAI: number[] = [];
  const hostingProfit: number[] = [];
  const msftStake: number[] = [];
  const msftStakeValue: number[] = [];
  const foundationStakeValue: number[] = [];
  const valuations = valuation(v, years, revenue);
  const holdsStake = v.equityMode === 'stake';

  // Growth and dilution compound yearly from 2025: running products instead of a power per year.
  let azureGrowth = 1;
  let undiluted = 1;
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      azureGrowth *= 1 + v.azureOpenAIGrowth;
      undiluted *= 1 - v.dilution;
    }
    azureOpenAIRevenue[i] = v.azureOpenAIRev2025 * azureGrowth;
    shareToOpenAI[i] = azureOpenAIRevenue[i]! * v.azureShareRate;
    otherCosts[i] = revenue[i]! * v.opexShare;
    ocf[i] = revenue[i]! - c.total[i]! - otherCosts[i]! - share.paid[i]! + shareToOpenAI[i]!;
    hostingProfit[i] = c.byProvider.azure[i]! * v.hostingMargin;
    msftStake[i] = holdsStake ? v.msftStake * undiluted : 0;
    msftStakeValue[i] = msftStake[i]! * valuations[i]!;
    foundationStakeValue[i] = v.foundationStake * undiluted * valuations[i]!;
  }

  const profitShare = holdsStake ? zeros(n) : legacyProfitShare(v, invested, ocf);
  const msftCashFlow: number[] = [];
  let npv = 0;
  let discount = 1;
  for (let i = 0; i < n; i++) {
    msftCashFlow[i] = share.paid[i]! + hostingProfit[i]! + profitShare[i]! - shareToOpenAI[i]!;
    npv += msftCashFlow[i]! * discount;
    if (i === n - 1) npv += msftStakeValue[i]! * discount;
    discount /= 1 + v.discountRate;
  }

  return {
    years,
    series: {
      openaiRevenue: revenue,
      revenueShareRate: share.rate,
      revenueSharePaid: share.paid,
      revenueShareUncapped: share.uncapped,
      computeSpend: c.total,
      computeByProvider: c.byProvider,
      inferenceCompute: c.inference,
      trainingCompute: c.training,
      decentralizedSaving: c.decentralizedSaving,
      contractShortfall: c.contractShortfall,
      openaiGrossMargin: c.grossMargin,
      openaiOtherCosts: otherCosts,
      openaiOperatingCashFlow: ocf,
      azureRevenueFromOpenAI: c.byProvider.azure,
      msftHostingProfit: hostingProfit,
      azureOpenAIRevenue,
      msftShareToOpenAI: shareToOpenAI,
      msftProfitShare: profitShare,
      msftCashFlow,
      openaiValuation: valuations,
      msftStake,
      msftStakeValue,
      foundationStakeValue,
    },
    kpis: {
      revenueSharePaidThrough2030: sumThrough(years, share.paid, THROUGH_YEAR),
      revenueShareUncappedThrough2030: sumThrough(years, share.uncapped, THROUGH_YEAR),
      revenueShareCapReachedYear: share.capReachedYear,
      computeSpendThrough2030: sumThrough(years, c.total, THROUGH_YEAR),
      azureRevenueThrough2030: sumThrough(years, c.byProvider.azure, THROUGH_YEAR),
      msftTotalValueNpv: npv,
      msftInvested: invested,
      msftMultipleOnInvestment: invested > 0 && Number.isFinite(npv / invested) ? npv / invested : null,
      ...breakEven(years, revenue, ocf),
      partnersExceedAzureYear: partnersExceedAzure(years, c.byProvider),
      msftStakeValueAtHorizon: msftStakeValue[n - 1]!,
    },
  };
}

function truncateCompute(c: ComputeSeries, n: number): void {
  for (const series of [
    c.grossMargin,
    c.inference,
    c.training,
    c.decentralizedSaving,
    c.total,
    c.contractShortfall,
  ]) {
    series.length = n;
  }
  for (const series of Object.values(c.byProvider)) series.length = n;
}

function breakEven(
  years: readonly number[],
  revenue: readonly number[],
  ocf: readonly number[],
): { openaiBreakEvenYear: number | null; openaiBreakEvenRevenue: number | null } {
  for (let i = 0; i < years.length; i++) {
    if (ocf[i]! <= 0) continue;
    if (i === 0) return { openaiBreakEvenYear: years[0]!, openaiBreakEvenRevenue: revenue[0]! };
    // Linear interpolation of the zero crossing between the last negative year and this one.
    const f = -ocf[i - 1]! / (ocf[i]! - ocf[i - 1]!);
    return {
      openaiBreakEvenYear: years[i]!,
      openaiBreakEvenRevenue: revenue[i - 1]! + f * (revenue[i]! - revenue[i - 1]!),
    };
  }
  return { openaiBreakEvenYear: null, openaiBreakEvenRevenue: null };
}

function partnersExceedAzure(years: readonly number[], p: Record<ProviderId, number[]>): number | null {
  for (let i = 0; i < years.length; i++) {
    const others =
      p.oracle[i]! +
      p.stargate[i]! +
      p.coreweave[i]! +
      p.aws[i]! +
      p.google[i]! +
      p.ownCapacity[i]! +
      p.decentralized[i]!;
    if (others > p.azure[i]!) return years[i]!;
  }
  return null;
}
