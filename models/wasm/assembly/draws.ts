// AssemblyScript, compiled to WebAssembly by `npm run build:wasm` (build/wasm.ts).
//
// The simulation's draws (models/uncertainty/wasmDraws.ts): random.ts's sfc32 generator and ranges.ts's drawColumn
// for the uniform, triangular and normal shapes, operation for operation, so every number is the same double as in
// the JavaScript, which stays the reference (the tests hold both equal) and draws the rest: the normal's tails
// (they take a logarithm, which WebAssembly has no instruction for and would round differently) and the lognormal
// (an exponential). Square roots and divisions are IEEE's, exact in both. Two draws per f64x2 instruction.

/**
 * Fills `count` columns of `samples` uniforms each, column r from byte address `out` + r × samples × 8, taking the
 * generator's numbers sample by sample, each range in turn (the order that gives a seed its meaning), from the
 * sfc32 state (four i32s at byte address `state`), which it leaves advanced. As random.ts's seededRng: each number
 * is (t + 0.5) / 2³², strictly between 0 and 1.
 */
export function uniforms(state: usize, out: usize, count: i32, samples: i32): void {
  let a = load<i32>(state);
  let b = load<i32>(state, 4);
  let c = load<i32>(state, 8);
  let d = load<i32>(state, 12);
  for (let s: i32 = 0; s < samples; s++) {
    let at = out + ((<usize>s) << 3);
    for (let r: i32 = 0; r < count; r++) {
      const t = a + b + d;
      d = d + 1;
      a = b ^ (b >>> 9);
      b = c + (c << 3);
      c = ((c << 21) | (c >>> 11)) + t;
      store<f64>(at, (<f64>(<u32>t) + 0.5) / 4294967296.0);
      at += (<usize>samples) << 3;
    }
  }
  store<i32>(state, a);
  store<i32>(state, b, 4);
  store<i32>(state, c, 8);
  store<i32>(state, d, 12);
}

/** Math.round as V8 computes it (the nearest whole number, halves up, −0 kept): ceil, then one down if past half. */
function round2(x: v128): v128 {
  const up = f64x2.ceil(x);
  return v128.bitselect(f64x2.sub(up, f64x2.splat(1)), up, f64x2.gt(f64x2.sub(up, f64x2.splat(0.5)), x));
}

/** x < min ? min : x > max ? max : x, lane by lane (whole first, when `whole`), as drawColumn ends each draw. */
function finish(x: v128, whole: i32, min: v128, max: v128): v128 {
  const y = whole ? round2(x) : x;
  return v128.bitselect(min, v128.bitselect(max, y, f64x2.gt(y, max)), f64x2.lt(y, min));
}

function finish1(x: f64, whole: i32, min: f64, max: f64): f64 {
  let y = x;
  if (whole) {
    const up = Math.ceil(x);
    y = up - 0.5 > x ? up - 1 : up;
  }
  return y < min ? min : y > max ? max : y;
}

/** The uniform shape over the n uniforms from byte address `col`, in place: start + u × width. */
export function drawUniform(
  col: usize,
  n: i32,
  start: f64,
  width: f64,
  whole: i32,
  min: f64,
  max: f64,
): void {
  const vstart = f64x2.splat(start);
  const vwidth = f64x2.splat(width);
  const vmin = f64x2.splat(min);
  const vmax = f64x2.splat(max);
  let i: i32 = 0;
  for (; i + 1 < n; i += 2) {
    const p = col + ((<usize>i) << 3);
    v128.store(p, finish(f64x2.add(vstart, f64x2.mul(v128.load(p), vwidth)), whole, vmin, vmax));
  }
  if (i < n) {
    const p = col + ((<usize>i) << 3);
    store<f64>(p, finish1(start + load<f64>(p) * width, whole, min, max));
  }
}

/**
 * The triangular shape over the n uniforms from byte address `col`, in place: u < 0.5 ? a + width × √(u / 2) :
 * b − width × √((1 − u) / 2).
 */
export function drawTriangular(
  col: usize,
  n: i32,
  a: f64,
  b: f64,
  width: f64,
  whole: i32,
  min: f64,
  max: f64,
): void {
  const va = f64x2.splat(a);
  const vb = f64x2.splat(b);
  const vwidth = f64x2.splat(width);
  const vmin = f64x2.splat(min);
  const vmax = f64x2.splat(max);
  const half = f64x2.splat(0.5);
  const two = f64x2.splat(2);
  const one = f64x2.splat(1);
  let i: i32 = 0;
  for (; i + 1 < n; i += 2) {
    const p = col + ((<usize>i) << 3);
    const u = v128.load(p);
    // One square root a lane: of u / 2 on the lower side, of (1 − u) / 2 on the upper.
    const lower = f64x2.lt(u, half);
    const w = f64x2.mul(vwidth, f64x2.sqrt(f64x2.div(v128.bitselect(u, f64x2.sub(one, u), lower), two)));
    v128.store(p, finish(v128.bitselect(f64x2.add(va, w), f64x2.sub(vb, w), lower), whole, vmin, vmax));
  }
  if (i < n) {
    const p = col + ((<usize>i) << 3);
    const u = load<f64>(p);
    const x = u < 0.5 ? a + width * Math.sqrt(u / 2) : b - width * Math.sqrt((1 - u) / 2);
    store<f64>(p, finish1(x, whole, min, max));
  }
}

// Acklam's coefficients for the normal quantile's central region, as random.ts's A and B.
const A0: f64 = -3.969683028665376e1;
const A1: f64 = 2.209460984245205e2;
const A2: f64 = -2.759285104469687e2;
const A3: f64 = 1.38357751867269e2;
const A4: f64 = -3.066479806614716e1;
const A5: f64 = 2.506628277459239;
const B0: f64 = -5.447609879822406e1;
const B1: f64 = 1.615858368580409e2;
const B2: f64 = -1.556989798598866e2;
const B3: f64 = 6.680131188771972e1;
const B4: f64 = -1.328068155288572e1;
/** random.ts's normalQuantile: below LOW or above 1 − LOW, a tail. */
const LOW: f64 = 0.02425;

/** mid + sd × normalQuantile(u) in the central region, two lanes. */
function central(u: v128, mid: v128, sd: v128): v128 {
  const q = f64x2.sub(u, f64x2.splat(0.5));
  const r = f64x2.mul(q, q);
  let num = f64x2.add(f64x2.mul(f64x2.splat(A0), r), f64x2.splat(A1));
  num = f64x2.add(f64x2.mul(num, r), f64x2.splat(A2));
  num = f64x2.add(f64x2.mul(num, r), f64x2.splat(A3));
  num = f64x2.add(f64x2.mul(num, r), f64x2.splat(A4));
  num = f64x2.add(f64x2.mul(num, r), f64x2.splat(A5));
  num = f64x2.mul(num, q);
  let den = f64x2.add(f64x2.mul(f64x2.splat(B0), r), f64x2.splat(B1));
  den = f64x2.add(f64x2.mul(den, r), f64x2.splat(B2));
  den = f64x2.add(f64x2.mul(den, r), f64x2.splat(B3));
  den = f64x2.add(f64x2.mul(den, r), f64x2.splat(B4));
  den = f64x2.add(f64x2.mul(den, r), f64x2.splat(1));
  return f64x2.add(mid, f64x2.mul(sd, f64x2.div(num, den)));
}

/**
 * The normal shape over the n uniforms from byte address `col`, in place: mid + sd × normalQuantile(u) where u is
 * in the central region. A uniform in a tail is left as it is and its index written to the i32s from byte address
 * `tails`; returns how many, for the JavaScript to draw.
 */
export function drawNormal(
  col: usize,
  n: i32,
  mid: f64,
  sd: f64,
  whole: i32,
  min: f64,
  max: f64,
  tails: usize,
): i32 {
  const vmid = f64x2.splat(mid);
  const vsd = f64x2.splat(sd);
  const vmin = f64x2.splat(min);
  const vmax = f64x2.splat(max);
  const low = f64x2.splat(LOW);
  const high = f64x2.splat(1 - LOW);
  let found: i32 = 0;
  let i: i32 = 0;
  for (; i + 1 < n; i += 2) {
    const p = col + ((<usize>i) << 3);
    const u = v128.load(p);
    const tail = v128.or(f64x2.lt(u, low), f64x2.gt(u, high));
    const x = finish(central(u, vmid, vsd), whole, vmin, vmax);
    // A tail's lane keeps its uniform.
    v128.store(p, v128.bitselect(u, x, tail));
    if (v128.any_true(tail)) {
      if (i64x2.extract_lane(tail, 0) != 0) found = note(tails, found, i);
      if (i64x2.extract_lane(tail, 1) != 0) found = note(tails, found, i + 1);
    }
  }
  if (i < n) {
    const p = col + ((<usize>i) << 3);
    const u = load<f64>(p);
    if (u < LOW || u > 1 - LOW) found = note(tails, found, i);
    else store<f64>(p, f64x2.extract_lane(finish(central(f64x2.splat(u), vmid, vsd), whole, vmin, vmax), 0));
  }
  return found;
}

/** Writes index i as the list's entry `found`; returns the list's new length. */
function note(tails: usize, found: i32, i: i32): i32 {
  store<i32>(tails + ((<usize>found) << 2), i);
  return found + 1;
}
