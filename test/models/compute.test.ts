import { describe, expect, it } from 'vitest';
import { compute } from '../../models/engine/compute.ts';
import { project, PROVIDERS, type ScenarioValues } from '../../models/index.ts';
import { B, expectRel, scenario, yearsThrough } from './support.ts';

const YEARS = yearsThrough(2045);

/** Revenue of 100e9 every year: with a 50% margin and a 50% training share the compute need is 100e9 a year. */
const flat = (n: number, level = 100) => new Array<number>(n).fill(level * B);

/** Share mode, need = revenue × (1 − 0.5) + revenue × 0.5 = revenue; no contracts, default weights. */
function base(changes: Partial<ScenarioValues> = {}): ScenarioValues {
  return scenario({
    computeMode: 'share',
    gmStart: 0.5,
    gmEnd: 0.5,
    trainingShareStart: 0.5,
    trainingSharePeak: 0.5,
    trainingShareEnd: 0.5,
    trainingShareLongRun: 0.5,
    contractShape: 'even',
    azureCommit: 0,
    oracleValue: 0,
    coreweaveValue: 0,
    awsValue: 0,
    awsExpansionValue: 0,
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

/** Contracts well below the 100e9 need, paid evenly: Azure 25/yr 2026–29, Oracle 40/yr 2027–31, CoreWeave 4/yr 2025–29, AWS 5/yr 2026–32. */
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

/** Asserts a series year by year: `expected` in $B from `from`, zero in every other year of YEARS. */
function expectPayments(actual: readonly number[], from: number, expected: readonly number[]): void {
  expect(actual).toHaveLength(YEARS.length);
  YEARS.forEach((year, i) => {
    const k = year - from;
    const e = k >= 0 && k < expected.length ? expected[k]! * B : 0;
    expectRel(actual[i], e, 1e-12);
  });
}

describe('compute: contract payment shapes', () => {
  // [shape, value $B, years, payments from 2027 in $B]
  const cases: [ScenarioValues['contractShape'], number, number, number[]][] = [
    ['ramp', 60, 3, [10, 20, 30]], // weights 1, 2, 3 (sum 6)
    ['ramp', 100, 4, [10, 20, 30, 40]], // weights 1, 2, 3, 4 (sum 10)
    ['ramp', 45, 1, [45]],
    ['rampLevel', 70, 4, [10, 20, 20, 20]], // rises over the first half (2 years): weights 1, 2, 2, 2 (sum 7)
    ['rampLevel', 300, 5, [25, 50, 75, 75, 75]], // first half rounded up (3): weights 1, 2, 3, 3, 3 (sum 12)
    ['rampLevel', 220, 7, [10, 20, 30, 40, 40, 40, 40]], // 4: weights 1, 2, 3, 4, 4, 4, 4 (sum 22)
    ['rampLevel', 50, 3, [10, 20, 20]], // 2: weights 1, 2, 2 (sum 5)
    ['rampLevel', 30, 2, [15, 15]], // a one-year first half: weights 1, 1 (level from the start)
    ['rampLevel', 45, 1, [45]],
    ['even', 60, 3, [20, 20, 20]],
    ['even', 300, 10, [30, 30, 30, 30, 30, 30, 30, 30, 30, 30]],
  ];
  it.each(cases)('%s: $%dB over %i years from 2027', (shape, value, years, expected) => {
    const v = base({ contractShape: shape, oracleValue: value * B, oracleStart: 2027, oracleYears: years });
    const c = compute(v, YEARS, flat(YEARS.length, 1000));
    expectPayments(c.byProvider.oracle, 2027, expected);
    expectRel(c.contractTotals.oracle, value * B, 1e-12);
  });

  it('pays each contract to its provider, and both AWS contracts to AWS', () => {
    const v = base({
      contractShape: 'ramp',
      azureCommit: 30 * B, // 2026–2027: 10, 20
      azureCommitStart: 2026,
      azureCommitYears: 2,
      coreweaveValue: 6 * B, // 2025–2027: 1, 2, 3
      coreweaveStart: 2025,
      coreweaveYears: 3,
      awsValue: 38 * B, // 2026–2027: 38 / 3 × (1, 2)
      awsStart: 2026,
      awsYears: 2,
      awsExpansionValue: 100 * B, // 2027–2030: 10, 20, 30, 40
      awsExpansionStart: 2027,
      awsExpansionYears: 4,
      azureWeight: 0,
    });
    const c = compute(v, YEARS, flat(YEARS.length, 1000));
    // Azure: 2025 is its first call, so it takes all but CoreWeave's 1; then only its commitment (weight 0)
    expectPayments(c.byProvider.azure, 2025, [999, 10, 20]);
    expectPayments(c.byProvider.coreweave, 2025, [1, 2, 3]);
    // AWS: 38 in weights 1, 2 (2026–2027) plus the expansion's 10, 20, 30, 40 (2027–2030)
    expectPayments(c.byProvider.aws, 2026, [38 / 3, (2 * 38) / 3 + 10, 20, 30, 40]);
    expectRel(c.contractTotals.azure, 30 * B, 1e-12);
    expect(c.contractTotals.oracle).toBe(0);
    expectRel(c.contractTotals.coreweave, 6 * B, 1e-12);
    expectRel(c.contractTotals.aws, 138 * B, 1e-12);
  });

  it('totals only the years it is given', () => {
    // Oracle $300B rising then level from 2027: 25, 50, 75, 75 through 2030, 75 more in 2031
    const v = base({ contractShape: 'rampLevel', oracleValue: 300 * B, oracleStart: 2027, oracleYears: 5 });
    expectRel(compute(v, yearsThrough(2030), flat(6, 1000)).contractTotals.oracle, 225 * B, 1e-12);
  });
});

describe('compute: need and its split', () => {
  it('takes inference from a gross margin rising linearly to its target year', () => {
    // margin 0.3 → 0.7 in 2029: 0.3, 0.4, 0.5, 0.6, 0.7, then 0.7; inference = revenue × (1 − margin)
    const v = base({ gmStart: 0.3, gmEnd: 0.7, gmEndYear: 2029 });
    const c = compute(v, yearsThrough(2031), flat(7));
    const margins = [0.3, 0.4, 0.5, 0.6, 0.7, 0.7, 0.7];
    margins.forEach((m, i) => {
      expectRel(c.grossMargin[i], m, 1e-12);
      expectRel(c.inference[i], (1 - m) * 100 * B, 1e-12);
    });
  });

  it('splits the compute beyond the contracts by the weights', () => {
    const c = compute(base(CONTRACTS), YEARS, flat(YEARS.length));
    // 2025 (Azure's first call): CoreWeave 4, Azure the other 96
    expectRel(c.byProvider.azure[0], 96 * B, 1e-12);
    expectRel(c.byProvider.coreweave[0], 4 * B, 1e-12);
    // 2026: contracts 25 + 4 + 5 = 34, residual 66: Azure 25 + 66 × 0.2 = 38.2, Stargate 66 × 0.3 = 19.8,
    // Google 66 × 0.1 = 6.6, own 66 × 0.4 = 26.4
    expectRel(c.byProvider.azure[1], 38.2 * B, 1e-12);
    expectRel(c.byProvider.stargate[1], 19.8 * B, 1e-12);
    expectRel(c.byProvider.google[1], 6.6 * B, 1e-12);
    expectRel(c.byProvider.ownCapacity[1], 26.4 * B, 1e-12);
    // 2033: no contract left, all 100 by the weights: Azure 20
    expectRel(c.byProvider.azure[8], 20 * B, 1e-12);
    expect(c.idle.every((x) => x === 0)).toBe(true);
  });

  it('equals the sum over all eight providers, each of them paid', () => {
    const v = base({ ...CONTRACTS, decShare: 0.2, decDiscount: 0.25 });
    const c = compute(v, YEARS, flat(YEARS.length));
    // 2027: contracts 25 + 40 + 4 + 5 = 74, residual 26, moved 26 × 0.2 = 5.2, flexible 20.8
    // Azure 25 + 20.8 × 0.2 = 29.16, Stargate 6.24, Google 2.08, own 8.32, decentralized 5.2 × 0.75 = 3.9
    // saving 5.2 × 0.25 = 1.3, total 100 − 1.3 = 98.7
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
    for (const p of PROVIDERS) expectRel(c.byProvider[p.id][2], expected[p.id]! * B, 1e-12);
    expectRel(c.decentralizedSaving[2], 1.3 * B, 1e-12);
    expectRel(c.total[2], 98.7 * B, 1e-12);
    for (let y = 0; y < YEARS.length; y++) {
      const sum = PROVIDERS.reduce((s, p) => s + c.byProvider[p.id][y]!, 0);
      expectRel(sum, c.total[y]!, 1e-12);
    }
  });

  it('sends all uncontracted compute to Azure through the last year of its first call', () => {
    const v = base({ rofrEndYear: 2028, azureWeight: 0, decShare: 0.3 });
    const c = compute(v, yearsThrough(2030), flat(6));
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
    const c = compute(v, [2025, 2026], flat(2));
    // 2026 (after Azure's first call): 100 / 4 = 25 each
    for (const id of ['azure', 'stargate', 'google', 'ownCapacity'] as const) {
      expectRel(c.byProvider[id][1], 25 * B, 1e-12);
    }
  });

  it('saves the discount on the compute moved to decentralized networks', () => {
    const v = base({ decShare: 0.5, decDiscount: 0.7 });
    const c = compute(v, [2025, 2026], flat(2));
    // 2026: moved 100 × 0.5 = 50; saving 50 × 0.7 = 35; decentralized 50 × 0.3 = 15; total 65
    expectRel(c.decentralizedSaving[1], 35 * B, 1e-12);
    expectRel(c.byProvider.decentralized[1], 15 * B, 1e-12);
    expectRel(c.total[1], 65 * B, 1e-12);
    expect(c.decentralizedSaving[0]).toBe(0); // 2025: Azure's first call
  });
});

describe('compute: take-or-pay contracts', () => {
  it('pays every contract in full when they exceed the need and reports the excess as idle', () => {
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
      decShare: 0.5,
    });
    const c = compute(v, [2025], [10 * B]);
    // need 10, contracted 400 + 300 + 60 + 40 = 800: each paid in full, 790 idle, nothing else paid
    expectRel(c.byProvider.azure[0], 400 * B, 1e-12);
    expectRel(c.byProvider.oracle[0], 300 * B, 1e-12);
    expectRel(c.byProvider.coreweave[0], 60 * B, 1e-12);
    expectRel(c.byProvider.aws[0], 40 * B, 1e-12);
    for (const id of ['stargate', 'google', 'ownCapacity', 'decentralized'] as const) {
      expect(c.byProvider[id][0]).toBe(0);
    }
    expect(c.decentralizedSaving[0]).toBe(0);
    expectRel(c.idle[0], 790 * B, 1e-12);
    expectRel(c.total[0], 800 * B, 1e-12); // need 10 + idle 790
  });

  it('leaves capacity idle only in the years the contracts exceed the need', () => {
    // Need 100 a year; Oracle $300B evenly over 2026–2027 (150 a year), AWS $20B in 2026
    const v = base({
      oracleValue: 300 * B,
      oracleStart: 2026,
      oracleYears: 2,
      awsValue: 20 * B,
      awsStart: 2026,
      awsYears: 1,
      decShare: 0.2,
    });
    const c = compute(v, yearsThrough(2028), flat(4));
    //             2025 2026 2027 2028
    const idle = [0, 70, 50, 0];
    const total = [100, 170, 150, 100 - 20 * 0.25]; // 2028: 20 moved to decentralized at a 25% saving
    const oracle = [0, 150, 150, 0];
    const stargate = [0, 0, 0, 80 * 0.3];
    idle.forEach((x, i) => expectRel(c.idle[i], x * B, 1e-12));
    total.forEach((x, i) => expectRel(c.total[i], x * B, 1e-12));
    oracle.forEach((x, i) => expectRel(c.byProvider.oracle[i], x * B, 1e-12));
    stargate.forEach((x, i) => expectRel(c.byProvider.stargate[i], x * B, 1e-12));
    expectRel(c.byProvider.aws[1], 20 * B, 1e-12);
    expectRel(c.byProvider.azure[0], 100 * B, 1e-12); // 2025: Azure's first call
    expectRel(c.byProvider.azure[1], 0, 1e-12);
  });
});

describe('compute: training', () => {
  it('follows its shape in share mode: up to the peak, down to 2030, then to the long-run share', () => {
    // shares 0.2 → 1.0 in 2027 → 0.4 in 2030 → 0.1 in 2035
    const v = base({
      trainingShareStart: 0.2,
      trainingSharePeak: 1,
      trainingPeakYear: 2027,
      trainingShareEnd: 0.4,
      trainingShareLongRun: 0.1,
      trainingLongRunYear: 2035,
    });
    const c = compute(v, yearsThrough(2037), flat(13));
    //              2025 2026 2027 2028 2029 2030 2031 2032 2033 2034 2035 2036 2037
    const shares = [0.2, 0.6, 1, 0.8, 0.6, 0.4, 0.34, 0.28, 0.22, 0.16, 0.1, 0.1, 0.1];
    shares.forEach((s, i) => expectRel(c.training[i], s * 100 * B, 1e-12));
  });

  it('rises all the way to 2030 when the peak is in 2030 (the end share plays no part in share mode)', () => {
    const v = base({
      trainingShareStart: 0.1,
      trainingSharePeak: 0.6,
      trainingPeakYear: 2030,
      trainingShareLongRun: 0.3,
      trainingLongRunYear: 2033,
    });
    const shares = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.5, 0.4, 0.3, 0.3];
    for (const end of [0, 0.42, 3]) {
      const c = compute({ ...v, trainingShareEnd: end }, yearsThrough(2034), flat(10));
      shares.forEach((s, i) => expectRel(c.training[i], s * 100 * B, 1e-12));
    }
  });

  describe('cumulative mode', () => {
    // Flat revenue 100, margin 0.5: inference 50 a year. Shape 0.2 → 0.6 in 2027 → 0.3 in 2030, flat after:
    // 20, 40, 60, 50, 40, 30, 30, … ($B). Long-run share 0.1 in 2035.
    const cumulative = (changes: Partial<ScenarioValues>) =>
      base({
        computeMode: 'cumulative',
        trainingShareStart: 0.2,
        trainingSharePeak: 0.6,
        trainingPeakYear: 2027,
        trainingShareEnd: 0.3,
        trainingShareLongRun: 0.1,
        trainingLongRunYear: 2035,
        ...changes,
      });

    // [target $B, its year, training from 2025 in $B]
    const cases: [string, number, number, number[]][] = [
      [
        // fixed = 6 × 50 + 20 (2025) = 320; scalable 40 + 60 + 50 + 40 + 30 = 220; k = (760 − 320) / 220 = 2;
        // then from the scaled share (0.6 in 2030, not above the shape's 0.6 peak) to 0.1 in 2035
        '$760B through 2030',
        760,
        2030,
        [20, 80, 120, 100, 80, 60, 50, 40, 30, 20, 10, 10],
      ],
      [
        // fixed = 4 × 50 + 20 = 220; scalable 40 + 60 + 50 = 150; k = 225 / 150 = 1.5; then from the scaled share
        // (0.75 in 2028) capped at the shape's 0.6 peak, to 0.1 in 2035: 0.5 / 7 a year
        '$445B through 2028',
        445,
        2028,
        [20, 60, 90, 75, ...[1, 2, 3, 4, 5, 6, 7, 8].map((t) => 60 - (50 * Math.min(t, 7)) / 7)],
      ],
      [
        // fixed = 8 × 50 + 20 = 420; scalable 220 + 30 + 30 = 280; k = 560 / 280 = 2; then from the scaled share
        // (0.6 in 2032) to 0.1 in 2035
        '$980B through 2032',
        980,
        2032,
        [20, 80, 120, 100, 80, 60, 60, 60, 60 - 50 / 3, 60 - 100 / 3, 10, 10],
      ],
      [
        // fixed 320 > 300: no training from 2026 through 2030 (the total overshoots); then from the scaled share
        // (0 in 2030) to 0.1: no jump
        '$300B through 2030 (less than inference alone)',
        300,
        2030,
        [20, 0, 0, 0, 0, 0, 2, 4, 6, 8, 10, 10],
      ],
    ];
    it.each(cases)('%s', (_, target, year, training) => {
      const c = compute(cumulative({ computeTarget: target * B, computeTargetYear: year }), YEARS, flat(21));
      training.forEach((t, i) => expectRel(c.training[i], t * B, 1e-12));
      const need = c.inference.map((x, i) => x + c.training[i]!);
      expectRel(sumOf(need.slice(0, year - 2025 + 1)), Math.max(target, 320 + 50 * (year - 2030)) * B, 1e-12);
    });

    it('spreads the gap in proportion to inference when the training shape is zero', () => {
      const v = cumulative({
        trainingShareStart: 0,
        trainingSharePeak: 0,
        trainingShareEnd: 0,
        computeTarget: 425 * B,
        computeTargetYear: 2030,
      });
      const c = compute(v, YEARS, flat(21));
      // fixed 300 (inference), gap 125 spread over 2026–2030 inference 250: training = 50 × 0.5 = 25;
      // then from the scaled share (0.25 in 2030) capped at the shape's peak (0) to 0.1 in 2035: 2031 0.02
      expect(c.training[0]).toBe(0);
      for (let i = 1; i <= 5; i++) expectRel(c.training[i], 25 * B, 1e-12);
      expectRel(c.training[6], 2 * B, 1e-12);
      expectRel(sumOf(c.total.slice(0, 6)), 425 * B, 1e-12);
    });

    it('reaches the long-run share the year after the total when its own year comes first', () => {
      const v = cumulative({ computeTarget: 1000 * B, computeTargetYear: 2035, trainingLongRunYear: 2031 });
      const c = compute(v, YEARS, flat(21));
      expectRel(c.training[11], 10 * B, 1e-12); // 2036
      expectRel(c.training[20], 10 * B, 1e-12); // 2045
    });

    it('keeps 2025 as history: its training is its own share of revenue, unscaled', () => {
      const v = cumulative({ computeTarget: 760 * B, computeTargetYear: 2030, trainingShareStart: 0.35 });
      const c = compute(v, YEARS, flat(21));
      expectRel(c.training[0], 35 * B, 1e-12);
      // the 2025 → 2027 line moves with the start: 2026 share (0.35 + 0.6) / 2 = 0.475
      // fixed = 335; scalable 47.5 + 60 + 50 + 40 + 30 = 227.5; k = 425 / 227.5
      expectRel(c.training[1], (47.5 * B * 425) / 227.5, 1e-12);
    });

    const targets: [number, number][] = [
      [600 * B, 2030],
      [450 * B, 2030],
      [300 * B, 2028],
      [1000 * B, 2032],
    ];
    it.each(targets)(
      'project(): need through the year is exactly %d through %i (Apr 2026 path)',
      (t, year) => {
        const p = project(scenario({ computeTarget: t, computeTargetYear: year }));
        const s = p.series;
        const need = s.inferenceCompute.map((x, i) => x + s.trainingCompute[i]!);
        expectRel(sumOf(need.slice(0, year - 2025 + 1)), t, 1e-12);
        // spend = need − decentralized saving + idle contracted capacity, year by year
        need.forEach((n, i) =>
          expectRel(s.computeSpend[i], n - s.decentralizedSaving[i]! + s.idleCompute[i]!, 1e-12),
        );
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
    const s = long.series;
    expectRel(sumOf(s.inferenceCompute.slice(0, 8)) + sumOf(s.trainingCompute.slice(0, 8)), 1000 * B);
  });

  it('spreads the target over inference when the training shape is vanishingly small (no NaN)', () => {
    const p = project(
      scenario({ trainingShareStart: 0, trainingSharePeak: 0, trainingShareEnd: 5e-324, decShare: 0 }),
    );
    for (const x of p.series.computeSpend) expect(Number.isFinite(x)).toBe(true);
    const s = p.series;
    expectRel(sumOf(s.inferenceCompute.slice(0, 6)) + sumOf(s.trainingCompute.slice(0, 6)), 600 * B);
    expect(s.trainingCompute[0]).toBe(0);
    // 2026–2030 training in proportion to inference
    for (let i = 2; i <= 5; i++) {
      expectRel(
        s.trainingCompute[i]! / s.inferenceCompute[i]!,
        s.trainingCompute[1]! / s.inferenceCompute[1]!,
      );
    }
  });
});
