import { bench, describe } from 'vitest';
import { presetValues, project, simulate, Simulator } from '../../models/index.ts';
import { seededRng } from '../../models/uncertainty/random.ts';
import { drawValue, rangesInForce } from '../../models/uncertainty/ranges.ts';
import { PARAM_BY_ID, type NumberMeta, type ScenarioValues } from '../../models/index.ts';

// Target (issue #10): 10,000 samples of the full model with all percentiles ≤ 12 ms median in Node.

const amended = presetValues('amended-2026');

describe('simulation', () => {
  bench(
    'simulate(amended-2026, 10,000 samples)',
    () => {
      simulate(amended, { samples: 10_000, seed: 1 });
    },
    { iterations: 5, warmupIterations: 1 },
  );

  bench(
    'simulate(amended-2026, 1,000 samples) — the page’s first bands',
    () => {
      simulate(amended, { samples: 1_000, seed: 1 });
    },
    { iterations: 10, warmupIterations: 2 },
  );

  // Where the time goes: the 10,000 projections alone (with their draws), and the summary alone.
  const ranges = rangesInForce(amended);
  const metas = ranges.map((r) => PARAM_BY_ID.get(r.id) as NumberMeta);
  bench(
    '10,000 draws + project() only',
    () => {
      const rng = seededRng(1);
      for (let s = 0; s < 10_000; s++) {
        const v = { ...amended } as Record<string, unknown>;
        for (let r = 0; r < ranges.length; r++) v[ranges[r]!.id] = drawValue(metas[r]!, ranges[r]!, rng());
        project(v as ScenarioValues);
      }
    },
    { iterations: 5, warmupIterations: 1 },
  );

  const drawn = new Simulator(amended, { samples: 10_000, seed: 1 });
  drawn.run(10_000);
  bench(
    'summary of 10,000 samples only (percentiles, histogram)',
    () => {
      drawn.summary();
    },
    { iterations: 10, warmupIterations: 2 },
  );
});
