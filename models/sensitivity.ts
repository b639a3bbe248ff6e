import { inapplicable } from './applicability.ts';
import { project, type Projection } from './engine/project.ts';
import { LATEST_PRESET_ID, presetValues } from './presets.ts';
import type { NumberMeta } from './schema/define.ts';
import { PARAMS, type ParamId, type ScenarioValues } from './schema/scenario.ts';

/** One bar of a tornado: the figure with one assumption at the low and at the high end of its swing. */
export interface TornadoBar {
  readonly id: ParamId;
  /** The assumption's values at the two ends of the swing (model units). */
  readonly lowInput: number;
  readonly highInput: number;
  /** The figure with the assumption at `lowInput` and at `highInput`, every other assumption held. */
  readonly low: number;
  readonly high: number;
}

const NUMERIC = PARAMS.filter((p): p is NumberMeta => p.kind === 'number');

/**
 * Swings each numeric assumption that applies across its whole range, holding the others, and returns the figure at
 * both ends, sorted by |high − low| (largest first). `figure` reads one number off a projection; assumptions whose
 * swing leaves it unchanged (or make it non-finite) are left out. Costs two projections per assumption.
 */
export function tornado(values: ScenarioValues, figure: (p: Projection) => number | null): TornadoBar[] {
  const skip = inapplicable(values, project(values));
  const bars: TornadoBar[] = [];
  for (const meta of NUMERIC) {
    const id = meta.id as ParamId;
    if (skip.has(id)) continue;
    const low = figure(project({ ...values, [id]: meta.min }));
    const high = figure(project({ ...values, [id]: meta.max }));
    if (low === null || high === null || !Number.isFinite(low) || !Number.isFinite(high)) continue;
    // Differences in the last bits of a double are rounding, not sensitivity.
    if (Math.abs(high - low) <= 1e-9 * Math.max(Math.abs(low), Math.abs(high))) continue;
    bars.push({ id, lowInput: meta.min, highInput: meta.max, low, high });
  }
  return bars.sort((a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low));
}

let key: readonly ParamId[] | undefined;

/**
 * The assumptions that move the headline (value to Microsoft) most under the latest terms, measured by a tornado
 * over each one's range: the page's "Key assumptions" group. Horizon and display-only settings move no value, so
 * they never appear. Computed once.
 */
export function keyAssumptions(count = 10): readonly ParamId[] {
  key ??= tornado(presetValues(LATEST_PRESET_ID), (p) => p.kpis.msftTotalValueNpv).map((b) => b.id);
  return key.slice(0, count);
}

/**
 * The page's "Key assumptions" group: `keyAssumptions(8)` as last measured, written out so the page pays nothing for
 * it at load (the tornado takes a few milliseconds). test/models/sensitivity.test.ts re-measures it and fails when
 * the model's sensitivities change the list.
 */
export const KEY_ASSUMPTIONS: readonly ParamId[] = [
  'revGrowth2031',
  'costOfEquity',
  'rev2030',
  'azureOpenAIGrowth',
  'revGrowthHalfLife',
  'hostingOpMargin',
  'opexShare',
  'taxRate',
];
