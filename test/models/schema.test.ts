import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VALUES,
  GROUPS,
  PARAMS,
  PRESETS,
  presetValues,
  scenarioShape,
  scenarioValuesSchema,
  UNITS,
} from '../../models/index.ts';

const numbers = PARAMS.filter((p) => p.kind === 'number');

describe('PARAMS', () => {
  it('has one entry per schema field, in schema order', () => {
    expect(PARAMS.map((p) => p.id)).toEqual(Object.keys(scenarioShape));
  });

  it('has unique ids and unique labels', () => {
    expect(new Set(PARAMS.map((p) => p.id)).size).toBe(PARAMS.length);
    expect(new Set(PARAMS.map((p) => p.label)).size).toBe(PARAMS.length);
  });

  it('has ids usable in links unescaped', () => {
    for (const p of PARAMS) {
      expect(p.id).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(['preset', 'v']).not.toContain(p.id);
    }
  });

  describe.each(PARAMS.map((p) => [p.id, p] as const))('%s', (_, p) => {
    it('has a label, a description and a quoted source', () => {
      expect(p.label.trim()).not.toBe('');
      expect(p.description.trim()).not.toBe('');
      expect(p.source.cites.length > 0 || p.source.confidence === 'Assumption').toBe(true);
      expect(p.source.quote.trim()).not.toBe('');
      expect(GROUPS.map((g) => g.id)).toContain(p.group);
    });

    if (p.applies) {
      const applies = p.applies;
      it('says when it applies ("Applies when …") and tests it on every preset’s values with a boolean', () => {
        expect(applies.reason).toMatch(/^Applies when \S/);
        // The page and the command line add the full stop.
        expect(applies.reason).not.toMatch(/[.\s]$/);
        expect(typeof applies.test).toBe('function');
        for (const preset of PRESETS)
          expect(typeof applies.test(presetValues(preset.id)), preset.id).toBe('boolean');
      });
    }
  });
});

describe.each(numbers.map((p) => [p.id, p] as const))('numeric assumption %s', (id, p) => {
  const field = scenarioShape[id as keyof typeof scenarioShape];

  it('has min < max, a positive step, a default in range and a known unit', () => {
    expect(p.min).toBeLessThan(p.max);
    expect(p.step).toBeGreaterThan(0);
    expect(p.step).toBeLessThanOrEqual(p.max - p.min);
    expect(p.default).toBeGreaterThanOrEqual(p.min);
    expect(p.default).toBeLessThanOrEqual(p.max);
    expect(Object.keys(UNITS)).toContain(p.unit);
  });

  it('accepts min, max and the default and rejects values outside the range', () => {
    expect(field.safeParse(p.min).success).toBe(true);
    expect(field.safeParse(p.max).success).toBe(true);
    expect(field.safeParse(p.default).success).toBe(true);
    expect(field.safeParse(p.min - p.step).success).toBe(false);
    expect(field.safeParse(p.max + p.step).success).toBe(false);
    expect(field.safeParse(Number.NaN).success).toBe(false);
    expect(field.safeParse(String(p.default)).success).toBe(false);
  });

  if (p.unit === 'year') {
    it('accepts whole years only', () => {
      expect(Number.isInteger(p.min) && Number.isInteger(p.max) && Number.isInteger(p.default)).toBe(true);
      expect(field.safeParse(p.min + 0.5).success).toBe(false);
    });
  }
});

describe('choices and flags', () => {
  it.each(PARAMS.filter((p) => p.kind === 'choice').map((p) => [p.id, p] as const))(
    '%s has unique options and a default among them',
    (_, p) => {
      if (p.kind !== 'choice') throw new Error('unreachable');
      const values = p.options.map((o) => o.value);
      expect(values.length).toBeGreaterThanOrEqual(2);
      expect(new Set(values).size).toBe(values.length);
      expect(values).toContain(p.default);
      for (const o of p.options) expect(o.label.trim()).not.toBe('');
    },
  );

  it.each(PARAMS.filter((p) => p.kind === 'flag').map((p) => [p.id, p] as const))(
    '%s has a boolean default',
    (_, p) => {
      expect(typeof p.default).toBe('boolean');
    },
  );
});

describe('DEFAULT_VALUES', () => {
  it('parses with the scenario schema', () => {
    expect(scenarioValuesSchema.parse(DEFAULT_VALUES)).toEqual(DEFAULT_VALUES);
  });

  it('holds each assumption’s default', () => {
    for (const p of PARAMS) expect(DEFAULT_VALUES[p.id as keyof typeof DEFAULT_VALUES]).toBe(p.default);
  });
});

describe('scenarioValuesSchema', () => {
  it('rejects unknown keys and missing ones', () => {
    expect(scenarioValuesSchema.safeParse({ ...DEFAULT_VALUES, capUsd: 38 }).success).toBe(false);
    const { shareEnd: _, ...missing } = DEFAULT_VALUES;
    expect(scenarioValuesSchema.safeParse(missing).success).toBe(false);
  });
});
