import {
  absDependencies,
  addDependencies,
  andDependencies,
  ceilDependencies,
  create,
  divideDependencies,
  equalDependencies,
  expDependencies,
  floorDependencies,
  largerDependencies,
  largerEqDependencies,
  logDependencies,
  maxDependencies,
  minDependencies,
  modDependencies,
  multiplyDependencies,
  notDependencies,
  orDependencies,
  parseDependencies,
  powDependencies,
  roundDependencies,
  smallerDependencies,
  smallerEqDependencies,
  sqrtDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  unequalDependencies,
} from 'mathjs/number';
import type { FactoryFunctionMap, MathNode } from 'mathjs';

/**
 * The formula engine's mathjs: the number-only build with nothing but the parser and the functions a formula
 * may call (no matrices, units, strings, `evaluate`, `compile`, `simplify` or `derivative` exist in it).
 * The functions that give an expression power over the engine itself are replaced by ones that refuse, as the
 * mathjs security guide advises; the compiler also refuses any name not on its list before anything runs.
 */
const math = create(
  {
    parseDependencies,
    addDependencies,
    subtractDependencies,
    multiplyDependencies,
    divideDependencies,
    powDependencies,
    modDependencies,
    unaryMinusDependencies,
    unaryPlusDependencies,
    smallerDependencies,
    largerDependencies,
    smallerEqDependencies,
    largerEqDependencies,
    equalDependencies,
    unequalDependencies,
    andDependencies,
    orDependencies,
    notDependencies,
    absDependencies,
    minDependencies,
    maxDependencies,
    expDependencies,
    logDependencies,
    sqrtDependencies,
    floorDependencies,
    ceilDependencies,
    roundDependencies,
  } as Record<string, FactoryFunctionMap>,
  { number: 'number' },
);

/** Kept before the namespace's own `parse` is disabled below. */
export const parse: (text: string) => MathNode = math.parse;

const DISABLED = [
  'import',
  'createUnit',
  'evaluate',
  'parse',
  'compile',
  'simplify',
  'derivative',
  'resolve',
  'reviver',
] as const;

math.import(
  Object.fromEntries(
    DISABLED.map((name) => [
      name,
      () => {
        throw new Error(`Function ${name} is disabled`);
      },
    ]),
  ),
  { override: true },
);

/** Functions a formula may call: the sandbox's own, checked by name. */
export const FUNCTIONS: ReadonlySet<string> = new Set([
  'abs',
  'min',
  'max',
  'exp',
  'log',
  'sqrt',
  'floor',
  'ceil',
  'round',
  'mod',
]);

/** Operators a formula may use, by the mathjs function each stands for. */
export const OPERATORS: ReadonlySet<string> = new Set([
  'add',
  'subtract',
  'multiply',
  'divide',
  'pow',
  'mod',
  'unaryMinus',
  'unaryPlus',
  'smaller',
  'larger',
  'smallerEq',
  'largerEq',
  'equal',
  'unequal',
  'and',
  'or',
  'not',
]);
