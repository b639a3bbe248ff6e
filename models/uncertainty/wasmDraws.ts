import { isWholeNumberParam, type NumberMeta } from '../schema/define.ts';
import { bytesOf, type Arena } from '../wasm/arena.ts';
import { WASM_BASE64 } from '../wasm/draws.wasm.ts';
import { drawColumn, shapeConstants, type Range } from './ranges.ts';

/**
 * A simulation's draws in WebAssembly (models/wasm/assembly/draws.ts), a chunk of samples at a time, in the arena of
 * its batch output: the generator's numbers, laid out one column per range, then each column drawn in place. The
 * same doubles as the JavaScript (random.ts's generator, ranges.ts's drawColumn), which draws what the module
 * leaves to it: the normal's tails and the lognormal shape (a logarithm and an exponential, which WebAssembly would
 * round differently) and ranges collapsed to a point.
 */
export interface DrawsExports {
  uniforms(state: number, out: number, count: number, samples: number): void;
  drawUniform(
    col: number,
    n: number,
    start: number,
    width: number,
    whole: number,
    min: number,
    max: number,
  ): void;
  drawTriangular(
    col: number,
    n: number,
    a: number,
    b: number,
    width: number,
    whole: number,
    min: number,
    max: number,
  ): void;
  drawNormal(
    col: number,
    n: number,
    mid: number,
    sd: number,
    whole: number,
    min: number,
    max: number,
    tails: number,
  ): number;
}

/** Room an arena keeps for the draws: the generator's state, a chunk's columns, the normal's tails. */
const COLUMNS_BYTES = 1 << 20;
/** At most this many samples a chunk (the tails' list holds as many). */
const MAX_CHUNK = 4096;
/** A chunk's samples are a multiple of this (the batch engine's block), so its blocks stay whole. */
const CHUNK_STEP = 128;
export const DRAWS_BYTES = 16 + COLUMNS_BYTES + MAX_CHUNK * 4 + 64;

interface ArenaDraws {
  readonly x: DrawsExports;
  readonly state: Int32Array;
  readonly columns: number;
  readonly tails: Int32Array;
}

let compiled: WebAssembly.Module | null | undefined;
const byArena = new WeakMap<Arena, ArenaDraws | null>();
let enabled = true;

/** The draws' module and room in `arena`, or undefined where it does not compile or the arena has no room. */
function drawsIn(arena: Arena): ArenaDraws | undefined {
  if (!enabled) return undefined;
  const found = byArena.get(arena);
  if (found !== undefined) return found ?? undefined;
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(bytesOf(WASM_BASE64));
    } catch {
      compiled = null;
    }
  }
  let made: ArenaDraws | null = null;
  if (compiled && arena.fits(DRAWS_BYTES)) {
    const instance = new WebAssembly.Instance(compiled, { env: { memory: arena.memory } });
    const buffer = arena.memory.buffer;
    const state = new Int32Array(buffer, arena.alloc(16), 4);
    const columns = arena.alloc(COLUMNS_BYTES);
    const tails = new Int32Array(buffer, arena.alloc(MAX_CHUNK * 4), MAX_CHUNK);
    made = { x: instance.exports as unknown as DrawsExports, state, columns, tails };
  }
  byArena.set(arena, made);
  return made ?? undefined;
}

/** The module's instance in `arena` (for tests of its arithmetic), or undefined where it cannot run. */
export function drawsModule(arena: Arena): DrawsExports | undefined {
  return drawsIn(arena)?.x;
}

/** Turns the WebAssembly draws off (or back on): for comparing them with the JavaScript's, and benchmarks. */
export function useWasmDraws(on: boolean): void {
  enabled = on;
}

/** A chunk's draws: column r (a view into the arena) holds range r's draws of the chunk's samples, in order. */
export interface DrawnChunk {
  readonly columns: Float64Array[];
  readonly samples: number;
}

/**
 * A drawer for `ranges` in `arena`, stepping the generator `state` (random.ts's seededState, which it leaves
 * advanced as the JavaScript would), or undefined where the draws cannot run there. Each call draws the next chunk
 * of at most `wanted` samples; the columns are overwritten by the next call.
 */
export function arenaDrawer(
  arena: Arena,
  metas: readonly NumberMeta[],
  ranges: readonly Range[],
  state: Int32Array,
): ((wanted: number) => DrawnChunk) | undefined {
  const draws = drawsIn(arena);
  const count = ranges.length;
  if (!draws || count === 0) return undefined;
  const chunk = Math.min(MAX_CHUNK, Math.floor(COLUMNS_BYTES / 8 / count / CHUNK_STEP) * CHUNK_STEP);
  if (chunk === 0) return undefined;
  const { x, tails } = draws;
  const gathered = new Float64Array(chunk);
  const buffer = arena.memory.buffer;
  const plans = ranges.map((range, r) => {
    const meta = metas[r]!;
    return {
      meta,
      range,
      whole: isWholeNumberParam(meta) ? 1 : 0,
      constants: shapeConstants(range),
    };
  });
  return (wanted) => {
    const samples = Math.min(wanted, chunk);
    draws.state.set(state);
    x.uniforms(draws.state.byteOffset, draws.columns, count, samples);
    state.set(draws.state);
    // Column r starts r × samples doubles in: uniforms() lays them out at this chunk's length.
    const columns = plans.map(({ meta, range, whole, constants: [c0, c1, c2] }, r) => {
      const column = new Float64Array(buffer, draws.columns + r * samples * 8, samples);
      const at = column.byteOffset;
      const { min, max } = meta;
      if (range.low === range.high || range.shape === 'lognormal')
        drawColumn(meta, range, column, 0, 1, column, 0, samples);
      else if (range.shape === 'uniform') x.drawUniform(at, samples, c0, c1, whole, min, max);
      else if (range.shape === 'triangular') x.drawTriangular(at, samples, c0, c1, c2, whole, min, max);
      else {
        const found = x.drawNormal(at, samples, c0, c1, whole, min, max, tails.byteOffset);
        // The tails' uniforms gathered, drawn in one call, put back.
        for (let t = 0; t < found; t++) gathered[t] = column[tails[t]!]!;
        drawColumn(meta, range, gathered, 0, 1, gathered, 0, found);
        for (let t = 0; t < found; t++) column[tails[t]!] = gathered[t]!;
      }
      return column;
    });
    return { columns, samples };
  };
}
