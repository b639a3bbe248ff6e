import { colAt, FIRST_YEAR, linearBetween, param, pick, put, stateAt, THROUGH_YEAR, YEARS } from './block';
import {
  P_azureWeight,
  P_computeTarget,
  P_computeTargetYear,
  P_decDiscount,
  P_decShare,
  P_googleWeight,
  P_horizonEnd,
  P_ownWeight,
  P_rofrEndYear,
  P_stargateWeight,
  P_trainingLongRunYear,
  P_trainingShareEnd,
  P_trainingShareLongRun,
  P_trainingSharePeak,
  P_trainingShareStart,
} from './params';

// Series, in the order of the cols table compute's caller (engine.ts) lays out.
const REVENUE = 0;
const GROSS_MARGIN = 1;
const TRAINING_SHAPE = 2;
const INFERENCE = 3;
const TRAINING = 4;
const AZURE_CONTRACTED = 5;
const ORACLE = 6;
const COREWEAVE = 7;
const AWS = 8;
const AZURE = 9;
const STARGATE = 10;
const GOOGLE = 11;
const OWN_CAPACITY = 12;
const DECENTRALIZED = 13;
const IDLE = 14;
const TOTAL = 15;
// Per-sample states, in the order of the states table.
const PARTNERS_YEAR = 0;
const FIXED_SUM = 1;
const SCALABLE = 2;
const ANCHOR = 3;
const K = 4;
const BY_INFERENCE = 5;
const PEAK = 6;
const LONG_RUN_YEAR = 7;
const ANCHOR_SHARE = 8;
const W_AZURE = 9;
const W_STARGATE = 10;
const W_GOOGLE = 11;
const W_OWN = 12;

/**
 * computeBlock() of models/engine/batch/compute.ts (with its trainingBlock) over two samples a lane pair, for a
 * block without formula shares: the same operations in the same order for each sample, each branch's sides both
 * computed and picked by the JS comparison. Oracle, CoreWeave and AWS are written by the contracts, whose series
 * the compute's are.
 */
export function computeBlock(n: i32, cumulative: bool, params: usize, cols: usize, states: usize): void {
  const zero = f64x2.splat(0);
  const one = f64x2.splat(1);
  const inf = f64x2.splat(Infinity);
  for (let i = 0; i < YEARS; i++) {
    const ia = colAt(cols, INFERENCE, i);
    const ra = colAt(cols, REVENUE, i);
    const ga = colAt(cols, GROSS_MARGIN, i);
    for (let j = 0; j < n; j += 2) {
      const b = (<usize>j) << 3;
      put(ia + b, f64x2.mul(v128.load(ra + b), f64x2.sub(one, v128.load(ga + b))), j + 1 < n);
    }
  }
  trainingBlock(n, cumulative, params, cols, states);

  const azureWeight = param(params, P_azureWeight);
  const stargateWeight = param(params, P_stargateWeight);
  const googleWeight = param(params, P_googleWeight);
  const ownWeight = param(params, P_ownWeight);
  const wAzure = stateAt(states, W_AZURE);
  const wStargate = stateAt(states, W_STARGATE);
  const wGoogle = stateAt(states, W_GOOGLE);
  const wOwn = stateAt(states, W_OWN);
  const partnersYear = stateAt(states, PARTNERS_YEAR);
  const four = f64x2.splat(4);
  for (let j = 0; j < n; j += 2) {
    const b = (<usize>j) << 3;
    const aw = v128.load(azureWeight + b);
    const sw = v128.load(stargateWeight + b);
    const gw = v128.load(googleWeight + b);
    const ow = v128.load(ownWeight + b);
    let weightSum = f64x2.add(f64x2.add(f64x2.add(aw, sw), gw), ow);
    const even = f64x2.eq(weightSum, zero);
    weightSum = pick(even, four, weightSum);
    v128.store(wAzure + b, f64x2.div(pick(even, one, aw), weightSum));
    v128.store(wStargate + b, f64x2.div(pick(even, one, sw), weightSum));
    v128.store(wGoogle + b, f64x2.div(pick(even, one, gw), weightSum));
    v128.store(wOwn + b, f64x2.div(pick(even, one, ow), weightSum));
    v128.store(partnersYear + b, inf);
  }

  const decShare = param(params, P_decShare);
  const decDiscount = param(params, P_decDiscount);
  const rofrEndYear = param(params, P_rofrEndYear);
  const horizonEnd = param(params, P_horizonEnd);
  const firstYear = f64x2.splat(<f64>FIRST_YEAR);
  for (let i = 0; i < YEARS; i++) {
    const year = f64x2.splat(<f64>(FIRST_YEAR + i));
    const index = f64x2.splat(<f64>i);
    const ia = colAt(cols, INFERENCE, i);
    const ta = colAt(cols, TRAINING, i);
    const cAz = colAt(cols, AZURE_CONTRACTED, i);
    const cOr = colAt(cols, ORACLE, i);
    const cCw = colAt(cols, COREWEAVE, i);
    const cAw = colAt(cols, AWS, i);
    const az = colAt(cols, AZURE, i);
    const sg = colAt(cols, STARGATE, i);
    const go = colAt(cols, GOOGLE, i);
    const ow = colAt(cols, OWN_CAPACITY, i);
    const de = colAt(cols, DECENTRALIZED, i);
    const id = colAt(cols, IDLE, i);
    const to = colAt(cols, TOTAL, i);
    for (let j = 0; j < n; j += 2) {
      const b = (<usize>j) << 3;
      const both = j + 1 < n;
      const need = f64x2.add(v128.load(ia + b), v128.load(ta + b));
      const azureC = v128.load(cAz + b);
      const oracleC = v128.load(cOr + b);
      const coreweaveC = v128.load(cCw + b);
      const awsC = v128.load(cAw + b);
      const contracted = f64x2.add(f64x2.add(f64x2.add(azureC, oracleC), coreweaveC), awsC);
      const residual = pick(f64x2.ge(contracted, need), zero, f64x2.sub(need, contracted));
      const azureFirst = f64x2.le(year, v128.load(rofrEndYear + b));
      const dec = v128.load(decShare + b);
      const moved = pick(azureFirst, zero, f64x2.mul(residual, dec));
      const flexible = f64x2.sub(residual, moved);
      const azureValue = f64x2.add(
        azureC,
        pick(azureFirst, flexible, f64x2.mul(flexible, v128.load(wAzure + b))),
      );
      const stargateValue = pick(azureFirst, zero, f64x2.mul(flexible, v128.load(wStargate + b)));
      const googleValue = pick(azureFirst, zero, f64x2.mul(flexible, v128.load(wGoogle + b)));
      const ownValue = pick(azureFirst, zero, f64x2.mul(flexible, v128.load(wOwn + b)));
      put(az + b, azureValue, both);
      put(sg + b, stargateValue, both);
      put(go + b, googleValue, both);
      put(ow + b, ownValue, both);
      const discount = v128.load(decDiscount + b);
      const decentralizedValue = f64x2.mul(moved, f64x2.sub(one, discount));
      put(de + b, decentralizedValue, both);
      const py = v128.load(partnersYear + b);
      const within = f64x2.lt(index, f64x2.add(f64x2.sub(v128.load(horizonEnd + b), firstYear), one));
      const others = f64x2.add(
        f64x2.add(
          f64x2.add(f64x2.add(f64x2.add(f64x2.add(oracleC, stargateValue), coreweaveC), awsC), googleValue),
          ownValue,
        ),
        decentralizedValue,
      );
      const exceeds = v128.and(v128.and(f64x2.eq(py, inf), within), f64x2.gt(others, azureValue));
      v128.store(partnersYear + b, pick(exceeds, year, py));
      const saving = f64x2.mul(moved, discount);
      const idleValue = pick(f64x2.gt(contracted, need), f64x2.sub(contracted, need), zero);
      put(id + b, idleValue, both);
      put(to + b, f64x2.add(f64x2.sub(need, saving), idleValue), both);
    }
  }
}

/** trainingBlock() of models/engine/batch/compute.ts: the training compute from its shape. */
function trainingBlock(n: i32, cumulative: bool, params: usize, cols: usize, states: usize): void {
  const zero = f64x2.splat(0);
  const one = f64x2.splat(1);
  const fixedSum = stateAt(states, FIXED_SUM);
  const scalable = stateAt(states, SCALABLE);
  const anchor = stateAt(states, ANCHOR);
  const k = stateAt(states, K);
  const byInference = stateAt(states, BY_INFERENCE);
  const peak = stateAt(states, PEAK);
  const longRunYear = stateAt(states, LONG_RUN_YEAR);
  const anchorShare = stateAt(states, ANCHOR_SHARE);
  const computeTargetYear = param(params, P_computeTargetYear);
  const computeTarget = param(params, P_computeTarget);
  const throughYear = f64x2.splat(<f64>THROUGH_YEAR);
  for (let j = 0; j < n; j += 2) {
    const b = (<usize>j) << 3;
    v128.store(anchor + b, cumulative ? v128.load(computeTargetYear + b) : throughYear);
    v128.store(k + b, one);
    v128.store(byInference + b, zero);
    v128.store(fixedSum + b, zero);
    v128.store(scalable + b, zero);
  }
  const r0 = colAt(cols, REVENUE, 0);
  const i0 = colAt(cols, INFERENCE, 0);
  const s0 = colAt(cols, TRAINING_SHAPE, 0);
  if (cumulative) {
    for (let i = 0; i < YEARS; i++) {
      const year = f64x2.splat(<f64>(FIRST_YEAR + i));
      const ra = colAt(cols, REVENUE, i);
      const ia = colAt(cols, INFERENCE, i);
      const sa = colAt(cols, TRAINING_SHAPE, i);
      for (let j = 0; j < n; j += 2) {
        const b = (<usize>j) << 3;
        const counts = f64x2.le(year, v128.load(anchor + b));
        let fixed = v128.load(fixedSum + b);
        fixed = pick(counts, f64x2.add(fixed, v128.load(ia + b)), fixed);
        const scaled = f64x2.mul(v128.load(ra + b), v128.load(sa + b));
        if (i == 0) v128.store(fixedSum + b, pick(counts, f64x2.add(fixed, scaled), fixed));
        else {
          v128.store(fixedSum + b, fixed);
          const s = v128.load(scalable + b);
          v128.store(scalable + b, pick(counts, f64x2.add(s, scaled), s));
        }
      }
    }
    for (let j = 0; j < n; j += 2) {
      const b = (<usize>j) << 3;
      const fixed = v128.load(fixedSum + b);
      const gap = f64x2.sub(v128.load(computeTarget + b), fixed);
      const s = v128.load(scalable + b);
      const short = f64x2.gt(gap, zero);
      let kj = pick(v128.and(short, f64x2.gt(s, zero)), f64x2.div(gap, s), zero);
      const finite = f64x2.eq(f64x2.sub(kj, kj), zero);
      const inferenceScaled = v128.andnot(short, v128.and(finite, f64x2.gt(kj, zero)));
      // `x || 1`: 1 where x is 0 (either sign) or NaN.
      const rest = f64x2.sub(
        f64x2.sub(fixed, v128.load(i0 + b)),
        f64x2.mul(v128.load(r0 + b), v128.load(s0 + b)),
      );
      const falsy = v128.or(f64x2.eq(rest, zero), f64x2.ne(rest, rest));
      kj = pick(inferenceScaled, f64x2.div(gap, pick(falsy, one, rest)), kj);
      v128.store(k + b, kj);
      v128.store(byInference + b, inferenceScaled);
    }
  }
  const shareStart = param(params, P_trainingShareStart);
  const sharePeak = param(params, P_trainingSharePeak);
  const shareEnd = param(params, P_trainingShareEnd);
  const trainingLongRunYear = param(params, P_trainingLongRunYear);
  const shareLongRun = param(params, P_trainingShareLongRun);
  for (let j = 0; j < n; j += 2) {
    const b = (<usize>j) << 3;
    v128.store(
      peak + b,
      f64x2.max(f64x2.max(v128.load(shareStart + b), v128.load(sharePeak + b)), v128.load(shareEnd + b)),
    );
    v128.store(
      longRunYear + b,
      f64x2.max(v128.load(trainingLongRunYear + b), f64x2.add(v128.load(anchor + b), one)),
    );
    v128.store(anchorShare + b, zero);
  }
  for (let i = 0; i < YEARS; i++) {
    const year = f64x2.splat(<f64>(FIRST_YEAR + i));
    const ra = colAt(cols, REVENUE, i);
    const ia = colAt(cols, INFERENCE, i);
    const sa = colAt(cols, TRAINING_SHAPE, i);
    const oa = colAt(cols, TRAINING, i);
    for (let j = 0; j < n; j += 2) {
      const b = (<usize>j) << 3;
      const a = v128.load(anchor + b);
      const rev = v128.load(ra + b);
      const byShape = f64x2.mul(rev, v128.load(sa + b));
      let t: v128;
      if (i == 0) t = byShape;
      else {
        const kj = v128.load(k + b);
        const scaled = pick(
          v128.load(byInference + b),
          f64x2.mul(v128.load(ia + b), kj),
          f64x2.mul(byShape, kj),
        );
        const after = f64x2.mul(
          rev,
          linearBetween(
            year,
            a,
            v128.load(anchorShare + b),
            v128.load(longRunYear + b),
            v128.load(shareLongRun + b),
          ),
        );
        t = pick(f64x2.le(year, a), scaled, after);
      }
      // The anchor year's share (a division) only in a lane's anchor year.
      const at = f64x2.eq(year, a);
      if (v128.any_true(at)) {
        const share = f64x2.min(pick(f64x2.gt(rev, zero), f64x2.div(t, rev), zero), v128.load(peak + b));
        v128.store(anchorShare + b, pick(at, share, v128.load(anchorShare + b)));
      }
      put(oa + b, t, j + 1 < n);
    }
  }
}
