import { formatSeriesValue, type FormulaSeriesMeta } from '../../../models/formula/seriesMeta.ts';
import { baseOptions, PERCENT_AXIS, USD_AXIS, yearLabels, type ChartSpec } from './common.ts';
import type { ChartTheme } from './theme.ts';

export const FORMULA_LABEL = 'Your formula';
export const BUILT_IN_LABEL = 'Built-in';

/**
 * A formula's path against the built-in one it would replace, every modelled year (2025–2045), before it is
 * applied: two lines on the series' own axis, and the same numbers as a table.
 */
export function formulaPreviewChart(
  meta: FormulaSeriesMeta,
  years: readonly number[],
  builtIn: readonly number[],
  formula: ArrayLike<number>,
  theme: ChartTheme,
): ChartSpec {
  const axis = meta.unit === 'usd' ? USD_AXIS : PERCENT_AXIS;
  const options = baseOptions(
    theme,
    meta.unit === 'usd' ? `${meta.label} (US$ per year)` : `${meta.label} (%)`,
    {
      y: axis,
    },
  );
  const yours = Array.from(formula);
  const i2030 = years.indexOf(2030);
  const at = (s: ArrayLike<number>, i: number) => formatSeriesValue(meta, s[i]!);
  return {
    id: 'formula-preview',
    title: `${meta.label}: your formula against the built-in path`,
    subtitle: `In 2030: ${at(yours, i2030)} by your formula, ${at(builtIn, i2030)} built in; in ${years.at(-1)}: ${at(yours, years.length - 1)} and ${at(builtIn, years.length - 1)}.`,
    config: {
      type: 'line',
      data: {
        labels: yearLabels(years),
        datasets: [
          {
            type: 'line',
            label: FORMULA_LABEL,
            data: yours,
            borderColor: theme.rate,
            backgroundColor: theme.rate,
            borderWidth: 2,
            pointRadius: 2,
          },
          {
            type: 'line',
            label: BUILT_IN_LABEL,
            data: [...builtIn],
            borderColor: theme.muted,
            backgroundColor: theme.muted,
            borderDash: [6, 4],
            borderWidth: 2,
            pointRadius: 0,
          },
        ],
      },
      options,
    },
    table: () => ({
      caption: `${meta.label} by year: your formula and the built-in path`,
      columns: ['Year', FORMULA_LABEL, BUILT_IN_LABEL],
      rows: years.map((y, i) => [String(y), at(yours, i), at(builtIn, i)]),
    }),
  };
}
