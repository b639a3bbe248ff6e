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

/** Model value → the number a person reads and types (e.g. 0.2 → 20, 38e9 → 38). Throws on NaN or ±Infinity. */
export function toDisplay(unit: Unit, value: number): number {
  return Number(shiftDecimal(value, UNITS[unit].linkExponent));
}

/**
 * The number a person typed → model value (e.g. 20 → 0.2). Exact: moves the decimal point of the number as
 * written, then reads it once. Refused with a RangeError when there is no such model value: NaN or ±Infinity in,
 * or a result too large for a double or too small to tell from zero.
 */
export function fromDisplay(unit: Unit, display: number): number {
  if (!Number.isFinite(display)) throw new RangeError(`Not a finite number: ${display}.`);
  const value = Number(shiftDecimal(display, -UNITS[unit].linkExponent));
  checkRepresentable(value, display !== 0);
  return value;
}

/** A decimal as people type it, with an optional exponent: "38", "-0.5", ".25", "1e21", "1.5E-7". */
const TYPED_DECIMAL = /^([+-]?)(\d+\.?\d*|\.\d+)(?:e([+-]?\d+))?$/i;

/**
 * Text typed into a number field (in display units) → model value, read in one exact step from the digits as
 * typed (never via an intermediate double, so "0.0000001" % is 1e-9 and "1e21" $B is 1e30). `undefined` when
 * the text is not a number; a RangeError when it is one but no double holds it (see `fromDisplay`).
 */
export function parseDisplay(unit: Unit, text: string): number | undefined {
  const match = TYPED_DECIMAL.exec(text.trim());
  if (!match) return undefined;
  const [, sign, digits, exp] = match as unknown as [string, string, string, string | undefined];
  // An absurd exponent ("1e99999999999999999999") is clamped: the result is out of any range either way.
  const exponent = Math.max(-1e6, Math.min(1e6, Number(exp ?? 0))) + UNITS[unit].linkExponent;
  const value = Number(`${sign}${digits}e${exponent}`);
  checkRepresentable(value, /[1-9]/.test(digits));
  return value === 0 ? 0 : value; // no negative zero
}

function checkRepresentable(value: number, nonZero: boolean): void {
  if (!Number.isFinite(value)) throw new RangeError('Too large a number.');
  if (nonZero && Math.abs(value) < Number.MIN_VALUE * 2 ** 52)
    throw new RangeError('Too small a number to tell from zero.');
}

/**
 * Writes `value / 10^exponent` as a plain decimal string by moving the decimal point of the shortest
 * representation of `value`, so that `Number(result + 'e' + exponent) === value` holds exactly for every finite
 * number (NaN and ±Infinity are refused with a RangeError). Doing the shift in text rather than in floating point is what makes links round-trip exactly
 * (0.07 * 100 is 7.000000000000001 in floating point; moving the point in "7e-2" gives "7").
 */
export function shiftDecimal(value: number, exponent: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}.`);
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

/**
 * The smallest amount of money the model tells apart from nothing: $1M, far below any slider's step ($0.05B). A
 * positive amount below it (a link's `inv2019=0.0000000000000000000000001`) would make ratios such as the multiple
 * on investment astronomically large, so it is read as zero, with a notice.
 */
export const MONEY_FLOOR = 1e6;

/** Whether a value is money below the floor yet not zero (read as zero by links and number fields). */
export function belowMoneyFloor(unit: Unit, value: number): boolean {
  return unit === 'usd' && value !== 0 && Math.abs(value) < MONEY_FLOOR;
}
