import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { BatchEngine } from '../../models/engine/batch/engine.ts';
import { batchOutput, KPI_IDS, type BatchOutput } from '../../models/engine/batch/output.ts';
import { enginePasses, useWasmPasses } from '../../models/engine/batch/wasmPasses.ts';
import { arenaOf } from '../../models/wasm/arena.ts';
import type { SeriesOverrides } from '../../models/engine/overrides.ts';
import {
  NUMERIC_PARAMS,
  PRESETS,
  presetValues,
  rangesInForce,
  SIMULATED_SERIES,
  type NumberMeta,
  type ScenarioValues,
} from '../../models/index.ts';
import { scenarioArb } from './arbitraries.ts';
import { drawColumns, drawnArb } from './batchDraws.ts';

// The WebAssembly passes (models/wasm/assembly/) against the JS passes they replace: every column the engine
// writes must be the same double, sample by sample (NaN equal to NaN). batchEngine.test.ts holds the engine, with
// whichever passes load, to project().

afterEach(() => useWasmPasses(true));

/** The engine's columns for `columns`' samples, with the WASM passes or the JS ones. */
function engineColumns(
  values: ScenarioValues,
  metas: readonly NumberMeta[],
  columns: readonly Float64Array[],
  wasm: boolean,
  overridesFor?: (v: ScenarioValues) => SeriesOverrides | undefined,
): BatchOutput {
  useWasmPasses(wasm);
  const samples = columns[0]?.length ?? 3;
  const out = batchOutput(samples, values.horizonEnd - 2025 + 1);
  const engine = new BatchEngine(
    values,
    metas.map((m) => m.id),
    overridesFor,
  );
  // In two runs, as the page draws, the first ending mid-block (and on an odd sample when there are enough).
  const part = Math.min(samples, 131);
  engine.run(columns, 0, part, out);
  engine.run(columns, part, samples, out);
  return out;
}

function expectSameColumns(a: BatchOutput, b: BatchOutput, samples: number): void {
  const length = a.shownYears * a.capacity;
  for (const name of SIMULATED_SERIES) {
    const x = a.series[name];
    const y = b.series[name];
    for (let k = 0; k < length; k++) {
      if (k % a.capacity >= samples) continue;
      if (!Object.is(x[k], y[k])) expect.fail(`${name} at ${k}: wasm ${x[k]} ≠ js ${y[k]}`);
    }
  }
  for (const id of KPI_IDS)
    for (let s = 0; s < samples; s++)
      if (!Object.is(a.kpis[id][s], b.kpis[id][s]))
        expect.fail(`${id}[${s}]: wasm ${a.kpis[id][s]} ≠ js ${b.kpis[id][s]}`);
}

describe('batch engine, WebAssembly passes against JS passes', { timeout: 60_000 }, () => {
  it('loads the WebAssembly passes in Node (which has SIMD), over the arena of the output’s columns', () => {
    const arena = arenaOf(batchOutput(10, 3).series.openaiRevenue);
    expect(arena).toBeDefined();
    const passes = enginePasses(arena!);
    for (const pass of [
      'pathsBlock',
      'computeBlock',
      'operatingBlock',
      'equityBlock',
      'valueBlock',
      'kpisBlock',
    ] as const)
      expect(passes?.[pass]).toBeTypeOf('function');
  });

  it('gives the same columns for every preset with its default ranges', () => {
    for (const preset of PRESETS) {
      const values = presetValues(preset.id);
      const ranges = rangesInForce(values);
      const metas = ranges.map((r) => NUMERIC_PARAMS.find((m) => m.id === r.id)!);
      const columns = drawColumns(metas, ranges, 1001, 11);
      expectSameColumns(
        engineColumns(values, metas, columns, true),
        engineColumns(values, metas, columns, false),
        1001,
      );
    }
  });

  it('gives the same columns for random scenarios, ranges and sample counts, formulas or not', () => {
    const overridesFor = (v: ScenarioValues): SeriesOverrides => ({
      openaiRevenue: Array.from({ length: 21 }, (_, i) => v.rev2029 * 1.1 ** i),
      'providerShare.google': Array.from({ length: 21 }, (_, i) => (i % 3) * v.opexShare),
    });
    fc.assert(
      fc.property(
        scenarioArb(),
        drawnArb,
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 1, max: 300 }),
        fc.boolean(),
        ({ values }, [metas, ranges], seed, samples, formulas) => {
          const columns = drawColumns(metas, ranges, samples, seed);
          const formulasFor = formulas ? overridesFor : undefined;
          const wasm = engineColumns(values, metas, columns, true, formulasFor);
          const js = engineColumns(values, metas, columns, false, formulasFor);
          expectSameColumns(wasm, js, columns[0]?.length ?? 3);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the same columns when runs into two outputs (two arenas) interleave', () => {
    const values = presetValues('amended-2026');
    const ranges = rangesInForce(values);
    const metas = ranges.map((r) => NUMERIC_PARAMS.find((m) => m.id === r.id)!);
    const columns = drawColumns(metas, ranges, 300, 3);
    const js = engineColumns(values, metas, columns, false);
    useWasmPasses(true);
    const shown = values.horizonEnd - 2025 + 1;
    const [a, b] = [batchOutput(300, shown), batchOutput(300, shown)];
    expect(arenaOf(a.series.openaiRevenue)).not.toBe(arenaOf(b.series.openaiRevenue));
    const ids = metas.map((m) => m.id);
    const [first, second] = [new BatchEngine(values, ids), new BatchEngine(values, ids)];
    first.run(columns, 0, 150, a);
    second.run(columns, 0, 300, b);
    first.run(columns, 150, 300, a);
    expectSameColumns(a, js, 300);
    expectSameColumns(b, js, 300);
  });
});
