import { FORMULA_SERIES, type FormulaSeries } from '../engine/overrides.ts';
import { formatPercent, formatUsd } from '../format.ts';

export interface FormulaSeriesMeta {
  readonly id: FormulaSeries;
  readonly label: string;
  readonly unit: 'usd' | 'fraction';
  /** Every year's value must lie in [min, max], or the formula is refused. */
  readonly min: number;
  readonly max: number;
  /** An example a newcomer can start from. */
  readonly example: string;
}

const PROVIDER_LABELS = {
  azure: 'Microsoft Azure',
  stargate: 'Stargate (other sites)',
  google: 'Google Cloud',
  ownCapacity: 'own capacity',
  decentralized: 'decentralized GPU networks',
} as const;

/** Each series a formula may replace, with its unit and the range a year's value must lie in. */
export const FORMULA_SERIES_META: readonly FormulaSeriesMeta[] = FORMULA_SERIES.map(
  (id): FormulaSeriesMeta => {
    switch (id) {
      case 'openaiRevenue':
        // Wide on purpose: the range guards the arithmetic (and a typo's zeros), not plausibility; 80% a year from
        // $13B (the issue's own example) reaches $1,657T by 2045.
        return {
          id,
          label: 'OpenAI revenue',
          unit: 'usd',
          min: 1e8,
          max: 1e16,
          example: '13e9 * 1.8^(t - 2025)',
        };
      case 'revenueShareRate':
        return {
          id,
          label: 'Revenue-share rate',
          unit: 'fraction',
          // Above any reported rate (20%) and the slider's 30%, so a what-if fits; a whole revenue is no share.
          min: 0,
          max: 0.5,
          example: 't <= 2030 ? 0.2 : 0',
        };
      case 'openaiGrossMargin':
        return {
          id,
          label: 'OpenAI gross margin',
          unit: 'fraction',
          // A margin of 100% would make inference free; 95% is beyond any software business's.
          min: -1,
          max: 0.95,
          example: 'min(0.33 + 0.08 * (t - 2025), 0.7)',
        };
      default: {
        const provider = id.slice('providerShare.'.length) as keyof typeof PROVIDER_LABELS;
        return {
          id,
          label: `Share of uncontracted compute: ${PROVIDER_LABELS[provider]}`,
          unit: 'fraction',
          min: 0,
          max: 1,
          example: provider === 'azure' ? 't <= 2030 ? 1 : 0.4' : 't <= 2030 ? 0 : 0.2',
        };
      }
    }
  },
);

export const FORMULA_SERIES_BY_ID: ReadonlyMap<string, FormulaSeriesMeta> = new Map(
  FORMULA_SERIES_META.map((m) => [m.id, m]),
);

export function formatSeriesValue(meta: Pick<FormulaSeriesMeta, 'unit'>, value: number): string {
  return meta.unit === 'usd' ? formatUsd(value) : formatPercent(value);
}
