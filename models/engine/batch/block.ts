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
 * One series of a block, every modelled year: block sample j's value in year y is `arr[y][off[y] + j]`. A series
 * the simulation keeps points its shown years into the output's year-major columns (written in place, no copy)
 * and its later years into scratch; any other series is all scratch.
 */
export interface Col {
  readonly arr: Float64Array[];
  readonly off: Int32Array;
}

/** A series held in scratch only: year y at y × BLOCK. */
export function scratchCol(): Col {
  const data = new Float64Array(YEARS * BLOCK);
  return {
    arr: Array.from({ length: YEARS }, () => data),
    off: Int32Array.from({ length: YEARS }, (_, y) => y * BLOCK),
  };
}

/** Points `col`'s first `shown` years at `column` (year-major, `capacity` samples a year) from sample `first`. */
export function aimCol(
  col: Col,
  scratch: Float64Array,
  column: Float64Array,
  shown: number,
  capacity: number,
  first: number,
): void {
  for (let y = 0; y < YEARS; y++) {
    if (y < shown) {
      col.arr[y] = column;
      col.off[y] = y * capacity + first;
    } else {
      col.arr[y] = scratch;
      col.off[y] = y * BLOCK;
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
