import {
  formatMultiple,
  formatUsd,
  formatUsdChange,
  formatYear,
  KPI_META,
  SEEDS_COMPUTE_LABEL,
  type KpiId,
  type Projection,
} from '../../models/index.ts';

export interface KpiCard {
  readonly id: KpiId;
  readonly label: string;
  readonly value: string;
  /** A second line of context (e.g. the uncapped amount, the break-even revenue). */
  readonly detail: string;
  /** Change against the preset, or '' when it is too small to show. */
  readonly change: string;
  readonly description: string;
}

/** The headline figures in reading order, formatted, each with its change against the preset's projection. */
export function kpiCards(p: Projection, base: Projection): KpiCard[] {
  const k = p.kpis;
  const b = base.kpis;
  const card = (id: KpiId, value: string, detail: string, change: string): KpiCard => ({
    id,
    label: KPI_META[id].label,
    value,
    detail,
    change,
    description: KPI_META[id].description,
  });
  return [
    card(
      'msftTotalValueNpv',
      formatUsd(k.msftTotalValueNpv),
      k.msftMultipleOnInvestment === null
        ? 'Nothing invested'
        : `${formatMultiple(k.msftMultipleOnInvestment)} the ${formatUsd(k.msftInvested)} invested`,
      usdChange(k.msftTotalValueNpv, b.msftTotalValueNpv),
    ),
    card(
      'revenueSharePaidThrough2030',
      formatUsd(k.revenueSharePaidThrough2030),
      k.revenueShareCapReachedYear === null
        ? 'Cap never binds'
        : `Cap reached ${k.revenueShareCapReachedYear}; ${formatUsd(k.revenueShareUncappedThrough2030)} uncapped`,
      usdChange(k.revenueSharePaidThrough2030, b.revenueSharePaidThrough2030),
    ),
    card(
      'azureRevenueThrough2030',
      formatUsd(k.azureRevenueThrough2030),
      `${share(k.azureRevenueThrough2030, k.computeSpendThrough2030)} of OpenAI's compute`,
      usdChange(k.azureRevenueThrough2030, b.azureRevenueThrough2030),
    ),
    card(
      'computeSpendThrough2030',
      formatUsd(k.computeSpendThrough2030),
      SEEDS_COMPUTE_LABEL,
      usdChange(k.computeSpendThrough2030, b.computeSpendThrough2030),
    ),
    card(
      'openaiBreakEvenYear',
      formatYear(k.openaiBreakEvenYear),
      k.openaiBreakEvenRevenue === null
        ? 'Not within the horizon'
        : `At ~${formatUsd(k.openaiBreakEvenRevenue)} of revenue`,
      yearChange(k.openaiBreakEvenYear, b.openaiBreakEvenYear),
    ),
    card(
      'partnersExceedAzureYear',
      formatYear(k.partnersExceedAzureYear),
      'Other clouds together pay more than Azure',
      yearChange(k.partnersExceedAzureYear, b.partnersExceedAzureYear),
    ),
    card(
      'msftMultipleOnInvestment',
      k.msftMultipleOnInvestment === null ? '—' : formatMultiple(k.msftMultipleOnInvestment),
      'Present value ÷ invested',
      multipleChange(k.msftMultipleOnInvestment, b.msftMultipleOnInvestment),
    ),
    card(
      'msftStakeValueAtHorizon',
      formatUsd(k.msftStakeValueAtHorizon),
      `In ${p.years[p.years.length - 1]}, undiscounted`,
      usdChange(k.msftStakeValueAtHorizon, b.msftStakeValueAtHorizon),
    ),
  ];
}

/** Changes smaller than $50M round to $0.0B and would read as noise, so they are not shown. */
function usdChange(value: number, base: number): string {
  return Math.abs(value - base) < 5e7 ? '' : formatUsdChange(value - base);
}

function yearChange(value: number | null, base: number | null): string {
  if (value === base) return '';
  if (value === null) return 'was ' + formatYear(base);
  if (base === null) return 'was never';
  const d = value - base;
  return `${d > 0 ? '+' : '−'}${Math.abs(d)} ${Math.abs(d) === 1 ? 'year' : 'years'}`;
}

function multipleChange(value: number | null, base: number | null): string {
  if (value === null || base === null || Math.abs(value - base) < 0.05) return '';
  return `${value > base ? '+' : '−'}${formatMultiple(Math.abs(value - base))}`;
}

function share(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part / whole) * 100)}%` : '0%';
}
