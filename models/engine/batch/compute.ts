import type { ScenarioValues } from '../../schema/scenario.ts';
import { overrideShares as overrideShares_ } from '../compute.ts';
import type { SeriesOverrides } from '../overrides.ts';
import {
  FIRST_YEAR as FIRST_YEAR_,
  linearBetween as linearBetween_,
  THROUGH_YEAR as THROUGH_YEAR_,
} from '../paths.ts';
import { YEARS as YEARS_, type ContractPaths } from './inputs.ts';

const YEARS = YEARS_;
const overrideShares = overrideShares_;

const FIRST_YEAR = FIRST_YEAR_;
const THROUGH_YEAR = THROUGH_YEAR_;
const linearBetween = linearBetween_;

/** One sample's compute, year by year: what compute() of ../compute.ts returns that the simulation reads. */
export interface ComputeScratch {
  readonly inference: Float64Array;
  readonly training: Float64Array;
  readonly total: Float64Array;
  readonly idle: Float64Array;
  readonly azure: Float64Array;
  readonly oracle: Float64Array;
  readonly stargate: Float64Array;
  readonly coreweave: Float64Array;
  readonly aws: Float64Array;
  readonly google: Float64Array;
  readonly ownCapacity: Float64Array;
  readonly decentralized: Float64Array;
}

export function computeScratch(): ComputeScratch {
  const f = () => new Float64Array(YEARS);
  return {
    inference: f(),
    training: f(),
    total: f(),
    idle: f(),
    azure: f(),
    oracle: f(),
    stargate: f(),
    coreweave: f(),
    aws: f(),
    google: f(),
    ownCapacity: f(),
    decentralized: f(),
  };
}

const split = [0, 0, 0, 0, 0];

/**
 * compute() of ../compute.ts for one sample, the same operations in the same order, from paths computed before:
 * the gross margin, the training share's shape and the contracts' payments. `shares`: the sample's formula paths
 * for providers' shares of uncontracted compute, if any.
 */
export function computeSample(
  v: ScenarioValues,
  revenue: Float64Array,
  grossMargin: ArrayLike<number>,
  trainingShape: Float64Array,
  contracts: ContractPaths,
  shares: SeriesOverrides | undefined,
  out: ComputeScratch,
): void {
  const { inference, training, total, idle, azure, oracle, stargate, coreweave, aws, google, ownCapacity } =
    out;
  const decentralized = out.decentralized;
  for (let i = 0; i < YEARS; i++) inference[i] = revenue[i]! * (1 - grossMargin[i]!);
  trainingCompute(v, revenue, inference, trainingShape, training);

  let weightSum = v.azureWeight + v.stargateWeight + v.googleWeight + v.ownWeight;
  const even = weightSum === 0;
  if (even) weightSum = 4;
  const wAzure = (even ? 1 : v.azureWeight) / weightSum;
  const wStargate = (even ? 1 : v.stargateWeight) / weightSum;
  const wGoogle = (even ? 1 : v.googleWeight) / weightSum;
  const wOwn = (even ? 1 : v.ownWeight) / weightSum;
  const decShare = v.decShare;
  const decDiscount = v.decDiscount;
  const rofrEndYear = v.rofrEndYear;
  const azureContract = contracts.azure;
  const oracleContract = contracts.oracle;
  const coreweaveContract = contracts.coreweave;
  const awsContract = contracts.aws;

  for (let i = 0; i < YEARS; i++) {
    const need = inference[i]! + training[i]!;
    const azureC = azureContract[i]!;
    const oracleC = oracleContract[i]!;
    const coreweaveC = coreweaveContract[i]!;
    const awsC = awsContract[i]!;
    const contracted = azureC + oracleC + coreweaveC + awsC;
    const residual = contracted >= need ? 0 : need - contracted;
    const azureFirst = FIRST_YEAR + i <= rofrEndYear;
    let moved = azureFirst ? 0 : residual * decShare;
    const flexible = residual - moved;
    if (shares) {
      split[0] = azureFirst ? 1 : (1 - decShare) * wAzure;
      split[1] = azureFirst ? 0 : (1 - decShare) * wStargate;
      split[2] = azureFirst ? 0 : (1 - decShare) * wGoogle;
      split[3] = azureFirst ? 0 : (1 - decShare) * wOwn;
      split[4] = azureFirst ? 0 : decShare;
      overrideShares(split, shares, i);
      moved = residual * split[4]!;
      azure[i] = azureC + residual * split[0]!;
      stargate[i] = residual * split[1]!;
      google[i] = residual * split[2]!;
      ownCapacity[i] = residual * split[3]!;
    } else {
      azure[i] = azureC + (azureFirst ? flexible : flexible * wAzure);
      stargate[i] = azureFirst ? 0 : flexible * wStargate;
      google[i] = azureFirst ? 0 : flexible * wGoogle;
      ownCapacity[i] = azureFirst ? 0 : flexible * wOwn;
    }
    oracle[i] = oracleC;
    coreweave[i] = coreweaveC;
    aws[i] = awsC;
    decentralized[i] = moved * (1 - decDiscount);
    const saving = moved * decDiscount;
    idle[i] = contracted > need ? contracted - need : 0;
    total[i] = need - saving + idle[i]!;
  }
}

/** trainingCompute() of ../compute.ts, from its shape. */
function trainingCompute(
  v: ScenarioValues,
  revenue: Float64Array,
  inference: Float64Array,
  shape: Float64Array,
  out: Float64Array,
): void {
  const cumulative = v.computeMode === 'cumulative';
  const anchor = cumulative ? v.computeTargetYear : THROUGH_YEAR;
  let k = 1;
  let byInference = false;
  if (cumulative) {
    let fixed = 0;
    let scalable = 0;
    for (let i = 0; i < YEARS && FIRST_YEAR + i <= anchor; i++) {
      fixed += inference[i]!;
      if (i === 0) fixed += revenue[i]! * shape[i]!;
      else scalable += revenue[i]! * shape[i]!;
    }
    const gap = v.computeTarget - fixed;
    k = gap > 0 && scalable > 0 ? gap / scalable : 0;
    byInference = gap > 0 && !(Number.isFinite(k) && k > 0);
    if (byInference) k = gap / (fixed - inference[0]! - revenue[0]! * shape[0]! || 1);
  }
  const peak = Math.max(v.trainingShareStart, v.trainingSharePeak, v.trainingShareEnd);
  const longRunYear = Math.max(v.trainingLongRunYear, anchor + 1);
  const longRunShare = v.trainingShareLongRun;
  let anchorShare = 0;
  for (let i = 0; i < YEARS; i++) {
    const year = FIRST_YEAR + i;
    let t: number;
    if (i === 0) t = revenue[i]! * shape[i]!;
    else if (year <= anchor) t = byInference ? inference[i]! * k : revenue[i]! * shape[i]! * k;
    else t = revenue[i]! * linearBetween(year, anchor, anchorShare, longRunYear, longRunShare);
    if (year === anchor) {
      const scaled = revenue[i]! > 0 ? t / revenue[i]! : 0;
      anchorShare = Math.min(scaled, peak);
    }
    out[i] = t;
  }
}
