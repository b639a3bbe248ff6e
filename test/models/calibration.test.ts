import { describe, expect, it } from 'vitest';
import { presetValues, project } from '../../models/index.ts';
import { B, expectRel } from './support.ts';

// The presets must reproduce the sources they cite (shared/FACTS.md and the seed texts).

describe('seeds-2025 reproduces the 2025 seed texts', () => {
  const p = project(presetValues('seeds-2025'));
  const at = (year: number) => year - 2025;

  it('has a revenue share of 20% in 2025 falling to 8% in 2030 (seed 000)', () => {
    expect(p.series.revenueShareRate[at(2025)]).toBeCloseTo(0.2, 12);
    expect(p.series.revenueShareRate[at(2030)]).toBeCloseTo(0.08, 12);
  });

  it('spends about $450B on compute through 2030 (seed 002), within 10%', () => {
    expectRel(p.kpis.computeSpendThrough2030, 450 * B, 0.1);
  });

  it('has the partners out-paying Azure by 2030 (seed 002)', () => {
    expect(p.kpis.partnersExceedAzureYear).not.toBeNull();
    expect(p.kpis.partnersExceedAzureYear).toBeLessThanOrEqual(2030);
  });

  it("values Microsoft's stake at $135–150B in 2025 (seed 000; 8-K)", () => {
    const stake = p.series.msftStakeValue[at(2025)]!;
    expect(stake).toBeGreaterThanOrEqual(135 * B - 1e-3);
    expect(stake).toBeLessThanOrEqual(150 * B + 1e-3);
  });

  it('breaks even at about $60B of revenue (seed 002), within 15%', () => {
    expectRel(p.kpis.openaiBreakEvenRevenue, 60 * B, 0.15);
  });
});

describe('amended-2026 reproduces the Apr 2026 amendment', () => {
  const values = presetValues('amended-2026');
  const p = project(values);

  it('keeps the 20% rate every year through 2030 and nothing after', () => {
    p.years.forEach((year, i) => {
      expect(p.series.revenueShareRate[i], String(year)).toBe(year <= 2030 ? 0.2 : 0);
    });
  });

  it('pays exactly the $38B cap through 2030 and over the whole horizon', () => {
    expectRel(p.kpis.revenueSharePaidThrough2030, 38 * B, 1e-12);
    expectRel(
      p.series.revenueSharePaid.reduce((a, b) => a + b, 0),
      38 * B,
      1e-12,
    );
    expect(p.kpis.revenueShareCapReachedYear).not.toBeNull();
  });

  it('would pay about $135B through 2030 without the cap (38 + 97, The Information), within 20%', () => {
    const uncapped = project({ ...values, shareCapOn: false });
    expectRel(uncapped.kpis.revenueSharePaidThrough2030, 135 * B, 0.2);
  });
});
