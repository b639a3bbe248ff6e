import {
  formatMultiple,
  formatPercent,
  formatUsd,
  formatUsdChange,
  formatYear,
  KPI_META,
  type KpiId,
} from '../../models/index.ts';

/** A headline figure as people read it, in its unit: $249.2B, 20.0%, 2029 (or "never"), 4.2×. */
export function formatKpi(kpi: KpiId, value: number | null): string {
  if (value === null) return KPI_META[kpi].unit === 'year' ? 'never' : 'not applicable';
  switch (KPI_META[kpi].unit) {
    case 'usd':
      return formatUsd(value);
    case 'fraction':
      return formatPercent(value);
    case 'multiple':
      return formatMultiple(value);
    case 'year':
      return formatYear(value);
  }
}

const MINUS = '−';

/**
 * The difference `value − from` in the figure's unit: +$2.1B, −3.0 pts, +0.4×, +1 year; "same" when there is none,
 * and for a year that comes in one and never in the other, what it was.
 */
export function formatKpiChange(kpi: KpiId, value: number | null, from: number | null): string {
  if (value === from) return 'same';
  const unit = KPI_META[kpi].unit;
  if (value === null || from === null) {
    if (unit === 'year')
      return value === null ? 'never (vs ' + formatYear(from) + ')' : `${value} (vs never)`;
    return 'not comparable';
  }
  const d = value - from;
  const sign = d >= 0 ? '+' : MINUS;
  switch (unit) {
    case 'usd':
      return formatUsdChange(d);
    case 'fraction':
      return `${sign}${(Math.abs(d) * 100).toFixed(1)} pts`;
    case 'multiple':
      return `${sign}${formatMultiple(Math.abs(d))}`;
    case 'year':
      return `${sign}${Math.abs(d)} ${Math.abs(d) === 1 ? 'year' : 'years'}`;
  }
}
