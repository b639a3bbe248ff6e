/**
 * Seeded randomness for the simulation. `models/` never uses an unseeded random source: every draw comes from a generator made
 * from a seed, so the same seed gives the same numbers in Node, in the page's worker and on the command line.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Chaotic generator, from PractRand), seeded through
 * splitmix32 so that neighbouring seeds (1, 2, 3) start far apart. Both are public-domain standards, a few lines
 * each, and use only 32-bit integer arithmetic, which JavaScript engines run identically everywhere.
 */

/** A source of uniform numbers strictly between 0 and 1. */
export type Rng = () => number;

/** The largest seed the link and the command line accept (seeds are 32-bit unsigned integers). */
export const MAX_SEED = 0xffffffff;

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * A seeded generator of uniform numbers in (0, 1): never exactly 0 or 1, so inverse distribution functions
 * (the normal's, the lognormal's) always return a finite number.
 */
export function seededRng(seed: number): Rng {
  return rngOf(seededState(seed));
}

/**
 * The generator stepping `state` (see seededState): each number is (t + 0.5) / 2³² for sfc32's next output t. Code
 * that steps the same state another way (the simulation's WebAssembly, models/uncertainty/wasmDraws.ts) takes the
 * same numbers from where this left off, and this from where it left off.
 */
export function rngOf(state: Int32Array): Rng {
  return () => (step(state) + 0.5) / 4294967296;
}

/**
 * A fresh sfc32 state for `seed`: a, b, c, d in an Int32Array rather than in closure variables, because a 32-bit
 * integer beyond the engine's small integers would be boxed on every step (an allocation per draw).
 */
export function seededState(seed: number): Int32Array {
  const next = splitmix32(seed);
  const state = new Int32Array(4);
  state[0] = next();
  state[1] = next();
  state[2] = next();
  state[3] = next();
  // The first outputs of a freshly seeded sfc32 are still close to its seed: discard a few, as its author does.
  for (let i = 0; i < 12; i++) step(state);
  return state;
}

/** sfc32's step: advances the state and returns its next output, an unsigned 32-bit integer. */
function step(state: Int32Array): number {
  const a = state[0]!;
  const b = state[1]!;
  const c = state[2]!;
  const d = state[3]!;
  const t = (((a + b) | 0) + d) | 0;
  state[3] = (d + 1) | 0;
  state[0] = b ^ (b >>> 9);
  state[1] = (c + (c << 3)) | 0;
  state[2] = (((c << 21) | (c >>> 11)) + t) | 0;
  return t >>> 0;
}

/**
 * The standard normal's inverse distribution function (its quantile): the z with P(Z ≤ z) = p, for 0 < p < 1.
 * Peter Acklam's rational approximation (relative error below 1.2e-9), one uniform draw per normal draw, so a
 * sample uses the same number of draws whatever the shapes of its ranges.
 */
export function normalQuantile(p: number): number {
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
      ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1)
    );
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
    (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1)
  );
}

const A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
  2.506628277459239,
] as const;
const B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1,
] as const;
const C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
] as const;
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416] as const;

/** z such that 90% of a standard normal lies between −z and z: P(Z ≤ 1.6449) = 0.95. */
export const Z95 = 1.6448536269514722;
