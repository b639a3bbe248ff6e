import type { ScenarioValues } from '../schema/scenario.ts';
import { linearBetween } from './paths.ts';

/**
 * The contractual share of OpenAI's revenue owed to Microsoft in `year`, before the cap: zero after the last
 * paid year and, where the AGI clause applies, from the year AGI is verified.
 */
export function revenueShareRate(v: ScenarioValues, year: number): number {
  if (year > v.shareLastYear) return 0;
  if (v.agiClause && year >= v.agiYear) return 0;
  switch (v.shareShape) {
    case 'flat':
      return v.shareStart;
    case 'step':
      return year >= v.shareDeclineEnd ? v.shareEnd : v.shareStart;
    case 'linear':
      return linearBetween(year, v.shareDeclineStart, v.shareStart, v.shareDeclineEnd, v.shareEnd);
  }
}

export interface RevenueShareSeries {
  rate: number[];
  /** What OpenAI would owe without a cap. */
  uncapped: number[];
  /** What it pays: never negative, never above revenue × rate, cumulative never above the cap. */
  paid: number[];
  /** First year in which the cap stops payments short of what is owed; null if it never binds. */
  capReachedYear: number | null;
}

/** Revenue share owed and paid each year, the cap applied to cumulative payments from the first year. */
export function revenueShare(
  v: ScenarioValues,
  years: readonly number[],
  revenue: readonly number[],
  /** A rate per year replacing the built-in one (its shape, last paid year and AGI clause); the cap still applies. */
  rateOverride?: ArrayLike<number>,
): RevenueShareSeries {
  const n = years.length;
  const rate: number[] = [];
  const uncapped: number[] = [];
  const paid: number[] = [];
  let remaining = v.shareCapOn ? v.shareCap : Infinity;
  let capReachedYear: number | null = null;
  for (let i = 0; i < n; i++) {
    const r = rateOverride ? rateOverride[i]! : revenueShareRate(v, years[i]!);
    const owed = revenue[i]! * r;
    const pay = owed < remaining ? owed : remaining;
    if (pay < owed && capReachedYear === null) capReachedYear = years[i]!;
    remaining -= pay;
    rate[i] = r;
    uncapped[i] = owed;
    paid[i] = pay;
  }
  return { rate, uncapped, paid, capReachedYear };
}
