import { describe, expect, it } from 'vitest';
import {
  compileFormula,
  compileFormulas,
  compileSeriesFormula,
  FormulaError,
  MAX_NODES,
  readFieldExpression,
  SERIES_NAMES,
} from '../../models/formula/index.ts';
import { MAX_FORMULA_LENGTH } from '../../models/formula/text.ts';
import { PARAM_BY_ID, project, type NumberMeta } from '../../models/index.ts';
import { B, expectRel, scenario } from './support.ts';

const T = new Set(['t']);

/** The error a formula is refused with: its message and position. */
function refusal(text: string, names: ReadonlySet<string> = T): { message: string; position?: number } {
  try {
    compileFormula(text, names);
  } catch (e) {
    expect(e).toBeInstanceOf(FormulaError);
    const fe = e as FormulaError;
    return fe.position === undefined
      ? { message: fe.message }
      : { message: fe.message, position: fe.position };
  }
  throw new Error(`"${text}" was accepted`);
}

describe('compileFormula: parsing', () => {
  it('evaluates arithmetic, powers, comparisons, conditionals and functions with t in scope', () => {
    const at = (text: string, t: number) => compileFormula(text, T).evaluate(new Map([['t', t]]));
    expect(at('13e9 * 1.8^(t - 2025)', 2027)).toBeCloseTo(13e9 * 1.8 ** 2, 0);
    expect(at('t <= 2030 ? 0.2 : 0', 2030)).toBe(0.2);
    expect(at('t <= 2030 ? 0.2 : 0', 2031)).toBe(0);
    expect(at('min(0.33 + 0.08 * (t - 2025), 0.7)', 2029)).toBeCloseTo(0.65, 12);
    expect(at('max(1, 2, 3) + abs(-1) + sqrt(16) + floor(2.7) + ceil(2.1) + round(2.5)', 0)).toBe(16);
    expect(at('2t', 3)).toBe(6); // implicit multiplication
    expect(at('7 % 4 + mod(9, 4)', 0)).toBe(4);
    expect(at('exp(log(5))', 0)).toBeCloseTo(5, 12);
    expect(at('pi > 3 and e < 3 ? 1 : 0', 0)).toBe(1);
  });

  it('reports a syntax error with its position, exactly', () => {
    expect(refusal('1 + )')).toEqual({ message: 'Value expected at character 5 (found ")").', position: 5 });
    expect(refusal('(1 + 2')).toEqual({
      message: 'Parenthesis ) expected at character 7 (found the end of the formula).',
      position: 7,
    });
    expect(refusal('13e9 * 1.8^(t - 2025')).toEqual({
      message: 'Parenthesis ) expected at character 21 (found the end of the formula).',
      position: 21,
    });
    expect(refusal('t ? 1')).toEqual({
      message: 'False part of conditional expression expected at character 6 (found the end of the formula).',
      position: 6,
    });
    expect(refusal('')).toEqual({ message: 'Enter a formula.' });
  });

  it('names what it refuses and where', () => {
    expect(refusal('revenue * 2')).toEqual({
      message: 'Unknown name "revenue" at character 1.',
      position: 1,
    });
    expect(refusal('2 * tt')).toEqual({ message: 'Unknown name "tt" at character 5.', position: 5 });
    expect(refusal('1 + sin(t)')).toEqual({
      message:
        'Unknown function "sin" at character 5: use abs, min, max, exp, log, sqrt, floor, ceil, round, mod.',
      position: 5,
    });
    expect(refusal('5!')).toEqual({
      message: 'The operator "!" at character 2 is not allowed.',
      position: 2,
    });
    expect(refusal('x = 2')).toEqual({
      message: 'Assigning a value (=) at character 3 is not allowed in a formula.',
      position: 3,
    });
    expect(refusal('f(x) = x')).toEqual({
      message: 'Defining a function at character 6 is not allowed in a formula.',
      position: 6,
    });
    expect(refusal('1.5 + t.constructor')).toEqual({
      message: 'Reading a property or an index (. or [ ]) at character 8 is not allowed in a formula.',
      position: 8,
    });
    expect(refusal('1:3')).toEqual({
      message: 'A range (:) at character 2 is not allowed in a formula.',
      position: 2,
    });
    expect(refusal('1 + "a"')).toEqual({
      message: `'"' at character 5 is not allowed in a formula.`,
      position: 5,
    });
    expect(refusal('true')).toEqual({ message: 'Only numbers are allowed, not true.' });
    expect(refusal('1e400')).toEqual({ message: 'A number too large: at most about 1.8e308.' });
    expect(refusal('1 +\u202e 2')).toEqual({
      message: '[U+202E] at character 4 is not allowed in a formula.',
      position: 4,
    });
  });

  it('caps the length and the number of parts', () => {
    const long = `1${'+1'.repeat(MAX_FORMULA_LENGTH / 2)}`;
    expect(refusal(long)).toEqual({
      message: `Too long: ${long.length} characters, at most ${MAX_FORMULA_LENGTH}.`,
    });
    // 61 ones and 60 additions: 121 parts in 121 characters.
    expect(refusal(`1${'+1'.repeat(60)}`)).toEqual({
      message: `Too complex: more than ${MAX_NODES} parts (numbers, names and operators).`,
    });
    expect(compileFormula(`1${'+1'.repeat(59)}`, T).evaluate(new Map())).toBe(60);
  });
});

describe('series formulas', () => {
  const v = scenario();

  it('evaluate once per year 2025–2045, with assumptions in model units', () => {
    const f = compileSeriesFormula('openaiRevenue', 'rev2025 * 1.5^(t - 2025)');
    expect(f.assumptions).toEqual(['rev2025']);
    const path = f.path(v);
    expect(path.length).toBe(21);
    expect(path[0]).toBe(13 * B);
    expectRel(path[20], 13 * B * 1.5 ** 20, 1e-12);
    expect(SERIES_NAMES.has('shareStart')).toBe(true);
    expect(compileSeriesFormula('revenueShareRate', 'shareStart / 2').path(v)[3]).toBe(0.1);
  });

  it('refuse a year out of the series range, a comparison result, and a non-finite value, naming the year', () => {
    const problems = (series: string, text: string) =>
      compileFormulas({ [series]: text }).overridesFor(v).problems;
    expect(problems('openaiRevenue', '13e9 * 3^(t - 2025)')[0]!.message).toBe(
      // 13e9 × 3^13 = $20,726.2T in 2038, the first year above $10,000T (3^12 gives $6,908.7T).
      'Gives $20,726.2T in 2038; OpenAI revenue must be $100M to $10,000.0T each year.',
    );
    expect(problems('revenueShareRate', 't <= 2030 ? 0.2 : -0.1')[0]!.message).toBe(
      'Gives −10.0% in 2031; Revenue-share rate must be 0.0% to 50.0% each year.',
    );
    // A 100% margin would make inference free: at most 95%.
    expect(problems('openaiGrossMargin', 't < 2040 ? 0.7 : 1')[0]!.message).toBe(
      'Gives 100.0% in 2040; OpenAI gross margin must be −100.0% to 95.0% each year.',
    );
    expect(problems('revenueShareRate', 't <= 2030')[0]!.message).toBe(
      'Gives true in 2025 (a comparison), not a number: write "condition ? value : other value".',
    );
    expect(problems('openaiGrossMargin', 'sqrt(2030 - t) / 10')[0]!.message).toBe(
      'Gives NaN in 2031, not a finite number.',
    );
    expect(problems('openaiRevenue', '2^2^2^2^2^2')[0]!.message).toBe(
      'Gives Infinity in 2025, not a finite number.',
    );
    expect(problems('openaiGrossMargin', 'min()')[0]!.message).toMatch(/^Cannot evaluate in 2025: /);
  });

  it('report an unknown series and keep the others', () => {
    const set = compileFormulas({ bogus: '1', revenueShareRate: '0.1' });
    expect(set.problems.map((p) => p.message)).toEqual([
      'Unknown series "bogus": formulas can replace openaiRevenue, revenueShareRate, openaiGrossMargin, providerShare.azure, providerShare.stargate, providerShare.google, providerShare.ownCapacity, providerShare.decentralized.',
    ]);
    expect(Array.from(set.overridesFor(v).overrides!.revenueShareRate!)).toEqual(Array(21).fill(0.1));
    expect(set.readsAssumptions).toBe(false);
    expect(compileFormulas({ openaiRevenue: 'rev2030' }).readsAssumptions).toBe(true);
  });

  it('a formula that reproduces the built-in path leaves the projection exactly as it was', () => {
    // The preset's rate is flat 20% to its last paid year, with no AGI year inside the horizon.
    expect(v.shareShape).toBe('flat');
    const rate = compileFormulas({ revenueShareRate: 't <= shareLastYear ? shareStart : 0' }).overridesFor(v);
    expect(project(v, rate.overrides)).toEqual(project(v));
  });
});

describe('readFieldExpression', () => {
  const cap = PARAM_BY_ID.get('shareCap') as NumberMeta;
  const start = PARAM_BY_ID.get('shareStart') as NumberMeta;
  const rev2030 = PARAM_BY_ID.get('rev2030') as NumberMeta;

  it('evaluates in the field’s display units and checks the range as a typed number', () => {
    expect(readFieldExpression(cap, '38 * 1.1')).toEqual({ value: 41.8 * B });
    expect(readFieldExpression(start, '13 + 0.75')).toEqual({ value: 0.1375 });
    expect(readFieldExpression(rev2030, '852 * 0.27')).toEqual({ value: 230.04 * B });
    expect(readFieldExpression(cap, '852 * 0.27')).toEqual({ error: 'Enter $1.0B to $200.0B.' });
    expect(readFieldExpression(start, '100 / 2')).toEqual({ error: 'Enter 0.0% to 30.0%.' });
  });

  it('refuses names, bad syntax and non-finite results with a message and position', () => {
    expect(readFieldExpression(cap, 't * 2')).toEqual({
      error: 'Unknown name "t" at character 1.',
      position: 1,
    });
    expect(readFieldExpression(cap, '852 * ')).toEqual({
      error: 'Unexpected end of expression at character 7.',
      position: 7,
    });
    expect(readFieldExpression(cap, '1 / 0')).toEqual({ error: 'Gives Infinity, not a finite number.' });
  });
});
