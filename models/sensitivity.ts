import type { OverridesFor } from './engine/overrides.ts';
import { inapplicable } from './applicability.ts';
import { project, type Projection } from './engine/project.ts';
import { KPI_META, type KpiId } from './outputs.ts';
import { LATEST_PRESET_ID, presetValues } from './presets.ts';
import type { NumberMeta } from './schema/define.ts';
import { PARAMS, type ParamId, type ScenarioValues } from './schema/scenario.ts';

/** One bar of a tornado: the figure with one assumption at the low and at the high end of its swing. */
export interface TornadoBar {
  readonly id: ParamId;
  /** The assumption's values at the two ends of the swing (model units). */
  readonly lowInput: number;
  readonly highInput: number;
  /**
   * The figure with the assumption at `lowInput` and at `highInput`, every other assumption held. `null` only for a
   * year figure (break-even, cap reached, …): the event never happens within the horizon.
   */
  readonly low: number | null;
  readonly high: number | null;
}

/** Reads one number off a projection; `null` when the figure does not exist (a year that never comes). */
export type Figure = (p: Projection) => number | null;

/** The two ends an assumption is swung between (model units). The default is its whole range, [min, max]. */
export type Swing = (meta: NumberMeta) => readonly [number, number];

export interface TornadoOptions {
  /** Where each assumption is swung, e.g. its distribution's P10 and P90; default its slider's range. */
  readonly swing?: Swing;
  /** The projection of `values`, when the caller has it (saves one projection). */
  readonly base?: Projection;
  /** The series formulas' paths for each swung scenario (see OverridesFor); none: the built-in paths. */
  readonly overridesFor?: OverridesFor;
}

/** The numeric assumptions, the only ones a tornado swings (choices and switches have no range). */
export const NUMERIC_PARAMS: readonly NumberMeta[] = PARAMS.filter(
  (p): p is NumberMeta => p.kind === 'number',
);

const wholeRange: Swing = (meta) => [meta.min, meta.max];

/** Whether a kpi is a calendar year, where `null` means "never within the horizon". */
export function isYearKpi(kpi: KpiId): boolean {
  return KPI_META[kpi].unit === 'year';
}

/**
 * A kpi as a number to compare and sort. A year figure that never comes within the horizon (`null`) counts as the
 * year after the horizon: later than any year shown, so "2029 → never" is a swing of at least one year and sorts
 * with the others. Any other `null` (no stake to mark) is no number: NaN.
 */
export function kpiNumber(kpi: KpiId, p: Projection, horizonEnd: number): number {
  const v = p.kpis[kpi];
  if (v !== null) return v;
  return isYearKpi(kpi) ? horizonEnd + 1 : NaN;
}

/**
 * Swings each numeric assumption that applies across its swing (its whole range unless `options.swing` says
 * otherwise), holding the others, and returns the figure at both ends, sorted by |high − low| (largest first).
 * `figure` is a kpi id or a function reading one number off a projection. For a year kpi, `null` ("never within
 * the horizon") ranks as the year after the horizon (see {@link kpiNumber}); a function's `null` leaves the bar out.
 * Assumptions whose swing leaves the figure unchanged (or not finite) are left out. Costs two projections per
 * assumption.
 */
export function tornado(
  values: ScenarioValues,
  figure: KpiId | Figure,
  options: TornadoOptions = {},
): TornadoBar[] {
  const swing = options.swing ?? wholeRange;
  const at = (v: ScenarioValues) => project(v, options.overridesFor?.(v));
  const skip = inapplicable(values, options.base ?? at(values));
  const read: (p: Projection) => { shown: number | null; rank: number } =
    typeof figure === 'string'
      ? (p) => ({ shown: p.kpis[figure], rank: kpiNumber(figure, p, values.horizonEnd) })
      : (p) => {
          const v = figure(p);
          return { shown: v, rank: v ?? NaN };
        };
  const bars: (TornadoBar & { swing: number })[] = [];
  for (const meta of NUMERIC_PARAMS) {
    const id = meta.id as ParamId;
    if (skip.has(id)) continue;
    const [lowInput, highInput] = swing(meta);
    const low = read(at({ ...values, [id]: lowInput }));
    const high = read(at({ ...values, [id]: highInput }));
    if (!Number.isFinite(low.rank) || !Number.isFinite(high.rank)) continue;
    const size = Math.abs(high.rank - low.rank);
    // Differences in the last bits of a double are rounding, not sensitivity.
    if (size <= 1e-9 * Math.max(Math.abs(low.rank), Math.abs(high.rank))) continue;
    bars.push({ id, lowInput, highInput, low: low.shown, high: high.shown, swing: size });
  }
  // Stable: equal swings (common for years) keep schema order.
  bars.sort((a, b) => b.swing - a.swing);
  return bars.map(({ swing: _, ...bar }) => bar);
}

let key: readonly ParamId[] | undefined;

/**
 * The assumptions that move the headline (value to Microsoft) most under the latest terms, measured by a tornado
 * over each one's range: the page's "Key assumptions" group. Horizon and display-only settings move no value, so
 * they never appear. Computed once.
 */
export function keyAssumptions(count = 10): readonly ParamId[] {
  key ??= tornado(presetValues(LATEST_PRESET_ID), 'msftTotalValueNpv').map((b) => b.id);
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
