// The series formulas a worker applies to every scenario it projects (each sample, each swing), compiled once
// while their text is unchanged; the formula engine (mathjs) loads in the worker only when there are formulas.
import type { OverridesFor } from '../../models/engine/overrides.ts';

let compiled: { text: string; overridesFor: OverridesFor } | undefined;

/** The paths the formulas give for a scenario's values; undefined when there are none. */
export async function formulaOverrides(
  formulas: Readonly<Record<string, string>> | undefined,
): Promise<OverridesFor | undefined> {
  if (!formulas || Object.keys(formulas).length === 0) return undefined;
  const text = JSON.stringify(formulas);
  if (compiled?.text !== text) {
    const { compileFormulas } = await import('../../models/formula/index.ts');
    const set = compileFormulas(formulas);
    compiled = { text, overridesFor: (v) => set.overridesFor(v).overrides };
  }
  return compiled.overridesFor;
}
