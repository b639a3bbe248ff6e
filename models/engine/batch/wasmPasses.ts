import { bytesOf, type Arena } from '../../wasm/arena.ts';
import { WASM_BASE64 } from '../../wasm/engine.wasm.ts';

/**
 * The block passes compiled to WebAssembly (models/wasm/assembly/engine.ts), over the arena the block series and
 * the output's columns share (series.ts): each takes byte addresses of the params area and of tables of series
 * offsets and states that makeBlockSeries lays out, and gives exactly what its JS pass gives.
 */
export interface EnginePasses {
  kpisBlock(
    n: number,
    first: number,
    holdsStake: number,
    params: number,
    cols: number,
    states: number,
    kpis: number,
  ): void;
  pathsBlock(n: number, params: number, cols: number, states: number): void;
  equityBlock(n: number, holdsStake: number, params: number, cols: number, states: number): void;
  valueBlock(n: number, params: number, cols: number, states: number): void;
  computeBlock(n: number, cumulative: number, params: number, cols: number, states: number): void;
  operatingBlock(
    n: number,
    shareCapOn: number,
    holdsStake: number,
    params: number,
    cols: number,
    states: number,
  ): void;
}

let compiled: WebAssembly.Module | null | undefined;
const instances = new WeakMap<Arena, EnginePasses>();
let enabled = true;

/**
 * The passes over `arena`'s memory, or undefined where the engine module does not compile (no WebAssembly SIMD,
 * or a browser's main thread refusing a synchronous compile): the engine then runs its JS passes, which give the
 * same values.
 */
export function enginePasses(arena: Arena): EnginePasses | undefined {
  if (!enabled) return undefined;
  let passes = instances.get(arena);
  if (passes) return passes;
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(bytesOf(WASM_BASE64));
    } catch {
      compiled = null;
    }
  }
  if (!compiled) return undefined;
  const instance = new WebAssembly.Instance(compiled, { env: { memory: arena.memory } });
  passes = instance.exports as unknown as EnginePasses;
  instances.set(arena, passes);
  return passes;
}

/** Turns the WebAssembly passes off (or back on): for comparing them with the JS passes, and benchmarks. */
export function useWasmPasses(on: boolean): void {
  enabled = on;
}
