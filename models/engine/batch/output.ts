import { KPI_META, type KpiId } from '../../outputs.ts';
import { SIMULATED_SERIES, type SimulatedSeries } from '../../uncertainty/simulated.ts';

export const KPI_IDS = Object.keys(KPI_META) as KpiId[];

/**
 * What the batch engine writes for each sample, column by column. A series is year-major: year y (of the shown
 * years) of sample s at y × capacity + s, so a year's samples are contiguous for its percentiles. A kpi that is
 * null in project() is Infinity for a year ("never": later than any year) and NaN otherwise.
 */
export interface BatchOutput {
  readonly capacity: number;
  /** How many years from 2025 each series keeps. */
  readonly shownYears: number;
  readonly series: Record<SimulatedSeries, Float64Array>;
  /** The series the engine filled with one path for every sample: their percentiles need no look at the samples. */
  readonly shared: Set<SimulatedSeries>;
  readonly kpis: Record<KpiId, Float64Array>;
}

/**
 * Columns given back (see `releaseBatchOutput`), for the next run of the same size: a page simulates scenario after
 * scenario at one size, and fresh columns (18 MB for 10,000 samples to 2035) cost more to allocate, fault in and
 * collect than to project into. One set at most, the latest given back, so idle memory stays bounded.
 */
const spare: BatchOutput[] = [];
const SPARE_OUTPUTS = 1;

/** Columns for `capacity` samples with `shownYears` years per series: given back ones if any fit, else new. */
export function batchOutput(capacity: number, shownYears: number): BatchOutput {
  const fits = spare.findIndex((o) => o.capacity === capacity && o.shownYears === shownYears);
  if (fits >= 0) {
    const reused = spare.splice(fits, 1)[0]!;
    reused.shared.clear();
    return reused;
  }
  const series = {} as Record<SimulatedSeries, Float64Array>;
  for (const name of SIMULATED_SERIES) series[name] = new Float64Array(shownYears * capacity);
  const kpis = {} as Record<KpiId, Float64Array>;
  for (const id of KPI_IDS) kpis[id] = new Float64Array(capacity);
  return { capacity, shownYears, series, shared: new Set(), kpis };
}

/**
 * Gives columns back for a later `batchOutput` of the same size; the caller must not read or write them again.
 * Every sample a run reads is written first, so nothing needs resetting.
 */
export function releaseBatchOutput(out: BatchOutput): void {
  if (!spare.includes(out)) spare.unshift(out);
  spare.length = Math.min(spare.length, SPARE_OUTPUTS);
}
