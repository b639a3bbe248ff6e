import { stakeMark } from '../../models/engine/equity.ts';
import type { Projection } from '../../models/engine/project.ts';
import {
  formatMultiple,
  formatPercent,
  formatUsd,
  formatUsdChange,
  formatYear,
} from '../../models/format.ts';
import { KPI_META, type KpiId } from '../../models/outputs.ts';
import type { ScenarioValues } from '../../models/schema/scenario.ts';
import { markDate } from './rounds.ts';

export type Side = 'microsoft' | 'openai';

export const SIDES: readonly { readonly id: Side; readonly label: string }[] = [
  { id: 'microsoft', label: 'Microsoft' },
  { id: 'openai', label: 'OpenAI' },
];

export interface KpiCard {
  readonly id: KpiId;
  /** Whose figure it is: the cards are shown in two groups, Microsoft's and OpenAI's. */
  readonly side: Side;
  readonly label: string;
  readonly value: string;
  /** What the figure is measured as: present value or nominal, model or market mark, pre- or after-tax. */
  readonly basis: string;
  /** A second line of context (e.g. the uncapped amount, the break-even revenue). */
  readonly detail: string;
  /** Change against the preset, or '' when it is too small to show. */
  readonly change: string;
  readonly description: string;
}

/** Said where a figure does not exist under the scenario (no cap, no stake): never "$0.0B". */
export const NOT_APPLICABLE = 'not applicable';

/**
 * The headline figures in reading order, Microsoft's then OpenAI's, formatted, each with its basis and its change
 * against the preset's projection.
 */
export function kpiCards(p: Projection, base: Projection, v: ScenarioValues): KpiCard[] {
  const k = p.kpis;
  const b = base.kpis;
  const card = (
    side: Side,
    id: KpiId,
    value: string,
    basis: string,
    detail: string,
    change: string,
  ): KpiCard => ({
    id,
    side,
    label: KPI_META[id].label,
    value,
    basis,
    detail,
    change,
    description: KPI_META[id].description,
  });
  const mark = stakeMark(v);
  const when = markDate(mark.year);
  return [
    card(
      'microsoft',
      'msftTotalValueNpv',
      formatUsd(k.msftTotalValueNpv),
      'Present value in 2025 dollars, after tax; the stake is projected',
      k.msftMultipleOnInvestment === null
        ? 'Nothing invested'
        : `${formatMultiple(k.msftMultipleOnInvestment)} the ${formatUsd(k.msftInvested)} invested (stake + revenue share + profit share; hosting excluded)`,
      // The value's change alone: with the multiple's beside it the line would wrap on a phone and move the page.
      usdChange(k.msftTotalValueNpv, b.msftTotalValueNpv),
    ),
    card(
      'microsoft',
      'msftStakeValueAtMark',
      k.msftStakeValueAtMark === null ? NOT_APPLICABLE : formatUsd(k.msftStakeValueAtMark),
      `Market mark: the ${when} round`,
      k.msftStakeValueAtMark === null
        ? 'No stake under the 2019 terms: a profit share instead'
        : `${formatPercent(mark.stake)} × ${formatUsd(mark.valuation)}; projected: ${formatUsd(k.msftStakeValueNpv)} (present value, before tax on a sale)`,
      k.msftStakeValueAtMark === null || b.msftStakeValueAtMark === null
        ? ''
        : usdChange(k.msftStakeValueAtMark, b.msftStakeValueAtMark),
    ),
    card(
      'microsoft',
      'revenueSharePaidThrough2030',
      k.revenueSharePaidThrough2030 === 0 ? 'none' : formatUsd(k.revenueSharePaidThrough2030),
      'Nominal, before tax',
      k.revenueSharePaidThrough2030 === 0
        ? 'No revenue share through 2030 under these terms'
        : !v.shareCapOn
          ? 'No cap'
          : k.revenueShareCapReachedYear === null
            ? `The ${formatUsd(v.shareCap)} cap is never reached`
            : `Cap reached ${k.revenueShareCapReachedYear}; ${formatUsd(k.revenueShareUncappedThrough2030)} uncapped`,
      usdChange(k.revenueSharePaidThrough2030, b.revenueSharePaidThrough2030),
    ),
    card(
      'microsoft',
      'azureRevenueThrough2030',
      formatUsd(k.azureRevenueThrough2030),
      'Nominal revenue, before Azure’s costs',
      `${share(k.azureRevenueThrough2030, k.computeSpendThrough2030)} of OpenAI's ${formatUsd(k.computeSpendThrough2030)} of compute`,
      usdChange(k.azureRevenueThrough2030, b.azureRevenueThrough2030),
    ),
    card(
      'openai',
      'openaiRevenueSharePaidNpv',
      k.openaiRevenueSharePaidNpv === 0 ? 'none' : formatUsd(k.openaiRevenueSharePaidNpv),
      'Present value in 2025 dollars, before tax',
      k.openaiRevenueSharePaidNpv === 0
        ? 'No revenue share under these terms'
        : 'Every payment to Microsoft, discounted to 2025',
      usdChange(k.openaiRevenueSharePaidNpv, b.openaiRevenueSharePaidNpv),
    ),
    card('openai', 'openaiCapSavingThrough2030', ...capSaving(p, base, v)),
    card(
      'openai',
      'openaiValueAtMark',
      formatUsd(k.openaiValueAtMark),
      `Model (cash + discounted free cash flow), at the ${when} round`,
      `Round: ${formatUsd(mark.valuation)} post-money (market mark)`,
      usdChange(k.openaiValueAtMark, b.openaiValueAtMark),
    ),
    card(
      'openai',
      'openaiBreakEvenYear',
      formatYear(k.openaiBreakEvenYear),
      'Operating cash flow turns positive',
      k.openaiBreakEvenRevenue === null
        ? 'Not within the horizon'
        : `At ~${formatUsd(k.openaiBreakEvenRevenue)} of revenue`,
      yearChange(k.openaiBreakEvenYear, b.openaiBreakEvenYear),
    ),
  ];
}

/** What the cap saves OpenAI: not applicable without a cap, "none" when it never binds by 2030. */
function capSaving(
  p: Projection,
  base: Projection,
  v: ScenarioValues,
): [value: string, basis: string, detail: string, change: string] {
  const basis = 'Nominal, 2025–30';
  const saving = p.kpis.openaiCapSavingThrough2030;
  const was = base.kpis.openaiCapSavingThrough2030;
  if (!v.shareCapOn) return [NOT_APPLICABLE, basis, 'No cap under these terms', ''];
  if (saving === 0)
    return ['none', basis, `The ${formatUsd(v.shareCap)} cap is not reached by 2030`, usdChange(saving, was)];
  return [
    formatUsd(saving),
    basis,
    `${formatUsd(p.kpis.revenueShareUncappedThrough2030)} owed without the ${formatUsd(v.shareCap)} cap`,
    usdChange(saving, was),
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

function share(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part / whole) * 100)}%` : '0%';
}
