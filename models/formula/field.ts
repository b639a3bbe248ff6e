import { readNumberField, type FieldReading } from '../input.ts';
import type { NumberMeta } from '../schema/define.ts';
import { compileFormula, FormulaError } from './compile.ts';

const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * Evaluates a number field's expression (the text after "="), in the field's display units: in a $B field
 * `852 * 0.27` is $230.04B, in a % field `13 + 0.75` is 13.75%. Only numbers, operators, functions and the
 * constants pi and e: no assumptions, no `t`. The result, rounded to 15 significant digits, must be finite and in
 * the assumption's range, as a typed number must. Never throws.
 */
export function readFieldExpression(
  meta: NumberMeta,
  expression: string,
  /** Characters before the expression in what the user sees (1 for the "=" a field shows): positions count them. */
  offset = 0,
): FieldReading | { readonly error: string; readonly position?: number } {
  let result: unknown;
  try {
    result = compileFormula(expression, NO_NAMES).evaluate(new Map());
  } catch (e) {
    if (e instanceof FormulaError) {
      if (e.position === undefined) return { error: e.message };
      const position = e.position + offset;
      return { error: e.message.replace(/at character \d+/, `at character ${position}`), position };
    }
    return { error: `Cannot evaluate: ${e instanceof Error ? e.message : String(e)}.` };
  }
  if (typeof result !== 'number' || !Number.isFinite(result))
    return { error: `Gives ${String(result)}, not a finite number.` };
  // Rounded to 15 significant digits, as a spreadsheet shows a result: 852 × 0.27 is 230.04, not the
  // 230.04000000000002 binary arithmetic gives.
  return readNumberField(meta, result.toPrecision(15));
}

/**
 * Whether a field's expression gives the value its link writes: to 12 significant digits, so a link written by
 * hand (`rev2030=230.04&expr.rev2030=852*0.27`, where 852 × 0.27 is 230.04000000000002 in binary) still matches.
 */
export function expressionGives(result: number, value: number): boolean {
  return Math.abs(result - value) <= 1e-12 * Math.max(Math.abs(result), Math.abs(value));
}
