import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { B, expectRel } from './support.ts';
import {
  findPreset,
  LATEST_PRESET_ID,
  PARAM_BY_ID,
  PRESETS,
  presetValues,
  project,
  scenarioShape,
  type Projection,
  scenarioValuesSchema,
} from '../../models/index.ts';

/**
 * Every published preset's resolved values, written once from the presets as they were published. A link stores
 * only the differences from its preset, so a preset that changes meaning silently changes every link built on it.
 */
const GOLDEN = JSON.parse(
  readFileSync(new URL('../fixtures/presets.golden.json', import.meta.url), 'utf8'),
) as Record<string, Record<string, unknown>>;

const NEVER_CHANGE =
  'Published presets must never change meaning: links store only the differences from their preset. ' +
  'To publish new facts or a new vintage, add a new preset with a new id (and add it to ' +
  'test/fixtures/presets.golden.json) instead of editing this one.';

describe('PRESETS', () => {
  it('have unique kebab-case ids', () => {
    const ids = PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('include the latest terms, a deal version', () => {
    expect(findPreset(LATEST_PRESET_ID)?.kind).toBe('version');
  });

  describe.each(PRESETS.map((p) => [p.id, p] as const))('%s', (_, preset) => {
    it('has a name, a description of at least 100 characters and a source', () => {
      expect(preset.name.trim()).not.toBe('');
      expect(preset.description.length).toBeGreaterThanOrEqual(100);
      expect(preset.sources.length).toBeGreaterThanOrEqual(1);
      for (const s of preset.sources) expect(s.trim()).not.toBe('');
    });

    it('overrides only known assumptions, each with a valid value', () => {
      for (const [id, value] of Object.entries(preset.overrides)) {
        expect(PARAM_BY_ID.has(id), `unknown assumption "${id}"`).toBe(true);
        const field = scenarioShape[id as keyof typeof scenarioShape];
        expect(field.safeParse(value).success, `${id} = ${String(value)}`).toBe(true);
      }
    });

    it('resolves to valid values', () => {
      expect(() => scenarioValuesSchema.parse(presetValues(preset.id))).not.toThrow();
    });

    it('resolves to the values it was published with', () => {
      expect(
        GOLDEN[preset.id],
        `${preset.id} is missing from presets.golden.json: add it once`,
      ).toBeDefined();
      expect(presetValues(preset.id), NEVER_CHANGE).toEqual(GOLDEN[preset.id]);
    });
  });

  it('keep every published preset', () => {
    for (const id of Object.keys(GOLDEN)) {
      expect(findPreset(id), `${id} was published and must not be removed. ${NEVER_CHANGE}`).toBeDefined();
    }
  });
});

/** Each preset's description states numbers; each is checked against the preset's values or projection. */
describe('preset descriptions keep their numbers', () => {
  const run = (id: string) => {
    const v = presetValues(id);
    return { v, p: project(v) };
  };
  const at = (year: number) => year - 2025;
  const need = (p: Projection, through: number) =>
    p.years.reduce(
      (t, y, i) => (y <= through ? t + p.series.inferenceCompute[i]! + p.series.trainingCompute[i]! : t),
      0,
    );

  it('amended-2026: 20% through 2030 capped at $38B; $30B, $100B, $280B of revenue; $600B of compute; 27% diluted to ~23% by $122B at $852B; $13B invested', () => {
    const { v, p } = run('amended-2026');
    expect(v.shareStart).toBe(0.2);
    expect(v.shareLastYear).toBe(2030);
    expect(v.agiClause).toBe(false);
    expectRel(p.kpis.revenueSharePaidThrough2030, 38 * B);
    expect(v.azureShareRate).toBe(0);
    expect([v.rev2026, v.rev2028, v.rev2030]).toEqual([30 * B, 100 * B, 280 * B]);
    expectRel(need(p, 2030), 600 * B);
    expect(v.awsExpansionValue).toBe(100 * B);
    expect(v.msftStake).toBe(0.27);
    expect(p.series.msftStake[at(2026)]).toBeCloseTo(0.23, 2);
    expect([v.round2026Raised, v.valuation2026]).toEqual([122 * B, 852 * B]);
    expect(p.kpis.msftInvested).toBe(13 * B);
  });

  it('recap-2025: ~27%, $250B of Azure, 20% until AGI, ~20% of Azure OpenAI revenue, $200B in 2030, $450B of compute, no AWS, no 2026 round', () => {
    const { v, p } = run('recap-2025');
    expect(v.msftStake).toBe(0.27);
    expect(v.azureCommit).toBe(250 * B);
    expect([v.shareStart, v.shareShape, v.shareCapOn, v.agiClause]).toEqual([0.2, 'flat', false, true]);
    expect(v.agiYear).toBeGreaterThan(v.horizonEnd);
    expect(v.azureShareRate).toBe(0.2);
    expect(v.rev2030).toBe(200 * B);
    expectRel(need(p, 2030), 450 * B);
    expect(v.awsValue + v.awsExpansionValue).toBe(0);
    expect(v.round2026Raised).toBe(0);
  });

  it('seeds-2025: 20% to 8% by 2030, ~$450B of compute, Oracle $300B over five years, CoreWeave $22.4B, $13.75B, ~$150B stake, $60B break-even', () => {
    const { v, p } = run('seeds-2025');
    expect(p.series.revenueShareRate[at(2025)]).toBe(0.2);
    expect(p.series.revenueShareRate[at(2030)]).toBeCloseTo(0.08, 12);
    expectRel(need(p, 2030), 450 * B);
    expect([v.oracleValue, v.oracleYears, v.coreweaveValue]).toEqual([300 * B, 5, 22.4 * B]);
    expectRel(p.kpis.msftInvested, 13.75 * B);
    expectRel(p.kpis.msftStakeValueAtMark, 150 * B);
    expectRel(p.kpis.openaiBreakEvenRevenue, 60 * B, 0.15);
  });

  it('original-2019: $1B, Azure exclusive, 75% until recouped then 49%, capped at 100×, no revenue share', () => {
    const { v, p } = run('original-2019');
    expect(p.kpis.msftInvested).toBe(1 * B);
    expect(p.series.azureRevenueFromOpenAI).toEqual(p.series.computeSpend);
    expect([v.equityMode, v.legacyShareBefore, v.legacyShareAfter, v.legacyCapMultiple]).toEqual([
      'profitShare',
      0.75,
      0.49,
      100,
    ]);
    expect(p.kpis.revenueSharePaidThrough2030).toBe(0);
  });

  it('agi-early: the Oct 2025 terms with AGI verified in 2028', () => {
    const { v, p } = run('agi-early');
    expect(v.agiYear).toBe(2028);
    expect(p.series.revenueShareRate[at(2027)]).toBe(0.2);
    expect(p.series.revenueShareRate[at(2028)]).toBe(0);
  });

  it('bubble: $100B in 2030 and 3% a year after, $400B of compute, 16% cost of equity, idle capacity', () => {
    const { v, p } = run('bubble');
    expect(p.series.openaiRevenue[at(2030)]).toBe(100 * B);
    for (let y = 2031; y <= v.horizonEnd; y++) {
      expectRel(p.series.openaiRevenue[at(y)]! / p.series.openaiRevenue[at(y - 1)]!, 1.03, 1e-12);
    }
    expectRel(need(p, 2030), 400 * B);
    expect(v.costOfEquity).toBe(0.16);
    expect(p.kpis.idleComputeTotal).toBeGreaterThan(0);
  });

  it('stake-30: 30% instead of ~27%', () => {
    expect(run('stake-30').v.msftStake).toBe(0.3);
  });

  it('decentralized: a fifth of uncontracted compute at a 25% saving', () => {
    const { v } = run('decentralized');
    expect([v.decShare, v.decDiscount]).toEqual([0.2, 0.25]);
  });
});

describe('presetValues', () => {
  it('applies the overrides on top of the defaults', () => {
    const seeds = presetValues('seeds-2025');
    expect(seeds.shareEnd).toBe(0.08); // override
    expect(seeds.rev2025).toBe(13e9); // default
    expect(presetValues('stake-30').msftStake).toBe(0.3);
  });

  it('returns a fresh object each time', () => {
    const a = presetValues('bubble');
    a.shareEnd = 0;
    expect(presetValues('bubble').shareEnd).toBe(0.2);
  });

  it('throws for an unknown id', () => {
    expect(() => presetValues('nope')).toThrow(/unknown preset "nope"/);
    expect(findPreset('nope')).toBeUndefined();
  });
});
