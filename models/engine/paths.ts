/** The model's first projected year; present values are discounted to it. */
export const FIRST_YEAR = 2025;
/** "Through 2030" in every headline figure means 2025–2030 inclusive. */
export const THROUGH_YEAR = 2030;

/**
 * Linear interpolation in time, flat outside [y0, y1]: v0 up to y0, v1 from y1 on. When y1 <= y0 it is a step
 * from v0 to v1 right after y0, so any pair of years a user picks gives a defined path.
 */
export function linearBetween(year: number, y0: number, v0: number, y1: number, v1: number): number {
  if (year <= y0) return v0;
  if (year >= y1) return v1;
  return v0 + ((v1 - v0) * (year - y0)) / (y1 - y0);
}

/** A rate that decays from `initial` toward `terminal`, halving the gap every `halfLife` years after `fromYear`. */
export function decayingRate(
  year: number,
  fromYear: number,
  initial: number,
  terminal: number,
  halfLife: number,
): number {
  return terminal + (initial - terminal) * Math.pow(0.5, (year - fromYear) / halfLife);
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
