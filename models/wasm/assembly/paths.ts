import { colAt, FIRST_YEAR, linearBetween, param, put, stateAt, THROUGH_YEAR, YEARS } from './block';
import { P_gmEnd, P_gmEndYear, P_gmStart, P_rev2025, P_revGrowth2031, P_revGrowthTerminal } from './params';

// Series, in the order of the cols table the paths' caller (engine.ts) lays out.
const REVENUE = 0;
const GROSS_MARGIN = 1;
// Per-sample states: the growth's gap over its terminal rate, and what it shrinks by a year (Math.pow's, from JS).
const GAP = 0;
const SHRINK = 1;

const VALUE_END_YEAR: i32 = FIRST_YEAR + YEARS - 1;

/**
 * revenueBlock() and grossMarginBlock() of models/engine/batch/blockPaths.ts over two samples a lane pair, given
 * each sample's yearly shrink of the growth gap (a power, which only JS computes as project() does).
 */
export function pathsBlock(n: i32, params: usize, cols: usize, states: usize): void {
  const last = THROUGH_YEAR - FIRST_YEAR;
  for (let i = 0; i <= last; i++) {
    const a = colAt(cols, REVENUE, i);
    const src = param(params, P_rev2025 + i);
    for (let j = 0; j < n; j += 2) {
      const b = (<usize>j) << 3;
      put(a + b, v128.load(src + b), j + 1 < n);
    }
  }
  const gap = stateAt(states, GAP);
  const shrink = stateAt(states, SHRINK);
  const terminal = param(params, P_revGrowthTerminal);
  const growth2031 = param(params, P_revGrowth2031);
  for (let j = 0; j < n; j += 2) {
    const b = (<usize>j) << 3;
    v128.store(gap + b, f64x2.sub(v128.load(growth2031 + b), v128.load(terminal + b)));
  }
  const one = f64x2.splat(1);
  const taperYears = 10;
  for (let i = last + 1; i < YEARS; i++) {
    const year = FIRST_YEAR + i;
    const taper = f64x2.splat(
      VALUE_END_YEAR - year < taperYears ? <f64>(VALUE_END_YEAR - year) / <f64>taperYears : 1,
    );
    const a = colAt(cols, REVENUE, i);
    const before = colAt(cols, REVENUE, i - 1);
    for (let j = 0; j < n; j += 2) {
      const b = (<usize>j) << 3;
      const g = v128.load(gap + b);
      const growth = f64x2.add(f64x2.add(one, v128.load(terminal + b)), f64x2.mul(g, taper));
      put(a + b, f64x2.mul(v128.load(before + b), growth), j + 1 < n);
      v128.store(gap + b, f64x2.mul(g, v128.load(shrink + b)));
    }
  }

  const gmStart = param(params, P_gmStart);
  const gmEndYear = param(params, P_gmEndYear);
  const gmEnd = param(params, P_gmEnd);
  const firstYear = f64x2.splat(<f64>FIRST_YEAR);
  for (let i = 0; i < YEARS; i++) {
    const year = f64x2.splat(<f64>(FIRST_YEAR + i));
    const a = colAt(cols, GROSS_MARGIN, i);
    for (let j = 0; j < n; j += 2) {
      const b = (<usize>j) << 3;
      const v0 = v128.load(gmStart + b);
      const y1 = v128.load(gmEndYear + b);
      const v1 = v128.load(gmEnd + b);
      put(a + b, linearBetween(year, firstYear, v0, y1, v1), j + 1 < n);
    }
  }
}
