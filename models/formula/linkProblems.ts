import type { LinkProblem } from '../link/problems.ts';
import type { ScenarioExtras } from '../link/sections.ts';
import type { NumberMeta } from '../schema/define.ts';
import { PARAM_BY_ID, type ScenarioValues } from '../schema/scenario.ts';
import { expressionGives, readFieldExpression } from './field.ts';
import { compileFormulas } from './series.ts';

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * What the formula engine finds wrong with a link's formulas, once it is loaded (the decoder only checks their
 * text): a series formula that does not compile or gives a year out of range (the built-in path is used), and a
 * field expression that does not give the link's value (the value is kept and the expression dropped).
 */
export function linkFormulaProblems(
  extras: ScenarioExtras,
  values: ScenarioValues,
): { problems: LinkProblem[]; dropFields: string[] } {
  const problems: LinkProblem[] = [];
  const dropFields: string[] = [];
  const series = extras.formulas?.series;
  if (series) {
    const set = compileFormulas(series);
    for (const p of [...set.problems, ...set.overridesFor(values).problems]) {
      problems.push({
        kind: 'unparsable',
        key: `formula.${p.series}`,
        message: `Formula for ${p.series} "${clip(p.text)}": ${p.message.replace(/\.$/, '')}: the built-in path is used.`,
      });
    }
  }
  for (const [id, text] of Object.entries(extras.formulas?.fields ?? {})) {
    if (text === undefined) continue;
    const meta = PARAM_BY_ID.get(id) as NumberMeta;
    const reading = readFieldExpression(meta, text);
    const value = values[id as keyof ScenarioValues] as number;
    const what =
      'error' in reading
        ? reading.error.replace(/\.$/, '')
        : expressionGives(reading.value, value)
          ? undefined
          : `it does not give the link's ${meta.label.toLowerCase()}`;
    if (what === undefined) continue;
    dropFields.push(id);
    problems.push({
      kind: 'unparsable',
      key: `expr.${id}`,
      message: `Expression for ${id} "=${clip(text)}": ${what}: the link's value was kept.`,
    });
  }
  return { problems, dropFields };
}
