import { ENGINE_WASM } from '../../wasm/engine.wasm.ts';
import { heapMemory } from '../../wasm/heap.ts';

/**
 * The block passes compiled to WebAssembly (models/wasm/assembly/), over the heap the JS engine's series live in
 * (block.ts): each takes byte addresses of the params area and of tables of series offsets and states that
 * makeBlockSeries (engine.ts) lays out, and gives exactly what its JS pass gives.
 */
export interface WasmPasses {
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

let passes: WasmPasses | undefined;
let tried = false;
let enabled = true;

/**
 * The passes, or undefined where WebAssembly or its SIMD is missing (the module does not validate), or where
 * compiling fails: the engine then runs its JS passes, which give the same values.
 */
export function wasmPasses(): WasmPasses | undefined {
  if (!enabled) return undefined;
  if (!tried) {
    tried = true;
    passes = instantiate();
  }
  return passes;
}

/** Turns the WebAssembly passes off (or back on): for comparing them with the JS passes, and benchmarks. */
export function useWasmPasses(on: boolean): void {
  enabled = on;
}

function instantiate(): WasmPasses | undefined {
  const memory = heapMemory();
  if (!memory) return undefined;
  try {
    const bytes = Uint8Array.from(atob(ENGINE_WASM), (c) => c.charCodeAt(0));
    if (!WebAssembly.validate(bytes)) return undefined;
    // Synchronous: the module is small, and the simulation runs in a worker (or Node), where that is allowed.
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } });
    return instance.exports as unknown as WasmPasses;
  } catch {
    return undefined;
  }
}
