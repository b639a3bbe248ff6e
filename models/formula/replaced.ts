import type { FormulaSeries, SeriesOverrides } from '../engine/overrides.ts';
import type { ParamId } from '../schema/scenario.ts';
import { FORMULA_SERIES_META } from './seriesMeta.ts';

/**
 * The assumptions a series formula takes the place of: the engine reads them only to build that series' built-in
 * path, so while the formula applies, moving them changes nothing. A provider's share is left out: the providers
 * without a formula still split what is left by their weights.
 */
export const REPLACED_BY: Readonly<Partial<Record<FormulaSeries, readonly ParamId[]>>> = {
  openaiRevenue: [
    'rev2025',
    'rev2026',
    'rev2027',
    'rev2028',
    'rev2029',
    'rev2030',
    'revGrowth2031',
    'revGrowthHalfLife',
  ],
  revenueShareRate: [
    'shareStart',
    'shareEnd',
    'shareShape',
    'shareDeclineStart',
    'shareDeclineEnd',
    'shareLastYear',
    'agiClause',
    'agiYear',
  ],
  openaiGrossMargin: ['gmStart', 'gmEnd', 'gmEndYear'],
};

/**
 * `reasons` (what `inapplicable` found) with every assumption a formula in force replaces added, each saying which
 * formula: the page dims those sliders as it dims any other that cannot move anything.
 */
export function withFormulaReplacements(
  reasons: ReadonlyMap<ParamId, string>,
  overrides: SeriesOverrides | undefined,
): ReadonlyMap<ParamId, string> {
  if (!overrides) return reasons;
  let out: Map<ParamId, string> | undefined;
  for (const meta of FORMULA_SERIES_META) {
    if (!overrides[meta.id]) continue;
    for (const id of REPLACED_BY[meta.id] ?? []) {
      out ??= new Map(reasons);
      out.set(id, `Replaced by your formula for ${meta.label}.`);
    }
  }
  return out ?? reasons;
}
