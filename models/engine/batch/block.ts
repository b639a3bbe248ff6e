import type { ScenarioValues } from '../../schema/scenario.ts';
import { YEARS as YEARS_ } from './inputs.ts';

const YEARS = YEARS_;

/**
 * Samples projected together, year by year: each step of project()'s arithmetic runs over a block's samples in
 * a tight loop over Float64Arrays. Small enough that a block's paths for every year (some 40 series) stay in
 * the core's second-level cache between the engine's passes over the years.
 */
export const BLOCK = 128;

/**
 * One series of a block, every modelled year: block sample j's value in year y is `arr[y][off[y] + j]`. The block
 * series live in one memory (`BlockLayout`): where the WebAssembly passes run, the arena of the output's columns
 * (models/wasm/arena.ts), so those passes read and write the same data; `off` is itself in that memory, for them. A
 * series the simulation keeps points its shown years into the output's year-major columns (written in place, no
 * copy) and its later years into scratch; any other series is all scratch.
 */
export interface Col {
  readonly arr: Float64Array[];
  readonly off: Int32Array;
  /** The whole memory the series lives in, as f64s. */
  readonly home: Float64Array;
  /** Element index of its scratch in `home`: year y at scratch + y × BLOCK. */
  readonly scratch: number;
}

/**
 * Lays a block's series, states and tables out in one memory, piece after piece from `alloc` (byte addresses,
 * 16-byte aligned), and makes the views of them.
 */
export class BlockLayout {
  readonly f64: Float64Array;
  private readonly i32: Int32Array;
  constructor(
    buffer: ArrayBufferLike,
    private readonly alloc: (bytes: number) => number,
  ) {
    this.f64 = new Float64Array(buffer);
    this.i32 = new Int32Array(buffer);
  }

  /** `count` f64s: their element index. */
  f64s(count: number): number {
    return this.alloc(count * 8) / 8;
  }

  /** `count` i32s, as a view. */
  i32s(count: number): Int32Array {
    const at = this.alloc(count * 4) / 4;
    return this.i32.subarray(at, at + count);
  }

  /** A block state: BLOCK f64s. */
  state(): Float64Array {
    const at = this.f64s(BLOCK);
    return this.f64.subarray(at, at + BLOCK);
  }

  states<N extends number>(count: N): Arrays<N> {
    return Array.from({ length: count }, () => this.state()) as Arrays<N>;
  }

  /** A series held in scratch (until aimed): year y at y × BLOCK. */
  col(): Col {
    const scratch = this.f64s(YEARS * BLOCK);
    const off = this.i32s(YEARS);
    for (let y = 0; y < YEARS; y++) off[y] = scratch + y * BLOCK;
    const home = this.f64;
    return { arr: Array.from({ length: YEARS }, () => home), off, home, scratch };
  }

  /** A table of byte addresses for the passes: of series' offsets or of states. */
  table(of: readonly (Col | Float64Array)[]): number {
    const t = this.i32s(of.length);
    of.forEach((x, k) => (t[k] = 'off' in x ? x.off.byteOffset : x.byteOffset));
    return t.byteOffset;
  }
}

/**
 * Points `col`'s first `shown` years at a year-major column (`capacity` samples a year) that starts at element
 * `at` of `column`, from sample `first`, and its later years at its scratch.
 */
export function aimCol(
  col: Col,
  column: Float64Array,
  at: number,
  shown: number,
  capacity: number,
  first: number,
): void {
  const { arr, off, home, scratch } = col;
  for (let y = 0; y < YEARS; y++) {
    if (y < shown) {
      arr[y] = column;
      off[y] = at + y * capacity + first;
    } else {
      arr[y] = home;
      off[y] = scratch + y * BLOCK;
    }
  }
}

/** Sets every year of block samples 0 to n (exclusive) to `path`'s value for that year. */
export function fillCol(col: Col, path: ArrayLike<number>, n: number): void {
  for (let y = 0; y < YEARS; y++) {
    const a = col.arr[y]!;
    const o = col.off[y]!;
    a.fill(path[y]!, o, o + n);
  }
}

/** Writes one sample's path into block sample j of `col`. */
export function putSample(col: Col, path: ArrayLike<number>, j: number): void {
  for (let y = 0; y < YEARS; y++) col.arr[y]![col.off[y]! + j] = path[y]!;
}

/**
 * The numeric assumptions the block passes read, one value per block sample: a drawn one's column (a view of its
 * draws), any other's value repeated. A pass reads them only here, never from the scenario's values, which a
 * per-sample step may have rewritten with one sample's draws.
 */
export const BLOCK_PARAMS = [
  'rev2025',
  'rev2026',
  'rev2027',
  'rev2028',
  'rev2029',
  'rev2030',
  'revGrowthHalfLife',
  'revGrowthTerminal',
  'revGrowth2031',
  'gmStart',
  'gmEndYear',
  'gmEnd',
  'azureWeight',
  'stargateWeight',
  'googleWeight',
  'ownWeight',
  'decShare',
  'decDiscount',
  'rofrEndYear',
  'computeTargetYear',
  'computeTarget',
  'trainingShareStart',
  'trainingSharePeak',
  'trainingShareEnd',
  'trainingLongRunYear',
  'trainingShareLongRun',
  'shareCap',
  'azureOpenAIGrowth',
  'ipRightsEndYear',
  'azureOpenAIMargin',
  'azureShareRate',
  'idleRecovery',
  'opexShare',
  'azureOpenAIRev2025',
  'taxRate',
  'legacyCapMultiple',
  'legacyShareBefore',
  'legacyShareAfter',
  'inv2019',
  'inv2021',
  'inv2023',
  'inv2024',
  'costOfEquity',
  'round2026Raised',
  'valuation2026',
  'msftStake',
  'foundationStake',
  'horizonEnd',
  'discountRate',
  'hostingOpMargin',
] as const satisfies readonly (keyof ScenarioValues)[];
export type BlockParam = (typeof BLOCK_PARAMS)[number];
export type Params = Record<BlockParam, Float64Array>;

/** A block's per-sample state: `count` Float64Arrays of BLOCK values. */
export function states<N extends number>(count: N): Arrays<N> {
  return Array.from({ length: count }, () => new Float64Array(BLOCK)) as Arrays<N>;
}
type Arrays<N extends number, T extends Float64Array[] = []> = T['length'] extends N
  ? T
  : Arrays<N, [Float64Array, ...T]>;
