import type { ScenarioValues } from '../schema/scenario.ts';
import { overrideShares } from './compute.ts';
import type { FormulaSeries, SeriesOverrides } from './overrides.ts';
import { FIRST_YEAR, linearBetween, VALUE_END_YEAR } from './paths.ts';
import { openaiRevenue } from './revenue.ts';
import { revenueShareRate } from './revenueShare.ts';

/**
 * The path the engine uses for a formula-able series under these values, year by year 2025–2045, with any other
 * series' overrides applied (a provider's built-in share depends on the shares given to the others): what a
 * formula's path is compared with before it is applied.
 */
export function builtInPath(v: ScenarioValues, series: FormulaSeries, others?: SeriesOverrides): number[] {
  const years: number[] = [];
  for (let y = FIRST_YEAR; y <= VALUE_END_YEAR; y++) years.push(y);
  switch (series) {
    case 'openaiRevenue':
      return openaiRevenue(v, years);
    case 'revenueShareRate':
      return years.map((y) => revenueShareRate(v, y));
    case 'openaiGrossMargin':
      return years.map((y) => linearBetween(y, FIRST_YEAR, v.gmStart, v.gmEndYear, v.gmEnd));
    default: {
      const k = ['azure', 'stargate', 'google', 'ownCapacity', 'decentralized'].indexOf(
        series.slice('providerShare.'.length),
      );
      const rest: SeriesOverrides = { ...others };
      delete rest[series];
      const weights = [v.azureWeight, v.stargateWeight, v.googleWeight, v.ownWeight];
      const sum = weights.reduce((a, b) => a + b, 0);
      const w = sum === 0 ? [0.25, 0.25, 0.25, 0.25] : weights.map((x) => x / sum);
      return years.map((y, i) => {
        const first = y <= v.rofrEndYear;
        const split = first ? [1, 0, 0, 0, 0] : [...w.map((x) => x * (1 - v.decShare)), v.decShare];
        if (Object.keys(rest).length > 0) overrideShares(split, rest, i);
        return split[k]!;
      });
    }
  }
}
