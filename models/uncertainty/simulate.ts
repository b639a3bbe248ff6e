import { BatchEngine } from '../engine/batch/engine.ts';
import { batchOutput, KPI_IDS, releaseBatchOutput, type BatchOutput } from '../engine/batch/output.ts';
import { arenaOf } from '../wasm/arena.ts';
import type { OverridesFor } from '../engine/overrides.ts';
import { FIRST_YEAR, THROUGH_YEAR } from '../engine/paths.ts';
import type { KpiId } from '../outputs.ts';
import type { NumberMeta } from '../schema/define.ts';
import { PARAM_BY_ID, type ScenarioValues } from '../schema/scenario.ts';
import { collectNumbers, columnPercentiles } from './bucketPercentiles.ts';
import { rngOf, seededState, type Rng } from './random.ts';
import { drawColumn, rangesInForce, type RangeChoices, type RangeInForce } from './ranges.ts';
import { arenaDrawer, type DrawnChunk } from './wasmDraws.ts';

import { PROBABILITY_IDS, SIMULATED_SERIES, type ProbabilityId, type SimulatedSeries } from './simulated.ts';

export { PROBABILITY_IDS, SIMULATED_SERIES, type ProbabilityId, type SimulatedSeries };

/** The headline the histogram shows: Microsoft's total value, present value in 2025 dollars, after tax. */
export const HEADLINE_KPI = 'msftTotalValueNpv' satisfies KpiId;

export const DEFAULT_SAMPLES = 10_000;
export const DEFAULT_SEED = 1;
export const MIN_SAMPLES = 100;
// Each sample keeps every charted series year by year (8 bytes a value): 20,000 samples to 2040 hold ~55 MB.
export const MAX_SAMPLES = 20_000;

export interface SeriesBand {
  readonly p10: number[];
  readonly p50: number[];
  readonly p90: number[];
}

/**
 * A figure's spread across the samples. A year that never comes within the horizon (the cap never binds) counts
 * as later than any year, so a percentile that lands on it is `null` ("never"), and so is the mean of a year that
 * is sometimes never. A multiple without an investment is left out.
 */
export interface KpiSpread {
  readonly p10: number | null;
  readonly p50: number | null;
  readonly p90: number | null;
  readonly mean: number | null;
}

/** Counts of the headline in equal bins; the outermost bins also hold the 0.5% of samples beyond them on each side. */
export interface Histogram {
  readonly kpi: KpiId;
  /** Bin edges, one more than the counts; a single bin of zero width when every sample is equal. */
  readonly edges: number[];
  readonly counts: number[];
}

export interface Simulation {
  readonly samples: number;
  readonly seed: number;
  readonly years: number[];
  /** What was varied: every range in force, in schema order (an empty list runs the scenario as it is). */
  readonly ranges: readonly RangeInForce[];
  readonly series: Record<SimulatedSeries, SeriesBand>;
  readonly kpis: Record<KpiId, KpiSpread>;
  readonly histogram: Histogram;
  /** Share of samples (0–1) in which each statement holds. */
  readonly probabilities: Record<ProbabilityId, number>;
}

export interface SimulateOptions {
  readonly samples?: number;
  readonly seed?: number;
  /** The user's ranges (default ranges apply where none is chosen; see `rangesInForce`). */
  readonly ranges?: RangeChoices;
  /** A generator to draw from instead of the one made from `seed` (tests). */
  readonly rng?: Rng;
  /** The series formulas' paths for each sample's values (see OverridesFor); none: the built-in paths. */
  readonly overridesFor?: OverridesFor;
}

const HISTOGRAM_BINS = 24;
const PERCENTILES = [0.1, 0.5, 0.9];

/**
 * Draws samples of a scenario and keeps what the summary needs, so a page can show the first samples' summary and
 * go on drawing: the first n samples of a run are those of `simulate(values, { samples: n, seed })`. Samples are
 * projected by the batch engine (models/engine/batch), which gives exactly what project() gives for each.
 */
export class Simulator {
  readonly capacity: number;
  readonly seed: number;
  readonly ranges: readonly RangeInForce[];
  readonly years: number[];
  private drawn = 0;
  private readonly rng: Rng;
  /** The generator's state when it is the seed's own (not a generator passed in). */
  private readonly state: Int32Array | undefined;
  /** The WebAssembly draws (null: none here; undefined: not looked for yet). */
  private arenaDraws: ((wanted: number) => DrawnChunk) | null | undefined;
  /** Each range's assumption's metadata (its bounds, whether whole). */
  private readonly metas: NumberMeta[];
  private readonly engine: BatchEngine;
  /** One column per range in force, for the JavaScript draws: sample s's draw at s (made when first needed). */
  private drawColumns: Float64Array[] | undefined;
  /** Undefined once released. */
  private output: BatchOutput | undefined;

  constructor(values: ScenarioValues, options: SimulateOptions = {}) {
    this.capacity = options.samples ?? DEFAULT_SAMPLES;
    this.seed = options.seed ?? DEFAULT_SEED;
    this.state = options.rng ? undefined : seededState(this.seed);
    this.rng = options.rng ?? rngOf(this.state!);
    this.ranges = rangesInForce(values, options.ranges);
    this.metas = this.ranges.map((r) => PARAM_BY_ID.get(r.id) as NumberMeta);
    const years: number[] = [];
    for (let y = FIRST_YEAR; y <= values.horizonEnd; y++) years.push(y);
    this.years = years;
    this.engine = new BatchEngine(
      values,
      this.ranges.map((r) => r.id),
      options.overridesFor,
    );
    this.output = batchOutput(this.capacity, years.length);
  }

  get samplesDrawn(): number {
    return this.drawn;
  }

  /**
   * Gives the simulator's columns back for the next simulator of the same size (see batchOutput): call it when
   * done with this one, which then can neither run nor summarize.
   */
  release(): void {
    if (this.output) releaseBatchOutput(this.output);
    this.output = undefined;
  }

  private columns(): BatchOutput {
    if (!this.output) throw new Error('This simulator has been released.');
    return this.output;
  }

  /** Draws samples until `upTo` (at most the capacity) have been drawn. */
  run(upTo: number): void {
    const output = this.columns();
    const end = Math.min(upTo, this.capacity);
    const start = this.drawn;
    if (end <= start) return;
    const drawer = this.drawer(output);
    if (drawer) {
      // In the output's arena, a chunk at a time: the same numbers in the same order as below.
      for (let first = start; first < end;) {
        const { columns, samples } = drawer(end - first);
        this.engine.run(columns, first, first + samples, output, first);
        first += samples;
      }
    } else {
      const { metas, ranges, rng } = this;
      const draws = (this.drawColumns ??= ranges.map(() => new Float64Array(this.capacity)));
      const count = ranges.length;
      // Sample by sample, each range in turn: the order the generator's numbers are taken in is the seed's meaning.
      // The numbers first, then each range's draws in a loop of its own.
      const uniforms = uniformScratch((end - start) * count);
      for (let i = 0; i < (end - start) * count; i++) uniforms[i] = rng();
      for (let r = 0; r < count; r++)
        drawColumn(metas[r]!, ranges[r]!, uniforms, r, count, draws[r]!, start, end);
      this.engine.run(draws, start, end, output);
    }
    this.drawn = end;
  }

  /**
   * The draws in WebAssembly (wasmDraws.ts), where the output has an arena they run in and the generator is the
   * seed's own (its state is then theirs to step), made once per simulator; else undefined, and the JavaScript
   * draws into `drawColumns`.
   */
  private drawer(output: BatchOutput): ((wanted: number) => DrawnChunk) | undefined {
    if (this.arenaDraws === undefined) {
      const arena = arenaOf(output.scratch[0]);
      this.arenaDraws =
        (arena && this.state && arenaDrawer(arena, this.metas, this.ranges, this.state)) || null;
    }
    return this.arenaDraws ?? undefined;
  }

  /** The summary of every sample drawn so far (at least one). */
  summary(): Simulation {
    const n = this.drawn;
    if (n === 0) throw new Error('No samples drawn yet.');
    const {
      capacity,
      series: seriesData,
      shared: sharedSeries,
      kpis: kpiData,
      scratch: scratches,
    } = this.columns();
    const nYears = this.years.length;
    const [scratch, numbers] = scratches;
    const series = {} as Record<SimulatedSeries, SeriesBand>;
    for (const name of SIMULATED_SERIES) {
      const band: SeriesBand = { p10: [], p50: [], p90: [] };
      const data = seriesData[name];
      const shared = sharedSeries.has(name);
      for (let y = 0; y < nYears; y++) {
        if (shared) {
          const x = data[y * capacity]!;
          band.p10.push(x);
          band.p50.push(x);
          band.p90.push(x);
          continue;
        }
        const [p10, p50, p90] = columnPercentiles(data, y * capacity, n, PERCENTILES, scratch) as [
          number,
          number,
          number,
        ];
        band.p10.push(p10);
        band.p50.push(p50);
        band.p90.push(p90);
      }
      series[name] = band;
    }
    const kpis = {} as Record<KpiId, KpiSpread>;
    for (const id of KPI_IDS) kpis[id] = spread(kpiData[id].subarray(0, n), numbers, scratch);
    const held = statementCounts(kpiData, n);
    const probabilities = {} as Record<ProbabilityId, number>;
    PROBABILITY_IDS.forEach((id, k) => (probabilities[id] = held[k]! / n));
    return {
      samples: n,
      seed: this.seed,
      years: this.years,
      ranges: this.ranges,
      series,
      kpis,
      histogram: histogram(kpiData[HEADLINE_KPI].subarray(0, n), scratch),
      probabilities,
    };
  }
}

/**
 * Monte Carlo over the scenario's uncertain assumptions: draws `samples` scenarios (every range in force drawn
 * independently from a generator seeded with `seed`), projects each (with the batch engine, which gives exactly
 * what `project()` gives), and summarizes: P10, P50 and P90 of every charted series year by year and of every kpi
 * (with its mean), a histogram of the headline, and how often each statement in `PROBABILITY_IDS` holds. Pure: the
 * same values, ranges, samples and seed give the same result everywhere.
 */
export function simulate(values: ScenarioValues, options: SimulateOptions = {}): Simulation {
  const simulator = new Simulator(values, options);
  try {
    simulator.run(simulator.capacity);
    return simulator.summary();
  } finally {
    simulator.release();
  }
}

/** How many of the first n samples each statement of PROBABILITY_IDS holds in, in that order. */
function statementCounts(k: Record<KpiId, Float64Array>, n: number): number[] {
  const held = [0, 0, 0, 0];
  const value = k.msftTotalValueNpv;
  const invested = k.msftInvested;
  const breakEven = k.openaiBreakEvenYear;
  const capReached = k.revenueShareCapReachedYear;
  const partners = k.partnersExceedAzureYear;
  // A local, not the module binding: some module loaders (vitest, tsx) read a binding through a getter each time.
  const through = THROUGH_YEAR;
  for (let s = 0; s < n; s++) {
    // Both sides as the headline cards show them: value as a present value after tax, investment nominal. A year
    // that never comes is Infinity, so it is never by 2030.
    if (value[s]! > invested[s]!) held[0]!++;
    if (breakEven[s]! <= through) held[1]!++;
    if (capReached[s]! < through) held[2]!++;
    if (partners[s]! <= through) held[3]!++;
  }
  return held;
}

/** The generator's numbers for a run, kept from one run to the next (a run never runs inside another). */
let uniforms = new Float64Array(0);
function uniformScratch(n: number): Float64Array {
  if (uniforms.length < n) uniforms = new Float64Array(n);
  return uniforms;
}

/** `numbers` receives the values that are numbers; `scratch` is the percentiles' own. */
function spread(values: Float64Array, numbers: Float64Array, scratch: Float64Array): KpiSpread {
  const n = collectNumbers(values, numbers, stats);
  if (n === 0) return { p10: null, p50: null, p90: null, mean: null };
  const [p10, p50, p90] = columnPercentiles(numbers, 0, n, PERCENTILES, scratch, stats[0], stats[1]).map(
    (x) => (Number.isFinite(x) ? x : null),
  ) as [number | null, number | null, number | null];
  return { p10, p50, p90, mean: stats[3] ? null : stats[2]! / n };
}

/** What `collectNumbers` finds besides the numbers: their smallest, largest, finite sum, and 1 if any is Infinity. */
const stats = new Float64Array(4);

function histogram(values: Float64Array, scratch: Float64Array): Histogram {
  const n = values.length;
  const [lo, hi] = columnPercentiles(values, 0, n, [0.005, 0.995], scratch) as [number, number];
  if (!(hi > lo)) return { kpi: HEADLINE_KPI, edges: [lo, hi], counts: [n] };
  const width = (hi - lo) / HISTOGRAM_BINS;
  const edges = Array.from({ length: HISTOGRAM_BINS + 1 }, (_, i) =>
    i === HISTOGRAM_BINS ? hi : lo + i * width,
  );
  const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
  for (let i = 0; i < n; i++) {
    const bin = Math.floor((values[i]! - lo) / width);
    counts[bin < 0 ? 0 : bin >= HISTOGRAM_BINS ? HISTOGRAM_BINS - 1 : bin]!++;
  }
  return { kpi: HEADLINE_KPI, edges, counts };
}
