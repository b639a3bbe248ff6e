// Typed numbers and links never put NaN or ±Infinity into a scenario (issue #8: "1e21" in a $B field once built
// the string "1e+21e9", NaN passed the range check and the link read `shareCap=.NaN`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeScenario,
  encodeScenario,
  formatParamValue,
  PARAMS,
  presetValues,
  readNumberField,
  type NumberMeta,
  type ScenarioValues,
} from '../../models/index.ts';
import { PRESET_IDS } from './arbitraries.ts';

const NUMBER_PARAMS = PARAMS.filter((p): p is NumberMeta => p.kind === 'number');
const param = (id: string) => NUMBER_PARAMS.find((p) => p.id === id)!;
const rangeOf = (p: NumberMeta) => `Enter ${formatParamValue(p, p.min)} to ${formatParamValue(p, p.max)}.`;

describe('readNumberField', () => {
  it('reads the issue’s inputs exactly or refuses them with the range, never NaN', () => {
    const cap = param('shareCap');
    const start = param('shareStart');
    // Any money assumption that starts at $0 (the schema's list changes; the rule does not).
    const money = NUMBER_PARAMS.find((p) => p.unit === 'usd' && p.min === 0)!;
    expect(readNumberField(cap, '1e21')).toEqual({ error: rangeOf(cap) });
    expect(readNumberField(cap, '12345678901234567890123')).toEqual({ error: rangeOf(cap) });
    expect(readNumberField(start, '0.0000001')).toEqual({ value: 1e-9 });
    expect(readNumberField(start, '1e-7')).toEqual({ value: 1e-9 });
    // $100 is exact but below the $1M floor: refused rather than read, so no ratio runs away.
    expect(readNumberField(money, '1e-7')).toEqual({ error: 'Enter $0 or at least $0.001B.' });
    expect(readNumberField(money, '1e-3')).toEqual({ value: 1e6 });
    expect(readNumberField(money, '1e-400')).toEqual({ error: rangeOf(money) });
    expect(readNumberField(cap, '1e400')).toEqual({ error: rangeOf(cap) });
    expect(readNumberField(cap, '1e-400')).toEqual({ error: rangeOf(cap) });
    expect(readNumberField(cap, '1e99999999999999999999')).toEqual({ error: rangeOf(cap) });
  });

  it('reads decimals exactly, in display units', () => {
    const money = NUMBER_PARAMS.find((p) => p.unit === 'usd' && p.min === 0)!;
    expect(readNumberField(param('shareEnd'), '7')).toEqual({ value: 0.07 }); // not 0.07000000000000001
    expect(readNumberField(param('shareCap'), '22.4')).toEqual({ value: 22.4e9 });
    expect(readNumberField(money, ' .25 ')).toEqual({ value: 0.25e9 });
    const zero = readNumberField(money, '-0') as { value: number };
    expect(Object.is(zero.value, 0)).toBe(true); // no negative zero
  });

  it('refuses what is not a number, or not whole where a whole number is needed', () => {
    for (const text of [
      '',
      ' ',
      'abc',
      '1e',
      'e5',
      '--1',
      '1.2.3',
      'NaN',
      'Infinity',
      '-Infinity',
      '0x10',
      '1_000',
    ])
      expect(readNumberField(param('shareCap'), text), JSON.stringify(text)).toEqual({
        error: 'Enter a number.',
      });
    expect(readNumberField(param('shareLastYear'), '2030.5')).toEqual({ error: 'Enter a whole number.' });
  });
});

describe('no typed text and no link yields a non-finite value', () => {
  const numberish = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.string({ unit: fc.constantFrom('0', '1', '9', '.', 'e', 'E', '-', '+', ' '), maxLength: 30 }),
    fc.double().map(String),
    fc.double().map((x) => x.toExponential()),
    fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
    fc.constantFrom('1e21', '0.0000001', '12345678901234567890123', 'NaN', 'Infinity', '1e308', '5e-324'),
  );
  const finiteValues = (values: ScenarioValues) =>
    NUMBER_PARAMS.every((p) => Number.isFinite(values[p.id as keyof ScenarioValues]));

  it('a typed value is finite, in range, and survives the link both ways', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESET_IDS),
        fc.constantFrom(...NUMBER_PARAMS),
        numberish,
        (preset, p, text) => {
          const reading = readNumberField(p, text);
          if ('error' in reading) return;
          expect(Number.isFinite(reading.value)).toBe(true);
          expect(reading.value).toBeGreaterThanOrEqual(p.min);
          expect(reading.value).toBeLessThanOrEqual(p.max);
          const scenario = {
            preset,
            values: { ...presetValues(preset), [p.id]: reading.value } as ScenarioValues,
          };
          const link = encodeScenario(scenario).toString();
          expect(link).not.toMatch(/NaN|Infinity|\d[eE]/);
          const decoded = decodeScenario(link);
          expect(finiteValues(decoded.scenario.values)).toBe(true);
          expect(decoded.scenario).toEqual(scenario);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('a link with any values decodes to finite values and encodes to a link without NaN or Infinity', () => {
    const entry = fc.tuple(fc.constantFrom(...NUMBER_PARAMS.map((p) => p.id)), numberish);
    fc.assert(
      fc.property(fc.constantFrom(...PRESET_IDS), fc.array(entry, { maxLength: 8 }), (preset, entries) => {
        const decoded = decodeScenario(new URLSearchParams([['preset', preset], ...entries]));
        expect(finiteValues(decoded.scenario.values)).toBe(true);
        expect(encodeScenario(decoded.scenario).toString()).not.toMatch(/NaN|Infinity|\d[eE]/);
      }),
      { numRuns: 3000 },
    );
  });

  it('the encoder refuses a non-finite value rather than write it', () => {
    const values = { ...presetValues(PRESET_IDS[0]!), shareCap: Number.NaN } as ScenarioValues;
    expect(() => encodeScenario({ preset: PRESET_IDS[0]!, values })).toThrow(RangeError);
  });
});

describe('readNumberField, money below the floor', () => {
  const inv = PARAMS.find((p) => p.id === 'inv2019') as NumberMeta;
  it('refuses a positive amount below $0.001B and accepts $0 and $0.001B', () => {
    expect(readNumberField(inv, '0.0000001')).toEqual({ error: 'Enter $0 or at least $0.001B.' });
    expect(readNumberField(inv, '0')).toEqual({ value: 0 });
    expect(readNumberField(inv, '0.001')).toEqual({ value: 1e6 });
  });
});
