import { FIRST_YEAR as FIRST_YEAR_, THROUGH_YEAR as THROUGH_YEAR_ } from '../paths.ts';
import { states, type Col, type BlockLayout, type Params } from './block.ts';
import type { ComputeCols } from './compute.ts';
import { YEARS as YEARS_ } from './inputs.ts';
import type { OperatingCols } from './operating.ts';

// Local copies: module bindings are read through getters in some module loaders (vitest, tsx).
const YEARS = YEARS_;
/** Index of 2030 among the modelled years: "through 2030" sums run to it. */
const LAST_THROUGH = THROUGH_YEAR_ - FIRST_YEAR_;

/** A block's stake values year by year, and per sample the sums and present values its kpis are made of. */
export interface ValueCols {
  readonly msftStakeValue: Col;
  readonly foundationStakeValue: Col;
  readonly othersStakeValue: Col;
  readonly stakeNpv: Float64Array;
  readonly pvShare: Float64Array;
  readonly pvShareToOpenAI: Float64Array;
  readonly pvAoaiProfit: Float64Array;
  readonly pvHostedRevenue: Float64Array;
  /** The 2019 profit share's present value, without what comes after its last modelled year. */
  readonly pvProfitShare: Float64Array;
  readonly paidThrough: Float64Array;
  readonly uncappedThrough: Float64Array;
  readonly computeThrough: Float64Array;
  readonly azureThrough: Float64Array;
  readonly idleTotal: Float64Array;
}

export function valueCols(
  layout: BlockLayout,
  msftStakeValue: Col,
  foundationStakeValue: Col,
  othersStakeValue: Col,
): ValueCols {
  const [stakeNpv, pvShare, pvShareToOpenAI, pvAoaiProfit, pvHostedRevenue, pvProfitShare] = layout.states(6);
  const [paidThrough, uncappedThrough, computeThrough, azureThrough, idleTotal] = layout.states(5);
  return {
    msftStakeValue,
    foundationStakeValue,
    othersStakeValue,
    stakeNpv,
    pvShare,
    pvShareToOpenAI,
    pvAoaiProfit,
    pvHostedRevenue,
    pvProfitShare,
    paidThrough,
    uncappedThrough,
    computeThrough,
    azureThrough,
    idleTotal,
  };
}

const scratch = states(4);

/**
 * One pass over the years for the present values (each summed in year order, its discount divided down year by
 * year, as presentValue() does) and the sums through 2030; each year over block samples 0 to n, the same
 * operations in the same order for each sample as project(). (The stakes' values come with the equity, cash.ts;
 * the first years of break-even and of the other providers out-paying Azure as their figures are computed.)
 */
export function valueBlock(
  p: Params,
  n: number,
  c: ComputeCols,
  azureContracted: Col,
  o: OperatingCols,
  out: ValueCols,
): void {
  const { paid, uncapped, shareToOpenAI, aoaiProfit, profitShare } = o;
  const { total, idle, azure } = c;
  const { pvShare, pvShareToOpenAI, pvAoaiProfit, pvProfitShare } = out;
  const { paidThrough, uncappedThrough, computeThrough, azureThrough, idleTotal } = out;
  const { discountRate, costOfEquity, revGrowthTerminal } = p;
  const [atRate, atKe, pvContracted, pvUncontracted] = scratch;
  for (let j = 0; j < n; j++) {
    atRate[j] = 1;
    atKe[j] = 1;
    pvShare[j] = 0;
    pvShareToOpenAI[j] = 0;
    pvAoaiProfit[j] = 0;
    pvContracted[j] = 0;
    pvUncontracted[j] = 0;
    pvProfitShare[j] = 0;
    paidThrough[j] = 0;
    uncappedThrough[j] = 0;
    computeThrough[j] = 0;
    azureThrough[j] = 0;
    idleTotal[j] = 0;
  }
  for (let i = 0; i < YEARS; i++) {
    const pa = paid.arr[i]!;
    const po = paid.off[i]!;
    const ua = uncapped.arr[i]!;
    const uo = uncapped.off[i]!;
    const sa = shareToOpenAI.arr[i]!;
    const so = shareToOpenAI.off[i]!;
    const apa = aoaiProfit.arr[i]!;
    const apo = aoaiProfit.off[i]!;
    const aca = azureContracted.arr[i]!;
    const aco = azureContracted.off[i]!;
    const aza = azure.arr[i]!;
    const azo = azure.off[i]!;
    const psa = profitShare.arr[i]!;
    const pso = profitShare.off[i]!;
    const ta = total.arr[i]!;
    const to = total.off[i]!;
    const ida = idle.arr[i]!;
    const ido = idle.off[i]!;
    const through = i <= LAST_THROUGH;
    const notLast = i < YEARS - 1;
    for (let j = 0; j < n; j++) {
      const ke = atKe[j]!;
      const rate = atRate[j]!;
      const pay = pa[po + j]!;
      const azureValue = aza[azo + j]!;
      const contracted = aca[aco + j]!;
      pvShare[j]! += pay * rate;
      pvShareToOpenAI[j]! += sa[so + j]! * rate;
      pvAoaiProfit[j]! += apa[apo + j]! * rate;
      pvContracted[j]! += contracted * rate;
      pvUncontracted[j]! += (azureValue - contracted) * ke;
      pvProfitShare[j]! += psa[pso + j]! * ke;
      if (through) {
        paidThrough[j]! += pay;
        uncappedThrough[j]! += ua[uo + j]!;
        computeThrough[j]! += ta[to + j]!;
        azureThrough[j]! += azureValue;
      }
      idleTotal[j]! += ida[ido + j]!;
      if (notLast) {
        atRate[j] = rate / (1 + discountRate[j]!);
        atKe[j] = ke / (1 + costOfEquity[j]!);
      }
    }
  }
  // presentValue()'s terminal values: the last flow growing forever, discounted as the last year.
  const last = YEARS - 1;
  const at = (col: Col) => col.arr[last]!.subarray(col.off[last]!, col.off[last]! + n);
  const paidLast = at(paid);
  const toOpenAILast = at(shareToOpenAI);
  const aoaiLast = at(aoaiProfit);
  const contractedLast = at(azureContracted);
  const azureLast = at(azure);
  const profitShareLast = at(profitShare);
  const { pvHostedRevenue } = out;
  for (let j = 0; j < n; j++) {
    const r = discountRate[j]!;
    const ke = costOfEquity[j]!;
    const g = revGrowthTerminal[j]!;
    const rate = atRate[j]!;
    const keAt = atKe[j]!;
    pvShare[j]! += perpetuity(paidLast[j]!, r, g) * rate;
    pvShareToOpenAI[j]! += perpetuity(toOpenAILast[j]!, r, g) * rate;
    pvAoaiProfit[j]! += perpetuity(aoaiLast[j]!, r, g) * rate;
    const contracted = pvContracted[j]! + perpetuity(contractedLast[j]!, r, g) * rate;
    const uncontracted = pvUncontracted[j]! + perpetuity(azureLast[j]! - contractedLast[j]!, ke, g) * keAt;
    pvProfitShare[j]! += Math.min(perpetuity(profitShareLast[j]!, ke, g), 0) * keAt;
    pvHostedRevenue[j] = contracted + uncontracted;
  }
}

/** A flow's value one year on, growing at `g` forever, at `rate` (presentValue()'s terminal value, undiscounted). */
function perpetuity(flow: number, rate: number, g: number): number {
  return (flow * (1 + g)) / (rate - g);
}
