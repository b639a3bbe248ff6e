import { describe, expect, it } from 'vitest';
import { ScenarioState } from '../../src/lib/scenario.svelte.ts';

describe('ScenarioState', () => {
  it('refuses NaN and ±Infinity, so neither reaches the figures or the link', () => {
    const state = new ScenarioState();
    const before = state.values;
    for (const x of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
      state.set('shareCap', x);
    expect(state.values).toBe(before);
    state.set('shareCap', 50e9);
    expect(state.values.shareCap).toBe(50e9);
    expect(state.query).toContain('shareCap=50');
  });

  it('derives the assumptions that do not apply, with their reasons, from the whole scenario', () => {
    const state = new ScenarioState();
    expect(state.notApplying.get('shareEnd')).toBe('Applies when the shape is Linear or Step.');
    expect(state.notApplying.has('shareCap')).toBe(false);
    state.set('shareShape', 'linear');
    expect(state.notApplying.has('shareEnd')).toBe(false);
    state.set('shareCapOn', false);
    expect(state.notApplying.get('shareCap')).toBe('Applies when a total cap applies.');
  });

  it('counts a series formula as a difference from the preset, and Reset removes it with every change', () => {
    const state = new ScenarioState();
    expect(state.differs).toBe(false);
    state.setSeriesFormula('openaiRevenue', '13e9 * 1.8^(t - 2025)');
    expect([state.changed.size, state.seriesFormulaCount, state.differs]).toEqual([0, 1, true]);
    state.setFieldExpression('rev2030', '=300', 300e9);
    expect(state.query).toContain('formula.openaiRevenue=');
    state.resetAll();
    expect([state.changed.size, state.seriesFormulaCount, state.differs]).toEqual([0, 0, false]);
    expect(state.extras.formulas).toBeUndefined();
    expect(state.query).not.toContain('formula');
    expect(state.query).not.toContain('expr');
  });

  it('gives each assumption’s value on its own, following every way the values change', () => {
    const state = new ScenarioState();
    expect(state.valueOf('shareCap')).toBe(state.values.shareCap);
    state.set('shareCap', 50e9);
    expect(state.valueOf('shareCap')).toBe(50e9);
    state.resetAll();
    expect(state.valueOf('shareCap')).toBe(state.baseValues.shareCap);
    state.load('preset=seeds-2025&rev2030=250');
    expect(state.valueOf('rev2030')).toBe(250e9);
    state.choosePreset('amended-2026');
    expect(state.valueOf('rev2030')).toBe(state.baseValues.rev2030);
  });

  it('keeps the same reasons map and changed set while a step changes neither, and new ones when it does', () => {
    const state = new ScenarioState();
    const reasons = state.notApplying;
    state.set('rev2030', state.values.rev2030 + 5e9);
    const changed = state.changed;
    expect(changed).toEqual(new Set(['rev2030']));
    state.set('rev2030', state.values.rev2030 + 5e9);
    expect(state.notApplying).toBe(reasons);
    expect(state.changed).toBe(changed);
    state.set('shareShape', 'linear');
    expect(state.notApplying).not.toBe(reasons);
    expect(state.notApplying.has('shareEnd')).toBe(false);
    expect(state.changed).toEqual(new Set(['rev2030', 'shareShape']));
  });
});
