import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compileWasm,
  PARAMS_SOURCE_PATH,
  paramsSource,
  WASM_MODULES,
  wasmSource,
  wasmSourcePath,
} from '../../build/wasm.ts';

describe('the checked-in WebAssembly', () => {
  it('numbers the engine passes’ block params as BLOCK_PARAMS does', () => {
    expect(readFileSync(PARAMS_SOURCE_PATH, 'utf8'), 'stale: run `npm run build:wasm`').toBe(paramsSource());
  });

  // Compiling takes a few seconds on a loaded machine.
  it.each(WASM_MODULES)(
    'models/wasm/%s.wasm.ts is what its AssemblyScript compiles to now',
    async (name) => {
      const bytes = await compileWasm(name);
      expect(readFileSync(wasmSourcePath(name), 'utf8'), 'stale: run `npm run build:wasm`').toBe(
        wasmSource(name, bytes),
      );
    },
    60_000,
  );

  it('names the file and the compiler’s messages when AssemblyScript does not compile', async () => {
    await expect(compileWasm('no-such-module' as never)).rejects.toThrow(
      /AssemblyScript could not compile no-such-module[\s\S]*no-such-module/,
    );
  }, 60_000);
});
