import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeScenario,
  encodePin,
  encodeScenario,
  presetPin,
  presetValues,
  type Scenario,
} from '../../models/index.ts';
import { scenarioArb } from './arbitraries.ts';

const latest = presetValues('amended-2026');

describe('pins in the link', () => {
  it('writes a preset pin as its id and a frozen one as its changes, in link units', () => {
    const frozen = {
      preset: 'seeds-2025',
      values: { ...presetValues('seeds-2025'), shareEnd: 0.1, shareCap: 50e9 },
    };
    expect(encodePin(presetPin('original-2019'))).toBe('original-2019');
    expect(encodePin(frozen)).toBe('seeds-2025_shareEnd*10_shareCap*50');
    const query = encodeScenario({
      preset: 'amended-2026',
      values: { ...latest, rev2030: 200e9 },
      extras: { pins: [frozen, presetPin('original-2019')] },
    }).toString();
    expect(query).toBe(
      'preset=amended-2026&v=2&rev2030=200&pin1=seeds-2025_shareEnd*10_shareCap*50&pin2=original-2019',
    );
  });

  it('reads pins back whole, in pin order, the scenario’s own values untouched', () => {
    const decoded = decodeScenario('?pin2=bubble&rev2030=200&pin1=seeds-2025_shareEnd*10');
    expect(decoded.problems).toEqual([]);
    expect(decoded.scenario.values).toEqual({ ...latest, rev2030: 200e9 });
    expect(decoded.scenario.extras?.pins).toEqual([
      { preset: 'seeds-2025', values: { ...presetValues('seeds-2025'), shareEnd: 0.1 } },
      presetPin('bubble'),
    ]);
  });

  it('leaves out each bad pin with a message naming what is wrong, and keeps the rest', () => {
    const decoded = decodeScenario(
      '?shareCap=50&pin1=nope&pin2=seeds-2025_shareEnd*abc_zzz*1&pin3=bubble&pin4=stake-30&pin=x',
    );
    expect(decoded.scenario.values.shareCap).toBe(50e9);
    expect(decoded.scenario.extras?.pins).toEqual([presetPin('bubble')]);
    expect(decoded.problems.map((p) => p.message)).toEqual([
      '"pin": pins are pin1 to pin3, so it was ignored.',
      'Pin 1 ("nope"): unknown preset "nope" (the pin was left out).',
      'Pin 2 ("seeds-2025_shareEnd*abc_zzz*1"): Revenue share at end of decline (shareEnd): "abc" is not a number in %; Unknown setting "zzz" (the pin was left out).',
      '"pin4": pins are pin1 to pin3, so it was ignored.',
    ]);
  });

  it('refuses a pin value that is out of range, malformed or hostile, without throwing', () => {
    const decoded = decodeScenario('?pin1=bubble_rev2030*9999&pin2=seeds-2025_shareEnd&pin3=%E2%80%AEevil');
    expect(decoded.scenario.extras).toBeUndefined();
    expect(decoded.problems.map((p) => p.message)).toEqual([
      'Pin 1 ("bubble_rev2030*9999"): OpenAI revenue, 2030 (rev2030): $9999B is outside $5.0B–$600.0B (the pin was left out).',
      'Pin 2 ("seeds-2025_shareEnd"): "shareEnd" is not a setting written as id*value (the pin was left out).',
      'Pin 3 ("[U+202E]evil"): unknown preset "[U+202E]evil" (the pin was left out).',
    ]);
  });

  it('property: any three pinned scenarios survive a round trip through the link', () => {
    fc.assert(
      fc.property(scenarioArb(), fc.array(scenarioArb(), { minLength: 1, maxLength: 3 }), (s, pins) => {
        const scenario: Scenario = { ...s, extras: { pins } };
        // As URLSearchParams: random doubles (5e-324 is 330 digits as a percentage) make links longer than real ones.
        const decoded = decodeScenario(encodeScenario(scenario));
        expect(decoded.problems).toEqual([]);
        expect(decoded.scenario).toEqual(scenario);
      }),
      { numRuns: 100 },
    );
  });
});
