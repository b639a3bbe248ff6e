import type * as FormulaModule from '../../models/formula/index.ts';

/**
 * The formula engine (mathjs in a sandbox) is loaded on demand: only when a formula editor opens or a link
 * carries a formula or an expression, so the first load never downloads it. One load, shared.
 */
export type FormulaEngine = typeof FormulaModule;

let loading: Promise<FormulaEngine> | undefined;

export function loadFormulaEngine(): Promise<FormulaEngine> {
  loading ??= import('../../models/formula/index.ts');
  return loading;
}
