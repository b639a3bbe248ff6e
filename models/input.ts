import { formatParamValue } from './format.ts';
import { isWholeNumberParam, type NumberMeta } from './schema/define.ts';
import { belowMoneyFloor, parseDisplay } from './schema/units.ts';

/** What a number field makes of its text: a model value to apply, or a message to show and nothing applied. */
export type FieldReading = { readonly value: number } | { readonly error: string };

/**
 * Reads the text of an assumption's number field (in display units: $B, %, years). The value is exact (the
 * decimal point is moved in the text, never by multiplying) and always finite and within the assumption's range;
 * anything else is refused with a message naming what to enter, so NaN or ±Infinity can never reach the scenario.
 */
export function readNumberField(meta: NumberMeta, text: string): FieldReading {
  const range = `Enter ${formatParamValue(meta, meta.min)} to ${formatParamValue(meta, meta.max)}.`;
  let value: number | undefined;
  try {
    value = parseDisplay(meta.unit, text);
  } catch {
    // A number no double holds: far too large, or so small it would read as zero.
    return { error: range };
  }
  if (value === undefined) return { error: 'Enter a number.' };
  if (isWholeNumberParam(meta) && !Number.isInteger(value)) return { error: 'Enter a whole number.' };
  if (!(value >= meta.min && value <= meta.max)) return { error: range };
  if (belowMoneyFloor(meta.unit, value)) return { error: 'Enter $0 or at least $0.001B.' };
  return { value };
}
