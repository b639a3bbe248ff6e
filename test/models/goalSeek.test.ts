import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  KPI_META,
  NUMERIC_PARAMS,
  PARAM_BY_ID,
  presetValues,
  project,
  seek,
  stepGrid,
  type KpiId,
  type NumberMeta,
  type ParamId,
} from '../../models/index.ts';
import { B } from './support.ts';

const values = presetValues('amended-2026');
const headline = (v: typeof values) => project(v).kpis.msftTotalValueNpv;

describe('stepGrid', () => {
  it('lists the slider’s values from min to max without floating-point noise', () => {
    const g = stepGrid({ min: 0, max: 0.3, step: 0.005 });
    expect(g.count).toBe(61);
    expect([g.value(0), g.value(37), g.value(60)]).toEqual([0, 0.185, 0.3]);
    expect(g.nearest(0.1849)).toBe(37);
    expect(g.nearest(-1)).toBe(0);
  });

  it('ends at max where the range is not a whole number of steps', () => {
    const g = stepGrid({ min: 1, max: 2.2, step: 0.5 });
    expect([g.count, g.value(0), g.value(2), g.value(3)]).toEqual([4, 1, 2, 2.2]);
  });
});

describe('seek', () => {
  it('finds the 2030 revenue that takes the value to Microsoft to $300B (the nearer of two neighbouring steps)', () => {
    const result = seek(values, { kpi: 'msftTotalValueNpv', target: 300 * B, param: 'rev2030' });
    expect(result.reached).toBe(true);
    if (!result.reached) return;
    const below = headline({ ...values, rev2030: result.value - B });
    const above = headline({ ...values, rev2030: result.value + B });
    expect(result.achieved).toBe(headline({ ...values, rev2030: result.value }));
    // The target lies within one step of the answer, and the answer is the nearer side.
    expect(Math.min(below, above)).toBeLessThan(300 * B);
    expect(Math.max(below, above)).toBeGreaterThan(300 * B);
    expect(Math.abs(result.achieved! - 300 * B)).toBeLessThanOrEqual(
      Math.max(Math.abs(above - result.achieved!), Math.abs(result.achieved! - below)),
    );
    expect(result.value % B).toBe(0);
  });

  it('says when no value in range reaches the target, with the closest value and what it gives', () => {
    const result = seek(values, { kpi: 'msftTotalValueNpv', target: 3000 * B, param: 'rev2030' });
    expect(result).toEqual({
      reached: false,
      closest: { value: 600 * B, achieved: headline({ ...values, rev2030: 600 * B }) },
    });
  });

  it('reaches a year figure; "never" ranks as the year after the horizon but is never a reached target', () => {
    const result = seek(values, { kpi: 'openaiBreakEvenYear', target: 2031, param: 'opexShare' });
    expect(result.reached).toBe(true);
    if (!result.reached) return;
    expect(result.achieved).toBe(2031);
    expect(project({ ...values, opexShare: result.value }).kpis.openaiBreakEvenYear).toBe(2031);
    // The horizon is 2035: a target of 2036 is "never", which the scan can bracket but no slider value gives.
    expect(values.horizonEnd).toBe(2035);
    const never = seek(values, { kpi: 'openaiBreakEvenYear', target: 2036, param: 'opexShare' });
    expect(never.reached).toBe(false);
    if (never.reached) return;
    expect(never.closest.achieved).not.toBeNull();
    expect(never.closest.achieved).toBeLessThanOrEqual(2035);
  });

  it('refuses an assumption that is not a number', () => {
    expect(() => seek(values, { kpi: 'msftTotalValueNpv', target: 1, param: 'shareShape' })).toThrow(
      '"shareShape" is not a numeric assumption.',
    );
  });

  // Figures a student would seek, and assumptions that move them.
  const KPIS: KpiId[] = [
    'msftTotalValueNpv',
    'revenueSharePaidThrough2030',
    'msftMultipleOnInvestment',
    'openaiValue2026',
    'openaiBreakEvenYear',
  ];
  const PARAMS_TRIED = ['rev2030', 'costOfEquity', 'shareCap', 'opexShare', 'revGrowth2031', 'taxRate'];

  it('property: an answer is on the step grid, in range, and within one step of the target', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KPIS),
        fc.constantFrom(...PARAMS_TRIED),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (kpi, paramId, u) => {
          const meta = PARAM_BY_ID.get(paramId) as NumberMeta;
          // A target the figure takes somewhere in the range, so it is usually reachable.
          const lo = project({ ...values, [paramId]: meta.min }).kpis[kpi];
          const hi = project({ ...values, [paramId]: meta.max }).kpis[kpi];
          if (lo === null || hi === null) return;
          const target = KPI_META[kpi].unit === 'year' ? Math.round(lo + u * (hi - lo)) : lo + u * (hi - lo);
          const result = seek(values, { kpi, target, param: paramId as ParamId });
          const point = result.reached ? result : result.closest;
          const grid = stepGrid(meta);
          expect(point.value).toBeGreaterThanOrEqual(meta.min);
          expect(point.value).toBeLessThanOrEqual(meta.max);
          expect(grid.value(grid.nearest(point.value))).toBe(point.value);
          expect(project({ ...values, [paramId]: point.value }).kpis[kpi]).toBe(point.achieved);
          // Both ends are on either side of the target (or on it): some step crosses it.
          expect(result.reached).toBe(true);
          if (!result.reached) return;
          const k = grid.nearest(result.value);
          const neighbours = [k - 1, k + 1]
            .filter((j) => j >= 0 && j < grid.count)
            .map((j) => project({ ...values, [paramId]: grid.value(j) }).kpis[kpi] ?? values.horizonEnd + 1);
          const achieved = result.achieved ?? values.horizonEnd + 1;
          const oneStep = Math.max(...neighbours.map((n) => Math.abs(n - achieved)));
          expect(Math.abs(achieved - target)).toBeLessThanOrEqual(oneStep + 1e-9 * Math.abs(target));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('finds a figure at its peak, which lies between two points of a coarser scan', () => {
    // The value to Microsoft peaks as the cap rises (step 129 of 200) and as the 2026 round grows (step 15 of 201):
    // the target is the peak itself, crossed by no pair of scan points 1/32 of the range apart.
    for (const [param, kpi] of [
      ['shareCap', 'msftTotalValueNpv'],
      ['round2026Raised', 'msftStakeValueNpv'],
    ] as const) {
      const grid = stepGrid(PARAM_BY_ID.get(param) as NumberMeta);
      const figures = Array.from(
        { length: grid.count },
        (_, k) => project({ ...values, [param]: grid.value(k) }).kpis[kpi],
      );
      const peak = Math.max(...figures);
      const at = figures.indexOf(peak);
      expect(at > 0 && at < grid.count - 1).toBe(true);
      const result = seek(values, { kpi, target: peak, param });
      expect(result).toEqual({ reached: true, value: grid.value(at), achieved: peak });
    }
  });

  it('property: on a slider of up to 257 steps, every value the figure takes at some step is reached', () => {
    // Every step is scanned, so a figure that turns (the cost of equity moves the value both ways) hides nothing.
    const params = [
      'shareCap',
      'costOfEquity',
      'opexShare',
      'revGrowth2031',
      'taxRate',
      'msftStake',
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...KPIS), fc.constantFrom(...params), fc.nat(), (kpi, paramId, pick) => {
        const grid = stepGrid(PARAM_BY_ID.get(paramId) as NumberMeta);
        expect(grid.count).toBeLessThanOrEqual(257);
        const k = pick % grid.count;
        const target = project({ ...values, [paramId]: grid.value(k) }).kpis[kpi];
        if (target === null) return;
        const result = seek(values, { kpi, target, param: paramId });
        expect(result.reached).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('property: every numeric assumption gives an answer in range for the figure it has now', () => {
    const now = project(values).kpis.msftTotalValueNpv;
    for (const meta of NUMERIC_PARAMS.slice(0, 20)) {
      const result = seek(values, { kpi: 'msftTotalValueNpv', target: now, param: meta.id as ParamId });
      const point = result.reached ? result : result.closest;
      expect(point.value).toBeGreaterThanOrEqual(meta.min);
      expect(point.value).toBeLessThanOrEqual(meta.max);
    }
  });
});
