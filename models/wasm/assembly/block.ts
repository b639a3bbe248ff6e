// The block layout the JS engine shares with these passes (models/engine/batch/block.ts): every address is a byte
// address in the one imported memory.

/** Samples in a block; each param and each state is BLOCK f64s. */
export const BLOCK: i32 = 128;
/** Modelled years, 2025–2045. */
export const YEARS: i32 = 21;
export const FIRST_YEAR: i32 = 2025;
export const THROUGH_YEAR: i32 = 2030;

/** Block param k's BLOCK values, `params` the start of the params area. */
export function param(params: usize, k: i32): usize {
  return params + <usize>k * ((<usize>BLOCK) << 3);
}

/**
 * Series c's year y, sample 0: `cols` is a table of u32 addresses of each series' YEARS i32 offsets (element
 * indices into the memory as f64s, Col.off in JS).
 */
export function colAt(cols: usize, c: i32, y: i32): usize {
  const table = <usize>load<u32>(cols + ((<usize>c) << 2));
  return (<usize>load<i32>(table + ((<usize>y) << 2))) << 3;
}

/** Per-sample state i of a table of BLOCK-f64 areas. */
export function stateAt(states: usize, i: i32): usize {
  return <usize>load<u32>(states + ((<usize>i) << 2));
}

/** Stores both lanes, or only the first (the block's last sample when it has an odd count). */
export function put(ptr: usize, v: v128, both: bool): void {
  if (both) v128.store(ptr, v);
  else v128.store64_lane(ptr, v, 0);
}

/** Lanes of `yes` where `mask` is set, else of `no` (a JS ternary over the same comparison). */
export function pick(mask: v128, yes: v128, no: v128): v128 {
  return v128.bitselect(yes, no, mask);
}

/**
 * linearBetween() of models/engine/paths.ts: v0 up to y0, v1 from y1, the line between; both early returns picked
 * by its comparisons, and the line (a division) computed only when a lane lies between.
 */
export function linearBetween(year: v128, y0: v128, v0: v128, y1: v128, v1: v128): v128 {
  const before = f64x2.le(year, y0);
  const after = f64x2.ge(year, y1);
  if (i64x2.all_true(v128.or(before, after))) return pick(before, v0, v1);
  const between = f64x2.add(
    v0,
    f64x2.div(f64x2.mul(f64x2.sub(v1, v0), f64x2.sub(year, y0)), f64x2.sub(y1, y0)),
  );
  return pick(before, v0, pick(after, v1, between));
}
