import { describe, expect, it } from 'vitest';
import { compute } from '../../models/engine/compute.ts';
import { project, PROVIDERS, type ScenarioValues } from '../../models/index.ts';
import { B, expectRel, scenario, yearsThrough } from './support.ts';

/** Revenue of 100e9 every year: with a 50% margin and 50% training share the compute need is 100e9 a year. */
const FLAT_REVENUE = (n: number) => new Array<number>(n).fill(100 * B);

/** Share mode, need = revenue × (1 − 0.5) + revenue × 0.5 = revenue; no contracts, default weights. */
function base(changes: Partial<ScenarioValues> = {}): ScenarioValues {
  return scenario({
    computeMode: 'share',
    gmStart: 0.5,
    gmEnd: 0.5,
    trainingShareStart: 0.5,
    trainingShareEnd: 0.5,
    azureCommit: 0,
    oracleValue: 0,
    coreweaveValue: 0,
    awsValue: 0,
    azureWeight: 0.2,
    stargateWeight: 0.3,
    googleWeight: 0.1,
    ownWeight: 0.4,
    rofrEndYear: 2025,
    decShare: 0,
    decDiscount: 0.25,
    ...changes,
  });
}

/** Contracts well below the 100e9 need: Azure 25/yr 2026–29, Oracle 40/yr 2027–31, CoreWeave 4/yr 2025–29, AWS 5/yr 2026–32. */
const CONTRACTS: Partial<ScenarioValues> = {
  azureCommit: 100 * B,
  azureCommitStart: 2026,
  azureCommitYears: 4,
  oracleValue: 200 * B,
  oracleStart: 2027,
  oracleYears: 5,
  coreweaveValue: 20 * B,
  coreweaveStart: 2025,
  coreweaveYears: 5,
  awsValue: 35 * B,
  awsStart: 2026,
  awsYears: 7,
};

const sumOf = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('compute', () => {
  const years = yearsThrough(2035);

  it('pays each contract in equal yearly amounts over its term', () => {
    const c = compute(base(CONTRACTS), years, FLAT_REVENUE(years.length));
    // Oracle 200e9 / 5 = 40e9 in 2027–2031; CoreWeave 20e9 / 5 = 4e9 in 2025–2029; AWS 35e9 / 7 = 5e9 in 2026–2032
    //               2025 2026 2027 2028 2029 2030 2031 2032 2033 2034 2035
    const oracle = [0, 0, 40, 40, 40, 40, 40, 0, 0, 0, 0].map((x) => x * B);
    const coreweave = [4, 4, 4, 4, 4, 0, 0, 0, 0, 0, 0].map((x) => x * B);
    const aws = [0, 5, 5, 5, 5, 5, 5, 5, 0, 0, 0].map((x) => x * B);
    oracle.forEach((x, i) => expectRel(c.byProvider.oracle[i], x, 1e-12));
    coreweave.forEach((x, i) => expectRel(c.byProvider.coreweave[i], x, 1e-12));
    aws.forEach((x, i) => expectRel(c.byProvider.aws[i], x, 1e-12));
    expectRel(sumOf(c.byProvider.oracle), 200 * B, 1e-12);
    expect(c.contractShortfall.every((x) => x === 0)).toBe(true);
  });

  it('splits the compute beyond the contracts by the weights', () => {
    const c = compute(base(CONTRACTS), years, FLAT_REVENUE(years.length));
    // 2026: contracts 25 + 4 + 5 = 34, residual 66: Azure 25 + 66 × 0.2 = 38.2, Stargate 66 × 0.3 = 19.8,
    // Google 66 × 0.1 = 6.6, own 66 × 0.4 = 26.4
    expectRel(c.byProvider.azure[1], 38.2 * B, 1e-12);
    expectRel(c.byProvider.stargate[1], 19.8 * B, 1e-12);
    expectRel(c.byProvider.google[1], 6.6 * B, 1e-12);
    expectRel(c.byProvider.ownCapacity[1], 26.4 * B, 1e-12);
    // 2033: no contract left, all 100 by the weights: Azure 20
    expectRel(c.byProvider.azure[8], 20 * B, 1e-12);
  });

  it('equals the sum over all eight providers, each of them paid', () => {
    const v = base({ ...CONTRACTS, decShare: 0.2, decDiscount: 0.25 });
    const c = compute(v, years, FLAT_REVENUE(years.length));
    // 2027: contracts 25 + 40 + 4 + 5 = 74, residual 26, moved 26 × 0.2 = 5.2, flexible 20.8
    // Azure 25 + 20.8 × 0.2 = 29.16, Stargate 6.24, Google 2.08, own 8.32, decentralized 5.2 × 0.75 = 3.9
    // saving 5.2 × 0.25 = 1.3, total 100 − 1.3 = 98.7
    const i = 2;
    const expected: Record<string, number> = {
      azure: 29.16,
      oracle: 40,
      stargate: 6.24,
      coreweave: 4,
      aws: 5,
      google: 2.08,
      ownCapacity: 8.32,
      decentralized: 3.9,
    };
    for (const p of PROVIDERS) expectRel(c.byProvider[p.id][i], expected[p.id]! * B, 1e-12);
    expectRel(c.decentralizedSaving[i], 1.3 * B, 1e-12);
    expectRel(c.total[i], 98.7 * B, 1e-12);
    for (let y = 0; y < years.length; y++) {
      const sum = PROVIDERS.reduce((s, p) => s + c.byProvider[p.id][y]!, 0);
      expectRel(sum, c.total[y]!, 1e-12);
    }
  });

  it('scales the contracts down pro rata when they exceed the need and reports the excess', () => {
    const v = base({
      azureCommit: 400 * B,
      azureCommitStart: 2025,
      azureCommitYears: 1,
      oracleValue: 300 * B,
      oracleStart: 2025,
      oracleYears: 1,
      coreweaveValue: 60 * B,
      coreweaveStart: 2025,
      coreweaveYears: 1,
      awsValue: 40 * B,
      awsStart: 2025,
      awsYears: 1,
    });
    const c = compute(v, [2025], [10 * B]);
    // need 10e9, contracted 400 + 300 + 60 + 40 = 800e9: each scaled by 10/800
    expectRel(c.byProvider.azure[0], 5 * B, 1e-12); // 400 / 80
    expectRel(c.byProvider.oracle[0], 3.75 * B, 1e-12); // 300 / 80
    expectRel(c.byProvider.coreweave[0], 0.75 * B, 1e-12); // 60 / 80
    expectRel(c.byProvider.aws[0], 0.5 * B, 1e-12); // 40 / 80
    expect(c.byProvider.stargate[0]).toBe(0);
    expect(c.byProvider.google[0]).toBe(0);
    expect(c.byProvider.ownCapacity[0]).toBe(0);
    expect(c.byProvider.decentralized[0]).toBe(0);
    expectRel(c.contractShortfall[0], 790 * B, 1e-12); // 800 − 10
    expectRel(c.total[0], 10 * B, 1e-12);
  });

  it('sends all uncontracted compute to Azure through the last year of its first call', () => {
    const v = base({ rofrEndYear: 2028, azureWeight: 0, decShare: 0.3 });
    const c = compute(v, yearsThrough(2030), FLAT_REVENUE(6));
    for (let i = 0; i <= 3; i++) {
      // 2025–2028: Azure takes the whole 100e9, nothing moves to decentralized networks
      expectRel(c.byProvider.azure[i], 100 * B, 1e-12);
      expect(c.byProvider.stargate[i]).toBe(0);
      expect(c.byProvider.google[i]).toBe(0);
      expect(c.byProvider.ownCapacity[i]).toBe(0);
      expect(c.byProvider.decentralized[i]).toBe(0);
      expect(c.decentralizedSaving[i]).toBe(0);
    }
    // 2029: moved 30, flexible 70 split 0 : 0.3 : 0.1 : 0.4 (sum 0.8) → Azure 0, Stargate 26.25, Google 8.75,
    // own 35; decentralized 30 × 0.75 = 22.5; saving 7.5; total 92.5
    expect(c.byProvider.azure[4]).toBe(0);
    expectRel(c.byProvider.stargate[4], 26.25 * B, 1e-12);
    expectRel(c.byProvider.google[4], 8.75 * B, 1e-12);
    expectRel(c.byProvider.ownCapacity[4], 35 * B, 1e-12);
    expectRel(c.byProvider.decentralized[4], 22.5 * B, 1e-12);
    expectRel(c.decentralizedSaving[4], 7.5 * B, 1e-12);
    expectRel(c.total[4], 92.5 * B, 1e-12);
  });

  it('splits uncontracted compute evenly when every weight is zero', () => {
    const v = base({ azureWeight: 0, stargateWeight: 0, googleWeight: 0, ownWeight: 0 });
    const c = compute(v, [2025, 2026], FLAT_REVENUE(2));
    // 2026 (after Azure's first call): 100 / 4 = 25 each
    for (const id of ['azure', 'stargate', 'google', 'ownCapacity'] as const) {
      expectRel(c.byProvider[id][1], 25 * B, 1e-12);
    }
  });

  it('saves the discount on the compute moved to decentralized networks', () => {
    const v = base({ decShare: 0.5, decDiscount: 0.7 });
    const c = compute(v, [2025, 2026], FLAT_REVENUE(2));
    // 2026: moved 100 × 0.5 = 50; saving 50 × 0.7 = 35; decentralized 50 × 0.3 = 15; total 65
    expectRel(c.decentralizedSaving[1], 35 * B, 1e-12);
    expectRel(c.byProvider.decentralized[1], 15 * B, 1e-12);
    expectRel(c.total[1], 65 * B, 1e-12);
    expect(c.decentralizedSaving[0]).toBe(0); // 2025: Azure's first call
  });

  describe('cumulative mode', () => {
    // Flat revenue 100e9, margin 0.5: inference 50e9 a year. Training share 0.5 → 0.15 linearly 2025–2030:
    // 50, 43, 36, 29, 22, 15, then 15 (e9).
    const cumulative = (changes: Partial<ScenarioValues>) =>
      base({ computeMode: 'cumulative', trainingShareStart: 0.5, trainingShareEnd: 0.15, ...changes });

    it('scales training from 2026 on so the total through the target year hits the target', () => {
      const v = cumulative({ computeTarget: 600 * B, computeTargetYear: 2030 });
      const c = compute(v, years, FLAT_REVENUE(years.length));
      // fixed = 6 × 50 (inference) + 50 (2025 training) = 350; scalable = 43 + 36 + 29 + 22 + 15 = 145
      // k = (600 − 350) / 145 = 250 / 145
      const k = 250 / 145;
      expectRel(c.training[0], 50 * B, 1e-12); // 2025 is history: unscaled
      expectRel(c.training[1], 43 * B * k, 1e-12);
      expectRel(c.training[5], 15 * B * k, 1e-12);
      expectRel(c.training[6], 15 * B * k, 1e-12); // the factor applies after the target year too
      expectRel(sumOf(c.total.slice(0, 6)), 600 * B, 1e-12);
    });

    it('hits an earlier target year', () => {
      const v = cumulative({ computeTarget: 300 * B, computeTargetYear: 2028 });
      const c = compute(v, years, FLAT_REVENUE(years.length));
      // fixed = 4 × 50 + 50 = 250; scalable = 43 + 36 + 29 = 108; k = 50 / 108
      expectRel(c.training[1], (43 * B * 50) / 108, 1e-12);
      expectRel(sumOf(c.total.slice(0, 4)), 300 * B, 1e-12);
    });

    it('drops training from 2026 and overshoots when inference alone exceeds the target', () => {
      const v = cumulative({ computeTarget: 200 * B, computeTargetYear: 2030 });
      const c = compute(v, years, FLAT_REVENUE(years.length));
      // fixed 350 > 200: training 0 from 2026; total through 2030 = 350
      expect(c.training.slice(1).every((x) => x === 0)).toBe(true);
      expectRel(sumOf(c.total.slice(0, 6)), 350 * B, 1e-12);
    });

    it('spreads the gap in proportion to inference when the training shape is zero', () => {
      const v = cumulative({
        trainingShareStart: 0,
        trainingShareEnd: 0,
        computeTarget: 600 * B,
        computeTargetYear: 2030,
      });
      const c = compute(v, years, FLAT_REVENUE(years.length));
      // fixed 300 (inference), gap 300 spread over 2026–2030 inference 250: training = 50 × 1.2 = 60
      expect(c.training[0]).toBe(0);
      expectRel(c.training[1], 60 * B, 1e-12);
      expectRel(sumOf(c.total.slice(0, 6)), 600 * B, 1e-12);
    });

    const targets: [number, number][] = [
      [600 * B, 2030],
      [450 * B, 2030],
      [300 * B, 2028],
      [1000 * B, 2032],
    ];
    it.each(targets)(
      'project() spends exactly %d through %i with the Apr 2026 revenue path',
      (target, year) => {
        const p = project(scenario({ computeTarget: target, computeTargetYear: year, decShare: 0 }));
        const through = p.series.computeSpend.slice(0, year - 2025 + 1);
        expectRel(sumOf(through), target, 1e-12);
      },
    );
  });
});

describe('project, cumulative compute target beyond the horizon', () => {
  it('does not let the horizon change earlier years', () => {
    // Target $1,000B through 2032: a 2030 horizon must show the same 2025–2030 years as a 2035 horizon.
    const short = project(scenario({ computeTarget: 1000 * B, computeTargetYear: 2032, horizonEnd: 2030 }));
    const long = project(scenario({ computeTarget: 1000 * B, computeTargetYear: 2032, horizonEnd: 2035 }));
    expect(short.years).toEqual(yearsThrough(2030));
    expect(short.series.computeSpend).toEqual(long.series.computeSpend.slice(0, 6));
    expect(short.series.computeByProvider.azure).toEqual(long.series.computeByProvider.azure.slice(0, 6));
    const through2032 = long.series.computeSpend.slice(0, 8).reduce((a, b) => a + b, 0);
    expectRel(through2032, 1000 * B);
  });

  it('spreads the target over inference when the training shape is vanishingly small (no NaN)', () => {
    const p = project(scenario({ trainingShareStart: 0, trainingShareEnd: 5e-324 }));
    for (const x of p.series.computeSpend) expect(Number.isFinite(x)).toBe(true);
    expectRel(p.kpis.computeSpendThrough2030, 600 * B);
  });
});
