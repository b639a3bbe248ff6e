/**
 * The formula engine: mathjs in a sandbox, loaded on demand (the page imports this module with `import()` only
 * when a formula editor opens or a link carries a formula). Nothing else in `models/` imports mathjs.
 */
export {
  compileFormula,
  checkTree,
  FormulaError,
  MAX_NODES,
  CONSTANTS,
  type CompiledFormula,
} from './compile.ts';
export {
  compileFormulas,
  compileSeriesFormula,
  SERIES_NAMES,
  type FormulaSet,
  type FormulaProblem,
  type SeriesFormula,
} from './series.ts';
export { readFieldExpression, expressionGives } from './field.ts';
export { FUNCTIONS } from './sandbox.ts';
export {
  FORMULA_SERIES_META,
  FORMULA_SERIES_BY_ID,
  formatSeriesValue,
  type FormulaSeriesMeta,
} from './seriesMeta.ts';
export { builtInPath } from '../engine/builtInPaths.ts';
export { linkFormulaProblems } from './linkProblems.ts';
