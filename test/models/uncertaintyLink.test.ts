import { describe, expect, it } from 'vitest';
import { runCli } from '../../models/cli/run.ts';
import { decodeScenario, encodeScenario, presetValues, simulate, type Scenario } from '../../models/index.ts';
import { B } from './support.ts';

const values = presetValues('amended-2026');

describe('uncertainty in the link', () => {
  it('writes ranges (in link units, schema order), a held default, the seed and the sample count, and reads them back', () => {
    const scenario: Scenario = {
      preset: 'amended-2026',
      values: { ...values, shareCap: 50 * B },
      extras: {
        uncertainty: {
          ranges: {
            shareCap: { low: 30 * B, high: 60 * B, shape: 'triangular' },
            rev2030: null,
            costOfEquity: { low: 0.11, high: 0.15, shape: 'lognormal' },
          },
          seed: 7,
          samples: 2000,
        },
      },
    };
    const link = encodeScenario(scenario).toString();
    expect(link).toBe(
      'preset=amended-2026&v=2&shareCap=50&r.shareCap=30_60_triangular&r.rev2030=off&r.costOfEquity=11_15_lognormal&seed=7&samples=2000',
    );
    const decoded = decodeScenario(link);
    expect(decoded.problems).toEqual([]);
    expect(decoded.scenario).toEqual(scenario);
  });

  it('leaves a range equal to its default out of the scenario (and so out of the link)', () => {
    const decoded = decodeScenario('?r.rev2030=200_360_triangular&seed=3');
    expect(decoded.problems).toEqual([]);
    expect(decoded.scenario.extras).toEqual({ uncertainty: { seed: 3 } });
  });

  it('names every bad key and keeps the rest of the scenario', () => {
    const decoded = decodeScenario(
      '?shareCap=50&r.rev2030=300_200_normal&r.rev2029=1_900_normal&r.bogus=1_2_uniform&r.shareCap=10_20_gaussian&r.opexShare=5_x&r.azureOpenAIRev2025=0_5_lognormal&r.shareLastYear=off&r.costOfEquity=11_15_normal&seed=-1&samples=5',
    );
    expect(decoded.problems.map((p) => p.message)).toEqual([
      'Range for OpenAI revenue, 2030 (r.rev2030): the low end must be below the high end; ignored.',
      'Range for OpenAI revenue, 2029 (r.rev2029): it must lie within the assumption’s own range ($5.0B–$600.0B); ignored.',
      'Range "r.bogus": there is no numeric assumption "bogus"; ignored.',
      'Range for Total cap (r.shareCap): "gaussian" is not one of uniform, triangular, normal, lognormal; ignored.',
      expect.stringMatching(
        /^Range for .* \(r\.opexShare\): "5_x" is not low_high_shape \(e\.g\. 5_50_triangular\); ignored\.$/,
      ),
      'Range for Azure OpenAI revenue, 2025 (r.azureOpenAIRev2025): a lognormal range must start above zero; ignored.',
      expect.stringMatching(
        /\(r\.shareLastYear\): "off" holds a default range fixed, and this assumption has none; ignored\.$/,
      ),
      'Seed: "-1" is not a whole number from 0 to 4294967295; used 1.',
      'Samples: 5 is outside 100–20,000; used 100.',
    ]);
    expect(decoded.scenario.values.shareCap).toBe(50 * B);
    expect(decoded.scenario.extras).toEqual({
      uncertainty: { ranges: { costOfEquity: { low: 0.11, high: 0.15, shape: 'normal' } }, samples: 100 },
    });
  });
});

describe('--samples and --seed', () => {
  it('add the simulation of the link’s scenario: the same numbers simulate() gives for it', () => {
    const link = '?preset=amended-2026&v=2&r.costOfEquity=11_15_normal&seed=99';
    const result = runCli(['--url', link, '--samples', '200']);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as { simulation: Record<string, unknown> };
    const decoded = decodeScenario(link).scenario;
    const sim = simulate(decoded.values, {
      samples: 200,
      seed: 99,
      ranges: decoded.extras!.uncertainty!.ranges,
    });
    expect(out.simulation.samples).toBe(200);
    expect(out.simulation.seed).toBe(99);
    expect(out.simulation.series).toEqual(JSON.parse(JSON.stringify(sim.series)));
    expect(out.simulation.kpis).toEqual(JSON.parse(JSON.stringify(sim.kpis)));
    expect(Object.keys(out.simulation.probabilities as object)).toEqual([
      'msftValueExceedsInvested',
      'openaiBreaksEvenBy2030',
      'capBindsBefore2030',
      'othersOutpayAzureBy2030',
    ]);
    // --seed replaces the link's seed.
    const reseeded = JSON.parse(
      runCli(['--url', link, '--samples', '200', '--seed', '4']).stdout,
    ) as typeof out;
    expect(reseeded.simulation.seed).toBe(4);
    expect(reseeded.simulation.kpis).not.toEqual(out.simulation.kpis);
  });

  it('leaves the simulation out without them, and refuses bad values with one line each', () => {
    expect(JSON.parse(runCli([]).stdout)).not.toHaveProperty('simulation');
    const bad = runCli(['--samples', '5', '--seed', 'x', '--seed', '2']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      ['error: --seed is given more than once: give it once.', 'Run with --help for usage.', ''].join('\n'),
    );
    const worse = runCli(['--samples', '5', '--seed', 'x', '--csv']);
    expect(worse.stderr.split('\n').slice(0, 3)).toEqual([
      'error: --samples "5" is not a whole number from 100 to 20,000.',
      'error: --seed "x" is not a whole number from 0 to 4294967295.',
      'error: --samples and --seed add a simulation to the JSON; --csv has no room for it.',
    ]);
  });
});
