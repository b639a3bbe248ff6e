import { describe, expect, it, vi } from 'vitest';
import { presetValues, simulate } from '../../models/index.ts';
import type * as ArenaModule from '../../models/wasm/arena.ts';
import { scalarSimulate } from './scalarSimulation.ts';

// A runtime without WebAssembly SIMD (or one refusing to compile it, as a browser's main thread may): the batch
// output's columns are plain arrays and the summary counts in JavaScript. The numbers must not change.
vi.mock('../../models/wasm/arena.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof ArenaModule>()),
  wasmSimd: () => false,
}));

describe('simulate without WebAssembly', () => {
  it('keeps its columns in plain arrays', async () => {
    const { batchOutput } = await import('../../models/engine/batch/output.ts');
    const { arenaOf } = await import('../../models/wasm/arena.ts');
    const output = batchOutput(64, 3);
    expect(arenaOf(output.kpis.msftTotalValueNpv)).toBeUndefined();
    expect(output.kpis.msftTotalValueNpv.buffer).toBeInstanceOf(ArrayBuffer);
  });

  it.each(['amended-2026', 'original-2019'])(
    'gives what the scalar reference gives: %s, 1,000 samples',
    (preset) => {
      const values = presetValues(preset);
      expect(simulate(values, { samples: 1000, seed: 7 })).toEqual(
        scalarSimulate(values, { samples: 1000, seed: 7 }),
      );
    },
  );
});
