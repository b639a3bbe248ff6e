import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatBillions,
  formatMultiple,
  formatParamValue,
  formatPercent,
  formatUsd,
  formatUsdChange,
  formatYear,
  PARAM_BY_ID,
  type ParamMeta,
} from '../../models/index.ts';

const MINUS = '\u2212';

describe('formatUsd', () => {
  const cases: [number, string][] = [
    [38e9, '$38.0B'],
    [22.4e9, '$22.4B'],
    [1e9, '$1.0B'],
    [0, '$0.0B'],
    [1.25e12, '$1.25T'],
    [1e12, '$1.00T'],
    [750e6, '$750M'],
    [1.5e6, '$2M'], // toFixed(0) rounds half away from zero here
    [999, '$999'],
    // The unit is chosen on the rounded figure: never "$1000.0B" or "$1000M".
    [999.96e9, '$1.00T'],
    [999.6e6, '$1.0B'],
    [-38e9, `${MINUS}$38.0B`],
    [-750e6, `${MINUS}$750M`],
    [-1.25e12, `${MINUS}$1.25T`],
    [Number.NaN, '—'],
    [Number.POSITIVE_INFINITY, '—'],
  ];
  it.each(cases)('formatUsd(%d) = %s', (value, expected) => {
    expect(formatUsd(value)).toBe(expected);
  });

  it('takes the number of decimals for billions', () => {
    expect(formatUsd(13.75e9, 2)).toBe('$13.75B');
    expect(formatUsd(13.75e9, 0)).toBe('$14B');
  });

  it('uses a true minus sign, never a hyphen', () => {
    expect(formatUsd(-1e9)).not.toContain('-');
    expect(formatUsd(-1e9).charCodeAt(0)).toBe(0x2212);
  });
});

describe('formatPercent', () => {
  const cases: [number, number | undefined, string][] = [
    [0.2, undefined, '20.0%'],
    [0.08, undefined, '8.0%'],
    [0.155, 1, '15.5%'],
    [0.27, 0, '27%'],
    [0, undefined, '0.0%'],
    [1.3, undefined, '130.0%'],
    [-0.05, undefined, `${MINUS}5.0%`],
    [-1e-5, undefined, '0.0%'], // no sign on a figure that rounds to zero
    [Number.NaN, undefined, '—'],
  ];
  it.each(cases)('formatPercent(%d, %s) = %s', (value, digits, expected) => {
    expect(formatPercent(value, digits)).toBe(expected);
  });
});

describe('formatMultiple', () => {
  const cases: [number, number | undefined, string][] = [
    [4.2, undefined, '4.2×'],
    [72.5759, undefined, '72.6×'],
    [6, 0, '6×'],
    [-1.5, undefined, `${MINUS}1.5×`],
    [Number.NEGATIVE_INFINITY, undefined, '—'],
  ];
  it.each(cases)('formatMultiple(%d, %s) = %s', (value, digits, expected) => {
    expect(formatMultiple(value, digits)).toBe(expected);
  });
});

describe('formatYear', () => {
  it('writes a year, or "never" for none', () => {
    expect(formatYear(2030)).toBe('2030');
    expect(formatYear(null)).toBe('never');
  });
});

describe('formatUsdChange', () => {
  const cases: [number, string][] = [
    [2.1e9, '+$2.1B'],
    [0, '+$0.0B'],
    [-3e9, `${MINUS}$3.0B`],
  ];
  it.each(cases)('formatUsdChange(%d) = %s', (delta, expected) => {
    expect(formatUsdChange(delta)).toBe(expected);
  });
});

describe('formatParamValue', () => {
  const param = (id: string): ParamMeta => {
    const p = PARAM_BY_ID.get(id);
    if (!p) throw new Error(`no assumption ${id}`);
    return p;
  };
  // [id, value, expected]; decimals follow the slider step
  const cases: [string, number | string | boolean, string][] = [
    ['shareCap', 38e9, '$38.0B'], // usd, step $1B → 1 decimal (at least one)
    ['rev2025', 13.1e9, '$13.1B'], // usd, step $0.1B
    ['azureOpenAIRev2025', 3.25e9, '$3.25B'], // usd, step $0.25B → 2 decimals
    ['inv2024', 1.05e9, '$1.05B'], // usd, step $0.05B → 2 decimals
    ['inv2024', 0.75e9, '$0.75B'], // money assumptions stay in $B (step $0.05B → two decimals)
    ['shareEnd', 0.08, '8.0%'], // fraction, step 0.5% → 1 decimal
    ['gmStart', 0.33, '33.0%'], // fraction, step 1% → at least one decimal
    ['legacyCapMultiple', 100, '100.0×'], // multiple, step 1 → at least one decimal
    ['legacyCapMultiple', 7, '7.0×'],
    ['azureCommitYears', 7, '7 years'], // years
    ['awsYears', 1, '1 year'],
    ['revGrowthHalfLife', 1.5, '1.5 years'], // years, step 0.5
    ['revGrowthHalfLife', 1, '1 year'],
    ['horizonEnd', 2035, '2035'], // year
    ['shareCapOn', true, 'on'], // flag
    ['agiClause', false, 'off'],
    ['shareShape', 'linear', 'Linear'], // choice: its label
    ['contractShape', 'rampLevel', 'Rising, then level'],
    ['computeMode', 'share', 'Share of revenue'],
  ];
  it.each(cases)('%s = %s → %s', (id, value, expected) => {
    expect(formatParamValue(param(id), value)).toBe(expected);
  });
});

// Issue #8: "Figures a person reads never show exponent notation or unbounded multiples"; "$89288.89T" and
// "−55240.7×" once read badly.
describe('large figures', () => {
  const cases: [string, string][] = [
    [formatUsd(89288.89e12), '$89,288.9T'],
    [formatUsd(999.994e12), '$999.99T'],
    [formatUsd(1234.5e12), '$1,234.5T'],
    [formatUsd(-89288.89e12), `${MINUS}$89,288.9T`],
    [formatUsd(1e30), '>$1,000,000,000,000T'],
    [formatUsd(-1e300), `<${MINUS}$1,000,000,000,000T`],
    [formatUsd(999_999), '$999,999'],
    [formatMultiple(-55240.7), `${MINUS}55,240.7×`],
    [formatMultiple(1000), '1,000.0×'],
    [formatMultiple(999.9), '999.9×'],
    [formatMultiple(1e21), '>1,000,000,000,000×'],
    [formatMultiple(Number.MAX_VALUE), '>1,000,000,000,000×'],
    [formatPercent(123.456), '12,345.6%'],
    [formatPercent(1e25), '>1,000,000,000,000%'],
    [formatBillions(1e12), '$1,000.0B'],
    [formatBillions(Number.NaN), '—'],
    [formatUsdChange(1e30), '>+$1,000,000,000,000T'],
    [formatUsdChange(-2345e12), `${MINUS}$2,345.0T`],
  ];
  it.each(cases)('%s = %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('never writes exponent notation, and stays short, for any double', () => {
    const formats = [formatUsd, formatBillions, formatPercent, formatMultiple, formatUsdChange];
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: 0, max: 3 }), fc.nat(formats.length - 1), (x, digits, i) => {
        const s = formats[i]!(x, digits);
        expect(s).not.toMatch(/e|NaN|Infinity/i);
        expect(s.length).toBeLessThanOrEqual(32);
        expect(s).toMatch(/^([<>]?[+−]?\$?\d{1,3}(,\d{3})*(\.\d+)?[TBM%×]?|—)$/);
      }),
      { numRuns: 5000 },
    );
  });
});
