import {
  PARAM_BY_ID,
  type LinkProblem,
  type NumberMeta,
  type ScenarioExtras,
  type ScenarioValues,
} from '../../models/index.ts';
import type { FormulaEngine } from './formulaEngine.ts';

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
  engine: FormulaEngine,
): { problems: LinkProblem[]; dropFields: string[] } {
  const problems: LinkProblem[] = [];
  const dropFields: string[] = [];
  const series = extras.formulas?.series;
  if (series) {
    const set = engine.compileFormulas(series);
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
    const reading = engine.readFieldExpression(meta, text);
    const value = values[id as keyof ScenarioValues] as number;
    const what =
      'error' in reading
        ? reading.error.replace(/\.$/, '')
        : engine.expressionGives(reading.value, value)
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
