import { FIRST_YEAR as FIRST_YEAR_, THROUGH_YEAR as THROUGH_YEAR_ } from '../paths.ts';
import { states, type Col, type Params } from './block.ts';
import type { ComputeCols } from './compute.ts';
import { YEARS as YEARS_ } from './inputs.ts';
import type { OperatingCols } from './operating.ts';

// Local copies: module bindings are read through getters in some module loaders (vitest, tsx).
const FIRST_YEAR = FIRST_YEAR_;
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
  /** Infinity when never within the horizon (then the revenue is NaN). */
  readonly breakEvenYear: Float64Array;
  readonly breakEvenRevenue: Float64Array;
  readonly partnersYear: Float64Array;
}

export function valueCols(msftStakeValue: Col, foundationStakeValue: Col, othersStakeValue: Col): ValueCols {
  const [stakeNpv, pvShare, pvShareToOpenAI, pvAoaiProfit, pvHostedRevenue, pvProfitShare] = states(6);
  const [paidThrough, uncappedThrough, computeThrough, azureThrough, idleTotal] = states(5);
  const [breakEvenYear, breakEvenRevenue, partnersYear] = states(3);
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
    breakEvenYear,
    breakEvenRevenue,
    partnersYear,
  };
}

const scratch = states(5);

/**
 * One pass over the years for the present values (each summed in year order, its discount divided down year by
 * year, as presentValue() does) and the sums through 2030, then the first years of break-even and of the other
 * providers out-paying Azure within the horizon; each year over block samples 0 to n, the same operations in the
 * same order for each sample as project(). (The stakes' values come with the equity, cash.ts.)
 */
export function valueBlock(
  p: Params,
  n: number,
  revenue: Col,
  c: ComputeCols,
  azureContracted: Col,
  o: OperatingCols,
  out: ValueCols,
): void {
  const { paid, uncapped, shareToOpenAI, aoaiProfit, profitShare, operating } = o;
  const { total, idle, azure } = c;
  const { pvShare, pvShareToOpenAI, pvAoaiProfit, pvProfitShare } = out;
  const { paidThrough, uncappedThrough, computeThrough, azureThrough, idleTotal } = out;
  const { breakEvenYear, breakEvenRevenue, partnersYear } = out;
  const { horizonEnd, discountRate, costOfEquity, revGrowthTerminal } = p;
  const [atRate, atKe, pvContracted, pvUncontracted, shown] = scratch;
  for (let j = 0; j < n; j++) {
    shown[j] = horizonEnd[j]! - FIRST_YEAR + 1;
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
    breakEvenYear[j] = Infinity;
    breakEvenRevenue[j] = NaN;
    partnersYear[j] = Infinity;
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
  firstYears(n, revenue, c, operating, shown, out);
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

/**
 * The first years within each sample's horizon of break-even (with the revenue at the zero crossing) and of the
 * other providers together out-paying Azure.
 */
function firstYears(
  n: number,
  revenue: Col,
  c: ComputeCols,
  operating: Col,
  shown: Float64Array,
  out: ValueCols,
): void {
  const { breakEvenYear, breakEvenRevenue, partnersYear } = out;
  const { azure, oracle, stargate, coreweave, aws, google, ownCapacity, decentralized } = c;
  for (let i = 0; i < YEARS; i++) {
    const year = FIRST_YEAR + i;
    const oa = operating.arr[i]!;
    const oo = operating.off[i]!;
    const opa = operating.arr[i > 0 ? i - 1 : 0]!;
    const opo = operating.off[i > 0 ? i - 1 : 0]!;
    const ra = revenue.arr[i]!;
    const ro = revenue.off[i]!;
    const rpa = revenue.arr[i > 0 ? i - 1 : 0]!;
    const rpo = revenue.off[i > 0 ? i - 1 : 0]!;
    let pending = 0;
    for (let j = 0; j < n; j++) {
      if (!(i < shown[j]!)) continue;
      if (breakEvenYear[j] === Infinity && oa[oo + j]! > 0) {
        // The zero crossing, interpolated between the last negative year and this one.
        breakEvenYear[j] = year;
        if (i === 0) breakEvenRevenue[j] = ra[ro + j]!;
        else {
          const now = oa[oo + j]!;
          const then = opa[opo + j]!;
          const f = -then / (now - then);
          const revenueThen = rpa[rpo + j]!;
          breakEvenRevenue[j] = revenueThen + f * (ra[ro + j]! - revenueThen);
        }
      }
      if (partnersYear[j] === Infinity) pending++;
    }
    if (pending === 0) continue;
    const [orA, sgA, cwA, awA, goA, owA, deA, azA] = [
      oracle,
      stargate,
      coreweave,
      aws,
      google,
      ownCapacity,
      decentralized,
      azure,
    ].map((col) => col.arr[i]!) as [
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
    ];
    const orO = oracle.off[i]!;
    const sgO = stargate.off[i]!;
    const cwO = coreweave.off[i]!;
    const awO = aws.off[i]!;
    const goO = google.off[i]!;
    const owO = ownCapacity.off[i]!;
    const deO = decentralized.off[i]!;
    const azO = azure.off[i]!;
    for (let j = 0; j < n; j++) {
      if (!(i < shown[j]!) || partnersYear[j] !== Infinity) continue;
      const others =
        orA[orO + j]! +
        sgA[sgO + j]! +
        cwA[cwO + j]! +
        awA[awO + j]! +
        goA[goO + j]! +
        owA[owO + j]! +
        deA[deO + j]!;
      if (others > azA[azO + j]!) partnersYear[j] = year;
    }
  }
}

/** A flow's value one year on, growing at `g` forever, at `rate` (presentValue()'s terminal value, undiscounted). */
function perpetuity(flow: number, rate: number, g: number): number {
  return (flow * (1 + g)) / (rate - g);
}
