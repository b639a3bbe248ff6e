import { FORMULA_SERIES, type FormulaSeries, type SeriesOverrides } from '../engine/overrides.ts';
import { FIRST_YEAR, VALUE_END_YEAR } from '../engine/paths.ts';
import { PARAMS, type ScenarioValues } from '../schema/scenario.ts';
import { compileFormula, CONSTANTS, FormulaError, type CompiledFormula } from './compile.ts';
import { FORMULA_SERIES_BY_ID, formatSeriesValue, type FormulaSeriesMeta } from './seriesMeta.ts';

/**
 * Names a series formula may read: `t`, the year (2025 to 2045), and every numeric assumption by its id, in model
 * units (money in US dollars, rates as fractions, years as years: `rev2030` is 280e9, `shareStart` is 0.2).
 */
export const SERIES_NAMES: ReadonlySet<string> = new Set([
  't',
  ...PARAMS.filter((p) => p.kind === 'number').map((p) => p.id),
]);

const YEARS = VALUE_END_YEAR - FIRST_YEAR + 1;

/** A series formula, compiled once, that gives its path for any scenario's values. */
export interface SeriesFormula {
  readonly series: FormulaSeries;
  readonly meta: FormulaSeriesMeta;
  readonly compiled: CompiledFormula;
  /** Assumptions it reads (so Monte Carlo knows to evaluate it per sample). */
  readonly assumptions: readonly string[];
  /** One value per year 2025–2045 for these values; throws FormulaError when a year's value is refused. */
  path(values: ScenarioValues): Float64Array;
}

// Compiling is the slow part (parse + check + compile); a page re-derives overrides on every slider step.
const cache = new Map<string, SeriesFormula | FormulaError>();
const CACHE_SIZE = 64;

/** Compiles a formula for `series`; throws FormulaError (unknown series, bad text, refused tree). */
export function compileSeriesFormula(series: string, text: string): SeriesFormula {
  const key = `${series}\n${text}`;
  const hit = cache.get(key);
  if (hit instanceof FormulaError) throw hit;
  if (hit) return hit;
  let result: SeriesFormula | FormulaError;
  try {
    result = build(series, text);
  } catch (e) {
    result = e instanceof FormulaError ? e : new FormulaError(String(e));
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  if (result instanceof FormulaError) throw result;
  return result;
}

function build(series: string, text: string): SeriesFormula {
  const meta = FORMULA_SERIES_BY_ID.get(series);
  if (!meta)
    throw new FormulaError(`Unknown series "${series}": formulas can replace ${FORMULA_SERIES.join(', ')}.`);
  const compiled = compileFormula(text, SERIES_NAMES);
  const assumptions = compiled.symbols.filter((s) => s !== 't' && !CONSTANTS.has(s));
  return {
    series: meta.id,
    meta,
    compiled,
    assumptions,
    path: (values) => evaluatePath(meta, compiled, values),
  };
}

/** Evaluates a compiled formula for each year, in one scope reused across years (no re-parsing, no allocation). */
function evaluatePath(
  meta: FormulaSeriesMeta,
  compiled: CompiledFormula,
  values: ScenarioValues,
): Float64Array {
  const scope = new Map<string, unknown>();
  for (const s of compiled.symbols) {
    if (s !== 't') scope.set(s, CONSTANTS.get(s) ?? values[s as keyof ScenarioValues]);
  }
  const out = new Float64Array(YEARS);
  for (let i = 0; i < YEARS; i++) {
    const year = FIRST_YEAR + i;
    scope.set('t', year);
    let r: unknown;
    try {
      r = compiled.evaluate(scope);
    } catch (e) {
      throw new FormulaError(`Cannot evaluate in ${year}: ${e instanceof Error ? e.message : String(e)}.`);
    }
    out[i] = checkValue(meta, r, year);
  }
  return out;
}

function checkValue(meta: FormulaSeriesMeta, r: unknown, year: number): number {
  if (typeof r === 'boolean')
    throw new FormulaError(
      `Gives ${r} in ${year} (a comparison), not a number: write "condition ? value : other value".`,
    );
  if (typeof r !== 'number' || !Number.isFinite(r))
    throw new FormulaError(`Gives ${String(r)} in ${year}, not a finite number.`);
  if (r < meta.min || r > meta.max)
    throw new FormulaError(
      `Gives ${formatSeriesValue(meta, r)} in ${year}; ${meta.label} must be ${formatSeriesValue(meta, meta.min)} to ${formatSeriesValue(meta, meta.max)} each year.`,
    );
  return r === 0 ? 0 : r; // no negative zero
}

export interface FormulaProblem {
  readonly series: string;
  readonly text: string;
  readonly message: string;
  readonly position?: number;
}

/**
 * A scenario's series formulas, compiled once: `overridesFor(values)` gives the engine's override paths for any
 * values (so Monte Carlo can call it per sample with sampled assumptions). A formula that does not compile, or
 * whose values for these assumptions fall out of range, is reported and left out (the built-in path is used).
 */
export interface FormulaSet {
  readonly formulas: readonly SeriesFormula[];
  readonly problems: readonly FormulaProblem[];
  /** Whether any formula reads an assumption (if none, its paths are the same for every sample). */
  readonly readsAssumptions: boolean;
  overridesFor(values: ScenarioValues): {
    overrides: SeriesOverrides | undefined;
    problems: FormulaProblem[];
  };
}

export function compileFormulas(texts: Readonly<Partial<Record<string, string>>>): FormulaSet {
  const formulas: SeriesFormula[] = [];
  const problems: FormulaProblem[] = [];
  for (const [series, text] of Object.entries(texts)) {
    if (text === undefined) continue;
    try {
      formulas.push(compileSeriesFormula(series, text));
    } catch (e) {
      problems.push(problemOf(series, text, e));
    }
  }
  return {
    formulas,
    problems,
    readsAssumptions: formulas.some((f) => f.assumptions.length > 0),
    overridesFor(values) {
      let overrides: SeriesOverrides | undefined;
      const found: FormulaProblem[] = [];
      for (const f of formulas) {
        try {
          (overrides ??= {})[f.series] = f.path(values);
        } catch (e) {
          found.push(problemOf(f.series, f.compiled.text, e));
        }
      }
      return { overrides, problems: found };
    },
  };
}

function problemOf(series: string, text: string, e: unknown): FormulaProblem {
  const fe = e instanceof FormulaError ? e : new FormulaError(String(e));
  return { series, text, message: fe.message, ...(fe.position !== undefined && { position: fe.position }) };
}
