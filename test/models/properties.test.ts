import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeScenario,
  encodeScenario,
  MAX_LINK_LENGTH,
  findPreset,
  PARAMS,
  project,
  PROVIDERS,
  scenarioValuesSchema,
  type LinkProblemKind,
} from '../../models/index.ts';
import { PRESET_IDS, paramValue, scenarioArb } from './arbitraries.ts';

const RUNS = 2000;
/** Each property takes well under a second alone; a full parallel run on a busy machine can take several. */
const PROPERTY_TIMEOUT = 30_000;
const PROBLEM_KINDS = new Set<LinkProblemKind>([
  'unknown-key',
  'unparsable',
  'out-of-range',
  'unknown-preset',
  'duplicate',
  'too-long',
  'unknown-version',
  'migrated',
  'too-many',
  'stray-question-mark',
  'fragment',
  'nested-link',
]);

/** A cheap assertion for hot loops (expect() per element would make thousands of runs slow). */
function check(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}

// Any valid value, subnormal doubles included: they once overflowed the cumulative-mode scaling factor and the
// multiple on investment to Infinity.
const VALID = scenarioArb();

describe('project over random valid scenarios', { timeout: PROPERTY_TIMEOUT }, () => {
  it('produces only finite numbers', () => {
    fc.assert(
      fc.property(VALID, ({ values }) => {
        const p = project(values);
        check(p.years.length === values.horizonEnd - 2025 + 1, () => 'years');
        for (const [id, series] of Object.entries(p.series)) {
          const all = Array.isArray(series) ? [series] : Object.values(series as Record<string, number[]>);
          for (const s of all) {
            check(s.length === p.years.length, () => `${id} has ${s.length} values`);
            for (const x of s) check(Number.isFinite(x), () => `${id} has ${x}`);
          }
        }
        for (const [id, x] of Object.entries(p.kpis)) {
          check(x === null || Number.isFinite(x), () => `kpi ${id} is ${x}`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('pays a revenue share between 0 and revenue × rate, never more than the cap in total', () => {
    fc.assert(
      fc.property(VALID, ({ values }) => {
        const { series } = project(values);
        let total = 0;
        series.revenueSharePaid.forEach((paid, i) => {
          const owed = series.openaiRevenue[i]! * series.revenueShareRate[i]!;
          check(paid >= 0, () => `paid ${paid} < 0 in ${2025 + i}`);
          check(paid <= owed * (1 + 1e-12), () => `paid ${paid} > owed ${owed} in ${2025 + i}`);
          total += paid;
        });
        if (values.shareCapOn) {
          check(
            total <= values.shareCap * (1 + 1e-12),
            () => `paid ${total} in total, cap ${values.shareCap}`,
          );
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('splits compute spend over the providers without losing any', () => {
    fc.assert(
      fc.property(VALID, ({ values }) => {
        const { series } = project(values);
        series.computeSpend.forEach((total, i) => {
          let sum = 0;
          for (const p of PROVIDERS) {
            const x = series.computeByProvider[p.id][i]!;
            check(x >= 0, () => `${p.id} ${x} < 0 in ${2025 + i}`);
            sum += x;
          }
          check(
            Math.abs(sum - total) <= 1e-9 * Math.abs(total),
            () => `providers sum to ${sum}, compute spend ${total} in ${2025 + i}`,
          );
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('never pays less through 2030 when the end rate of the share is raised', () => {
    const shareEnd = PARAMS.find((p) => p.id === 'shareEnd')!;
    fc.assert(
      fc.property(VALID, paramValue(shareEnd), paramValue(shareEnd), ({ values }, a, b) => {
        const [low, high] = [Math.min(a as number, b as number), Math.max(a as number, b as number)];
        const paidLow = project({ ...values, shareEnd: low }).kpis.revenueSharePaidThrough2030;
        const paidHigh = project({ ...values, shareEnd: high }).kpis.revenueSharePaidThrough2030;
        // the cap is applied by subtraction, so equal totals may differ in the last bits
        check(paidHigh >= paidLow * (1 - 1e-12), () => `${low} → ${paidLow}, ${high} → ${paidHigh}`);
      }),
      { numRuns: RUNS },
    );
  });
});

const rel = (a: number, b: number, tol = 1e-9) =>
  Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));

describe('balance checks over random valid scenarios', { timeout: PROPERTY_TIMEOUT }, () => {
  it('pays what compute costs: need − decentralized saving + idle capacity, and every contract in full', () => {
    fc.assert(
      fc.property(VALID, ({ values }) => {
        const { series: s, contracts } = project({ ...values, horizonEnd: 2040 });
        s.computeSpend.forEach((spend, i) => {
          const parts =
            s.inferenceCompute[i]! + s.trainingCompute[i]! - s.decentralizedSaving[i]! + s.idleCompute[i]!;
          check(rel(spend, parts), () => `spend ${spend} ≠ ${parts} in ${2025 + i}`);
          check(s.idleCompute[i]! >= 0, () => `idle ${s.idleCompute[i]} in ${2025 + i}`);
        });
        // Every term ends by 2044, so every contract is paid in full within the modelled years.
        const full = {
          azure: values.azureCommit,
          oracle: values.oracleValue,
          coreweave: values.coreweaveValue,
          aws: values.awsValue + values.awsExpansionValue,
        };
        for (const [id, value] of Object.entries(full)) {
          const paid = contracts[id as keyof typeof full];
          check(rel(paid, value), () => `${id} paid ${paid} of ${value}`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('sums Microsoft’s ledger into its headline and splits OpenAI’s equity among its holders', () => {
    fc.assert(
      fc.property(VALID, ({ values }) => {
        const { kpis, ledger, series: s } = project(values);
        const m = ledger.microsoft;
        const sum =
          m.stake + m.revenueShare + m.azureOpenAIMargin + m.azureOpenAIShare + m.profitShare2019 + m.hosting;
        check(sum === kpis.msftTotalValueNpv, () => `parts ${sum} ≠ total ${kpis.msftTotalValueNpv}`);
        s.openaiValuation.forEach((v, i) => {
          const holders = s.msftStakeValue[i]! + s.foundationStakeValue[i]! + s.othersStakeValue[i]!;
          check(rel(holders, v), () => `holders ${holders} ≠ value ${v} in ${2025 + i}`);
          check(v >= 0, () => `value ${v} < 0`);
          const stakes = s.msftStake[i]! + s.foundationStake[i]!;
          check(stakes >= 0 && stakes <= 1 + 1e-12, () => `stakes ${stakes} in ${2025 + i}`);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('books each transfer once: what one side pays is what the other receives', () => {
    fc.assert(
      // With one rate for all contracted cash (and hosting's uncontracted part), hosting is exactly the Azure
      // transfer × margin × (1 − tax).
      fc.property(VALID, ({ values: drawn }) => {
        const values = { ...drawn, costOfEquity: 0.1, discountRate: 0.1 };
        const p = project(values);
        const t = Object.fromEntries(p.transfers.map((x) => [x.id, x]));
        const afterTax = 1 - values.taxRate;
        check(
          rel(-p.ledger.openai.revenueSharePaid, t.revenueShare!.presentValue),
          () => 'revenue share, OpenAI side',
        );
        check(rel(p.kpis.openaiRevenueSharePaidNpv, t.revenueShare!.presentValue), () => 'revenue share kpi');
        check(
          rel(p.ledger.microsoft.revenueShare, t.revenueShare!.presentValue * afterTax),
          () => 'revenue share, Microsoft side',
        );
        check(
          rel(p.ledger.openai.azureOpenAIShareReceived, t.azureOpenAIShare!.presentValue),
          () => 'Azure OpenAI, OpenAI side',
        );
        check(
          rel(-p.ledger.microsoft.azureOpenAIShare, t.azureOpenAIShare!.presentValue * afterTax),
          () => 'Azure OpenAI, Microsoft side',
        );
        check(
          rel(p.ledger.microsoft.hosting, t.azureCompute!.presentValue * values.hostingOpMargin * afterTax),
          () => 'hosting',
        );
        const shown = p.series.revenueSharePaid.reduce((a, b) => a + b, 0);
        check(rel(t.revenueShare!.nominalShown, shown), () => 'nominal revenue share');
      }),
      { numRuns: RUNS },
    );
  });

  it('does not let the horizon move any value when no cash is held', () => {
    fc.assert(
      fc.property(VALID, fc.integer({ min: 2030, max: 2040 }), ({ values }, horizon) => {
        const v = { ...values, round2026Raised: 0 };
        const a = project({ ...v, horizonEnd: 2030 });
        const b = project({ ...v, horizonEnd: horizon });
        // Raises at the equity's own value and payouts of all cash keep the stake's value path-independent.
        // Cash held for later losses earns nothing while it waits, which the horizon does see: skip those.
        const held = (p: typeof a) => p.series.openaiCash.some((x) => x > 0);
        if (a.series.openaiValuation.some((x) => x <= 0) || held(a) || held(b)) return;
        check(
          rel(a.kpis.msftTotalValueNpv, b.kpis.msftTotalValueNpv, 1e-9),
          () => `2030: ${a.kpis.msftTotalValueNpv}, ${horizon}: ${b.kpis.msftTotalValueNpv}`,
        );
        // …equal to the stake's share of the equity at the end of 2025 plus 2025's payout.
        const start =
          a.series.msftStake[0]! * (a.series.openaiValuation[0]! + a.series.openaiDistributions[0]!);
        check(
          rel(a.kpis.msftStakeValueNpv, start, 1e-9),
          () => `stake ${a.kpis.msftStakeValueNpv} ≠ ${start}`,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('never values OpenAI higher when the uncapped revenue share is raised', () => {
    const start = PARAMS.find((p) => p.id === 'shareStart')!;
    fc.assert(
      fc.property(VALID, paramValue(start), paramValue(start), ({ values }, a, b) => {
        const [low, high] = [Math.min(a as number, b as number), Math.max(a as number, b as number)];
        const v = { ...values, shareShape: 'flat' as const, shareCapOn: false };
        // The value before any payment (at the start of 2025): a later year-end value would gain from the tax
        // losses that earlier, larger payments leave behind.
        // A worthless equity is floored at zero (limited liability): compare only positive values.
        const atStart = (x: number) => {
          const s = project({ ...v, shareStart: x }).series;
          return s.openaiValuation[0]! > 0
            ? s.openaiValuation[0]! - s.openaiCash[0]! + s.openaiFreeCashFlow[0]!
            : null;
        };
        const vLow = atStart(low);
        const vHigh = atStart(high);
        if (vLow === null || vHigh === null) return;
        check(vHigh <= vLow + 1e-12 * Math.abs(vLow) + 1e-3, () => `${low} → ${vLow}, ${high} → ${vHigh}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('dilutes Microsoft more when OpenAI burns more', () => {
    const opex = PARAMS.find((p) => p.id === 'opexShare')!;
    fc.assert(
      fc.property(VALID, paramValue(opex), paramValue(opex), ({ values }, a, b) => {
        const [low, high] = [Math.min(a as number, b as number), Math.max(a as number, b as number)];
        const v = { ...values, equityMode: 'stake' as const, horizonEnd: 2040 };
        const sLow = project({ ...v, opexShare: low }).series.msftStake;
        const sHigh = project({ ...v, opexShare: high }).series.msftStake;
        sHigh.forEach((s, i) =>
          check(s <= sLow[i]! * (1 + 1e-12), () => `opex ${low}: ${sLow[i]}, ${high}: ${s} in ${2025 + i}`),
        );
      }),
      { numRuns: RUNS },
    );
  });
});

describe('link codec over random valid scenarios', { timeout: PROPERTY_TIMEOUT }, () => {
  it('decodes exactly what it encodes', () => {
    // Half-year half-lives and the tiniest doubles included: both once failed to round-trip. A scenario of many
    // subnormal doubles writes a link over MAX_LINK_LENGTH: it still decodes exactly, with a "too long" notice.
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const link = `?${encodeScenario(s).toString()}`;
        const decoded = decodeScenario(link);
        const expected = link.length > MAX_LINK_LENGTH ? ['too-long'] : [];
        expect(decoded.problems.map((p) => p.kind)).toEqual(expected);
        expect(decoded.version).toBe(2);
        expect(decoded.scenario).toEqual(s);
      }),
      { numRuns: RUNS },
    );
  });

  const expectValid = (input: string | URLSearchParams) => {
    const d = decodeScenario(input);
    const parsed = scenarioValuesSchema.safeParse(d.scenario.values);
    check(parsed.success, () => `invalid values from ${String(input)}: ${parsed.error?.message}`);
    check(findPreset(d.scenario.preset) !== undefined, () => `unknown preset ${d.scenario.preset}`);
    for (const p of d.problems) {
      check(PROBLEM_KINDS.has(p.kind), () => `unknown problem kind ${p.kind}`);
      // a sentence, with quoted input clipped so a hostile link cannot flood the notice
      check(p.message.length > 0 && p.message.length < 400, () => `message: ${p.message}`);
    }
  };

  it('never throws on random strings and always returns valid values', () => {
    const long = fc
      .tuple(
        fc.string({ maxLength: 100 }),
        fc.constantFrom('a', '&x=1', '=', '&shareEnd=10', '&shareEnd=abc'),
        fc.integer({ min: 3500, max: 4500 }),
      )
      .map(([head, unit, n]) => head + unit.repeat(Math.ceil(n / unit.length)));
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({
        unit: fc.constantFrom('?', '&', '=', '#', '%', '.', '-', '1', 'e', 'v', 'a'),
        maxLength: 300,
      }),
      long,
    );
    fc.assert(
      fc.property(text, (s) => {
        expectValid(s);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on random settings and always returns valid values', () => {
    const key = fc.oneof(
      fc.constantFrom(...PARAMS.map((p) => p.id)),
      fc.constantFrom('preset', 'v', '__proto__', 'constructor', 'toString', ''),
      fc.string({ maxLength: 12 }),
    );
    const value = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.double().map(String),
      fc.integer({ min: -5000, max: 5000 }).map(String),
      fc.double({ min: -1e4, max: 1e4, noNaN: true }).map((x) => x.toFixed(3)),
      fc.constantFrom(
        ...PRESET_IDS,
        'true',
        'false',
        'yes',
        'flat',
        'linear',
        'stake',
        '1',
        '2',
        '',
        '-0',
        '.5',
        '5.',
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 30 }), (entries) => {
        const params = new URLSearchParams(entries);
        expectValid(params);
        expectValid(`https://example.org/?${params.toString()}`);
      }),
      { numRuns: RUNS },
    );
  });
});
