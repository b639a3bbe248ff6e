import type { Projection } from './engine/project.ts';
import { FIRST_YEAR } from './engine/paths.ts';
import { presetValues } from './presets.ts';
import { project } from './engine/project.ts';
import type { ScenarioValues } from './schema/scenario.ts';
import type { SourceId } from './sources.ts';

const B = 1e9;

/** One reported figure beside the model's figure under the preset that claims to reproduce it. */
export interface ReconciliationRow {
  readonly id: string;
  /** What the figure is, in words. */
  readonly figure: string;
  /** The preset that claims the figure. */
  readonly preset: string;
  readonly unit: 'usd' | 'fraction' | 'year';
  /** The reported figure in model units (USD, fractions, years). */
  readonly reported: number;
  /** How the source states it. */
  readonly reportedText: string;
  readonly model: number | null;
  /** (model − reported) ÷ |reported|; for years, model − reported in years; null when the model has no figure. */
  readonly gap: number | null;
  /** The largest |gap| the tests accept as matched. */
  readonly tolerance: number;
  /** Whether |gap| ≤ tolerance. */
  readonly matched: boolean;
  /** How the model gets there, or why the figure is deliberately not matched. */
  readonly note: string;
  /**
   * What a match shows: `input` (the figure is an assumption, echoed), `calibrated` (an assumption of ours was set
   * so the model reproduces it) or `derived` (the model's own result from other inputs: the real test).
   */
  readonly kind: 'input' | 'calibrated' | 'derived';
  /** Sources (models/sources.ts), checked by the compiler. */
  readonly cites: readonly SourceId[];
}

interface Claim extends Omit<ReconciliationRow, 'model' | 'gap' | 'matched'> {
  readonly compute: (p: Projection, v: ScenarioValues) => number | null;
}

const at = (p: Projection, year: number) => year - FIRST_YEAR;
const sum = (xs: readonly number[], from: number, to: number) => {
  let t = 0;
  for (let i = from; i <= to; i++) t += xs[i]!;
  return t;
};

/** Every reported figure the presets claim, in reading order. */
const CLAIMS: readonly Claim[] = [
  {
    id: 'cap',
    kind: 'derived',
    figure: 'Total cap on revenue share, 2025–30',
    preset: 'amended-2026',
    unit: 'usd',
    reported: 38 * B,
    reportedText: '$38B total',
    compute: (p) => p.kpis.revenueSharePaidThrough2030,
    tolerance: 1e-9,
    note: 'The cap binds: payments stop once they reach $38B, counted from 2025.',
    cites: ['the-information-2026-05-cap'],
  },
  {
    id: 'cap-saving',
    kind: 'derived',
    figure: 'What the cap saves OpenAI through 2030',
    preset: 'amended-2026',
    unit: 'usd',
    reported: 97 * B,
    reportedText: '~$97B',
    compute: (p) => p.kpis.openaiCapSavingThrough2030,
    tolerance: 0.15,
    note: 'Uncapped share owed on the reported revenue path less the $38B paid.',
    cites: ['the-information-2026-05-cap'],
  },
  {
    id: 'uncapped',
    kind: 'derived',
    figure: 'Revenue share owed without the cap, 2025–30',
    preset: 'amended-2026',
    unit: 'usd',
    reported: 135 * B,
    reportedText: '~$135B (38 + 97)',
    compute: (p) => p.kpis.revenueShareUncappedThrough2030,
    tolerance: 0.15,
    note: '20% of revenue on the reported path ($13B in 2025 to $280B in 2030).',
    cites: ['the-information-2026-05-cap'],
  },
  {
    id: 'valuation-2026',
    kind: 'calibrated',
    figure: 'OpenAI equity value at the Mar 2026 round (post-money)',
    preset: 'amended-2026',
    unit: 'usd',
    reported: 852 * B,
    reportedText: '$852B post-money, $122B raised',
    compute: (p) => p.kpis.openaiValueAtMark,
    tolerance: 0.1,
    note: 'The model’s end-2025 value (cash plus free cash flows at a 13% cost of equity) rolled a quarter forward, plus the round’s $122B; the cost of equity is set so the default outlook is market-consistent.',
    cites: ['openai-2026-03-round'],
  },
  {
    id: 'stake-mark-vs-projected',
    kind: 'derived',
    figure: 'Microsoft’s stake at the Mar 2026 round: model vs market mark',
    preset: 'amended-2026',
    unit: 'usd',
    reported: 0,
    reportedText: 'diluted stake × $852B',
    compute: (p) => p.series.msftStake[at(p, 2026)]! * p.kpis.openaiValueAtMark,
    tolerance: 0.05,
    note: 'The diluted stake times the model’s own value at the round’s date, against the same stake times the round’s price: the same date, so the gap is the model’s view of OpenAI against the market’s.',
    cites: ['openai-2026-03-round', 'openai-2025-10-recap'],
  },
  {
    id: 'stake-s1',
    kind: 'derived',
    figure: 'Microsoft’s stake after the Mar 2026 round',
    preset: 'amended-2026',
    unit: 'fraction',
    reported: 0.2679,
    reportedText: '26.79% fully diluted (S-1, as relayed)',
    compute: (p) => p.series.msftStake[at(p, 2026)]!,
    tolerance: 0.05,
    note: 'Deliberately not matched: the model dilutes the recapitalization’s ~27% by the round’s new money ($122B of $852B), giving 23.1%; the relayed S-1 figure implies the round barely diluted Microsoft, which no primary source confirms. To follow the relay, set Microsoft’s stake to 31.3% (31.3% × (1 − 122/852) ≈ 26.8%).',
    cites: ['s1-2026-05-relay', 'openai-2026-03-round'],
  },
  {
    id: 'recap-stake',
    kind: 'input',
    figure: 'Microsoft’s stake at the recapitalization',
    preset: 'recap-2025',
    unit: 'fraction',
    reported: 0.27,
    reportedText: '~27% as-converted diluted',
    compute: (p) => p.series.msftStake[0]!,
    tolerance: 1e-9,
    note: 'An input: the stake at the end of 2025.',
    cites: ['openai-2025-10-recap', 'microsoft-8k-2025-10'],
  },
  {
    id: 'recap-stake-value',
    kind: 'input',
    figure: 'Microsoft’s stake value at the recapitalization',
    preset: 'recap-2025',
    unit: 'usd',
    reported: 135 * B,
    reportedText: '~$135B',
    compute: (p) => p.kpis.msftStakeValueAtMark,
    tolerance: 0.01,
    note: '27% × the Oct 2025 $500B mark.',
    cites: ['openai-2025-10-recap', 'microsoft-8k-2025-10'],
  },
  {
    id: 'recap-valuation',
    kind: 'derived',
    figure: 'OpenAI equity value, Oct 2025',
    preset: 'recap-2025',
    unit: 'usd',
    reported: 500 * B,
    reportedText: '$500B (employee secondary)',
    compute: (p) => p.series.openaiValuation[0]!,
    tolerance: 0.2,
    note: 'Not calibrated to it: the model’s end-2025 value under the Oct 2025 terms (20% of revenue through 2030 with no cap, $200B of revenue in 2030), at the same 13% cost of equity set on the Mar 2026 round.',
    cites: ['openai-2025-10-secondary'],
  },
  {
    id: 'azure-commitment',
    kind: 'input',
    figure: 'Incremental Azure commitment',
    preset: 'amended-2026',
    unit: 'usd',
    reported: 250 * B,
    reportedText: '$250B',
    compute: (p) => p.contracts.azure,
    tolerance: 1e-9,
    note: 'Take-or-pay: paid in full on its schedule (7 years from 2026, our assumption).',
    cites: ['openai-2025-10-recap'],
  },
  {
    id: 'oracle',
    kind: 'input',
    figure: 'Oracle contract',
    preset: 'amended-2026',
    unit: 'usd',
    reported: 300 * B,
    reportedText: '$300B over ~5 years from 2027',
    compute: (p) => p.contracts.oracle,
    tolerance: 1e-9,
    note: 'Take-or-pay: paid in full, 2027–31.',
    cites: ['wsj-2025-09-oracle'],
  },
  {
    id: 'aws',
    kind: 'input',
    figure: 'AWS contract with its Feb 2026 expansion',
    preset: 'amended-2026',
    unit: 'usd',
    reported: 138 * B,
    reportedText: '$38B over 7 years + $100B over 8 years',
    compute: (p) => p.contracts.aws,
    tolerance: 1e-9,
    note: 'Take-or-pay: both paid in full.',
    cites: ['aws-2025-11', 'aws-2026-02-expansion'],
  },
  {
    id: 'compute-600',
    kind: 'calibrated',
    figure: 'OpenAI compute spend, 2025–30',
    preset: 'amended-2026',
    unit: 'usd',
    reported: 600 * B,
    reportedText: '~$600B total compute through 2030',
    compute: (p) => p.kpis.computeSpendThrough2030,
    tolerance: 0.01,
    note: 'Training compute is scaled so total need through 2030 is $600B; no contracted capacity sits idle.',
    cites: ['openai-2026-02-projections'],
  },
  {
    id: 'revenue-2025',
    kind: 'input',
    figure: 'OpenAI revenue, 2025',
    preset: 'amended-2026',
    unit: 'usd',
    reported: 13 * B,
    reportedText: '$13B',
    compute: (p) => p.series.openaiRevenue[0]!,
    tolerance: 1e-9,
    note: 'An input.',
    cites: ['reuters-2025-openai-revenue'],
  },
  {
    id: 'loss-2026',
    kind: 'calibrated',
    figure: 'OpenAI operating cash flow, 2026',
    preset: 'amended-2026',
    unit: 'usd',
    reported: -14 * B,
    reportedText: 'operating loss ~$14B',
    compute: (p) => p.series.openaiOperatingCashFlow[at(p, 2026)]!,
    tolerance: 0.3,
    note: 'Revenue less compute, other costs and the revenue share; the training path is set to reproduce it (tests hold it between −$10B and −$20B).',
    cites: ['the-information-2026-06-outlook'],
  },
  {
    id: 'burn-2029',
    kind: 'calibrated',
    figure: 'Cash burn 2026–29',
    preset: 'amended-2026',
    unit: 'usd',
    reported: 115 * B,
    reportedText: '$115B cumulative through 2029 (Sep 2025 projections)',
    compute: (p) => -sum(p.series.openaiOperatingCashFlow, at(p, 2026), at(p, 2029)),
    tolerance: 0.15,
    note: 'A Sep 2025 figure used to shape the training path under the Feb 2026 outlook (peak in 2028): a calibration, not a test. Year by year the model has $15B, $29B, $52B and $18B (reported 2026–28: $17B, $35B, $45B); under its own vintage (recap-2025) the model gives $94B.',
    cites: ['the-information-2025-09-projections'],
  },
  {
    id: 'breakeven-2030',
    kind: 'calibrated',
    figure: 'First year OpenAI is cash-flow positive',
    preset: 'amended-2026',
    unit: 'year',
    reported: 2030,
    reportedText: 'cash-flow positive in 2030',
    compute: (p) => p.kpis.openaiBreakEvenYear,
    tolerance: 0,
    note: 'Operating cash flow, before tax.',
    cites: ['openai-2026-02-projections'],
  },
  {
    id: 'invested-10q',
    kind: 'input',
    figure: 'Microsoft’s total investment',
    preset: 'amended-2026',
    unit: 'usd',
    reported: 13 * B,
    reportedText: '$13 billion of total funding commitments',
    compute: (p) => p.kpis.msftInvested,
    tolerance: 1e-9,
    note: 'Follows the 10-Q rather than the widely cited $13.75B (the seeds-2025 preset uses that one).',
    cites: ['microsoft-10q-2025-09'],
  },
  {
    id: 'seeds-rate-2025',
    kind: 'input',
    figure: 'Revenue share rate, 2025',
    preset: 'seeds-2025',
    unit: 'fraction',
    reported: 0.2,
    reportedText: '20%',
    compute: (p) => p.series.revenueShareRate[0]!,
    tolerance: 1e-9,
    note: 'An input.',
    cites: ['reuters-2025-10-share'],
  },
  {
    id: 'seeds-rate-2030',
    kind: 'input',
    figure: 'Revenue share rate, 2030',
    preset: 'seeds-2025',
    unit: 'fraction',
    reported: 0.08,
    reportedText: '~8% by decade’s end',
    compute: (p) => p.series.revenueShareRate[at(p, 2030)]!,
    tolerance: 1e-9,
    note: 'Linear decline from 20% in 2025.',
    cites: ['reuters-2025-10-share'],
  },
  {
    id: 'seeds-compute',
    kind: 'calibrated',
    figure: 'OpenAI server spend, 2025–30',
    preset: 'seeds-2025',
    unit: 'usd',
    reported: 450 * B,
    reportedText: '~$450B',
    compute: (p) => p.kpis.computeSpendThrough2030,
    tolerance: 0.1,
    note: 'Need through 2030 is set to $450B; idle contracted capacity comes on top.',
    cites: ['the-information-2025-10-compute'],
  },
  {
    id: 'seeds-azure',
    kind: 'derived',
    figure: 'Paid to Microsoft for Azure by 2030',
    preset: 'seeds-2025',
    unit: 'usd',
    reported: 135 * B,
    reportedText: '$135B, read as server rental',
    compute: (p) => p.kpis.azureRevenueThrough2030,
    tolerance: 0.1,
    note: 'Where later reporting reads the $135B as uncapped revenue share, this preset follows The Information’s Oct 2025 report (server rental).',
    cites: ['the-information-2025-10-compute'],
  },
  {
    id: 'seeds-breakeven',
    kind: 'calibrated',
    figure: 'Revenue at which OpenAI breaks even',
    preset: 'seeds-2025',
    unit: 'usd',
    reported: 60 * B,
    reportedText: 'above $60B by 2028',
    compute: (p) => p.kpis.openaiBreakEvenRevenue,
    tolerance: 0.15,
    note: 'Interpolated between the last year of negative and the first of positive operating cash flow.',
    cites: ['the-information-2025-10-compute'],
  },
  {
    id: 'seeds-stake',
    kind: 'input',
    figure: 'Microsoft’s stake value, 2025',
    preset: 'seeds-2025',
    unit: 'usd',
    reported: 150 * B,
    reportedText: 'at least $150B',
    compute: (p) => p.kpis.msftStakeValueAtMark,
    tolerance: 0.01,
    note: '30% × the Oct 2025 $500B mark.',
    cites: ['business-insider-2025-10-stake'],
  },
  {
    id: 'seeds-invested',
    kind: 'input',
    figure: 'Microsoft’s total investment',
    preset: 'seeds-2025',
    unit: 'usd',
    reported: 13.75 * B,
    reportedText: '$13.75B',
    compute: (p) => p.kpis.msftInvested,
    tolerance: 1e-9,
    note: 'The widely cited total (likely $13B + $0.75B); the 10-Q says $13B.',
    cites: ['seed-decentralized-2025'],
  },
  {
    id: 'bubble-2030',
    kind: 'input',
    figure: 'OpenAI revenue, 2030 (bubble what-if)',
    preset: 'bubble',
    unit: 'usd',
    reported: 100 * B,
    reportedText: '$100B (the Oct 2024 outlook for 2029, a year late)',
    compute: (p) => p.series.openaiRevenue[at(p, 2030)]!,
    tolerance: 1e-9,
    note: 'A what-if, not a forecast: growth stalls at the oldest outlook’s level.',
    cites: ['the-information-2024-10-projections'],
  },
];

let cached: readonly ReconciliationRow[] | undefined;

/**
 * Every reported figure beside the model's figure under the preset that claims it, the gap and the source. Pure:
 * depends only on the presets, so it is computed once.
 */
export function reconcile(): readonly ReconciliationRow[] {
  if (cached) return cached;
  const projections = new Map<string, { p: Projection; v: ScenarioValues }>();
  const rows: ReconciliationRow[] = [];
  for (const claim of CLAIMS) {
    let run = projections.get(claim.preset);
    if (!run) {
      const v = presetValues(claim.preset);
      run = { p: project(v), v };
      projections.set(claim.preset, run);
    }
    const { compute, ...row } = claim;
    const model = compute(run.p, run.v);
    // The mark row compares two figures of the model itself: the reported side is the diluted stake × the mark.
    const reported =
      claim.id === 'stake-mark-vs-projected' ? (run.p.kpis.msftStakeValueAtMark ?? 0) : claim.reported;
    let gap: number | null = null;
    if (model !== null) {
      if (claim.unit === 'year') gap = model - reported;
      else if (reported !== 0) gap = (model - reported) / Math.abs(reported);
    }
    rows.push({ ...row, reported, model, gap, matched: gap !== null && Math.abs(gap) <= claim.tolerance });
  }
  cached = rows;
  return rows;
}
