import { KPI_META, type KpiId } from '../../outputs.ts';
import { SIMULATED_SERIES, type SimulatedSeries } from '../../uncertainty/simulated.ts';
import { Arena, f64Bytes, wasmSimd } from '../../wasm/arena.ts';
import { marksBytes } from '../../uncertainty/bucketPercentiles.ts';
import { DRAWS_BYTES } from '../../uncertainty/wasmDraws.ts';
import { blockSeriesBytes } from './series.ts';

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
  /** Two columns of `capacity` for the summary's work (percentiles select in one, a kpi's numbers go in the other). */
  readonly scratch: readonly [Float64Array, Float64Array];
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
  // In an arena where the simulation's WebAssembly runs, so it reads the columns where the engine wrote them.
  const column = columnMaker(capacity, shownYears);
  const series = {} as Record<SimulatedSeries, Float64Array>;
  for (const name of SIMULATED_SERIES) series[name] = column(shownYears * capacity);
  const kpis = {} as Record<KpiId, Float64Array>;
  for (const id of KPI_IDS) kpis[id] = column(capacity);
  const scratch = [column(capacity), column(capacity)] as const;
  return { capacity, shownYears, series, shared: new Set(), kpis, scratch };
}

/** Makes a batch output's columns: in one arena sized for all of them, or plain arrays without WebAssembly. */
function columnMaker(capacity: number, shownYears: number): (length: number) => Float64Array {
  if (!wasmSimd()) return (length) => new Float64Array(length);
  // With room for the batch engine's block series, which its WebAssembly passes need in the same memory, and for
  // the summary's marks and the draws' columns.
  const arena = new Arena(
    SIMULATED_SERIES.length * f64Bytes(shownYears * capacity) +
      (KPI_IDS.length + 2) * f64Bytes(capacity) +
      blockSeriesBytes() +
      marksBytes(capacity) +
      DRAWS_BYTES,
  );
  return (length) => arena.f64(length);
}

/**
 * Gives columns back for a later `batchOutput` of the same size; the caller must not read or write them again.
 * Every sample a run reads is written first, so nothing needs resetting.
 */
export function releaseBatchOutput(out: BatchOutput): void {
  if (!spare.includes(out)) spare.unshift(out);
  spare.length = Math.min(spare.length, SPARE_OUTPUTS);
}
