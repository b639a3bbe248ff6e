import type { ParamMeta } from './schema/define.ts';

/**
 * Formatting for people: $38.0B, 20.0%, 2030, 4.2×. The model itself stays in plain units; these functions are
 * pure and locale-independent so tests, the command line and every browser agree.
 */

const MINUS = '−';

/** US dollars: $38.0B, $1.25T (one more decimal for trillions), $750M; negatives with a true minus sign. */
export function formatUsd(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  const a = Math.abs(value);
  let body: string;
  // Decide the unit on the rounded figure, so $999.96B reads $1.00T rather than $1000.0B.
  if (Number((a / 1e9).toFixed(digits)) >= 1000) body = `$${(a / 1e12).toFixed(digits + 1)}T`;
  else if (Number((a / 1e6).toFixed(0)) >= 1000 || a === 0) body = `$${(a / 1e9).toFixed(digits)}B`;
  else if (a >= 1e6) body = `$${(a / 1e6).toFixed(0)}M`;
  else body = `$${a.toFixed(0)}`;
  return signed(value, body);
}

/** US dollars always in billions, as money assumptions are set: $0.75B, $38.0B. */
export function formatBillions(value: number, digits = 1): string {
  return signed(value, `$${(Math.abs(value) / 1e9).toFixed(digits)}B`);
}

/** A minus sign only when the figure as written is not zero ("−0.0%" would be noise). */
function signed(value: number, body: string): string {
  return value < 0 && /[1-9]/.test(body) ? `${MINUS}${body}` : body;
}

/** A fraction as a percentage: 0.2 → 20.0%. */
export function formatPercent(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  return signed(value, `${(Math.abs(value) * 100).toFixed(digits)}%`);
}

export function formatMultiple(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  return signed(value, `${Math.abs(value).toFixed(digits)}×`);
}

export function formatYear(value: number | null): string {
  return value === null ? 'never' : String(value);
}

/** A signed change, for "against the preset" badges: +$2.1B, −3.0 pts, +1 year. */
export function formatUsdChange(delta: number): string {
  return `${delta >= 0 ? '+' : MINUS}${formatUsd(Math.abs(delta))}`;
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
