import { expect } from 'vitest';
import { presetValues, type ScenarioValues } from '../../models/index.ts';

/** Asserts |actual − expected| ≤ rel × |expected| (or ≤ rel when expected is 0). */
export function expectRel(actual: number | null | undefined, expected: number, rel = 1e-9): void {
  expect(actual, 'expected a number').toBeTypeOf('number');
  const a = actual as number;
  const tolerance = expected === 0 ? rel : rel * Math.abs(expected);
  if (!(Math.abs(a - expected) <= tolerance)) {
    expect.fail(`expected ${a} to be within ${rel} (relative) of ${expected}`);
  }
}

/** The values of a preset with some changes (defaults to the Apr 2026 terms). */
export function scenario(changes: Partial<ScenarioValues> = {}, preset = 'amended-2026'): ScenarioValues {
  return { ...presetValues(preset), ...changes };
}

/** Years FIRST_YEAR..last, inclusive. */
export function yearsThrough(last: number, first = 2025): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export const B = 1e9;
