import type { ScenarioValues } from '../schema/scenario.ts';
import {
  FIRST_YEAR as FIRST_YEAR_,
  THROUGH_YEAR as THROUGH_YEAR_,
  VALUE_END_YEAR as VALUE_END_YEAR_,
} from './paths.ts';

// Local copies: module bindings are read through getters in some module loaders (vitest, tsx), which showed up as
// a tenth of a projection's time in a profile.
const FIRST_YEAR = FIRST_YEAR_;
const THROUGH_YEAR = THROUGH_YEAR_;
const VALUE_END_YEAR = VALUE_END_YEAR_;

/**
 * OpenAI's revenue for each year: the reported path year by year through 2030 (2025 actual, 2026–2030 the latest
 * projections), then growth that starts at `revGrowth2031` and decays toward the long-run rate, halving the gap
 * every `revGrowthHalfLife` years; the gap also tapers linearly to nothing over the last ten modelled years, so the
 * terminal value always starts from steady growth (a slow half-life must not be capitalized as perpetual growth).
 */
export function openaiRevenue(v: ScenarioValues, years: readonly number[]): number[] {
  const points = [v.rev2025, v.rev2026, v.rev2027, v.rev2028, v.rev2029, v.rev2030];
  const out: number[] = [];
  // Running product instead of a power per year: the gap to the long-run rate shrinks by a constant factor.
  const shrink = Math.pow(0.5, 1 / v.revGrowthHalfLife);
  // The taper runs over the last ten modelled years only, so it leaves the 2030s' growth as the half-life sets it.
  const taperYears = 10;
  let gap = v.revGrowth2031 - v.revGrowthTerminal;
  let revenue = 0;
  for (let i = 0; i < years.length; i++) {
    const year = years[i]!;
    if (year <= THROUGH_YEAR) revenue = points[year - FIRST_YEAR]!;
    else {
      const taper = VALUE_END_YEAR - year < taperYears ? (VALUE_END_YEAR - year) / taperYears : 1;
      revenue *= 1 + v.revGrowthTerminal + gap * taper;
      gap *= shrink;
    }
    out.push(revenue);
  }
  return out;
}
