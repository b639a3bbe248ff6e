import { percentilesInPlace, select } from './percentiles.ts';

/**
 * Percentiles of a column by counting before selecting: one pass finds the column's ends, one counts its values
 * into equal-width buckets between them, and one copies out only the buckets that hold the wanted order
 * statistics, where a selection (percentiles.ts's quickselect) finds them among a few dozen values instead of
 * thousands. The order statistics, and so the percentiles (type 7, as percentilesInPlace), are exactly the same.
 * The column is left as it is. A column whose ends are equal (a figure no range moves) costs one pass; one with an
 * infinite value, or too short to be worth counting, goes to percentilesInPlace.
 */

const BUCKETS = 512;
/** Below this many values a plain selection is as quick. */
const MIN_COUNTED = 256;
/** At most two order statistics per percentile. */
const MAX_RANKS = 8;

const counts = new Int32Array(BUCKETS + 1);
const oddCounts = new Int32Array(BUCKETS + 1);
/** For each bucket, which copied-out region holds it (−1: none). */
const region = new Int8Array(BUCKETS + 1).fill(-1);
const rankOf = new Float64Array(MAX_RANKS);
const valueOf = new Float64Array(MAX_RANKS);
const regionBucket = new Int32Array(MAX_RANKS);
const regionStart = new Int32Array(MAX_RANKS + 1);
const regionFill = new Int32Array(MAX_RANKS);
const regionBelow = new Int32Array(MAX_RANKS);

/**
 * The percentiles `ps` (ascending fractions) of `a[from .. from + n)`, n ≥ 1, every value a number (±Infinity
 * allowed, NaN not), as percentilesInPlace gives them. `scratch` (at least n long) is overwritten.
 */
export function columnPercentiles(
  a: Float64Array,
  from: number,
  n: number,
  ps: readonly number[],
  scratch: Float64Array,
  /**
   * The values' smallest and largest, when known (the batch engine keeps them): saves a pass. Two numbers, not an
   * object: objects of one shape holding whole and fractional numbers by turns sent callers into deoptimization.
   */
  knownMin?: number,
  knownMax?: number,
): number[] {
  const end = from + n;
  let min = a[from]!;
  let max = min;
  if (knownMin !== undefined && knownMax !== undefined) {
    min = knownMin;
    max = knownMax;
  } else {
    for (let i = from + 1; i < end; i++) {
      const x = a[i]!;
      if (x < min) min = x;
      else if (x > max) max = x;
    }
  }
  if (min === max) return ps.map(() => min);
  const scale = BUCKETS / (max - min);
  // Infinite ends, or a span too wide for a double, have no equal-width buckets: select among them all.
  if (n < MIN_COUNTED || !(scale > 0 && scale < Infinity) || ps.length * 2 > MAX_RANKS) {
    scratch.set(a.subarray(from, end));
    return percentilesInPlace(scratch, n, ps);
  }

  counts.fill(0);
  oddCounts.fill(0);
  // (x − min) × scale rises with x, so bucket order is value order; the largest lands in bucket BUCKETS. Odd
  // and even positions count apart, so runs of equal buckets do not wait on one counter.
  let i = from;
  for (; i + 1 < end; i += 2) {
    counts[((a[i]! - min) * scale) | 0]!++;
    oddCounts[((a[i + 1]! - min) * scale) | 0]!++;
  }
  if (i < end) counts[((a[i]! - min) * scale) | 0]!++;
  for (let b = 0; b <= BUCKETS; b++) counts[b]! += oddCounts[b]!;

  // The order statistics wanted: ⌊h⌋ and, to interpolate, the one after it.
  let ranks = 0;
  for (const p of ps) {
    const h = (n - 1) * p;
    const k = Math.floor(h);
    rankOf[ranks++] = k;
    if (h !== k && k + 1 < n) rankOf[ranks++] = k + 1;
  }
  // Which bucket holds each rank, and how many values lie in buckets below it; one region per distinct bucket.
  let regions = 0;
  const rankRegion: number[] = [];
  let below = 0;
  let bucket = 0;
  for (let r = 0; r < ranks; r++) {
    const rank = rankOf[r]!;
    while (below + counts[bucket]! <= rank) below += counts[bucket++]!;
    if (regions === 0 || regionBucket[regions - 1] !== bucket) {
      regionBucket[regions] = bucket;
      regionBelow[regions] = below;
      regionStart[regions + 1] = regionStart[regions]! + counts[bucket]!;
      region[bucket] = regions;
      regions++;
    }
    rankRegion.push(regions - 1);
  }
  for (let t = 0; t < regions; t++) regionFill[t] = regionStart[t]!;
  for (let i = from; i < end; i++) {
    const x = a[i]!;
    const t = region[((x - min) * scale) | 0]!;
    if (t >= 0) scratch[regionFill[t]!++] = x;
  }
  for (let t = 0; t < regions; t++) region[regionBucket[t]!] = -1;
  for (let r = 0; r < ranks; r++) {
    const t = rankRegion[r]!;
    const at = regionStart[t]! + rankOf[r]! - regionBelow[t]!;
    select(scratch, at, regionStart[t]!, regionStart[t + 1]! - 1);
    valueOf[r] = scratch[at]!;
  }

  const out: number[] = [];
  let r = 0;
  for (const p of ps) {
    const h = (n - 1) * p;
    const k = Math.floor(h);
    const low = valueOf[r++]!;
    if (h === k || k + 1 >= n) {
      out.push(low);
      continue;
    }
    const next = valueOf[r++]!;
    out.push(next === low ? low : low + (h - k) * (next - low));
  }
  return out;
}
