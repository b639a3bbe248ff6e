import { colAt, FIRST_YEAR, param, stateAt, THROUGH_YEAR, YEARS } from './block';
import { P_costOfEquity, P_discountRate, P_revGrowthTerminal } from './params';

// Series, in the order of the cols table value's caller (engine.ts) lays out.
const PAID = 0;
const UNCAPPED = 1;
const SHARE_TO_OPENAI = 2;
const AOAI_PROFIT = 3;
const AZURE_CONTRACTED = 4;
const AZURE = 5;
const PROFIT_SHARE = 6;
const TOTAL = 7;
const IDLE = 8;
// Per-sample states, in the order of the states table.
const PV_SHARE = 0;
const PV_SHARE_TO_OPENAI = 1;
const PV_AOAI_PROFIT = 2;
const PV_PROFIT_SHARE = 3;
const PAID_THROUGH = 4;
const UNCAPPED_THROUGH = 5;
const COMPUTE_THROUGH = 6;
const AZURE_THROUGH = 7;
const IDLE_TOTAL = 8;
const PV_HOSTED_REVENUE = 9;
const AT_RATE = 10;
const AT_KE = 11;
const PV_CONTRACTED = 12;
const PV_UNCONTRACTED = 13;

/** A flow's value one year on, growing at `g` forever, at `rate` (value.ts's perpetuity). */
function perpetuity(flow: v128, rate: v128, g: v128): v128 {
  return f64x2.div(f64x2.mul(flow, f64x2.add(f64x2.splat(1), g)), f64x2.sub(rate, g));
}

/** Adds `x` to the f64 pair at `at`. */
function addTo(at: usize, x: v128): void {
  v128.store(at, f64x2.add(v128.load(at), x));
}

/**
 * valueBlock() of models/engine/batch/value.ts over two samples a lane pair: the present values, each summed in
 * year order with its discount divided down year by year, and the sums through 2030.
 */
export function valueBlock(n: i32, params: usize, cols: usize, states: usize): void {
  const zero = f64x2.splat(0);
  const one = f64x2.splat(1);
  const pvShare = stateAt(states, PV_SHARE);
  const pvShareToOpenAI = stateAt(states, PV_SHARE_TO_OPENAI);
  const pvAoaiProfit = stateAt(states, PV_AOAI_PROFIT);
  const pvProfitShare = stateAt(states, PV_PROFIT_SHARE);
  const paidThrough = stateAt(states, PAID_THROUGH);
  const uncappedThrough = stateAt(states, UNCAPPED_THROUGH);
  const computeThrough = stateAt(states, COMPUTE_THROUGH);
  const azureThrough = stateAt(states, AZURE_THROUGH);
  const idleTotal = stateAt(states, IDLE_TOTAL);
  const pvHostedRevenue = stateAt(states, PV_HOSTED_REVENUE);
  const atRate = stateAt(states, AT_RATE);
  const atKe = stateAt(states, AT_KE);
  const pvContracted = stateAt(states, PV_CONTRACTED);
  const pvUncontracted = stateAt(states, PV_UNCONTRACTED);
  const discountRate = param(params, P_discountRate);
  const costOfEquity = param(params, P_costOfEquity);
  const revGrowthTerminal = param(params, P_revGrowthTerminal);
  for (let j = 0; j < n; j += 2) {
    const b = (<usize>j) << 3;
    v128.store(atRate + b, one);
    v128.store(atKe + b, one);
    v128.store(pvShare + b, zero);
    v128.store(pvShareToOpenAI + b, zero);
    v128.store(pvAoaiProfit + b, zero);
    v128.store(pvContracted + b, zero);
    v128.store(pvUncontracted + b, zero);
    v128.store(pvProfitShare + b, zero);
    v128.store(paidThrough + b, zero);
    v128.store(uncappedThrough + b, zero);
    v128.store(computeThrough + b, zero);
    v128.store(azureThrough + b, zero);
    v128.store(idleTotal + b, zero);
  }
  for (let i = 0; i < YEARS; i++) {
    const pa = colAt(cols, PAID, i);
    const ua = colAt(cols, UNCAPPED, i);
    const sa = colAt(cols, SHARE_TO_OPENAI, i);
    const apa = colAt(cols, AOAI_PROFIT, i);
    const aca = colAt(cols, AZURE_CONTRACTED, i);
    const aza = colAt(cols, AZURE, i);
    const psa = colAt(cols, PROFIT_SHARE, i);
    const ta = colAt(cols, TOTAL, i);
    const ida = colAt(cols, IDLE, i);
    const through = FIRST_YEAR + i <= THROUGH_YEAR;
    const notLast = i < YEARS - 1;
    for (let j = 0; j < n; j += 2) {
      const b = (<usize>j) << 3;
      const ke = v128.load(atKe + b);
      const rate = v128.load(atRate + b);
      const pay = v128.load(pa + b);
      const azureValue = v128.load(aza + b);
      const contracted = v128.load(aca + b);
      addTo(pvShare + b, f64x2.mul(pay, rate));
      addTo(pvShareToOpenAI + b, f64x2.mul(v128.load(sa + b), rate));
      addTo(pvAoaiProfit + b, f64x2.mul(v128.load(apa + b), rate));
      addTo(pvContracted + b, f64x2.mul(contracted, rate));
      addTo(pvUncontracted + b, f64x2.mul(f64x2.sub(azureValue, contracted), ke));
      addTo(pvProfitShare + b, f64x2.mul(v128.load(psa + b), ke));
      if (through) {
        addTo(paidThrough + b, pay);
        addTo(uncappedThrough + b, v128.load(ua + b));
        addTo(computeThrough + b, v128.load(ta + b));
        addTo(azureThrough + b, azureValue);
      }
      addTo(idleTotal + b, v128.load(ida + b));
      if (notLast) {
        v128.store(atRate + b, f64x2.div(rate, f64x2.add(one, v128.load(discountRate + b))));
        v128.store(atKe + b, f64x2.div(ke, f64x2.add(one, v128.load(costOfEquity + b))));
      }
    }
  }
  // presentValue()'s terminal values: the last flow growing forever, discounted as the last year.
  const last = YEARS - 1;
  const paidLast = colAt(cols, PAID, last);
  const toOpenAILast = colAt(cols, SHARE_TO_OPENAI, last);
  const aoaiLast = colAt(cols, AOAI_PROFIT, last);
  const contractedLast = colAt(cols, AZURE_CONTRACTED, last);
  const azureLast = colAt(cols, AZURE, last);
  const profitShareLast = colAt(cols, PROFIT_SHARE, last);
  for (let j = 0; j < n; j += 2) {
    const b = (<usize>j) << 3;
    const r = v128.load(discountRate + b);
    const ke = v128.load(costOfEquity + b);
    const g = v128.load(revGrowthTerminal + b);
    const rate = v128.load(atRate + b);
    const keAt = v128.load(atKe + b);
    addTo(pvShare + b, f64x2.mul(perpetuity(v128.load(paidLast + b), r, g), rate));
    addTo(pvShareToOpenAI + b, f64x2.mul(perpetuity(v128.load(toOpenAILast + b), r, g), rate));
    addTo(pvAoaiProfit + b, f64x2.mul(perpetuity(v128.load(aoaiLast + b), r, g), rate));
    const contractedAtLast = v128.load(contractedLast + b);
    const contracted = f64x2.add(
      v128.load(pvContracted + b),
      f64x2.mul(perpetuity(contractedAtLast, r, g), rate),
    );
    const uncontracted = f64x2.add(
      v128.load(pvUncontracted + b),
      f64x2.mul(perpetuity(f64x2.sub(v128.load(azureLast + b), contractedAtLast), ke, g), keAt),
    );
    addTo(
      pvProfitShare + b,
      f64x2.mul(f64x2.min(perpetuity(v128.load(profitShareLast + b), ke, g), zero), keAt),
    );
    v128.store(pvHostedRevenue + b, f64x2.add(contracted, uncontracted));
  }
}
