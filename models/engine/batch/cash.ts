import type { ScenarioValues } from '../../schema/scenario.ts';
import { FIRST_YEAR as FIRST_YEAR_ } from '../paths.ts';
import { YEARS as YEARS_ } from './inputs.ts';

const YEARS = YEARS_;

const FIRST_YEAR = FIRST_YEAR_;

/*
 * One sample's equity (equity.ts), the same operations in the same order, into preallocated arrays.
 */

/** What equity() of equity.ts returns that the simulation reads. */
export interface EquityScratch {
  readonly future: Float64Array;
  readonly reserve: Float64Array;
  readonly value: Float64Array;
  readonly cash: Float64Array;
  readonly raised: Float64Array;
  readonly distributions: Float64Array;
  readonly msftStake: Float64Array;
  readonly foundationStake: Float64Array;
}

export function equityScratch(): EquityScratch {
  const f = () => new Float64Array(YEARS);
  return {
    future: f(),
    reserve: f(),
    value: f(),
    cash: f(),
    raised: f(),
    distributions: f(),
    msftStake: f(),
    foundationStake: f(),
  };
}

/** equity() of equity.ts, with its terminal value given. */
export function equitySample(
  v: ScenarioValues,
  fcf: Float64Array,
  terminalValue: number,
  out: EquityScratch,
): void {
  const { future, reserve, value, cash, raised, distributions, msftStake, foundationStake } = out;
  const n = YEARS;
  const ke = v.costOfEquity;
  future[n - 1] = terminalValue;
  for (let i = n - 2; i >= 0; i--) future[i] = (fcf[i + 1]! + future[i + 1]!) / (1 + ke);
  reserve[n - 1] = 0;
  for (let i = n - 2; i >= 0; i--) reserve[i] = Math.max(0, reserve[i + 1]! - fcf[i + 1]!);

  const round2026 = v.round2026Raised;
  const valuation2026 = v.valuation2026;
  let held = 0;
  let msft = v.equityMode === 'stake' ? v.msftStake : 0;
  let foundation = v.foundationStake;
  for (let i = 0; i < n; i++) {
    const flow = fcf[i]!;
    let before = held + flow;
    let round = 0;
    let keep = 1;
    if (FIRST_YEAR + i === 2026 && round2026 > 0) {
      round = round2026;
      before += round;
      keep *= 1 - Math.min(1, round / valuation2026);
    }
    const topUp = before < 0 ? -before : 0;
    held = before + topUp;
    let paidOut = 0;
    if (flow > 0 && round === 0 && held > reserve[i]!) {
      paidOut = held - reserve[i]!;
      held = reserve[i]!;
    }
    const worth = Math.max(0, held + future[i]!);
    if (topUp > 0 && i > 0) keep *= worth > topUp ? 1 - topUp / worth : 0;
    msft *= keep;
    foundation *= keep;
    value[i] = worth;
    cash[i] = held;
    raised[i] = round + topUp;
    distributions[i] = paidOut;
    msftStake[i] = msft;
    foundationStake[i] = foundation;
  }
}
