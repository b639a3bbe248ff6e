import fc from 'fast-check';
import {
  belowMoneyFloor,
  isWholeNumberParam,
  PARAMS,
  PRESETS,
  presetValues,
  type ParamMeta,
  type ScenarioValues,
} from '../../models/index.ts';

export const PRESET_IDS = PRESETS.map((p) => p.id);

/** A value on the slider grid, written as a short decimal (min + k × step without floating-point noise). */
function onGrid(p: Extract<ParamMeta, { kind: 'number' }>): fc.Arbitrary<number> {
  const steps = Math.floor((p.max - p.min) / p.step + 1e-9);
  return fc
    .integer({ min: 0, max: steps })
    .map((k) => Math.min(p.max, Math.max(p.min, Number((p.min + k * p.step).toPrecision(12)))));
}

/** Any valid value of one assumption, built from its metadata. */
export function paramValue(p: ParamMeta): fc.Arbitrary<number | string | boolean> {
  if (p.kind === 'flag') return fc.boolean();
  if (p.kind === 'choice') return fc.constantFrom(...p.options.map((o) => o.value));
  if (isWholeNumberParam(p)) return fc.integer({ min: Math.ceil(p.min), max: Math.floor(p.max) });
  // never −0; money below the floor ($1M) is read as zero by links and number fields, so it is never a value
  const anyDouble = fc
    .double({ min: p.min, max: p.max, noNaN: true })
    .map((x) => (x === 0 || belowMoneyFloor(p.unit, x) ? 0 : x));
  return fc.oneof(onGrid(p), anyDouble, fc.constantFrom(p.min, p.max, p.default));
}

function record(): { [id: string]: fc.Arbitrary<number | string | boolean> } {
  return Object.fromEntries(PARAMS.map((p) => [p.id, paramValue(p)]));
}

/**
 * A random valid scenario: either every value drawn at random, or a preset with a few values changed (what links
 * usually hold). `preset` is drawn independently of the values.
 */
export function scenarioArb(): fc.Arbitrary<{ preset: string; values: ScenarioValues }> {
  const shape = record();
  const anyValues = fc.record(shape) as unknown as fc.Arbitrary<ScenarioValues>;
  const presetPlusChanges = fc
    .tuple(fc.constantFrom(...PRESET_IDS), fc.record(shape, { requiredKeys: [] }))
    .map(([id, changes]) => ({ ...presetValues(id), ...changes }) as ScenarioValues);
  const values = fc.oneof(anyValues, presetPlusChanges);
  return fc.record({ preset: fc.constantFrom(...PRESET_IDS), values });
}
