import type { ParamMeta } from './schema/define.ts';

/**
 * Formatting for people: $38.0B, 20.0%, 2030, 4.2×. The model itself stays in plain units; these functions are
 * pure and locale-independent so tests, the command line and every browser agree.
 */

const MINUS = '−';

/** US dollars: $38.0B, $1.25T (one more decimal for trillions), $750M; negatives with a true minus sign. */
export function formatUsd(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  const sign = value < 0 ? MINUS : '';
  const a = Math.abs(value);
  if (a >= 1e12) return `${sign}$${(a / 1e12).toFixed(digits + 1)}T`;
  if (a >= 1e9 || a === 0) return `${sign}$${(a / 1e9).toFixed(digits)}B`;
  if (a >= 1e6) return `${sign}$${(a / 1e6).toFixed(0)}M`;
  return `${sign}$${a.toFixed(0)}`;
}

/** A fraction as a percentage: 0.2 → 20.0%. */
export function formatPercent(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  const s = (Math.abs(value) * 100).toFixed(digits);
  return `${value < 0 ? MINUS : ''}${s}%`;
}

export function formatMultiple(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  return `${value < 0 ? MINUS : ''}${Math.abs(value).toFixed(digits)}×`;
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
      return formatUsd(v, stepDigits(p.step / 1e9));
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
