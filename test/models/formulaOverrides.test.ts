import { describe, expect, it } from 'vitest';
import { overrideShares } from '../../models/engine/compute.ts';
import { project } from '../../models/index.ts';
import { B, expectRel, scenario } from './support.ts';

const YEARS = 21;
const flat = (x: number) => Array<number>(YEARS).fill(x);

describe('project(values, overrides)', () => {
  const v = scenario();
  const builtIn = project(v);

  it('replaces revenue and everything computed from it', () => {
    const p = project(v, { openaiRevenue: flat(100 * B) });
    expect(p.series.openaiRevenue).toEqual(flat(100 * B).slice(0, p.years.length));
    // The revenue share owed is rate × revenue, year by year.
    for (let i = 0; i < p.years.length; i++)
      expectRel(p.series.revenueShareUncapped[i], p.series.revenueShareRate[i]! * 100 * B, 1e-12);
    expect(p.kpis.msftTotalValueNpv).not.toBe(builtIn.kpis.msftTotalValueNpv);
  });

  it('replaces the revenue-share rate (the cap still applies)', () => {
    const p = project(v, { revenueShareRate: flat(0) });
    expect(p.series.revenueShareRate.every((r) => r === 0)).toBe(true);
    expect(p.kpis.revenueSharePaidThrough2030).toBe(0);
    const high = project({ ...v, shareCapOn: true, shareCap: 50 * B }, { revenueShareRate: flat(1) });
    expectRel(high.kpis.revenueSharePaidThrough2030, 50 * B, 1e-12);
  });

  it('replaces the gross margin: inference is revenue × (1 − margin)', () => {
    const p = project(v, { openaiGrossMargin: flat(0.5) });
    for (let i = 0; i < p.years.length; i++)
      expectRel(p.series.inferenceCompute[i], p.series.openaiRevenue[i]! * 0.5, 1e-12);
  });

  it('gives a provider its share of uncontracted compute; the rest keep their proportions; the total is unchanged', () => {
    // Without Azure's contract and decentralized networks, all of Azure, Stargate, Google and own capacity is the
    // uncontracted compute.
    const w = { ...v, azureCommit: 0, decShare: 0 };
    const base = project(w);
    const p = project(w, { 'providerShare.google': flat(0.5) });
    expect(p.series.computeSpend).toEqual(base.series.computeSpend);
    const i = p.years.indexOf(2035);
    const flexible = (s: typeof p.series) =>
      s.computeByProvider.azure[i]! +
      s.computeByProvider.stargate[i]! +
      s.computeByProvider.google[i]! +
      s.computeByProvider.ownCapacity[i]!;
    expectRel(flexible(p.series), flexible(base.series), 1e-12);
    expectRel(p.series.computeByProvider.google[i], 0.5 * flexible(base.series), 1e-12);
    // Azure and Stargate split the other half as the weights split them without Google.
    const ratio = base.series.computeByProvider.azure[i]! / base.series.computeByProvider.stargate[i]!;
    expectRel(p.series.computeByProvider.azure[i]! / p.series.computeByProvider.stargate[i]!, ratio, 1e-12);
  });
});

describe('overrideShares', () => {
  const path = (x: number) => [x];
  it('keeps the others in their built-in proportions', () => {
    const split = [0.5, 0.3, 0.1, 0.1, 0];
    overrideShares(split, { 'providerShare.google': path(0.5) }, 0);
    // What is left (0.5) goes to azure, stargate and own capacity as 0.5 : 0.3 : 0.1.
    expect(split.map((x) => Number(x.toFixed(12)))).toEqual([
      0.277777777778, 0.166666666667, 0.5, 0.055555555556, 0,
    ]);
    expectRel(
      split.reduce((a, b) => a + b),
      1,
      1e-12,
    );
  });
  it('scales shares that add up to more than 1 down to 1', () => {
    const split = [1, 0, 0, 0, 0];
    overrideShares(split, { 'providerShare.azure': path(0.8), 'providerShare.google': path(0.8) }, 0);
    expect(split).toEqual([0.5, 0, 0.5, 0, 0]);
  });
  it('spreads what is left evenly when the others have no built-in share (Azure’s first call)', () => {
    const split = [1, 0, 0, 0, 0];
    overrideShares(split, { 'providerShare.azure': path(0.6) }, 0);
    expect(split.map((x) => Number(x.toFixed(12)))).toEqual([0.6, 0.1, 0.1, 0.1, 0.1]);
  });
  it('scales every provider given up to 1, or evenly when all are zero', () => {
    const all = (x: number) => ({
      'providerShare.azure': path(x),
      'providerShare.stargate': path(x),
      'providerShare.google': path(x),
      'providerShare.ownCapacity': path(x),
      'providerShare.decentralized': path(x),
    });
    const a = [1, 0, 0, 0, 0];
    overrideShares(a, all(0.1), 0);
    expect(a.map((x) => Number(x.toFixed(12)))).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
    const b = [1, 0, 0, 0, 0];
    overrideShares(b, all(0), 0);
    expect(b).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
  });
});
