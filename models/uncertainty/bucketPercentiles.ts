import { arenaOf, type Arena } from '../wasm/arena.ts';
import { percentilesInPlace, select } from './percentiles.ts';

/**
 * Percentiles of a column by counting before selecting: one pass counts its values into equal-width buckets
 * spanning its ends (or its first values' ends, values beyond going to the end buckets), and one copies out only the
 * buckets that hold the wanted order statistics, where a selection (percentiles.ts's quickselect) finds them among
 * a few dozen values instead of thousands. The order statistics, and so the percentiles (type 7, as
 * percentilesInPlace), are exactly the same. The column is left as it is. A column whose values are all equal (a
 * figure no range moves) costs one pass; one with an infinite value among the values that set the span, or too
 * short to be worth counting, goes to percentilesInPlace. For a column and scratch in a simulation's arena
 * (models/wasm/arena.ts), all of it runs in WebAssembly (models/wasm/assembly/summary.ts: a port of this file and
 * of percentiles.ts, step for step, so the same numbers), its passes over the column two values per instruction.
 */

/** The most buckets a column is counted into, less one (see bucketsFor). */
const MAX_BUCKETS = 2048;

/**
 * How many buckets (less one) a column of n values is counted into: more for longer columns, so the wanted buckets
 * hold a few dozen values (fewer to select among) while a short column does not zero and walk thousands of counts.
 */
function bucketsFor(n: number): number {
  return n > 8192 ? 2048 : n > 4096 ? 1024 : 512;
}
/** Below this many values a plain selection is as quick. */
const MIN_COUNTED = 256;
/** At most two order statistics per percentile. */
const MAX_RANKS = 8;

/** How many of a column's first values set its buckets' span when its ends are not given. */
const BOUNDS_FROM = 1024;

/** 2⁵²: a number from 0 to 2⁵¹ plus this, less this, is the nearest whole number (halves to even). */
const TWO_52 = 4503599627370496;

/**
 * The bucket of `x`: (x − min) × scale rounded to the nearest whole number (halves to even; in WebAssembly
 * f64.nearest, or + 2⁵² in a lane), 0 below the span, `top` above it.
 */
function bucketOf(x: number, min: number, scale: number, top: number): number {
  const b = (x - min) * scale;
  return ((b > 0 ? (b < top ? b : top) : 0) + TWO_52 - TWO_52) | 0;
}

const counts = new Int32Array(MAX_BUCKETS + 1);
const oddCounts = new Int32Array(MAX_BUCKETS + 1);
/** For each bucket, which copied-out region holds it (−1: none). */
const region = new Int8Array(MAX_BUCKETS + 1).fill(-1);
/** For each region: the next free slot in scratch. */
const regionFill = new Int32Array(MAX_RANKS);
/** For each region: its first value, how many of its values equal it, and how many of the others lie below it. */
const tieValue = new Float64Array(MAX_RANKS);
const tieCount = new Int32Array(MAX_RANKS);
const tieBelow = new Int32Array(MAX_RANKS);

/** An arena's table for its WebAssembly: where it starts, and views of the entries this file writes or reads. */
interface ArenaTable {
  readonly at: number;
  /** Where the marks (a u16 bucket per value) go, and for how many values: grown, by doubling, as columns grow. */
  marks: number;
  marksLength: number;
  /** The values' smallest and largest, when the caller knows them. */
  readonly span: Float64Array;
  readonly ps: Float64Array;
  readonly out: Float64Array;
  /** collect's answer: the numbers' smallest, largest, finite sum, and 1 if any is Infinity. */
  readonly collected: Float64Array;
}
const arenaTables = new WeakMap<Arena, ArenaTable>();

/**
 * The arena's table with marks for at least n values, or undefined when the arena has no room for them (the caller
 * then counts in JavaScript). A simulation's arena keeps room (see marksBytes); the lengths go up by doubling, so
 * a simulator summarizing 1,000 samples, then 10,000, allocates twice, not at every size.
 */
function arenaTableFor(arena: Arena, n: number): ArenaTable | undefined {
  const table = arenaTable(arena);
  if (table.marksLength < n) {
    let length = Math.max(1024, table.marksLength);
    while (length < n) length *= 2;
    if (!arena.fits(length * 2)) return undefined;
    table.marks = arena.alloc(length * 2);
    table.marksLength = length;
  }
  return table;
}

/** Room an arena should keep for the marks of columns of up to `capacity` values (doubling included). */
export function marksBytes(capacity: number): number {
  let length = 1024;
  let total = length * 2;
  while (length < capacity) total += (length *= 2) * 2;
  return total + 64;
}
function arenaTable(arena: Arena): ArenaTable {
  let found = arenaTables.get(arena);
  if (!found) {
    const x = arena.summary;
    const at = arena.alloc(x.TABLE_BYTES.value);
    const buffer = arena.memory.buffer;
    x.init(at);
    found = {
      at,
      marks: 0,
      marksLength: 0,
      span: new Float64Array(buffer, at + x.SPAN.value, 2),
      ps: new Float64Array(buffer, at + x.PS.value, x.MAX_PS.value),
      out: new Float64Array(buffer, at + x.OUT.value, x.MAX_PS.value),
      collected: new Float64Array(buffer, at + x.COLLECTED.value, 4),
    };
    arenaTables.set(arena, found);
  }
  return found;
}

const rankOf = new Float64Array(MAX_RANKS);
const valueOf = new Float64Array(MAX_RANKS);
const regionBucket = new Int32Array(MAX_RANKS);
const regionStart = new Int32Array(MAX_RANKS + 1);
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
  // A column and scratch in one arena (with room for the marks): its WebAssembly does it all, in place.
  const arena = arenaOf(a);
  const table =
    arena && arenaOf(scratch) === arena && ps.length <= arena.summary.MAX_PS.value
      ? arenaTableFor(arena, n)
      : undefined;
  if (table) {
    table.ps.set(ps);
    const known = knownMin !== undefined && knownMax !== undefined;
    if (known) {
      table.span[0] = knownMin;
      table.span[1] = knownMax;
    }
    arena!.summary.percentiles(
      a.byteOffset + from * 8,
      n,
      ps.length,
      known ? 1 : 0,
      table.at,
      scratch.byteOffset,
      table.marks,
    );
    return Array.from(table.out.subarray(0, ps.length));
  }
  const end = from + n;
  let min: number;
  let max: number;
  if (knownMin !== undefined && knownMax !== undefined) {
    min = knownMin;
    max = knownMax;
  } else {
    // The buckets need not span the column exactly, only rise with the value: they span the first values (the
    // samples come in random order, so these are a fair subsample), and a value beyond falls into an end bucket.
    // That spares a pass over the whole column to find its ends. When the first values are all equal (most
    // likely a figure no range moves), the ends of the whole column.
    const head = Math.min(n, BOUNDS_FROM);
    [min, max] = spanOf(a, from, from + head);
    if (min === max && head < n) [min, max] = spanOf(a, from, end);
  }
  if (min === max) return ps.map(() => min);
  const buckets = bucketsFor(n);
  const scale = buckets / (max - min);
  // Infinite ends, or a span too wide for a double, have no equal-width buckets: select among them all.
  if (n < MIN_COUNTED || !(scale > 0 && scale < Infinity) || ps.length * 2 > MAX_RANKS) {
    scratch.set(a.subarray(from, end));
    return percentilesInPlace(scratch, n, ps);
  }

  countBuckets(a, from, end, min, scale, buckets);

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
  // Each region's first value is counted, not copied, as often as it recurs: a column where most samples tie (no
  // idle compute, no funding raised) would otherwise copy and select among thousands of equal values.
  for (let t = 0; t < regions; t++) {
    regionFill[t] = regionStart[t]!;
    tieCount[t] = 0;
    tieBelow[t] = 0;
  }
  copyRegions(a, from, end, min, scale, buckets, scratch);
  for (let t = 0; t < regions; t++) region[regionBucket[t]!] = -1;
  for (let r = 0; r < ranks; r++) {
    // Within its region, the rank falls among the others below the tie, on the tie, or among the others above it.
    const t = rankRegion[r]!;
    const within = rankOf[r]! - regionBelow[t]!;
    const below = tieBelow[t]!;
    const ties = tieCount[t]!;
    if (within >= below && within < below + ties) {
      valueOf[r] = tieValue[t]!;
      continue;
    }
    const at = regionStart[t]! + (within < below ? within : within - ties);
    select(scratch, at, regionStart[t]!, regionFill[t]! - 1);
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

/** The smallest and largest of a[from .. end), end > from. */
function spanOf(a: Float64Array, from: number, end: number): [number, number] {
  let min = a[from]!;
  let max = min;
  for (let i = from + 1; i < end; i++) {
    const x = a[i]!;
    if (x < min) min = x;
    else if (x > max) max = x;
  }
  return [min, max];
}

/** Counts a[from .. end) into `counts` by bucket (the WebAssembly's countBuckets, in JavaScript). */
function countBuckets(
  a: Float64Array,
  from: number,
  end: number,
  min: number,
  scale: number,
  buckets: number,
) {
  counts.fill(0, 0, buckets + 1);
  oddCounts.fill(0, 0, buckets + 1);
  // (x − min) × scale rises with x, so bucket order is value order; the largest lands in bucket `buckets`. Odd
  // and even positions count apart, so runs of equal buckets do not wait on one counter.
  let i = from;
  for (; i + 1 < end; i += 2) {
    counts[bucketOf(a[i]!, min, scale, buckets)]!++;
    oddCounts[bucketOf(a[i + 1]!, min, scale, buckets)]!++;
  }
  if (i < end) counts[bucketOf(a[i]!, min, scale, buckets)]!++;
  for (let b = 0; b <= buckets; b++) counts[b]! += oddCounts[b]!;
}

/**
 * Copies each value of a[from .. end) whose bucket has a region into the region's slots of `scratch`, except the
 * values equal to the region's first, which are counted.
 */
function copyRegions(
  a: Float64Array,
  from: number,
  end: number,
  min: number,
  scale: number,
  buckets: number,
  scratch: Float64Array,
) {
  for (let i = from; i < end; i++) {
    const x = a[i]!;
    const t = region[bucketOf(x, min, scale, buckets)]!;
    if (t < 0) continue;
    if (tieCount[t] === 0) {
      tieValue[t] = x;
      tieCount[t] = 1;
    } else if (x === tieValue[t]) tieCount[t]!++;
    else {
      scratch[regionFill[t]!++] = x;
      if (x < tieValue[t]!) tieBelow[t]!++;
    }
  }
}

/**
 * Copies the values of `values` that are numbers (not NaN) into `numbers`; returns how many, and puts in `out`
 * their smallest, largest, finite sum (in order) and 1 if any is Infinity, else 0. In an arena, in WebAssembly.
 */
export function collectNumbers(values: Float64Array, numbers: Float64Array, out: Float64Array): number {
  const arena = arenaOf(values);
  if (arena && arenaOf(numbers) === arena) {
    const table = arenaTable(arena);
    const n = arena.summary.collect(values.byteOffset, values.length, numbers.byteOffset, table.at);
    out.set(table.collected);
    return n;
  }
  return collectNumbersJs(values, numbers, out);
}

/** collectNumbers in JavaScript. A function of its own: inlined in its caller, its optimized code was thrown away. */
function collectNumbersJs(values: Float64Array, numbers: Float64Array, out: Float64Array): number {
  let n = 0;
  let sum = 0;
  let never = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (Number.isNaN(x)) continue;
    numbers[n++] = x;
    if (x < min) min = x;
    if (x > max) max = x;
    if (x === Infinity) never = 1;
    else sum += x;
  }
  out[0] = min;
  out[1] = max;
  out[2] = sum;
  out[3] = never;
  return n;
}
