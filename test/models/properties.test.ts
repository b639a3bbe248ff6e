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
        expect(decoded.version).toBe(1);
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
