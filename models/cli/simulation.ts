import type { OverridesFor } from '../engine/overrides.ts';
import type { Scenario } from '../link/codec.ts';
import { MAX_SEED } from '../uncertainty/random.ts';
import { probabilitySentences } from '../uncertainty/sentences.ts';
import {
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  MAX_SAMPLES,
  MIN_SAMPLES,
  simulate,
} from '../uncertainty/simulate.ts';

/** What `--samples` and `--seed` ask for: a simulation (with either), and each bad value's message. */
export function simulationOption(
  samples: string | undefined,
  seed: string | undefined,
  csv: boolean,
): { wanted: boolean; samples?: number; seed?: number; errors: string[] } {
  const errors: string[] = [];
  const wanted = samples !== undefined || seed !== undefined;
  let n: number | undefined;
  let s: number | undefined;
  if (samples !== undefined) {
    n = Number(samples);
    if (!/^\d+$/.test(samples) || n < MIN_SAMPLES || n > MAX_SAMPLES) {
      errors.push(
        `--samples "${samples}" is not a whole number from ${MIN_SAMPLES} to ${MAX_SAMPLES.toLocaleString('en-US')}.`,
      );
    }
  }
  if (seed !== undefined) {
    s = Number(seed);
    if (!/^\d+$/.test(seed) || s > MAX_SEED)
      errors.push(`--seed "${seed}" is not a whole number from 0 to ${MAX_SEED}.`);
  }
  if (wanted && csv)
    errors.push('--samples and --seed add a simulation to the JSON; --csv has no room for it.');
  return { wanted, samples: n, seed: s, errors };
}

/**
 * The `simulation` part of the JSON: the same numbers the page shows for the same link and seed. The flags
 * override the link's own `samples` and `seed`; the link's ranges (and the default ones) are used.
 */
export function simulationOutput(
  scenario: Scenario,
  samples?: number,
  seed?: number,
  overridesFor?: OverridesFor,
) {
  const settings = scenario.extras?.uncertainty ?? {};
  const sim = simulate(scenario.values, {
    samples: samples ?? settings.samples ?? DEFAULT_SAMPLES,
    seed: seed ?? settings.seed ?? DEFAULT_SEED,
    ranges: settings.ranges,
    overridesFor,
  });
  return {
    samples: sim.samples,
    seed: sim.seed,
    basis:
      'P10, P50 and P90 across the samples (P10: one sample in ten is lower); kpis also give the mean. Each series and kpi keeps its own basis (see series and kpis above); null is a year that never comes within the horizon.',
    ranges: sim.ranges,
    series: sim.series,
    kpis: sim.kpis,
    probabilities: Object.fromEntries(
      probabilitySentences(sim).map((p) => [p.id, { probability: p.probability, statement: p.text }]),
    ),
    histogram: sim.histogram,
  };
}
