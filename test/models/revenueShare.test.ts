import { describe, expect, it } from 'vitest';
import { revenueShare, revenueShareRate } from '../../models/engine/revenueShare.ts';
import { B, expectRel, scenario, yearsThrough } from './support.ts';

describe('revenueShareRate', () => {
  it('keeps the start rate every paid year with a flat shape', () => {
    const v = scenario({ shareShape: 'flat', shareStart: 0.15, shareEnd: 0.05, shareLastYear: 2032 });
    for (const year of yearsThrough(2032)) expect(revenueShareRate(v, year)).toBe(0.15);
  });

  describe('linear 20% → 8%, decline from 2025 to 2030', () => {
    const v = scenario({
      shareShape: 'linear',
      shareStart: 0.2,
      shareEnd: 0.08,
      shareDeclineStart: 2025,
      shareDeclineEnd: 2030,
      shareLastYear: 2034,
    });
    // rate = 0.2 − 0.12 × (year − 2025) / 5
    const cases: [number, number][] = [
      [2025, 0.2],
      [2026, 0.176], // 0.2 − 0.12 × 1/5
      [2027, 0.152], // 0.2 − 0.12 × 2/5
      [2028, 0.128], // 0.2 − 0.12 × 3/5
      [2029, 0.104], // 0.2 − 0.12 × 4/5
      [2030, 0.08],
      [2033, 0.08], // flat at the end rate after the decline
      [2034, 0.08], // last paid year
      [2035, 0], // after the last paid year
    ];
    it.each(cases)('%i → %d', (year, expected) => {
      expect(revenueShareRate(v, year)).toBeCloseTo(expected, 12);
    });
  });

  it('stays at the start rate through the year the decline starts', () => {
    const v = scenario({
      shareShape: 'linear',
      shareStart: 0.2,
      shareEnd: 0.1,
      shareDeclineStart: 2027,
      shareDeclineEnd: 2031,
      shareLastYear: 2040,
    });
    expect(revenueShareRate(v, 2026)).toBe(0.2);
    expect(revenueShareRate(v, 2027)).toBe(0.2);
    expect(revenueShareRate(v, 2029)).toBeCloseTo(0.15, 12); // 0.2 − 0.1 × 2/4
    expect(revenueShareRate(v, 2031)).toBe(0.1);
  });

  it('steps right after the decline start when the end year is not after it', () => {
    const v = scenario({
      shareShape: 'linear',
      shareStart: 0.2,
      shareEnd: 0.1,
      shareDeclineStart: 2030,
      shareDeclineEnd: 2028,
      shareLastYear: 2040,
    });
    expect(revenueShareRate(v, 2029)).toBe(0.2);
    expect(revenueShareRate(v, 2030)).toBe(0.2);
    expect(revenueShareRate(v, 2031)).toBe(0.1);
  });

  it('drops to the end rate in the end year with a step shape', () => {
    const v = scenario({
      shareShape: 'step',
      shareStart: 0.2,
      shareEnd: 0.1,
      shareDeclineStart: 2026, // ignored by a step
      shareDeclineEnd: 2028,
      shareLastYear: 2040,
    });
    const cases: [number, number][] = [
      [2025, 0.2],
      [2027, 0.2],
      [2028, 0.1],
      [2035, 0.1],
    ];
    for (const [year, expected] of cases) expect(revenueShareRate(v, year), String(year)).toBe(expected);
  });

  it('pays in the last paid year and nothing after it', () => {
    const v = scenario({ shareShape: 'flat', shareStart: 0.2, shareLastYear: 2030 });
    expect(revenueShareRate(v, 2030)).toBe(0.2);
    expect(revenueShareRate(v, 2031)).toBe(0);
    expect(revenueShareRate(v, 2040)).toBe(0);
  });

  it('stops from the year AGI is verified when the AGI clause applies', () => {
    const v = scenario({ shareShape: 'flat', shareLastYear: 2040, agiClause: true, agiYear: 2028 });
    expect(revenueShareRate(v, 2027)).toBe(0.2);
    expect(revenueShareRate(v, 2028)).toBe(0);
    expect(revenueShareRate(v, 2035)).toBe(0);
  });

  it('ignores the AGI year when the AGI clause does not apply', () => {
    const v = scenario({ shareShape: 'flat', shareLastYear: 2040, agiClause: false, agiYear: 2028 });
    expect(revenueShareRate(v, 2028)).toBe(0.2);
    expect(revenueShareRate(v, 2035)).toBe(0.2);
  });
});

describe('revenueShare', () => {
  const years = [2025, 2026, 2027, 2028];
  const revenue = [100 * B, 100 * B, 100 * B, 100 * B];
  const flat = { shareShape: 'flat', shareStart: 0.2, shareLastYear: 2040 } as const;

  it('pays revenue × rate when there is no cap', () => {
    const s = revenueShare(scenario({ ...flat, shareCapOn: false, shareCap: 1 * B }), years, revenue);
    // 100e9 × 0.2 = 20e9 a year, the cap value ignored
    expect(s.rate).toEqual([0.2, 0.2, 0.2, 0.2]);
    expect(s.uncapped).toEqual([20 * B, 20 * B, 20 * B, 20 * B]);
    expect(s.paid).toEqual([20 * B, 20 * B, 20 * B, 20 * B]);
    expect(s.capReachedYear).toBeNull();
  });

  it('pays up to the cap exactly and reports the year it binds', () => {
    const s = revenueShare(scenario({ ...flat, shareCapOn: true, shareCap: 50 * B }), years, revenue);
    // owed 20e9 a year: 20 + 20 = 40 paid, then 10 of the 20 owed in 2027 (cumulative 50 = cap), then 0
    expect(s.paid).toEqual([20 * B, 20 * B, 10 * B, 0]);
    expect(s.uncapped).toEqual([20 * B, 20 * B, 20 * B, 20 * B]);
    expect(s.paid.reduce((a, b) => a + b, 0)).toBe(50 * B);
    expect(s.capReachedYear).toBe(2027);
  });

  it('reports the cap in the first year that pays short when the cap is used up exactly at a year end', () => {
    const s = revenueShare(scenario({ ...flat, shareCapOn: true, shareCap: 40 * B }), years, revenue);
    // 20 + 20 = 40 = cap after 2026, nothing short yet; 2027 owes 20 and pays 0
    expect(s.paid).toEqual([20 * B, 20 * B, 0, 0]);
    expect(s.capReachedYear).toBe(2027);
  });

  it('does not report the cap when it is used up exactly as payments end', () => {
    const v = scenario({ ...flat, shareLastYear: 2026, shareCapOn: true, shareCap: 40 * B });
    const s = revenueShare(v, years, revenue);
    // 20 + 20 = 40 through 2026, nothing owed after the last paid year
    expect(s.paid).toEqual([20 * B, 20 * B, 0, 0]);
    expect(s.capReachedYear).toBeNull();
  });

  it('never pays more than revenue × rate, nor more than the cap in total', () => {
    const cases = [
      { cap: 1 * B, revenue: [13 * B, 30 * B, 60 * B, 110 * B] },
      { cap: 38 * B, revenue: [13 * B, 30 * B, 60 * B, 110 * B] },
      { cap: 200 * B, revenue: [13 * B, 30 * B, 60 * B, 110 * B] },
      { cap: 38 * B, revenue: [0, 0, 250 * B, 0] },
    ];
    for (const c of cases) {
      const v = scenario({
        shareShape: 'linear',
        shareStart: 0.2,
        shareEnd: 0.08,
        shareDeclineStart: 2025,
        shareDeclineEnd: 2028,
        shareLastYear: 2040,
        shareCap: c.cap,
      });
      const s = revenueShare(v, years, c.revenue);
      let total = 0;
      s.paid.forEach((paid, i) => {
        expect(paid).toBeGreaterThanOrEqual(0);
        expect(paid).toBeLessThanOrEqual(c.revenue[i]! * s.rate[i]!);
        total += paid;
      });
      // min(cap, Σ revenue × rate); rates 0.2, 0.16, 0.12, 0.08
      const owed = [0.2, 0.16, 0.12, 0.08].reduce((sum, r, i) => sum + r * c.revenue[i]!, 0);
      expectRel(total, Math.min(c.cap, owed), 1e-12);
    }
  });
});
