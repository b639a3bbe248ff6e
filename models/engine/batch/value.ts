import type { ScenarioValues } from '../../schema/scenario.ts';
import { FIRST_YEAR as FIRST_YEAR_, THROUGH_YEAR as THROUGH_YEAR_ } from '../paths.ts';
import type { EquityScratch } from './cash.ts';
import type { ComputeScratch } from './compute.ts';
import { YEARS as YEARS_ } from './inputs.ts';
import type { OperatingScratch } from './operating.ts';

// Local copies: module bindings are read through getters in some module loaders (vitest, tsx).
const FIRST_YEAR = FIRST_YEAR_;
const YEARS = YEARS_;
/** Index of 2030 among the modelled years: "through 2030" sums run to it. */
const LAST_THROUGH = THROUGH_YEAR_ - FIRST_YEAR_;

/** One sample's stake values year by year, and the sums and present values its kpis and ledger are made of. */
export interface ValueScratch {
  readonly msftStakeValue: Float64Array;
  readonly foundationStakeValue: Float64Array;
  readonly othersStakeValue: Float64Array;
  stakeNpv: number;
  pvShare: number;
  pvShareToOpenAI: number;
  pvAoaiProfit: number;
  pvHostedRevenue: number;
  /** The 2019 profit share's present value, without what comes after its last modelled year. */
  pvProfitShare: number;
  paidThrough: number;
  uncappedThrough: number;
  computeThrough: number;
  azureThrough: number;
  idleTotal: number;
  /** Infinity when never within the horizon (then the revenue is NaN). */
  breakEvenYear: number;
  breakEvenRevenue: number;
  partnersYear: number;
}

export function valueScratch(): ValueScratch {
  const f = () => new Float64Array(YEARS);
  return {
    msftStakeValue: f(),
    foundationStakeValue: f(),
    othersStakeValue: f(),
    stakeNpv: 0,
    pvShare: 0,
    pvShareToOpenAI: 0,
    pvAoaiProfit: 0,
    pvHostedRevenue: 0,
    pvProfitShare: 0,
    paidThrough: 0,
    uncappedThrough: 0,
    computeThrough: 0,
    azureThrough: 0,
    idleTotal: 0,
    breakEvenYear: Infinity,
    breakEvenRevenue: NaN,
    partnersYear: Infinity,
  };
}

/**
 * One pass for the stakes' values, Microsoft's stake projected (project.ts), the present values (each summed in
 * year order, its discount divided down year by year, as presentValue() does), the sums through 2030, and the first
 * years of break-even and of the other providers out-paying Azure within the horizon; the same operations in the
 * same order as project().
 */
export function valueSample(
  v: ScenarioValues,
  revenue: Float64Array,
  c: ComputeScratch,
  azureContracted: Float64Array,
  o: OperatingScratch,
  eq: EquityScratch,
  out: ValueScratch,
): void {
  const { paid, uncapped, shareToOpenAI, aoaiProfit, profitShare, operating } = o;
  const { total, idle, azure } = c;
  const ke = v.costOfEquity;
  const g = v.revGrowthTerminal;
  const { msftStakeValue, foundationStakeValue, othersStakeValue } = out;
  const { value, msftStake, foundationStake, distributions } = eq;
  const shown = v.horizonEnd - FIRST_YEAR + 1;
  const h = shown - 1;
  const r = v.discountRate;
  const { oracle, stargate, coreweave, aws, google, ownCapacity, decentralized } = c;
  let atRate = 1;
  let atKe = 1;
  let stakeNpv = 0;
  let pvShare = 0;
  let pvShareToOpenAI = 0;
  let pvAoaiProfit = 0;
  let pvContracted = 0;
  let pvUncontracted = 0;
  let pvProfitShare = 0;
  let paidThrough = 0;
  let uncappedThrough = 0;
  let computeThrough = 0;
  let azureThrough = 0;
  let idleTotal = 0;
  let breakEvenYear = Infinity;
  let breakEvenRevenue = NaN;
  let partnersYear = Infinity;
  for (let i = 0; i < YEARS; i++) {
    const worth = value[i]!;
    const msftValue = msftStake[i]! * worth;
    const foundationValue = foundationStake[i]! * worth;
    msftStakeValue[i] = msftValue;
    foundationStakeValue[i] = foundationValue;
    othersStakeValue[i] = worth - msftValue - foundationValue;
    if (i <= h) {
      stakeNpv += msftStake[i]! * distributions[i]! * atKe;
      if (i === h) stakeNpv += msftValue * atKe;
    }
    pvShare += paid[i]! * atRate;
    pvShareToOpenAI += shareToOpenAI[i]! * atRate;
    pvAoaiProfit += aoaiProfit[i]! * atRate;
    pvContracted += azureContracted[i]! * atRate;
    pvUncontracted += (azure[i]! - azureContracted[i]!) * atKe;
    pvProfitShare += profitShare[i]! * atKe;
    if (i <= LAST_THROUGH) {
      paidThrough += paid[i]!;
      uncappedThrough += uncapped[i]!;
      computeThrough += total[i]!;
      azureThrough += azure[i]!;
    }
    idleTotal += idle[i]!;
    if (i < shown) {
      if (breakEvenYear === Infinity && operating[i]! > 0) {
        // The zero crossing, interpolated between the last negative year and this one.
        breakEvenYear = FIRST_YEAR + i;
        if (i === 0) breakEvenRevenue = revenue[0]!;
        else {
          const f = -operating[i - 1]! / (operating[i]! - operating[i - 1]!);
          breakEvenRevenue = revenue[i - 1]! + f * (revenue[i]! - revenue[i - 1]!);
        }
      }
      if (partnersYear === Infinity) {
        const others =
          oracle[i]! +
          stargate[i]! +
          coreweave[i]! +
          aws[i]! +
          google[i]! +
          ownCapacity[i]! +
          decentralized[i]!;
        if (others > azure[i]!) partnersYear = FIRST_YEAR + i;
      }
    }
    if (i < YEARS - 1) {
      atRate /= 1 + r;
      atKe /= 1 + ke;
    }
  }
  // presentValue()'s terminal values: the last flow growing forever, discounted as the last year.
  const last = YEARS - 1;
  pvShare += perpetuity(paid[last]!, r, g) * atRate;
  pvShareToOpenAI += perpetuity(shareToOpenAI[last]!, r, g) * atRate;
  pvAoaiProfit += perpetuity(aoaiProfit[last]!, r, g) * atRate;
  pvContracted += perpetuity(azureContracted[last]!, r, g) * atRate;
  pvUncontracted += perpetuity(azure[last]! - azureContracted[last]!, ke, g) * atKe;
  pvProfitShare += Math.min(perpetuity(profitShare[last]!, ke, g), 0) * atKe;

  out.stakeNpv = stakeNpv;
  out.pvShare = pvShare;
  out.pvShareToOpenAI = pvShareToOpenAI;
  out.pvAoaiProfit = pvAoaiProfit;
  out.pvHostedRevenue = pvContracted + pvUncontracted;
  out.pvProfitShare = pvProfitShare;
  out.paidThrough = paidThrough;
  out.uncappedThrough = uncappedThrough;
  out.computeThrough = computeThrough;
  out.azureThrough = azureThrough;
  out.idleTotal = idleTotal;
  out.breakEvenYear = breakEvenYear;
  out.breakEvenRevenue = breakEvenRevenue;
  out.partnersYear = partnersYear;
}

/** A flow's value one year on, growing at `g` forever, at `rate` (presentValue()'s terminal value, undiscounted). */
function perpetuity(flow: number, rate: number, g: number): number {
  return (flow * (1 + g)) / (rate - g);
}
