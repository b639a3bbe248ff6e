import { bench, describe } from 'vitest';
import { presetValues, simulate, Simulator } from '../../models/index.ts';
import { BatchEngine } from '../../models/engine/batch/engine.ts';
import { batchOutput } from '../../models/engine/batch/output.ts';
import { seededRng } from '../../models/uncertainty/random.ts';
import { drawValue, rangesInForce } from '../../models/uncertainty/ranges.ts';
import { PARAM_BY_ID, project, type NumberMeta, type ScenarioValues } from '../../models/index.ts';
import { scalarSimulate, ScalarSimulator } from './scalarSimulation.ts';

// Target (issue #10): 10,000 samples of the full model with all percentiles ≤ 12 ms median in Node. Each batch
// bench is paired with the scalar reference (every sample through project(), percentiles by selection over a copy)
// in the same run, so a noisy machine moves both.

const amended = presetValues('amended-2026');

describe('simulation, 10,000 samples', () => {
  bench(
    'simulate(amended-2026) — batch engine',
    () => {
      simulate(amended, { samples: 10_000, seed: 1 });
    },
    { time: 4000, warmupTime: 2000 },
  );
  bench(
    'scalar reference: project() per sample, percentilesInPlace',
    () => {
      scalarSimulate(amended, { samples: 10_000, seed: 1 });
    },
    { iterations: 5, warmupIterations: 1 },
  );
});

describe('simulation, 1,000 samples (the page’s first bands)', () => {
  bench('simulate(amended-2026) — batch engine', () => {
    simulate(amended, { samples: 1_000, seed: 1 });
  });
  bench('scalar reference', () => {
    scalarSimulate(amended, { samples: 1_000, seed: 1 });
  });
});

// Where the time goes: the projections alone (draws made beforehand), and the summary alone.
const ranges = rangesInForce(amended);
const metas = ranges.map((r) => PARAM_BY_ID.get(r.id) as NumberMeta);
const rng = seededRng(1);
const draws = ranges.map(() => new Float64Array(10_000));
for (let s = 0; s < 10_000; s++) {
  for (let r = 0; r < ranges.length; r++) draws[r]![s] = drawValue(metas[r]!, ranges[r]!, rng());
}
const shownYears = amended.horizonEnd - 2025 + 1;

describe('10,000 projections only (drawn beforehand)', () => {
  const out = batchOutput(10_000, shownYears);
  bench('batch engine', () => {
    new BatchEngine(
      amended,
      ranges.map((r) => r.id),
    ).run(draws, 0, 10_000, out);
  });
  bench(
    'project() per sample',
    () => {
      for (let s = 0; s < 10_000; s++) {
        const v = { ...amended } as Record<string, unknown>;
        for (let r = 0; r < ranges.length; r++) v[ranges[r]!.id] = draws[r]![s];
        project(v as ScenarioValues);
      }
    },
    { iterations: 5, warmupIterations: 1 },
  );
});

describe('summary of 10,000 samples only (percentiles, histogram)', () => {
  const batch = new Simulator(amended, { samples: 10_000, seed: 1 });
  batch.run(10_000);
  const scalar = new ScalarSimulator(amended, { samples: 10_000, seed: 1 });
  scalar.run(10_000);
  bench('bucket percentiles', () => {
    batch.summary();
  });
  bench('percentilesInPlace over a copy', () => {
    scalar.summary();
  });
});
