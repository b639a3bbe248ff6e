import type { OverridesFor } from './engine/overrides.ts';
import { project } from './engine/project.ts';
import type { KpiId } from './outputs.ts';
import type { NumberMeta } from './schema/define.ts';
import { PARAM_BY_ID, type ParamId, type ScenarioValues } from './schema/scenario.ts';
import { kpiNumber } from './sensitivity.ts';

export interface SeekRequest {
  /** The figure to reach. */
  readonly kpi: KpiId;
  /** Where it should be, in the figure's model units (USD, fraction, year, multiple). */
  readonly target: number;
  /** The numeric assumption to move; every other one is held. */
  readonly param: ParamId;
  /** The series formulas' paths for each value tried (see OverridesFor); none: the built-in paths. */
  readonly overridesFor?: OverridesFor;
}

/** One setting of the assumption and the figure it gives. `achieved` is `null` for a year that never comes. */
export interface SeekPoint {
  readonly value: number;
  readonly achieved: number | null;
}

export type SeekResult =
  /** A step of the slider crosses the target: `value` is the side of that step nearer to it. */
  | ({ readonly reached: true } & SeekPoint)
  /** No value in the assumption's range reaches the target: the closest the figure comes, and where. */
  | { readonly reached: false; readonly closest: SeekPoint };

/**
 * How many points of the range are tried first, to find where the figure crosses the target: every step of the
 * slider when it has no more than this many, else this many evenly spaced. A goal seek runs on a click, so ~257
 * projections (a few milliseconds) buy a scan fine enough that only a figure turning twice within 1/256 of the range
 * can hide a crossing.
 */
const SCAN_POINTS = 257;

/**
 * "What would it take": the value of one assumption, within its range and on its slider's step grid, that brings a
 * figure to a target, every other assumption held.
 *
 * The target counts as reached when two neighbouring steps of the slider give the figure on either side of it (or
 * one gives it exactly); the answer is the nearer of the two, so projecting at it gives the target to within the
 * figure's change over one step. The range is scanned at {@link SCAN_POINTS} points for such a crossing (so a figure
 * that rises then falls is handled), the crossing nearest the assumption's current value is kept, then narrowed by
 * bisection on the step grid: at most about 265 projections, whatever the range. A slider with up to 257 steps is
 * scanned at every step, so nothing is missed; on a finer slider, a crossing between two scan points that is undone
 * before the next one (a figure that turns twice within 1/256 of the range) is not seen.
 *
 * A year figure that never comes within the horizon counts as the year after it, as in the tornado. When nothing
 * in range reaches the target, the closest value found is returned with what it gives.
 */
export function seek(values: ScenarioValues, request: SeekRequest): SeekResult {
  const meta = PARAM_BY_ID.get(request.param);
  if (meta?.kind !== 'number') throw new TypeError(`"${request.param}" is not a numeric assumption.`);
  const grid = stepGrid(meta);
  const cache = new Map<number, { value: number; achieved: number | null; gap: number }>();
  const at = (k: number) => {
    let hit = cache.get(k);
    if (!hit) {
      const value = grid.value(k);
      const tried = { ...values, [request.param]: value };
      const p = project(tried, request.overridesFor?.(tried));
      const gap = kpiNumber(request.kpi, p, values.horizonEnd) - request.target;
      hit = { value, achieved: p.kpis[request.kpi], gap };
      cache.set(k, hit);
    }
    return hit;
  };
  const point = (k: number): SeekPoint => ({ value: at(k).value, achieved: at(k).achieved });

  const n = grid.count - 1;
  const scan = [
    ...new Set(
      Array.from({ length: Math.min(SCAN_POINTS, grid.count) }, (_, i) =>
        Math.round((i * n) / Math.max(1, Math.min(SCAN_POINTS, grid.count) - 1)),
      ),
    ),
  ];
  const current = grid.nearest(values[request.param] as number);
  // Every crossing the scan finds, nearest the current value first.
  const brackets: [number, number][] = [];
  for (let i = 0; i < scan.length; i++) {
    const k = scan[i]!;
    if (at(k).gap === 0) brackets.push([k, k]);
    else if (i > 0 && Number.isFinite(at(k).gap) && Number.isFinite(at(scan[i - 1]!).gap)) {
      if (Math.sign(at(k).gap) !== Math.sign(at(scan[i - 1]!).gap) && at(scan[i - 1]!).gap !== 0)
        brackets.push([scan[i - 1]!, k]);
    }
  }
  if (brackets.length > 0) {
    const distance = ([a, b]: [number, number]) =>
      current < a ? a - current : current > b ? current - b : 0;
    let [a, b] = brackets.reduce((best, br) => (distance(br) < distance(best) ? br : best));
    while (b - a > 1) {
      const m = Math.floor((a + b) / 2);
      const g = at(m).gap;
      if (g === 0) [a, b] = [m, m];
      else if (Number.isFinite(g) && Math.sign(g) === Math.sign(at(a).gap)) a = m;
      else b = m;
    }
    const k = Math.abs(at(a).gap) <= Math.abs(at(b).gap) ? a : b;
    // "Never within the horizon" ranks as the year after it, but is no year: a target there is never reached.
    if (at(k).achieved !== null) return { reached: true, ...point(k) };
  }

  // No crossing: the closest scan point, then a search of the steps between its neighbours (the figure is taken
  // to come nearest the target once between them).
  const usable = (k: number) => Number.isFinite(at(k).gap) && at(k).achieved !== null;
  const finite = scan.filter(usable);
  if (finite.length === 0) return { reached: false, closest: point(current) };
  const bestIndex = scan.indexOf(
    finite.reduce((best, k) => (Math.abs(at(k).gap) < Math.abs(at(best).gap) ? k : best)),
  );
  let lo = scan[Math.max(0, bestIndex - 1)]!;
  let hi = scan[Math.min(scan.length - 1, bestIndex + 1)]!;
  const miss = (k: number) => (usable(k) ? Math.abs(at(k).gap) : Infinity);
  while (hi - lo > 2) {
    const m1 = lo + Math.floor((hi - lo) / 3);
    const m2 = hi - Math.floor((hi - lo) / 3);
    if (miss(m1) <= miss(m2)) hi = m2;
    else lo = m1;
  }
  let best = scan[bestIndex]!;
  for (let k = lo; k <= hi; k++) if (miss(k) < miss(best)) best = k;
  return { reached: false, closest: point(best) };
}

/**
 * The values a slider can take: min, min + step, … up to max (and max itself, where the range is not a whole
 * number of steps). Each is rounded to the step's decimals, so 0 + 37 × 0.005 is 0.185, not 0.18500000000000003,
 * and a link writes it as 18.5.
 */
export function stepGrid(meta: Pick<NumberMeta, 'min' | 'max' | 'step'>): {
  readonly count: number;
  value(k: number): number;
  nearest(x: number): number;
} {
  const { min, max, step } = meta;
  const steps = Math.floor((max - min) / step + 1e-9);
  const endsOnGrid = Math.abs(min + steps * step - max) <= step * 1e-9;
  const count = steps + (endsOnGrid ? 1 : 2);
  const digits = decimals(step) + decimals(min);
  const value = (k: number): number => {
    if (k >= count - 1) return max;
    const v = Number((min + k * step).toFixed(Math.min(20, digits)));
    return v === 0 ? 0 : v;
  };
  const nearest = (x: number): number => Math.max(0, Math.min(count - 1, Math.round((x - min) / step)));
  return { count, value, nearest };
}

/** Decimal places of a number as written (0.005 → 3, 1e9 → 0, 2.5e-7 → 8). */
function decimals(x: number): number {
  const [mantissa, exp] = Math.abs(x).toExponential().split('e') as [string, string];
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exp));
}
