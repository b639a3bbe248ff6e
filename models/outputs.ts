import type { MicrosoftLedger, OpenAILedger } from './engine/ledger.ts';
import type { ProjectionKpis, ProjectionSeries } from './engine/project.ts';

export type KpiId = keyof ProjectionKpis;
type OutputUnit = 'usd' | 'fraction' | 'year' | 'multiple';

/** What each headline figure means, for cards, tables and the README. */
export const KPI_META: Record<KpiId, { label: string; unit: OutputUnit; description: string }> = {
  revenueSharePaidThrough2030: {
    label: 'Revenue share to Microsoft, 2025–30',
    unit: 'usd',
    description: 'What OpenAI pays Microsoft in revenue share from 2025 through 2030, after any cap.',
  },
  revenueShareUncappedThrough2030: {
    label: 'Revenue share owed without a cap, 2025–30',
    unit: 'usd',
    description: 'What the same rates would cost OpenAI through 2030 with no cap.',
  },
  revenueShareCapReachedYear: {
    label: 'Cap reached in',
    unit: 'year',
    description: 'First year the cap stops payments short of what the rate implies.',
  },
  computeSpendThrough2030: {
    label: 'OpenAI compute spend, 2025–30',
    unit: 'usd',
    description: 'Inference and training compute across all providers, 2025 through 2030.',
  },
  azureRevenueThrough2030: {
    label: 'Azure revenue from OpenAI, 2025–30',
    unit: 'usd',
    description: 'What OpenAI pays Microsoft for Azure compute, 2025 through 2030.',
  },
  msftTotalValueNpv: {
    label: 'Value to Microsoft',
    unit: 'usd',
    description:
      'The sum of Microsoft’s ledger: its stake (projected), revenue share, Azure OpenAI Service both ways, the 2019 profit share and hosting profit; present value in 2025 dollars, after tax, every stream with its value after the horizon.',
  },
  msftInvested: {
    label: 'Microsoft invested',
    unit: 'usd',
    description: 'Sum of Microsoft’s investment tranches, 2019–2024, nominal.',
  },
  msftMultipleOnInvestment: {
    label: 'Multiple on investment',
    unit: 'multiple',
    description:
      '(Stake + revenue share + 2019 profit share, present values in 2025 dollars after tax) ÷ what Microsoft invested (nominal, 2019–24); hosting and Azure OpenAI Service are sales, not returns on the investment, and are left out.',
  },
  msftStakeValueAtMark: {
    label: 'Microsoft’s stake at the last round',
    unit: 'usd',
    description:
      'Microsoft’s diluted stake × the post-money valuation of the latest priced round: a market mark at that date, not a projection.',
  },
  msftStakeMarkYear: {
    label: 'Year of the mark',
    unit: 'year',
    description: 'Year of the round the stake is marked to.',
  },
  msftStakeValueNpv: {
    label: 'Microsoft’s stake, projected',
    unit: 'usd',
    description:
      'Microsoft’s share of OpenAI’s payouts through the horizon and of its equity value at the horizon, discounted to 2025 at OpenAI’s cost of equity; before the tax Microsoft would owe on a sale (the ledger’s stake is after it).',
  },
  openaiRevenueSharePaidNpv: {
    label: 'Revenue share OpenAI pays (present value)',
    unit: 'usd',
    description:
      'Every revenue-share payment to Microsoft, discounted to 2025 at the rate for contracted cash flows; before tax.',
  },
  openaiCapSavingThrough2030: {
    label: 'What the cap saves OpenAI, 2025–30',
    unit: 'usd',
    description: 'Revenue share owed without the cap less what is paid with it, 2025 through 2030, nominal.',
  },
  openaiValueAtMark: {
    label: 'OpenAI equity value at the last round (model)',
    unit: 'usd',
    description:
      'OpenAI’s equity value at the date of the latest priced round as the model projects it (post-money), to set against that round’s valuation.',
  },
  openaiValue2026: {
    label: 'OpenAI equity value, 2026 (model)',
    unit: 'usd',
    description:
      'OpenAI’s equity value at the end of 2026 as the model projects it (cash plus discounted free cash flows), to set against the Mar 2026 round.',
  },
  openaiBreakEvenYear: {
    label: 'OpenAI cash-flow positive',
    unit: 'year',
    description: 'First year OpenAI’s operating cash flow is positive.',
  },
  openaiBreakEvenRevenue: {
    label: 'Revenue at break-even',
    unit: 'usd',
    description: 'OpenAI revenue at which operating cash flow turns positive, interpolated between years.',
  },
  partnersExceedAzureYear: {
    label: 'Other clouds out-pay Azure',
    unit: 'year',
    description: 'First year OpenAI pays the other compute providers together more than Azure.',
  },
  msftStakeValueAtHorizon: {
    label: 'Microsoft’s stake at horizon',
    unit: 'usd',
    description:
      'Microsoft’s diluted stake × OpenAI’s projected equity value in the last year shown: a value at that date, not discounted.',
  },
  idleComputeTotal: {
    label: 'Idle contracted compute',
    unit: 'usd',
    description:
      'Contracted capacity beyond need, paid for in full, summed over every modelled year (2025–45).',
  },
};

type FlatSeriesId = Exclude<keyof ProjectionSeries, 'computeByProvider'>;

/** Labels and units of the year-by-year series (spreadsheet headers, chart tables). */
export const SERIES_META: Record<FlatSeriesId, { label: string; unit: OutputUnit }> = {
  openaiRevenue: { label: 'OpenAI revenue', unit: 'usd' },
  revenueShareRate: { label: 'Revenue share rate', unit: 'fraction' },
  revenueSharePaid: { label: 'Revenue share paid', unit: 'usd' },
  revenueShareUncapped: { label: 'Revenue share owed without cap', unit: 'usd' },
  computeSpend: { label: 'Compute spend (paid to providers)', unit: 'usd' },
  inferenceCompute: { label: 'Inference compute', unit: 'usd' },
  trainingCompute: { label: 'Training compute', unit: 'usd' },
  decentralizedSaving: { label: 'Decentralized saving', unit: 'usd' },
  idleCompute: { label: 'Idle contracted compute', unit: 'usd' },
  idleComputeRecovered: { label: 'Idle compute recovered', unit: 'usd' },
  openaiGrossMargin: { label: 'OpenAI gross margin', unit: 'fraction' },
  openaiOtherCosts: { label: 'OpenAI other operating costs', unit: 'usd' },
  openaiOperatingCashFlow: { label: 'OpenAI operating cash flow (pre-tax)', unit: 'usd' },
  openaiTax: { label: 'OpenAI tax', unit: 'usd' },
  openaiFreeCashFlow: { label: 'OpenAI free cash flow (after tax)', unit: 'usd' },
  fundingRaised: { label: 'New equity raised by OpenAI', unit: 'usd' },
  openaiCash: { label: 'OpenAI cash at year end', unit: 'usd' },
  openaiDistributions: { label: 'OpenAI payouts to holders', unit: 'usd' },
  azureRevenueFromOpenAI: { label: 'Azure revenue from OpenAI', unit: 'usd' },
  msftHostingProfit: { label: 'Microsoft hosting profit (pre-tax)', unit: 'usd' },
  azureOpenAIRevenue: { label: 'Azure OpenAI Service revenue', unit: 'usd' },
  msftAzureOpenAIProfit: { label: 'Microsoft Azure OpenAI profit (pre-tax)', unit: 'usd' },
  msftShareToOpenAI: { label: 'Microsoft share paid to OpenAI', unit: 'usd' },
  msftProfitShare: { label: 'Microsoft 2019 profit share', unit: 'usd' },
  msftCashFlow: { label: 'Microsoft cash from the deal (pre-tax)', unit: 'usd' },
  openaiValuation: { label: 'OpenAI equity value (model)', unit: 'usd' },
  msftStake: { label: 'Microsoft stake', unit: 'fraction' },
  foundationStake: { label: 'OpenAI Foundation stake', unit: 'fraction' },
  msftStakeValue: { label: 'Microsoft stake value', unit: 'usd' },
  foundationStakeValue: { label: 'OpenAI Foundation stake value', unit: 'usd' },
  othersStakeValue: { label: 'Employees and other investors', unit: 'usd' },
};

/** How a ledger part is measured: every part of one ledger that is added up shares one basis. */
export interface LedgerPartMeta {
  readonly label: string;
  readonly basis: string;
  readonly description: string;
}

/** Microsoft's ledger: present values in 2025 dollars after tax, summed into msftTotalValueNpv. */
export const MSFT_LEDGER_META: Record<keyof MicrosoftLedger, LedgerPartMeta> = {
  stake: {
    label: 'Stake in OpenAI (projected)',
    basis:
      'Present value in 2025 at OpenAI’s cost of equity; after OpenAI’s tax and the tax Microsoft would owe on its gain were it to sell',
    description:
      'Microsoft’s share of OpenAI’s payouts, then of its projected equity value at the horizon, diluted by every raise.',
  },
  revenueShare: {
    label: 'Revenue share received',
    basis: 'Present value in 2025 at the contracted-cash-flow rate; after Microsoft’s tax',
    description: 'What OpenAI pays Microsoft as a share of its revenue, after the cap and the AGI clause.',
  },
  azureOpenAIMargin: {
    label: 'Azure OpenAI Service, Microsoft’s margin',
    basis: 'Present value in 2025 at the contracted-cash-flow rate; after Microsoft’s tax',
    description: 'Operating profit on selling OpenAI’s models on Azure, while Microsoft’s rights last.',
  },
  azureOpenAIShare: {
    label: 'Azure OpenAI Service, share paid to OpenAI',
    basis: 'Present value in 2025 at the contracted-cash-flow rate; after Microsoft’s tax',
    description: 'The share of Azure OpenAI Service revenue Microsoft pays OpenAI (a cost, so negative).',
  },
  profitShare2019: {
    label: '2019 profit share',
    basis: 'Present value in 2025 at OpenAI’s cost of equity; after Microsoft’s tax',
    description: 'The capped-profit share of the 2019 terms, where it applies.',
  },
  hosting: {
    label: 'Hosting OpenAI on Azure',
    basis:
      'Present value in 2025, contracted payments at the contracted-cash-flow rate and the rest at OpenAI’s cost of equity; cash margin after capex; after Microsoft’s tax',
    description:
      'Operating profit on the compute OpenAI buys from Azure: a commercial sale with its own costs, not a return on the investment.',
  },
};

/** OpenAI's ledger: each part on its own basis, shown side by side and never added. */
export const OPENAI_LEDGER_META: Record<keyof OpenAILedger, LedgerPartMeta> = {
  revenueSharePaid: {
    label: 'Revenue share paid to Microsoft',
    basis: 'Present value in 2025 at the contracted-cash-flow rate; before tax',
    description: 'The same payments Microsoft receives, before Microsoft’s tax.',
  },
  capSavingThrough2030: {
    label: 'What the cap saves, 2025–30',
    basis: 'Nominal, 2025–30',
    description: 'Revenue share owed without the cap less what is paid with it.',
  },
  azureOpenAIShareReceived: {
    label: 'Azure OpenAI Service share received',
    basis: 'Present value in 2025 at the contracted-cash-flow rate; before tax',
    description: 'The share of Azure OpenAI Service revenue Microsoft pays OpenAI.',
  },
  msftInvestmentReceived: {
    label: 'Microsoft’s investment received',
    basis: 'Nominal, 2019–24, at cost',
    description: 'What Microsoft put in, before the model’s first year.',
  },
  cashToRaiseUntilBreakEven: {
    label: 'New equity to raise until cash-flow positive',
    basis: 'Nominal, 2026 to the break-even year',
    description: 'The Mar 2026 round and any later raise before operating cash flow turns positive.',
  },
};
