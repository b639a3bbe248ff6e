import {
  FIRST_YEAR as FIRST_YEAR_,
  linearBetween as linearBetween_,
  THROUGH_YEAR as THROUGH_YEAR_,
  VALUE_END_YEAR as VALUE_END_YEAR_,
} from '../paths.ts';
import type { Col, Params } from './block.ts';
import { YEARS as YEARS_ } from './inputs.ts';

// Local copies: module bindings are read through getters in some module loaders (vitest, tsx).
const FIRST_YEAR = FIRST_YEAR_;
const THROUGH_YEAR = THROUGH_YEAR_;
const VALUE_END_YEAR = VALUE_END_YEAR_;
const YEARS = YEARS_;
const linearBetween = linearBetween_;

/** openaiRevenue() of ../revenue.ts for block samples 0 to n, year by year; `gap` and `shrink` are scratch. */
export function revenueBlock(p: Params, n: number, out: Col, gap: Float64Array, shrink: Float64Array): void {
  const given = [p.rev2025, p.rev2026, p.rev2027, p.rev2028, p.rev2029, p.rev2030];
  const last = THROUGH_YEAR - FIRST_YEAR;
  for (let i = 0; i <= last; i++) {
    const a = out.arr[i]!;
    const o = out.off[i]!;
    const src = given[i]!;
    for (let j = 0; j < n; j++) a[o + j] = src[j]!;
  }
  const { revGrowthHalfLife, revGrowthTerminal, revGrowth2031 } = p;
  for (let j = 0; j < n; j++) {
    shrink[j] = Math.pow(0.5, 1 / revGrowthHalfLife[j]!);
    gap[j] = revGrowth2031[j]! - revGrowthTerminal[j]!;
  }
  const taperYears = 10;
  for (let i = last + 1; i < YEARS; i++) {
    const year = FIRST_YEAR + i;
    const taper = VALUE_END_YEAR - year < taperYears ? (VALUE_END_YEAR - year) / taperYears : 1;
    const a = out.arr[i]!;
    const o = out.off[i]!;
    const b = out.arr[i - 1]!;
    const q = out.off[i - 1]!;
    for (let j = 0; j < n; j++) {
      a[o + j] = b[q + j]! * (1 + revGrowthTerminal[j]! + gap[j]! * taper);
      gap[j]! *= shrink[j]!;
    }
  }
}

/** The built-in gross margin of compute() (../compute.ts) for block samples 0 to n. */
export function grossMarginBlock(p: Params, n: number, out: Col): void {
  const { gmStart, gmEndYear, gmEnd } = p;
  for (let i = 0; i < YEARS; i++) {
    const a = out.arr[i]!;
    const o = out.off[i]!;
    for (let j = 0; j < n; j++)
      a[o + j] = linearBetween(FIRST_YEAR + i, FIRST_YEAR, gmStart[j]!, gmEndYear[j]!, gmEnd[j]!);
  }
}
