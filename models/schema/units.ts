/**
 * Units of the assumptions. The model computes in plain units (US dollars, fractions, years); people read
 * and type them in display units ($B, %, years). `linkExponent` is the power of ten between the two, used by
 * the link codec so that a link reads `shareStart=20` rather than `shareStart=0.2`, and `capUsd=38` rather
 * than `capUsd=38000000000`.
 */
export type Unit = 'usd' | 'fraction' | 'year' | 'years' | 'multiple';

export interface UnitSpec {
  /** What the number field shows next to the value. */
  readonly suffix: string;
  /** Model value = display value × 10^linkExponent. */
  readonly linkExponent: number;
  /** What a spreadsheet column header says. */
  readonly columnUnit: string;
}

export const UNITS: Record<Unit, UnitSpec> = {
  usd: { suffix: '$B', linkExponent: 9, columnUnit: 'USD' },
  fraction: { suffix: '%', linkExponent: -2, columnUnit: 'fraction' },
  year: { suffix: '', linkExponent: 0, columnUnit: 'year' },
  years: { suffix: 'years', linkExponent: 0, columnUnit: 'years' },
  multiple: { suffix: '×', linkExponent: 0, columnUnit: 'multiple' },
};

/** Model value → the number a person reads and types (e.g. 0.2 → 20, 38e9 → 38). */
export function toDisplay(unit: Unit, value: number): number {
  return Number(shiftDecimal(value, UNITS[unit].linkExponent));
}

/** The number a person typed → model value (e.g. 20 → 0.2). Exact: parses the decimal with a shifted exponent. */
export function fromDisplay(unit: Unit, display: number): number {
  const exponent = UNITS[unit].linkExponent;
  return exponent === 0 ? display : Number(`${display}e${exponent}`);
}

/**
 * Writes `value / 10^exponent` as a plain decimal string by moving the decimal point of the shortest
 * representation of `value`, so that `Number(result + 'e' + exponent) === value` holds exactly for every finite
 * number. Doing the shift in text rather than in floating point is what makes links round-trip exactly
 * (0.07 * 100 is 7.000000000000001 in floating point; moving the point in "7e-2" gives "7").
 */
export function shiftDecimal(value: number, exponent: number): string {
  if (value === 0) return '0';
  const [mantissa, exp] = Math.abs(value).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const point = 1 + Number(exp) - exponent;
  let body: string;
  if (point <= 0) body = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) body = digits + '0'.repeat(point - digits.length);
  else body = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return value < 0 ? `-${body}` : body;
}
