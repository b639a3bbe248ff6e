import type { ScenarioValues } from '../schema/scenario.ts';
import { decayingRate, FIRST_YEAR } from './paths.ts';

/**
 * OpenAI's revenue for each year. Two paths:
 * - `target`: constant growth from the 2025 revenue to the target revenue in the target year, after which growth
 *   decays from that rate toward the terminal rate;
 * - `decay`: growth starts at `revGrowthStart` in 2026 and decays toward the terminal rate.
 */
export function openaiRevenue(v: ScenarioValues, years: readonly number[]): number[] {
  const out: number[] = [];
  let revenue = v.rev2025;
  if (v.revMode === 'target') {
    const span = v.revTargetYear - FIRST_YEAR;
    const cagr = Math.pow(v.revTarget / v.rev2025, 1 / span) - 1;
    for (let i = 0; i < years.length; i++) {
      const year = years[i]!;
      // The target year itself is set exactly, so compounding error never moves the anchor.
      if (year === v.revTargetYear) revenue = v.revTarget;
      else if (year < v.revTargetYear) revenue = i === 0 ? v.rev2025 : revenue * (1 + cagr);
      else revenue *= 1 + decayingRate(year, v.revTargetYear, cagr, v.revGrowthTerminal, v.revGrowthHalfLife);
      out[i] = revenue;
    }
    return out;
  }
  for (let i = 0; i < years.length; i++) {
    const year = years[i]!;
    if (year > FIRST_YEAR) {
      revenue *=
        1 + decayingRate(year, FIRST_YEAR + 1, v.revGrowthStart, v.revGrowthTerminal, v.revGrowthHalfLife);
    }
    out[i] = revenue;
  }
  return out;
}
