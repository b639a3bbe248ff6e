// AssemblyScript, compiled to WebAssembly by `npm run build:wasm` (build/wasm.ts).
//
// bucketPercentiles.ts's columnPercentiles (and percentiles.ts's select and percentilesInPlace, where it falls back
// on them) for a column held in a simulation's arena (models/wasm/arena.ts), in one call per column. A port, step
// for step and operation for operation, of the JavaScript, which stays the reference (the tests hold both equal)
// and runs where WebAssembly SIMD is missing: the same span, the same buckets ((x − min) × scale, 0 below the span,
// the last above it, rounded to the nearest, halves to even), the same ranks, the same selection, so the same
// numbers, ±0 included. The passes over the whole column take two values at a time in f64x2 lanes.

/** As bucketPercentiles.ts's MAX_BUCKETS: a column has buckets 0 to bucketsFor(n) ≤ this. */
const MAX_BUCKETS: i32 = 2048;
/** 2⁵²: added to a number from 0 to 2⁵¹, rounds it to a whole number, halves to even, as f64.nearest does. */
const MAGIC: f64 = 4503599627370496;
/** At most two order statistics per percentile, as bucketPercentiles.ts's MAX_RANKS. */
const MAX_REGIONS: i32 = 8;
/** How many pairs of values copyTied notes before placing them. */
const CHUNK: i32 = 256;
/** At most this many percentiles per call. */
export const MAX_PS: i32 = 4;
/** As bucketPercentiles.ts: below this many values a plain selection is as quick. */
const MIN_COUNTED: i32 = 256;
/** As bucketPercentiles.ts: how many of a column's first values set its buckets' span when its ends are not given. */
const BOUNDS_FROM: i32 = 1024;

// A table's layout, in bytes from its start; the JavaScript reads the offsets it needs from the exports.
export const COUNTS: i32 = 0; // i32 × (MAX_BUCKETS + 1): values per bucket
// i32 × (MAX_BUCKETS + 1) each: the counts of the other three positions of four, added in at the end.
const SECOND: i32 = COUNTS + (MAX_BUCKETS + 1) * 4;
const THIRD: i32 = SECOND + (MAX_BUCKETS + 1) * 4;
const FOURTH: i32 = THIRD + (MAX_BUCKETS + 1) * 4;
// i8 × (MAX_BUCKETS + 2): each bucket's region, −1 for none; the last, always −1, is where copyRegions sets aside the
// values equal to a tie it was told of.
const REGION: i32 = FOURTH + (MAX_BUCKETS + 1) * 4;
const SET_ASIDE: i32 = MAX_BUCKETS + 1;
const REGION_FILL: i32 = (REGION + MAX_BUCKETS + 2 + 7) & ~7; // i32 × MAX_REGIONS: next free slot in scratch
const TIE_COUNT: i32 = REGION_FILL + MAX_REGIONS * 4; // i32 × MAX_REGIONS: values equal to the first
const TIE_BELOW: i32 = TIE_COUNT + MAX_REGIONS * 4; // i32 × MAX_REGIONS: other values below the first
const TIE_VALUE: i32 = TIE_BELOW + MAX_REGIONS * 4; // f64 × MAX_REGIONS: each region's first value
export const SPAN: i32 = TIE_VALUE + MAX_REGIONS * 8; // f64 × 2: the smallest and the largest (found or given)
export const PS: i32 = SPAN + 16; // f64 × MAX_PS: the percentiles wanted, ascending fractions
export const OUT: i32 = PS + MAX_PS * 8; // f64 × MAX_PS: the answers
const RANK_OF: i32 = OUT + MAX_PS * 8; // i32 × MAX_REGIONS: the order statistics wanted
const VALUE_OF: i32 = RANK_OF + MAX_REGIONS * 4; // f64 × MAX_REGIONS: their values
const RANK_REGION: i32 = VALUE_OF + MAX_REGIONS * 8; // i32 × MAX_REGIONS: the region holding each
const REGION_BUCKET: i32 = RANK_REGION + MAX_REGIONS * 4; // i32 × MAX_REGIONS: each region's bucket
const REGION_BELOW: i32 = REGION_BUCKET + MAX_REGIONS * 4; // i32 × MAX_REGIONS: values in buckets below it
const REGION_START: i32 = REGION_BELOW + MAX_REGIONS * 4; // i32 × (MAX_REGIONS + 1): its first slot in scratch
const HITS: i32 = REGION_START + (MAX_REGIONS + 1) * 4; // i32 × CHUNK: copyTied's pairs to look at again
export const COLLECTED: i32 = (HITS + CHUNK * 4 + 7) & ~7; // f64 × 4: collect's smallest, largest, finite sum, any Infinity
export const TABLE_BYTES: i32 = COLLECTED + 32;

/** The smallest and largest of the n ≥ 1 values from byte address `at` (no NaN among them), into the table's SPAN. */
function span(at: usize, n: i32, table: usize): void {
  let lo = f64x2.splat(load<f64>(at));
  let hi = lo;
  // Two pairs of running ends, so each pmin and pmax waits on the one before the last, not the last.
  let lo2 = lo;
  let hi2 = lo;
  let i: i32 = 0;
  for (; i + 3 < n; i += 4) {
    const p = at + ((<usize>i) << 3);
    const x = v128.load(p);
    const y = v128.load(p, 16);
    // pmin(lo, x) is x < lo ? x : lo, as the JavaScript's comparisons.
    lo = f64x2.pmin(lo, x);
    hi = f64x2.pmax(hi, x);
    lo2 = f64x2.pmin(lo2, y);
    hi2 = f64x2.pmax(hi2, y);
  }
  lo = f64x2.pmin(lo, lo2);
  hi = f64x2.pmax(hi, hi2);
  for (; i + 1 < n; i += 2) {
    const x = v128.load(at + ((<usize>i) << 3));
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

/** Makes a table ready: no bucket in a region. */
export function init(table: usize): void {
  memory.fill(table + REGION, 0xff, MAX_BUCKETS + 2);
}

/**
 * Counts the n values from byte address `at` into the table's COUNTS, which it zeroes first, and marks each value's
 * bucket (u16s from byte address `marks`), so the copy pass reads eight marks at a time instead of working out
 * each value's bucket again.
 */
export function countBuckets(
  at: usize,
  n: i32,
  min: f64,
  scale: f64,
  buckets: i32,
  table: usize,
  marks: usize,
): void {
  const counts = table + COUNTS;
  const second = table + SECOND;
  const third = table + THIRD;
  const fourth = table + FOURTH;
  const bytes = (<usize>buckets + 1) << 2;
  memory.fill(counts, 0, bytes);
  memory.fill(second, 0, bytes);
  memory.fill(third, 0, bytes);
  memory.fill(fourth, 0, bytes);
  const vmin = f64x2.splat(min);
  const vscale = f64x2.splat(scale);
  const zero = f64x2.splat(0);
  const top = f64x2.splat(<f64>buckets);
  const magic = f64x2.splat(MAGIC);
  // Four positions in a row count into four tables: a run of values in one bucket (thousands of samples at one
  // value) then adds to each counter every fourth value, not each value waiting on the last one's store.
  let i: i32 = 0;
  for (; i + 3 < n; i += 4) {
    // pmax(0, b) is b > 0 ? b : 0 (NaN gives 0, as in the JavaScript); pmin(top, b) is b < top ? b : top.
    const p = at + ((<usize>i) << 3);
    const b0 = f64x2.pmin(top, f64x2.pmax(zero, f64x2.mul(f64x2.sub(v128.load(p), vmin), vscale)));
    const b1 = f64x2.pmin(top, f64x2.pmax(zero, f64x2.mul(f64x2.sub(v128.load(p, 16), vmin), vscale)));
    // + 2⁵² rounds each to the nearest whole number (halves to even) and leaves it in the lane's low 32 bits.
    const k0 = f64x2.add(b0, magic);
    const k1 = f64x2.add(b1, magic);
    store<u64>(
      marks + ((<usize>i) << 1),
      i64x2.extract_lane(i8x16.shuffle(k0, k1, 0, 1, 8, 9, 16, 17, 24, 25, 0, 1, 8, 9, 16, 17, 24, 25), 0),
    );
    bump(counts, i32x4.extract_lane(k0, 0));
    bump(second, i32x4.extract_lane(k0, 2));
    bump(third, i32x4.extract_lane(k1, 0));
    bump(fourth, i32x4.extract_lane(k1, 2));
  }
  for (; i < n; i++) {
    const b = bucketOf(load<f64>(at + ((<usize>i) << 3)), min, scale, buckets);
    store<u16>(marks + ((<usize>i) << 1), b);
    bump(counts, b);
  }
  let b: i32 = 0;
  for (; b + 3 <= buckets; b += 4) {
    const o = (<usize>b) << 2;
    v128.store(
      counts + o,
      i32x4.add(
        i32x4.add(v128.load(counts + o), v128.load(second + o)),
        i32x4.add(v128.load(third + o), v128.load(fourth + o)),
      ),
    );
  }
  for (; b <= buckets; b++) {
    const o = (<usize>b) << 2;
    store<i32>(
      counts + o,
      load<i32>(counts + o) + load<i32>(second + o) + load<i32>(third + o) + load<i32>(fourth + o),
    );
  }
}

/** The sum of the eight i32s from byte address `at`. */
function sum8(at: usize): i32 {
  let v = i32x4.add(v128.load(at), v128.load(at, 16));
  v = i32x4.add(v, i32x4.shuffle(v, v, 2, 3, 0, 1));
  v = i32x4.add(v, i32x4.shuffle(v, v, 1, 0, 3, 2));
  return i32x4.extract_lane(v, 0);
}

/** Adds one to the i32 counter of bucket `b` in the table of counters at `counts`. */
function bump(counts: usize, b: i32): void {
  const p = counts + ((<usize>b) << 2);
  store<i32>(p, load<i32>(p) + 1);
}

function bucketOf(x: f64, min: f64, scale: f64, buckets: i32): i32 {
  const b = (x - min) * scale;
  const top = <f64>buckets;
  return <i32>nearest<f64>(b > 0 ? (b < top ? b : top) : 0);
}

/** How many buckets (less one) a column of n values is counted into: as bucketPercentiles.ts's bucketsFor. */
function bucketsFor(n: i32): i32 {
  return n > 8192 ? 2048 : n > 4096 ? 1024 : 512;
}

/**
 * Copies each value whose bucket has a region (REGION ≥ 0) into that region's slots in scratch (f64s from byte
 * address `scratch`, REGION_FILL the next slot's index), except the values equal to the region's first, which are
 * counted (TIE_COUNT); TIE_BELOW counts the copied values below the first. The caller sets up the regions
 * (TIE_COUNT and TIE_BELOW zero, REGION_FILL each region's start, REGION_BUCKET the `regions` buckets). A value's
 * bucket is its mark from countBuckets: eight marks at a time are compared with the regions' buckets, and only
 * eights with a hit are looked at value by value, in column order. Values equal to `tie` (NaN: none) are only
 * counted, and the count returned: a column where thousands of samples tie would otherwise send each to `place`.
 */
function copyRegions(
  at: usize,
  n: i32,
  marks: usize,
  regions: i32,
  table: usize,
  scratch: usize,
  tie: f64,
): i32 {
  // Each region's bucket, in every u16 lane; a bucket past the last (never a mark) for regions not in use.
  const none: i32 = 0xffff;
  const r0 = i16x8.splat(<i16>(regions > 0 ? load<i32>(i32At(table, REGION_BUCKET, 0)) : none));
  const r1 = i16x8.splat(<i16>(regions > 1 ? load<i32>(i32At(table, REGION_BUCKET, 1)) : none));
  const r2 = i16x8.splat(<i16>(regions > 2 ? load<i32>(i32At(table, REGION_BUCKET, 2)) : none));
  const r3 = i16x8.splat(<i16>(regions > 3 ? load<i32>(i32At(table, REGION_BUCKET, 3)) : none));
  const r4 = i16x8.splat(<i16>(regions > 4 ? load<i32>(i32At(table, REGION_BUCKET, 4)) : none));
  const r5 = i16x8.splat(<i16>(regions > 5 ? load<i32>(i32At(table, REGION_BUCKET, 5)) : none));
  const r6 = i16x8.splat(<i16>(regions > 6 ? load<i32>(i32At(table, REGION_BUCKET, 6)) : none));
  const r7 = i16x8.splat(<i16>(regions > 7 ? load<i32>(i32At(table, REGION_BUCKET, 7)) : none));
  let ties: i32 = 0;
  let i: i32 = 0;
  for (; i + 8 <= n; i += 8) {
    const m = v128.load(marks + ((<usize>i) << 1));
    const hit = v128.or(
      v128.or(v128.or(i16x8.eq(m, r0), i16x8.eq(m, r1)), v128.or(i16x8.eq(m, r2), i16x8.eq(m, r3))),
      v128.or(v128.or(i16x8.eq(m, r4), i16x8.eq(m, r5)), v128.or(i16x8.eq(m, r6), i16x8.eq(m, r7))),
    );
    // The common case: none of the eight is wanted. Else only the wanted ones, in column order.
    let wanted = i16x8.bitmask(hit);
    while (wanted) {
      ties += consider(at, i + ctz(wanted), marks, table, scratch, tie);
      wanted &= wanted - 1;
    }
  }
  for (; i < n; i++) ties += consider(at, i, marks, table, scratch, tie);
  return ties;
}

/** Places value j if its bucket has a region; 1 if it equals `tie` (counted, not placed), else 0. */
function consider(at: usize, j: i32, marks: usize, table: usize, scratch: usize, tie: f64): i32 {
  const t = load<i8>(table + REGION + <usize>load<u16>(marks + ((<usize>j) << 1)));
  if (t < 0) return 0;
  const x = load<f64>(at + ((<usize>j) << 3));
  if (x == tie) return 1;
  place(x, t, table, scratch);
  return 0;
}

/**
 * copyRegions for a column with a tie set aside, without marks: each pair's buckets worked out again, with the
 * values equal to `tie` counted two at a time and sent to a bucket no region holds, so they never reach the
 * branch (in copyRegions, where thousands of tied values fall in the wanted buckets, every eight would be looked at
 * value by value). Chunk by chunk: a loop that only notes the pairs with a value to place (no call and no branch,
 * so its vectors stay in registers), then those pairs.
 */
function copyTied(
  at: usize,
  n: i32,
  min: f64,
  scale: f64,
  buckets: i32,
  table: usize,
  scratch: usize,
  tie: f64,
): i32 {
  const region = table + REGION;
  const hits = table + HITS;
  const vmin = f64x2.splat(min);
  const vscale = f64x2.splat(scale);
  const zero = f64x2.splat(0);
  const top = f64x2.splat(<f64>buckets);
  const vtie = f64x2.splat(tie);
  const setAside = f64x2.splat(<f64>SET_ASIDE);
  const magic = f64x2.splat(MAGIC);
  let ties = i64x2.splat(0);
  const pairs = n & ~1;
  // (With `place` called from the loop, it ran at half the speed.)
  for (let from: i32 = 0; from < pairs; from += 2 * CHUNK) {
    const end = from + 2 * CHUNK < pairs ? from + 2 * CHUNK : pairs;
    let found: i32 = 0;
    for (let i = from; i < end; i += 2) {
      const x = v128.load(at + ((<usize>i) << 3));
      const isTie = f64x2.eq(x, vtie);
      ties = i64x2.sub(ties, isTie); // a lane that ties is all ones: −1
      const b = v128.bitselect(
        setAside,
        f64x2.pmin(top, f64x2.pmax(zero, f64x2.mul(f64x2.sub(x, vmin), vscale))),
        isTie,
      );
      const k = f64x2.add(b, magic);
      const t0 = load<i8>(region + <usize>i32x4.extract_lane(k, 0));
      const t1 = load<i8>(region + <usize>i32x4.extract_lane(k, 2));
      store<i32>(hits + ((<usize>found) << 2), i);
      found += <i32>((t0 & t1) >= 0); // both −1 (the common case): neither value is wanted
    }
    for (let h: i32 = 0; h < found; h++) {
      const i = load<i32>(hits + ((<usize>h) << 2));
      for (let lane: i32 = 0; lane < 2; lane++) {
        const x = load<f64>(at + ((<usize>(i + lane)) << 3));
        if (x == tie) continue;
        const t = load<i8>(region + <usize>bucketOf(x, min, scale, buckets));
        if (t >= 0) place(x, t, table, scratch);
      }
    }
  }
  let count = <i32>(i64x2.extract_lane(ties, 0) + i64x2.extract_lane(ties, 1));
  if (pairs < n) {
    const x = load<f64>(at + ((<usize>pairs) << 3));
    if (x == tie) count++;
    else {
      const t = load<i8>(region + <usize>bucketOf(x, min, scale, buckets));
      if (t >= 0) place(x, t, table, scratch);
    }
  }
  return count;
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

// Addresses of the table's entries.
function i32At(table: usize, field: i32, k: i32): usize {
  return table + <usize>field + ((<usize>k) << 2);
}
function f64At(table: usize, field: i32, k: i32): usize {
  return table + <usize>field + ((<usize>k) << 3);
}

/**
 * columnPercentiles: the `count` percentiles in the table's PS of the n ≥ 1 values from byte address `at` (numbers,
 * ±Infinity allowed), into its OUT; `known` ≠ 0 when the table's SPAN already holds the values' smallest and
 * largest. `scratch` (n doubles) and `marks` (n u16s) are overwritten; the column is left as it is.
 */
export function percentiles(
  at: usize,
  n: i32,
  count: i32,
  known: i32,
  table: usize,
  scratch: usize,
  marks: usize,
): void {
  if (!known) {
    const head = n < BOUNDS_FROM ? n : BOUNDS_FROM;
    span(at, head, table);
    if (load<f64>(table + SPAN) == load<f64>(table + SPAN + 8) && head < n) span(at, n, table);
  }
  const min = load<f64>(table + SPAN);
  const max = load<f64>(table + SPAN + 8);
  if (min == max) {
    for (let p: i32 = 0; p < count; p++) store<f64>(f64At(table, OUT, p), min);
    return;
  }
  const buckets = bucketsFor(n);
  const scale = <f64>buckets / (max - min);
  if (n < MIN_COUNTED || !(scale > 0 && scale < Infinity) || count * 2 > MAX_REGIONS) {
    memory.copy(scratch, at, (<usize>n) << 3);
    percentilesInPlace(scratch, n, count, table);
    return;
  }
  countBuckets(at, n, min, scale, buckets, table, marks);

  // The order statistics wanted: ⌊h⌋ and, to interpolate, the one after it.
  let ranks: i32 = 0;
  for (let p: i32 = 0; p < count; p++) {
    const h = <f64>(n - 1) * load<f64>(f64At(table, PS, p));
    const k = Math.floor(h);
    store<i32>(i32At(table, RANK_OF, ranks++), <i32>k);
    if (h != k && k + 1 < <f64>n) store<i32>(i32At(table, RANK_OF, ranks++), <i32>k + 1);
  }
  // Which bucket holds each rank, and how many values lie in buckets below it; one region per distinct bucket.
  let regions: i32 = 0;
  let below: i32 = 0;
  let bucket: i32 = 0;
  store<i32>(i32At(table, REGION_START, 0), 0);
  for (let r: i32 = 0; r < ranks; r++) {
    const rank = load<i32>(i32At(table, RANK_OF, r));
    // Eight buckets at a time while all eight lie below the rank (the same bucket and count as one at a time).
    while (bucket + 8 <= buckets + 1) {
      const eight = sum8(i32At(table, COUNTS, bucket));
      if (below + eight > rank) break;
      below += eight;
      bucket += 8;
    }
    while (below + load<i32>(i32At(table, COUNTS, bucket)) <= rank)
      below += load<i32>(i32At(table, COUNTS, bucket++));
    if (regions == 0 || load<i32>(i32At(table, REGION_BUCKET, regions - 1)) != bucket) {
      store<i32>(i32At(table, REGION_BUCKET, regions), bucket);
      store<i32>(i32At(table, REGION_BELOW, regions), below);
      store<i32>(
        i32At(table, REGION_START, regions + 1),
        load<i32>(i32At(table, REGION_START, regions)) + load<i32>(i32At(table, COUNTS, bucket)),
      );
      store<i8>(table + REGION + <usize>bucket, <i8>regions);
      regions++;
    }
    store<i32>(i32At(table, RANK_REGION, r), regions - 1);
  }
  for (let t: i32 = 0; t < regions; t++) {
    store<i32>(i32At(table, REGION_FILL, t), load<i32>(i32At(table, REGION_START, t)));
    store<i32>(i32At(table, TIE_COUNT, t), 0);
    store<i32>(i32At(table, TIE_BELOW, t), 0);
  }
  // The fullest region, if it holds an eighth of the values, most likely holds a value thousands of samples share
  // (a cap that binds, a figure that is zero unless…): its first value, in column order, as copyRegions would find
  // it, is set aside as the tie and counted without a branch.
  let tie = NaN;
  let fullest: i32 = 0;
  for (let t: i32 = 1; t < regions; t++) {
    const c = load<i32>(i32At(table, COUNTS, load<i32>(i32At(table, REGION_BUCKET, t))));
    if (c > load<i32>(i32At(table, COUNTS, load<i32>(i32At(table, REGION_BUCKET, fullest))))) fullest = t;
  }
  const fullestBucket = load<i32>(i32At(table, REGION_BUCKET, fullest));
  if (load<i32>(i32At(table, COUNTS, fullestBucket)) > n >> 3) {
    const head = n < BOUNDS_FROM ? n : BOUNDS_FROM;
    for (let i: i32 = 0; i < head; i++) {
      const x = load<f64>(at + ((<usize>i) << 3));
      if (bucketOf(x, min, scale, buckets) == fullestBucket) {
        tie = x;
        // Seen: copyRegions compares the region's other values with it, as with a first value it finds itself.
        store<f64>(f64At(table, TIE_VALUE, fullest), x);
        store<i32>(i32At(table, TIE_COUNT, fullest), 1);
        break;
      }
    }
  }
  const ties =
    tie == tie
      ? copyTied(at, n, min, scale, buckets, table, scratch, tie)
      : copyRegions(at, n, marks, regions, table, scratch, tie);
  if (tie == tie) store<i32>(i32At(table, TIE_COUNT, fullest), ties);
  for (let t: i32 = 0; t < regions; t++)
    store<i8>(table + REGION + <usize>load<i32>(i32At(table, REGION_BUCKET, t)), -1);
  for (let r: i32 = 0; r < ranks; r++) {
    // Within its region, the rank falls among the others below the tie, on the tie, or among the others above it.
    const t = load<i32>(i32At(table, RANK_REGION, r));
    const within = load<i32>(i32At(table, RANK_OF, r)) - load<i32>(i32At(table, REGION_BELOW, t));
    const tiesBelow = load<i32>(i32At(table, TIE_BELOW, t));
    const ties = load<i32>(i32At(table, TIE_COUNT, t));
    if (within >= tiesBelow && within < tiesBelow + ties) {
      store<f64>(f64At(table, VALUE_OF, r), load<f64>(f64At(table, TIE_VALUE, t)));
      continue;
    }
    const start = load<i32>(i32At(table, REGION_START, t));
    const k = start + (within < tiesBelow ? within : within - ties);
    select(scratch, k, start, load<i32>(i32At(table, REGION_FILL, t)) - 1);
    store<f64>(f64At(table, VALUE_OF, r), load<f64>(scratch + ((<usize>k) << 3)));
  }

  let r: i32 = 0;
  for (let p: i32 = 0; p < count; p++) {
    const h = <f64>(n - 1) * load<f64>(f64At(table, PS, p));
    const k = Math.floor(h);
    const low = load<f64>(f64At(table, VALUE_OF, r++));
    if (h == k || k + 1 >= <f64>n) {
      store<f64>(f64At(table, OUT, p), low);
      continue;
    }
    const next = load<f64>(f64At(table, VALUE_OF, r++));
    store<f64>(f64At(table, OUT, p), next == low ? low : low + (h - k) * (next - low));
  }
}

/** percentiles.ts's select: rearranges a[from..to] (doubles from byte address `a`) so that a[k] holds its sorted value. */
function select(a: usize, k: i32, from: i32, to: i32): void {
  let left = from;
  let right = to;
  while (right > left) {
    // Median of three as the pivot keeps sorted or reversed input linear.
    const mid = <i32>((<u32>(left + right)) >>> 1);
    const x = load<f64>(a + ((<usize>left) << 3));
    const y = load<f64>(a + ((<usize>mid) << 3));
    const z = load<f64>(a + ((<usize>right) << 3));
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left;
    let j = right;
    while (i <= j) {
      while (load<f64>(a + ((<usize>i) << 3)) < pivot) i++;
      while (load<f64>(a + ((<usize>j) << 3)) > pivot) j--;
      if (i <= j) {
        const t = load<f64>(a + ((<usize>i) << 3));
        store<f64>(a + ((<usize>i) << 3), load<f64>(a + ((<usize>j) << 3)));
        store<f64>(a + ((<usize>j) << 3), t);
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

/** percentiles.ts's percentilesInPlace of the n values from byte address `a` (reordered), PS into OUT. */
function percentilesInPlace(a: usize, n: i32, count: i32, table: usize): void {
  let min = load<f64>(a);
  let max = min;
  for (let i: i32 = 1; i < n; i++) {
    const x = load<f64>(a + ((<usize>i) << 3));
    if (x < min) min = x;
    else if (x > max) max = x;
  }
  if (min == max) {
    for (let p: i32 = 0; p < count; p++) store<f64>(f64At(table, OUT, p), min);
    return;
  }
  let from: i32 = 0;
  for (let p: i32 = 0; p < count; p++) {
    const h = <f64>(n - 1) * load<f64>(f64At(table, PS, p));
    const kf = Math.floor(h);
    const k = <i32>kf;
    // Earlier selections left everything before `from` no larger than what follows it.
    select(a, k, from, n - 1);
    from = k;
    const lowValue = load<f64>(a + ((<usize>k) << 3));
    if (h == kf || kf + 1 >= <f64>n) {
      store<f64>(f64At(table, OUT, p), lowValue);
      continue;
    }
    let next = Infinity;
    for (let i = k + 1; i < n; i++) {
      const x = load<f64>(a + ((<usize>i) << 3));
      if (x < next) next = x;
    }
    // Equal ends need no interpolation (and ±Infinity would give NaN).
    store<f64>(f64At(table, OUT, p), next == lowValue ? lowValue : lowValue + (h - kf) * (next - lowValue));
  }
}

/**
 * simulate.ts's collectNumbers: copies the n values from byte address `at` that are numbers (not NaN) to `dest`,
 * returns how many, and puts in the table's COLLECTED their smallest, largest, finite sum (added in order, one by
 * one, as the JavaScript adds them) and 1 if any is Infinity.
 */
export function collect(at: usize, n: i32, dest: usize, table: usize): i32 {
  let m: i32 = 0;
  let sum: f64 = 0;
  let never: f64 = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i: i32 = 0; i < n; i++) {
    const x = load<f64>(at + ((<usize>i) << 3));
    if (x != x) continue;
    store<f64>(dest + ((<usize>m) << 3), x);
    m++;
    if (x < min) min = x;
    if (x > max) max = x;
    if (x == Infinity) never = 1;
    else sum += x;
  }
  store<f64>(table + COLLECTED, min);
  store<f64>(table + COLLECTED + 8, max);
  store<f64>(table + COLLECTED + 16, sum);
  store<f64>(table + COLLECTED + 24, never);
  return m;
}
