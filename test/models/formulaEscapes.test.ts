import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkTree,
  compileFormula,
  compileSeriesFormula,
  FormulaError,
  SERIES_NAMES,
} from '../../models/formula/index.ts';
import { parse } from '../../models/formula/sandbox.ts';
import { FORMULA_SERIES_BY_ID } from '../../models/formula/seriesMeta.ts';
import { FORMULA_SERIES } from '../../models/index.ts';
import { scenario } from './support.ts';

/**
 * Published mathjs sandbox escapes and their relatives: the security page's list of dangerous functions, the
 * 2017 reports (josdejong/mathjs#821, #822, the CapacitorSet/denvit report fixed in 3.10.2), the 2024 fixes
 * (josdejong/mathjs#3255: import, createUnit, reviver, rawArgs) and the 2026 advisories GHSA-5v89-rwgr-qj6g
 * (DenseMatrix.get with an object posing as an index array) and GHSA-29qv-4j9f-fjw5 (setting a property on an
 * array to hijack its .map).
 */
const ESCAPES = [
  'cos.constructor("return process")()',
  '["//","a/*\\nreturn process.mainModule.require"]._data.map(cos.constructor)[1]()("child_process").execSync("ps")',
  'import({matrix:cos.constructor},{override:1});x=["process.exit()"];x()',
  'a=["process.exit()"]._data;a.isRange=true;x={subset:cos.constructor}[a];x()',
  '{}.constructor.assign(cos.constructor, {binding: cos.bind})',
  'cos.constructor.binding()("console.log(1)")()',
  '[].map.constructor("return this")()',
  '(1).constructor.constructor("return process")()',
  't.constructor.constructor("return process")()',
  'min.constructor("return process")()',
  'pi.constructor',
  'e["constructor"]',
  't.__proto__',
  'x = t; x.constructor',
  'f(x) = x; f.constructor("return 1")()',
  'f(x) = f(x); f(1)',
  'evaluate("1 + 1")',
  'parse("1")',
  'compile("1")',
  'simplify("t")',
  'derivative("t^2", "t")',
  'resolve(t)',
  'createUnit("foo")',
  'reviver("x", 1)',
  'import',
  'import(1)',
  'config({number: "BigNumber"})',
  'typed("x", 1)',
  'create()',
  'factory("x", [], 1)',
  'matrix([1]).get({length: 1, reduce: cos.constructor})',
  'a = [1]; a.map = cos.constructor; a',
  'a = {}; a.__proto__.polluted = 1',
  'x = {}; x["constructor"]["constructor"]("return 1")()',
  '"abc".constructor.constructor("return 1")()',
  '5 cm to inch',
  'chain(1).done()',
  '1; 2',
  '1:10',
  'max(1:100000000)',
  '2 | 3',
  '5!',
  'x => x',
  'console',
  'globalThis',
  'this',
  'process',
  'constructor',
  '__proto__',
  'hasOwnProperty',
  'toString()',
  'valueOf(1)',
  '\\u0063os.constructor',
  'eval("1")',
] as const;

const STRICT_NAMES = SERIES_NAMES;

describe('sandbox escapes', () => {
  it.each(ESCAPES)('refuses %s with a FormulaError and runs nothing', (text) => {
    const before = Object.getOwnPropertyNames(globalThis).length;
    expect(() => compileFormula(text, STRICT_NAMES)).toThrow(FormulaError);
    expect(Object.getOwnPropertyNames(globalThis).length).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  // Whatever the text check lets through, the tree check refuses on its own: parse each escape the parser
  // accepts and check its tree without the text check in front.
  it('refuses every parsable escape by its tree alone', () => {
    let parsed = 0;
    for (const text of ESCAPES) {
      let node;
      try {
        node = parse(text);
      } catch {
        continue;
      }
      parsed++;
      expect(() => checkTree(node, text, STRICT_NAMES), text).toThrow(FormulaError);
    }
    expect(parsed).toBeGreaterThan(30);
  });

  // And behind the tree check, the namespace's dangerous functions refuse if called at all.
  it('has the dangerous functions disabled in the namespace', () => {
    for (const name of ['import', 'createUnit', 'evaluate', 'parse', 'simplify', 'derivative', 'resolve']) {
      expect(() => parse(`${name}(1)`).compile().evaluate(new Map()), name).toThrow(
        `Function ${name} is disabled`,
      );
    }
    // Functions the sandbox does not hold at all.
    for (const name of ['cos', 'factorial', 'gamma', 'matrix', 'range', 'chain']) {
      expect(() => parse(`${name}(1)`).compile().evaluate(new Map()), name).toThrow();
    }
  });
});

describe('pathological formulas finish, and are refused or bounded', () => {
  const v = scenario();
  const path = (series: string, text: string) => compileSeriesFormula(series, text).path(v);

  it('a tower of powers is refused as not finite', () => {
    expect(() => path('openaiRevenue', '2^2^2^2^2^2')).toThrow(
      'Gives Infinity in 2025, not a finite number.',
    );
  });
  it('deep parentheses and negations are within the caps and evaluate', () => {
    const deep = `${'('.repeat(99)}0.1${')'.repeat(99)}`;
    expect(deep.length).toBe(201);
    expect(() => compileFormula(deep, STRICT_NAMES)).toThrow('Too long: 201 characters, at most 200.');
    const ok = `${'('.repeat(98)}0.1${')'.repeat(98)}`;
    expect(Array.from(path('revenueShareRate', ok))).toEqual(Array(21).fill(0.1));
    expect(path('revenueShareRate', `${'-'.repeat(100)}0.1`)[0]).toBe(0.1);
  });
  it('the largest nested conditionals evaluate each year', () => {
    const text = Array.from({ length: 10 }, (_, i) => `t < ${2026 + 2 * i} ? 0.0${i} :`).join(' ') + ' 0.1';
    const p = path('revenueShareRate', text);
    expect(p[0]).toBe(0);
    expect(p[20]).toBe(0.1);
  });
});

/** A formula from the grammar a user writes: numbers, t and assumptions, operators, functions, conditionals. */
const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => String(x)),
      fc.integer({ min: -5, max: 3000 }).map(String),
      fc.constantFrom('t', 'pi', 'e', 'rev2030', 'shareStart', 'costOfEquity', 'horizonEnd', 'unknownName'),
    ),
    fc
      .tuple(
        tie('e'),
        fc.constantFrom('+', '-', '*', '/', '^', '%', '<', '<=', '==', '!=', ' and ', ' or '),
        tie('e'),
      )
      .map(([a, op, b]) => `${a} ${op} ${b}`),
    tie('e').map((a) => `(${a})`),
    tie('e').map((a) => `-${a}`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([a, b, c]) => `${a} ? ${b} : ${c}`),
    fc
      .tuple(
        fc.constantFrom('abs', 'min', 'max', 'exp', 'log', 'sqrt', 'floor', 'round', 'sin', 'mod'),
        fc.array(tie('e'), { maxLength: 3 }),
      )
      .map(([f, args]) => `${f}(${args.join(', ')})`),
  ),
})).e;

const FUZZ_RUNS = 1000;
const FUZZ_TIMEOUT = 60_000;

describe('fuzz: nothing escapes, hangs or crashes', () => {
  const v = scenario();

  let accepted = 0;
  /** Compiles and evaluates for every series; only FormulaError may come out, and accepted paths are sane. */
  function check(text: string): void {
    for (const series of FORMULA_SERIES) {
      const meta = FORMULA_SERIES_BY_ID.get(series)!;
      let p: Float64Array;
      try {
        p = compileSeriesFormula(series, text).path(v);
      } catch (e) {
        if (!(e instanceof FormulaError)) throw e;
        continue;
      }
      accepted++;
      expect(p.length).toBe(21);
      for (const x of p) {
        expect(Number.isFinite(x)).toBe(true);
        expect(x >= meta.min && x <= meta.max).toBe(true);
      }
    }
  }

  it(
    'random formulas from the grammar',
    () => {
      accepted = 0;
      fc.assert(
        fc.property(expr, (text) => check(text)),
        { numRuns: FUZZ_RUNS },
      );
      // The grammar makes formulas that are accepted too, so the checks on accepted paths do run.
      expect(accepted).toBeGreaterThan(50);
    },
    FUZZ_TIMEOUT,
  );

  it(
    'random text over the formula alphabet and any unicode',
    () => {
      const alphabet = fc.constantFrom(
        ...'0123456789tepi.+-*/^%()<>=!?:, abcdefghijklmnopqrstuvwxyz[]{}"\';\\$'.split(''),
      );
      const text = fc.oneof(
        fc.string({ unit: alphabet, maxLength: 60 }),
        fc.string({ unit: 'binary', maxLength: 60 }),
      );
      fc.assert(
        fc.property(text, (t) => check(t)),
        { numRuns: FUZZ_RUNS },
      );
    },
    FUZZ_TIMEOUT,
  );
});
