import { describe, expect, it } from 'vitest';
import { builtInPath } from '../../models/engine/builtInPaths.ts';
import * as engine from '../../models/formula/index.ts';
import { FORMULA_SERIES_BY_ID } from '../../models/formula/seriesMeta.ts';
import { FORMULA_SERIES, presetValues, project } from '../../models/index.ts';
import {
  BUILT_IN_LABEL,
  FORMULA_LABEL,
  formulaPreviewChart,
} from '../../src/lib/charts/formulaPreviewChart.ts';
import { LIGHT_THEME } from '../../src/lib/charts/theme.ts';
import { ScenarioState } from '../../src/lib/scenario.svelte.ts';

const YEARS = Array.from({ length: 21 }, (_, i) => 2025 + i);
const v = { ...presetValues('amended-2026'), horizonEnd: 2045 };

describe('builtInPath', () => {
  it('is the path the engine uses: the projection does not change when it is given as an override', () => {
    const base = project(v);
    for (const series of FORMULA_SERIES) {
      const path = builtInPath(v, series);
      expect(path.length, series).toBe(21);
      const p = project(v, { [series]: path });
      if (!series.startsWith('providerShare.')) expect(p, series).toEqual(base);
      else {
        // The shares are recombined in another order: equal to rounding (1e-7 dollars on $1e11).
        for (const [id, s] of Object.entries(p.series.computeByProvider))
          s.forEach((x, i) =>
            expect(Math.abs(x - base.series.computeByProvider[id as 'azure'][i]!)).toBeLessThan(1e-3),
          );
        expect(p.kpis.msftTotalValueNpv).toBeCloseTo(base.kpis.msftTotalValueNpv, 0);
      }
    }
    expect(builtInPath(v, 'openaiRevenue')).toEqual(base.series.openaiRevenue);
    expect(builtInPath(v, 'revenueShareRate')).toEqual(base.series.revenueShareRate);
    expect(builtInPath(v, 'openaiGrossMargin')).toEqual(base.series.openaiGrossMargin);
  });

  it("gives a provider's built-in share with the other providers' formulas applied", () => {
    const after = v.rofrEndYear + 1 - 2025;
    expect(builtInPath(v, 'providerShare.azure')[0]).toBe(1); // Azure's first call
    const others = { 'providerShare.google': Array<number>(21).fill(0.5) };
    const shares = ['azure', 'stargate', 'ownCapacity', 'decentralized'].map(
      (p) => builtInPath(v, `providerShare.${p}` as (typeof FORMULA_SERIES)[number], others)[after]!,
    );
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(0.5, 12);
  });
});

describe('formulaPreviewChart', () => {
  it('draws the formula and the built-in path on the series axis, with the same numbers in its table', () => {
    const meta = FORMULA_SERIES_BY_ID.get('openaiRevenue')!;
    const formula = YEARS.map((y) => 13e9 * 1.8 ** (y - 2025));
    const builtIn = builtInPath(v, 'openaiRevenue');
    const spec = formulaPreviewChart(meta, YEARS, builtIn, formula, LIGHT_THEME);
    expect(spec.id).toBe('formula-preview');
    expect(spec.config.data.labels).toEqual(YEARS.map(String));
    expect(spec.config.data.datasets.map((d) => d.label)).toEqual([FORMULA_LABEL, BUILT_IN_LABEL]);
    expect(spec.config.data.datasets[0]!.data).toEqual(formula);
    expect(spec.config.data.datasets[1]!.data).toEqual(builtIn);
    expect(spec.subtitle).toBe(
      'In 2030: $245.6B by your formula, $280.0B built in; in 2045: $1,657.3T and $1.01T.',
    );
    const table = spec.table();
    expect(table.columns).toEqual(['Year', FORMULA_LABEL, BUILT_IN_LABEL]);
    expect(table.rows[0]).toEqual(['2025', '$13.0B', '$13.0B']);
    expect(table.rows).toHaveLength(21);
  });

  it('writes a rate series as percentages', () => {
    const meta = FORMULA_SERIES_BY_ID.get('revenueShareRate')!;
    const spec = formulaPreviewChart(meta, YEARS, Array(21).fill(0.2), Array(21).fill(0.1), LIGHT_THEME);
    expect(spec.table().rows[5]).toEqual(['2030', '10.0%', '20.0%']);
  });
});

describe('ScenarioState formulas', () => {
  it('applies a series formula once the engine is loaded, and removes it', () => {
    const state = new ScenarioState();
    const before = state.projection.kpis;
    state.setSeriesFormula('openaiRevenue', '13e9 * 1.8^(t - 2025)');
    expect(state.query).toContain('formula.openaiRevenue=');
    expect(state.projection.kpis).toEqual(before); // the engine is not loaded yet: built-in path
    state.formulaEngine = engine;
    expect(state.projection.series.openaiRevenue[1]).toBeCloseTo(13e9 * 1.8, 0);
    state.setSeriesFormula('openaiRevenue', undefined);
    expect(state.extras).toEqual({});
    expect(state.projection.kpis).toEqual(before);
  });

  it('keeps a field expression while the value comes from it, and drops it when the value is set otherwise', () => {
    const state = new ScenarioState();
    state.setFieldExpression('rev2030', '852 * 0.27', 230.04e9);
    expect(state.values.rev2030).toBe(230.04e9);
    expect(state.extras).toEqual({ formulas: { fields: { rev2030: '852 * 0.27' } } });
    expect(state.query).toContain('rev2030=230.04&expr.rev2030=852+*+0.27');
    state.set('rev2030', 250e9);
    expect(state.extras).toEqual({});
    state.setFieldExpression('rev2030', '852 * 0.27', 230.04e9);
    state.resetAll();
    expect(state.extras).toEqual({});
  });

  it('lists a refused formula with its reason and uses the built-in path', () => {
    const state = new ScenarioState();
    state.formulaEngine = engine;
    const before = state.projection.kpis;
    state.setSeriesFormula('openaiRevenue', 'cos.constructor');
    expect(state.formulaPaths?.problems.map((p) => p.message)).toEqual([
      'Reading a property or an index (. or [ ]) at character 4 is not allowed in a formula.',
    ]);
    expect(state.projection.kpis).toEqual(before);
  });
});
