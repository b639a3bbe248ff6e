import type { EvalFunction, MathNode } from 'mathjs';
import { FUNCTIONS, OPERATORS, parse } from './sandbox.ts';
import { formulaTextProblem } from './text.ts';

/** A formula refused, with where in its text the problem is (1-based, as mathjs counts) when that is known. */
export class FormulaError extends Error {
  constructor(
    message: string,
    readonly position?: number,
  ) {
    super(message);
    this.name = 'FormulaError';
  }
}

/**
 * At most this many nodes in a formula's tree. With no loops, no recursion and no function definitions in the
 * language, evaluating a formula visits each node at most once, and each node costs one arithmetic operation on
 * doubles (no factorial, gamma, matrices or big numbers exist in the sandbox): so one evaluation is bounded by
 * this cap, and a series by the cap times its years. Nothing can hang.
 */
export const MAX_NODES = 120;

/** Constants a formula may name besides `t` and the assumptions. */
export const CONSTANTS: ReadonlyMap<string, number> = new Map([
  ['pi', Math.PI],
  ['e', Math.E],
]);

export interface CompiledFormula {
  readonly text: string;
  /** The names the formula reads (t, assumptions, constants), each once. */
  readonly symbols: readonly string[];
  /** Evaluates once with the names bound in `scope`; mathjs errors come out as they are. */
  readonly evaluate: (scope: Map<string, unknown>) => unknown;
}

/**
 * Parses and checks a formula, then compiles it once (a series then evaluates it per year, never re-parsing).
 * `names` are the symbols it may read besides the functions and constants. Throws FormulaError, never anything
 * else.
 */
export function compileFormula(text: string, names: ReadonlySet<string>): CompiledFormula {
  const textProblem = formulaTextProblem(text);
  if (textProblem) throw new FormulaError(textProblem.message, textProblem.position);
  let node: MathNode;
  try {
    node = parse(text);
  } catch (e) {
    throw parseError(e, text);
  }
  const symbols = checkTree(node, text, names);
  let compiled: EvalFunction;
  try {
    compiled = node.compile();
  } catch (e) {
    throw new FormulaError(`Cannot compile: ${messageOf(e)}`);
  }
  const constants = symbols.filter((s) => CONSTANTS.has(s));
  return {
    text,
    symbols,
    evaluate: (scope) => {
      for (const c of constants) scope.set(c, CONSTANTS.get(c));
      return compiled.evaluate(scope) as unknown;
    },
  };
}

/** "Value expected (char 5)" from mathjs → "Value expected at character 5 (found ")")." */
function parseError(e: unknown, text: string): FormulaError {
  const raw = messageOf(e);
  const char = (e as { char?: unknown }).char;
  if (typeof char !== 'number') return new FormulaError(`${raw.replace(/\.$/, '')}.`);
  const what = raw.replace(/\s*\(char \d+\)\s*$/, '');
  if (char - 1 >= text.length)
    return new FormulaError(
      /end of expression/i.test(what)
        ? `${what} at character ${char}.`
        : `${what} at character ${char} (found the end of the formula).`,
      char,
    );
  return new FormulaError(`${what} at character ${char} (found "${text[char - 1]}").`, char);
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Where `word` first stands as a whole word in `text`, 1-based; undefined if nowhere. */
function wordAt(text: string, word: string): number | undefined {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(^|[^A-Za-z0-9_])(${escaped})(?![A-Za-z0-9_])`).exec(text);
  return m ? m.index + m[1]!.length + 1 : undefined;
}

function at(text: string, needle: string | RegExp): number | undefined {
  const i = typeof needle === 'string' ? text.indexOf(needle) : text.search(needle);
  return i >= 0 ? i + 1 : undefined;
}

function where(position: number | undefined): string {
  return position === undefined ? '' : ` at character ${position}`;
}

const OPERATOR_SIGN: Record<string, string> = { factorial: '!', to: 'to', bitAnd: '&', bitOr: '|' };

/** What a refused node is called in a message, and the character that gives it away. */
const REFUSED: Record<string, [string, string | RegExp | undefined]> = {
  AssignmentNode: ['Assigning a value (=)', '='],
  FunctionAssignmentNode: ['Defining a function', '='],
  AccessorNode: ['Reading a property or an index (. or [ ])', /\.(?=\s*[A-Za-z_])/],
  IndexNode: ['Indexing ([ ])', '['],
  ArrayNode: ['A list ([ ])', '['],
  ObjectNode: ['An object ({ })', '{'],
  BlockNode: ['More than one statement (; or a new line)', ';'],
  RangeNode: ['A range (:)', ':'],
};

/**
 * Every node must be one arithmetic needs: a number, a name the formula may read, an allowed operator or
 * comparison, parentheses, `a ? b : c`, or a call of an allowed function by its plain name. Anything else (an
 * assignment, a function definition, property access, indexing, objects, lists, strings, units, blocks) is
 * refused before compiling, whatever the parser made of it. Returns the names read.
 */
export function checkTree(root: MathNode, text: string, names: ReadonlySet<string>): string[] {
  let count = 0;
  const symbols = new Set<string>();
  let problem: FormulaError | undefined;
  const refuse = (message: string, position?: number) => {
    problem ??= new FormulaError(message, position);
  };
  root.traverse((node, path, parent) => {
    if (problem) return;
    if (++count > MAX_NODES) {
      refuse(`Too complex: more than ${MAX_NODES} parts (numbers, names and operators).`);
      return;
    }
    const n = node as MathNode & Record<string, unknown>;
    switch (node.type) {
      case 'ConstantNode':
        if (typeof n.value !== 'number' || !Number.isFinite(n.value))
          refuse(
            typeof n.value === 'number'
              ? 'A number too large: at most about 1.8e308.'
              : `Only numbers are allowed, not ${JSON.stringify(n.value)}.`,
          );
        return;
      case 'SymbolNode': {
        const name = n.name as string;
        const isCallee = parent?.type === 'FunctionNode' && path === 'fn';
        if (isCallee) return; // checked with its FunctionNode
        if (names.has(name) || CONSTANTS.has(name)) symbols.add(name);
        else refuse(`Unknown name "${name}"${where(wordAt(text, name))}.`, wordAt(text, name));
        return;
      }
      case 'FunctionNode': {
        const fn = n.fn as MathNode & { name?: string };
        if (fn.type !== 'SymbolNode' || !FUNCTIONS.has(fn.name!)) {
          const name = fn.type === 'SymbolNode' ? fn.name! : undefined;
          const pos = name ? wordAt(text, name) : undefined;
          refuse(
            name
              ? `Unknown function "${name}"${where(pos)}: use ${[...FUNCTIONS].join(', ')}.`
              : 'Only functions called by name are allowed.',
            pos,
          );
        }
        return;
      }
      case 'OperatorNode':
        if (!OPERATORS.has(n.fn as string)) {
          const sign = OPERATOR_SIGN[n.fn as string] ?? (n.op as string);
          refuse(`The operator "${sign}"${where(at(text, sign))} is not allowed.`, at(text, sign));
        }
        return;
      case 'RelationalNode':
        for (const c of n.conditionals as string[])
          if (!OPERATORS.has(c)) refuse(`The comparison "${c}" is not allowed.`);
        return;
      case 'ParenthesisNode':
      case 'ConditionalNode':
        return;
      default: {
        const [what, sign] = REFUSED[node.type] ?? [`"${node.type}"`, undefined];
        const pos = sign ? at(text, sign) : undefined;
        refuse(`${what}${where(pos)} is not allowed in a formula.`, pos);
      }
    }
  });
  if (problem) throw problem;
  return [...symbols];
}
