import type { ParamMeta } from './schema/define.ts';

/**
 * Formatting for people: $38.0B, 20.0%, 2030, 4.2×. The model itself stays in plain units; these functions are
 * pure and locale-independent so tests, the command line and every browser agree.
 */

const MINUS = '−';

/**
 * The largest figure written out, in the unit shown ($T, $B, %, ×). Beyond it a figure reads as a bound
 * (">$1,000,000,000,000T"), so no figure runs to hundreds of digits or falls back to exponent notation.
 */
const MAX_FIGURE = 1e12;

/** `x.toFixed(digits)` with thousands separators (89288.94 → "89,288.9"); x ≥ 0 and below MAX_FIGURE. */
function grouped(x: number, digits: number): string {
  const [whole, fraction] = x.toFixed(digits).split('.') as [string, string | undefined];
  const body = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? body : `${body}.${fraction}`;
}

/** A figure too large to write: ">$1,000,000,000,000T", or "<−…" below the negative bound. */
function beyond(value: number, prefix: string, suffix: string): string {
  return `${value < 0 ? `<${MINUS}` : '>'}${prefix}${grouped(MAX_FIGURE, 0)}${suffix}`;
}

/**
 * US dollars: $38.0B, $1.25T (one more decimal for trillions), $750M, $89,288.9T (thousands of trillions keep
 * `digits` decimals and get separators); negatives with a true minus sign. Never exponent notation.
 */
export function formatUsd(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  const a = Math.abs(value);
  const t = a / 1e12;
  if (t >= MAX_FIGURE) return beyond(value, '$', 'T');
  let body: string;
  // Decide the unit on the rounded figure, so $999.96B reads $1.00T rather than $1000.0B.
  if (Number((a / 1e9).toFixed(digits)) >= 1000)
    body = `$${grouped(t, Number(t.toFixed(digits + 1)) >= 1000 ? digits : digits + 1)}T`;
  else if (Number((a / 1e6).toFixed(0)) >= 1000 || a === 0) body = `$${(a / 1e9).toFixed(digits)}B`;
  else if (a >= 1e6) body = `$${(a / 1e6).toFixed(0)}M`;
  else body = `$${grouped(a, 0)}`;
  return signed(value, body);
}

/** US dollars always in billions, as money assumptions are set: $0.75B, $38.0B, $1,000.0B. */
export function formatBillions(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  const b = Math.abs(value) / 1e9;
  if (b >= MAX_FIGURE) return beyond(value, '$', 'B');
  return signed(value, `$${grouped(b, digits)}B`);
}

/** A minus sign only when the figure as written is not zero ("−0.0%" would be noise). */
function signed(value: number, body: string): string {
  return value < 0 && /[1-9]/.test(body) ? `${MINUS}${body}` : body;
}

/** A fraction as a percentage: 0.2 → 20.0%, 123.456 → 12,345.6%. Never exponent notation. */
export function formatPercent(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  const p = Math.abs(value) * 100;
  if (p >= MAX_FIGURE) return beyond(value, '', '%');
  return signed(value, `${grouped(p, digits)}%`);
}

/** A multiple: 4.2×, −55,240.7× (separators above 1,000×). Never exponent notation. */
export function formatMultiple(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  const m = Math.abs(value);
  if (m >= MAX_FIGURE) return beyond(value, '', '×');
  return signed(value, `${grouped(m, digits)}×`);
}

export function formatYear(value: number | null): string {
  return value === null ? 'never' : String(value);
}

/** A signed change, for "against the preset" badges: +$2.1B, −3.0 pts, +1 year. */
export function formatUsdChange(delta: number): string {
  if (!Number.isFinite(delta)) return '—';
  const body = formatUsd(Math.abs(delta));
  const sign = delta >= 0 ? '+' : MINUS;
  return body.startsWith('>') ? `>${sign}${body.slice(1)}` : `${sign}${body}`;
}

/** An assumption's value in its unit, as the UI and error messages show it. */
export function formatParamValue(p: ParamMeta, value: number | string | boolean): string {
  if (p.kind === 'flag') return value ? 'on' : 'off';
  if (p.kind === 'choice') return p.options.find((o) => o.value === value)?.label ?? String(value);
  const v = value as number;
  switch (p.unit) {
    case 'usd':
      return formatBillions(v, stepDigits(p.step / 1e9));
    case 'fraction':
      return formatPercent(v, stepDigits(p.step * 100));
    case 'multiple':
      return formatMultiple(v, stepDigits(p.step));
    case 'years':
      return `${v} ${v === 1 ? 'year' : 'years'}`;
    case 'year':
      return String(v);
  }
}

/** Enough decimals to show a value on the slider's step grid (0.25 → 2, 0.1 → 1, 5 → 0), at least one. */
function stepDigits(step: number): number {
  for (let d = 0; d <= 4; d++)
    if (Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-9) return Math.max(d, 1);
  return 4;
}
