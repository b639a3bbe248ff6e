import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDisplay, PARAMS, parseDisplay, toDisplay, type Unit } from '../../models/index.ts';
import { shiftDecimal } from '../../models/schema/units.ts';

describe('shiftDecimal', () => {
  // [value, exponent, expected]: the string is value / 10^exponent written as a plain decimal.
  const cases: [number, number, string][] = [
    [0.07, -2, '7'], // 0.07 × 100 is 7.000000000000001 in floating point; moving the point gives 7
    [0.2, -2, '20'],
    [0.005, -2, '0.5'],
    [0.155, -2, '15.5'],
    [38e9, 9, '38'],
    [22.4e9, 9, '22.4'],
    [0.25e9, 9, '0.25'],
    [852e9, 9, '852'],
    [2030, 0, '2030'],
    [123.456, 0, '123.456'],
    [0.1 + 0.2, -2, '30.000000000000004'], // 0.30000000000000004 keeps all its digits
    [0, -2, '0'],
    [0, 9, '0'],
    [-0, -2, '0'],
    [1.5e-7, -2, '0.000015'], // 1.5e-7 / 1e-2 = 1.5e-5
    [1.5e-7, 0, '0.00000015'],
    [1.5e-7, 9, '0.00000000000000015'], // 1.5e-7 / 1e9 = 1.5e-16: 15 zeros after the point
    [1e21, 0, '1000000000000000000000'], // String(1e21) would be "1e+21"
    [1e21, 9, '1000000000000'],
    [-0.07, -2, '-7'],
    [-22.4e9, 9, '-22.4'],
    [-1.5e-7, -2, '-0.000015'],
    [-2030, 0, '-2030'],
  ];

  it.each(cases)('shiftDecimal(%d, %d) = %s', (value, exponent, expected) => {
    expect(shiftDecimal(value, exponent)).toBe(expected);
  });

  it('round-trips every finite double exactly, without exponent notation', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(-2, 0, 9),
        (x, exponent) => {
          const s = shiftDecimal(x, exponent);
          expect(s).not.toMatch(/e/i);
          expect(s).toMatch(/^-?\d+(\.\d+)?$/);
          // -0 is written "0", which reads back as 0; 0 === -0 holds.
          expect(Number(`${s}e${exponent}`) === x).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('toDisplay', () => {
  const cases: [Unit, number, number][] = [
    ['fraction', 0.07, 7], // not 7.000000000000001
    ['fraction', 0.2, 20],
    ['fraction', 0.005, 0.5],
    ['fraction', -0.05, -5],
    ['usd', 38e9, 38],
    ['usd', 22.4e9, 22.4],
    ['usd', 0.25e9, 0.25],
    ['year', 2030, 2030],
    ['years', 7, 7],
    ['years', 1.5, 1.5],
    ['multiple', 6, 6],
  ];
  it.each(cases)('toDisplay(%s, %d) = %d', (unit, value, expected) => {
    expect(toDisplay(unit, value)).toBe(expected);
  });
});

describe('fromDisplay', () => {
  const cases: [Unit, number, number][] = [
    ['fraction', 7, 0.07], // 7 / 100 = 0.07 exactly as a literal, unlike 7 × 0.01 = 0.07000000000000001
    ['fraction', 20, 0.2],
    ['fraction', 0.5, 0.005],
    ['fraction', -5, -0.05],
    ['usd', 38, 38e9],
    ['usd', 22.4, 22.4e9],
    ['usd', 0.25, 0.25e9],
    ['year', 2030, 2030],
    ['years', 7, 7],
    ['multiple', 6.5, 6.5],
  ];
  it.each(cases)('fromDisplay(%s, %d) = %d', (unit, display, expected) => {
    expect(fromDisplay(unit, display)).toBe(expected);
  });

  it('inverts toDisplay on the minimum, default and maximum of every numeric assumption', () => {
    for (const p of PARAMS) {
      if (p.kind !== 'number') continue;
      for (const x of [p.min, p.default, p.max]) {
        expect(fromDisplay(p.unit, toDisplay(p.unit, x)), `${p.id} = ${x}`).toBe(x);
      }
    }
  });
});

describe('fromDisplay and parseDisplay are exact or refuse', () => {
  it('moves the point of any number, in exponent notation too (issue #8: "1e-7e-2" was NaN)', () => {
    expect(fromDisplay('fraction', 1e-7)).toBe(1e-9);
    expect(fromDisplay('usd', 1e21)).toBe(1e30);
    expect(fromDisplay('usd', Number('12345678901234567890123'))).toBe(Number('1.2345678901234568e31'));
    expect(parseDisplay('fraction', '0.0000001')).toBe(1e-9);
    expect(parseDisplay('usd', '1e21')).toBe(1e30);
    expect(parseDisplay('usd', '12345678901234567890123')).toBe(Number('12345678901234567890123e9'));
    expect(parseDisplay('fraction', '7')).toBe(0.07);
    expect(parseDisplay('fraction', '-.5')).toBe(-0.005);
    expect(parseDisplay('year', '+2030')).toBe(2030);
    expect(parseDisplay('fraction', 'abc')).toBeUndefined();
    expect(parseDisplay('fraction', 'NaN')).toBeUndefined();
    expect(parseDisplay('fraction', '')).toBeUndefined();
  });

  it('refuses NaN, ±Infinity and what no double holds', () => {
    for (const x of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => fromDisplay('usd', x)).toThrow(RangeError);
      expect(() => toDisplay('usd', x)).toThrow(RangeError);
      expect(() => shiftDecimal(x, 0)).toThrow(RangeError);
    }
    expect(() => fromDisplay('usd', 1e300)).toThrow(RangeError); // 1e309 overflows
    expect(() => parseDisplay('usd', '1e300')).toThrow(RangeError);
    expect(() => parseDisplay('fraction', '1e-400')).toThrow(RangeError); // reads as zero
    expect(() => parseDisplay('usd', '9e99999999999999999999')).toThrow(RangeError);
  });

  it('gives a finite result or a RangeError for every double', () => {
    fc.assert(
      fc.property(fc.double(), fc.constantFrom<Unit>('usd', 'fraction', 'year'), (x, unit) => {
        let v: number;
        try {
          v = fromDisplay(unit, x);
        } catch (e) {
          expect(e).toBeInstanceOf(RangeError);
          return;
        }
        expect(Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
