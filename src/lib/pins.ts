import { findPreset, PARAMS, presetValues, type Pin, type ParamId } from '../../models/index.ts';

/** How many assumptions a pin changes from its preset. */
export function pinChanges(pin: Pin): number {
  const base = presetValues(pin.preset);
  return PARAMS.filter((p) => pin.values[p.id as ParamId] !== base[p.id as ParamId]).length;
}

/** A pin's name in legends and tables: "Pin 1: Seeds of change, 2025 (+2 changes)". */
export function pinLabel(pin: Pin, index: number): string {
  const n = pinChanges(pin);
  const name = findPreset(pin.preset)?.name ?? pin.preset;
  return `Pin ${index + 1}: ${name}${n === 0 ? '' : ` (+${n} ${n === 1 ? 'change' : 'changes'})`}`;
}
