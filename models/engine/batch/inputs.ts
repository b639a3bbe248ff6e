import type { ScenarioValues } from '../../schema/scenario.ts';
import type { Col } from './block.ts';
import { contractPayment as contractPayment_ } from '../compute.ts';
import {
  FIRST_YEAR as FIRST_YEAR_,
  linearBetween as linearBetween_,
  THROUGH_YEAR as THROUGH_YEAR_,
  VALUE_END_YEAR as VALUE_END_YEAR_,
} from '../paths.ts';
import { revenueShareRate as revenueShareRate_ } from '../revenueShare.ts';

const contractPayment = contractPayment_;
const revenueShareRate = revenueShareRate_;

// Local copies: module bindings are read through getters in some module loaders (vitest, tsx).
const FIRST_YEAR = FIRST_YEAR_;
const THROUGH_YEAR = THROUGH_YEAR_;
const VALUE_END_YEAR = VALUE_END_YEAR_;
const linearBetween = linearBetween_;

/** Every modelled year, 2025–2045: the batch engine's paths have one value per year, like project()'s. */
export const YEARS = VALUE_END_YEAR - FIRST_YEAR + 1;

/*
 * Year-by-year inputs project() derives from assumptions through branchy helpers (compute.ts, revenueShare.ts),
 * for one set of values at a time, written into Float64Arrays with the same operations in the same order, so the
 * batch engine matches project() to the last bit. Each reads its assumptions only through `v`, which lets the
 * engine compute a path once when none of the assumptions it reads is drawn (see `readsNone`), and sample by
 * sample otherwise. Revenue and the gross margin are computed for a whole block at once (blockPaths.ts).
 */

/** revenueShareRate() for every year. */
export function shareRatePath(v: ScenarioValues, out: Float64Array): void {
  for (let i = 0; i < YEARS; i++) out[i] = revenueShareRate(v, FIRST_YEAR + i);
}

/** The training share's shape of compute()'s trainingCompute(), before any scaling to a cumulative total. */
export function trainingShapePath(v: ScenarioValues, out: Float64Array): void {
  for (let i = 0; i < YEARS; i++) {
    const year = FIRST_YEAR + i;
    out[i] =
      year <= v.trainingPeakYear
        ? linearBetween(year, FIRST_YEAR, v.trainingShareStart, v.trainingPeakYear, v.trainingSharePeak)
        : linearBetween(year, v.trainingPeakYear, v.trainingSharePeak, THROUGH_YEAR, v.trainingShareEnd);
  }
}

/** Each take-or-pay contract's payment per year, as compute() adds them up: Azure, Oracle, CoreWeave, AWS. */
export interface ContractPaths {
  readonly azure: Float64Array;
  readonly oracle: Float64Array;
  readonly coreweave: Float64Array;
  readonly aws: Float64Array;
}

/** The same, for a block of samples (see block.ts). */
export interface ContractCols {
  readonly azure: Col;
  readonly oracle: Col;
  readonly coreweave: Col;
  readonly aws: Col;
}

export function contractPaths(v: ScenarioValues, out: ContractPaths): void {
  const shape = v.contractShape;
  for (let i = 0; i < YEARS; i++) {
    const year = FIRST_YEAR + i;
    out.azure[i] = contractPayment(year, v.azureCommit, v.azureCommitStart, v.azureCommitYears, shape);
    out.oracle[i] = contractPayment(year, v.oracleValue, v.oracleStart, v.oracleYears, shape);
    out.coreweave[i] = contractPayment(year, v.coreweaveValue, v.coreweaveStart, v.coreweaveYears, shape);
    out.aws[i] =
      contractPayment(year, v.awsValue, v.awsStart, v.awsYears, shape) +
      contractPayment(year, v.awsExpansionValue, v.awsExpansionStart, v.awsExpansionYears, shape);
  }
}

/**
 * Whether `fill` reads none of the `drawn` assumptions from `values`: then what it computes is the same for every
 * sample (every value it reads is, so it takes the same branches), and the engine computes it once. Found by
 * watching its reads, so it cannot fall out of step with the function as written.
 */
export function readsNone(
  fill: (v: ScenarioValues) => void,
  values: ScenarioValues,
  drawn: ReadonlySet<string>,
): boolean {
  let touched = false;
  const watched = new Proxy(values, {
    get(target, key, receiver) {
      if (typeof key === 'string' && drawn.has(key)) touched = true;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  fill(watched);
  return !touched;
}
