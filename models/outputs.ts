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
    label: 'Value to Microsoft (present value)',
    unit: 'usd',
    description:
      'Revenue share + hosting profit + profit share − share paid to OpenAI, each year discounted to 2025, plus the stake at the horizon.',
  },
  msftInvested: {
    label: 'Microsoft invested',
    unit: 'usd',
    description: 'Sum of Microsoft’s investment tranches, 2019–2024.',
  },
  msftMultipleOnInvestment: {
    label: 'Multiple on investment',
    unit: 'multiple',
    description: 'Value to Microsoft (present value) divided by what it invested.',
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
    description: 'Microsoft’s stake times OpenAI’s valuation in the last projected year.',
  },
};

type FlatSeriesId = Exclude<keyof ProjectionSeries, 'computeByProvider'>;

/** Labels and units of the year-by-year series (spreadsheet headers, chart tables). */
export const SERIES_META: Record<FlatSeriesId, { label: string; unit: OutputUnit }> = {
  openaiRevenue: { label: 'OpenAI revenue', unit: 'usd' },
  revenueShareRate: { label: 'Revenue share rate', unit: 'fraction' },
  revenueSharePaid: { label: 'Revenue share paid', unit: 'usd' },
  revenueShareUncapped: { label: 'Revenue share owed without cap', unit: 'usd' },
  computeSpend: { label: 'Compute spend', unit: 'usd' },
  inferenceCompute: { label: 'Inference compute', unit: 'usd' },
  trainingCompute: { label: 'Training compute', unit: 'usd' },
  decentralizedSaving: { label: 'Decentralized saving', unit: 'usd' },
  contractShortfall: { label: 'Contracts beyond need', unit: 'usd' },
  openaiGrossMargin: { label: 'OpenAI gross margin', unit: 'fraction' },
  openaiOtherCosts: { label: 'OpenAI other operating costs', unit: 'usd' },
  openaiOperatingCashFlow: { label: 'OpenAI operating cash flow', unit: 'usd' },
  azureRevenueFromOpenAI: { label: 'Azure revenue from OpenAI', unit: 'usd' },
  msftHostingProfit: { label: 'Microsoft hosting profit', unit: 'usd' },
  azureOpenAIRevenue: { label: 'Azure OpenAI Service revenue', unit: 'usd' },
  msftShareToOpenAI: { label: 'Microsoft share paid to OpenAI', unit: 'usd' },
  msftProfitShare: { label: 'Microsoft 2019 profit share', unit: 'usd' },
  msftCashFlow: { label: 'Microsoft cash flow from the deal', unit: 'usd' },
  openaiValuation: { label: 'OpenAI valuation', unit: 'usd' },
  msftStake: { label: 'Microsoft stake', unit: 'fraction' },
  msftStakeValue: { label: 'Microsoft stake value', unit: 'usd' },
  foundationStakeValue: { label: 'OpenAI Foundation stake value', unit: 'usd' },
};
