// AssemblyScript, compiled to WebAssembly by `npm run build:wasm` (build/wasm.ts).
//
// The two passes over a column that bucketPercentiles.ts's columnPercentiles makes, over values held in a
// simulation's arena (models/wasm/arena.ts): counting them into equal-width buckets, and copying out the buckets
// that hold the wanted order statistics. The arithmetic is the JavaScript's, operation for operation (a bucket is
// (x − min) × scale truncated, 0 below the span, BUCKETS above it), so both give the same buckets for every value;
// two values at a time in f64x2 lanes for the bucket, then one counter or copy per value.

/** As bucketPercentiles.ts's BUCKETS: buckets 0 to BUCKETS, the last for values at or beyond the span's top. */
const BUCKETS: i32 = 512;
/** At most two order statistics per percentile, as bucketPercentiles.ts's MAX_RANKS. */
const MAX_REGIONS: i32 = 8;

// A bucket table's layout, in bytes from its start; the JavaScript reads these offsets from the exports.
export const COUNTS: i32 = 0; // i32 × (BUCKETS + 1): values per bucket
const ODD: i32 = COUNTS + (BUCKETS + 1) * 4; // i32 × (BUCKETS + 1): odd positions' counts, added in at the end
export const REGION: i32 = ODD + (BUCKETS + 1) * 4; // i8 × (BUCKETS + 1): each bucket's region, −1 for none
export const REGION_FILL: i32 = (REGION + BUCKETS + 1 + 7) & ~7; // i32 × MAX_REGIONS: next free slot in scratch
export const TIE_COUNT: i32 = REGION_FILL + MAX_REGIONS * 4; // i32 × MAX_REGIONS: values equal to the first
export const TIE_BELOW: i32 = TIE_COUNT + MAX_REGIONS * 4; // i32 × MAX_REGIONS: other values below the first
export const TIE_VALUE: i32 = TIE_BELOW + MAX_REGIONS * 4; // f64 × MAX_REGIONS: each region's first value
export const SPAN: i32 = TIE_VALUE + MAX_REGIONS * 8; // f64 × 2: what `span` found, the smallest and the largest
export const TABLE_BYTES: i32 = SPAN + 16;

/** The smallest and largest of the n ≥ 1 values from byte address `at` (no NaN among them), into the table's SPAN. */
export function span(at: usize, n: i32, table: usize): void {
  let lo = f64x2.splat(load<f64>(at));
  let hi = lo;
  let i: i32 = 0;
  for (; i + 1 < n; i += 2) {
    const x = v128.load(at + ((<usize>i) << 3));
    // pmin(lo, x) is x < lo ? x : lo, as the JavaScript's comparisons.
    lo = f64x2.pmin(lo, x);
    hi = f64x2.pmax(hi, x);
  }
  let min = f64x2.extract_lane(lo, 0);
  let max = f64x2.extract_lane(hi, 0);
  const lo1 = f64x2.extract_lane(lo, 1);
  const hi1 = f64x2.extract_lane(hi, 1);
  if (lo1 < min) min = lo1;
  if (hi1 > max) max = hi1;
  if (i < n) {
    const x = load<f64>(at + ((<usize>i) << 3));
    if (x < min) min = x;
    if (x > max) max = x;
  }
  store<f64>(table + SPAN, min);
  store<f64>(table + SPAN + 8, max);
}

/** Counts the n values from byte address `at` into the table's COUNTS, which it zeroes first. */
export function countBuckets(at: usize, n: i32, min: f64, scale: f64, table: usize): void {
  const counts = table + COUNTS;
  const odd = table + ODD;
  memory.fill(counts, 0, (BUCKETS + 1) * 8);
  const vmin = f64x2.splat(min);
  const vscale = f64x2.splat(scale);
  const zero = f64x2.splat(0);
  const top = f64x2.splat(<f64>BUCKETS);
  let i: i32 = 0;
  for (; i + 1 < n; i += 2) {
    // pmax(0, b) is b > 0 ? b : 0 (NaN gives 0, as in the JavaScript); pmin(top, b) is b < top ? b : top.
    const b = f64x2.pmin(
      top,
      f64x2.pmax(zero, f64x2.mul(f64x2.sub(v128.load(at + ((<usize>i) << 3)), vmin), vscale)),
    );
    const k = i32x4.trunc_sat_f64x2_s_zero(b);
    const p0 = counts + ((<usize>i32x4.extract_lane(k, 0)) << 2);
    store<i32>(p0, load<i32>(p0) + 1);
    const p1 = odd + ((<usize>i32x4.extract_lane(k, 1)) << 2);
    store<i32>(p1, load<i32>(p1) + 1);
  }
  if (i < n) {
    const p = counts + ((<usize>bucketOf(load<f64>(at + ((<usize>i) << 3)), min, scale)) << 2);
    store<i32>(p, load<i32>(p) + 1);
  }
  for (let b: i32 = 0; b <= BUCKETS; b++) {
    const p = counts + ((<usize>b) << 2);
    store<i32>(p, load<i32>(p) + load<i32>(odd + ((<usize>b) << 2)));
  }
}

function bucketOf(x: f64, min: f64, scale: f64): i32 {
  const b = (x - min) * scale;
  return b > 0 ? (b < <f64>BUCKETS ? <i32>b : BUCKETS) : 0;
}

/**
 * Copies each value whose bucket has a region (REGION ≥ 0) into that region's slots in scratch (f64s from byte
 * address `scratch`, REGION_FILL the next slot's index), except the values equal to the region's first, which are
 * counted (TIE_COUNT); TIE_BELOW counts the copied values below the first. `regions` tables are set up by the
 * caller (TIE_COUNT and TIE_BELOW zero, REGION_FILL each region's start).
 */
export function copyRegions(at: usize, n: i32, min: f64, scale: f64, table: usize, scratch: usize): void {
  const region = table + REGION;
  const vmin = f64x2.splat(min);
  const vscale = f64x2.splat(scale);
  const zero = f64x2.splat(0);
  const top = f64x2.splat(<f64>BUCKETS);
  let i: i32 = 0;
  for (; i + 1 < n; i += 2) {
    const x = v128.load(at + ((<usize>i) << 3));
    const b = f64x2.pmin(top, f64x2.pmax(zero, f64x2.mul(f64x2.sub(x, vmin), vscale)));
    const k = i32x4.trunc_sat_f64x2_s_zero(b);
    const t0 = load<i8>(region + <usize>i32x4.extract_lane(k, 0));
    const t1 = load<i8>(region + <usize>i32x4.extract_lane(k, 1));
    if ((t0 & t1) < 0) continue; // both −1: neither value is wanted (the common case)
    if (t0 >= 0) place(f64x2.extract_lane(x, 0), t0, table, scratch);
    if (t1 >= 0) place(f64x2.extract_lane(x, 1), t1, table, scratch);
  }
  if (i < n) {
    const x = load<f64>(at + ((<usize>i) << 3));
    const t = load<i8>(region + <usize>bucketOf(x, min, scale));
    if (t >= 0) place(x, t, table, scratch);
  }
}

function place(x: f64, t: i32, table: usize, scratch: usize): void {
  const o = (<usize>t) << 2;
  const tieCount = table + TIE_COUNT + o;
  const tieValue = table + TIE_VALUE + ((<usize>t) << 3);
  const count = load<i32>(tieCount);
  if (count == 0) {
    store<f64>(tieValue, x);
    store<i32>(tieCount, 1);
  } else if (x == load<f64>(tieValue)) store<i32>(tieCount, count + 1);
  else {
    const fill = table + REGION_FILL + o;
    const slot = load<i32>(fill);
    store<f64>(scratch + ((<usize>slot) << 3), x);
    store<i32>(fill, slot + 1);
    if (x < load<f64>(tieValue)) {
      const below = table + TIE_BELOW + o;
      store<i32>(below, load<i32>(below) + 1);
    }
  }
}
