import { YEARS as YEARS_ } from './inputs.ts';

const YEARS = YEARS_;

/**
 * The discount factors presentValue() of ../paths.ts applies year by year at `rate`: 1, then divided by
 * (1 + rate) each year, the same divisions in the same order, so a present value from them equals presentValue()'s
 * to the bit. One sample's present values at the same rate share them.
 */
export function discountFactors(rate: number, out: Float64Array): void {
  let discount = 1;
  for (let i = 0; i < YEARS; i++) {
    out[i] = discount;
    discount /= 1 + rate;
  }
}

/** presentValue(flow, rate, growth, split, terminalCap).total of ../paths.ts, with `discount` from discountFactors(rate). */
export function presentValueTotal(
  flow: ArrayLike<number>,
  discount: Float64Array,
  rate: number,
  growth: number,
  terminalCap = Infinity,
): number {
  let total = 0;
  const last = YEARS - 1;
  for (let i = 0; i <= last; i++) total += flow[i]! * discount[i]!;
  const terminal = Math.min((flow[last]! * (1 + growth)) / (rate - growth), terminalCap) * discount[last]!;
  return total + terminal;
}
