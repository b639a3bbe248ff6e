import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BatchEngine } from '../../models/engine/batch/engine.ts';
import { batchOutput, KPI_IDS } from '../../models/engine/batch/output.ts';
import type { SeriesOverrides } from '../../models/engine/overrides.ts';
import {
  drawValue,
  KPI_META,
  NUMERIC_PARAMS,
  PRESETS,
  presetValues,
  project,
  rangesInForce,
  simulate,
  Simulator,
  SIMULATED_SERIES,
  type NumberMeta,
  type Projection,
  type RangeChoices,
  type ScenarioValues,
} from '../../models/index.ts';
import { PRESET_IDS, scenarioArb } from './arbitraries.ts';
import { drawColumns, drawnArb, rangeArb } from './batchDraws.ts';
import { scalarSimulate } from './scalarSimulation.ts';
import { drawColumn } from '../../models/uncertainty/ranges.ts';

// The batch engine is held to project() exactly: it performs the same floating-point operations in the same order,
// so every value must be the same double (NaN equal to NaN), not merely close. Any reordering a refactor brings in
// shows up here as a difference in the last bits.

/** A cheap assertion for hot loops (expect() per element would make thousands of checks slow). */
function check(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}

function seriesOf(p: Projection, name: string): number[] {
  const [head, provider] = name.split('.') as [string, string | undefined];
  const s = p.series as unknown as Record<string, number[] | Record<string, number[]>>;
  return provider ? (s[head] as Record<string, number[]>)[provider]! : (s[head] as number[]);
}

/** Runs the batch engine and checks each sample against project() of the same values. */
function expectSamplesMatchProject(
  values: ScenarioValues,
  metas: readonly NumberMeta[],
  columns: readonly Float64Array[],
  overridesFor?: (v: ScenarioValues) => SeriesOverrides | undefined,
): void {
  const samples = columns[0]?.length ?? 3;
  const shown = values.horizonEnd - 2025 + 1;
  const out = batchOutput(samples, shown);
  const engine = new BatchEngine(
    values,
    metas.map((m) => m.id),
    overridesFor,
  );
  // In two runs, as the page draws: the second continues where the first stopped.
  const half = Math.floor(samples / 2);
  engine.run(columns, 0, half, out);
  engine.run(columns, half, samples, out);
  for (let s = 0; s < samples; s++) {
    const v = { ...values } as Record<string, unknown>;
    metas.forEach((m, k) => (v[m.id] = columns[k]![s]));
    const sample = v as ScenarioValues;
    const p = project(sample, overridesFor?.(sample));
    // A sample whose horizon is drawn has its own shown years; the columns keep the scenario's.
    const years = Math.min(shown, p.years.length);
    for (const name of SIMULATED_SERIES) {
      const want = seriesOf(p, name);
      const column = out.series[name];
      for (let y = 0; y < years; y++) {
        const got = column[y * samples + s]!;
        check(Object.is(got, want[y]), () => `sample ${s}: ${name}[${2025 + y}] ${got} ≠ ${want[y]}`);
      }
    }
    for (const id of KPI_IDS) {
      const x = p.kpis[id];
      const want = x ?? (KPI_META[id].unit === 'year' ? Infinity : NaN);
      const got = out.kpis[id][s]!;
      check(Object.is(got, want), () => `sample ${s}: ${id} ${got} ≠ ${want}`);
    }
  }
}

describe('batch engine against project(), sample by sample', { timeout: 60_000 }, () => {
  it('equals project() for every preset with its default ranges', () => {
    for (const preset of PRESETS) {
      const values = presetValues(preset.id);
      const ranges = rangesInForce(values);
      const metas = ranges.map((r) => NUMERIC_PARAMS.find((m) => m.id === r.id)!);
      expectSamplesMatchProject(values, metas, drawColumns(metas, ranges, 200, 7));
    }
  });

  it('equals project() for random scenarios with random ranges on random assumptions', () => {
    fc.assert(
      fc.property(
        scenarioArb(),
        drawnArb,
        fc.integer({ min: 0, max: 1e6 }),
        ({ values }, [metas, ranges], seed) => {
          expectSamplesMatchProject(values, metas, drawColumns(metas, ranges, 12, seed));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('equals project() when series formulas give each sample its own paths', () => {
    // Paths that read drawn assumptions, as formulas may: revenue, the rate, the margin and providers' shares.
    const overridesFor = (v: ScenarioValues): SeriesOverrides => {
      const years = Array.from({ length: 21 }, (_, i) => i);
      return {
        openaiRevenue: years.map((i) => v.rev2030 * 0.3 * 1.2 ** i),
        revenueShareRate: years.map((i) => (i < 8 ? v.shareStart : v.shareEnd / 2)),
        openaiGrossMargin: new Float64Array(years.map((i) => Math.min(0.8, v.gmStart + i * 0.02))),
        'providerShare.google': years.map((i) => (i % 3) * v.opexShare),
        'providerShare.decentralized': years.map(() => 0.6),
      };
    };
    fc.assert(
      fc.property(
        scenarioArb(),
        drawnArb,
        fc.integer({ min: 0, max: 1e6 }),
        ({ values }, [metas, ranges], seed) => {
          expectSamplesMatchProject(values, metas, drawColumns(metas, ranges, 8, seed), overridesFor);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe(
  'simulate against the scalar reference (project() per sample, percentilesInPlace)',
  { timeout: 60_000 },
  () => {
    it('gives the same summary for every preset, seed and sample count', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...PRESET_IDS),
          fc.integer({ min: 0, max: 1e6 }),
          fc.constantFrom(100, 257, 1000),
          (preset, seed, samples) => {
            const values = presetValues(preset);
            expect(simulate(values, { samples, seed })).toEqual(scalarSimulate(values, { samples, seed }));
          },
        ),
        { numRuns: 12 },
      );
    });

    it('gives the same summary for random scenarios and ranges, formulas or not', () => {
      const overridesFor = (v: ScenarioValues): SeriesOverrides => ({
        openaiRevenue: Array.from({ length: 21 }, (_, i) => v.rev2029 * 1.1 ** i),
      });
      fc.assert(
        fc.property(
          scenarioArb(),
          drawnArb,
          fc.integer({ min: 0, max: 1e6 }),
          fc.boolean(),
          ({ values }, [metas, ranges], seed, formulas) => {
            // A drawn horizon is left out: the reference then reads years past a sample's horizon as NaN (undefined),
            // where the batch engine keeps the values project() computes for every year.
            const choices: RangeChoices = Object.fromEntries(
              metas.map((m, k) => [m.id, ranges[k]!]).filter(([id]) => id !== 'horizonEnd'),
            );
            const options = {
              samples: 300,
              seed,
              ranges: choices,
              overridesFor: formulas ? overridesFor : undefined,
            };
            expect(simulate(values, options)).toEqual(scalarSimulate(values, options));
          },
        ),
        { numRuns: 40 },
      );
    });

    it('gives each of two simulations run by turns what it gives run alone (the engines share their block series)', () => {
      const a = presetValues('amended-2026');
      const b = presetValues('original-2019');
      const first = new Simulator(a, { samples: 600, seed: 5 });
      const second = new Simulator(b, {
        samples: 400,
        seed: 6,
        overridesFor: (v) => ({ openaiRevenue: Array.from({ length: 21 }, (_, i) => v.rev2030 * 1.05 ** i) }),
      });
      for (const upTo of [50, 333, 600]) {
        first.run(upTo);
        second.run(upTo);
      }
      expect(first.summary()).toEqual(scalarSimulate(a, { samples: 600, seed: 5 }));
      expect(second.summary()).toEqual(
        scalarSimulate(b, {
          samples: 400,
          seed: 6,
          overridesFor: (v) => ({
            openaiRevenue: Array.from({ length: 21 }, (_, i) => v.rev2030 * 1.05 ** i),
          }),
        }),
      );
    });

    it('summarizes the first samples of a longer run as a run of that many, in slices of any size', () => {
      const values = presetValues('amended-2026');
      const simulator = new Simulator(values, { samples: 1000, seed: 3 });
      for (const upTo of [1, 17, 300, 301, 999]) simulator.run(upTo);
      expect(simulator.summary()).toEqual(scalarSimulate(values, { samples: 999, seed: 3 }));
      simulator.run(5000);
      expect(simulator.samplesDrawn).toBe(1000);
      expect(simulator.summary()).toEqual(simulate(values, { samples: 1000, seed: 3 }));
    });
  },
);

describe('drawColumn', () => {
  it('draws exactly what drawValue draws, for any range and uniform numbers, taking every stride-th from its offset', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NUMERIC_PARAMS).chain((meta) => fc.tuple(fc.constant(meta), rangeArb(meta))),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true, minExcluded: true, maxExcluded: true }), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.integer({ min: 1, max: 3 }),
        ([meta, range], us, stride) => {
          // us[k] sits at offset 1 + k × stride among other numbers (2, never a uniform), and is drawn into
          // slot 5 + k of a column whose other slots must stay untouched (−1).
          const uniforms = new Float64Array(1 + us.length * stride).fill(2);
          us.forEach((u, k) => (uniforms[1 + k * stride] = u));
          const out = new Float64Array(us.length + 10).fill(-1);
          drawColumn(meta, range, uniforms, 1, stride, out, 5, 5 + us.length);
          us.forEach((u, k) =>
            check(Object.is(out[5 + k], drawValue(meta, range, u)), () => `${meta.id} at ${u}`),
          );
          for (const i of [0, 4, 5 + us.length, out.length - 1])
            check(out[i] === -1, () => `slot ${i} written`);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
