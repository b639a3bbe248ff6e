import { overrideShares as overrideShares_ } from '../compute.ts';
import type { SeriesOverrides } from '../overrides.ts';
import {
  FIRST_YEAR as FIRST_YEAR_,
  linearBetween as linearBetween_,
  THROUGH_YEAR as THROUGH_YEAR_,
} from '../paths.ts';
import { states, type Col, type Params } from './block.ts';
import { YEARS as YEARS_, type ContractCols } from './inputs.ts';

// Local copies: module bindings are read through getters in some module loaders (vitest, tsx).
const YEARS = YEARS_;
const overrideShares = overrideShares_;
const FIRST_YEAR = FIRST_YEAR_;
const THROUGH_YEAR = THROUGH_YEAR_;
const linearBetween = linearBetween_;

/** A block's compute, year by year: what compute() of ../compute.ts returns that the simulation reads. */
export interface ComputeCols {
  readonly inference: Col;
  readonly training: Col;
  readonly total: Col;
  readonly idle: Col;
  readonly azure: Col;
  readonly oracle: Col;
  readonly stargate: Col;
  readonly coreweave: Col;
  readonly aws: Col;
  readonly google: Col;
  readonly ownCapacity: Col;
  readonly decentralized: Col;
  /**
   * Per sample: the first year within its horizon in which the other providers together are paid more than Azure
   * (project.ts's partnersExceedAzure); Infinity if never.
   */
  readonly partnersYear: Float64Array;
}

/** What compute() reads from a block: its paths, computed before, and each sample's formula shares, if any. */
export interface ComputeInputs {
  readonly revenue: Col;
  readonly grossMargin: Col;
  readonly trainingShape: Col;
  readonly contracts: ContractCols;
  /** Block sample j's formula paths for providers' shares, or undefined. */
  readonly shares: (SeriesOverrides | undefined)[];
  readonly computeMode: 'cumulative' | string;
}

const trainingScratch = states(8);
const weights = states(4);
const split = [0, 0, 0, 0, 0];

/**
 * compute() of ../compute.ts for block samples 0 to n, each step over every sample in turn: the same operations
 * in the same order for each sample.
 */
export function computeBlock(p: Params, n: number, c: ComputeInputs, out: ComputeCols): void {
  const { revenue, grossMargin, trainingShape } = c;
  const { inference } = out;
  for (let i = 0; i < YEARS; i++) {
    const ia = inference.arr[i]!;
    const io = inference.off[i]!;
    const ra = revenue.arr[i]!;
    const ro = revenue.off[i]!;
    const ga = grossMargin.arr[i]!;
    const go = grossMargin.off[i]!;
    for (let j = 0; j < n; j++) ia[io + j] = ra[ro + j]! * (1 - ga[go + j]!);
  }
  trainingBlock(p, n, revenue, inference, trainingShape, c.computeMode === 'cumulative', out.training);

  const { azureWeight, stargateWeight, googleWeight, ownWeight } = p;
  const [wAzure, wStargate, wGoogle, wOwn] = weights;
  for (let j = 0; j < n; j++) {
    let weightSum = azureWeight[j]! + stargateWeight[j]! + googleWeight[j]! + ownWeight[j]!;
    const even = weightSum === 0;
    if (even) weightSum = 4;
    wAzure[j] = (even ? 1 : azureWeight[j]!) / weightSum;
    wStargate[j] = (even ? 1 : stargateWeight[j]!) / weightSum;
    wGoogle[j] = (even ? 1 : googleWeight[j]!) / weightSum;
    wOwn[j] = (even ? 1 : ownWeight[j]!) / weightSum;
  }
  const { decShare, decDiscount, rofrEndYear } = p;
  const { total, idle, azure, oracle, stargate, coreweave, aws, google, ownCapacity, decentralized } = out;
  const { training } = out;
  const contracts = c.contracts;
  const shares = c.shares;
  const { partnersYear } = out;
  const { horizonEnd } = p;
  partnersYear.fill(Infinity, 0, n);
  for (let i = 0; i < YEARS; i++) {
    const year = FIRST_YEAR + i;
    const ia = inference.arr[i]!;
    const io = inference.off[i]!;
    const ta = training.arr[i]!;
    const to = training.off[i]!;
    const cAzA = contracts.azure.arr[i]!;
    const cAzO = contracts.azure.off[i]!;
    const cOrA = contracts.oracle.arr[i]!;
    const cOrO = contracts.oracle.off[i]!;
    const cCwA = contracts.coreweave.arr[i]!;
    const cCwO = contracts.coreweave.off[i]!;
    const cAwA = contracts.aws.arr[i]!;
    const cAwO = contracts.aws.off[i]!;
    const azA = azure.arr[i]!;
    const azO = azure.off[i]!;
    const sgA = stargate.arr[i]!;
    const sgO = stargate.off[i]!;
    const goA = google.arr[i]!;
    const goO = google.off[i]!;
    const owA = ownCapacity.arr[i]!;
    const owO = ownCapacity.off[i]!;
    const orA = oracle.arr[i]!;
    const orO = oracle.off[i]!;
    const cwA = coreweave.arr[i]!;
    const cwO = coreweave.off[i]!;
    const awA = aws.arr[i]!;
    const awO = aws.off[i]!;
    const deA = decentralized.arr[i]!;
    const deO = decentralized.off[i]!;
    const idA = idle.arr[i]!;
    const idO = idle.off[i]!;
    const toA = total.arr[i]!;
    const toO = total.off[i]!;
    for (let j = 0; j < n; j++) {
      const need = ia[io + j]! + ta[to + j]!;
      const azureC = cAzA[cAzO + j]!;
      const oracleC = cOrA[cOrO + j]!;
      const coreweaveC = cCwA[cCwO + j]!;
      const awsC = cAwA[cAwO + j]!;
      const contracted = azureC + oracleC + coreweaveC + awsC;
      const residual = contracted >= need ? 0 : need - contracted;
      const azureFirst = year <= rofrEndYear[j]!;
      const dec = decShare[j]!;
      let moved = azureFirst ? 0 : residual * dec;
      const flexible = residual - moved;
      const sampleShares = shares[j];
      let azureValue: number;
      let stargateValue: number;
      let googleValue: number;
      let ownValue: number;
      if (sampleShares) {
        split[0] = azureFirst ? 1 : (1 - dec) * wAzure[j]!;
        split[1] = azureFirst ? 0 : (1 - dec) * wStargate[j]!;
        split[2] = azureFirst ? 0 : (1 - dec) * wGoogle[j]!;
        split[3] = azureFirst ? 0 : (1 - dec) * wOwn[j]!;
        split[4] = azureFirst ? 0 : dec;
        overrideShares(split, sampleShares, i);
        moved = residual * split[4]!;
        azureValue = azureC + residual * split[0]!;
        stargateValue = residual * split[1]!;
        googleValue = residual * split[2]!;
        ownValue = residual * split[3]!;
      } else {
        azureValue = azureC + (azureFirst ? flexible : flexible * wAzure[j]!);
        stargateValue = azureFirst ? 0 : flexible * wStargate[j]!;
        googleValue = azureFirst ? 0 : flexible * wGoogle[j]!;
        ownValue = azureFirst ? 0 : flexible * wOwn[j]!;
      }
      azA[azO + j] = azureValue;
      sgA[sgO + j] = stargateValue;
      goA[goO + j] = googleValue;
      owA[owO + j] = ownValue;
      orA[orO + j] = oracleC;
      cwA[cwO + j] = coreweaveC;
      awA[awO + j] = awsC;
      const discount = decDiscount[j]!;
      const decentralizedValue = moved * (1 - discount);
      deA[deO + j] = decentralizedValue;
      if (partnersYear[j] === Infinity && i < horizonEnd[j]! - FIRST_YEAR + 1) {
        const others =
          oracleC + stargateValue + coreweaveC + awsC + googleValue + ownValue + decentralizedValue;
        if (others > azureValue) partnersYear[j] = year;
      }
      const saving = moved * discount;
      const idleValue = contracted > need ? contracted - need : 0;
      idA[idO + j] = idleValue;
      toA[toO + j] = need - saving + idleValue;
    }
  }
}

/** trainingCompute() of ../compute.ts, from its shape, for block samples 0 to n. */
function trainingBlock(
  p: Params,
  n: number,
  revenue: Col,
  inference: Col,
  shape: Col,
  cumulative: boolean,
  out: Col,
): void {
  const { computeTargetYear, computeTarget } = p;
  const [fixedSum, scalable, anchor, k, byInference, peak, longRunYear, anchorShare] = trainingScratch;
  for (let j = 0; j < n; j++) {
    anchor[j] = cumulative ? computeTargetYear[j]! : THROUGH_YEAR;
    k[j] = 1;
    byInference[j] = 0;
    fixedSum[j] = 0;
    scalable[j] = 0;
  }
  const r0 = revenue.arr[0]!;
  const r0o = revenue.off[0]!;
  const i0 = inference.arr[0]!;
  const i0o = inference.off[0]!;
  const s0 = shape.arr[0]!;
  const s0o = shape.off[0]!;
  if (cumulative) {
    for (let i = 0; i < YEARS; i++) {
      const year = FIRST_YEAR + i;
      const ra = revenue.arr[i]!;
      const ro = revenue.off[i]!;
      const ia = inference.arr[i]!;
      const io = inference.off[i]!;
      const sa = shape.arr[i]!;
      const so = shape.off[i]!;
      for (let j = 0; j < n; j++) {
        if (!(year <= anchor[j]!)) continue;
        fixedSum[j]! += ia[io + j]!;
        if (i === 0) fixedSum[j]! += ra[ro + j]! * sa[so + j]!;
        else scalable[j]! += ra[ro + j]! * sa[so + j]!;
      }
    }
    for (let j = 0; j < n; j++) {
      const fixed = fixedSum[j]!;
      const gap = computeTarget[j]! - fixed;
      let kj = gap > 0 && scalable[j]! > 0 ? gap / scalable[j]! : 0;
      const inferenceScaled = gap > 0 && !(Number.isFinite(kj) && kj > 0);
      if (inferenceScaled) kj = gap / (fixed - i0[i0o + j]! - r0[r0o + j]! * s0[s0o + j]! || 1);
      k[j] = kj;
      byInference[j] = inferenceScaled ? 1 : 0;
    }
  }
  const {
    trainingShareStart,
    trainingSharePeak,
    trainingShareEnd,
    trainingLongRunYear,
    trainingShareLongRun,
  } = p;
  for (let j = 0; j < n; j++) {
    peak[j] = Math.max(trainingShareStart[j]!, trainingSharePeak[j]!, trainingShareEnd[j]!);
    longRunYear[j] = Math.max(trainingLongRunYear[j]!, anchor[j]! + 1);
    anchorShare[j] = 0;
  }
  for (let i = 0; i < YEARS; i++) {
    const year = FIRST_YEAR + i;
    const ra = revenue.arr[i]!;
    const ro = revenue.off[i]!;
    const ia = inference.arr[i]!;
    const io = inference.off[i]!;
    const sa = shape.arr[i]!;
    const so = shape.off[i]!;
    const oa = out.arr[i]!;
    const oo = out.off[i]!;
    for (let j = 0; j < n; j++) {
      const a = anchor[j]!;
      const rev = ra[ro + j]!;
      let t: number;
      if (i === 0) t = rev * sa[so + j]!;
      else if (year <= a) t = byInference[j] ? ia[io + j]! * k[j]! : rev * sa[so + j]! * k[j]!;
      else t = rev * linearBetween(year, a, anchorShare[j]!, longRunYear[j]!, trainingShareLongRun[j]!);
      if (year === a) {
        const scaled = rev > 0 ? t / rev : 0;
        anchorShare[j] = Math.min(scaled, peak[j]!);
      }
      oa[oo + j] = t;
    }
  }
}
