import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RANGES,
  isWholeNumberParam,
  KPI_META,
  PARAM_BY_ID,
  presetValues,
  probabilitySentences,
  project,
  rangeProblem,
  rangesInForce,
  SIMULATED_SERIES,
  simulate,
  Simulator,
  type KpiId,
  type NumberMeta,
  type ParamId,
  type Projection,
  type RangeChoices,
  type ScenarioValues,
} from '../../models/index.ts';
import { SOURCE_BY_ID } from '../../models/sources.ts';
import { PRESET_IDS } from './arbitraries.ts';
import { B, scenario } from './support.ts';

const amended = presetValues('amended-2026');
const small = { samples: 300, seed: 5 };

function seriesOf(p: Projection, name: string): number[] {
  const [head, provider] = name.split('.') as [string, string | undefined];
  const s = p.series as unknown as Record<string, number[] | Record<string, number[]>>;
  return provider ? (s[head] as Record<string, number[]>)[provider]! : (s[head] as number[]);
}

/** Every range in force at this scenario collapsed to the scenario's own value. */
function collapsed(values: ScenarioValues): RangeChoices {
  const choices: Partial<Record<ParamId, { low: number; high: number; shape: 'normal' }>> = {};
  for (const r of rangesInForce(values)) {
    const x = values[r.id] as number;
    choices[r.id] = { low: x, high: x, shape: 'normal' };
  }
  return choices;
}

describe('default ranges', () => {
  it('name numeric assumptions, lie within their bounds, and cite sources that exist (or say they are ours)', () => {
    expect(new Set(DEFAULT_RANGES.map((r) => r.id)).size).toBe(DEFAULT_RANGES.length);
    for (const r of DEFAULT_RANGES) {
      const meta = PARAM_BY_ID.get(r.id);
      expect(meta?.kind, r.id).toBe('number');
      expect(rangeProblem(meta as NumberMeta, r), r.id).toBeNull();
      for (const id of r.cites) expect(SOURCE_BY_ID.has(id), `${r.id} cites ${id}`).toBe(true);
      if (r.basis === 'sourced') expect(r.cites.length, r.id).toBeGreaterThan(0);
      expect(r.why.startsWith('Ours'), r.id).toBe(r.basis === 'ours');
    }
  });

  it('apply where the scenario’s value lies inside them, and give way to the user’s choice', () => {
    const ids = rangesInForce(amended).map((r) => r.id);
    expect(ids).toContain('rev2030');
    // The bubble preset sets 2030 revenue at $100B, outside the sourced $200B–$280B: held as the preset sets it.
    expect(rangesInForce(presetValues('bubble')).map((r) => r.id)).not.toContain('rev2030');
    const mine = rangesInForce(amended, {
      rev2030: null,
      shareCap: { low: 30 * B, high: 60 * B, shape: 'uniform' },
    });
    expect(mine.map((r) => r.id)).not.toContain('rev2030');
    expect(mine.find((r) => r.id === 'shareCap')).toEqual({
      id: 'shareCap',
      low: 30 * B,
      high: 60 * B,
      shape: 'uniform',
      origin: 'yours',
    });
  });
});

describe('simulate', () => {
  const sim = simulate(amended, small);

  it('gives identical output for the same seed, and different output for another', () => {
    expect(simulate(amended, small)).toEqual(sim);
    expect(simulate(amended, { ...small, seed: 6 }).kpis.msftTotalValueNpv).not.toEqual(
      sim.kpis.msftTotalValueNpv,
    );
  });

  it('draws its first samples as a shorter run does: the page’s first 1,000 are the start of all 10,000', () => {
    const simulator = new Simulator(amended, { samples: 600, seed: 5 });
    simulator.run(300);
    expect(simulator.summary()).toEqual(sim);
    simulator.run(600);
    expect(simulator.summary()).toEqual(simulate(amended, { samples: 600, seed: 5 }));
  });

  it('orders P10 ≤ P50 ≤ P90 for every series, year and kpi', () => {
    for (const name of SIMULATED_SERIES) {
      const band = sim.series[name];
      expect(band.p10.length).toBe(sim.years.length);
      band.p10.forEach((p10, y) => {
        expect(p10, `${name} ${sim.years[y]}`).toBeLessThanOrEqual(band.p50[y]!);
        expect(band.p50[y]!, `${name} ${sim.years[y]}`).toBeLessThanOrEqual(band.p90[y]!);
      });
    }
    for (const [id, k] of Object.entries(sim.kpis)) {
      const order = [k.p10, k.p50, k.p90].map((x) => x ?? Infinity);
      expect(order, id).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('counts every sample once in the headline’s histogram', () => {
    expect(sim.histogram.counts.reduce((a, b) => a + b, 0)).toBe(small.samples);
    expect(sim.histogram.edges.length).toBe(sim.histogram.counts.length + 1);
  });

  it('with every range collapsed to a point, every percentile is the deterministic projection (any preset)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRESET_IDS), fc.integer({ min: 0, max: 1000 }), (preset, seed) => {
        const values = presetValues(preset);
        const p = project(values);
        for (const choices of [
          collapsed(values),
          Object.fromEntries(rangesInForce(values).map((r) => [r.id, null])),
        ]) {
          const s = simulate(values, { samples: 100, seed, ranges: choices as RangeChoices });
          for (const name of SIMULATED_SERIES) {
            const want = seriesOf(p, name);
            expect(s.series[name].p10, name).toEqual(want);
            expect(s.series[name].p50, name).toEqual(want);
            expect(s.series[name].p90, name).toEqual(want);
          }
          for (const id of Object.keys(KPI_META) as KpiId[]) {
            const x = p.kpis[id];
            const never = x === null && KPI_META[id].unit === 'year';
            expect(s.kpis[id].p10, id).toEqual(never ? null : x);
            expect(s.kpis[id].p50, id).toEqual(never ? null : x);
            expect(s.kpis[id].p90, id).toEqual(never ? null : x);
            if (x !== null)
              expect(s.kpis[id].mean! - x, id).toBeCloseTo(0, -Math.log10(Math.abs(x) * 1e-12 + 1e-12));
          }
        }
      }),
      { numRuns: 8 },
    );
  });

  it('averages a linear figure to its analytic mean: the investment with a normal range on the 2023 tranche', () => {
    // msftInvested = 2019 + 2021 + 2023 + 2024 tranches: linear, so its mean is $1B + $2B + $10B + $0B. The normal
    // range $8B–$12B has σ = $4B / 3.29 = $1.22B, 8σ above the tranche's floor (0) and 4σ below its ceiling ($15B),
    // so clamping moves the mean by far less than the tolerance (4 standard errors: 4 × $1.22B / √4000 ≈ $77M).
    const s = simulate(amended, {
      samples: 4000,
      seed: 9,
      ranges: { inv2024: null, inv2023: { low: 8 * B, high: 12 * B, shape: 'normal' } },
    });
    expect(Math.abs(s.kpis.msftInvested.mean! - 13 * B)).toBeLessThan(0.077 * B);
    expect(s.kpis.msftInvested.p50! - 13 * B).toBeLessThan(0.1 * B);
  });

  it('clamps draws to the assumption’s bounds and rounds whole-number ones', () => {
    // A range far wider than the cap's own $1B–$200B: draws beyond it pile onto the bounds, never past them.
    const s = simulate(amended, {
      samples: 400,
      seed: 2,
      ranges: { shareLastYear: { low: 2026, high: 2040, shape: 'normal' } },
    });
    expect(s.ranges.find((r) => r.id === 'shareLastYear')).toBeTruthy();
    const meta = PARAM_BY_ID.get('shareLastYear') as NumberMeta;
    expect(isWholeNumberParam(meta)).toBe(true);
    // The last paid year drives the rate series: every percentile of it is a rate the model would give for a
    // whole year within 2026–2040.
    for (const r of s.series.revenueShareRate.p50) expect([0, 0.2]).toContain(r);
  });

  it('counts how often each statement holds, and says so in a sentence with its figures', () => {
    const fixed = simulate(amended, {
      samples: 100,
      seed: 1,
      ranges: Object.fromEntries(rangesInForce(amended).map((r) => [r.id, null])),
    });
    const p = project(amended);
    expect(fixed.probabilities).toEqual({
      msftValueExceedsInvested: p.kpis.msftTotalValueNpv > p.kpis.msftInvested ? 1 : 0,
      openaiBreaksEvenBy2030: p.kpis.openaiBreakEvenYear! <= 2030 ? 1 : 0,
      capBindsBefore2030: p.kpis.revenueShareCapReachedYear! < 2030 ? 1 : 0,
      othersOutpayAzureBy2030: p.kpis.partnersExceedAzureYear! <= 2030 ? 1 : 0,
    });
    const sentences = probabilitySentences({
      ...fixed,
      probabilities: { ...fixed.probabilities, openaiBreaksEvenBy2030: 0.734 },
    });
    expect(sentences.map((x) => x.text)).toEqual([
      'In 100% of 100 scenarios, Microsoft’s value (present value in 2025 dollars, after tax) exceeds what it committed ($13.0B, nominal 2019–24 commitments, not grown to 2025).',
      'In 73% of 100 scenarios, OpenAI’s operating cash flow turns positive by 2030.',
      'In 100% of 100 scenarios, the revenue-share cap is reached before 2030.',
      'In 100% of 100 scenarios, OpenAI pays the other compute providers together more than Azure in some year by 2030.',
    ]);
    const rare = probabilitySentences({
      ...fixed,
      probabilities: { ...fixed.probabilities, capBindsBefore2030: 0.0004, openaiBreaksEvenBy2030: 0.9996 },
    });
    expect(rare[2]!.text.startsWith('In less than 1% of')).toBe(true);
    expect(rare[1]!.text.startsWith('In more than 99% of')).toBe(true);
  });

  it('reports a year that never comes as null: the cap never binds without a cap', () => {
    const s = simulate(scenario({ shareCapOn: false }), small);
    expect(s.kpis.revenueShareCapReachedYear).toEqual({ p10: null, p50: null, p90: null, mean: null });
    expect(s.probabilities.capBindsBefore2030).toBe(0);
  });
});
