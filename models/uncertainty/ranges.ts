import { isWholeNumberParam, type NumberMeta } from '../schema/define.ts';
import { PARAM_BY_ID, PARAMS, type ParamId, type ScenarioValues } from '../schema/scenario.ts';
import { normalQuantile, Z95 } from './random.ts';
import { DEFAULT_RANGES, type DefaultRange } from './defaults.ts';

export const SHAPES = ['uniform', 'triangular', 'normal', 'lognormal'] as const;
export type Shape = (typeof SHAPES)[number];

export const SHAPE_LABELS: Record<Shape, string> = {
  uniform: 'Uniform',
  triangular: 'Triangular',
  normal: 'Normal',
  lognormal: 'Lognormal',
};

/**
 * An assumption's uncertainty, entered the way Guesstimate takes it: a 90% interval "low to high" and a shape.
 * For every shape, `low` is the 5th percentile and `high` the 95th: 5% of draws fall below `low` and 5% above
 * `high`. So a uniform range is stretched beyond them (by 1/18 of the interval on each side); a triangular one is
 * symmetric, its peak halfway, its ends 0.23 of the interval beyond each bound; a normal one has its mean halfway
 * and a standard deviation of (high − low) / 3.29; a lognormal one is normal in the logarithm (so `low` must be
 * above zero) and leans right. Draws are then clamped to the assumption's own bounds (its slider's min and max),
 * and a whole-number assumption (a year) is rounded: clamping piles the draws beyond a bound onto the bound.
 */
export interface Range {
  readonly low: number;
  readonly high: number;
  readonly shape: Shape;
}

/** A range in force in a scenario, and where it comes from. */
export interface RangeInForce extends Range {
  readonly id: ParamId;
  /** `sourced`: a default from conflicting or reported sources; `ours`: a default of ours; `yours`: set by the user. */
  readonly origin: 'sourced' | 'ours' | 'yours';
}

/** Ranges the user set: a range per assumption id, or `null` to hold an assumption that has a default range fixed. */
export type RangeChoices = Readonly<Partial<Record<ParamId, Range | null>>>;

const TRIANGLE_TAIL = Math.sqrt(0.025); // a symmetric triangle holds 5% beyond this fraction of its width from an end

/** The value at cumulative probability `u` (0 < u < 1) of a range's distribution, before clamping. */
export function quantile(range: Range, u: number): number {
  const { low, high } = range;
  if (low === high) return low;
  const mid = (low + high) / 2;
  switch (range.shape) {
    case 'uniform': {
      const width = (high - low) / 0.9;
      return low - 0.05 * width + u * width;
    }
    case 'triangular': {
      const width = (high - low) / (1 - 2 * TRIANGLE_TAIL);
      const a = mid - width / 2;
      return u < 0.5 ? a + width * Math.sqrt(u / 2) : a + width - width * Math.sqrt((1 - u) / 2);
    }
    case 'normal':
      return mid + ((high - low) / (2 * Z95)) * normalQuantile(u);
    case 'lognormal': {
      const mu = (Math.log(low) + Math.log(high)) / 2;
      const sigma = (Math.log(high) - Math.log(low)) / (2 * Z95);
      return Math.exp(mu + sigma * normalQuantile(u));
    }
  }
}

/** The mean of a range's distribution before clamping (what a long run of draws averages to). */
export function rangeMean(range: Range): number {
  const { low, high } = range;
  if (low === high || range.shape !== 'lognormal') return (low + high) / 2;
  const mu = (Math.log(low) + Math.log(high)) / 2;
  const sigma = (Math.log(high) - Math.log(low)) / (2 * Z95);
  return Math.exp(mu + (sigma * sigma) / 2);
}

/** A draw for an assumption: the range's value at `u`, clamped to the assumption's bounds, whole where it must be. */
export function drawValue(meta: NumberMeta, range: Range, u: number): number {
  let x = quantile(range, u);
  if (isWholeNumberParam(meta)) x = Math.round(x);
  return x < meta.min ? meta.min : x > meta.max ? meta.max : x;
}

/**
 * drawValue(meta, range, u) for every `stride`-th number of `uniforms` from `at`, into `out[from .. to)`: the same
 * operations on the same numbers, so every draw is the same double, with the range's constants worked out once and
 * one loop per shape (no call per draw), for a simulator that draws thousands per range.
 */
export function drawColumn(
  meta: NumberMeta,
  range: Range,
  uniforms: Float64Array,
  at: number,
  stride: number,
  out: Float64Array,
  from: number,
  to: number,
): void {
  const { low, high } = range;
  const whole = isWholeNumberParam(meta);
  const { min, max } = meta;
  if (low === high) {
    const x = whole ? Math.round(low) : low;
    out.fill(x < min ? min : x > max ? max : x, from, to);
    return;
  }
  const [c0, c1, c2] = shapeConstants(range);
  switch (range.shape) {
    case 'uniform': {
      const start = c0;
      const width = c1;
      for (let s = from, i = at; s < to; s++, i += stride) {
        let x = start + uniforms[i]! * width;
        if (whole) x = Math.round(x);
        out[s] = x < min ? min : x > max ? max : x;
      }
      return;
    }
    case 'triangular': {
      const a = c0;
      const b = c1;
      const width = c2;
      for (let s = from, i = at; s < to; s++, i += stride) {
        const u = uniforms[i]!;
        let x = u < 0.5 ? a + width * Math.sqrt(u / 2) : b - width * Math.sqrt((1 - u) / 2);
        if (whole) x = Math.round(x);
        out[s] = x < min ? min : x > max ? max : x;
      }
      return;
    }
    case 'normal': {
      const mid = c0;
      const sd = c1;
      for (let s = from, i = at; s < to; s++, i += stride) {
        let x = mid + sd * normalQuantile(uniforms[i]!);
        if (whole) x = Math.round(x);
        out[s] = x < min ? min : x > max ? max : x;
      }
      return;
    }
    case 'lognormal': {
      const mu = c0;
      const sigma = c1;
      for (let s = from, i = at; s < to; s++, i += stride) {
        let x = Math.exp(mu + sigma * normalQuantile(uniforms[i]!));
        if (whole) x = Math.round(x);
        out[s] = x < min ? min : x > max ? max : x;
      }
      return;
    }
  }
}

/**
 * The constants of a range's draws (low < high), as drawColumn's loops (and the WebAssembly's, wasmDraws.ts) use
 * them: uniform [start, width], triangular [a, b = a + width, width], normal [mean, sd], lognormal [mu, sigma].
 */
export function shapeConstants(range: Range): [number, number, number] {
  const { low, high } = range;
  const mid = (low + high) / 2;
  switch (range.shape) {
    case 'uniform': {
      const width = (high - low) / 0.9;
      return [low - 0.05 * width, width, 0];
    }
    case 'triangular': {
      const width = (high - low) / (1 - 2 * TRIANGLE_TAIL);
      const a = mid - width / 2;
      return [a, a + width, width];
    }
    case 'normal':
      return [mid, (high - low) / (2 * Z95), 0];
    case 'lognormal':
      return [(Math.log(low) + Math.log(high)) / 2, (Math.log(high) - Math.log(low)) / (2 * Z95), 0];
  }
}

/** What is wrong with a range for an assumption, as a phrase ("low must be below high"), or null when it is fine. */
export function rangeProblem(meta: NumberMeta, range: Range): string | null {
  if (!(range.low < range.high)) return 'the low end must be below the high end';
  if (range.low < meta.min || range.high > meta.max) return 'it must lie within the assumption’s own range';
  if (range.shape === 'lognormal' && range.low <= 0) return 'a lognormal range must start above zero';
  return null;
}

export const DEFAULT_RANGE_BY_ID: ReadonlyMap<ParamId, DefaultRange> = new Map(
  DEFAULT_RANGES.map((r) => [r.id, r]),
);

/**
 * The ranges a scenario's simulation draws from, in schema order: each default range whose interval holds the
 * scenario's value (a default range says how sure the sources are about a value near theirs; a value moved
 * outside it, or a preset such as `bubble` that sets its own, is held as set), then the user's choices, which
 * replace a default or (`null`) hold an assumption fixed.
 */
export function rangesInForce(values: ScenarioValues, choices: RangeChoices = {}): RangeInForce[] {
  const out: RangeInForce[] = [];
  for (const p of PARAMS) {
    if (p.kind !== 'number') continue;
    const id = p.id as ParamId;
    const chosen = choices[id];
    if (chosen === null) continue;
    if (chosen) {
      out.push({ id, low: chosen.low, high: chosen.high, shape: chosen.shape, origin: 'yours' });
      continue;
    }
    const d = DEFAULT_RANGE_BY_ID.get(id);
    const value = values[id] as number;
    if (d && value >= d.low && value <= d.high)
      out.push({ id, low: d.low, high: d.high, shape: d.shape, origin: d.basis });
  }
  return out;
}

/** A numeric assumption's metadata (undefined for a choice, a flag or an unknown id). */
export function numberMeta(id: string): NumberMeta | undefined {
  const p = PARAM_BY_ID.get(id);
  return p?.kind === 'number' ? p : undefined;
}
