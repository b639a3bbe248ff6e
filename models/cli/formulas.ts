import type { OverridesFor, SeriesOverrides } from '../engine/overrides.ts';
import { compileFormulas, expressionGives, readFieldExpression } from '../formula/index.ts';
import type { Scenario } from '../link/codec.ts';
import { formulaTextProblem } from '../formula/text.ts';
import { PARAM_BY_ID } from '../schema/scenario.ts';
import type { NumberMeta } from '../schema/define.ts';

/**
 * The command line's formulas: the link's (`formula.*`, `expr.*`) and `--formula series=expression`, which replaces
 * the link's formula for the same series. Any formula refused (unknown series, bad text, a year out of range) or
 * link expression that does not give the link's value is an error naming the formula and the problem.
 */
export function cliFormulas(
  scenario: Scenario,
  args: readonly string[],
):
  | { scenario: Scenario; overrides: SeriesOverrides | undefined; overridesFor: OverridesFor | undefined }
  | { errors: string[] } {
  const errors: string[] = [];
  const series: Record<string, string> = { ...scenario.extras?.formulas?.series };
  const given = new Set<string>();
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0) {
      errors.push(
        `--formula "${arg}" should look like series=expression, e.g. --formula 'openaiRevenue=13e9 * 1.8^(t - 2025)'.`,
      );
      continue;
    }
    const [name, text] = [arg.slice(0, eq).trim(), arg.slice(eq + 1).trim()];
    if (given.has(name)) {
      errors.push(`--formula ${name} is given more than once: give it once.`);
      continue;
    }
    given.add(name);
    series[name] = text;
  }
  const set = compileFormulas(series);
  const label = (s: string, text: string) =>
    given.has(s) ? `--formula ${s}="${text}"` : `formula.${s}="${text}" in the link`;
  for (const p of set.problems) errors.push(`${label(p.series, p.text)}: ${p.message}`);
  const { overrides, problems } = set.overridesFor(scenario.values);
  for (const p of problems) errors.push(`${label(p.series, p.text)}: ${p.message}`);

  for (const [id, text] of Object.entries(scenario.extras?.formulas?.fields ?? {})) {
    if (text === undefined) continue;
    const meta = PARAM_BY_ID.get(id) as NumberMeta;
    const reading = formulaTextProblem(text) ?? readFieldExpression(meta, text);
    const value = scenario.values[id as keyof Scenario['values']];
    if ('error' in reading) errors.push(`expr.${id}="${text}" in the link: ${reading.error}`);
    else if ('message' in reading) errors.push(`expr.${id}="${text}" in the link: ${reading.message}`);
    else if (!expressionGives(reading.value, value as number))
      errors.push(
        `expr.${id}="${text}" in the link gives ${reading.value}, not the link's ${id} (${String(value)}).`,
      );
  }
  if (errors.length > 0) return { errors };
  const extras = { ...scenario.extras };
  if (Object.keys(series).length > 0) extras.formulas = { ...extras.formulas, series };
  // A tornado, a goal seek or a simulation re-projects other values: each gets its own paths (a year a formula
  // refuses for those values falls back to the built-in path).
  const overridesFor: OverridesFor | undefined =
    Object.keys(series).length > 0 ? (v) => set.overridesFor(v).overrides : undefined;
  return { scenario: { ...scenario, extras }, overrides, overridesFor };
}
