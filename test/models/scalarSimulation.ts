// The simulation as it was before the batch engine: every sample through the scalar project(), every percentile
// by percentilesInPlace's selection over a copy. Kept as the reference the batch path must equal (tests) and the
// baseline it is measured against (benches).
import {
  HEADLINE_KPI,
  KPI_META,
  PARAM_BY_ID,
  PROBABILITY_IDS,
  project,
  SIMULATED_SERIES,
  type Histogram,
  type KpiId,
  type KpiSpread,
  type NumberMeta,
  type ProbabilityId,
  type Projection,
  type ProjectionKpis,
  type RangeInForce,
  type ScenarioValues,
  type SeriesBand,
  type SimulatedSeries,
  type Simulation,
  type SimulateOptions,
} from '../../models/index.ts';
import type { OverridesFor } from '../../models/engine/overrides.ts';
import { THROUGH_YEAR } from '../../models/engine/paths.ts';
import { percentilesInPlace } from '../../models/uncertainty/percentiles.ts';
import { seededRng, type Rng } from '../../models/uncertainty/random.ts';
import { drawValue, rangesInForce } from '../../models/uncertainty/ranges.ts';

const KPI_IDS = Object.keys(KPI_META) as KpiId[];
const DEFAULT_SAMPLES = 10_000;
const DEFAULT_SEED = 1;

const HISTOGRAM_BINS = 24;
const PERCENTILES = [0.1, 0.5, 0.9];

/**
 * Draws samples of a scenario and keeps what the summary needs, so a page can show the first samples' summary and
 * go on drawing: the first n samples of a run are those of `simulate(values, { samples: n, seed })`.
 */
export class ScalarSimulator {
  readonly capacity: number;
  readonly seed: number;
  readonly ranges: readonly RangeInForce[];
  readonly years: number[];
  private drawn = 0;
  private readonly rng: Rng;
  private readonly values: ScenarioValues;
  private readonly overridesFor: OverridesFor | undefined;
  private readonly metas: NumberMeta[];
  /** Per series, year-major: year y of sample s at y × capacity + s (a year's samples are contiguous). */
  private readonly seriesData: Float64Array[];
  private readonly kpiData: Float64Array[];
  private readonly flags: Uint32Array;

  constructor(values: ScenarioValues, options: SimulateOptions = {}) {
    this.capacity = options.samples ?? DEFAULT_SAMPLES;
    this.seed = options.seed ?? DEFAULT_SEED;
    this.rng = options.rng ?? seededRng(this.seed);
    this.values = values;
    this.overridesFor = options.overridesFor;
    this.ranges = rangesInForce(values, options.ranges);
    this.metas = this.ranges.map((r) => PARAM_BY_ID.get(r.id) as NumberMeta);
    this.years = project(values).years;
    const n = this.years.length * this.capacity;
    this.seriesData = SIMULATED_SERIES.map(() => new Float64Array(n));
    this.kpiData = KPI_IDS.map(() => new Float64Array(this.capacity));
    this.flags = new Uint32Array(PROBABILITY_IDS.length);
  }

  get samplesDrawn(): number {
    return this.drawn;
  }

  /** Draws samples until `upTo` (at most the capacity) have been drawn. */
  run(upTo: number): void {
    const end = Math.min(upTo, this.capacity);
    const { ranges, metas, rng } = this;
    for (; this.drawn < end; this.drawn++) {
      const v = { ...this.values } as Record<string, number | string | boolean>;
      for (let r = 0; r < ranges.length; r++) v[ranges[r]!.id] = drawValue(metas[r]!, ranges[r]!, rng());
      const sample = v as ScenarioValues;
      this.record(project(sample, this.overridesFor?.(sample)));
    }
  }

  private record(p: Projection): void {
    const s = this.drawn;
    const cap = this.capacity;
    const nYears = this.years.length;
    for (let k = 0; k < SIMULATED_SERIES.length; k++) {
      const series = seriesOf(p, SIMULATED_SERIES[k]!);
      const data = this.seriesData[k]!;
      for (let y = 0; y < nYears; y++) data[y * cap + s] = series[y]!;
    }
    const kpis = p.kpis as unknown as Record<string, number | null>;
    for (let k = 0; k < KPI_IDS.length; k++) {
      const x = kpis[KPI_IDS[k]!];
      this.kpiData[k]![s] = x ?? (KPI_META[KPI_IDS[k]!].unit === 'year' ? Infinity : NaN);
    }
    const held = statements(p.kpis);
    for (let k = 0; k < held.length; k++) if (held[k]) this.flags[k]!++;
  }

  /** The summary of every sample drawn so far (at least one). */
  summary(): Simulation {
    const n = this.drawn;
    if (n === 0) throw new Error('No samples drawn yet.');
    const nYears = this.years.length;
    const scratch = new Float64Array(n);
    const series = {} as Record<SimulatedSeries, SeriesBand>;
    SIMULATED_SERIES.forEach((name, k) => {
      const band: SeriesBand = { p10: [], p50: [], p90: [] };
      const data = this.seriesData[k]!;
      for (let y = 0; y < nYears; y++) {
        scratch.set(data.subarray(y * this.capacity, y * this.capacity + n));
        const [p10, p50, p90] = percentilesInPlace(scratch, n, PERCENTILES) as [number, number, number];
        band.p10.push(p10);
        band.p50.push(p50);
        band.p90.push(p90);
      }
      series[name] = band;
    });
    const kpis = {} as Record<KpiId, KpiSpread>;
    KPI_IDS.forEach((id, k) => (kpis[id] = spread(this.kpiData[k]!.subarray(0, n), scratch)));
    const probabilities = {} as Record<ProbabilityId, number>;
    PROBABILITY_IDS.forEach((id, k) => (probabilities[id] = this.flags[k]! / n));
    const headline = this.kpiData[KPI_IDS.indexOf(HEADLINE_KPI)]!.subarray(0, n);
    return {
      samples: n,
      seed: this.seed,
      years: this.years,
      ranges: this.ranges,
      series,
      kpis,
      histogram: histogram(headline, scratch),
      probabilities,
    };
  }
}

/**
 * Monte Carlo over the scenario's uncertain assumptions: draws `samples` scenarios (every range in force drawn
 * independently from a generator seeded with `seed`), projects each with `project()`, and summarizes: P10, P50 and
 * P90 of every charted series year by year and of every kpi (with its mean), a histogram of the headline, and how
 * often each statement in `PROBABILITY_IDS` holds. Pure: the same values, ranges, samples and seed give the same
 * result everywhere.
 */
export function scalarSimulate(values: ScenarioValues, options: SimulateOptions = {}): Simulation {
  const simulator = new ScalarSimulator(values, options);
  simulator.run(simulator.capacity);
  return simulator.summary();
}

function seriesOf(p: Projection, name: SimulatedSeries): number[] {
  const dot = name.indexOf('.');
  if (dot < 0) return p.series[name as keyof Projection['series']] as number[];
  return p.series.computeByProvider[name.slice(dot + 1) as keyof Projection['series']['computeByProvider']];
}

/** Whether each statement of PROBABILITY_IDS holds in one projection, in that order. */
function statements(k: ProjectionKpis): boolean[] {
  return [
    // Both sides as the headline cards show them: value as a present value after tax, investment nominal.
    k.msftTotalValueNpv > k.msftInvested,
    k.openaiBreakEvenYear !== null && k.openaiBreakEvenYear <= THROUGH_YEAR,
    k.revenueShareCapReachedYear !== null && k.revenueShareCapReachedYear < THROUGH_YEAR,
    k.partnersExceedAzureYear !== null && k.partnersExceedAzureYear <= THROUGH_YEAR,
  ];
}

function spread(values: Float64Array, scratch: Float64Array): KpiSpread {
  let n = 0;
  let sum = 0;
  let never = false;
  for (const x of values) {
    if (Number.isNaN(x)) continue;
    scratch[n++] = x;
    if (x === Infinity) never = true;
    else sum += x;
  }
  if (n === 0) return { p10: null, p50: null, p90: null, mean: null };
  const [p10, p50, p90] = percentilesInPlace(scratch, n, PERCENTILES).map((x) =>
    Number.isFinite(x) ? x : null,
  ) as [number | null, number | null, number | null];
  return { p10, p50, p90, mean: never ? null : sum / n };
}

function histogram(values: Float64Array, scratch: Float64Array): Histogram {
  const n = values.length;
  scratch.set(values);
  const [lo, hi] = percentilesInPlace(scratch, n, [0.005, 0.995]) as [number, number];
  if (!(hi > lo)) return { kpi: HEADLINE_KPI, edges: [lo, hi], counts: [n] };
  const width = (hi - lo) / HISTOGRAM_BINS;
  const edges = Array.from({ length: HISTOGRAM_BINS + 1 }, (_, i) =>
    i === HISTOGRAM_BINS ? hi : lo + i * width,
  );
  const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
  for (const x of values) {
    const bin = Math.floor((x - lo) / width);
    counts[bin < 0 ? 0 : bin >= HISTOGRAM_BINS ? HISTOGRAM_BINS - 1 : bin]!++;
  }
  return { kpi: HEADLINE_KPI, edges, counts };
}
