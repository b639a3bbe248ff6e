import type { ScenarioValues } from '../schema/scenario.ts';
import { FIRST_YEAR as FIRST_YEAR_, THROUGH_YEAR as THROUGH_YEAR_ } from './paths.ts';

// Local copies: module bindings are read through getters in some module loaders (vitest, tsx), which showed up as
// a tenth of a projection's time in a profile.
const FIRST_YEAR = FIRST_YEAR_;
const THROUGH_YEAR = THROUGH_YEAR_;

/**
 * OpenAI's revenue for each year: the reported path year by year through 2030 (2025 actual, 2026–2030 the latest
 * projections), then growth that starts at `revGrowth2031` and decays toward the long-run rate, halving the gap
 * every `revGrowthHalfLife` years.
 */
export function openaiRevenue(v: ScenarioValues, years: readonly number[]): number[] {
  const points = [v.rev2025, v.rev2026, v.rev2027, v.rev2028, v.rev2029, v.rev2030];
  const out: number[] = [];
  // Running product instead of a power per year: the gap to the long-run rate shrinks by a constant factor.
  const shrink = Math.pow(0.5, 1 / v.revGrowthHalfLife);
  let gap = v.revGrowth2031 - v.revGrowthTerminal;
  let revenue = 0;
  for (let i = 0; i < years.length; i++) {
    const year = years[i]!;
    if (year <= THROUGH_YEAR) revenue = points[year - FIRST_YEAR]!;
    else {
      revenue *= 1 + v.revGrowthTerminal + gap;
      gap *= shrink;
    }
    out.push(revenue);
  }
  return out;
}
