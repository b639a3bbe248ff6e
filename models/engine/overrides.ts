import type { ScenarioValues } from '../schema/scenario.ts';
/**
 * The series a user may replace with a path of their own (a formula, evaluated elsewhere): each is an input the
 * engine reads year by year, so replacing it changes everything computed from it.
 *
 * - `openaiRevenue`: OpenAI's revenue, USD per year.
 * - `revenueShareRate`: the share of revenue owed to Microsoft, a fraction, replacing the rate, its shape, its
 *   last paid year and the AGI clause (the cap still applies to what is paid).
 * - `openaiGrossMargin`: OpenAI's gross margin, a fraction; inference compute is revenue × (1 − margin).
 * - `providerShare.<id>`: the fraction of the compute beyond the contracts that goes to that provider, replacing
 *   Azure's first call and the weights for it; the providers without a formula share what is left in their
 *   built-in proportions.
 */
export const FLEX_PROVIDERS = ['azure', 'stargate', 'google', 'ownCapacity', 'decentralized'] as const;
export type FlexProviderId = (typeof FLEX_PROVIDERS)[number];

export const FORMULA_SERIES = [
  'openaiRevenue',
  'revenueShareRate',
  'openaiGrossMargin',
  ...FLEX_PROVIDERS.map((p) => `providerShare.${p}` as const),
] as const;
export type FormulaSeries = (typeof FORMULA_SERIES)[number];

/** A path per replaced series, one number per modelled year (2025–2045), aligned with the engine's years. */
export type SeriesPath = Float64Array | readonly number[];
export type SeriesOverrides = Partial<Record<FormulaSeries, SeriesPath>>;

/**
 * The paths a scenario's series formulas give for a set of values (a formula may read assumptions, so a sampled or
 * swung scenario gets its own): what analyses that re-project a scenario pass, so they describe the same model as
 * the figures on screen.
 */
export type OverridesFor = (values: ScenarioValues) => SeriesOverrides | undefined;

/** Whether any provider's share of uncontracted compute is replaced. */
export function hasShareOverride(o: SeriesOverrides | undefined): boolean {
  if (!o) return false;
  for (const p of FLEX_PROVIDERS) if (o[`providerShare.${p}`]) return true;
  return false;
}
