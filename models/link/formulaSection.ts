import { FORMULA_SERIES, type FormulaSeries } from '../engine/overrides.ts';
import { formulaTextProblem } from '../formula/text.ts';
import { PARAM_BY_ID, PARAMS } from '../schema/scenario.ts';
import type { LinkProblem } from './problems.ts';
import type { LinkSection } from './sections.ts';

/**
 * The user's formulas, as text: a series formula replaces a built-in path (`formula.openaiRevenue=13e9*1.8^(t-2025)`);
 * a field's expression (`expr.shareCap=852*0.27`, without its "=") is what the user typed for a value the link
 * also writes as a number, so a page without the formula engine still reads the value. Text only: compiling
 * happens later, in the formula engine, loaded on demand.
 */
export interface FormulaExtras {
  readonly series?: Readonly<Partial<Record<FormulaSeries, string>>>;
  readonly fields?: Readonly<Partial<Record<string, string>>>;
}

declare module './sections.ts' {
  interface ScenarioExtras {
    formulas?: FormulaExtras;
  }
}

const SERIES_PREFIX = 'formula.';
const FIELD_PREFIX = 'expr.';
const SERIES: ReadonlySet<string> = new Set(FORMULA_SERIES);

export const formulaSection: LinkSection<'formulas'> = {
  id: 'formulas',
  owns: (key) => key.startsWith(SERIES_PREFIX) || key.startsWith(FIELD_PREFIX),
  decode(entries, { say, clip }) {
    const series: Partial<Record<FormulaSeries, string>> = {};
    const fields: Record<string, string> = {};
    const problems: LinkProblem[] = [];
    for (const [key, raw] of entries) {
      const isSeries = key.startsWith(SERIES_PREFIX);
      const name = key.slice((isSeries ? SERIES_PREFIX : FIELD_PREFIX).length);
      const known = isSeries ? SERIES.has(name) : PARAM_BY_ID.get(name)?.kind === 'number';
      if (!known) {
        problems.push({
          kind: 'unknown-key',
          key,
          message: say(
            isSeries
              ? `Unknown formula series "${clip(name)}" (formulas can replace ${FORMULA_SERIES.join(', ')})`
              : `Expression for unknown number field "${clip(name)}"`,
            ' was ignored',
          ),
        });
        continue;
      }
      const problem = formulaTextProblem(raw);
      if (problem) {
        problems.push({
          kind: 'unparsable',
          key,
          message: say(
            isSeries
              ? `Formula for ${name} "${clip(raw)}": ${problem.message.replace(/\.$/, '')}`
              : `Expression for ${name} "${clip(raw)}": ${problem.message.replace(/\.$/, '')}`,
            isSeries ? ': the built-in path is used' : ': the value alone was read',
          ),
        });
        continue;
      }
      if (isSeries) series[name as FormulaSeries] = raw;
      else fields[name] = raw;
    }
    const value: FormulaExtras = {
      ...(Object.keys(series).length > 0 && { series }),
      ...(Object.keys(fields).length > 0 && { fields }),
    };
    return { value: value.series || value.fields ? value : undefined, problems };
  },
  encode(value, params) {
    for (const s of FORMULA_SERIES) {
      const text = value.series?.[s];
      if (text !== undefined) params.set(SERIES_PREFIX + s, text);
    }
    for (const p of PARAMS) {
      const text = value.fields?.[p.id];
      if (text !== undefined) params.set(FIELD_PREFIX + p.id, text);
    }
  },
};
