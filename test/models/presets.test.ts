import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  findPreset,
  LATEST_PRESET_ID,
  PARAM_BY_ID,
  PRESETS,
  presetValues,
  scenarioShape,
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
