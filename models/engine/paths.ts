/** The model's first projected year; present values are discounted to it. */
export const FIRST_YEAR = 2025;
/** "Through 2030" in every headline figure means 2025–2030 inclusive; also the last year of reported projections. */
export const THROUGH_YEAR = 2030;
/**
 * The last year the model computes, whatever the horizon: every path has reached its long-run state by then (no
 * contract or revenue share runs past it), so each cash flow's terminal value is a perpetuity growing at the
 * long-run rate from here. The horizon only sets how many years are shown; no value depends on it.
 */
export const VALUE_END_YEAR = 2045;

/**
 * Linear interpolation in time, flat outside [y0, y1]: v0 up to y0, v1 from y1 on. When y1 <= y0 it is a step
 * from v0 to v1 right after y0, so any pair of years a user picks gives a defined path.
 */
export function linearBetween(year: number, y0: number, v0: number, y1: number, v1: number): number {
  if (year <= y0) return v0;
  if (year >= y1) return v1;
  return v0 + ((v1 - v0) * (year - y0)) / (y1 - y0);
}

/** Sum of `series` over the years up to and including `lastYear`. */
export function sumThrough(years: readonly number[], series: readonly number[], lastYear: number): number {
  let total = 0;
  for (let i = 0; i < years.length && years[i]! <= lastYear; i++) total += series[i]!;
  return total;
}

/** n zeros, in a packed array (V8 reads packed arrays faster than the holey ones `new Array(n)` makes). */
export function zeros(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(0);
  return out;
}

/**
 * Present value in FIRST_YEAR of a yearly flow (year i discounted by (1 + rate)^i, flows at year end) plus a
 * terminal value: the last flow growing at `growth` forever. `split` is the index of the last shown year: what
 * comes after it (terminal value included) is returned separately, so a ledger can say how much of a value lies
 * beyond the horizon. `terminalCap` bounds the terminal value (a capped stream cannot pay more than its cap's
 * room). Requires rate > growth (the schema's ranges keep it so).
 */
export function presentValue(
  flow: readonly number[],
  rate: number,
  growth: number,
  split: number,
  terminalCap = Infinity,
): { total: number; afterSplit: number } {
  let total = 0;
  let after = 0;
  let discount = 1;
  const last = flow.length - 1;
  for (let i = 0; i <= last; i++) {
    const pv = flow[i]! * discount;
    total += pv;
    if (i > split) after += pv;
    if (i < last) discount /= 1 + rate;
  }
  const terminal = Math.min((flow[last]! * (1 + growth)) / (rate - growth), terminalCap) * discount;
  return { total: total + terminal, afterSplit: after + terminal };
}
