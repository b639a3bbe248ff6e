import { describe, expect, it } from 'vitest';
import { builtInPath } from '../../models/engine/builtInPaths.ts';
import { FORMULA_SERIES } from '../../models/engine/overrides.ts';
import { REPLACED_BY, withFormulaReplacements } from '../../models/formula/replaced.ts';
import { PARAM_BY_ID, presetValues, project, type ParamId } from '../../models/index.ts';

const values = presetValues('amended-2026');

describe('withFormulaReplacements', () => {
  it('dims every assumption a formula in force replaces, naming the formula, and keeps the other reasons', () => {
    const revenue = builtInPath(values, 'openaiRevenue');
    const before = new Map<ParamId, string>([['shareEnd', 'Applies when the shape is Linear or Step.']]);
    const after = withFormulaReplacements(before, { openaiRevenue: revenue });
    expect(after.get('rev2030')).toBe('Replaced by your formula for OpenAI revenue.');
    expect(after.get('revGrowthHalfLife')).toBe('Replaced by your formula for OpenAI revenue.');
    expect(after.get('shareEnd')).toBe('Applies when the shape is Linear or Step.');
    expect(after.has('revGrowthTerminal')).toBe(false); // still the terminal value's growth
    expect(withFormulaReplacements(before, undefined)).toBe(before);
  });

  it('names only assumptions that exist, and each replaced one moves nothing while its formula applies', () => {
    for (const series of FORMULA_SERIES) {
      const ids = REPLACED_BY[series] ?? [];
      const overrides = { [series]: builtInPath(values, series) };
      const base = project(values, overrides).kpis;
      for (const id of ids) {
        const meta = PARAM_BY_ID.get(id);
        expect(meta, id).toBeDefined();
        const moved =
          meta!.kind === 'number'
            ? meta!.min === values[id]
              ? meta!.max
              : meta!.min
            : meta!.kind === 'flag'
              ? !values[id]
              : meta!.options.find((o) => o.value !== values[id])!.value;
        expect(project({ ...values, [id]: moved }, overrides).kpis, `${series}: ${id}`).toEqual(base);
      }
    }
  });
});
