import type { ScenarioValues } from '../schema/scenario.ts';
import { compute, type ContractTotals, type ProviderId } from './compute.ts';
import { equity, legacyProfitShare, stakeMark } from './equity.ts';
import type { Ledger, Transfer } from './ledger.ts';
import { openaiCashFlows } from './openaiCash.ts';
import type { SeriesOverrides } from './overrides.ts';
import {
  FIRST_YEAR as FIRST_YEAR_,
  presentValue as presentValue_,
  sumThrough as sumThrough_,
  THROUGH_YEAR as THROUGH_YEAR_,
  VALUE_END_YEAR as VALUE_END_YEAR_,
  zeros,
} from './paths.ts';

// Local copies: module bindings are read through getters in some module loaders (vitest, tsx), which showed up as
// a tenth of a projection's time in a profile.
const FIRST_YEAR = FIRST_YEAR_;
const presentValue = presentValue_;
const sumThrough = sumThrough_;
const THROUGH_YEAR = THROUGH_YEAR_;
const VALUE_END_YEAR = VALUE_END_YEAR_;
import { openaiRevenue } from './revenue.ts';
import { revenueShare } from './revenueShare.ts';

/** Year-by-year series, each aligned with `years`. Money in nominal US dollars per year, rates as fractions. */
export interface ProjectionSeries {
  openaiRevenue: number[];
  revenueShareRate: number[];
  revenueSharePaid: number[];
  revenueShareUncapped: number[];
  /** What OpenAI pays compute providers (the sum of computeByProvider), idle contracted capacity included. */
  computeSpend: number[];
  computeByProvider: Record<ProviderId, number[]>;
  inferenceCompute: number[];
  trainingCompute: number[];
  decentralizedSaving: number[];
  /** Contracted capacity beyond the year's need, paid for in full (take-or-pay). */
  idleCompute: number[];
  /** The part of idle capacity's cost OpenAI recovers by reselling or redeploying it. */
  idleComputeRecovered: number[];
  openaiGrossMargin: number[];
  openaiOtherCosts: number[];
  /** Revenue − compute spend + idle recovered − other costs − revenue share paid + Azure OpenAI share received; pre-tax. */
  openaiOperatingCashFlow: number[];
  openaiTax: number[];
  /** Operating cash flow less tax: what the equity is valued on. */
  openaiFreeCashFlow: number[];
  /** New equity raised: the Mar 2026 round, then whatever keeps cash from going negative. */
  fundingRaised: number[];
  openaiCash: number[];
  /** Cash paid out to OpenAI's holders. */
  openaiDistributions: number[];
  azureRevenueFromOpenAI: number[];
  /** Microsoft's operating profit on hosting OpenAI, pre-tax. */
  msftHostingProfit: number[];
  azureOpenAIRevenue: number[];
  /** Microsoft's operating profit on Azure OpenAI Service before the share it pays OpenAI, pre-tax. */
  msftAzureOpenAIProfit: number[];
  msftShareToOpenAI: number[];
  msftProfitShare: number[];
  /** Microsoft's pre-tax cash from the deal: revenue share + Azure OpenAI profit − share paid + hosting profit + profit share. */
  msftCashFlow: number[];
  /** OpenAI's equity value at each year end (a projection: cash + discounted future free cash flows). */
  openaiValuation: number[];
  msftStake: number[];
  foundationStake: number[];
  msftStakeValue: number[];
  foundationStakeValue: number[];
  /** Employees and other investors: the rest of the equity value. */
  othersStakeValue: number[];
}

export interface ProjectionKpis {
  revenueSharePaidThrough2030: number;
  revenueShareUncappedThrough2030: number;
  revenueShareCapReachedYear: number | null;
  computeSpendThrough2030: number;
  azureRevenueThrough2030: number;
  /** The sum of ledger.microsoft: present value in 2025 dollars, after tax. */
  msftTotalValueNpv: number;
  msftInvested: number;
  /** (stake + revenue share + 2019 profit share) ÷ invested; hosting excluded; null when nothing was invested. */
  msftMultipleOnInvestment: number | null;
  /** Microsoft's diluted stake × the latest priced round's post-money valuation; null without a stake. */
  msftStakeValueAtMark: number | null;
  /** Year of that round. */
  msftStakeMarkYear: number;
  /** The stake projected, before the tax Microsoft would owe on a sale: ledger.microsoft.stake adds that tax. */
  msftStakeValueNpv: number;
  /** Present value of the revenue share OpenAI pays, pre-tax. */
  openaiRevenueSharePaidNpv: number;
  /** What the total cap saves OpenAI, 2025–30, nominal. */
  openaiCapSavingThrough2030: number;
  /** OpenAI's equity value at the end of 2026 as the model projects it. */
  openaiValue2026: number;
  /**
   * OpenAI's equity value at the latest priced round's date as the model projects it (post-money), to set against
   * that round's valuation: the end-2025 value rolled a quarter forward plus the Mar 2026 round's money.
   */
  openaiValueAtMark: number;
  /** First year OpenAI's operating cash flow is positive; null if never within the horizon. */
  openaiBreakEvenYear: number | null;
  /** Revenue at which operating cash flow crosses zero, interpolated between years; null if never. */
  openaiBreakEvenRevenue: number | null;
  /** First year OpenAI pays the other providers together more than Azure; null if never. */
  partnersExceedAzureYear: number | null;
  /** Microsoft's stake × OpenAI's projected equity value at the horizon, nominal. */
  msftStakeValueAtHorizon: number;
  /** Idle contracted compute over every modelled year (to 2045), nominal. */
  idleComputeTotal: number;
}

export interface Projection {
  years: number[];
  series: ProjectionSeries;
  kpis: ProjectionKpis;
  ledger: Ledger;
  transfers: Transfer[];
  /** Total paid under each take-or-pay compute contract over every modelled year, nominal. */
  contracts: ContractTotals;
}

/**
 * Projects a scenario year by year. Pure and deterministic: the same values always give the same projection.
 * The values must be valid (decode links with `decodeScenario`); nothing is parsed here, to keep it fast.
 * Every year to 2045 is computed whatever the horizon, so values never depend on it; series are cut to the
 * horizon at the end. `overrides` replaces built-in input paths (OpenAI's revenue, the revenue-share rate, the
 * gross margin, providers' shares of uncontracted compute) with paths of the caller's, one value per year 2025–2045.
 */
export function project(v: ScenarioValues, overrides?: SeriesOverrides): Projection {
  const n = VALUE_END_YEAR - FIRST_YEAR + 1;
  const shown = v.horizonEnd - FIRST_YEAR + 1;
  const h = shown - 1;
  const years: number[] = [];
  for (let i = 0; i < n; i++) years.push(FIRST_YEAR + i);

  const revenue = overrides?.openaiRevenue ? Array.from(overrides.openaiRevenue) : openaiRevenue(v, years);
  const c = compute(v, years, revenue, overrides);
  const share = revenueShare(v, years, revenue, overrides?.revenueShareRate);
  const invested = v.inv2019 + v.inv2021 + v.inv2023 + v.inv2024;

  const idleRecovered: number[] = [];
  const otherCosts: number[] = [];
  const ocf: number[] = [];
  const aoaiRevenue: number[] = [];
  const aoaiProfit: number[] = [];
  const shareToOpenAI: number[] = [];
  const hostingProfit: number[] = [];
  let aoai = v.azureOpenAIRev2025;
  for (let i = 0; i < n; i++) {
    // Azure OpenAI revenue grows at its own rate through 2030, then with OpenAI's revenue.
    if (i > 0) aoai *= years[i]! <= THROUGH_YEAR ? 1 + v.azureOpenAIGrowth : revenue[i]! / revenue[i - 1]!;
    // Microsoft sells OpenAI's models only while its rights to them last.
    aoaiRevenue.push(years[i]! <= v.ipRightsEndYear ? aoai : 0);
    aoaiProfit.push(aoaiRevenue[i]! * v.azureOpenAIMargin);
    shareToOpenAI.push(aoaiRevenue[i]! * v.azureShareRate);
    idleRecovered.push(c.idle[i]! * v.idleRecovery);
    otherCosts.push(revenue[i]! * v.opexShare);
    ocf.push(
      revenue[i]! - c.total[i]! + idleRecovered[i]! - otherCosts[i]! - share.paid[i]! + shareToOpenAI[i]!,
    );
    hostingProfit.push(c.byProvider.azure[i]! * v.hostingOpMargin);
  }
  const { tax, freeCashFlow, terminalFreeCashFlow } = openaiCashFlows(v, ocf);
  const holdsStake = v.equityMode === 'stake';
  const profitShare = holdsStake ? zeros(n) : legacyProfitShare(v, invested, freeCashFlow);
  // The 2019 profit share is paid out of the same cash the equity is valued on: holders get what is left.
  const toHolders = holdsStake ? freeCashFlow : freeCashFlow.map((f, i) => f - profitShare[i]!);
  // After 2045 the free cash flow grows forever from its fully taxed level; the 2019 profit share takes its part
  // of that until its cap's room is used up.
  const ke = v.costOfEquity;
  const g = v.revGrowthTerminal;
  const capRoom = holdsStake
    ? 0
    : Math.max(0, v.legacyCapMultiple * invested - profitShare.reduce((a, b) => a + b, 0));
  const profitShareTerminal = cappedPerpetuity(profitShare[n - 1]!, ke, g, capRoom);
  const eq = equity(v, years, toHolders, (terminalFreeCashFlow * (1 + g)) / (ke - g) - profitShareTerminal);

  const msftStakeValue: number[] = [];
  const foundationStakeValue: number[] = [];
  const othersStakeValue: number[] = [];
  const msftCashFlow: number[] = [];
  for (let i = 0; i < n; i++) {
    msftStakeValue.push(eq.msftStake[i]! * eq.value[i]!);
    foundationStakeValue.push(eq.foundationStake[i]! * eq.value[i]!);
    othersStakeValue.push(eq.value[i]! - msftStakeValue[i]! - foundationStakeValue[i]!);
    msftCashFlow.push(
      share.paid[i]! + aoaiProfit[i]! - shareToOpenAI[i]! + hostingProfit[i]! + profitShare[i]!,
    );
  }

  // Microsoft's stake, projected: its share of payouts through the horizon, then of the equity at the horizon,
  // at OpenAI's cost of equity. Raises at the equity's own value transfer nothing, so past break-even this does
  // not depend on the horizon.
  let stakeNpv = 0;
  let discount = 1;
  for (let i = 0; i <= h; i++) {
    stakeNpv += eq.msftStake[i]! * eq.distributions[i]! * discount;
    if (i === h) stakeNpv += msftStakeValue[i]! * discount;
    else discount /= 1 + ke;
  }

  const r = v.discountRate;
  const afterTax = 1 - v.taxRate;
  const pvShare = presentValue(share.paid, r, g, h).total;
  const pvShareToOpenAI = presentValue(shareToOpenAI, r, g, h).total;
  const pvAzure = presentValue(c.byProvider.azure, r, g, h).total;
  // Hosting: the contracted payments are OpenAI's obligation, discounted like other contracted cash; the work
  // Azure wins beyond its contract depends on OpenAI's growth and choices, so it carries OpenAI's equity risk.
  const azureUncontracted = c.byProvider.azure.map((x, i) => x - c.azureContracted[i]!);
  const pvHostedRevenue =
    presentValue(c.azureContracted, r, g, h).total + presentValue(azureUncontracted, ke, g, h).total;
  const ledger: Ledger = {
    microsoft: {
      // After the tax Microsoft would owe on its gain over what it invested, were it to sell at that value.
      stake: stakeNpv - v.taxRate * Math.max(0, stakeNpv - (holdsStake ? invested : 0)),
      revenueShare: pvShare * afterTax,
      azureOpenAIMargin: presentValue(aoaiProfit, r, g, h).total * afterTax,
      azureOpenAIShare: 0 - pvShareToOpenAI * afterTax, // never −0
      profitShare2019:
        (presentValue(profitShare, ke, g, h, 0).total + profitShareTerminal / (1 + ke) ** (n - 1)) * afterTax,
      hosting: pvHostedRevenue * v.hostingOpMargin * afterTax,
    },
    openai: {
      revenueSharePaid: 0 - pvShare, // never −0
      capSavingThrough2030:
        sumThrough(years, share.uncapped, THROUGH_YEAR) - sumThrough(years, share.paid, THROUGH_YEAR),
      azureOpenAIShareReceived: pvShareToOpenAI,
      msftInvestmentReceived: invested,
      cashToRaiseUntilBreakEven: cashToBreakEven(ocf, eq.raised),
    },
  };
  const m = ledger.microsoft;
  const total =
    m.stake + m.revenueShare + m.azureOpenAIMargin + m.azureOpenAIShare + m.profitShare2019 + m.hosting;
  const returned = m.stake + m.revenueShare + m.profitShare2019;
  const mark = stakeMark(v);

  const transfers: Transfer[] = [
    {
      id: 'revenueShare',
      from: 'openai',
      to: 'microsoft',
      nominalShown: sumThrough(years, share.paid, v.horizonEnd),
      presentValue: pvShare,
    },
    {
      id: 'azureOpenAIShare',
      from: 'microsoft',
      to: 'openai',
      nominalShown: sumThrough(years, shareToOpenAI, v.horizonEnd),
      presentValue: pvShareToOpenAI,
    },
    {
      id: 'azureCompute',
      from: 'openai',
      to: 'microsoft',
      nominalShown: sumThrough(years, c.byProvider.azure, v.horizonEnd),
      presentValue: pvAzure,
    },
    { id: 'investment', from: 'microsoft', to: 'openai', nominalShown: invested, presentValue: invested },
  ];

  const kpis: ProjectionKpis = {
    revenueSharePaidThrough2030: sumThrough(years, share.paid, THROUGH_YEAR),
    revenueShareUncappedThrough2030: sumThrough(years, share.uncapped, THROUGH_YEAR),
    revenueShareCapReachedYear: share.capReachedYear,
    computeSpendThrough2030: sumThrough(years, c.total, THROUGH_YEAR),
    azureRevenueThrough2030: sumThrough(years, c.byProvider.azure, THROUGH_YEAR),
    msftTotalValueNpv: total,
    msftInvested: invested,
    msftMultipleOnInvestment:
      invested > 0 && Number.isFinite(returned / invested) ? returned / invested : null,
    msftStakeValueAtMark: holdsStake ? mark.stake * mark.valuation : null,
    msftStakeMarkYear: mark.year,
    msftStakeValueNpv: stakeNpv,
    openaiRevenueSharePaidNpv: pvShare,
    openaiCapSavingThrough2030: ledger.openai.capSavingThrough2030,
    openaiValue2026: eq.value[1]!,
    openaiValueAtMark: valueAtMark(eq.value[0]!, eq.cash[0]!, v),
    ...breakEven(years, revenue, ocf, shown),
    partnersExceedAzureYear: partnersExceedAzure(years, c.byProvider, shown),
    msftStakeValueAtHorizon: msftStakeValue[h]!,
    idleComputeTotal: c.idle.reduce((a, b) => a + b, 0),
  };

  const series: ProjectionSeries = {
    openaiRevenue: revenue,
    revenueShareRate: share.rate,
    revenueSharePaid: share.paid,
    revenueShareUncapped: share.uncapped,
    computeSpend: c.total,
    computeByProvider: c.byProvider,
    inferenceCompute: c.inference,
    trainingCompute: c.training,
    decentralizedSaving: c.decentralizedSaving,
    idleCompute: c.idle,
    idleComputeRecovered: idleRecovered,
    openaiGrossMargin: c.grossMargin,
    openaiOtherCosts: otherCosts,
    openaiOperatingCashFlow: ocf,
    openaiTax: tax,
    openaiFreeCashFlow: freeCashFlow,
    fundingRaised: eq.raised,
    openaiCash: eq.cash,
    openaiDistributions: eq.distributions,
    azureRevenueFromOpenAI: c.byProvider.azure,
    msftHostingProfit: hostingProfit,
    azureOpenAIRevenue: aoaiRevenue,
    msftAzureOpenAIProfit: aoaiProfit,
    msftShareToOpenAI: shareToOpenAI,
    msftProfitShare: profitShare,
    msftCashFlow,
    openaiValuation: eq.value,
    msftStake: eq.msftStake,
    foundationStake: eq.foundationStake,
    msftStakeValue,
    foundationStakeValue,
    othersStakeValue,
  };
  // Cut every series to the years shown: copies are cheaper than trimming arrays in place (V8 shrinks their
  // backing store), which a profile showed at a tenth of a projection.
  const cut = series as unknown as Record<string, number[] | Record<string, number[]>>;
  for (const key in cut) {
    const s = cut[key]!;
    if (Array.isArray(s)) cut[key] = s.slice(0, shown);
    else {
      const table: Record<string, number[]> = {};
      for (const id in s) table[id] = s[id]!.slice(0, shown);
      cut[key] = table;
    }
  }
  years.length = shown;
  return { years, series, kpis, ledger, transfers, contracts: c.contractTotals };
}

/** New equity raised from 2026 until the first year of positive operating cash flow (every modelled year if none). */
function cashToBreakEven(ocf: readonly number[], raised: readonly number[]): number {
  let total = 0;
  for (let i = 1; i < ocf.length && ocf[i]! <= 0; i++) total += raised[i]!;
  return total;
}

function breakEven(
  years: readonly number[],
  revenue: readonly number[],
  ocf: readonly number[],
  shown: number,
): { openaiBreakEvenYear: number | null; openaiBreakEvenRevenue: number | null } {
  for (let i = 0; i < shown; i++) {
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

function partnersExceedAzure(
  years: readonly number[],
  p: Record<ProviderId, number[]>,
  shown: number,
): number | null {
  for (let i = 0; i < shown; i++) {
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

/**
 * Value at the end of the last modelled year of a flow that grows at `g` forever but stops once `room` has been
 * paid (the 2019 profit share's cap): the flows themselves, year by year, until the room runs out.
 */
export function cappedPerpetuity(last: number, rate: number, g: number, room: number): number {
  if (last <= 0 || room <= 0) return 0;
  let pv = 0;
  let flow = last;
  let discount = 1;
  // Growth below the rate makes the uncapped sum converge; 2,000 years bounds the loop either way.
  for (let k = 0; k < 2000 && room > 0; k++) {
    flow *= 1 + g;
    discount /= 1 + rate;
    const pay = flow < room ? flow : room;
    pv += pay * discount;
    room -= pay;
  }
  return pv;
}

/**
 * OpenAI's equity value at the latest priced round, as the model sees it, to set against the round's post-money
 * valuation: the end-2025 value rolled forward a quarter at the cost of equity, plus the Mar 2026 round's money
 * (its post-money); with no 2026 round, the end-2025 value against the Oct 2025 mark.
 */
function valueAtMark(value2025: number, cash2025: number, v: ScenarioValues): number {
  if (v.round2026Raised <= 0) return value2025;
  return (value2025 - cash2025) * (1 + v.costOfEquity) ** 0.25 + cash2025 + v.round2026Raised;
}
