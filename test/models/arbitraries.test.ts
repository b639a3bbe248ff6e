import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARAMS, scenarioValuesSchema } from '../../models/index.ts';
import { PRESET_IDS, scenarioArb } from './arbitraries.ts';

// The property tests are only as good as the scenarios they draw: every assumption, in range, edges included.
describe('scenarioArb', () => {
  const samples = fc.sample(scenarioArb(), { numRuns: 2000, seed: 20260427 });

  it('draws valid scenarios holding every current assumption and nothing else', () => {
    const ids = PARAMS.map((p) => p.id).sort();
    for (const { preset, values } of samples) {
      expect(PRESET_IDS).toContain(preset);
      expect(Object.keys(values).sort()).toEqual(ids);
      expect(scenarioValuesSchema.safeParse(values).success).toBe(true);
    }
  });

  it.each(PARAMS.map((p) => [p.id, p] as const))('reaches every edge of %s', (_, p) => {
    const seen = samples.map((s) => s.values[p.id as keyof typeof s.values]);
    if (p.kind === 'number') {
      expect(seen).toContain(p.min);
      expect(seen).toContain(p.max);
      expect(seen.some((x) => x !== p.min && x !== p.max)).toBe(true);
    } else if (p.kind === 'choice') {
      for (const o of p.options) expect(seen).toContain(o.value);
    } else {
      expect(seen).toContain(true);
      expect(seen).toContain(false);
    }
  });
});
